#!/usr/bin/env bash
# pladder check --config FILE (SPEC §8: "a municipality can switch checks off or change
# severities"; SPEC §7: the re-assessment interval is a setting): disabling a check, raising a
# severity changes the exit code, reassessment_months 6 changes PL011/PL021, intake_months changes
# PL019, and a bad configuration is exit 2 with a message naming the key and the value.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../support/cli_test.sh"  # $PLADDER, grep_q, fail, $tmp, run

# run ARGS...: sets $rc, $out (stdout) and $err (stderr)
run() {
  set +e
  out=$("$PLADDER" check --format json --lang en "$@" 2>"$tmp/stderr"); rc=$?
  set -e
  out=$(/usr/bin/python3 "$PL_SOURCE_DIR/tests/cli/findings_lines.py" <<<"$out")  # a finding per line
  err=$(cat "$tmp/stderr")
}
# count CHECK: number of findings of that id in $out
count() { local n; n=$(grep -c "\"check\":\"$1\"" <<<"$out" || true); echo "${n:-0}"; }

header=client_id,bsn,measured_on,next_measurement_due,caseworker,step,growth_potential,target_step,income_situation,instrument_in_use,instrument_deployed

# --- a warning only (PL006: caseworker empty): exit 0; raised to error: exit 1 --------------------
cat >"$tmp/warning.csv" <<EOF
$header
K1,,2025-03-01,2026-03-01,,3,+,4,a,nee,ja
EOF
run --reference-date 2025-06-01 "$tmp/warning.csv"
[ "$rc" = 0 ] || fail "warning only: exit $rc: $out $err"
[ "$(count PL006)" = 1 ] || fail "PL006 caseworker expected once: $out"
grep '"PL006"' <<<"$out" | grep_q '"severity":"SEVERITY_WARNING"' || fail "PL006 caseworker is a warning: $out"

echo '{"severity": {"PL006": "error"}}' >"$tmp/raise.json"
run --reference-date 2025-06-01 --config "$tmp/raise.json" "$tmp/warning.csv"
[ "$rc" = 1 ] || fail "PL006 raised to error must exit 1, got $rc: $out $err"
grep '"PL006"' <<<"$out" | grep_q '"severity":"SEVERITY_ERROR"' || fail "PL006 raised to error: $out"

echo '{"severity": {"PL006": "info"}}' >"$tmp/lower.json"
run --reference-date 2025-06-01 --config "$tmp/lower.json" "$tmp/warning.csv"
[ "$rc" = 0 ] || fail "PL006 lowered to info: exit $rc"
grep '"PL006"' <<<"$out" | grep_q '"severity":"SEVERITY_INFO"' || fail "PL006 lowered to info: $out"

# --- an error (PL017: BSN fails the eleven-test): exit 1; disabled: no finding, exit 0 ------------
cat >"$tmp/error.csv" <<EOF
$header
K1,123456789,2025-03-01,2026-03-01,KM1,3,+,4,a,nee,ja
K2,123456782,2025-03-01,2026-03-01,KM1,3,+,4,a,nee,ja
EOF
run --reference-date 2025-06-01 "$tmp/error.csv"
[ "$rc" = 1 ] || fail "PL017 error: exit $rc: $out $err"
[ "$(count PL017)" = 1 ] || fail "PL017 expected once (K1 only): $out"
grep -q "123456789" <<<"$out$err" && fail "BSN printed: $out"

echo '{"disabled_checks": ["PL017"]}' >"$tmp/disable.json"
run --reference-date 2025-06-01 --config "$tmp/disable.json" "$tmp/error.csv"
[ "$rc" = 0 ] || fail "PL017 disabled must exit 0, got $rc: $out $err"
[ "$(count PL017)" = 0 ] || fail "PL017 disabled but reported: $out"

