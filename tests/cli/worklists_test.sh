#!/usr/bin/env bash
# Issue 23, must show 4 (SPEC §8 revised): worklists.
# - `pladder check --current`: each client's current measurement (the latest on or before the
#   reference date) with its history checks; findings on superseded measurements (PL019 on a step 0
#   long since followed by a placement) and on later ones (PL012) are gone, the current ones stay.
# - `--split caseworker --out-dir DIR`: one workbook per caseworker, read back with openpyxl: every
#   finding in exactly one file, in the file of its caseworker, dates as dates; a summary of counts.
#   `--format csv`: Excel CSV files instead.
# - near-duplicate caseworker and team names are named once.
set -euo pipefail
: "${PLADDER:?}"
fail() { echo "FAIL: $*" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
ref=2024-06-30
# client 1: step 0 in 2022 for 8 months (PL019), placed since: a superseded measurement
# client 2: overdue (PL021) on its current measurement, with a later one after the reference date (PL012)
# client 3: two measurements on its current date (PL020)
printf '%s\n' \
  'klantnummer;datum meetmoment;trede;groeipotentieel;klantmanager;team' \
  'K1;2-1-2022;0;;P. van der Berg;Noord' \
  'K1;2-9-2022;2;+;P. van der Berg;Noord' \
  'K1;2-3-2024;3;+;P. v.d. Berg;Noord' \
  'K2;15-1-2023;4;0;Sanne de Vries;noord' \
  'K2;15-9-2024;4;0;Sanne de Vries;noord' \
  'K3;1-5-2024;2;+;Sanne de vries;Zuid' \
  'K3;1-5-2024;2;+;Sanne de vries;Zuid' >"$tmp/caseload.csv"

rc=0
"$PLADDER" check "$tmp/caseload.csv" --reference-date $ref --format json >"$tmp/all.json" || rc=$?
[ $rc -le 1 ] || fail "check exited $rc"
rc=0
"$PLADDER" check "$tmp/caseload.csv" --reference-date $ref --current --format json >"$tmp/current.json" || rc=$?
[ $rc -le 1 ] || fail "check --current exited $rc"
/usr/bin/python3 - "$tmp/all.json" "$tmp/current.json" <<'PY' || fail "--current"
import json, sys
def ids(p):
    return sorted((f["check"], f.get("client_id", ""), f.get("measured_on", "")) for f in json.load(open(p))["findings"] if f["check"] != "input")
every, current = ids(sys.argv[1]), ids(sys.argv[2])
assert ("PL019", "K1", "2022-01-02") in every, every
assert ("PL012", "K2", "2024-09-15") in every, every
assert ("PL020", "K3", "2024-05-01") in every, every
assert ("PL021", "K2", "2023-01-15") in every, every
# superseded and later measurements: gone; the current ones (with their history checks): kept
assert not [f for f in current if f[0] in ("PL019", "PL012")], current
assert ("PL020", "K3", "2024-05-01") in current and ("PL021", "K2", "2023-01-15") in current, current
assert set(current) <= set(every), (current, every)
PY

out=$("$PLADDER" check "$tmp/caseload.csv" --reference-date $ref --current --split caseworker --out-dir "$tmp/lists") || [ $? -eq 1 ] ||
  fail "--split exited with a usage error"
echo "$out" | grep -q "samenvatting: 2 werklijsten" || fail "split summary: $out"
[ "$(echo "$out" | grep -c "waarschijnlijk één klantmanager")" -eq 2 ] || fail "caseworker variants named once each: $out"
[ "$(echo "$out" | grep -c "waarschijnlijk één team")" -eq 1 ] || fail "team variants named once: $out"
echo "$out" | grep -q "'P. v.d. Berg' en 'P. van der Berg'" || fail "the v.d. variant: $out"
echo "$out" | grep -q "'Noord' en 'noord'" || fail "the team variant: $out"
"$PLADDER" check "$tmp/caseload.csv" --reference-date $ref --current --format json >"$tmp/current.json" || true
/usr/bin/python3 - "$tmp/lists" "$tmp/current.json" <<'PY' || fail "split workbooks"
import datetime, json, os, sys
import openpyxl
folder, current = sys.argv[1], json.load(open(sys.argv[2]))["findings"]
files = sorted(os.listdir(folder))
assert all(f.startswith("werklijst-") and f.endswith(".xlsx") for f in files), files
rows = []
for name in files:
    ws = openpyxl.load_workbook(os.path.join(folder, name)).worksheets[0]
    head = [c.value for c in ws[1]]
    assert head[:6] == ["controle", "ernst", "klantnummer", "klantmanager", "team", "meetdatum"], head
    assert ws.auto_filter.ref, name  # filterable
    for r in ws.iter_rows(min_row=2, values_only=True):
        cw = r[3] or ""
        expected = "werklijst-" + ("".join(c if c.isalnum() or c in "-_." else "_" for c in cw) if cw else "niet-ingevuld") + ".xlsx"
        assert name == expected, (name, r)
        if r[5] is not None:
            assert isinstance(r[5], datetime.datetime), r  # a date, not text
        rows.append((r[0], r[2] or "", r[5].date().isoformat() if r[5] else ""))
want = sorted((f["check"], f.get("client_id", ""), f.get("measured_on", "")) for f in current)
assert sorted(rows) == want, (sorted(rows), want)
assert {"werklijst-Sanne_de_Vries.xlsx", "werklijst-Sanne_de_vries.xlsx"} == set(files), files
PY

# Excel CSV
"$PLADDER" check "$tmp/caseload.csv" --reference-date $ref --split team --format csv --out-dir "$tmp/csv" >/dev/null || true
ls "$tmp/csv" | grep -qx "werklijst-Noord.csv" || fail "csv split: $(ls "$tmp/csv")"
head -1 "$tmp/csv/werklijst-Zuid.csv" | grep -q "controle;ernst;klantnummer" || fail "Excel CSV header: $(head -1 "$tmp/csv/werklijst-Zuid.csv")"
# --split without --out-dir is a usage error
rc=0
"$PLADDER" check "$tmp/caseload.csv" --split team >/dev/null 2>&1 || rc=$?
[ $rc -eq 2 ] || fail "--split without --out-dir exited $rc"
echo "worklists: ok"
