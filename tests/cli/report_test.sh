#!/usr/bin/env bash
# pladder report (SPEC §9-§10, docs/reports.md): placement and target CSV in exactly the issue's
# column/row layout, text/JSON output, --lang, --extensions roll-up, movement, usage errors.
set -euo pipefail
# grep -q stops reading at the first match; under pipefail the writer's SIGPIPE would fail the pipeline.
grep_q() { grep "$@" >/dev/null; }
: "${PLADDER:?}" "${PL_SOURCE_DIR:?}"
fail() { echo "FAIL: $*" >&2; exit 1; }
tmp_out=$(mktemp); tmp_err=$(mktemp); tmp_dir=$(mktemp -d)
trap 'rm -rf "$tmp_out" "$tmp_err" "$tmp_dir"' EXIT
data="$PL_SOURCE_DIR/tests/cli/data/report_sample.csv"
ext="$PL_SOURCE_DIR/examples/extensions/heemskerk.json"
# run ARGS: the report; exit 1 is expected for this sample (two measurements after the reference
# date are not counted, the data-quality block says so), anything else fails.
run() { local rc=0; "$PLADDER" report "$data" --reference-date 2024-12-31 "$@" || rc=$?; [ $rc -le 1 ] || return $rc; }

# Placement CSV: the issue's columns and rows, exactly (same records as the first case of
# tests/vectors/reports.json: as-of, 0/9/empty, growth from the target step, half-up rounding).
expected='step,clients,pct_of_total,without_gp,pct_without_gp,with_gp,pct_with_gp
1,0,0,0,,0,
2,2,25,1,50,1,50
3,1,13,1,100,0,0
4,3,38,1,33,1,33
5,0,0,0,,0,
6,1,13,,,,
not_filled,1,13,,,,
total_1_5,6,75,3,50,2,33
grand_total,8,100,,,,'
got=$(run --table placement --format csv --csv rfc4180)
[ "$got" = "$expected" ] || fail "placement CSV:
$got"

# Target CSV: columns target,clients,pct, the horizon split (SPEC §5 revised), and the twelve rows in order.
got=$(run --table target --format csv --csv rfc4180)
[ "$(echo "$got" | sed -n 1p)" = "target,clients,pct,one_year,pct_one_year,longer,pct_longer" ] || fail "target header: $(echo "$got" | sed -n 1p)"
keys=$(echo "$got" | tail -n +2 | cut -d, -f1 | tr '\n' ' ')
[ "$keys" = "1- 1+ 2- 2+ 3- 3+ 4- 4+ 5- 5+ 6 not_filled " ] || fail "target rows: $keys"
# population = clients on steps 1-5 (6): g step 4 target 5 unsigned = 5-, h target 4 = 4-, 1 of 6 = 17 %
echo "$got" | grep_q -x '5-,1,17,1,17,0,0' || fail "target 5-: $got"
echo "$got" | grep_q -x '4-,1,17,1,17,0,0' || fail "target 4-: $got"
echo "$got" | grep_q -x 'not_filled,4,67,,,,' || fail "target not filled (a, c, i, j): $got"

# Text in Dutch (default) and English: labels change, numbers do not.
run --table placement | grep_q -E '^2 +Sociale contacten buitenshuis +2 +25 +1 +50 +1 +50$' || fail "text row 2: $(run --table placement)"
run --table placement | grep_q -x 'uitgestroomd (9): 1' || fail "text summary, labelled"
run --table placement --lang en | grep_q -x 'left (9): 1' || fail "English summary, labelled"
run --table placement | grep_q 'totaal trede 1-5' || fail "Dutch labels"
run --table placement --lang en | grep_q 'total steps 1-5' || fail "English labels"

# JSON: the participatieladder.v1.ReportResponse (the same document pl_report_file_json gives):
# columns with keys and nl/en labels, rows of cells (number, text or empty), the summary.
table_rows='
def cell(c):
    return c.get("number", c.get("text"))
