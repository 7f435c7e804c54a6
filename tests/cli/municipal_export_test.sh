#!/usr/bin/env bash
# A caseload exported the way client-tracking systems export it (issue 10; SPEC §6 revised, §10):
# tests/data/exports/gemeente_export_cp1252.csv is Windows-1252, `;`, CRLF, Dutch headers
# (Klantnummer; BSN; Datum meetmoment; Trede; Groeipotentie; Doeltrede; Klantmanager), two local
# columns, dates as Dutch Excel writes them (3-8-2023), repeat measurements, rows in any order.
# gemeente_export_iso_twin.csv holds the same data as UTF-8 with ISO dates and `,`.
# Every item of the issue's "Why" that is about the CLI is a case here.
set -euo pipefail
# grep -q stops reading at the first match; under pipefail the writer's SIGPIPE would fail the pipeline.
grep_q() { grep "$@" >/dev/null; }
: "${PLADDER:?}" "${PL_SOURCE_DIR:?}"
fail() { echo "FAIL: $*" >&2; exit 1; }
export_file="$PL_SOURCE_DIR/tests/data/exports/gemeente_export_cp1252.csv"
twin="$PL_SOURCE_DIR/tests/data/exports/gemeente_export_iso_twin.csv"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
ref=2025-06-30
before=$(sha256sum "$export_file" "$twin")

# --- every client is in the report, and the report says what it read --------------------------
"$PLADDER" report "$export_file" --reference-date $ref --table placement --format json >"$tmp/placement.json"
/usr/bin/python3 - "$tmp/placement.json" <<'PY' || fail "placement of the export: $(cat "$tmp/placement.json")"
import json, sys
r = json.load(open(sys.argv[1], encoding="utf-8"))
q = r["quality"]
assert q["records"] == 16 and q["clients"] == 12, q
assert q["clients_in_view"] == 12 and q["clients_left_out"] == 0 and q["left_out"] == [] and q["complete"], q
assert q["sources"][0]["encoding"] == "windows-1252", q["sources"]
assert q["sources"][0]["local_columns"] == ["Wijk", "Opmerking"], q["sources"]
t = r["table"]
keys = [c["key"] for c in t["columns"]]
rows = {row["cells"][0]["text"]: dict(zip(keys, [c.get("number", c.get("text")) for c in row["cells"]])) for row in t["rows"]}
summary = {s["key"]: s["value"].get("number", s["value"].get("text")) for s in t["summary"]}
# 10 in the caseload + 1 at intake (0) + 1 who left (9) = the 12 clients read
assert rows["grand_total"]["clients"] + summary["intake"] + summary["left"] == 12, (rows["grand_total"], summary)
assert summary["intake"] == 1 and summary["left"] == 1, summary
# Groeipotentie is an alias: the growth split is known for every client on steps 1-5
assert summary["unknown_gp"] == 0 and rows["total_1_5"]["with_gp"] == 6, (summary, rows["total_1_5"])
PY

# --- the same findings as the UTF-8, ISO-dated twin ----------------------------------------------
set +e
"$PLADDER" check "$export_file" --reference-date $ref --format json >"$tmp/export.json"; rc_export=$?
"$PLADDER" check "$twin" --reference-date $ref --format json >"$tmp/twin.json"; rc_twin=$?
set -e
[ $rc_export = $rc_twin ] || fail "exit codes differ: export $rc_export, twin $rc_twin"
/usr/bin/python3 - "$tmp/export.json" "$tmp/twin.json" <<'PY' || fail "findings of the export and its twin differ"
import json, sys
a, b = (json.load(open(p, encoding="utf-8")) for p in sys.argv[1:3])
strip = lambda r: [{k: v for k, v in f.items() if k != "file"} for f in r["findings"]]
assert strip(a) == strip(b), (strip(a), strip(b))
assert len(a["findings"]) >= 3, a
assert a["encodings"] == ["windows-1252"] and b["encodings"] == ["utf-8"], (a["encodings"], b["encodings"])
# no "growth potential empty" because Groeipotentie was not recognised
assert not any(f["check"] == "PL006" and "growth_potential" in f["fields"] for f in a["findings"]), a
# messages name the column as the file wrote it
assert any("Trede 0 sinds Datum meetmoment" in f["message_nl"] for f in a["findings"]), a
# SPEC §8 (revised): no instrument columns, so PL004 is not run per step-5 record; one finding says so
assert not any(f["check"] == "PL004" for f in a["findings"]), a
assert any("geen kolom" in f["message_nl"] and "PL004" in f["message_nl"] for f in a["findings"]), a
PY

# --- Windows-1252 said in the Dutch summary; names decoded ----------------------------------------
set +e
out=$("$PLADDER" check "$export_file" --reference-date $ref --by caseworker); rc=$?
set -e
[ $rc -le 1 ] || fail "check exit $rc"
echo "$out" | grep_q "windows-1252" || fail "the encoding read is named in the summary: $out"
echo "$out" | grep_q "^klantmanager R. Çelik" || fail "worklist per caseworker, Ç decoded: $out"
"$PLADDER" check "$export_file" --encoding utf-8 --reference-date $ref >/dev/null 2>"$tmp/err" && fail "--encoding utf-8 must refuse Windows-1252 bytes"
grep -q "regel 3: geen geldige UTF-8-tekst" "$tmp/err" || fail "--encoding utf-8 names the line: $(cat "$tmp/err")"

# --- no internal keys in what people read (Dutch text, CSV and HTML) ------------------------------
for table in placement target caseload comparison movement kpi budget; do
  "$PLADDER" report "$export_file" --reference-date $ref --table $table >"$tmp/$table.txt" 2>/dev/null || true
  "$PLADDER" report "$export_file" --reference-date $ref --table $table --format csv >"$tmp/$table.csv" 2>/dev/null || true
