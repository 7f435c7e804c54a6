#!/usr/bin/env bash
# THE generator test (issue 3, SPEC §8): a caseload with every inconsistency planted, written by
# `pladder generate` in Dutch Excel style, ISO style and JSON Lines, gives through
# `pladder check --format json` exactly the planted number of findings per check id (`input`
# included), and an unplanted caseload gives none.
set -euo pipefail
: "${PLADDER:?}"
fail() { echo "FAIL: $*" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
ref=2025-09-30

# 1-3 cases of every check id and of an unreadable value
plant=""
n=0
for id in PL001 PL002 PL003 PL004 PL005 PL006 PL007 PL008 PL009 PL010 PL011 PL012 PL013 PL014 PL015 PL016 \
          PL017 PL018 PL019 PL020 PL021 PL022 input; do
  plant+="${plant:+,}$id=$((n % 3 + 1))"
  n=$((n + 1))
done

# counts FILE: "ID=N" per check id found, sorted; fails on a usage error (exit 2)
counts() {
  local rc=0
  "$PLADDER" check --reference-date "$ref" --format json "$1" >"$tmp/findings.json" || rc=$?
  [ $rc -le 1 ] || fail "pladder check $1 exited $rc"
  /usr/bin/python3 -c '
import collections, json, sys
c = collections.Counter(f["check"] for f in json.load(open(sys.argv[1], encoding="utf-8"))["findings"])
print(",".join("%s=%d" % (k, c[k]) for k in sorted(c)))' "$tmp/findings.json"
}
expected=$(echo "$plant" | tr , '\n' | sort | paste -sd,)

for variant in "dutch csv" "iso csv" "iso jsonl"; do
  set -- $variant
  file="$tmp/planted_$1.$2"
  "$PLADDER" generate --clients 2500 --seed 99 --reference-date "$ref" --plant "$plant" --style "$1" --format "$2" \
    --out "$file" 2>/dev/null
  got=$(counts "$file")
  [ "$got" = "$expected" ] || fail "$variant: planted $expected, pladder check found $got"

  file="$tmp/clean_$1.$2"
  "$PLADDER" generate --clients 2500 --seed 99 --reference-date "$ref" --style "$1" --format "$2" --out "$file" 2>/dev/null
  set +e
  "$PLADDER" check --reference-date "$ref" --format json "$file" >"$tmp/clean.json"; rc=$?
  set -e
  [ $rc -eq 0 ] || fail "$variant: unplanted caseload: pladder check exited $rc"
  [ "$(/usr/bin/python3 "$PL_SOURCE_DIR/tests/cli/findings_lines.py" <"$tmp/clean.json" | wc -l)" = 0 ] ||
    fail "$variant: unplanted caseload has findings: $(head -c 600 "$tmp/clean.json")"
done
echo "generate + check: exact planted counts ($expected) in Dutch, ISO and JSON Lines; none unplanted"
