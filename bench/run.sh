#!/usr/bin/env bash
# Run the caseload benchmark (issue 3; docs/benchmark.md): build with benchmarks on, generate the
# 1,000,000-record file once, then each benchmark in a process of its own under /usr/bin/time -v
# so that "Maximum resident set size" is that benchmark's peak memory.
# Usage: bench/run.sh [build dir, default build/bench]
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-build/bench}
cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=Release -DPL_BUILD_BENCHMARKS=ON -DPL_BUILD_TESTS=OFF >/dev/null
cmake --build "$dir" -j 2 --target pl_bench_caseload
bin="$dir/bench/pl_bench_caseload"
export PL_BENCH_FILE=${PL_BENCH_FILE:-${TMPDIR:-/tmp}/pl_bench_caseload.csv}
[ -f "$PL_BENCH_FILE" ] || "$bin" --generate
echo "# $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "# file: $PL_BENCH_FILE ($(($(stat -c %s "$PL_BENCH_FILE") / 1048576)) MiB, $(($(wc -l <"$PL_BENCH_FILE") - 1)) records)"
for b in BM_parse_csv BM_parse_csv_and_check; do
  /usr/bin/time -v "$bin" --benchmark_filter="^$b/" 2>"$dir/$b.time" | grep -E "^(BM_|-|Benchmark)"
  echo "  max RSS (/usr/bin/time -v): $(awk -F': ' '/Maximum resident set size/ {printf "%.0f MiB", $2/1024}' "$dir/$b.time")"
done
