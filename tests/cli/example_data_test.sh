#!/usr/bin/env bash
# examples/data/synthetic_caseload.csv is generated, never hand-edited (issue 3): the command in
# examples/data/README.md regenerates it byte for byte, and `pladder check` with the documented
# reference date finds exactly what that command planted.
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

# pladder check with the README's reference date: exactly the planted findings per check id
ref= plant=
for i in "${!args[@]}"; do
  case "${args[$i]}" in --reference-date) ref=${args[$((i + 1))]} ;; --plant) plant=${args[$((i + 1))]} ;; esac
done
[ -n "$ref" ] && [ -n "$plant" ] || fail "the README command names no --reference-date or no --plant"
grep -q -- "pladder check --reference-date $ref examples/data/synthetic_caseload.csv" "$readme" || fail "the README does not show the check command"
rc=0
"$PLADDER" check --reference-date "$ref" --format json "$PL_SOURCE_DIR/examples/data/synthetic_caseload.csv" >"$tmp/findings.json" || rc=$?
[ $rc -le 1 ] || fail "pladder check exited $rc"
got=$(/usr/bin/python3 -c '
import collections, json, sys
c = collections.Counter(f["check"] for f in json.load(open(sys.argv[1], encoding="utf-8"))["findings"])
print(",".join("%s=%d" % (k, c[k]) for k in sorted(c)))' "$tmp/findings.json")
expected=$(echo "$plant" | tr , '\n' | sort | paste -sd,)
[ "$got" = "$expected" ] || fail "examples/data: planted $expected, pladder check found $got"
echo "example data: regenerates byte for byte; pladder check finds exactly $expected"
