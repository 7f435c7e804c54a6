#!/usr/bin/env bash
# Malformed input files (SPEC §6 "a value that cannot be read is a clear error naming the row, the
# key and the value — never a silent default"; SPEC §8 checks; SPEC §11 no personal data in output).
# For every file listed in tests/bad_input/expected.json:
#   pladder check --format json --lang en --reference-date <reference_date> FILE
# must exit with the expected code (0/1/2, never a signal), print the expected findings / messages,
# never print the listed personal values, and leave the file unchanged (checksum before/after).
# The text and csv formats and the Dutch messages must give the same exit code without crashing.
# Issue 23, must show 2: run with the default language (no --lang), every message on stdout and
# stderr is Dutch — none of the English words of tests/cli/english_words.py appears — and with
# --lang en the hard errors are English.
# JSON is read with protobuf's JSON mapping (google.protobuf.Struct), like everywhere else.
set -euo pipefail
: "${PLADDER:?}" "${PL_SOURCE_DIR:?}"
exec /usr/bin/python3 - "$PLADDER" "$PL_SOURCE_DIR/tests/bad_input" <<'PY'
import hashlib, os, subprocess, sys
from google.protobuf import json_format, struct_pb2
sys.path.insert(0, os.path.join(os.environ["PL_SOURCE_DIR"], "tests", "cli"))
from english_words import english_in

pladder, directory = sys.argv[1], sys.argv[2]
failures = []

def parse_json(text, what):
    s = struct_pb2.Struct()
    json_format.Parse(text, s)  # raises on anything that is not one JSON object
    return json_format.MessageToDict(s)

def sha256(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()

def run(args):
    p = subprocess.run([pladder, "check", *args], capture_output=True)
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")

with open(os.path.join(directory, "expected.json"), encoding="utf-8") as f:
    expected = parse_json(f.read(), "expected.json")
reference = expected["reference_date"]
cases = expected["cases"]

listed = [c["file"] for c in cases]
present = sorted(n for n in os.listdir(directory) if n != "expected.json")
if sorted(listed) != present or len(set(listed)) != len(listed):
    failures.append("expected.json must list every file exactly once: not listed %s, missing %s" %
                    (sorted(set(present) - set(listed)), sorted(set(listed) - set(present))))
if len(cases) < 30:
    failures.append("fewer than 30 bad-input files: %d" % len(cases))

def check_case(c):
    name = c["file"]
    path = os.path.join(directory, name)
    errs = []
    before = sha256(path)
    rc, out, err = run(["--format", "json", "--lang", "en", "--reference-date", reference, path])
    if rc < 0 or rc not in (0, 1, 2):
        return ["exit code %d (a signal or unknown code); stderr: %s" % (rc, err[-2000:])]
    if rc != int(c["exit"]):
        errs.append("exit %d, expected %d" % (rc, int(c["exit"])))
    if "runtime error" in err or "Sanitizer" in err:
        errs.append("sanitizer report: " + err[-2000:])
    findings = []
    if out.strip():
        try:
            response = parse_json(out, "output")  # one participatieladder.v1.CheckResponse
            findings = response.get("findings", [])
        except Exception as e:  # noqa: BLE001 - any parse failure is a test failure
            errs.append("output is not one JSON object (%s): %s" % (e, out[:2000]))
    for f in findings:  # the schema's enum name, as the expectations write it: SEVERITY_ERROR -> error
        f["severity"] = str(f.get("severity", "")).replace("SEVERITY_", "").lower()
    for f in findings:
        for k in ("check", "severity", "client_id", "file", "line", "measured_on", "fields", "message_nl", "message_en"):
            if k not in f:
                errs.append("finding without '%s': %s" % (k, f))
        if f.get("check") == "input" and ("key" not in f or "value" not in f):
            errs.append("input finding without key/value: %s" % f)
        if f.get("file") != path:
            errs.append("finding names file %r, expected %r" % (f.get("file"), path))
    if rc == 2 and (out.strip() or not err.strip()):
        errs.append("an unreadable file prints a message on stderr and no findings; stdout: %s stderr: %s" % (out, err))
    for want in c.get("findings", []):
        if not any(all(f.get(k) == v for k, v in want.items()) for f in findings):
            errs.append("no finding matches %s" % want)
    if "finding_lines" in c:
        got = sorted({int(f["line"]) for f in findings})
        if got != sorted(int(x) for x in c["finding_lines"]):
            errs.append("findings on lines %s, expected exactly %s" % (got, c["finding_lines"]))
    both = out + err
    for s in c.get("contains", []):
        if s not in both:
            errs.append("output lacks %r" % s)
    for s in c.get("absent", []):
        if s in both:
            errs.append("output contains personal value %r" % s)
    # The other output formats and languages: same exit code, no crash, no personal value.
    for args in (["--format", "text"], ["--format", "csv", "--lang", "en"], ["--format", "json", "--lang", "nl"]):
        rc2, out2, err2 = run(args + ["--reference-date", reference, path])
        if rc2 != rc:
            errs.append("%s: exit %d, json gave %d; stderr: %s" % (" ".join(args), rc2, rc, err2[-2000:]))
        for s in c.get("absent", []):
            if s in out2 + err2:
                errs.append("%s: output contains personal value %r" % (" ".join(args), s))
    # The default language is Dutch: no English word in anything said to a person (text and Excel CSV).
    for args in (["--format", "text"], ["--format", "csv"], ["--format", "text", "--by", "caseworker"]):
        rc3, out3, err3 = run(args + ["--reference-date", reference, path])
        english = english_in(out3 + err3, [path, name])
        if english:
            errs.append("%s (default language): English words %s in: %s" % (" ".join(args), english, (out3 + err3)[-1500:]))
    if rc == 2:  # a hard error: Dutch by default, English on request, the same exit code
        rc4, out4, err4 = run(["--lang", "en", "--reference-date", reference, path])
        if rc4 != 2 or not english_in(err4, [path, name]):
            errs.append("--lang en: the hard error is not English (exit %d): %s" % (rc4, err4))
    if sha256(path) != before:
        errs.append("the input file was modified")
    return errs

for c in cases:
    errs = check_case(c)
    print("%-40s %s" % (c["file"], "ok" if not errs else "FAIL"))
    failures += ["%s (%s): %s" % (c["file"], c.get("why", ""), e) for e in errs]

if failures:
    print("\n".join("FAIL: " + f for f in failures), file=sys.stderr)
    sys.exit(1)
print("bad input: %d files, all as expected" % len(cases))
PY
