#!/usr/bin/env bash
# Benchmark exchange (SPEC §9, §11, §12; issue 12 part B), through the CLI:
# - must show 2 (privacy): no client id, BSN, name, address, full postal code, full birth date,
#   city, free or local field of the input in the record-level export or the aggregated
#   publication (JSON and CSV) — for the example data and two municipal-style files; the same
#   client and key give the same pseudonym, another key another; no key → error (issue 21's key,
#   k-anonymity and merge policy checks: tests/privacy/);
# - SRG (§12) only on request, converted placements marked determination = conversion;
# - conform --data: verdict and exit code, text/json/html;
# - must show 4: two municipalities generated with different seeds, one with the Heemskerk
#   sub-steps (national steps), plus one non-comparable export, merged; the HTML rendered in headless
#   Chromium without page error and not blank (tools/report_png.sh). PL_KEEP_DIR keeps the files.
set -euo pipefail
: "${PLADDER:?}" "${PL_SOURCE_DIR:?}"
fail() { echo "FAIL: $*" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
S=$PL_SOURCE_DIR
heemskerk=$S/examples/extensions/heemskerk.json
printf 'gemeente-geheim-voor-de-test-1\n' > "$work/k1"; chmod 600 "$work/k1"
printf 'gemeente-geheim-voor-de-test-2\n' > "$work/k2"; chmod 600 "$work/k2"

# ---- no key, no export --------------------------------------------------------------------
set +e
"$PLADDER" export --benchmark --municipality Testdorp "$S/examples/data/synthetic_caseload.csv" >"$work/nokey.out" 2>"$work/nokey.err"; rc=$?
set -e
[ $rc -eq 2 ] || fail "no key: exit 2 expected, got $rc"
[ ! -s "$work/nokey.out" ] || fail "no key: nothing may be written"
grep -q 'geen sleutel: geef --key' "$work/nokey.err" || fail "no key: the message says so"
printf 'kort\n' > "$work/weak"; chmod 600 "$work/weak"
set +e; "$PLADDER" export --benchmark --municipality Testdorp --key "$work/weak" "$S/examples/data/synthetic_caseload.csv" >/dev/null 2>"$work/weak.err"; rc=$?; set -e
[ $rc -eq 2 ] && grep -q 'minstens 16' "$work/weak.err" || fail "a weak key is refused (rc $rc)"
set +e; "$PLADDER" export --benchmark --municipality Testdorp --key "$work/missing" "$S/examples/data/synthetic_caseload.csv" >/dev/null 2>&1; rc=$?; set -e
[ $rc -eq 2 ] || fail "a missing key file is an error"
echo "ok: no key, a weak key or a missing key file → exit 2, nothing written"

# ---- privacy over three inputs --------------------------------------------------------------
n=0
for input in "$S/examples/data/synthetic_caseload.csv" "$S/tests/data/exports/gemeente_export_iso_twin.csv" "$S/tests/cli/data/benchmark_personal.csv"; do
  n=$((n + 1))
  "$PLADDER" export --benchmark --key "$work/k1" --municipality "Gemeente $n" --extensions "$heemskerk" "$input" --out "$work/rec$n.csv" 2>"$work/rec$n.err" ||
    fail "record export of $input"
  grep -q 'k-anonimiteit' "$work/rec$n.err" || fail "the k-anonymity is stated"
  set +e
  "$PLADDER" benchmark export --key "$work/k1" --municipality "Gemeente $n" --extensions "$heemskerk" "$input" --out "$work/pub$n.json" 2>/dev/null; rc=$?
  "$PLADDER" benchmark export --key "$work/k1" --municipality "Gemeente $n" --extensions "$heemskerk" "$input" --format csv --out "$work/pub$n.csv" 2>/dev/null
  "$PLADDER" benchmark export --key "$work/k1" --municipality "Gemeente $n" --extensions "$heemskerk" "$input" --format binary --out "$work/pub$n.bin" 2>/dev/null
  set -e
  [ $rc -le 1 ] || fail "publication of $input (rc $rc)"
  /usr/bin/python3 "$S/tests/cli/benchmark_privacy_test.py" "$input" "$work/rec$n.csv" "$work/pub$n.json" "$work/pub$n.csv" "$work/pub$n.bin" ||
    fail "personal data in an export of $input"
done
# the header is exactly: pseudonym, birth year, postal digits, fields 10-23 without staff names, determination
head -1 "$work/rec3.csv" | grep -qx 'pseudonym,birth_year,postal_code_digits,measured_on,next_measurement_due,step,growth_potential,income_situation,start_qualification,integration_obligation,integration_need,low_literacy,work_obligation_exemption,integration_exemption,instrument_in_use,instrument_deployed,determination' ||
  fail "record export columns: $(head -1 "$work/rec3.csv")"
# two clients: birth year and postal code suppressed (k = 5; tests/privacy/ checks the 25-client case)
sed -n 2p "$work/rec3.csv" | grep -q '^[0-9a-f]*,,,2025-01,' || fail "k-anonymity suppresses the two clients' birth year and postal code"
# Heemskerk 2.4 (volunteer work) is exported on national step 4, marked conversion
sed -n 2p "$work/rec3.csv" | grep -q ',4,+,a,.*,conversion$' || fail "sub-step 2.4 → national step 4, conversion: $(sed -n 2p "$work/rec3.csv")"
echo "ok: sub-step 2.4 exported on national step 4 with determination = conversion (SPEC §9)"

# ---- pseudonyms: same client + key → same; other key → other ---------------------------------
p1=$(sed -n 2p "$work/rec3.csv" | cut -d, -f1); p3=$(sed -n 4p "$work/rec3.csv" | cut -d, -f1); p2=$(sed -n 3p "$work/rec3.csv" | cut -d, -f1)
[ "$p1" = "$p3" ] || fail "two measurements of one client get one pseudonym"
[ "$p1" != "$p2" ] || fail "two clients get two pseudonyms"
[[ "$p1" =~ ^[0-9a-f]{64}$ ]] || fail "pseudonym is 64 hex digits: $p1"
# the pseudonym is HMAC-SHA-256(key, "pladder/pseudonym/2" US municipality US client id), both
# normalised (docs/privacy.md): an independent implementation agrees
want=$(/usr/bin/python3 -c 'import hmac,hashlib,sys; print(hmac.new(b"gemeente-geheim-voor-de-test-1", b"pladder/pseudonym/2\x1fgemeente 3\x1fpriv-0001", hashlib.sha256).hexdigest())')
[ "$p1" = "$want" ] || fail "pseudonym is not HMAC-SHA-256 of the municipality and client id under the key"
"$PLADDER" export --benchmark --key "$work/k1" --municipality "Gemeente 3" --extensions "$heemskerk" "$S/tests/cli/data/benchmark_personal.csv" --out "$work/again.csv" 2>/dev/null
cmp -s "$work/rec3.csv" "$work/again.csv" || fail "same input and key: same export"
"$PLADDER" export --benchmark --key "$work/k2" --municipality "Gemeente 3" --extensions "$heemskerk" "$S/tests/cli/data/benchmark_personal.csv" --out "$work/other.csv" 2>/dev/null
q1=$(sed -n 2p "$work/other.csv" | cut -d, -f1)
[ "$q1" != "$p1" ] || fail "another key must give another pseudonym"
[ "$(cut -d, -f2- "$work/other.csv")" = "$(cut -d, -f2- "$work/rec3.csv")" ] || fail "another key changes only the pseudonym"
echo "ok: same client + key → same pseudonym (= HMAC-SHA-256, checked with Python's hmac); another key → another"

# ---- a key readable by others: refused (issue 21) ------------------------------------------
chmod 644 "$work/k1"
set +e; "$PLADDER" export --benchmark --municipality T --key "$work/k1" "$S/tests/cli/data/benchmark_personal.csv" --out "$work/warn.csv" 2>"$work/warn.err"; rc=$?; set -e
[ $rc -eq 2 ] && grep -q 'leesbaar of schrijfbaar voor groep of anderen' "$work/warn.err" || fail "readable key: refused (rc $rc)"
[ ! -e "$work/warn.csv" ] || fail "readable key: nothing written"
chmod 600 "$work/k1"
echo "ok: a key file readable by group/others is refused"

# ---- SRG only on request ---------------------------------------------------------------------
printf 'trede;srg\n2;SRG-A\n3;SRG-B\n4;SRG-C\n' > "$work/srg.csv"
grep -q srg_position "$work/rec3.csv" && fail "no SRG column without --srg"
"$PLADDER" export --benchmark --municipality T --key "$work/k1" --srg "$work/srg.csv" "$S/tests/cli/data/benchmark_personal.csv" --out "$work/srg_out.csv" 2>"$work/srg.err"
head -1 "$work/srg_out.csv" | grep -q ',determination,srg_position$' || fail "SRG column"
[ "$(tail -n +2 "$work/srg_out.csv" | grep -c ',conversion,SRG-')" = 3 ] || fail "every mapped placement is marked conversion"
printf '2;A\n2;B\n' > "$work/srg_bad.csv"
set +e; "$PLADDER" export --benchmark --municipality T --key "$work/k1" --srg "$work/srg_bad.csv" "$S/tests/cli/data/benchmark_personal.csv" >/dev/null 2>"$work/srg_bad.err"; rc=$?; set -e
[ $rc -eq 2 ] && grep -q 'line 2: step 2 is mapped twice' "$work/srg_bad.err" || fail "bad SRG mapping names the line"
echo "ok: SRG position only with --srg, converted placements marked determination = conversion"

# ---- conform --data ---------------------------------------------------------------------------
"$PLADDER" conform --data "$S/examples/data/synthetic_caseload.csv" --extensions "$heemskerk" > "$work/conf.txt" || fail "example data is comparable"
grep -q '^oordeel: vergelijkbaar' "$work/conf.txt" || fail "verdict line"
grep -q 'subtrede 2.4 .* ligt volgens de landelijke afbakening op trede 4' "$work/conf.txt" || fail "comparability warning 2.4"
"$PLADDER" conform --data "$S/examples/data/synthetic_caseload.csv" --extensions "$heemskerk" --format json --lang en > "$work/conf.json"
/usr/bin/python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["comparable"] and int(d["records"])==4479 and any(f["key"]=="step" for f in d["filled"]), d' "$work/conf.json" ||
  fail "conformance JSON"
set +e; "$PLADDER" conform --data "$S/tests/cli/data/benchmark_not_comparable.csv" --format html --out "$work/conf_bad.html"; rc=$?; set -e
[ $rc -eq 1 ] || fail "an export with empty steps and values outside the code lists is not comparable (rc $rc)"
for reason in '50% geldige records, minder dan 90%' 'verplicht veld trede (step) is in 70% gevuld' '30% van de records heeft een waarde buiten de codelijst'; do
  grep -q "$reason" "$work/conf_bad.html" || fail "reason missing: $reason"
done
grep -q 'Niet vergelijkbaar' "$work/conf_bad.html" || fail "HTML verdict"
echo "ok: conform --data: verdicts, comparability warnings, text/json/html"

# ---- must show 4: two generated municipalities (different seeds, one with Heemskerk) + merge --
"$PLADDER" generate --clients 600 --seed 11 --reference-date 2026-01-01 --out "$work/alpha.csv" 2>/dev/null
"$PLADDER" generate --clients 400 --seed 29 --reference-date 2026-01-01 --out "$work/beta.csv" 2>/dev/null
cmp -s "$work/alpha.csv" "$work/beta.csv" && fail "different seeds must give different caseloads"
"$PLADDER" benchmark export --key "$work/k1" --municipality Heemskerk --extensions "$heemskerk" --reference-date 2026-01-01 "$work/alpha.csv" --out "$work/alpha.json"
"$PLADDER" benchmark export --key "$work/k1" --municipality Beverwijk --extensions "$heemskerk" --reference-date 2026-01-01 "$work/beta.csv" --format binary --out "$work/beta.bin"
set +e
"$PLADDER" benchmark export --key "$work/k1" --municipality Uitgeest --reference-date 2026-01-01 "$S/tests/cli/data/benchmark_not_comparable.csv" --out "$work/gamma.json" 2>/dev/null
rc=$?
set -e
[ $rc -eq 1 ] || fail "non-comparable publication: exit 1 (rc $rc)"
/usr/bin/python3 - "$work/alpha.json" <<'PY' || fail "Heemskerk publication"
import json, sys
p = json.load(open(sys.argv[1]))
assert p["municipality"] == "Heemskerk" and p["referenceDate" if "referenceDate" in p else "reference_date"] == "2026-01-01"
conv = int(p.get("converted_national", p.get("convertedNational", 0)))
assert conv > 0, "Heemskerk's 2.4/2.6 clients are converted to national steps"
assert int(p["format"]) == 2 and p["protection"] == "cell-key-rounding", "format 2, cell-key protection"
for t in p["tables"]:
    for c in t["cells"] + t["row_totals"] + t["column_totals"] + [t["grand_total"]]:
        assert c["state"] == "CELL_STATE_PUBLISHED" and int(c.get("value", 0)) % 5 == 0, "every count published, a multiple of 5"
print(f"ok: Heemskerk publication: about {conv} records on their national step (protected); every count a multiple of 5")
PY
"$PLADDER" benchmark merge "$work/alpha.json" "$work/beta.bin" --format text > "$work/merge2.txt" || fail "merge of comparable municipalities: exit 0"
set +e
"$PLADDER" benchmark merge "$work/alpha.json" "$work/beta.bin" "$work/gamma.json" --format text > "$work/merge3.txt"; rc=$?
"$PLADDER" benchmark merge "$work/alpha.json" "$work/beta.bin" "$work/gamma.json" --format csv > "$work/merge3.csv"
"$PLADDER" benchmark merge "$work/alpha.json" "$work/beta.bin" "$work/gamma.json" --format html --out "$work/merge.html"
set -e
[ $rc -eq 1 ] || fail "merge with a non-comparable municipality: exit 1 (rc $rc)"
grep -q '^Heemskerk ' "$work/merge3.txt" && grep -q '^Beverwijk ' "$work/merge3.txt" || fail "both municipalities in the comparison"
grep -q '^Uitgeest  *NEE' "$work/merge3.txt" || fail "the non-comparable municipality is marked"
grep -q '^Uitgeest: niet vergelijkbaar — ' "$work/merge3.txt" || fail "with its reasons"
grep -q '^Uitgeest,[0-9-]*,no,' "$work/merge3.csv" && grep -q '^Heemskerk,[0-9-]*,yes,' "$work/merge3.csv" || fail "CSV marks comparability"
grep -q '^total,,' "$work/merge3.csv" || fail "CSV totals row"
grep -Eiq '<script|(src|href)[[:space:]]*=|url\(|@import|https?:' "$work/merge.html" && fail "HTML refers to an external resource or script"
[ "$(grep -o '<svg' "$work/merge.html" | wc -l)" -ge 1 ] || fail "a chart expected"
grep -q 'Uitgeest (niet vergelijkbaar)' "$work/merge.html" || fail "chart marks the non-comparable municipality"
/usr/bin/python3 "$S/tests/cli/benchmark_privacy_test.py" "$work/alpha.csv" "$work/merge3.txt" "$work/merge3.csv" "$work/merge.html" >/dev/null || fail "personal data in the comparison"
bash "$S/tools/report_png.sh" "$work/merge.html" "$work/merge.png" || fail "comparison HTML did not render cleanly"
echo "ok: two generated municipalities (seeds 11 and 29, one with Heemskerk sub-steps) and a non-comparable one merged; HTML rendered without page error, not blank"
if [ -n "${PL_KEEP_DIR:-}" ]; then mkdir -p "$PL_KEEP_DIR" && cp "$work"/merge.* "$work"/merge3.* "$work"/alpha.json "$work"/conf_bad.html "$PL_KEEP_DIR"/; fi
echo "benchmark exchange: all checks passed"
