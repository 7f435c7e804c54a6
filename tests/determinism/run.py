#!/usr/bin/python3
# SPDX-License-Identifier: Apache-2.0
"""The determinism test (issue 14, docs/reliability.md): the same input gives byte-identical output

  across runs        every output of `pladder check` and `pladder report` (text, CSV, JSON, HTML,
                     XLSX, Dutch and English) run twice, a second apart (a timestamp would show);
  across threads     the same check and report requests through the C ABI (the Python binding) on
                     one shared engine from 1, 2, 4 and 8 threads at once: every answer the bytes of
                     the single-threaded one (the library has no thread-count option of its own yet;
                     when it gets one, its values belong here too);
  across file order  a caseload split by client into three files, read in two orders: every report
                     table (rows, CSV, summary) the same bytes, the check's findings the same (as a
                     set: their order follows the files; record_index counts over the joined set),
                     the same counts; only the list of sources follows the order given;
  across thread counts  (issue 13) `pladder check` and `pladder report` with --threads 1, 2, 3, 4 and
                     `pladder check --stream`: the same bytes, over a generated caseload of about 9 MB
                     and 35,000 records — large enough that, at the default part sizes, a read with
                     2-4 threads runs in one part per thread (1 MiB a part at the least) and every
                     check with 2-4 threads in two parts (16,384 records a part at the least), which
                     is asserted from the sizes and the library's constants (tests/parallel asserts
                     the part counts themselves), and `pladder report --stream` (issue 25) in the
                     same parts against the report without it — with the CSV's hard cases: quoted values over
                     several lines with doubled quotes, broken quotes, rows of the wrong width, blank
                     lines, mixed LF/CRLF/CR line ends, and one quoted value of 200 KB over thousands
                     of lines across the middle of the file (a cut there is no row start: the reader
                     must notice and read that file on one thread; with 3 threads it has no cut
                     there and is read in parts);
  across front doors the HTML and XLSX reports of the CLI and of the C ABI (through Python) the same
                     bytes (the JSON of CLI, C and Python: tests/differential/run.py).

Environment: PLADDER, PL_SOURCE_DIR, PYTHONPATH (the built package). Exit 1 naming each difference.
"""
import concurrent.futures
import csv
import io
import itertools
import json
import os
import pathlib
import re
import subprocess
import sys
import tempfile
import time

import participatieladder as pl

SOURCE = pathlib.Path(os.environ["PL_SOURCE_DIR"])
PLADDER = os.environ["PLADDER"]
CASELOAD = SOURCE / "examples" / "data" / "synthetic_caseload.csv"
INPUTS = [CASELOAD, SOURCE / "examples" / "records" / "small_caseload.csv"]
EXTENSIONS = SOURCE / "examples" / "extensions" / "heemskerk.json"


def library_constant(path, name):
    """The value of `name = <number>` or `name = 1u << <bits>` in the library source `path`: the part
    sizes this test must stay above (one number, written once, in the library)."""
    m = re.search(r"\b%s = (?:(\d+)|1u << (\d+));" % name, (SOURCE / path).read_text(encoding="utf-8"))
    if not m:
        raise SystemExit("determinism: %s not found in %s" % (name, path))
    return int(m.group(1)) if m.group(1) else 1 << int(m.group(2))


# check_threads::min_part_records' default and the threaded CSV read's fewest bytes a part
MIN_CHECK_PART = library_constant("src/pipeline/check.hpp", "default_min_part_records")
MIN_READ_PART = library_constant("src/io/csv_reader_core.hpp", "min_part_bytes")

failures = []
compared = {"runs": 0, "threads": 0, "thread counts": 0, "file order": 0, "doors": 0}


def fail(what):
    failures.append(what)


def pladder(*args):
    p = subprocess.run([PLADDER, *map(str, args)], capture_output=True)
    if p.returncode not in (0, 1):
        fail("pladder %s: exit %d: %s" % (" ".join(map(str, args)), p.returncode, p.stderr.decode("utf-8", "replace")))
    return p.stdout + b"\0" + p.stderr


