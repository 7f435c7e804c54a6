# Fuzzing (issue 14, docs/reliability.md): the libFuzzer targets of tests/fuzz, built with clang-14
# and ASan+UBSan in build/fuzz, each run for a bounded time from its committed seed corpus and its
# regressions. A crash, a sanitizer report or a failed property (invalid UTF-8 or a personal value
# in a message) fails the step and prints the reproducer. The step first proves it can fail: a
# self-test target with a planted memory error must be reported as a crash with its reproducer.
# PL_FUZZ_SECONDS (default 25) per target, two targets at a time: 11 targets and the self-test stay
# under 4 minutes.
set -euo pipefail
source tools/ccache.sh
seconds=${PL_FUZZ_SECONDS:-25}
dir=build/fuzz
run=$dir/fuzz-run
targets="csv_reader jsonl_reader answers values config_file extensions_file column_mapping message_from_json capi_requests pipeline_file csv_stream"

CC=clang-14 CXX=clang++-14 cmake -S . -B "$dir" -DPL_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g1 -DNDEBUG" $PL_LAUNCHER_ARGS >/dev/null
# Only the fuzz targets and what they link (not the unit tests, CLI and examples of this tree): the
# CI run stays within its time (README: under 45 minutes in all).
cmake --build "$dir" -j 2 --target $(for t in $targets; do printf 'pl_fuzz_%s ' "$t"; done) >"$dir/build.log" 2>&1 ||
  { tail -n 50 "$dir/build.log"; exit 1; }
cmake --build "$dir" -j 2 --target pl_fuzz_planted_crash >>"$dir/build.log" 2>&1 || { tail -n 50 "$dir/build.log"; exit 1; }
rm -rf "$run"
mkdir -p "$run/artifacts"

# fuzz NAME BINARY SECONDS CORPUS...: runs libFuzzer; new inputs go to $run/NAME (never into the
# committed corpus), crashes to $run/artifacts/NAME-crash-<sha1>. Sets $rc; the log is $run/NAME.log.
fuzz() {
  local name=$1 bin=$2 secs=$3; shift 3
  mkdir -p "$run/$name"
  set +e
  timeout $((secs + 120)) "$bin" -max_total_time="$secs" -timeout=25 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$run/artifacts/$name-" "$run/$name" "$@" >"$run/$name.log" 2>&1
  rc=$?
  set -e
}

# --- self-test: a planted heap-buffer-overflow must be found and reported with its reproducer ---
mkdir -p "$run/planted_seed"
printf 'client_id;measured_on;step\nK1;2025-03-01;3\nK2;2025-03-01;4\n' >"$run/planted_seed/seed.csv"
fuzz planted_crash "$dir/tests/fuzz/pl_fuzz_planted_crash" 60 "$run/planted_seed"
reproducer=$(ls "$run/artifacts"/planted_crash-crash-* 2>/dev/null | head -n 1 || true)
if [ "$rc" = 0 ] || [ -z "$reproducer" ] || ! grep -q "ERROR: AddressSanitizer: heap-buffer-overflow" "$run/planted_crash.log"; then
  tail -n 30 "$run/planted_crash.log"
  echo "FAIL: the planted crash was not reported with a reproducer (exit $rc): the fuzz step could not fail"
  exit 1
fi
# ... and the reproducer replays as the same crash.
if "$dir/tests/fuzz/pl_fuzz_planted_crash" "$reproducer" >"$run/planted_replay.log" 2>&1 ||
   ! grep -q "heap-buffer-overflow" "$run/planted_replay.log"; then
  echo "FAIL: the planted crash's reproducer $reproducer does not crash again"
  exit 1
fi
echo "self-test: planted crash found ($(grep -o 'stat::number_of_executed_units: [0-9]*' "$run/planted_crash.log" | awk '{print $2}') runs), reproducer $reproducer"
rm -f "$run/artifacts"/planted_crash-*

# --- every target, bounded -------------------------------------------------------------------
# Two targets at a time (one per core of the CI machine; PL_FUZZ_JOBS): libFuzzer runs one process.
jobs=${PL_FUZZ_JOBS:-2}
corpus_of() {
  corpus=(tests/fuzz/corpus/$1)
  [ -d tests/fuzz/regressions/$1 ] && corpus+=(tests/fuzz/regressions/$1)
  return 0
}
running=0
for t in $targets; do
  corpus_of "$t"
  ( fuzz "$t" "$dir/tests/fuzz/pl_fuzz_$t" "$seconds" "${corpus[@]}"; echo "$rc" >"$run/$t.rc" ) &
  running=$((running + 1))
  if [ "$running" -ge "$jobs" ]; then wait -n || true; running=$((running - 1)); fi
done
wait
failed=""
for t in $targets; do
  corpus_of "$t"
  rc=$(cat "$run/$t.rc" 2>/dev/null || echo "missing")
  # (|| true: a target that crashed has no DONE line; the report below must still be printed)
  runs=$(grep -o 'stat::number_of_executed_units: [0-9]*' "$run/$t.log" | awk '{print $2}' || true)
  cov=$(grep -o 'DONE *cov: [0-9]*' "$run/$t.log" | awk '{print $3}' || true)
  seeds=$(find "${corpus[@]}" -type f | wc -l)
  if [ "$rc" != 0 ]; then
    echo "=== $t: FAILED (exit $rc)"
    grep -E "fuzz property failed|ERROR: |SUMMARY: |runtime error" "$run/$t.log" | head -n 20 || true
    tail -n 40 "$run/$t.log"
    for a in "$run/artifacts/$t"-*; do
      [ -e "$a" ] || continue
      echo "reproducer: $a"
      echo "  replay:   $dir/tests/fuzz/pl_fuzz_$t $a"
      echo "  keep it:  cp $a tests/fuzz/regressions/$t/   (replayed by ctest from then on)"
    done
    failed="$failed $t"
  else
    printf '%-18s %7s runs in %ss (%s/s), %s seeds, coverage %s edges\n' "$t" "${runs:-?}" "$seconds" \
      "$(( ${runs:-0} / seconds ))" "$seeds" "${cov:-?}"
  fi
done
if [ -n "$failed" ]; then
  echo "FAIL: fuzz targets failed:$failed (reproducers above; logs in $run)"
  exit 1
fi
echo "fuzz: $(echo $targets | wc -w) targets, ${seconds}s each, no crash, no failed property"
