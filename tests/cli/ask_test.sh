#!/usr/bin/env bash
# pladder ask (SPEC §4): the interactive questionnaire driven through stdin, including back.
set -euo pipefail
# grep -q stops reading at the first match; under pipefail the writer's SIGPIPE would fail the pipeline.
grep_q() { grep "$@" >/dev/null; }
: "${PLADDER:?}"
fail() { echo "FAIL: $*" >&2; exit 1; }

out=$(printf 'n\nn\nj\nj\nj\n' | "$PLADDER" ask)
echo "$out" | grep_q "^Trede 4: Onbetaald werk$" || fail "step 4 expected: $out"
echo "$out" | grep_q "^Afbakening: Onbetaald werk (geen arbeidscontract)" || fail "delimitation text missing"
echo "$out" | grep_q "^Pad: 1:N 2:N 10:J 12:J 13:J$" || fail "path"

# back: answer 1 yes, go back, answer no; 'b' at question 1 is harmless; junk is re-asked.
out=$(printf 'j\nb\nb\nmaybe\nn\nn\nn\nb\nj\nj\nj\n' | "$PLADDER" ask --lang en)
echo "$out" | grep_q "^Step 4: Unpaid work$" || fail "back: step 4 expected: $out"
echo "$out" | grep_q "^Path: 1:N 2:N 10:Y 12:Y 13:Y$" || fail "back: path"
echo "$out" | grep_q "This is the first question" || fail "back at start"
echo "$out" | grep_q "Answer y or n" || fail "invalid answer message"

# ends early: exit 1 and names the next question
set +e
out=$(printf 'n\nn\n' | "$PLADDER" ask --lang en); rc=$?
set -e
[ $rc -eq 1 ] || fail "incomplete exit $rc"
echo "$out" | grep_q "next question 10" || fail "incomplete message: $out"

# a §4.1 note is shown
out=$(printf 'n\nj\nj\nn\nn\nn\nn\nn\nn\n' | "$PLADDER" ask --lang en)
echo "$out" | grep_q "^Step 6: Paid work$" || fail "internship: $out"
echo "$out" | grep_q "Note (internship_allowance)" || fail "note missing"
echo "$out" | grep_q "Note (work_with_education)" || fail "every step 6 carries the work-with-education note (SPEC §4.1 revised): $out"
# --format json: the questions on stderr, one line on stdout — the v1 DeterminationResult, the same
# bytes as classify --format json for the same answers (issue 20: one shape per answer).
out=$(printf 'n\nn\nj\nj\nj\n' | "$PLADDER" ask --format json 2>/dev/null)
[ "$out" = "$("$PLADDER" classify --format json "1:N 2:N 10:J 12:J 13:J")" ] || fail "ask --format json differs from classify: $out"
set +e
out=$(printf 'n\nn\n' | "$PLADDER" ask --format json 2>/dev/null); rc=$?
set -e
[ $rc -eq 1 ] || fail "incomplete json exit $rc"
[ "$out" = "$("$PLADDER" classify --format json "1:N 2:N")" ] || fail "incomplete ask --format json differs from classify: $out"
echo "ask: all checks passed"
