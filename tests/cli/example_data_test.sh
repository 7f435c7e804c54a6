#!/usr/bin/env bash
# examples/data/synthetic_caseload.csv is generated, never hand-edited (issue 3): the command in
# examples/data/README.md regenerates it byte for byte.
set -euo pipefail
: "${PLADDER:?}" "${PL_SOURCE_DIR:?}"
fail() { echo "FAIL: $*" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

readme="$PL_SOURCE_DIR/examples/data/README.md"
cmd=$(grep -E '^pladder generate ' "$readme") || fail "no 'pladder generate' line in $readme"
[ "$(grep -cE '^pladder generate ' "$readme")" = 1 ] || fail "more than one 'pladder generate' line in $readme"
case "$cmd" in *"--out examples/data/synthetic_caseload.csv"*) ;; *) fail "the README command does not write examples/data/synthetic_caseload.csv" ;; esac
# the documented command, with the built pladder, writing to a temporary file
read -ra args <<<"${cmd#pladder }"
for i in "${!args[@]}"; do [ "${args[$i]}" = examples/data/synthetic_caseload.csv ] && args[$i]="$tmp/caseload.csv"; done
"$PLADDER" "${args[@]}" 2>/dev/null
cmp -s "$tmp/caseload.csv" "$PL_SOURCE_DIR/examples/data/synthetic_caseload.csv" \
  || fail "examples/data/synthetic_caseload.csv differs from what the README command generates; rerun that command"
echo "example data: regenerates byte for byte"
