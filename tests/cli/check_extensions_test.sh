#!/usr/bin/env bash
# pladder check --extensions (SPEC §9): PL014 uses the same extension configuration as
# pladder report; a sub-step the set does not define is flagged only with the configuration.
set -euo pipefail
# grep -q stops reading at the first match; under pipefail the writer's SIGPIPE would fail the pipeline.
grep_q() { grep "$@" >/dev/null; }
: "${PLADDER:?}" "${PL_SOURCE_DIR:?}"
fail() { echo "FAIL: $*" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat > "$work/subs.csv" <<'CSV'
client_id;measured_on;caseworker;step;sub_step;growth_potential;target_step
a;2025-01-10;Jan;2;2.4;+;3
b;2025-01-10;Jan;2;2.2,2.9;+;3
c;2025-01-10;Jan;3;2.2;+;4
CSV
pl014() { "$PLADDER" check "$work/subs.csv" --reference-date 2025-06-01 --format json --lang en "$@" | /usr/bin/python3 "$PL_SOURCE_DIR/tests/cli/findings_lines.py" | grep '"PL014"' || true; }
without=$(pl014)
[ "$(echo "$without" | grep -c PL014)" = 1 ] || fail "without configuration only c: $without"
echo "$without" | grep_q '"client_id":"c"' || fail "c (2.2 under step 3): $without"
with=$(pl014 --extensions "$PL_SOURCE_DIR/examples/extensions/heemskerk.json")
[ "$(echo "$with" | grep -c PL014)" = 2 ] || fail "with Heemskerk b and c: $with"
echo "$with" | grep '"client_id":"b"' | grep_q '2.9 is not in the local extension set' || fail "b's message: $with"
set +e
"$PLADDER" check "$work/subs.csv" --extensions "$work/none.json" >/dev/null 2>&1; [ $? -eq 2 ] || fail "missing extension file must exit 2"
set -e
echo ok