done
"$PLADDER" check "$export_file" --reference-date $ref >"$tmp/check.txt" || true
"$PLADDER" check "$export_file" --reference-date $ref --format csv >"$tmp/check.csv" || true
"$PLADDER" report "$export_file" --reference-date $ref --html "$tmp/report.html" 2>/dev/null || true
for f in "$tmp"/*.txt "$tmp"/*.csv "$tmp/report.html"; do
  [ -s "$f" ] || fail "$f is empty"
  if grep -nE 'not_filled|grand_total|total_1_5|unknown_gp|\bwarning\b|SPEC|\byes\b|\bno\b|\bpartly\b' "$f"; then
    fail "an internal key in Dutch output ${f##*/} (above)"
  fi
done
grep -q 'Gegevenskwaliteit' "$tmp/report.html" || fail "the HTML report has a data-quality block"

# --- a column-mapping file and the unknown-column note ------------------------------------------
printf 'Cliënt;Datum van meting;Trede;Groeipotentieel;Doeltrede;Klantmanagr\r\nK1;3-8-2023;2;+;3;Jan\r\n' >"$tmp/own.csv"
set +e
"$PLADDER" check "$tmp/own.csv" --format json >"$tmp/own.json" 2>"$tmp/own.err"; rc=$?
set -e
[ $rc = 2 ] || fail "without a mapping the file has no client_id/measured_on column: exit $rc"
grep -q "verplichte kolom klantnummer (ook goed: 'klantnr', 'cliëntnummer', 'client_id')" "$tmp/own.err" || fail "names the missing column: $(cat "$tmp/own.err")"
printf '{"columns": {"Cliënt": "client_id", "Datum van meting": "measured_on"}}\n' >"$tmp/mapping.json"
"$PLADDER" check "$tmp/own.csv" --columns "$tmp/mapping.json" --format json --lang en >"$tmp/own.json"
/usr/bin/python3 - "$tmp/own.json" <<'PY' || fail "mapped file: $(cat "$tmp/own.json")"
import json, sys
r = json.load(open(sys.argv[1], encoding="utf-8"))
notes = [f for f in r["findings"] if f["check"] == "input" and f["severity"] == "SEVERITY_INFO" and not f["fields"]]
assert len(notes) == 1 and notes[0]["value"] == "Klantmanagr", notes
# SPEC §8 (revised): without a caseworker column PL006 "caseworker empty" is not run per record; one finding says so
absent = [f for f in r["findings"] if f["check"] == "input" and f["fields"] == ["caseworker"]]
assert len(absent) == 1 and "PL006" in absent[0]["message_en"], r["findings"]
assert not any(f["check"] == "PL006" for f in r["findings"]), r["findings"]
assert "did you mean 'klantmanager' (caseworker)?" in notes[0]["message_en"], notes
assert r["reference_date"] == "2023-08-03" and r["records"] == 1, r
PY
printf '{"columns": {"Cliënt": "klant"}}\n' >"$tmp/bad_mapping.json"
set +e
msg=$("$PLADDER" check "$tmp/own.csv" --columns "$tmp/bad_mapping.json" 2>&1); rc=$?
set -e
[ $rc = 2 ] && echo "$msg" | grep_q "'klant' is geen veld van de gegevensset" || fail "a mapping to a non-key: $rc $msg"
msg=$("$PLADDER" check "$tmp/own.csv" --columns "$tmp/bad_mapping.json" --lang en 2>&1) || true
echo "$msg" | grep_q "'klant' is not a key of the base data set" || fail "a mapping to a non-key, --lang en: $msg"

# --- standard input, a header-only file, an unwritable HTML path, --help defaults --------------
"$PLADDER" check - --reference-date $ref --format json <"$twin" >"$tmp/stdin.json" || [ $? -eq 1 ]
grep -q '"sources":\["(standard input)"\]' "$tmp/stdin.json" || fail "- reads standard input: $(head -c 300 "$tmp/stdin.json")"
printf 'client_id;measured_on;step\r\n' >"$tmp/header_only.csv"
out=$("$PLADDER" check "$tmp/header_only.csv" || true)
echo "$out" | grep_q "peildatum geen" || fail "a header-only file has no reference date (not 1970-01-01): $out"
echo "$out" | grep_q "1970" && fail "1970 shown: $out"
set +e
msg=$("$PLADDER" report "$twin" --html /nonexistent-dir/r.html 2>&1); rc=$?
set -e
[ $rc = 2 ] && echo "$msg" | grep_q "/nonexistent-dir/r.html: kan het HTML-rapport niet schrijven: bestand of map bestaat niet" ||
  fail "unwritable HTML path: $rc $msg"
"$PLADDER" check --help | grep_q -- "--format TEXT:{text,json,csv}=text" || fail "--help shows defaults"
"$PLADDER" report --help | grep_q -- "--encoding TEXT:{auto,utf-8,windows-1252}=auto" || fail "report --help shows defaults"

# --- unknown commands and flags are named, with a suggestion --------------------------------------
set +e
msg=$("$PLADDER" chek "$twin" 2>&1); rc=$?
set -e
[ $rc = 2 ] && echo "$msg" | grep_q "onbekende opdracht 'chek'; bedoelt u 'check'?" || fail "pladder chek: $rc $msg"
set +e
msg=$("$PLADDER" report "$twin" --tabel placement 2>&1); rc=$?
set -e
[ $rc = 2 ] && echo "$msg" | grep_q "onbekende optie --tabel; bedoelt u --table?" || fail "--tabel: $rc $msg"

[ "$(sha256sum "$export_file" "$twin")" = "$before" ] || fail "an input file was modified"
echo "municipal export: every client counted, same findings as its twin, Dutch without internal keys, CLI consistent"