def table(response):
    t = response["table"]
    keys = [c["key"] for c in t["columns"]]
    rows = [dict(zip(keys, (cell(c) for c in r["cells"]))) for r in t["rows"]]
    return t, rows, {s["key"]: cell(s["value"]) for s in t["summary"]}
'
run --table placement --format json | /usr/bin/python3 -c "$table_rows"'
import json, sys
r = json.loads(sys.stdin.read())
t, rows, summary = table(r)
assert t["name"] == "placement" and t["columns"][0]["key"] == "step", t["columns"]
assert t["columns"][2]["label"] == {"nl": "% van totaal", "en": "% of total"}, t["columns"][2]
rows = {x["step"]: x for x in rows}
assert rows["4"]["clients"] == 3 and rows["4"]["pct_of_total"] == 38, rows["4"]
assert rows["6"]["without_gp"] is None
assert summary["left"] == 1 and summary["intake"] == 1, summary
assert r["records"] > 0 and r["reference_date"] == "2024-12-31" and not r["reference_date_from_data"], r
' || fail "JSON placement"

# Extensions: the Heemskerk sub-steps are shown under step 2 and roll up to it.
got=$(run --table placement --format csv --csv rfc4180 --extensions "$ext")
echo "$got" | grep_q -x '2,2,25,1,50,1,50' || fail "base row 2 changed with extensions: $got"
echo "$got" | grep_q -x '2.4,1,13,0,0,1,100' || fail "c on 2.2,2.4 counts on the highest (2.4): $got"
echo "$got" | grep_q -x '2.1,1,13,1,100,0,0' || fail "j on 2.1: $got"
[ "$(echo "$got" | grep -c '^2\.')" = 7 ] || fail "six Heemskerk sub-steps + 2.none expected: $got"

# Movement between two dates: b left (9), c re-entered (new inflow).
run --table movement --from 2024-01-31 --to 2024-12-31 --format json | /usr/bin/python3 -c "$table_rows"'
import json, sys
t, rows, s = table(json.loads(sys.stdin.read()))
assert s["left"] == 1, s
rows = {r["from"]: r for r in rows}
assert rows["2"]["left"] == 1, rows["2"]
' || fail "movement"

# Every table runs, grouped by caseworker and team.
for t in caseload comparison; do run --table "$t" --by team >/dev/null || fail "--table $t --by team"; done
for t in kpi budget; do run --table "$t" >/dev/null || fail "--table $t"; done
# The team's second measurement (SPEC §10 revised): movement per caseworker, with the transitions and
# the characteristics of each caseload at both moments, in a Dutch export's own columns.
printf '%s\r\n' 'Klantnummer;Datum meetmoment;Trede;Groeipotentieel;Klantmanager;Inburgeringsplichtig;Laaggeletterd;Startkwalificatie;Uitstroomreden' \
  'a;1-6-2024;2;+;KM1;ja;ja;nee;' 'a;1-6-2025;3;+;KM1;ja;nee;nee;' 'b;1-6-2024;3;0;KM1;nee;ja;ja;' 'b;1-6-2025;9;;KM1;;;;werk' \
  'c;1-3-2025;1;+;KM1;ja;ja;nee;' 'd;1-6-2024;4;+;KM2;nee;nee;ja;' 'd;1-6-2025;3;+;KM2;nee;nee;ja;' \
  'e;1-3-2024;9;;KM2;;;;verhuisd' 'e;1-9-2025;2;+;KM2;ja;nee;nee;' > "$tmp_dir/team.csv"
"$PLADDER" report "$tmp_dir/team.csv" --table movement --by caseworker --from 2024-12-31 --to 2025-12-31 \
  --reference-date 2025-12-31 --format json --lang en | /usr/bin/python3 -c '
