#!/usr/bin/env bash
# pladder check (SPEC §6 files, SPEC §8 checks): exit codes, input findings with file/line/key/value,
# personal values withheld (SPEC §11), the default reference date, histories across files (SPEC §7),
# and Dutch Excel vs ISO CSV of the same data giving identical findings.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../support/cli_test.sh"  # $PLADDER, grep_q, fail, $tmp, run

# --- a clean file: exit 0 ----------------------------------------------------------------------
cat >"$tmp/clean.csv" <<'EOF'
client_id,measured_on,next_measurement_due,caseworker,step,income_situation
K1,2025-03-01,2026-01-01,KM1,6,d
K2,2025-02-01,2026-01-01,KM1,6,d
EOF
run check "$tmp/clean.csv"
[ "$rc" = 0 ] || fail "clean file: exit $rc, output: $out $err"
echo "$out" | grep_q "2 records" || fail "clean summary: $out"
echo "$out" | grep_q "2025-03-01 (laatste meetdatum)" || fail "default reference date = latest measured_on: $out"

# --- error findings: exit 1; JSON per finding with file, line, key, value ------------------------
printf 'Klantnummer;Datum meetmoment;Volgend meetmoment;Klantmanager;Trede;Inkomenssituatie;Geboortedatum\r\n' >"$tmp/bad.csv"
printf 'K1;01-03-2025;01-01-2026;KM1;6;a;\r\n' >>"$tmp/bad.csv"           # line 2: PL003 (step 6 + benefit a)
printf 'K2;01-03-2025;01-01-2026;KM1;7;d;\r\n' >>"$tmp/bad.csv"           # line 3: step 7 unreadable
printf 'K3;01-03-2025;01-01-2026;KM1;6;d;31-02-1980\r\n' >>"$tmp/bad.csv" # line 4: personal value unreadable
printf 'K4;"01-03-2025;6;d\r\n' >>"$tmp/bad.csv"                          # line 5: quote never closed
run check --format json --lang en "$tmp/bad.csv"
[ "$rc" = 1 ] || fail "bad file: exit $rc: $out $err"
echo "$out" | /usr/bin/python3 -c '
import json, sys
path = sys.argv[1]
text = sys.stdin.read()
assert text.count("\n") == 1, "one JSON document (a participatieladder.v1.CheckResponse) on one line"
response = json.loads(text)
rows = response["findings"]
assert response["errors"] == 4 and response["warnings"] == 0 and response["records"] == 3, response
assert response["sources"] == [path] and response["reference_date"] == "2025-03-01" and response["reference_date_from_data"], response
for r in rows:
    for k in ("check", "severity", "client_id", "file", "line", "measured_on", "fields", "message_nl", "message_en", "key", "value"):
        assert k in r, (k, r)
    assert r["file"] == path, r
    assert isinstance(r["line"], int), r
by = {}
for r in rows: by.setdefault((r["check"], r["line"]), r)
pl003 = by[("PL003", 2)]
assert pl003["client_id"] == "K1" and pl003["severity"] == "SEVERITY_ERROR" and pl003["measured_on"] == "2025-03-01", pl003
step = by[("input", 3)]
assert step["key"] == "step" and step["value"] == "7" and step["fields"] == ["step"] and step["client_id"] == "K2", step
assert "7" in step["message_en"] and "line 3" in step["message_en"] and "regel 3" in step["message_nl"], step
assert ("PL006", 3) not in by, "the unreadable step is reported once, not again as empty (PL006)"
birth = by[("input", 4)]
assert birth["key"] == "birth_date" and birth["value"] == "" and "1980" not in birth["message_en"] + birth["message_nl"], birth
assert "withheld" in birth["message_en"], birth
quote = by[("input", 5)]
assert "never closed" in quote["message_en"], quote
keys = [(r["line"], r["check"] != "input") for r in rows]
assert keys == sorted(keys), "ordered by line, input findings first"
' "$tmp/bad.csv" || fail "JSON findings: $out"
echo "$out" | grep_q "1980" && fail "personal value echoed: $out"

