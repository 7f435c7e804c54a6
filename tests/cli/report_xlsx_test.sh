#!/usr/bin/env bash
# The Excel workbook of a report (issue 10, SPEC §10): read back with openpyxl (Debian
# python3-openpyxl, /usr/bin/python3): the expected sheets, numbers as numbers, percentages as
# percentages, the findings sheet with caseworker and team columns and an autofilter, the
# data-quality sheet; the same bytes in every run; a failed write leaves no file.
set -euo pipefail
# grep -q stops reading at the first match; under pipefail the writer's SIGPIPE would fail the pipeline.
grep_q() { grep "$@" >/dev/null; }
: "${PLADDER:?}" "${PL_SOURCE_DIR:?}"
fail() { echo "FAIL: $*" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
data="$PL_SOURCE_DIR/tests/cli/data/report_sample.csv"

set +e
"$PLADDER" report "$data" --reference-date 2024-12-31 --xlsx "$work/nl.xlsx"; rc=$?
set -e
[ $rc -eq 0 ] || fail "two measurements after the reference date are outside the period, not lost: exit 0 expected, got $rc"
"$PLADDER" report "$data" --reference-date 2024-12-31 --xlsx "$work/again.xlsx" || true
cmp -s "$work/nl.xlsx" "$work/again.xlsx" || fail "the workbook differs between two runs"
"$PLADDER" report "$data" --reference-date 2024-12-31 --lang en --xlsx "$work/en.xlsx" || true

/usr/bin/python3 - "$work/nl.xlsx" "$work/en.xlsx" <<'PY' || fail "workbook contents"
import sys
import openpyxl
nl = openpyxl.load_workbook(sys.argv[1])
assert nl.sheetnames == ["Gegevenskwaliteit", "Plaatsing", "Doelen", "Caseload", "Vergelijking", "Beweging",
                         "Indicatoren", "Budget", "Bevindingen"], nl.sheetnames
p = nl["Plaatsing"]
# issue 23: the step is a column of its own (a number: filterable), the label beside it
assert [c.value for c in p[1]] == ["trede", "omschrijving", "klanten", "% van totaal", "zonder gp", "% zonder gp", "met gp", "% met gp"]
rows = {r[1].value: r for r in p.iter_rows(min_row=2) if r[1].value}
two = rows["Sociale contacten buitenshuis"]
assert two[0].value == 2 and isinstance(two[0].value, int), two[0].value          # the step, a number
assert two[2].value == 2 and isinstance(two[2].value, int), two[2].value          # a number, not text
assert abs(two[3].value - 0.25) < 1e-9 and two[3].number_format == "0%", (two[3].value, two[3].number_format)
assert "niet gevuld" in rows and "totaal" in rows, list(rows)
assert not any(k in rows for k in ("not_filled", "grand_total", "total_1_5")), list(rows)
f = nl["Bevindingen"]
head = [c.value for c in f[1]]
assert head[:5] == ["controle", "ernst", "klantnummer", "klantmanager", "team"], head
assert f.auto_filter.ref and f.auto_filter.ref.startswith("A1:K"), f.auto_filter.ref
body = [[c.value for c in r] for r in f.iter_rows(min_row=2)]
assert body, "findings expected"
assert all(r[1] in ("fout", "waarschuwing", "info") for r in body), body
assert any(r[3] == "Jan" and r[4] == "Noord" for r in body), body   # worklists: caseworker and team
q = {r[0].value: r[1].value for r in nl["Gegevenskwaliteit"].iter_rows() if r[0].value}
assert q["records gelezen"] == 15 and q["klanten gelezen"] == 11, q
assert q["niet meegeteld, gemeten na de peildatum (records)"] == 2, q
en = openpyxl.load_workbook(sys.argv[2])
assert en.sheetnames[0] == "Data quality" and en.sheetnames[-1] == "Findings", en.sheetnames
PY

# A failed write says why and leaves nothing behind.
set +e
msg=$("$PLADDER" report "$data" --reference-date 2024-12-31 --xlsx /nonexistent-dir/r.xlsx 2>&1); rc=$?
set -e
[ $rc -eq 2 ] && echo "$msg" | grep_q "/nonexistent-dir/r.xlsx: kan de werkmap niet schrijven: bestand of map bestaat niet" || fail "unwritable: $rc $msg"
msg=$("$PLADDER" report "$data" --reference-date 2024-12-31 --xlsx /nonexistent-dir/r.xlsx --lang en 2>&1) || true
echo "$msg" | grep_q "/nonexistent-dir/r.xlsx: cannot write the workbook: No such file or directory" || fail "unwritable, --lang en: $msg"
if [ "$(id -u)" != 0 ]; then  # root may write anywhere
  mkdir "$work/ro" && chmod 555 "$work/ro"
  set +e
  msg=$("$PLADDER" report "$data" --reference-date 2024-12-31 --xlsx "$work/ro/r.xlsx" 2>&1); rc=$?
  set -e
  [ $rc -eq 2 ] && echo "$msg" | grep_q "geen toegang (rechten)" || fail "read-only directory: $rc $msg"
  [ -z "$(ls -A "$work/ro")" ] || fail "a partial file was left: $(ls -A "$work/ro")"
fi
echo "xlsx: sheets, numbers, percentages, findings filter, data quality, deterministic"