import json, sys
r = json.load(sys.stdin)["table"]
cols = [c["key"] for c in r["columns"]]
assert cols[0] == "caseworker" and "to_pct_low_literacy" in cols and "reentry" in cols, cols
rows = {row["cells"][0]["text"]: dict(zip(cols, row["cells"])) for row in r["rows"]}
assert sorted(rows) == ["KM1", "KM2", "total"], sorted(rows)
n = lambda row, k: row[k].get("number")
km1, km2 = rows["KM1"], rows["KM2"]
assert (n(km1, "new_inflow"), n(km1, "left_work"), n(km1, "rose")) == (1, 1, 1), km1
assert (n(km1, "from_pct_integration_obligation"), n(km1, "to_pct_integration_obligation")) == (50, 100), km1
assert (n(km1, "from_pct_low_literacy"), n(km1, "to_pct_low_literacy")) == (100, 50), km1
assert (n(km2, "reentry"), n(km2, "fell")) == (1, 1), km2
' || fail "movement --by caseworker"
"$PLADDER" report "$tmp_dir/team.csv" --table movement --by team --from 2024-12-31 --to 2025-12-31 --reference-date 2025-12-31 \
  | grep_q "terugstroom" || fail "movement --by team: Dutch labels"
# SPEC §9 comparability: Heemskerk declares 2.4 → 4, 2.6 → 5; a client on 2.4 gets the note, in Dutch.
printf '%s\r\n' 'Klantnummer;Datum meetmoment;Trede;Subtrede;Groeipotentieel;Klantmanager' 'a;1-3-2024;2;2.4;0;KM1' \
  'b;1-3-2024;2;2.1;0;KM1' > "$tmp_dir/heemskerk.csv"
"$PLADDER" report "$tmp_dir/heemskerk.csv" --table placement --extensions "$PL_SOURCE_DIR/examples/extensions/heemskerk.json" \
  --reference-date 2024-12-31 | grep_q "Niet vergelijkbaar met andere gemeenten: 2.4 Vrijwilligerswerk maximaal haalbaar (1 klanten) ligt volgens de landelijke afbakening op trede 4" \
  || fail "comparability note: $("$PLADDER" report "$tmp_dir/heemskerk.csv" --table placement --extensions "$PL_SOURCE_DIR/examples/extensions/heemskerk.json" --reference-date 2024-12-31 2>&1)"
# SPEC §10 budget as configuration: costs per client-year give totals; a bad rule is named.
cat > "$tmp_dir/budget.json" <<'JSON'
{"name": "Voorbeeldgemeente", "rules": [
  {"steps": [1, 2, 3, 4], "income_situation": "c", "income_part": "no", "participation_budget": "yes", "cost_participation_budget": 2500},
  {"steps": [1, 2, 3, 4], "income_part": "yes", "participation_budget": "yes", "cost_income_part": 16000, "cost_participation_budget": 2500},
  {"steps": [5], "income_part": "partly", "share": 40, "participation_budget": "yes", "cost_income_part": 16000},
  {"steps": [6], "income_part": "no", "participation_budget": "no"}]}
JSON
printf '%s\r\n' 'Klantnummer;Datum meetmoment;Trede;Inkomenssituatie;Klantmanager' 'a;1-2-2024;2;a;KM1' 'b;1-2-2024;2;c;KM1' \
  'd;1-2-2024;5;b;KM1' > "$tmp_dir/budget.csv"