first=$out
run check --format json --lang en "$tmp/bad.csv"
[ "$out" = "$first" ] || fail "JSON output differs between two runs"
echo "$out" | sed -n 1p | grep_q '^{"findings":\[{"check":"PL003","severity":"SEVERITY_ERROR","client_id":"K1",' || fail "JSON in schema field order: $out"

run check --format csv --lang en "$tmp/bad.csv"
[ "$rc" = 1 ] || fail "csv format exit $rc"
echo "$out" | sed -n 1p | grep_q -x "check,severity,client_id,caseworker,team,file,line,measured_on,fields,message,key,value" || fail "csv header: $out"
echo "$out" | grep_q "^input,error,K2,KM1,,$tmp/bad.csv,3,2025-03-01,step,.*,step,7$" || fail "csv input row: $out"
# Dutch (the default): Dutch Excel's dialect — UTF-8 BOM, ';', CRLF — with Dutch headers and severities.
"$PLADDER" check --format csv "$tmp/bad.csv" >"$tmp/nl.csv" || true
head -c 3 "$tmp/nl.csv" | od -An -tx1 | grep_q "ef bb bf" || fail "Dutch CSV starts with a UTF-8 BOM"
head -1 "$tmp/nl.csv" | grep_q $'^\xef\xbb\xbfcontrole;ernst;klantnummer;klantmanager;team;bestand;regel;meetdatum;velden;melding;sleutel;waarde\r$' ||
  fail "Dutch CSV header: $(head -1 "$tmp/nl.csv")"
grep -q $'^input;fout;K2;KM1;;' "$tmp/nl.csv" || fail "Dutch CSV row: $(cat "$tmp/nl.csv")"
[ "$(grep -c $'\r$' "$tmp/nl.csv")" = "$(wc -l <"$tmp/nl.csv")" ] || fail "Dutch CSV lines end in CRLF"
"$PLADDER" check --format csv --csv rfc4180 "$tmp/bad.csv" >"$tmp/rfc.csv" || true
head -1 "$tmp/rfc.csv" | grep_q '^controle,ernst,' || fail "--csv rfc4180 with Dutch headers"

run check "$tmp/bad.csv"
[ "$rc" = 1 ] || fail "text exit $rc"
echo "$out" | grep_q "^klant K1 (1)$" || fail "text grouped by client: $out"
echo "$out" | grep -Eq "^  PL003  fout  1$" || fail "text summary per check, severities in Dutch: $out"

# --- --reference-date: a measurement after it is PL012 --------------------------------------------
run check --format json --reference-date 2025-02-15 "$tmp/clean.csv"
[ "$rc" = 1 ] || fail "PL012 exit $rc: $out"
echo "$out" | grep_q '"check":"PL012"' || fail "PL012 with explicit reference date: $out"
run check --reference-date 2025-02-31 "$tmp/clean.csv"
[ "$rc" = 2 ] || fail "bad --reference-date must exit 2, got $rc"

# --- histories across files: the same client on one date in two files is PL020 -----------------
cat >"$tmp/second.csv" <<'EOF'
client_id,measured_on,next_measurement_due,caseworker,step,income_situation
K1,2025-03-01,2026-01-01,KM2,6,d
EOF
run check --format json "$tmp/clean.csv" "$tmp/second.csv"
echo "$out" | grep_q "\"check\":\"PL020\"" || fail "PL020 across files: $out"
/usr/bin/python3 "$PL_SOURCE_DIR/tests/cli/findings_lines.py" <<<"$out" | grep "PL020" | grep_q "second.csv" || fail "PL020 names the second file: $out"

