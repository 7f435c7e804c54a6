#!/usr/bin/env bash
# The HTML report (SPEC §10, docs/reports.md): `pladder report --html` writes one self-contained
# page; headless Chromium renders it to a PNG (tools/report_png.sh) without a page error and not
# blank. The detector itself is checked on a page with a script error and on a blank page.
set -euo pipefail
: "${PLADDER:?}" "${PL_SOURCE_DIR:?}"
fail() { echo "FAIL: $*" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
png_tool="$PL_SOURCE_DIR/tools/report_png.sh"

# The sample has two measurements after the reference date: the report is written, they are
# outside the period (exit 0, SPEC §8 revised), and the page counts them in its data-quality block.
set +e
"$PLADDER" report "$PL_SOURCE_DIR/tests/cli/data/report_sample.csv" --reference-date 2024-12-31 \
  --from 2024-01-31 --extensions "$PL_SOURCE_DIR/examples/extensions/heemskerk.json" --html "$work/report.html"
rc=$?
set -e
[ $rc -eq 0 ] || fail "records after the reference date are not a failure: exit 0 expected, got $rc"
[ -s "$work/report.html" ] || fail "no HTML written"
# self-contained: no script, nothing fetched from elsewhere
grep -Eiq '<script|(src|href)[[:space:]]*=|url\(|@import|https?:' "$work/report.html" && fail "HTML refers to an external resource or script"
grep -q '<html lang="nl">' "$work/report.html" || fail "Dutch by default"
[ "$(grep -o '<svg' "$work/report.html" | wc -l)" = 4 ] || fail "four charts expected"

bash "$png_tool" "$work/report.html" "$work/report.png" || fail "report did not render cleanly (rc $?)"
grep -q '<section id="data-quality" class="incomplete"><h2>Gegevenskwaliteit</h2>' "$work/report.html" || fail "data-quality block"
grep -q 'gemeten na de peildatum: 2 records' "$work/report.html" || fail "data-quality block says what is left out and why"
# ...and it is visible in the rendered page: its orange border (#dd6b20) lies in the top of the
# screenshot, above every chart (which use that colour much lower, if at all).
/usr/bin/python3 "$PL_SOURCE_DIR/tools/png_check.py" "$work/report.png" --colour dd6b20 --top 320 --min 300 ||
  fail "the data-quality block is not visible at the top of the rendered page"
# A complete data set shows the block with a green border.
"$PLADDER" report "$PL_SOURCE_DIR/tests/data/exports/gemeente_export_cp1252.csv" --reference-date 2025-06-30 --html "$work/complete.html"
bash "$png_tool" "$work/complete.html" "$work/complete.png" >/dev/null || fail "complete report did not render"
/usr/bin/python3 "$PL_SOURCE_DIR/tools/png_check.py" "$work/complete.png" --colour 2f855a --top 320 --min 300 ||
  fail "the complete data-quality block is not visible"
/usr/bin/python3 "$PL_SOURCE_DIR/tools/png_check.py" "$work/complete.png" --colour dd6b20 --top 320 --min 1 &&
  fail "the colour check cannot tell complete from incomplete"

# English
"$PLADDER" report "$PL_SOURCE_DIR/tests/cli/data/report_sample.csv" --reference-date 2024-12-31 --lang en --html "$work/en.html" || [ $? -eq 1 ]
grep -q '<html lang="en">' "$work/en.html" || fail "--lang en"

# The detector must catch what it claims to catch.
printf '<!DOCTYPE html><html><body><h1>Rapport</h1><p>tekst</p><script>throw new Error("kapot")</script></body></html>' > "$work/error.html"
set +e
bash "$png_tool" "$work/error.html" "$work/error.png" 2>/dev/null; rc=$?
[ $rc -eq 1 ] || fail "a page error must fail the render check (rc $rc)"
printf '<!DOCTYPE html><html><body></body></html>' > "$work/blank.html"
bash "$png_tool" "$work/blank.html" "$work/blank.png" >/dev/null 2>&1; rc=$?
[ $rc -eq 1 ] || fail "a blank page must fail the render check (rc $rc)"
set -e
echo ok