# --- reassessment_months: 6 turns on PL011 and PL021 ---------------------------------------------
# measured 2025-01-10, next due 2025-09-01 (7+ months later), reference 2025-08-01 (almost 7
# months later): within 12 months, beyond 6.
cat >"$tmp/interval.csv" <<EOF
$header
K1,,2025-01-10,2025-09-01,KM1,3,+,4,a,nee,ja
K2,,2025-05-01,2025-10-01,KM1,3,+,4,a,nee,ja
EOF
run --reference-date 2025-08-01 "$tmp/interval.csv"
[ "$rc" = 0 ] || fail "interval, default 12 months: exit $rc: $out $err"
[ "$(count PL011)" = 0 ] && [ "$(count PL021)" = 0 ] || fail "default 12 months: no PL011/PL021 expected: $out"

echo '{"reassessment_months": 6}' >"$tmp/six.json"
run --reference-date 2025-08-01 --config "$tmp/six.json" "$tmp/interval.csv"
[ "$rc" = 0 ] || fail "PL011/PL021 are warnings: exit $rc: $out $err"
[ "$(count PL011)" = 1 ] || fail "6 months: PL011 expected once (K1): $out"
[ "$(count PL021)" = 1 ] || fail "6 months: PL021 expected once (K1): $out"
grep '"check":"PL011"' <<<"$out" | grep_q '"client_id":"K1"' || fail "PL011 on K1: $out"
grep '"check":"PL021"' <<<"$out" | grep_q '"client_id":"K1"' || fail "PL021 on K1: $out"
grep '"PL011"' <<<"$out" | grep_q "6 months" || fail "PL011 message names the 6-month interval: $out"

# --- intake_months: step 0 since 2025-03-01, reference 2025-06-15 --------------------------------
cat >"$tmp/intake.csv" <<EOF
$header
K1,,2025-03-01,2025-06-01,KM1,0,,,c,nee,nee
EOF
run --reference-date 2025-06-15 "$tmp/intake.csv"
[ "$(count PL019)" = 1 ] || fail "PL019 with the default 3 months: $out"
echo '{"intake_months": 4}' >"$tmp/intake.json"
run --reference-date 2025-06-15 --config "$tmp/intake.json" "$tmp/intake.csv"
[ "$rc" = 0 ] || fail "intake 4 months: exit $rc: $out $err"
[ "$(count PL019)" = 0 ] || fail "PL019 with a 4-month intake period: $out"

# --- a bad configuration: exit 2, nothing checked, the message names the key and the value --------
# bad_config NAME JSON SUBSTRING...
bad_config() {
  local name=$1 json=$2; shift 2
  printf '%s\n' "$json" >"$tmp/$name.json"
  run --reference-date 2025-06-01 --config "$tmp/$name.json" "$tmp/error.csv"
  [ "$rc" = 2 ] || fail "$name: a bad configuration must exit 2, got $rc: $out $err"
  [ -z "$out" ] || fail "$name: no findings with a bad configuration: $out"
  grep -qF "$name.json" <<<"$err" || fail "$name: message names the file: $err"
  for s in "$@"; do grep -qF -- "$s" <<<"$err" || fail "$name: message lacks '$s': $err"; done
}
bad_config bad_severity '{"severity": {"PL005": "fatal"}}' "severity.PL005" "fatal"
bad_config unknown_id_severity '{"severity": {"PL099": "error"}}' "severity.PL099" "PL099"
bad_config unknown_id_disabled '{"disabled_checks": ["PL017", "PL099"]}' "disabled_checks" "PL099"
bad_config unknown_key '{"reassesment_months": 6}' "unknown key" "reassesment_months"
bad_config zero_months '{"reassessment_months": 0}' "reassessment_months" "0 is not a whole number"
bad_config fraction_months '{"intake_months": 2.5}' "intake_months" "2.5"
bad_config text_months '{"reassessment_months": "zes"}' "reassessment_months" "'zes'"
bad_config not_json '{"disabled_checks": ["PL017"' "not a JSON object"
run --reference-date 2025-06-01 --config "$tmp/does_not_exist.json" "$tmp/error.csv"
[ "$rc" = 2 ] || fail "missing configuration file must exit 2, got $rc"
grep -q "does_not_exist.json" <<<"$err" || fail "missing configuration file named: $err"

echo "check --config: all checks passed"
