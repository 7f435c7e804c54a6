#!/usr/bin/env bash
# Benchmarks (issues 3 and 13; docs/benchmark.md). Not a test; CI does not run it.
#  1. bench/caseload_bench.cpp (Google Benchmark): read_csv alone and read_csv + all checks over
#     1,000,000 generated records, each in a process of its own under /usr/bin/time -v.
#  2. Side by side, whole processes, for every size in PL_BENCH_SIZES: pladder against a pandas
#     script doing the same job (bench/compare_pandas.py, Debian python3-pandas) and, when
#     installed (`bash tools/setup.sh --with-duckdb`), DuckDB (bench/compare_duckdb.cjs):
#       placement — the as-of placement table (pladder report --table placement);
#       checks    — all 21 checks (pladder check) / placement + six vectorised checks (pandas).
#     Median wall time of PL_BENCH_REPEAT runs, records/s, MB/s of CSV, peak RSS (/usr/bin/time),
#     and the ratios pandas/pladder and DuckDB/pladder (above 1: pladder is faster / smaller).
# Usage: bench/run.sh [build dir, default build/bench]
# Environment: PL_BENCH_SIZES (default "100000 1000000"; add 8000000 for national scale),
#   PL_BENCH_REPEAT (default 3), PL_BENCH_DATA (directory of the generated files, default
#   $TMPDIR/pl_bench), PL_BENCH_PLADDER (another pladder binary to measure, e.g. an older build:
#   then nothing is built and only the side-by-side table runs), PL_BENCH_SKIP_GBENCH=1 (only the
#   side-by-side table).
# Rates are per CPU second (user + system) of the whole process, which a busy machine disturbs
# less than wall time; both are printed, with the load average.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-build/bench}
if [ -z "${PL_BENCH_PLADDER:-}" ]; then
  cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=Release -DPL_BUILD_BENCHMARKS=ON -DPL_BUILD_TESTS=OFF >/dev/null
  cmake --build "$dir" -j 2 --target pl_bench_caseload pladder
else
  PL_BENCH_SKIP_GBENCH=1  # another binary: only the side-by-side table, nothing built
fi
bin="$dir/bench/pl_bench_caseload"
pladder=${PL_BENCH_PLADDER:-$dir/src/cli/pladder}
ref=2026-01-01
sizes=${PL_BENCH_SIZES:-100000 1000000}
repeat=${PL_BENCH_REPEAT:-3}
data=${PL_BENCH_DATA:-${TMPDIR:-/tmp}/pl_bench}
mkdir -p "$data"
echo "# $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores ($(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "# pladder: $pladder"

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
have_duckdb=0
if command -v node >/dev/null && NODE_PATH="$(npm root -g 2>/dev/null)" node -e "require('@duckdb/node-api')" 2>/dev/null; then
  have_duckdb=1
  export NODE_PATH
  NODE_PATH="$(npm root -g)"
fi
/usr/bin/python3 -c "import pandas" 2>/dev/null || { echo "python3-pandas is not installed (bash tools/setup.sh)" >&2; exit 1; }

# measure NAME CMD...: runs CMD $repeat times; sets, of the run with the median CPU time, the CPU
# seconds ($cpu, user + system), the wall seconds ($wall) and the peak RSS in MiB ($rss); the
# output of the last run is in $data/NAME.out. A failing command stops the run (pladder check
# exits 1 when it has findings: that is not a failure).
measure() {
  local name=$1; shift
  local runs=()
  for _ in $(seq "$repeat"); do
    local rc=0
    /usr/bin/time -f "%U %S %e %M" -o "$data/$name.time" "$@" >"$data/$name.out" 2>"$data/$name.err" || rc=$?
    if [ "$rc" -gt 1 ]; then echo "$name failed ($rc): $(tail -3 "$data/$name.err")" >&2; exit 1; fi
    runs+=("$(tail -1 "$data/$name.time" | awk '{printf "%.2f %s %.0f", $1 + $2, $3, $4 / 1024}')")
  done
  read -r cpu wall rss < <(printf '%s\n' "${runs[@]}" | sort -n | awk -v m=$(((repeat + 1) / 2)) 'NR == m')
}

