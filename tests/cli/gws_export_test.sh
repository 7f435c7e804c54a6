#!/usr/bin/env bash
# Issue 23, must show 1: the analyst's monthly job on a GWS-style export, without editing it.
# tests/data/exports/gws_export.csv (written by make_gws_export.py next to it: Windows-1252, `;`,
# CRLF, Dutch headers, 3-8-2023 dates, local columns, a nameless trailing column, `Datum uitstroom`
# and `Reden uitstroom` on last records, a `3+`/`Nee` conflict, no instrument, integration or
# `groei na doeltrede` columns). The report as text and CSV, the HTML page and the workbook:
# - hold no internal key and none of the English words listed below;
# - show "niet beschikbaar" where a figure needs an absent column (SPEC §10 revised), never 0;
# - count the clients who left through the two exit columns as left (SPEC §6 revised), as an
#   independent reading of the CSV here says;
# - report the conflict as a finding naming both values, with growth unknown (SPEC §6 revised);
# - the checks that need the absent columns do not run per record: one finding says so (SPEC §8).
set -euo pipefail
: "${PLADDER:?}" "${PL_SOURCE_DIR:?}"
fail() { echo "FAIL: $*" >&2; exit 1; }
dir="$PL_SOURCE_DIR/tests/data/exports"
export_file="$dir/gws_export.csv"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
ref=2024-06-30

# the committed export is what its script writes
/usr/bin/python3 "$dir/make_gws_export.py" "$tmp/regenerated.csv"
cmp -s "$tmp/regenerated.csv" "$export_file" || fail "gws_export.csv differs from what make_gws_export.py writes"

# run CMD...: a report is written (exit 0, or 1 when something could not be counted), never a usage error
run() {
  local rc=0
  "$PLADDER" "$@" || rc=$?
  [ $rc -le 1 ] || fail "pladder $* exited $rc"
}
: >"$tmp/report.txt"
: >"$tmp/report.csv"
for t in placement target caseload comparison movement kpi budget; do
  run report "$export_file" --reference-date $ref --table $t >>"$tmp/report.txt" 2>>"$tmp/stderr.txt"
  run report "$export_file" --reference-date $ref --table $t --format csv >>"$tmp/report.csv" 2>>"$tmp/stderr.txt"
  run report "$export_file" --reference-date $ref --table $t --format json >"$tmp/$t.json" 2>>"$tmp/stderr.txt"
done
run report "$export_file" --reference-date $ref --html "$tmp/report.html" --xlsx "$tmp/report.xlsx" \
  --title "Werk en Inkomen: stand juni 2024" --municipality Voorbeeldstad 2>>"$tmp/stderr.txt"
run check "$export_file" --reference-date $ref --format json >"$tmp/check.json"

/usr/bin/python3 - "$export_file" "$tmp" $ref <<'PY' || fail "see above"
import csv, datetime, html, io, json, re, sys
import openpyxl

export, tmp, ref = sys.argv[1], sys.argv[2], datetime.date.fromisoformat(sys.argv[3])

# --- an independent reading of the export ------------------------------------------------------
def day(s):
    d, m, y = map(int, s.split("-"))
    return datetime.date(y, m, d)

rows = list(csv.DictReader(io.StringIO(open(export, encoding="cp1252", newline="").read()), delimiter=";"))
by_client = {}
for r in rows:
    when = day(r["Datum meetmoment"])
    by_client.setdefault(r["Klantnummer"], []).append((when, 0, r))
    if r["Datum uitstroom"]:  # leaving as columns: also a step-9 measurement on that date
        by_client[r["Klantnummer"]].append((day(r["Datum uitstroom"]), 1, {"Trede": "9"}))
left = unknown_gp = 0
for cid, ms in by_client.items():
    ms = sorted((m for m in ms if m[0] <= ref), key=lambda m: (m[0], m[1]))
    if not ms:
        continue
    latest = ms[-1][2]
    step = latest["Trede"].rstrip("+-")
    if step == "9":
        left += 1
        continue
    if step in "12345":
        sign = latest["Trede"][-1] if latest["Trede"][-1] in "+-" else ""
        gp = {"ja": "+", "nee": "-", "": ""}[latest["Groeipotentie"].lower()]
        conflict = sign and gp and sign != gp
        if conflict or (not gp and not sign and not latest["Doeltrede"]):
            unknown_gp += 1
assert left >= 8, left  # the export does what it says