# --- unreadable input: exit 2, message names the file ----------------------------------------------
run check "$tmp/missing.csv"
[ "$rc" = 2 ] || fail "missing file exit $rc"
echo "$err" | grep_q "missing.csv: kan het bestand niet openen: bestand of map bestaat niet" || fail "missing file message: $err"
run check "$tmp/missing.csv" --lang en
echo "$err" | grep_q "missing.csv: cannot open: No such file or directory" || fail "missing file message, --lang en: $err"
printf 'client_id;datum meetmoment;trede;trede\n' >"$tmp/dup.csv"
run check "$tmp/dup.csv"
[ "$rc" = 2 ] || fail "duplicate header exit $rc"
echo "$err" | grep_q "dup.csv: regel 1: kolom 'trede' staat twee keer in de kopregel" || fail "duplicate header message: $err"
run check "$tmp/dup.csv" --lang en
echo "$err" | grep_q "dup.csv: line 1: duplicate column 'trede'" || fail "duplicate header message, --lang en: $err"
run check
[ "$rc" = 2 ] || fail "no file must be a usage error, got $rc"

# --- Dutch Excel CSV and ISO CSV of the same data give identical findings (SPEC §6) -------------
cat >"$tmp/iso.csv" <<'EOF'
client_id,measured_on,next_measurement_due,caseworker,step,growth_potential,target_step,income_situation,instrument_in_use,instrument_deployed,work_obligation_exemption,integration_exemption,integration_obligation
A1,2025-01-10,2026-01-10,KM1,6,,,a,yes,no,no,no,no
A2,2025-01-10,2025-01-01,KM1,3,0,,c,no,yes,no,yes,no
A3,2024-01-10,2024-06-10,KM1,0,,,c,no,no,no,no,no
A4,2025-01-10,2026-01-10,KM1,2,+,4,c,no,no,TIJDELIJK,no,no
EOF
printf '\xef\xbb\xbfklantnummer;datum meetmoment;volgend meetmoment;behandelend medewerker;trede;groeipotentieel;potentietrede;inkomenssituatie;instrument in gebruik;instrument ingezet;vrijstelling arbeidsplicht;vrijstelling inburgeringsplicht;inburgeringsplichtig\r\n' >"$tmp/excel.csv"
printf 'A1;10-01-2025;10-01-2026;KM1;6;;;a gemeentelijke uitkering;ja;nee;nee;nee;nee\r\n' >>"$tmp/excel.csv"
printf 'A2;10-01-2025;01-01-2025;KM1;3;0;;C;nee;ja;nee;ja;nee\r\n' >>"$tmp/excel.csv"
printf 'A3;10-01-2024;10-06-2024;KM1;0;;;c;nee;nee;nee;nee;nee\r\n' >>"$tmp/excel.csv"
printf 'A4;10-01-2025;10-01-2026;KM1;2+;;4;c;nee;nee;TIJDELIJK;nee;nee\r\n' >>"$tmp/excel.csv"
# JSON objects compared with sorted keys, without the file name and the messages: those are the only
# things that differ — the messages name each column as its file wrote it (trede, not step).
normalise() { /usr/bin/python3 -c '
import json, sys
for r in json.loads(sys.stdin.read())["findings"]:
    for k in ("file", "message_nl", "message_en"): r.pop(k)
    print(json.dumps(r, sort_keys=True, ensure_ascii=False))'; }
run check --format json "$tmp/iso.csv"; iso_rc=$rc; iso_out=$(echo "$out" | normalise)
run check --format json "$tmp/excel.csv"; excel_rc=$rc; excel_out=$(echo "$out" | normalise)
echo "$out" | grep_q '"message_nl":"trede 6 (betaald werk) maar inkomenssituatie a' || fail "messages name the file's own columns: $out"
[ "$iso_rc" = "$excel_rc" ] || fail "exit codes differ: iso $iso_rc, excel $excel_rc"
[ "$(echo "$iso_out" | wc -l)" -ge 4 ] || fail "expected several findings: $iso_out"
[ "$iso_out" = "$excel_out" ] || fail "findings differ:
iso:   $iso_out
excel: $excel_out"

echo "check: all checks passed"
