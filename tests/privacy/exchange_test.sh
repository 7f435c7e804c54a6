#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Issue 21 must show 3, 4 and 5 (docs/privacy.md), through the CLI:
# - keys: `key new` writes 64 hex digits mode 0600 and never overwrites; weak keys (repeats, short
#   alphabets, a password), a key readable by group or others and a directory are refused with
#   exit 2 and a Dutch message (English with --lang en); outputs with pseudonyms are mode 0600;
# - record-level export of a generated 25-client municipality: no staff name, dates by month,
#   every (birth year, postal code) combination shared by >= 5 clients or suppressed, stated on
#   stderr; one key in two municipalities never gives the same pseudonym; the client id is
#   normalised as documented;
# - merge refuses --suppress, a format-1 publication and a publication weaker than the policy;
#   the totals leave out the non-comparable and the too-small municipalities and say so; the CSV
#   carries counts and denominators;
# - conform --data judges what the benchmark uses: a failed BSN eleven-test (PL017) does not make a
#   record invalid; records after the reference date are not invalid; a breakdown per check;
#   sub-steps without a national step are a verdict reason.
set -euo pipefail
: "${PLADDER:?}" "${PL_SOURCE_DIR:?}"
fail() { echo "FAIL: $*" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
P=$PLADDER
REF=2026-01-01
gen() { "$P" generate --clients "$1" --seed "$2" --reference-date $REF --style iso --format csv --out "$3" "${@:4}" 2>/dev/null; }
gen 25 21 "$work/g25.csv"
gen 60 22 "$work/g60.csv"
gen 400 23 "$work/g400.csv"
gen 3 24 "$work/g3.csv"
gen 60 25 "$work/bsn.csv" --plant PL017=20

# ---- keys (must show 4) ---------------------------------------------------------------------------
"$P" key new "$work/key" 2>"$work/keynew.err" || fail "key new"
[ "$(stat -c %a "$work/key")" = 600 ] || fail "key new: mode $(stat -c %a "$work/key"), 600 expected"
grep -Eqx '[0-9a-f]{64}' "$work/key" || fail "key new: 64 hex digits expected"
"$P" key new "$work/key2" 2>/dev/null
cmp -s "$work/key" "$work/key2" && fail "two new keys are the same"
set +e; "$P" key new "$work/key" 2>"$work/again.err"; rc=$?; set -e
[ $rc -eq 2 ] && grep -q 'nooit overschreven' "$work/again.err" || fail "key new over an existing key: exit 2 and a Dutch message (rc $rc)"
echo "ok: key new writes 64 hex digits with mode 600, two keys differ, an existing key is never overwritten"

refused() {  # refused LABEL KEYFILE PATTERN_NL PATTERN_EN
  local rc
  for cmd in "export --benchmark --municipality Kleindorp" "benchmark export --municipality Kleindorp"; do
    set +e
    # shellcheck disable=SC2086
    "$P" $cmd --key "$2" "$work/g25.csv" --out "$work/refused.out" 2>"$work/refused.err"; rc=$?
    set -e
    [ $rc -eq 2 ] || fail "$1 ($cmd): exit 2 expected, got $rc"
    [ ! -e "$work/refused.out" ] || fail "$1: nothing may be written"
    grep -q "$3" "$work/refused.err" || fail "$1 ($cmd): Dutch message expected: $(cat "$work/refused.err")"
  done
  set +e; "$P" export --benchmark --municipality Kleindorp --lang en --key "$2" "$work/g25.csv" >/dev/null 2>"$work/refused.err"; rc=$?; set -e
  [ $rc -eq 2 ] && grep -q "$4" "$work/refused.err" || fail "$1 (--lang en): English message expected: $(cat "$work/refused.err")"
}
printf 'aaaaaaaaaaaaaaaa' > "$work/weak1"
printf '                ' > "$work/weak2"
printf 'Kleindorp2025!!!' > "$work/weak3"
printf 'abcabcabcabcabcabcabcabcabcabcabcabc\n' > "$work/weak4"
printf '0123456789012345678901234567890123\n' > "$work/weak5"
chmod 600 "$work"/weak*
for w in weak1 weak2 weak3 weak4 weak5; do refused "weak key $w" "$work/$w" 'te zwak' 'too weak'; done
echo "ok: weak keys (16 x 'a', 16 spaces, Kleindorp2025!!!, a repetition, digits only) refused by both exports, exit 2, Dutch / English"
cp "$work/key" "$work/open"; chmod 644 "$work/open"
refused "key readable by others" "$work/open" 'leesbaar of schrijfbaar voor groep of anderen' 'readable or writable by group or others'
chmod 640 "$work/open"
refused "key readable by the group" "$work/open" 'groep of anderen' 'group or others'
mkdir "$work/keydir"
refused "a directory as key" "$work/keydir" 'is een map, geen sleutelbestand' 'is a directory, not a key file'
echo "ok: a key readable by group or others (0644, 0640) and a directory are refused, exit 2, Dutch / English"

# ---- record-level export (must show 3) -------------------------------------------------------------
umask 022
"$P" export --benchmark --key "$work/key" --municipality Kleindorp "$work/g25.csv" --out "$work/rec.csv" 2>"$work/rec.err" || fail "record export"
[ "$(stat -c %a "$work/rec.csv")" = 600 ] || fail "record export: mode $(stat -c %a "$work/rec.csv"), 600 expected"
grep -q 'k-anonimiteit' "$work/rec.err" || fail "the k-anonymity is stated: $(cat "$work/rec.err")"
"$P" export --benchmark --key "$work/key" --municipality Grootstad "$work/g25.csv" --out "$work/rec_other.csv" 2>/dev/null
/usr/bin/python3 - "$work/g25.csv" "$work/rec.csv" "$work/rec_other.csv" <<'EOF' || fail "record export checks"
import csv, re, sys
src = list(csv.DictReader(open(sys.argv[1], encoding="utf-8-sig")))
rec = list(csv.DictReader(open(sys.argv[2])))
other = list(csv.DictReader(open(sys.argv[3])))
cols = rec[0].keys()
bad = [c for c in ("caseworker", "department", "team") if c in cols]
assert not bad, "staff columns exported: %s" % bad
text = open(sys.argv[2]).read()
staff = {r[k].strip() for r in src for k in ("caseworker", "department", "team") if r.get(k, "").strip()}
assert staff, "the generated file has staff names (else the check means nothing)"
found = [s for s in staff if re.search(r"(?<![0-9A-Za-z])" + re.escape(s) + r"(?![0-9A-Za-z])", text)]
assert not found, "%d staff names in the export" % len(found)
for r in rec:
    for k in ("measured_on", "next_measurement_due"):
        assert r[k] == "" or re.fullmatch(r"\d{4}-\d{2}", r[k]), "%s not by month: %s" % (k, r[k])
groups = {}
for r in rec:
    groups.setdefault((r["birth_year"], r["postal_code_digits"]), set()).add(r["pseudonym"])
small = {g: len(m) for g, m in groups.items() if len(m) < 5}
assert not small, "groups under k=5: %s" % small
pa, pb = {r["pseudonym"] for r in rec}, {r["pseudonym"] for r in other}
assert len(pa) == len({r["client_id"] for r in src}) and not (pa & pb), "one key, two municipalities: pseudonyms must not collide"
print("ok: 25 clients: no staff column or name, dates by month, %d groups on (birth year, postal code) each >= 5 clients; "
      "the same key in two municipalities: %d and %d pseudonyms, none shared" % (len(groups), len(pa), len(pb)))
EOF
# normalisation: 1014, 01014 and ' 1014 ' are one client; k1014 another
head -1 "$work/g25.csv" > "$work/norm.csv"
row=$(sed -n 2p "$work/g25.csv"); id=${row%%,*}; rest=${row#*,}
for c in 1014 01014 ' 1014 ' K1014 k1014; do printf '%s,%s\n' "$c" "$rest" >> "$work/norm.csv"; done
"$P" export --benchmark --key "$work/key" --municipality Kleindorp --k 2 "$work/norm.csv" --out "$work/norm.out" 2>/dev/null || fail "normalisation export"
n=$(tail -n +2 "$work/norm.out" | cut -d, -f1 | sort -u | wc -l)
[ "$n" = 2 ] || fail "1014, 01014, ' 1014 ' must share a pseudonym and K1014/k1014 another: $n distinct"
echo "ok: client ids normalised: 1014 = 01014 = ' 1014 ', k1014 = K1014 (and not 1014)"

# ---- publications and merge (must show 5) ----------------------------------------------------------
H=$PL_SOURCE_DIR/examples/extensions/heemskerk.json  # the generator's sub-steps are Heemskerk's
pub() { "$P" benchmark export "$1" --municipality "$2" --key "$work/key" --extensions "$H" --reference-date $REF --out "$3" "${@:4}" 2>/dev/null || [ $? -eq 1 ]; }
set +e; "$P" benchmark export "$work/g60.csv" --municipality X --key "$work/key" --suppress 3-4 --out "$work/x.json" 2>"$work/sup.err"; rc=$?; set -e
[ $rc -eq 2 ] && grep -q 'bestaat niet meer' "$work/sup.err" && [ ! -e "$work/x.json" ] || fail "--suppress 3-4 refused (rc $rc)"
pub "$work/g400.csv" Groot "$work/p400.json"
pub "$work/g60.csv" Midden "$work/p60.json"
pub "$work/g3.csv" Klein "$work/p3.json"
# without the extension set: the sub-steps have no national step → not comparable
"$P" benchmark export "$work/bsn.csv" --municipality Streng --key "$work/key" --reference-date $REF --out "$work/pstreng.json" 2>/dev/null || [ $? -eq 1 ]
grep -q '"withheld": *true' "$work/p3.json" || fail "3 clients: withheld"
/usr/bin/python3 -c 'import json,sys; p=json.load(open(sys.argv[1])); assert not p.get("tables") and int(p["clients"])==0 and int(p["records"])==0 and int(p.get("comparability_warnings",0))==0, p' "$work/p3.json" ||
  fail "3 clients: no table and no count may be published"
# a format-1 publication (what pladder wrote before issue 21)
cat > "$work/old.json" <<'EOF'
{"municipality":"Oud","reference_date":"2026-01-01","records":"12","clients":"3","suppress_min":1,"suppress_max":4,"conformance":{"comparable":true},
 "tables":[{"name":"placement","rows":["1"],"columns":["with_gp"],"cells":[{"value":"0","state":"CELL_STATE_PRIMARY"}],
 "row_totals":[{"value":"0","state":"CELL_STATE_PRIMARY"}],"column_totals":[{"value":"0","state":"CELL_STATE_PRIMARY"}],
 "grand_total":{"value":"0","state":"CELL_STATE_PRIMARY"}},
 {"name":"movement_summary","rows":["all"],"columns":["rose"],"cells":[{"value":"0","state":"CELL_STATE_PRIMARY"}],
 "row_totals":[{"value":"0","state":"CELL_STATE_PRIMARY"}],"column_totals":[{"value":"0","state":"CELL_STATE_PRIMARY"}],
 "grand_total":{"value":"0","state":"CELL_STATE_PRIMARY"}}]}
EOF
set +e; "$P" benchmark merge "$work/p400.json" "$work/old.json" >/dev/null 2>"$work/old.err"; rc=$?; set -e
[ $rc -eq 2 ] && grep -q 'formaat 1 (oud' "$work/old.err" || fail "merge refuses format 1 (rc $rc): $(cat "$work/old.err")"
set +e; "$P" benchmark merge --lang en "$work/p400.json" "$work/old.json" >/dev/null 2>"$work/old.err"; rc=$?; set -e
grep -q 'format 1 (old' "$work/old.err" || fail "merge refuses format 1 in English: $(cat "$work/old.err")"
set +e; "$P" benchmark merge --suppress 1-4 "$work/p400.json" >/dev/null 2>&1; rc=$?; set -e
[ $rc -eq 2 ] || fail "merge --suppress refused"
set +e; "$P" benchmark merge --rounding-base 10 "$work/p400.json" "$work/p60.json" >/dev/null 2>"$work/weak.err"; rc=$?; set -e
[ $rc -eq 2 ] && grep -q 'zwakker dan het beleid' "$work/weak.err" || fail "merge refuses a publication weaker than the policy (rc $rc)"
set +e; "$P" benchmark merge --min-clients 100 "$work/p400.json" >/dev/null 2>"$work/weak.err"; rc=$?; set -e
[ $rc -eq 2 ] && grep -q 'minimale omvang' "$work/weak.err" || fail "merge refuses a smaller minimum size than the policy (rc $rc)"
echo "ok: --suppress refused by export and merge; merge refuses format 1 (Dutch, English) and a weaker rounding base or minimum size"
set +e
"$P" benchmark merge "$work/p400.json" "$work/p60.json" "$work/p3.json" "$work/pstreng.json" --format csv --out "$work/merged.csv" 2>/dev/null
"$P" benchmark merge "$work/p400.json" "$work/p60.json" "$work/p3.json" "$work/pstreng.json" --out "$work/merged.txt" 2>/dev/null
"$P" benchmark merge "$work/p400.json" "$work/p60.json" "$work/p3.json" "$work/pstreng.json" --format html --out "$work/merged.html" 2>/dev/null
set -e
/usr/bin/python3 - "$work/merged.csv" "$work/p400.json" "$work/p60.json" <<'EOF' || fail "merged CSV"
import csv, json, sys
rows = {r["municipality"]: r for r in csv.DictReader(open(sys.argv[1]))}
assert set(rows) == {"Groot", "Midden", "Klein", "Streng", "total"}, rows.keys()
t = rows["total"]
assert t["in_total"] == "2", "total over the 2 comparable, large-enough municipalities: %s" % t["in_total"]
assert rows["Klein"]["in_total"] == "no" and rows["Klein"]["withheld"] == "yes"
assert rows["Streng"]["in_total"] == "no" and rows["Streng"]["comparable"] == "no"
for k in ("clients", "step_3", "with_gp", "clients_steps_1_5", "movement_clients", "rose", "target_clients", "target_3+"):
    assert int(t[k]) == int(rows["Groot"][k]) + int(rows["Midden"][k]), k
    assert int(rows["Groot"][k]) % 5 == 0, "protected counts are multiples of 5"
assert round(100 * int(t["step_3"]) / int(t["clients"])) == int(t["pct_step_3"])
print("ok: merged CSV: counts with denominators; the total is over 2 municipalities (not the withheld 3-client one, not the non-comparable one)")
EOF
grep -q '2 niet meegeteld' "$work/merged.txt" || fail "the text says how many are left out"
grep -q 'onbekend (niet gepubliceerd)' "$work/merged.html" || fail "the HTML legend has the unknown grey"
echo "ok: the text comparison says 2 municipalities are left out; the HTML legend has 'unknown'"
# a trend: one municipality at two reference dates, the latest in the total
"$P" benchmark export "$work/g400.csv" --municipality Groot --key "$work/key" --extensions "$H" --reference-date 2025-06-30 --out "$work/p400early.json" 2>/dev/null || [ $? -eq 1 ]
"$P" benchmark merge "$work/p400early.json" "$work/p400.json" "$work/p60.json" --format csv --out "$work/trend.csv" 2>/dev/null
grep -q '^Groot (2025-06-30),2025-06-30,yes,no,no,' "$work/trend.csv" && grep -q '^Groot (2026-01-01),2026-01-01,yes,no,yes,' "$work/trend.csv" ||
  fail "trend: one line per date, the latest in the total: $(cut -d, -f1-5 "$work/trend.csv")"
set +e; "$P" benchmark merge "$work/p400.json" "$work/p400.json" >/dev/null 2>"$work/twice.err"; rc=$?; set -e
[ $rc -eq 2 ] && grep -q 'twee keer' "$work/twice.err" || fail "the same municipality and date twice is refused"
echo "ok: trend: one municipality at two reference dates, a line each, the latest in the total; the same date twice refused"

# ---- conform --data (must show 5) ------------------------------------------------------------------
set +e; "$P" conform --data "$work/bsn.csv" --extensions "$H" --reference-date $REF > "$work/bsn.txt" 2>&1; rc=$?; set -e
[ $rc -eq 0 ] || fail "a failed BSN eleven-test does not make records invalid for the benchmark (rc $rc): $(cat "$work/bsn.txt")"
grep -q 'PL017' "$work/bsn.txt" && grep -q 'die de benchmark niet gebruikt' "$work/bsn.txt" || fail "the breakdown names PL017 as not used"
set +e; "$P" conform --data "$work/g400.csv" --extensions "$H" --reference-date 2025-06-30 > "$work/early.txt" 2>&1; rc=$?; set -e
grep -q 'records na de peildatum' "$work/early.txt" || fail "records after the reference date are counted apart"
[ $rc -eq 0 ] || fail "records after the reference date are not invalid (rc $rc): $(cat "$work/early.txt")"
# a Heemskerk file without its extension set: sub-steps without a national step → not comparable
set +e
"$P" conform --data "$PL_SOURCE_DIR/tests/cli/data/benchmark_personal.csv" > "$work/sub.txt" 2>&1; rc1=$?
"$P" conform --data "$PL_SOURCE_DIR/tests/cli/data/benchmark_personal.csv" --extensions "$PL_SOURCE_DIR/examples/extensions/heemskerk.json" > "$work/sub2.txt" 2>&1
set -e
grep -q 'subtreden zonder landelijke trede' "$work/sub.txt" && [ $rc1 -eq 1 ] || fail "sub-steps without a national step are a verdict reason: $(cat "$work/sub.txt")"
grep -q 'subtreden zonder landelijke trede' "$work/sub2.txt" && fail "with the extension set the sub-steps have their national step"
echo "ok: conform --data: PL017 (BSN) not counted, records after the reference date not invalid, breakdown per check, undefined sub-steps a reason"
