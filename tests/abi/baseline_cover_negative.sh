#!/usr/bin/env bash
# The baseline coverage check can fail (issue 20, must show 4): against a copy of the baseline with
# one exported function deleted, baseline_cover.sh must exit non-zero and name that function.
# Usage: baseline_cover_negative.sh path/to/libparticipatieladder.so abi/libparticipatieladder.so.N.abi
set -euo pipefail
lib=$1 baseline=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for fn in pl_determine_bits pl_check_file; do
  grep -v "<elf-symbol name='$fn' " "$baseline" > "$tmp/cut.abi"
  ! cmp -s "$baseline" "$tmp/cut.abi" || { echo "FAIL: $fn is not in $baseline to delete"; exit 1; }
  if out=$(bash "$(dirname "$0")/baseline_cover.sh" "$lib" "$tmp/cut.abi"); then
    echo "FAIL: the check passed although $fn was deleted from the baseline:"; echo "$out"; exit 1
  fi
  grep -q "^  $fn\$" <<<"$out" || { echo "FAIL: the check failed without naming $fn:"; echo "$out"; exit 1; }
  echo "OK: deleting $fn from the baseline fails the check, naming it"
done