def table(name):
    t = json.load(open(f"{tmp}/{name}.json", encoding="utf-8"))["table"]
    keys = [c["key"] for c in t["columns"]]
    cells = [[c.get("number", c.get("text")) for c in row["cells"]] for row in t["rows"]]
    summary = {s["key"]: s["value"].get("number", s["value"].get("text")) for s in t["summary"]}
    return keys, cells, summary

# --- the left clients are counted as left -------------------------------------------------------
keys, cells, summary = table("placement")
assert summary["left"] == left, (summary["left"], left)
# --- the conflict: growth unknown, and a finding naming both values as the file wrote them ------
assert summary["unknown_gp"] == unknown_gp == 1, (summary["unknown_gp"], unknown_gp)
findings = json.load(open(f"{tmp}/check.json", encoding="utf-8"))["findings"]
conflict = [f for f in findings if f["check"] == "input" and f.get("key") == "growth_potential"]
assert len(conflict) == 1, conflict
nl, en = conflict[0]["message_nl"], conflict[0]["message_en"]
assert "kolom 'Trede' '3+' en kolom 'Groeipotentie' 'Nee'" in nl, nl
assert "column 'Trede' (step) '3+' and column 'Groeipotentie' (growth_potential) 'Nee'" in en, en
assert "onbekend" in conflict[0]["message_nl"], conflict[0]
# --- absent columns: the checks that need them do not run per record; one finding says so -------
assert not [f for f in findings if f["check"] in ("PL001", "PL004", "PL016")], "checks on absent columns ran"
absent = [f for f in findings if f["check"] == "input" and "geen kolom" in f.get("message_nl", "")]
assert len(absent) == 1 and "instrument in gebruik" in absent[0]["message_nl"] and "PL004" in absent[0]["message_nl"], absent
# --- "niet beschikbaar", never 0, where a figure needs an absent column -------------------------
keys, cells, summary = table("caseload")
for col in ("integration_obligation", "integration_need", "with_instrument", "pct_with_instrument"):
    assert all(row[keys.index(col)] == "niet beschikbaar" for row in cells), (col, [row[keys.index(col)] for row in cells])
assert all(isinstance(row[keys.index("low_literacy")], int) for row in cells)  # present: counted
keys, cells, summary = table("kpi")
gp_rows = [row for row in cells if row[keys.index("indicator")] == "gp_with_instrument"]
assert gp_rows and all(row[keys.index("numerator")] == "niet beschikbaar" and row[keys.index("pct")] == "niet beschikbaar" for row in gp_rows), gp_rows
keys, cells, summary = table("movement")
assert summary["pct_with_instrument_rose_or_left"] == "niet beschikbaar", summary

# --- every output people read --------------------------------------------------------------------
text = open(f"{tmp}/report.txt", encoding="utf-8").read()
people_csv = open(f"{tmp}/report.csv", encoding="cp1252").read()
page = open(f"{tmp}/report.html", encoding="utf-8").read()
page_text = html.unescape(re.sub(r"<style>.*?</style>", " ", re.sub(r"<[^>]+>", " ", re.sub(r"<style>.*?</style>", " ", page, flags=re.S))))
book = openpyxl.load_workbook(f"{tmp}/report.xlsx")
book_text = "\n".join(str(c.value) for ws in book.worksheets for row in ws.iter_rows() for c in row if c.value is not None)
outputs = {"text": text, "csv": people_csv, "html": page_text, "xlsx": book_text}

for name, body in outputs.items():
    assert "niet beschikbaar" in body, name
assert "Voorbeeldstad" in page_text and "Werk en Inkomen: stand juni 2024" in page_text
assert "Voorbeeldstad" in book_text

# Internal keys must never reach people (KPI indicator labels, the caseload's `all`, PL004's field
# names included: both halves of issue 23 are merged).
INTERNAL = ["income_situation", "growth_potential", "instrument_in_use", "instrument_deployed", "integration_obligation",
            "questionnaire", "delimitation", "1y", "not_filled", "grand_total", "total_1_5", "unknown_gp", "step_1",
            "gp_with_instrument", "successful_outflow", "rose_or_left_after_instrument", "all"]
ENGLISH = ["not available", "reference date", "growth potential", "clients", "caseworker", "unknown", "left (9)",
           "with gp", "without", "findings", "source", "data quality", "encoding", "contradict", "windows-1252"]
def has_word(body, w):
    return re.search(r"(?<![A-Za-z0-9_])" + re.escape(w) + r"(?![A-Za-z0-9_])", body) is not None
problems = []
for name, body in outputs.items():
    for w in INTERNAL + ENGLISH:
        if has_word(body, w):
            problems.append(f"{name}: '{w}'")
assert not problems, problems
PY
echo "gws export: ok"
