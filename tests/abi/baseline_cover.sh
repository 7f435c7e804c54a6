#!/usr/bin/env bash
# Every function the shared library exports is in the ABI baseline (issue 20, docs/c-abi.md "ABI
# baseline"): abidiff --no-added-syms only guards what the baseline records, so a function missing
# from it could change or vanish unnoticed. The fix for a failure is tools/abi_baseline.sh.
# Usage: baseline_cover.sh path/to/libparticipatieladder.so abi/libparticipatieladder.so.N.abi
set -euo pipefail
lib=$1 baseline=$2
exported=$(nm -D --defined-only "$lib" | awk '$2 == "T" {print $3}' | sort)
recorded=$(grep -oE "<elf-symbol name='pl_[a-z0-9_]+' type='func-type'" "$baseline" | cut -d"'" -f2 | sort)
n=$(printf '%s\n' "$exported" | grep -c . || true)
[ "$n" -gt 10 ] || { echo "FAIL: only $n exported functions in $lib"; exit 1; }
missing=$(comm -23 <(printf '%s\n' "$exported") <(printf '%s\n' "$recorded"))
if [ -n "$missing" ]; then
  echo "FAIL: exported by $lib but not in the ABI baseline $baseline (refresh it: bash tools/abi_baseline.sh):"
  printf '  %s\n' $missing
  exit 1
fi
echo "OK: all $n exported functions are in $(basename "$baseline")"
