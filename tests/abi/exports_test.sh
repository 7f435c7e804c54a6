#!/usr/bin/env bash
# The shared library exports only the C ABI: every defined dynamic symbol starts with pl_
# (docs/c-abi.md). Usage: exports_test.sh path/to/libparticipatieladder.so
set -euo pipefail
lib=$1
symbols=$(nm -D --defined-only "$lib" | awk '{print $3}')
count=$(printf '%s\n' "$symbols" | grep -c . || true)
[ "$count" -gt 10 ] || { echo "FAIL: only $count exported symbols in $lib"; exit 1; }
bad=$(printf '%s\n' "$symbols" | grep -v '^pl_' || true)
if [ -n "$bad" ]; then
  echo "FAIL: symbols exported from $lib that are not pl_*:"; printf '%s\n' "$bad" | head -50; exit 1
fi
# Every function declared in the public header is exported (and nothing else).
declared=$(grep -oE '^PL_EXTERN [^(]*\b(pl_[a-z0-9_]+)\(' "$(dirname "$0")/../../include/participatieladder.h" | grep -oE 'pl_[a-z0-9_]+\($' | tr -d '(' | sort)
exported=$(printf '%s\n' "$symbols" | sort)
if [ "$declared" != "$exported" ]; then
  echo "FAIL: declared and exported functions differ:"; diff <(echo "$declared") <(echo "$exported") || true; exit 1
fi
echo "OK: $count symbols, all pl_*, exactly the functions of participatieladder.h"
