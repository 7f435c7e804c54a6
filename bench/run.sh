#!/usr/bin/env bash
# Benchmarks (issues 3, 13 and 25; docs/benchmark.md). Not a test; CI does not run it.
#  1. bench/caseload_bench.cpp (Google Benchmark): read_csv alone and read_csv + all checks over
#     1,000,000 generated records, each in a process of its own under /usr/bin/time -v.
#  2. Side by side, whole processes, for every size in PL_BENCH_SIZES, all in one run: pladder
#     against what an analyst would use instead —
#       placement — the as-of placement table (SPEC §10): `pladder report --table placement`,
#                   pandas (bench/compare_pandas.py, Debian python3-pandas), DuckDB
#                   (bench/compare_duckdb.cjs, one SQL query) and Polars (bench/compare_polars.cjs,
#                   its lazy API); DuckDB and Polars are npm packages pinned in bench/package.json
#                   (`bash tools/setup.sh --with-bench`);
#       checks    — all checks (`pladder check`) / the pandas placement table + 17 vectorised
#                   checks of the SPEC §8 catalogue, each counted per check id (DuckDB and
#                   Polars do not check).
#     The files: `pladder generate`, every check PL001-PL021 planted (20 + its number times), so
#     every check the pandas script counts has findings.
#     First the same-numbers checks, before anything is timed: the four placement tables must be
#     the same, number for number (bench/same_placement.py), and the pandas count of each of its
#     17 checks must be the number of `pladder check` findings with that id (bench/same_checks.py);
#     otherwise the run stops there, showing both. Then the timed runs: the median of
#     PL_BENCH_REPEAT runs of wall time, CPU time and peak RSS (/usr/bin/time), printed as issue
#     25's table with ratio columns, then the CPU rates.
# Usage: bench/run.sh [build dir, default build/bench]
# Environment: PL_BENCH_SIZES (default "100000 1000000"; for 8M see bench/run_8m.sh),
#   PL_BENCH_REPEAT (default 3), PL_BENCH_DATA (directory of the generated files, default
#   $TMPDIR/pl_bench), PL_BENCH_PLADDER (another pladder binary to measure, e.g. an older build:
#   then nothing is built and only the side-by-side table runs), PL_BENCH_SKIP_GBENCH=1 (only the
#   side-by-side table).
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-build/bench}

# ---- the tools: pandas (apt), DuckDB and Polars (npm, bench/node_modules) ------------------------
/usr/bin/python3 -c "import pandas" 2>/dev/null || { echo "python3-pandas is not installed (bash tools/setup.sh)" >&2; exit 1; }
if ! command -v node >/dev/null || ! (cd bench && node -e "require('@duckdb/node-api'); require('nodejs-polars')") >/dev/null 2>&1; then
  echo "DuckDB and Polars (bench/package.json) are not installed: bash tools/setup.sh --with-bench" >&2
  exit 1
fi
duckdb_version=$(cd bench && node -p "require('@duckdb/node-api/package.json').version")
polars_version=$(cd bench && node -p "require('nodejs-polars/package.json').version")
pandas_version=$(/usr/bin/python3 -c "import pandas; print(pandas.__version__)")

if [ -z "${PL_BENCH_PLADDER:-}" ]; then
  cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=Release -DPL_BUILD_BENCHMARKS=ON -DPL_BUILD_TESTS=OFF >/dev/null
  cmake --build "$dir" -j 2 --target pl_bench_caseload pladder
else
  PL_BENCH_SKIP_GBENCH=1  # another binary: only the side-by-side table, nothing built
fi
bin="$dir/bench/pl_bench_caseload"
pladder=${PL_BENCH_PLADDER:-$dir/src/cli/pladder}
ref=2026-01-01
# every check the generator plants (PL001-PL021), each a different number of times (PL001 21 …
# PL021 41): the same-counts check then sees every check of the pandas script fire, and a count
# given to the wrong id shows
plants=$(for i in $(seq 1 21); do printf 'PL%03d=%d,' "$i" $((20 + i)); done); plants=${plants%,}
sizes=${PL_BENCH_SIZES:-100000 1000000}
repeat=${PL_BENCH_REPEAT:-3}
data=${PL_BENCH_DATA:-${TMPDIR:-/tmp}/pl_bench}
mkdir -p "$data"
echo "# machine: $(nproc) cores ($(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)), load average $(cut -d' ' -f1-3 /proc/loadavg), $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "# pladder: $pladder ($("$pladder" --version 2>/dev/null || echo '?')); pandas $pandas_version; DuckDB @duckdb/node-api $duckdb_version; Polars nodejs-polars $polars_version; node $(node --version)"

