#!/usr/bin/env bash
# pladder classify (SPEC §4): text and JSON output, stdin and arguments, exit codes.
set -euo pipefail
# grep -q stops reading at the first match; under pipefail the writer's SIGPIPE would fail the pipeline.
grep_q() { grep "$@" >/dev/null; }
: "${PLADDER:?}"
fail() { echo "FAIL: $*" >&2; exit 1; }

out=$(echo "1:N 2:N 10:J 12:J 13:J" | "$PLADDER" classify)
[ "$out" = "4" ] || fail "expected 4, got '$out'"

out=$("$PLADDER" classify "1:N 2:N 10:N")
[ "$out" = "incomplete: next question 11" ] || fail "incomplete text: '$out'"

check_json() {  # $1 json line, $2 python expression over j
  /usr/bin/python3 -c 'import json,sys; j=json.loads(sys.argv[1]); assert eval(sys.argv[2]), (sys.argv[2], j)' "$1" "$2" \
    || fail "json check $2"
}
# --format json: the v1 JSON mapping of participatieladder.v1.DeterminationResult (issue 20: one
# shape per answer, the bytes of the C ABI's pl_determine_notation_json; unset optional fields are
# absent, labels and texts carry both languages).
j=$(echo "1:N 2:N 10:J 12:J 13:J" | "$PLADDER" classify --format json)
check_json "$j" 'j["complete"] is True and j["step"] == 4 and len(j["path"]) == 5 and j["path_notation"] == "1:N 2:N 10:J 12:J 13:J"'
check_json "$j" 'j["path"][2] == {"question": 10, "yes": True} and j["unused"] == [] and j["notes"] == [] and "next_question" not in j'
check_json "$j" 'j["label"]["nl"] and j["label"]["en"] and j["delimitation"]["step"] == 4 and "input" not in j'
j=$(echo "1:N 2:N 10:N" | "$PLADDER" classify --format json)
check_json "$j" 'j["complete"] is False and j["next_question"] == 11 and "step" not in j and j["question"]["number"] == 11'
j=$("$PLADDER" classify --format json --lang en "1:N 2:J 3:J 4:N 5:N 6:N 7:N 8:N 9:N 19:J")
check_json "$j" 'j["step"] == 6 and [n["id"] for n in j["notes"]] == ["internship_allowance", "work_with_education"] and j["unused"] == [19] and j["label"]["en"] == "Paid work"'
# --lang does not change the message (both languages are in it)
[ "$j" = "$("$PLADDER" classify --format json --lang nl "1:N 2:J 3:J 4:N 5:N 6:N 7:N 8:N 9:N 19:J")" ] || fail "json depends on --lang"

# several inputs, one per line
n=$(printf '1:J 4:J\n1:J\n\n' | "$PLADDER" classify | wc -l)
[ "$n" = "3" ] || fail "expected 3 output lines, got $n"

# unreadable input: exit 1 and a message naming the token; usage error: exit 2
set +e
msg=$("$PLADDER" classify "1:Q" 2>&1 >/dev/null); rc=$?
[ $rc -eq 1 ] || fail "bad answers exit $rc"
echo "$msg" | grep_q "'1:Q'" || fail "message does not name the token: $msg"
"$PLADDER" classify --format xml "1:J" >/dev/null 2>&1; [ $? -eq 2 ] || fail "usage error must exit 2"
"$PLADDER" >/dev/null 2>&1; [ $? -eq 2 ] || fail "missing subcommand must exit 2"
set -e
"$PLADDER" classify --help | grep_q -- "--format" || fail "help"
"$PLADDER" classify --version | grep_q "pladder [0-9]" || fail "version"
echo "classify: all checks passed"