printf '\n| records | MB | job | tool | CPU s | wall s | records/s | MB/s | peak MiB | time ratio | wall ratio | memory ratio |\n'
printf '|---|---|---|---|---|---|---|---|---|---|---|---|\n'
for n in $sizes; do
  file="$data/caseload_$n.csv"
  if [ ! -f "$file" ]; then  # ~2.2 measurements per client; the generator's own count is reported
    "$pladder" generate --clients $((n * 10 / 22)) --seed 1 --reference-date "$ref" \
      --plant PL003=50,PL010=50,PL017=50,PL021=50 --out "$file" >/dev/null
  fi
  bytes=$(stat -c %s "$file")
  records=$(($(wc -l <"$file") - 1))
  mb=$(awk -v b="$bytes" 'BEGIN {printf "%.0f", b / 1e6}')
  for job in placement checks; do
    if [ "$job" = placement ]; then
      measure "pladder_$job" "$pladder" report --table placement --reference-date "$ref" --format csv "$file"
    else
      measure "pladder_$job" "$pladder" check --reference-date "$ref" --format csv "$file"
    fi
    base_cpu=$cpu base_wall=$wall base_rss=$rss
    # pladder: one thread per core (the default); "pladder -t1": --threads 1; "pladder --stream":
    # checking in parts (issue 13); then what an analyst would use instead
    tools=(pladder "pladder -t1")
    [ "$job" = checks ] && tools+=("pladder --stream")
    tools+=(pandas)
    [ "$have_duckdb" = 1 ] && [ "$job" = placement ] && tools+=(duckdb)
    for tool in "${tools[@]}"; do
      case $tool in
        pladder) ;;
        "pladder -t1")
          if [ "$job" = placement ]; then
            measure "pladder1_$job" "$pladder" report --table placement --reference-date "$ref" --format csv --threads 1 "$file"
          else
            measure "pladder1_$job" "$pladder" check --reference-date "$ref" --format csv --threads 1 "$file"
          fi ;;
        "pladder --stream") measure "pladder_stream_$job" "$pladder" check --stream --reference-date "$ref" --format csv "$file"
          cmp -s "$data/pladder_stream_$job.out" "$data/pladder_$job.out" || echo "  (warning: --stream gave other output)" >&2 ;;
        pandas) measure "pandas_$job" /usr/bin/python3 bench/compare_pandas.py "$job" "$file" "$ref" ;;
        duckdb) measure "duckdb_$job" node bench/compare_duckdb.cjs "$job" "$file" "$ref" ;;
      esac
      [ "$tool" = pladder ] && cpu=$base_cpu wall=$base_wall rss=$base_rss
      awk -v n="$records" -v mb="$mb" -v job="$job" -v tool="$tool" -v c="$cpu" -v w="$wall" -v r="$rss" -v bc="$base_cpu" -v bw="$base_wall" -v br="$base_rss" -v b="$bytes" \
        'BEGIN {printf "| %d | %d | %s | %s | %.2f | %.2f | %.0f k | %.1f | %d | %.2f | %.2f | %.2f |\n", n, mb, job, tool, c, w, n / c / 1000, b / c / 1e6, r, c / bc, w / bw, r / br}'
    done
  done
  # the same job: pladder's and pandas' placement tables count the same clients per step, with and
  # without growth potential
  /usr/bin/python3 - "$data/pladder_placement.out" "$data/pandas_placement.out" <<'EOF' || echo "  (warning: the placement tables differ; see above)"
import csv, sys
def pladder_counts(path):  # pladder report --format csv: `;`, Dutch labels ("1  Geïsoleerd", "niet gevuld", "totaal")
    out = {}
    for r in csv.reader(open(path, encoding="utf-8-sig"), delimiter=";"):
        if len(r) < 2: continue
        label = r[0].strip()
        key = label.split()[0] if label[:1].isdigit() else {"niet gevuld": "not_filled", "totaal": "grand_total"}.get(label)
        if key and key not in out: out[key] = (r[1], r[3] if len(r) > 3 else "", r[5] if len(r) > 5 else "")
    return out
def pandas_counts(path):
    return {r[0]: (r[1], r[3], r[4]) for r in csv.reader(open(path, encoding="utf-8")) if len(r) >= 5}
pl, pd = pladder_counts(sys.argv[1]), pandas_counts(sys.argv[2])
keys = ["1", "2", "3", "4", "5", "6", "not_filled", "grand_total"]
diff = [(k, pl.get(k), pd.get(k)) for k in keys if pl.get(k) != pd.get(k)]
print("  placement (clients, without and with growth potential per step): " + ("pladder = pandas" if not diff else "DIFFERENT " + str(diff)), file=sys.stderr)
sys.exit(1 if diff else 0)
EOF
done
echo
echo "records/s and MB/s per CPU second; time ratio = CPU time / pladder's, wall ratio = wall time / pladder's (above 1: pladder is faster); memory ratio = peak RSS / pladder's."
echo "# load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