if [ "${PL_BENCH_SKIP_GBENCH:-0}" != 1 ]; then
  export PL_BENCH_FILE=${PL_BENCH_FILE:-${TMPDIR:-/tmp}/pl_bench_caseload.csv}
  [ -f "$PL_BENCH_FILE" ] || "$bin" --generate
  echo "# Google Benchmark, file: $PL_BENCH_FILE ($(($(stat -c %s "$PL_BENCH_FILE") / 1048576)) MiB, $(($(wc -l <"$PL_BENCH_FILE") - 1)) records)"
  for b in BM_parse_csv BM_parse_csv_and_check; do
    /usr/bin/time -v "$bin" --benchmark_filter="^$b/" 2>"$dir/$b.time" | grep -E "^(BM_|-|Benchmark)"
    echo "  max RSS (/usr/bin/time -v): $(awk -F': ' '/Maximum resident set size/ {printf "%.0f MiB", $2/1024}' "$dir/$b.time")"
  done
fi

# ---- side by side ------------------------------------------------------------------------------
# The commands, one per measured name: the job (placement or checks) is in the name.
declare -A cmd
set_commands() {  # FILE
  local f=$1 r=(--reference-date "$ref" --format csv)
  cmd[pladder_placement]="$pladder report --table placement ${r[*]} $f"
  cmd[pladder1_placement]="$pladder report --table placement ${r[*]} --threads 1 $f"
  cmd[pladder_stream_placement]="$pladder report --stream --table placement ${r[*]} $f"
  cmd[pandas_placement]="/usr/bin/python3 bench/compare_pandas.py placement $f $ref"
  cmd[duckdb_placement]="node bench/compare_duckdb.cjs placement $f $ref"
  cmd[polars_placement]="node bench/compare_polars.cjs placement $f $ref"
  cmd[pladder_checks]="$pladder check ${r[*]} $f"
  cmd[pladder1_checks]="$pladder check ${r[*]} --threads 1 $f"
  cmd[pladder_stream_checks]="$pladder check --stream ${r[*]} $f"
  cmd[pandas_checks]="/usr/bin/python3 bench/compare_pandas.py checks $f $ref"
}

# run NAME OUT: runs cmd[NAME] once, its output to OUT; a failing command stops the run (pladder
# check exits 1 when it has findings: that is not a failure). Paths have no spaces ($data).
run() {
  local rc=0
  # shellcheck disable=SC2086  # a command line of words without spaces, split on purpose
  /usr/bin/time -f "%U %S %e %M" -o "$data/$1.time" ${cmd[$1]} >"$2" 2>"$data/$1.err" || rc=$?
  if [ "$rc" -gt 1 ]; then echo "$1 failed ($rc): ${cmd[$1]}"$'\n'"$(tail -5 "$data/$1.err")" >&2; exit 1; fi
}

# measure NAME: runs cmd[NAME] $repeat times; keeps the medians of CPU seconds (user + system),
# wall seconds and peak RSS (MiB), each on its own, in cpu[NAME], wall[NAME], rss[NAME]; the
# output of the last run is in $data/NAME.out.
declare -A cpu wall rss
median() { sort -n | awk -v m=$(((repeat + 1) / 2)) 'NR == m'; }
measure() {
  local runs=()
  for _ in $(seq "$repeat"); do
    run "$1" "$data/$1.out"
    runs+=("$(tail -1 "$data/$1.time" | awk '{printf "%.2f %.2f %.0f", $1 + $2, $3, $4 / 1024}')")
  done
  cpu[$1]=$(printf '%s\n' "${runs[@]}" | cut -d' ' -f1 | median)
  wall[$1]=$(printf '%s\n' "${runs[@]}" | cut -d' ' -f2 | median)
  rss[$1]=$(printf '%s\n' "${runs[@]}" | cut -d' ' -f3 | median)
}