def cli_outputs(path, out_dir):
    """Every output of check and report for one input, as {name: bytes}."""
    out = {}
    for lang, fmt in itertools.product(("nl", "en"), ("text", "json")):
        out["check %s %s" % (lang, fmt)] = pladder("check", path, "--lang", lang, "--format", fmt)
    for table in pl.TABLES:
        for fmt in ("text", "csv", "json"):
            out["report %s %s" % (table, fmt)] = pladder("report", path, "--table", table, "--format", fmt)
    html, xlsx = out_dir / "report.html", out_dir / "report.xlsx"
    for lang in ("nl", "en"):
        pladder("report", path, "--lang", lang, "--html", html, "--xlsx", xlsx)
        out["report --html %s" % lang] = html.read_bytes()
        out["report --xlsx %s" % lang] = xlsx.read_bytes()
    return out


def across_runs(tmp):
    for path in INPUTS:
        first = cli_outputs(path, tmp)
        time.sleep(1.1)  # a clock in any output (an XLSX's creation time, say) would now differ
        second = cli_outputs(path, tmp)
        for name in first:
            compared["runs"] += 1
            if first[name] != second[name]:
                fail("runs: %s of %s differs between two runs" % (name, path.name))


def check_bytes(records, engine):
    return pl.check_response(records, engine=engine).proto.SerializeToString(deterministic=True)


def report_bytes(records, table, engine):
    return pl.report(records, table, engine=engine).proto.SerializeToString(deterministic=True)


def across_threads():
    engine = pl.Engine(extensions=str(EXTENSIONS))
    records = pl.read(CASELOAD, engine=engine)
    jobs = [("check", None)] + [("report", t) for t in pl.TABLES]

    def run(job):
        kind, table = job
        return check_bytes(records, engine) if kind == "check" else report_bytes(records, table, engine)

    single = {job: run(job) for job in jobs}
    for threads in (1, 2, 4, 8):
        work = [job for job in jobs for _ in range(threads)]
        with concurrent.futures.ThreadPoolExecutor(max_workers=threads) as pool:
            answers = list(pool.map(run, work))
        for job, answer in zip(work, answers):
            compared["threads"] += 1
            if answer != single[job]:
                fail("threads: %s %s from %d threads differs from the single-threaded answer" % (job + (threads,)))


def hard_caseload(tmp, giant_middle):
    """A generated caseload (Dutch Excel style) of about 9 MB with the CSV's hard cases (see above)."""
    base = tmp / "generated.csv"
    pladder("generate", "--clients", 16000, "--seed", 13, "--reference-date", "2026-01-01",
            "--plant", "PL003=20,PL010=20,PL017=20,input=20", "--out", base)
    lines = base.read_text(encoding="utf-8-sig").split("\n")
    header, rows = lines[0], [r for r in lines[1:] if r]
    free = header.split(";").index("vrij veld")
    out = [header]
    for i, row in enumerate(rows):
        fields = row.split(";")
        if i % 97 == 5:  # a quoted value over three lines, with doubled quotes and the delimiter
            fields[free] = '"notitie ""%d"" café;\nregel twee ë\r\nregel drie €"' % i
        elif i % 211 == 7:  # a broken quote: a " inside an unquoted value (row skipped)
            fields[free] = 'kapot"aanhalingsteken'
        elif i % 307 == 11:  # text after a closing quote (row skipped)
            fields[free] = '"gesloten"en verder'
        elif i % 401 == 13:  # a row one field too wide (skipped)
            fields.append("extra")
        if i == len(rows) // 2 and giant_middle:
            fields[free] = '"' + "\n".join("regel %d van een lange notitie" % k for k in range(7000)) + '"'
        out.append(";".join(fields))
        if i % 151 == 3:
            out.append("")         # an empty line
        if i % 173 == 9:
            out.append(";;;;;")    # Excel's empty row
    ends = ["\n", "\r\n", "\n", "\r"]
    text = "\ufeff" + "".join(line + ends[i % 4 if i % 50 == 0 else 0] for i, line in enumerate(out))
    path = tmp / ("moeilijk_%s.csv" % ("midden" if giant_middle else "gewoon"))
    path.write_bytes(text.encode("utf-8"))
    if path.stat().st_size < 5 * MIN_READ_PART:
        fail("thread counts: the generated file is only %d bytes: too small to be read in four parts of %d bytes"
             % (path.stat().st_size, MIN_READ_PART))
    return path


