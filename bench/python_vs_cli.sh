#!/usr/bin/env bash
# Issue 25's Python target, measured (docs/benchmark.md, "Python: load, check and all tables"):
# `pl.load()` + check + every table in one Python process (bench/python_record_set.py
# record_set_full) against the CLI doing the same work — one `pladder check` and one `pladder
# report --table T` per table, each a process of its own. Same numbers first: the digest of the
# CLI's outputs must be the one Python printed, or nothing is reported. Not a test; CI does not run it.
# Usage: bench/python_vs_cli.sh FILE [REFERENCE_DATE]   (release build with the Python binding:
# build/release, or PL_BENCH_BUILD)
set -euo pipefail
cd "$(dirname "$0")/.."
f=$1
ref=${2:-2026-01-01}
build=${PL_BENCH_BUILD:-build/release}
pladder=$build/src/cli/pladder
tables="placement target caseload comparison movement kpi budget"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

PYTHONPATH=$build/python /usr/bin/time -f "%e %U %S %M" -o "$out/py.time" /usr/bin/python3 bench/python_record_set.py record_set_full "$f" "$ref" | tee "$out/py.out"
py_digest=$(awk '/results sha256/ {print $3}' "$out/py.out")
cli_digest=$({ $pladder check "$f" --reference-date "$ref" --threads 1 --format json || [ $? -eq 1 ]
               for t in $tables; do $pladder report "$f" --reference-date "$ref" --table "$t" --format json; done; } | sha256sum | cut -c1-16)
if [ "$py_digest" != "$cli_digest" ]; then
  echo "STOPPED: Python's results ($py_digest) are not the CLI's ($cli_digest); nothing compared" >&2
  exit 1
fi
cli_wall=0 cli_cpu=0
: >"$out/cli.times"
/usr/bin/time -f "check %e %U %S %M" -a -o "$out/cli.times" $pladder check "$f" --reference-date "$ref" --format json >/dev/null || true
for t in $tables; do
  /usr/bin/time -f "$t %e %U %S %M" -a -o "$out/cli.times" $pladder report "$f" --reference-date "$ref" --table "$t" --format json >/dev/null
done
read -r py_wall py_u py_s py_rss <"$out/py.time"
awk -v pw="$py_wall" -v pc="$(awk -v u="$py_u" -v s="$py_s" 'BEGIN {print u + s}')" -v pr="$py_rss" '
  NF == 5 && $2 ~ /^[0-9.]+$/ { w += $2; c += $3 + $4; if ($5 + 0 > r) r = $5 + 0; printf "  pladder %-10s %6.2f s wall %6.2f s CPU %5.0f MiB\n", $1, $2, $3 + $4, $5 / 1024 }
  END {
    printf "CLI (8 processes): %.2f s wall, %.2f s CPU, largest peak %.0f MiB\n", w, c, r / 1024
    printf "Python (one process, whole): %.2f s wall, %.2f s CPU, peak %.0f MiB\n", pw, pc, pr / 1024
    printf "Python / CLI: wall %.2f, CPU %.2f (target: at most 2)\n", pw / w, pc / c
  }' "$out/cli.times"
