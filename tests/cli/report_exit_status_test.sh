#!/usr/bin/env bash
# Issue 23, must show 3: the exit status and summary of `pladder report` (SPEC §6 "nothing is lost
# silently", SPEC §8 "Checks inside a report", revised), as a table of cases, for every output
# path (--table, --html, --xlsx):
#   - records after the reference date are outside the period: exit 0, nothing on stderr, and the
#     data-quality block counts them;
#   - an unreadable value, a skipped row or a record without a readable date is lost: exit 1 and
#     the summary on stderr naming only what was lost (no "0 …" parts): step 7 and 31-02-2024 are
#     two unreadable values, the short row is skipped, the record with that date has none;
#   - a file with only a header: exit 0, stderr says there are no records, and no 1970 (no invented
#     reference date) in the text, HTML or XLSX output.
set -euo pipefail
: "${PLADDER:?}" "${PL_SOURCE_DIR:?}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# later: a measurement after the reference date (client b wholly after it)
printf 'client_id;measured_on;caseworker;step;growth_potential\na;2024-03-01;Jan;2;+\na;2025-02-01;Jan;3;+\nb;2025-03-01;Jan;4;0\n' >"$work/later.csv"
# unreadable: step 7 on line 3 (a value), a row with too few fields on line 4 (skipped), a date that does not exist on line 5
printf 'client_id;measured_on;caseworker;step;growth_potential\na;2024-03-01;Jan;2;+\nb;2024-03-01;Jan;7;+\nc;2024-03-01\nd;31-02-2024;Jan;3;0\n' >"$work/lost.csv"
printf 'client_id;measured_on;step\r\n' >"$work/header_only.csv"

exec /usr/bin/python3 - "$PLADDER" "$work" <<'PY'
import os, subprocess, sys, zipfile
pladder, work = sys.argv[1], sys.argv[2]
failures = []

def run(name, output, lang, extra=()):
    path = os.path.join(work, name)
    # a file with only a header is read without --reference-date: the date is not invented either
    args = [pladder, "report", path, *([] if name == "header_only.csv" else ["--reference-date", "2024-12-31"]), *extra]
    out_file = None
    if output == "table":
        args += ["--table", "placement"]
    else:
        out_file = os.path.join(work, "%s.%s.%s" % (name, lang, output))
        args += ["--" + output, out_file]
    if lang == "en":
        args += ["--lang", "en"]
    p = subprocess.run(args, capture_output=True)
    body = p.stdout.decode("utf-8")
    if out_file and os.path.exists(out_file):
        if output == "xlsx":
            with zipfile.ZipFile(out_file) as z:
                body += "".join(z.read(n).decode("utf-8", "replace") for n in z.namelist() if n.endswith(".xml"))
        else:
            with open(out_file, encoding="utf-8") as f:
                body += f.read()
    return p.returncode, body, p.stderr.decode("utf-8")

# (file, language, exit, stderr must contain, stderr must not contain, output must contain, output must not contain)
cases = [
    ("later.csv", "nl", 0, [], ["niet alles", "0 "], ["gemeten na de peildatum"], []),
    ("later.csv", "en", 0, [], ["not everything", "0 "], ["measured after the reference date"], []),
    ("lost.csv", "nl", 1, ["niet alles is meegeteld", "2 onleesbare waarden", "1 overgeslagen rij",
                           "1 record zonder (leesbaar) klantnummer of meetdatum", "1 klant daardoor niet meegeteld"], [" 0 "], [], []),
    ("lost.csv", "en", 1, ["not everything is counted", "2 unreadable values", "1 row skipped",
                           "1 record without a (readable) client id or measurement date"], [" 0 "], [], []),
    ("header_only.csv", "nl", 0, ["geen records"], ["1970"], ["geen records"], ["1970"]),
    ("header_only.csv", "en", 0, ["no records"], ["1970"], ["no records"], ["1970"]),
]
for name, lang, want_rc, err_has, err_not, out_has, out_not in cases:
    for output in ("table", "html", "xlsx"):
        rc, body, err = run(name, output, lang)
        where = "%s %s --%s" % (name, lang, output)
        if rc != want_rc:
            failures.append("%s: exit %d, expected %d; stderr: %s" % (where, rc, want_rc, err))
        for s in err_has:
            if s not in err:
                failures.append("%s: stderr lacks %r: %s" % (where, s, err))
        for s in err_not:
            if s in err:
                failures.append("%s: stderr holds %r: %s" % (where, s, err))
        if want_rc == 0 and name == "later.csv" and err.strip():
            failures.append("%s: later records are not a failure, yet stderr says: %s" % (where, err))
        for s in out_has:
            if output != "xlsx" and s not in body:  # the workbook's strings are in sharedStrings.xml: checked too
                failures.append("%s: output lacks %r" % (where, s))
            if output == "xlsx" and s not in body:
                failures.append("%s: workbook lacks %r" % (where, s))
        for s in out_not:
            if s in body:
                failures.append("%s: output holds %r" % (where, s))
        print("%-40s exit %d %s" % (where, rc, "ok" if not failures else ""))
if failures:
    print("\n".join("FAIL: " + f for f in failures), file=sys.stderr)
    sys.exit(1)
print("report exit status and summary: %d cases, as expected" % (len(cases) * 3))
PY