STREAM = ((1, 1, 1), (7, 3, 2), (65536, 4096, 2))  # --part-records, --block-kib, --threads of --stream


def across_thread_counts(tmp):
    paths = [hard_caseload(tmp, giant) for giant in (False, True)]
    cp1252 = tmp / "moeilijk_cp1252.csv"  # Windows-1252, as Dutch Excel writes (SPEC §6)
    cp1252.write_bytes(paths[0].read_text(encoding="utf-8-sig").encode("cp1252"))
    for path in paths + [cp1252]:
        runs = {}
        for threads in (1, 2, 3, 4):
            t = ("--threads", threads)
            runs["check json", threads] = pladder("check", path, "--format", "json", "--reference-date", "2026-01-01", *t)
            runs["check text", threads] = pladder("check", path, "--lang", "en", "--reference-date", "2026-01-01", *t)
            runs["report placement", threads] = pladder("report", path, "--table", "placement", "--format", "json", *t)
            runs["report movement", threads] = pladder("report", path, "--table", "movement", "--format", "csv", *t)
        # checking in parts (--stream): parts of 1, 7 and 65536 records (the last: the whole file
        # as one part, checked on two threads in two parts), blocks of 1, 3 and 4096 KiB
        for records, kib, threads in STREAM:
            s = ("--stream", "--part-records", records, "--block-kib", kib, "--threads", threads)
            runs["check json", "stream %d/%d" % (records, kib)] = pladder(
                "check", path, "--format", "json", "--reference-date", "2026-01-01", *s)
            runs["check text", "stream %d/%d" % (records, kib)] = pladder(
                "check", path, "--lang", "en", "--reference-date", "2026-01-01", *s)
        for (name, threads), out in runs.items():
            if threads == 1:
                continue
            compared["thread counts"] += 1
            if out != runs[name, 1]:
                fail("thread counts: %s of %s with %s differs from --threads 1"
                     % (name, path.name, "--threads %d" % threads if isinstance(threads, int) else threads))
        # reporting in parts (report --stream, issue 25): the bytes of the report over the whole
        # store (its findings: the rows skipped), in the small parts and blocks of the checks above
        for table, fmt in (("placement", "json"), ("movement", "csv")):
            r = ("--table", table, "--format", fmt, "--reference-date", "2026-01-01")
            whole = pladder("report", path, *r)
            for records, kib, _ in STREAM[:2]:
                compared["thread counts"] += 1
                if pladder("report", path, *r, "--stream", "--part-records", records, "--block-kib", kib) != whole:
                    fail("thread counts: report %s of %s with --stream %d/%d differs from the report without it"
                         % (table, path.name, records, kib))
        response = json.loads(runs["check json", 1].split(b"\0")[0])
        if response["encodings"] != ["windows-1252" if path == cp1252 else "utf-8"]:
            fail("thread counts: %s read as %s" % (path.name, response["encodings"]))
        # the threaded checks really run in parts: with --threads 2-4, and in the threaded --stream
        # run whose one part is the whole file, the records are at least two parts of MIN_CHECK_PART
        records = response["records"]
        if records < 2 * MIN_CHECK_PART:
            fail("thread counts: %s has %d records: its threaded checks run as one part (fewer than twice %d)"
                 % (path.name, records, MIN_CHECK_PART))
        if not any(threads >= 2 and part > records for part, _, threads in STREAM):
            fail("thread counts: no threaded --stream run checks %s as one part of %d records" % (path.name, records))
        findings = response["findings"]
        kinds = {f["check"] for f in findings}
        skipped = [f for f in findings if f["check"] == "input" and "skipped" in f["message_en"]]
        if len(skipped) < 100 or not {"PL003", "PL010", "PL017"} <= kinds:
            fail("thread counts: %s does not have the hard cases it should (%d rows skipped, checks %s)"
                 % (path.name, len(skipped), sorted(kinds)))


