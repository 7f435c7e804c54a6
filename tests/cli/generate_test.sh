#!/usr/bin/env bash
# pladder generate (issue 3): deterministic files (same seed → byte-identical, another seed →
# different), Dutch Excel and ISO style, JSON Lines, usage errors. The planted counts through
# `pladder check` are tests/cli/generate_check_test.sh; the model is tested in tests/unit.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../support/cli_test.sh"  # $PLADDER, grep_q, fail, $tmp, run

gen() { "$PLADDER" generate "$@" 2>>"$tmp/stderr"; }

# determinism, Dutch Excel style (the default) and ISO style
gen --clients 300 --seed 7 --plant PL003=2,input=1 --out "$tmp/a.csv"
gen --clients 300 --seed 7 --plant PL003=2,input=1 --out "$tmp/b.csv"
gen --clients 300 --seed 8 --plant PL003=2,input=1 --out "$tmp/c.csv"
cmp -s "$tmp/a.csv" "$tmp/b.csv" || fail "same seed gave different files"
cmp -s "$tmp/a.csv" "$tmp/c.csv" && fail "seeds 7 and 8 gave the same file"
gen --clients 300 --seed 7 --style iso --out "$tmp/a_iso.csv"
gen --clients 300 --seed 7 --style iso --out "$tmp/b_iso.csv"
cmp -s "$tmp/a_iso.csv" "$tmp/b_iso.csv" || fail "same seed gave different ISO files"
# --out - writes to stdout, the same bytes
"$PLADDER" generate --clients 300 --seed 7 --plant PL003=2,input=1 --out - 2>/dev/null | cmp -s - "$tmp/a.csv" \
  || fail "--out - differs from --out FILE"

# Dutch Excel: BOM, ';', Dutch headers, DD-MM-YYYY, ja/nee, CRLF
head -c 3 "$tmp/a.csv" | od -An -tx1 | grep_q "ef bb bf" || fail "Dutch style has no BOM"
head -n 1 "$tmp/a.csv" | grep_q "klantnummer;bsn;" || fail "Dutch header: $(head -c 80 "$tmp/a.csv")"
sed -n 2p "$tmp/a.csv" | grep -Eq "^K0000001;[0-9]{9};.*;[0-9]{2}-[0-9]{2}-[0-9]{4};" || fail "Dutch row: $(sed -n 2p "$tmp/a.csv")"
sed -n 2p "$tmp/a.csv" | grep -Eq ";(ja|nee);" || fail "Dutch row has no ja/nee"
sed -n 2p "$tmp/a.csv" | grep_q $'\r$' || fail "Dutch style rows end in CRLF"
# ISO: no BOM, ',', §6 keys, YYYY-MM-DD
head -n 1 "$tmp/a_iso.csv" | grep_q "^client_id,bsn," || fail "ISO header: $(head -c 80 "$tmp/a_iso.csv")"
sed -n 2p "$tmp/a_iso.csv" | grep -Eq "^K0000001,[0-9]{9},.*,[0-9]{4}-[0-9]{2}-[0-9]{2}," || fail "ISO row"

# the clients: one header line plus 1-4 lines per client, client numbers K0000001 … K0000300
rows=$(($(wc -l <"$tmp/a_iso.csv") - 1))
[ "$rows" -ge 300 ] && [ "$rows" -le 1200 ] || fail "300 clients gave $rows records"
clients=$(tail -n +2 "$tmp/a_iso.csv" | cut -d, -f1 | sort -u | wc -l)
[ "$clients" = 300 ] || fail "expected 300 distinct clients, got $clients"
tail -n 1 "$tmp/a_iso.csv" | grep_q "^K0000300," || fail "last client is not K0000300"

# the summary on stderr names what was planted
grep -q "planted PL003=2 input=1" "$tmp/stderr" || fail "stderr summary: $(cat "$tmp/stderr")"

# JSON Lines: one object per record, every line valid JSON with the §6 keys
gen --clients 100 --seed 3 --format jsonl --out "$tmp/a.jsonl"
/usr/bin/python3 - "$tmp/a.jsonl" "$tmp/a_iso.csv" <<'EOF' || fail "JSON Lines content"
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
assert len({r["client_id"] for r in rows}) == 100, len(rows)
assert all(r["client_id"].startswith("K") and len(r["bsn"]) == 9 for r in rows)
assert {r["step"] for r in rows} <= {"0", "1", "2", "3", "4", "5", "6", "9"}
EOF

# usage errors exit 2 and say why
expect_usage() {
  local what=$1; shift
  set +e
  "$PLADDER" generate "$@" >"$tmp/out" 2>"$tmp/err"; local rc=$?
  set -e
  [ $rc -eq 2 ] || fail "$what: expected exit 2, got $rc"
  grep -q "$what" "$tmp/err" || fail "$what: stderr was: $(cat "$tmp/err")"
}
expect_usage "PL099" --clients 10 --plant PL099=1 --out "$tmp/x.csv"
expect_usage "whole number" --clients 10 --plant PL003=x --out "$tmp/x.csv"
expect_usage "given twice" --clients 10 --plant PL003=1,pl003=2 --out "$tmp/x.csv"
expect_usage "more --clients" --clients 5 --plant PL006=6 --out "$tmp/x.csv"
expect_usage "reference-date" --clients 5 --reference-date 2026-13-01 --out "$tmp/x.csv"
expect_usage "style" --clients 5 --style excel --out "$tmp/x.csv"
expect_usage "x.csv: cannot write the caseload: No such file or directory" --clients 5 --out "$tmp/no/such/dir/x.csv"
echo "generate: all checks passed"
