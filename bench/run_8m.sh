#!/usr/bin/env bash
# National scale (issue 25, Must show 3; docs/benchmark.md): every report over an 8,000,000-record
# file within 1 GiB of peak memory. Not a test; CI does not run it (it needs about 2 GB of disk and
# minutes of both cores).
#   1. generates the file with the generator bench/run.sh uses (`pladder generate`: Dutch Excel
#      style, grouped by client, ~2.2 measurements per client, seed 1, reference date 2026-01-01,
#      the same planted cases);
#   2. runs each job under /usr/bin/time -v, one process each, output to a file:
#        pladder report --table placement | movement | kpi --reference-date 2026-01-01 --format csv
#        pladder check --stream --reference-date 2026-01-01 --format csv
#   3. prints wall time, CPU time and peak RSS per job against the 1 GiB limit (MET / NOT MET);
#   4. deletes the file and the outputs, also when stopped or failing (trap).
# Exit status 0 only when every job ran and stayed within the limit.
# Usage: bench/run_8m.sh [build dir, default build/bench]
# Environment: PL_BENCH_PLADDER (the pladder to measure; then nothing is built), PL_BENCH_8M_RECORDS
#   (records to generate, default 8000000; a small count checks the script), PL_BENCH_DATA (where
#   the temporary directory goes, default $TMPDIR or /tmp), PL_BENCH_REPORT_ARGS (extra options of
#   every `pladder report`, e.g. a streaming option, default none).
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-build/bench}
if [ -z "${PL_BENCH_PLADDER:-}" ]; then
  cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=Release -DPL_BUILD_BENCHMARKS=ON -DPL_BUILD_TESTS=OFF >/dev/null
  cmake --build "$dir" -j 2 --target pladder
fi
pladder=${PL_BENCH_PLADDER:-$dir/src/cli/pladder}
records=${PL_BENCH_8M_RECORDS:-8000000}
ref=2026-01-01
limit_mib=1024
report_args=${PL_BENCH_REPORT_ARGS:-}
base=${PL_BENCH_DATA:-${TMPDIR:-/tmp}}
mkdir -p "$base"

# the generated file is about 250 bytes a record (Dutch Excel style); the check's findings and the
# reports come on top: ask for 1.5 times that
need_mib=$((records * 250 * 3 / 2 / 1048576 + 1))
free_mib=$(df -Pm "$base" | awk 'NR == 2 {print $4}')
if [ "$free_mib" -lt "$need_mib" ]; then
  echo "not enough disk in $base: $free_mib MiB free, about $need_mib MiB needed for $records records (PL_BENCH_DATA)" >&2
  exit 1
fi
work=$(mktemp -d "$base/pl_bench_8m.XXXXXX")
trap 'rm -rf "$work"' EXIT
trap 'exit 130' INT TERM HUP  # so that the EXIT trap deletes the file on a stop too
file="$work/caseload_$records.csv"

echo "# machine: $(nproc) cores ($(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)), load average $(cut -d' ' -f1-3 /proc/loadavg), $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "# pladder: $pladder ($("$pladder" --version 2>/dev/null || echo '?')); reference date $ref; report options: ${report_args:-none}"

# job NAME CMD...: runs CMD under /usr/bin/time -v, its output into $work/NAME.out; sets $wall
# (seconds), $cpu (user + system seconds), $rss (peak MiB) and $rc
job() {
  local name=$1; shift
  rc=0
  /usr/bin/time -v -o "$work/$name.time" "$@" >"$work/$name.out" 2>"$work/$name.err" || rc=$?
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$work/$name.time")
  cpu=$(awk -F': ' '/User time/ {u = $2} /System time/ {s = $2} END {printf "%.2f", u + s}' "$work/$name.time")
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, p, ":"); t = 0; for (i = 1; i <= n; ++i) t = t * 60 + p[i]; printf "%.2f", t}' "$work/$name.time")
}

plants=$(for i in $(seq 1 21); do printf 'PL%03d=%d,' "$i" $((20 + i)); done)  # as bench/run.sh
job generate "$pladder" generate --clients $((records * 10 / 22)) --seed 1 --reference-date "$ref" \
  --plant "${plants%,}" --out "$file"
if [ "$rc" -ne 0 ]; then echo "pladder generate failed ($rc): $(tail -3 "$work/generate.err")" >&2; exit 1; fi
bytes=$(stat -c %s "$file")
echo "# file: $(($(wc -l <"$file") - 1)) records, $((bytes / 1048576)) MiB, grouped by client (generated in ${wall} s, peak ${rss} MiB; deleted at the end)"
echo
echo "| job | command | wall s | CPU s | peak RSS | within 1 GiB |"
echo "|---|---|---|---|---|---|"
failed=0
for name in placement movement kpi check_stream; do
  if [ "$name" = check_stream ]; then
    args=(check --stream --reference-date "$ref" --format csv "$file")
  else
    # shellcheck disable=SC2206  # PL_BENCH_REPORT_ARGS is a list of options
    args=(report --table "$name" --reference-date "$ref" --format csv $report_args "$file")
  fi
  job "$name" "$pladder" "${args[@]}"
  shown="pladder ${args[*]/#$file/FILE}"
  if [ "$rc" -gt 1 ] || { [ "$rc" -eq 1 ] && [ "$name" != check_stream ]; }; then  # check: 1 = findings
    failed=1
    verdict="FAILED (exit $rc: $(head -1 "$work/$name.err" | cut -c1-120))"
  elif [ "$rss" -le "$limit_mib" ]; then
    verdict="MET"
  else
    failed=1
    verdict="NOT MET"
  fi
  # shellcheck disable=SC2016  # the backquotes are Markdown
  printf '| %s | `%s` | %s | %s | %s MiB | %s |\n' "${name/_/ --}" "$shown" "$wall" "$cpu" "$rss" "$verdict"
done
echo
echo "# load average at the end: $(cut -d' ' -f1-3 /proc/loadavg), $(date -u '+%H:%M UTC')"
if [ "$failed" = 0 ]; then echo "every job within 1 GiB: MET"; else echo "every job within 1 GiB: NOT MET"; fi
exit "$failed"