# cell NAME: "4.84 s, 1,250 MiB"
cell() {
  awk -v w="${wall[$1]}" -v r="${rss[$1]}" 'BEGIN {
    s = sprintf("%d", r); while (match(s, /[0-9][0-9][0-9][0-9](,|$)/)) s = substr(s, 1, RSTART) "," substr(s, RSTART + 1)
    printf "%.2f s, %s MiB", w, s }'
}
# ratio A B: A / B to two decimals
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", (b > 0 ? a / b : 0)}'; }
min() { printf '%s\n' "$@" | sort -g | head -1; }

for n in $sizes; do
  file="$data/caseload_${n}_planted.csv"  # (files of earlier runs, caseload_N.csv, had four checks planted)
  if [ ! -f "$file" ]; then  # ~2.2 measurements per client, grouped by client; the generator's own count is reported
    "$pladder" generate --clients $((n * 10 / 22)) --seed 1 --reference-date "$ref" --plant "$plants" --out "$file" >/dev/null
  fi
  bytes=$(stat -c %s "$file")
  records=$(($(wc -l <"$file") - 1))
  mb=$(awk -v b="$bytes" 'BEGIN {printf "%.0f", b / 1e6}')
  set_commands "$file"

  # 1. the same numbers, before anything is timed: pladder's table with keys (rfc4180) is the
  # reference; its Dutch Excel CSV (the timed command), pandas, DuckDB and Polars must match it;
  # then the checks: the pandas count per check id = pladder check's findings with that id (both
  # the timed commands)
  echo
  echo "## $records records, $mb MB ($file)"
  echo "same numbers (as-of placement table, reference date $ref):"
  cmd[same_pladder]="$pladder report --table placement --reference-date $ref --format csv --csv rfc4180 $file"
  run same_pladder "$data/same_pladder_keys.csv"
  for t in pladder pandas duckdb polars; do run "${t}_placement" "$data/same_$t.csv"; done
  if ! /usr/bin/python3 bench/same_placement.py pladder="$data/same_pladder_keys.csv" pladder_nl="$data/same_pladder.csv" \
       pandas="$data/same_pandas.csv" duckdb="$data/same_duckdb.csv" polars="$data/same_polars.csv"; then
    echo "STOPPED: the placement tables are not the same (above); nothing was timed. Outputs in $data/same_*.csv" >&2
    exit 1
  fi
  echo "same counts (17 checks, reference date $ref):"
  for t in pladder pandas; do run "${t}_checks" "$data/same_${t}_checks.csv"; done
  if ! /usr/bin/python3 bench/same_placement.py pladder="$data/same_pladder_keys.csv" pandas_checks="$data/same_pandas_checks.csv" ||
     ! /usr/bin/python3 bench/same_checks.py "$data/same_pladder_checks.csv" "$data/same_pandas_checks.csv"; then
    echo "STOPPED: the pandas checks job does not count what pladder check finds (above); nothing was timed. Outputs in $data/same_*_checks.csv" >&2
    exit 1
  fi

  # 2. the timed runs
  for name in pladder_placement pladder1_placement pladder_stream_placement pandas_placement duckdb_placement polars_placement \
              pladder_checks pladder1_checks pladder_stream_checks pandas_checks; do
    measure "$name"
  done
  # the timed runs did the checked job: the same output as in step 1, byte for byte (pandas'
  # checks job: the table and the 17 counts); every thread count and --stream the same bytes
  for t in pladder pandas duckdb polars; do
    cmp -s "$data/${t}_placement.out" "$data/same_$t.csv" || { echo "STOPPED: ${t}'s timed placement output differs from its checked one ($data/${t}_placement.out)" >&2; exit 1; }
  done
  for t in pladder pandas; do
    cmp -s "$data/${t}_checks.out" "$data/same_${t}_checks.csv" || { echo "STOPPED: ${t}'s timed checks output differs from its checked one ($data/${t}_checks.out)" >&2; exit 1; }
  done
  for v in pladder1 pladder_stream; do
    cmp -s "$data/${v}_placement.out" "$data/pladder_placement.out" || { echo "STOPPED: $v gave another placement table" >&2; exit 1; }
  done
  for v in pladder1 pladder_stream; do
    cmp -s "$data/${v}_checks.out" "$data/pladder_checks.out" || { echo "STOPPED: $v gave other findings than pladder check" >&2; exit 1; }
  done

  # 3. issue 25's table. Ratios above 1: pladder is faster / smaller. Placement: the wall time of
  # the faster of DuckDB and Polars, and of pandas, over pladder's; the peak RSS of the smallest of
  # pandas, DuckDB and Polars, and of pandas, over pladder's. Checks: pandas' over pladder's;
  # DuckDB and Polars do no checks, so "smallest" there takes their placement peaks (the memory
  # target of issue 25 compares both jobs with the smallest of the three).
  fast=$(min "${wall[duckdb_placement]}" "${wall[polars_placement]}")
  small_p=$(min "${rss[pandas_placement]}" "${rss[duckdb_placement]}" "${rss[polars_placement]}")
  small_c=$(min "${rss[pandas_checks]}" "${rss[duckdb_placement]}" "${rss[polars_placement]}")
  echo
  echo "| job | pladder | pandas $pandas_version | DuckDB $duckdb_version | Polars $polars_version (Node) | wall: faster of DuckDB/Polars ÷ pladder | wall: pandas ÷ pladder | peak RSS: smallest of pandas/DuckDB/Polars ÷ pladder | peak RSS: pandas ÷ pladder |"
  echo "|---|---|---|---|---|---|---|---|---|"
  row() {  # LABEL NAME PANDAS DUCKDB POLARS FASTEST SMALLEST PANDAS_NAME
    local fastest=–
    [ "$6" = – ] || fastest=$(ratio "$6" "${wall[$2]}")
    printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$1" "$(cell "$2")" "$3" "$4" "$5" "$fastest" \
      "$(ratio "${wall[$8]}" "${wall[$2]}")" "$(ratio "$7" "${rss[$2]}")" "$(ratio "${rss[$8]}" "${rss[$2]}")"
  }
  same='″'  # as in the row above
  row "as-of placement table" pladder_placement "$(cell pandas_placement)" "$(cell duckdb_placement)" "$(cell polars_placement)" "$fast" "$small_p" pandas_placement
  row "… pladder \`--threads 1\`" pladder1_placement "$same" "$same" "$same" "$fast" "$small_p" pandas_placement
  row "… pladder \`report --stream\`" pladder_stream_placement "$same" "$same" "$same" "$fast" "$small_p" pandas_placement
  row "all checks (pandas: placement + 17 checks)" pladder_checks "$(cell pandas_checks)" – – – "$small_c" pandas_checks
  row "… pladder \`--threads 1\`" pladder1_checks "$same" – – – "$small_c" pandas_checks
  row "… pladder \`check --stream\`" pladder_stream_checks "$same" – – – "$small_c" pandas_checks
  echo
  echo "Wall time and peak RSS, medians of $repeat; $same = as in the row above. Targets (issue 25, at 1M): placement ≥ 3 (faster of DuckDB/Polars) and ≥ 10 (pandas); checks ≥ 10 (pandas); peak RSS ≥ 4 (smallest of the three, for a file grouped by client)."

  # the CPU view: a busy machine disturbs CPU time less than wall time
  echo
  echo "| job | tool | CPU s | wall s | records per CPU s | MB per CPU s | peak MiB |"
  echo "|---|---|---|---|---|---|---|"
  for name in pladder_placement pladder1_placement pladder_stream_placement pandas_placement duckdb_placement polars_placement \
              pladder_checks pladder1_checks pladder_stream_checks pandas_checks; do
    case $name in
      pladder1_*) tool="pladder --threads 1" ;; pladder_stream_*) tool="pladder --stream" ;; *) tool=${name%%_*} ;;
    esac
    awk -v job="${name##*_}" -v tool="$tool" -v c="${cpu[$name]}" -v w="${wall[$name]}" -v r="${rss[$name]}" -v n="$records" -v b="$bytes" \
      'BEGIN {printf "| %s | %s | %.2f | %.2f | %.0f k | %.1f | %d |\n", job, tool, c, w, (c > 0 ? n / c / 1000 : 0), (c > 0 ? b / c / 1e6 : 0), r}'
  done
done
echo
echo "# load average at the end: $(cut -d' ' -f1-3 /proc/loadavg), $(date -u '+%H:%M UTC')"
