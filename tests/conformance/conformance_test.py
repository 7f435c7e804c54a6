#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Vendor conformance, issue 12 Must show 1 (SPEC §11, docs/conformance.md):
- the reference C adapter (C ABI) and the Python adapter (binding; binary and JSON Lines) pass
  every case at both levels, none skipped, and the certificate says so;
- an adapter that skips the report cases with a reason full of HTML and JSON specials
  (tests/conformance/skipping_adapter.py): both certificates give the reason back to the letter
  when read by Python's HTML and JSON parsers (pl::html_escape, pl::json_quote);
- the faulty adapter (tests/conformance/faulty_adapter.py) fails exactly the cases predicted here
  from the library (paths through 20 = yes; check and bad-input cases with a PL022 finding) and
  the run exits 1;
- with those failures on a failure list the run exits 0 and counts them as expected failures;
  a failure list that also names a passing case makes the run exit 1, and the last line says FAIL;
- issue 24: an adapter that declares no notes gets them skipped, not failed; a sleeping adapter
  ends the run with exit 2 within --timeout, naming the case; --verify accepts an untouched
  certificate and rejects one with an edited count; the SPEC §6 spelling vectors reach the
  adapter as Answer.text (tests/conformance/declaring_adapter.py).
Environment: PLADDER, PL_C_ADAPTER, PL_SOURCE_DIR, PYTHONPATH (the build tree's package)."""
import html.parser
import json
import re
import shutil
import os
import subprocess
import sys
import tempfile

import participatieladder as pl

PLADDER = os.environ["PLADDER"]
SOURCE = os.environ["PL_SOURCE_DIR"]
PY = sys.executable
PY_ADAPTER = os.path.join(SOURCE, "examples", "conformance", "adapter.py")
FAULTY = os.path.join(SOURCE, "tests", "conformance", "faulty_adapter.py")
SKIPPING = os.path.join(SOURCE, "tests", "conformance", "skipping_adapter.py")
DECLARING = os.path.join(SOURCE, "tests", "conformance", "declaring_adapter.py")
TMP = tempfile.mkdtemp(prefix="pl_conformance_")


def conform(adapter, *args):
    out = os.path.join(TMP, "certificate.json")
    p = subprocess.run([PLADDER, "conform", "--lang", "en", "--adapter", adapter, "--output", out, *args],
                       capture_output=True, text=True)
    with open(out, encoding="utf-8") as f:
        return p, json.load(f)


def notation(path):
    return " ".join("%d:%s" % (q, "J" if yes else "N") for q, yes in path)


def assert_all_pass(name, p, cert):
    assert p.returncode == 0, (name, p.returncode, p.stdout[-3000:], p.stderr)
    for level in ("required", "recommended"):
        c = cert[level]
        assert c["failed"] == c["skipped"] == c["expected_failures"] == c["listed_but_passed"] == 0, (name, level, c)
        assert c["passed"] > 0, (name, level, c)
    assert cert["conformant"] is True and cert["not_passed"] == [], name
    total = cert["required"]["passed"] + cert["recommended"]["passed"]
    assert p.stdout.strip().splitlines()[-1] == "PASS, conformant at the required level: %d passed, 0 failed" % total, \
        p.stdout[-500:]
    return total


class CertificateRows(html.parser.HTMLParser):
    """The text of every table row of an HTML certificate, cell by cell, as a browser shows it."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.rows, self._cell = [], None

    def handle_starttag(self, tag, attrs):
        if tag == "tr":
            self.rows.append([])
        elif tag in ("td", "th"):
            self._cell = ""

    def handle_data(self, data):
        if self._cell is not None:
            self._cell += data

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self._cell is not None:
            self.rows[-1].append(self._cell)
            self._cell = None


def assert_skip_reason_read_back():
    """Skipped cases: the adapter's reason, with ' " < > & \\, a tab and UTF-8, reads back from both
    certificates exactly. (The HTML certificate escapes ' as &#39; since the escaping became the
    one of the HTML report; a parser, like a browser, reads the same text as before.)"""
    sys.path.insert(0, os.path.dirname(SKIPPING))
    from skipping_adapter import SKIP_REASON
    adapter = "%s %s" % (PY, SKIPPING)
    p, cert = conform(adapter)
    skipped = [c for c in cert["not_passed"] if c["outcome"] == "skipped"]
    # report cases are recommended: skipping them leaves the run conformant (docs/conformance.md)
    assert p.returncode == 0 and skipped and cert["conformant"] is True, (p.returncode, cert["not_passed"][:3])
    assert all(c["got"] == "skipped: " + SKIP_REASON for c in skipped), skipped[0]
    page_file = os.path.join(TMP, "skipping.html")
    p = subprocess.run([PLADDER, "conform", "--adapter", adapter, "--output", page_file], capture_output=True, text=True)
    with open(page_file, encoding="utf-8") as f:
        page = f.read()
    assert "&#39;light&#39;" in page and "&lt;b&gt;&quot;" in page, page[:2000]
    parser = CertificateRows()
    parser.feed(page)
    got = {row[0]: row[3] for row in parser.rows if len(row) == 4 and row[1] == "skipped"}
    assert sorted(got) == sorted(c["id"] for c in skipped), (sorted(got)[:3], len(got), len(skipped))
    assert set(got.values()) == {"skipped: " + SKIP_REASON}, set(got.values())
    return len(skipped)


def predicted_faulty_failures():
    """The cases the faulty adapter must fail, from the library and the vectors, not from the runner."""
    ids = set()
    for path, step in pl.paths():  # SPEC §4: 308
        if (20, True) in path:
            ids.add("required/path/" + notation(path))
            flipped = [(q, False if q == 20 else yes) for q, yes in path]
            if [n.id for n in pl.determine(dict(path)).notes] != [n.id for n in pl.determine(dict(flipped)).notes]:
                ids.add("recommended/notes/" + notation(path))
    with open(os.path.join(SOURCE, "tests", "vectors", "questionnaire.json"), encoding="utf-8") as f:
        for c in json.load(f)["cases"]:
            if "error" not in c and (20, True) in pl.determine(c["answers"]).path:
                ids.add("required/questionnaire/" + c["name"])
                flipped = {int(q): a for q, a in re.findall(r"(\d+)\s*:\s*(\w+)", c["answers"])}
                flipped[20] = "N"
                if [n.id for n in pl.determine(c["answers"]).notes] != [n.id for n in pl.determine(flipped).notes]:
                    ids.add("recommended/notes/questionnaire/" + c["name"])
    with open(os.path.join(SOURCE, "tests", "vectors", "checks.json"), encoding="utf-8") as f:
        for c in json.load(f)["cases"]:
            if any(e.get("check") == "PL022" for e in c["expected"]):
                ids.add("recommended/check/" + c["name"])
    bad = os.path.join(SOURCE, "tests", "bad_input")
    with open(os.path.join(bad, "expected.json"), encoding="utf-8") as f:
        index = json.load(f)
    for c in index["cases"]:
        with open(os.path.join(bad, c["file"]), "rb") as f:
            data = f.read()
        try:
            records = pl.read_bytes(data, c["file"], format="auto")
        except pl.ParticipatieladderError:
            continue
        if any(x.check == "PL022" for x in pl.check(records, index["reference_date"])):
            ids.add("recommended/bad_input/" + c["file"])
    return ids


def main():
    total = assert_all_pass("C adapter", *conform(os.environ["PL_C_ADAPTER"]))
    assert_all_pass("Python adapter", *conform("%s %s" % (PY, PY_ADAPTER)))
    assert_all_pass("Python adapter, JSON Lines", *conform("%s %s --json" % (PY, PY_ADAPTER), "--protocol", "json"))
    # Every path and every prefix: 308 path cases, and the next-question cases.
    p, cert = conform(os.environ["PL_C_ADAPTER"], "--verbose")
    assert sum(1 for line in p.stdout.splitlines() if line.startswith("FAILED")) == 0

    # Skipped cases: the reason reads back from the JSON and the HTML certificate.
    skipped = assert_skip_reason_read_back()

    # The faulty adapter: exactly the predicted cases fail, and the run says so.
    predicted = predicted_faulty_failures()
    assert any(i.startswith("required/path/") for i in predicted) and any(i.startswith("recommended/check/") for i in predicted)
    p, cert = conform("%s %s" % (PY, FAULTY))
    failed = {c["id"] for c in cert["not_passed"] if c["outcome"] == "failed"}
    assert p.returncode == 1, (p.returncode, p.stderr)
    assert failed == predicted, ("unexpected", sorted(failed - predicted), "missing", sorted(predicted - failed))
    assert cert["failed"] == len(predicted) and cert["passed"] == total - len(predicted)
    assert p.stdout.strip().splitlines()[-1] == "FAIL: %d passed, %d failed" % (total - len(predicted), len(predicted))
    for i in predicted:
        assert "FAILED   " + i in p.stdout, i
    if os.environ.get("PL_JAVA"):
        # The same faulty adapter written over the Java adapter (issue 24): exactly the same cases fail.
        classes = os.path.join(TMP, "faulty-java")
        cp = os.environ["PL_JAVA_CLASSPATH"]
        subprocess.run(["javac", "-encoding", "UTF-8", "-cp", cp, "-d", classes,
                        os.path.join(SOURCE, "tests", "conformance", "FaultyAdapter.java")], check=True)
        java = "%s -Dparticipatieladder.library=%s -cp %s:%s FaultyAdapter" % (os.environ["PL_JAVA"], os.environ["PL_LIBRARY"],
                                                                             cp, classes)
        p, cert = conform(java, "--protocol", "json", "--timeout", "60")
        failed = {c["id"] for c in cert["not_passed"] if c["outcome"] == "failed"}
        assert p.returncode == 1 and failed == predicted, ("Java", sorted(failed ^ predicted)[:5], p.stderr[-500:])

    # Known failures on the list: exit 0, counted as expected failures (and the JSON mode agrees).
    listing = os.path.join(TMP, "failures.txt")
    with open(listing, "w", encoding="utf-8") as f:
        f.write("# known failures of the faulty adapter\n" + "\n".join(sorted(predicted)) + "\n")
    p, cert = conform("%s %s --json" % (PY, FAULTY), "--protocol", "json", "--failure-list", listing)
    assert p.returncode == 0, (p.returncode, p.stdout[-2000:])
    assert cert["required"]["expected_failures"] + cert["recommended"]["expected_failures"] == len(predicted)
    assert cert["conformant"] is False  # required cases are still failing, only expected

    # A listed case that passes fails the run: the list only shrinks.
    passing = "required/path/1:J 4:J"
    assert passing not in predicted
    with open(listing, "a", encoding="utf-8") as f:
        f.write(passing + "\n")
    p, cert = conform("%s %s" % (PY, FAULTY), "--failure-list", listing)
    assert p.returncode == 1, p.returncode
    assert "PASSED but on the failure list (remove it): " + passing in p.stdout
    assert [c["id"] for c in cert["not_passed"] if c["outcome"] == "listed_but_passed"] == [passing]
    # The last line states the verdict, not "N passed, 0 failed" (issue 24).
    last = p.stdout.strip().splitlines()[-1]
    assert last.startswith("FAIL: ") and last.endswith(", 1 listed but passed"), last

    # An id on the list that is no case at all also fails the run (a stale list).
    with open(listing, "w", encoding="utf-8") as f:
        f.write("required/path/no such case\n")
    p, cert = conform(os.environ["PL_C_ADAPTER"], "--failure-list", listing)
    assert p.returncode == 1 and "not a case: required/path/no such case" in p.stdout

    # HTML certificate, Dutch by default.
    html = os.path.join(TMP, "certificate.html")
    p = subprocess.run([PLADDER, "conform", "--adapter", os.environ["PL_C_ADAPTER"], "--output", html], capture_output=True, text=True)
    assert p.returncode == 0 and p.stdout.strip().splitlines()[-1] == \
        "GESLAAGD, conform op het verplichte niveau: %d geslaagd, 0 mislukt" % total
    with open(html, encoding="utf-8") as f:
        page = f.read()
    assert "Conformiteitsverklaring" in page and "Voldoet op het verplichte niveau." in page and pl.__version__ in page

    # A vector set whose files differ from its manifest is refused (exit 2), naming the manifest.
    stage = subprocess.run([PLADDER, "conform", "--adapter", "true", "--vectors", os.path.join(TMP, "nowhere")],
                           capture_output=True, text=True)
    assert stage.returncode == 2 and "missing" in stage.stderr, stage.stderr
    copy = os.path.join(TMP, "vectors_copy")
    shutil.copytree(os.environ["PL_CONFORMANCE_VECTORS"], copy)
    with open(os.path.join(copy, "vectors", "checks.json"), "a", encoding="utf-8") as f:
        f.write(" ")
    stage = subprocess.run([PLADDER, "conform", "--adapter", os.environ["PL_C_ADAPTER"], "--vectors", copy],
                           capture_output=True, text=True)
    assert stage.returncode == 2 and "differ from this manifest" in stage.stderr, stage.stderr
    issue24 = runner_gaps(total)
    print("conformance: %s" % issue24)
    print("conformance: C and Python adapters %d/%d at both levels; faulty adapter: exactly %d predicted failures; "
          "failure list: passing case and stale id fail the run; %d skip reasons read back from both certificates"
          % (total, total, len(predicted), skipped))


def runner_gaps(total):
    """Issue 24, Must show 4."""
    c_adapter = os.environ["PL_C_ADAPTER"]
    # 1. An adapter that declares everything but notes: every notes case skipped, none failed.
    notes_cases = sum(1 for _ in pl.paths()) + sum(
        1 for c in json.load(open(os.path.join(SOURCE, "tests", "vectors", "questionnaire.json"), encoding="utf-8"))["cases"]
        if "error" not in c)
    p, cert = conform("%s %s --features determine,answer_text,check,report,check_file" % (PY, DECLARING))
    skipped = [c for c in cert["not_passed"] if c["outcome"] == "skipped"]
    assert p.returncode == 0, (p.returncode, p.stdout[-1500:], p.stderr)
    assert cert["recommended"]["failed"] == 0 and cert["recommended"]["skipped"] == notes_cases == len(skipped), \
        (cert["recommended"], notes_cases)
    assert all(c["id"].startswith("recommended/notes/") for c in skipped), skipped[:2]
    assert cert["features"] == ["determine", "answer_text", "check", "report", "check_file"] and cert["features_declared"]
    assert cert["conformant"] is True  # notes are recommended
    # 2. The spelling vectors reach the adapter as Answer.text, as written.
    record = os.path.join(TMP, "requests.jsonl")
    p, cert = conform("%s %s --record %s" % (PY, DECLARING, record))
    assert p.returncode == 0, p.stdout[-1000:]
    with open(record, encoding="utf-8") as f:
        requests = [json.loads(line) for line in f]
    assert requests[0]["case_id"] == "capabilities" and "capabilities" in requests[0]
    spelling = {r["case_id"]: r["determine"]["answers"] for r in requests if r["case_id"].startswith("recommended/spelling/")}
    assert spelling, "no spelling case was sent"
    with open(os.path.join(SOURCE, "tests", "vectors", "questionnaire.json"), encoding="utf-8") as f:
        vectors = {c["name"]: c["answers"] for c in json.load(f)["cases"] if "error" not in c}
    for case_id, answers in spelling.items():
        written = re.findall(r"(\d+)\s*:\s*([^\s,;]+)", vectors[case_id[len("recommended/spelling/"):]])
        assert [(a["question"], a["text"]) for a in answers] == [(int(q), t) for q, t in written], (case_id, answers)
        assert all("yes" not in a for a in answers)
    assert any(a["text"] == "nee" for answers in spelling.values() for a in answers)
    assert all(c["level"] == "recommended" for c in cert["not_passed"])
    spelled = cert["recommended"]["passed"]
    # 3. A sleeping adapter: exit 2 within the timeout, naming the case; "sleep 60" before the first case.
    for adapter, names in (("sleep 60", "the capabilities request"),
                           ("%s %s --hang-on 'required/path/1:J 4:J'" % (PY, DECLARING), "case 'required/path/1:J 4:J'")):
        p = subprocess.run([PLADDER, "conform", "--lang", "en", "--timeout", "1", "--adapter", adapter],
                           capture_output=True, text=True, timeout=120)  # a guard against a hang, not a timing assertion
        assert p.returncode == 2, (adapter, p.returncode, p.stderr)
        assert "no response within the timeout of 1 s" in p.stderr and names in p.stderr, p.stderr
    # 4. --verify: an untouched certificate is accepted, one with an edited count rejected.
    out = os.path.join(TMP, "vendor.json")
    p = subprocess.run([PLADDER, "conform", "--lang", "en", "--adapter", c_adapter, "--product", "Voorbeeld Suite",
                        "--version", "7.1", "--output", out], capture_output=True, text=True)
    assert p.returncode == 0, p.stdout[-500:]
    with open(out, encoding="utf-8") as f:
        cert = json.load(f)
    assert cert["product"] == "Voorbeeld Suite" and cert["product_version"] == "7.1" and cert["adapter"] == c_adapter
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", cert["date"]) and cert["runner_version"] == pl.__version__
    assert re.fullmatch(r"[0-9a-f]{64}", cert["results_sha256"]) and cert["library_version"] == pl.__version__
    p = subprocess.run([PLADDER, "conform", "--lang", "en", "--verify", out], capture_output=True, text=True)
    assert p.returncode == 0 and "Certificate verified" in p.stdout, (p.returncode, p.stdout, p.stderr)
    cert["required"]["passed"] += 1
    edited = os.path.join(TMP, "edited.json")
    with open(edited, "w", encoding="utf-8") as f:
        json.dump(cert, f)
    p = subprocess.run([PLADDER, "conform", "--lang", "en", "--verify", edited], capture_output=True, text=True)
    assert p.returncode == 1 and "required.passed: %d in the certificate, %d in this run" % (
        cert["required"]["passed"], cert["required"]["passed"] - 1) in p.stdout, p.stdout
    assert "Certificate NOT verified" in p.stdout
    # The HTML certificate names the adapter, the product and its version.
    page = os.path.join(TMP, "vendor.html")
    subprocess.run([PLADDER, "conform", "--lang", "en", "--adapter", c_adapter, "--product", "Voorbeeld Suite", "--version", "7.1",
                    "--output", page], capture_output=True, text=True, check=True)
    with open(page, encoding="utf-8") as f:
        text = f.read()
    assert "<th>Adapter</th><td>%s</td>" % c_adapter in text and "Voorbeeld Suite" in text and "<td>7.1</td>" in text
    return ("notes undeclared: %d skipped, 0 failed; spelling cases as text (%d recommended passed); "
            "sleeping adapters stopped with exit 2; --verify accepts the certificate and rejects an edited count"
            % (notes_cases, spelled))


if __name__ == "__main__":
    main()
