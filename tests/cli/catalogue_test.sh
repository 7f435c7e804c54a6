#!/usr/bin/env bash
# pladder catalogue (SPEC §8): every check PL001-PL023 with severity, scope and SPEC section.
set -euo pipefail
# grep -q stops reading at the first match; under pipefail the writer's SIGPIPE would fail the pipeline.
grep_q() { grep "$@" >/dev/null; }
: "${PLADDER:?}"
fail() { echo "FAIL: $*" >&2; exit 1; }

out=$("$PLADDER" catalogue)
for i in $(seq -w 1 23); do echo "$out" | grep_q "^PL0$i " || fail "PL0$i missing from text output"; done
echo "$out" | grep -E "^PL003 +error +record +SPEC §3 +Trede 6" >/dev/null || fail "PL003 row: $(echo "$out" | grep PL003)"
echo "$out" | grep -E "^PL021 +warning +history" >/dev/null || fail "PL021 scope"
"$PLADDER" catalogue --lang en | grep_q "Two measurements of one client on one date" || fail "English description"

n=$("$PLADDER" catalogue --format json | wc -l)
[ "$n" = "23" ] || fail "expected 23 JSON lines, got $n"
echo "$out" | grep -E "^PL022 +info +record" >/dev/null || fail "PL022 (SPEC §8 revised): $(echo "$out" | grep PL022)"
echo "$out" | grep -E "^PL023 +warning +record" >/dev/null || fail "PL023 (SPEC §6/§8 revised): $(echo "$out" | grep PL023)"
"$PLADDER" catalogue --format json --lang en | /usr/bin/python3 -c '
import json, sys
rows = [json.loads(l) for l in sys.stdin]
ids = [r["id"] for r in rows]
assert ids == ["PL%03d" % i for i in range(1, 24)], ids
by = {r["id"]: r for r in rows}
assert by["PL007"]["severity"] == "error" and by["PL007"]["spec"] == "§5", by["PL007"]
assert by["PL019"]["scope"] == "history" and by["PL001"]["scope"] == "record"
assert [(v["name"], v["severity"]) for v in by["PL017"]["variants"]] == [("bsn", "error"), ("postal_code", "warning")]
assert len(by["PL006"]["variants"]) == 5 and by["PL006"]["variants"][4]["severity"] == "warning"
assert by["PL010"]["fields"] == ["next_measurement_due", "measured_on"]
assert by["PL002"]["variants"] == []
assert by["PL001"]["fields"] == ["growth_potential", "target_step", "target_horizon", "step", "instrument_in_use", "instrument_deployed"], by["PL001"]
' || fail "JSON content"
set +e
"$PLADDER" catalogue --format xml >/dev/null 2>&1; [ $? -eq 2 ] || fail "usage error must exit 2"
set -e
echo "catalogue: all checks passed"
