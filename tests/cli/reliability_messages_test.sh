#!/usr/bin/env bash
# Issue 14 through pladder: a JSON Lines file with personal data and syntax errors near `é`/`§`
# (tests/data/reliability/personal_syntax_error.jsonl). No output of check or report — text, JSON,
# CSV, standard error — holds a personal value (SPEC §11), every output is valid UTF-8, and a
# syntax error is named by its line and kind only.
set -euo pipefail
: "${PLADDER:?}" "${PL_SOURCE_DIR:?}"
fail() { echo "FAIL: $*" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
file="$PL_SOURCE_DIR/tests/data/reliability/personal_syntax_error.jsonl"

n=0
for args in "check --format json --lang en" "check --format json --lang nl" "check --lang en" "check" \
            "report --reference-date 2025-12-31 --table placement --format json" "report --reference-date 2025-12-31 --table placement --format csv" \
            "report --reference-date 2025-12-31 --table placement --lang en"; do
  set +e
  # shellcheck disable=SC2086
  "$PLADDER" $args "$file" >"$tmp/out" 2>"$tmp/err"; rc=$?
  set -e
  [ "$rc" -le 1 ] || fail "pladder $args: exit $rc: $(cat "$tmp/err")"
  /usr/bin/python3 - "$tmp/out" "$tmp/err" "pladder $args" <<'PY' || fail "pladder $args"
import sys
personal = ["Jansen", "Piet", "1980-05-17", "Dorpsstraat", "1234 AB", "Heemskerk", "111222333", "de Vries",
            "Éénhoorn", "Diëen", "Renée", "Kerkstraat", "van 't", "123456782", "17-05-1980", "9999 ZZ",
            "Sint-Oedenrode", "§"]
for path in sys.argv[1:3]:
    data = open(path, "rb").read()
    text = data.decode("utf-8")  # strict: fails on invalid UTF-8
    for v in personal:
        assert v not in text, "%s: personal value %r in %s:\n%s" % (sys.argv[3], v, path, text)
PY
  n=$((n + 1))
done

# The HTML report's data-quality block and findings.
"$PLADDER" report --reference-date 2025-12-31 --html "$tmp/report.html" "$file" >"$tmp/out" 2>"$tmp/err" || true
[ -s "$tmp/report.html" ] || fail "no HTML report: $(cat "$tmp/err")"
/usr/bin/python3 - "$tmp/report.html" <<'PY' || fail "HTML report"
import sys
text = open(sys.argv[1], "rb").read().decode("utf-8")
for v in ["Jansen", "Dorpsstraat", "de Vries", "Éénhoorn", "Diëen", "Renée", "Kerkstraat", "§"]:
    assert v not in text, "personal value %r in the HTML report" % v
PY

# The kind of syntax error is named, with the line.
"$PLADDER" check --format json --lang en "$file" >"$tmp/out" || true
/usr/bin/python3 "$PL_SOURCE_DIR/tests/cli/findings_lines.py" <"$tmp/out" >"$tmp/lines"
for line in 2 3 4 5; do
  grep -F "\"line $line: not a JSON object (line skipped): Expected , or } after key:value pair.\"" "$tmp/lines" >/dev/null \
    || fail "line $line: syntax error not named: $(cat "$tmp/lines")"
done
echo "reliability messages: $n pladder outputs free of personal values and valid UTF-8"