out=$("$PLADDER" report "$tmp_dir/budget.csv" --table budget --budget "$tmp_dir/budget.json" --reference-date 2024-12-31)
echo "$out" | grep_q "kosten inkomensdeel per jaar (€): 22400" || fail "budget totals: $out"
echo "$out" | grep_q "budgetverdeling: Voorbeeldgemeente" || fail "budget name: $out"
echo '{"rules": [{"steps": [9], "income_part": "yes"}]}' > "$tmp_dir/bad_budget.json"
set +e
msg=$("$PLADDER" report "$tmp_dir/budget.csv" --table budget --budget "$tmp_dir/bad_budget.json" 2>&1); rc=$?
set -e
[ $rc -eq 2 ] || fail "bad budget file must exit 2, got $rc: $msg"
echo "$msg" | grep_q "bad_budget.json.rules\[0\].steps: 9 is not a ladder step" || fail "bad budget message: $msg"
# A grouping a table does not have is refused with the reason, never silently ignored.
set +e
msg=$(run --table placement --by team 2>&1); rc=$?
set -e
[ $rc -eq 2 ] || fail "--by for the placement table must exit 2, got $rc"
echo "$msg" | grep_q -- "--by: the placement table is not grouped" || fail "--by refusal names the reason: $msg"
# The KPI table takes years, as its help says; other tables refuse a bare year.
run --table kpi --from 2024 --to 2024 --format csv --csv rfc4180 >/dev/null || fail "--table kpi --from 2024"
set +e
msg=$(run --table movement --from 2024 2>&1); rc=$?
set -e
[ $rc -eq 2 ] && echo "$msg" | grep_q "alleen de kpi-tabel neemt jaren" || fail "movement --from 2024: $rc $msg"
run --table caseload --format csv --csv rfc4180 | grep_q '^Jan,all,' || fail "caseload per caseworker"

# Nothing lost silently: the data-quality block counts the measurements after the reference date;
# they are outside the period, not lost (SPEC §8 "Checks inside a report", revised): exit 0 and
# nothing on stderr (tests/cli/report_exit_status_test.sh has the cases that do exit 1).
set +e
"$PLADDER" report "$data" --reference-date 2024-12-31 --table placement >"$tmp_out" 2>"$tmp_err"; rc=$?
set -e
[ $rc -eq 0 ] || fail "records after the reference date are not a failure: exit 0 expected, got $rc"
grep -q '^gegevenskwaliteit$' "$tmp_out" || fail "data-quality block: $(cat "$tmp_out")"
grep -q 'gemeten na de peildatum: 2 records, 1 klanten geheel' "$tmp_out" || fail "left out after the reference date (a's 2025 and k): $(cat "$tmp_out")"
[ -s "$tmp_err" ] && fail "nothing is lost, yet stderr says: $(cat "$tmp_err")"
# The Dutch Excel CSV: ';', BOM, CRLF, labels, and the same block below the table.
"$PLADDER" report "$data" --reference-date 2024-12-31 --table placement --format csv >"$tmp_out" 2>/dev/null || true
head -c 3 "$tmp_out" | od -An -tx1 | grep_q "ef bb bf" || fail "Dutch CSV BOM"
grep -q $'^2  Sociale contacten buitenshuis;2;25;1;50;1;50\r$' "$tmp_out" || fail "Dutch CSV row 2: $(cat "$tmp_out")"
grep -q $'^niet gevuld;1;13;;;;\r$' "$tmp_out" || fail "Dutch CSV: labels, not keys: $(cat "$tmp_out")"
grep -q $'^gegevenskwaliteit\r$' "$tmp_out" || fail "Dutch CSV data-quality block"

# Usage errors exit 2 with a message naming the problem.
set +e
msg=$(run --table bogus 2>&1); [ $? -eq 2 ] || fail "unknown table must exit 2"
# Without --reference-date: the latest measured_on, as for pladder check (never the clock), and said so.
msg=$("$PLADDER" report "$data" --table placement --format json 2>/dev/null); [ $? -le 1 ] || fail "report without --reference-date"
echo "$msg" | grep_q '"reference_date_from_data":true' || fail "default reference date said: $msg"
msg=$(run --table placement --extensions /nonexistent.json 2>&1); [ $? -eq 2 ] || fail "missing extension file must exit 2"
echo "$msg" | grep_q '/nonexistent.json' || fail "error names the extension file: $msg"
msg=$(run --table movement --from 2024-12-01 --to 2024-06-01 2>&1); [ $? -eq 2 ] || fail "bad period must exit 2"
echo "$msg" | grep_q -- '--from' || fail "bad period message: $msg"
set -e
echo ok