def split_by_client(tmp):
    """The example caseload as three files, every client wholly in one of them."""
    text = CASELOAD.read_text(encoding="utf-8-sig")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    header, body = rows[0], rows[1:]
    client = header.index("client_id") if "client_id" in header else 0
    parts = [[], [], []]
    for row in body:
        parts[sum(map(ord, row[client])) % 3].append(row)
    paths = []
    for i, part in enumerate(parts):
        p = tmp / ("deel%d.csv" % (i + 1))
        with open(p, "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, delimiter=";", lineterminator="\r\n")
            w.writerow(header)
            w.writerows(part)
        paths.append(p)
    return paths


def findings_set(response):
    out = []
    for f in response["findings"]:
        f = dict(f)
        f.pop("record_index", None)  # the index in the joined record set: follows the order of the files
        out.append(json.dumps(f, sort_keys=True, ensure_ascii=False))
    return sorted(out)


def across_file_order(tmp):
    paths = split_by_client(tmp)
    orders = [paths, list(reversed(paths))]
    checks = [json.loads(pladder("check", *o, "--format", "json").split(b"\0")[0]) for o in orders]
    compared["file order"] += 1
    if findings_set(checks[0]) != findings_set(checks[1]):
        fail("file order: the check's findings differ when the files are given in another order")
    for k in ("errors", "warnings", "infos", "reference_date", "records"):
        if checks[0][k] != checks[1][k]:
            fail("file order: check %s is %r, in the other order %r" % (k, checks[0][k], checks[1][k]))
    whole = json.loads(pladder("check", CASELOAD, "--format", "json").split(b"\0")[0])
    if (whole["errors"], whole["warnings"], whole["infos"]) != (checks[0]["errors"], checks[0]["warnings"], checks[0]["infos"]):
        fail("file order: the split files do not give the whole file's error and warning counts")
    for table in pl.TABLES:
        answers = []
        for o in orders:
            response = json.loads(pladder("report", *o, "--table", table, "--format", "json").split(b"\0")[0])
            answers.append(json.dumps({"table": response["table"], "summary": response.get("summary")}, sort_keys=True))
        compared["file order"] += 1
        if answers[0] != answers[1]:
            fail("file order: report %s differs when the files are given in another order" % table)
        # the Python door, reading the files in either order, gives the same table too
        py = [pl.report(pl.read(*o), table).proto.table.SerializeToString(deterministic=True) for o in orders]
        compared["file order"] += 1
        if py[0] != py[1]:
            fail("file order: Python's report %s differs when the files are read in another order" % table)


def across_doors(tmp):
    records = pl.read(CASELOAD)
    for lang in ("nl", "en"):
        html, xlsx = tmp / "door.html", tmp / "door.xlsx"
        pladder("report", CASELOAD, "--lang", lang, "--html", html, "--xlsx", xlsx)
        compared["doors"] += 2
        if pl.report_html(records, lang=lang).encode("utf-8") != html.read_bytes():
            fail("doors: the HTML report (%s) of the CLI and of Python/C differ" % lang)
        if pl.report_xlsx(records, lang=lang) != xlsx.read_bytes():
            fail("doors: the XLSX report (%s) of the CLI and of Python/C differ" % lang)


def main():
    with tempfile.TemporaryDirectory() as tmp:
        tmp = pathlib.Path(tmp)
        across_runs(tmp)
        across_threads()
        across_thread_counts(tmp)
        across_file_order(tmp)
        across_doors(tmp)
    print("determinism: %d outputs alike across two runs, %d answers alike from 1/2/4/8 threads, "
          "%d outputs alike across --threads 1/2/3/4 and --stream, "
          "%d alike across file orders, %d HTML/XLSX alike across the CLI and the C ABI" %
          (compared["runs"], compared["threads"], compared["thread counts"], compared["file order"], compared["doors"]))
    if compared["runs"] < 50 or compared["threads"] < 100 or compared["thread counts"] < 50:
        fail("coverage: too few comparisons %s" % compared)
    if failures:
        print("\n".join("FAIL " + f for f in failures[:50]), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
