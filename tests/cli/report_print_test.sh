#!/usr/bin/env bash
# Issue 23, must show 5: the report as an analyst hands it on.
# - The workbook read back with openpyxl: the year, the caseworker and the step are columns of their
#   own (numbers where they are numbers: filterable), dates are Excel dates, and every percentage
#   follows one convention (a fraction formatted as %), "doel %" included; title and municipality.
# - The HTML page in headless Chromium: every table whole, at 1,280 px and at the width of an A4
#   page (each table's scrollWidth <= its container's clientWidth); printed to PDF; the whole page
#   to a PNG (tools/report_png.sh). PL_KEEP_DIR keeps the files to look at.
set -euo pipefail
: "${PLADDER:?}" "${PL_SOURCE_DIR:?}"
fail() { echo "FAIL: $*" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export_file="$PL_SOURCE_DIR/tests/data/exports/gws_export.csv"
"$PLADDER" report "$export_file" --reference-date 2024-06-30 --html "$tmp/report.html" --xlsx "$tmp/report.xlsx" \
  --title "Werk en Inkomen: stand juni 2024" --municipality Voorbeeldstad 2>/dev/null || [ $? -eq 1 ] || fail "report"

/usr/bin/python3 - "$tmp/report.xlsx" <<'PY' || fail "workbook"
import datetime, sys
import openpyxl
book = openpyxl.load_workbook(sys.argv[1])
dq = book["Gegevenskwaliteit"]
assert dq["A1"].value.startswith("Werk en Inkomen: stand juni 2024"), dq["A1"].value
assert isinstance(dq["B2"].value, datetime.datetime) and dq["B2"].value.date() == datetime.date(2024, 6, 30), dq["B2"].value
assert dq["B3"].value == "Voorbeeldstad", dq["B3"].value
# KPI: year and indicator in columns of their own
kpi = book["Indicatoren"]
head = [c.value for c in kpi[1]]
assert head[:2] == ["jaar", "indicator"], head
def table_rows(ws):  # the rows of the table: up to the first empty row (the summary lines follow it)
    for r in ws.iter_rows(min_row=2, values_only=True):
        if all(v is None for v in r):
            return
        yield r
years = {r[0] for r in table_rows(kpi)}
assert years and all(isinstance(y, int) and 2020 <= y <= 2025 for y in years), years
assert not any(str(r[1]).startswith("20") for r in table_rows(kpi)), "year in the label"
# caseload: caseworker, step, what the row is — no "Anouk Bakker / Geïsoleerd"
cl = book["Caseload"]
head = [c.value for c in cl[1]]
assert head[:3] == ["klantmanager", "trede", "deel"], head
for r in table_rows(cl):
    assert " / " not in str(r[0]) and " / " not in str(r[2]), r
    assert r[1] is None or isinstance(r[1], int) or "." in str(r[1]), r
steps = [r[1] for r in table_rows(cl) if isinstance(r[1], int)]
assert set(steps) >= {1, 2, 3, 4, 5}, steps
# placement: the step a number of its own
pl = book["Plaatsing"]
assert [c.value for c in pl[1]][:2] == ["trede", "omschrijving"], [c.value for c in pl[1]]
assert [r[0] for r in pl.iter_rows(min_row=2, max_row=6, values_only=True)] == [1, 2, 3, 4, 5]
# findings: measurement dates are dates
fs = book["Bevindingen"]
dates = [r[5] for r in fs.iter_rows(min_row=2, values_only=True) if r[5] is not None]
assert dates and all(isinstance(d, datetime.datetime) for d in dates), dates[:3]
# one percentage convention: every column headed with % holds fractions formatted as %
checked = 0
for ws in book.worksheets:
    heads = [c.value for c in ws[1]]
    for j, h in enumerate(heads):
        if not h or "%" not in str(h):
            continue
        for row in ws.iter_rows(min_row=2, min_col=j + 1, max_col=j + 1):
            c = row[0]
            if isinstance(c.value, (int, float)):
                assert c.number_format.endswith("%") and 0 <= c.value <= 1.0, (ws.title, h, c.coordinate, c.value, c.number_format)
                checked += 1
assert checked > 50, checked
target = [r for r in kpi.iter_rows(min_row=2) if isinstance(r[5].value, (int, float))]
assert target and all(r[5].value in (1, 0.8) and r[5].number_format == "0%" for r in target), [(r[5].value, r[5].number_format) for r in target]
PY

command -v chromium >/dev/null || fail "chromium is not installed (tools/setup.sh installs it)"
flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
  --disable-component-update --disable-sync --user-data-dir="$tmp/profile" --hide-scrollbars)
# A copy of the page with a script that measures every table against its container.
/usr/bin/python3 - "$tmp/report.html" "$tmp/measure.html" <<'PY'
import sys
script = """<script>
var bad=[],n=0;document.querySelectorAll("details").forEach(function(d){d.open=true;});
document.querySelectorAll("table").forEach(function(t){n++;var c=t.parentElement;
 if(t.scrollWidth>c.clientWidth+1||c.scrollWidth>c.clientWidth+1)bad.push((t.closest("section")||{}).id+":"+t.scrollWidth+">"+c.clientWidth);});
document.body.insertAdjacentHTML("beforeend","<pre id=widths>tables "+n+" cut "+bad.length+" "+bad.join(" ")+"</pre>");
</script></body>"""
page = open(sys.argv[1], encoding="utf-8").read()
open(sys.argv[2], "w", encoding="utf-8").write(page.replace("</body>", script))
PY
# 1,280 px, and an A4 page less 12 mm margins (210 mm - 24 mm at 96 dpi: 703 px)
for width in 1280 703; do
  line=$(chromium "${flags[@]}" --window-size=$width,1000 --dump-dom "file://$tmp/measure.html" 2>/dev/null |
    grep -o '<pre id="widths">[^<]*</pre>' || true)
  echo "$width px: $line"
  echo "$line" | grep -q "tables [1-9][0-9]* cut 0 " || fail "a table is cut off at $width px: $line"
done
chromium "${flags[@]}" --no-pdf-header-footer --print-to-pdf="$tmp/report.pdf" "file://$tmp/report.html" >/dev/null 2>&1 || true
[ -s "$tmp/report.pdf" ] && head -c 5 "$tmp/report.pdf" | grep -q "%PDF" || fail "no PDF printed"
bash "$PL_SOURCE_DIR/tools/report_png.sh" "$tmp/report.html" "$tmp/report.png" >/dev/null || fail "the page did not render cleanly"
/usr/bin/python3 -c '
import struct, sys
w, h = struct.unpack(">II", open(sys.argv[1], "rb").read(24)[16:24])
assert w == 1280 and h > 2000, (w, h)  # the whole page, not the top 2000 px only
' "$tmp/report.png" || fail "the PNG is not the whole page"
if [ -n "${PL_KEEP_DIR:-}" ]; then mkdir -p "$PL_KEEP_DIR" && cp "$tmp"/report.{html,xlsx,pdf,png} "$PL_KEEP_DIR/"; fi
echo "report print: ok"
