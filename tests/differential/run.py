#!/usr/bin/python3
# SPDX-License-Identifier: Apache-2.0
"""The differential test (issue 9): the same input gives the same answer through every door.

For every CSV/JSONL file under tests/ and examples/, and for the records of every case of the
check and report vector sets (written as JSON Lines files), three doors are asked:

  CLI     pladder check|report --format json           (the v1 CheckResponse / ReportResponse)
  C       tests/differential/c_door.c                  (pl_check_file_json / pl_report_file_json)
  Python  participatieladder.check_response / report   (pl_read_records_v2 + pl_check / pl_report)
  handle  participatieladder.load → RecordSet           (pl_record_set_read + pl_record_set_check /
                                                         pl_record_set_report: the records stay in C)
  Java    tests/differential/JavaDoor.java             (nl.participatieladder over JNA; issue 24)
  C#      tests/differential/DotnetDoor.cs             (the .NET binding under Mono; issue 24)

The Java and C# doors get every job the C door got, in one process each, and must answer with the
same bytes (the response JSON) or refuse with the same status and message. They run when the
build found a JDK with JNA (PL_JAVA_CLASSPATH) and Mono (PL_DOTNET_DIR).

Vector cases with settings pass them through every door as a user of that door would: a
configuration and an extension set for the checks (CLI --config/--extensions, C pl_read_config ->
engine + pl_read_extensions -> options, Python config=/extensions=), and for the reports the
extension set, budget configuration, grouping and period (--extensions, --budget, --by,
--from/--to; the C options; Python's keyword arguments).

The doors must agree: the CLI's JSON and the C JSON are the same bytes; Python's findings (check,
severity, client, file, line, both messages, key, value, caseworker, team), counts, reference date
and report rows are the same; the handle door's response messages equal the Python door's exactly;
a file one door refuses, every door refuses. The expectations of
tests/bad_input/expected.json (the bad-input vector set) are checked through the C and Python doors
here (the CLI door in tests/cli/bad_input_test.sh).

Environment: PLADDER, PL_C_DOOR, PL_SOURCE_DIR, PYTHONPATH (the built package). Exit 1 on any
difference, naming the file and the door.
"""
import json
import os
import pathlib
import subprocess
import sys
import tempfile

import participatieladder as pl

SOURCE = pathlib.Path(os.environ["PL_SOURCE_DIR"])
PLADDER = os.environ["PLADDER"]
C_DOOR = os.environ["PL_C_DOOR"]
TABLES = pl.TABLES  # every table of SPEC §10 (the message schema; reports/report_kinds.hpp in C++)
FINDING_KEYS = ("check", "severity", "client_id", "file", "line", "measured_on", "fields", "message_nl", "message_en",
                "key", "value", "caseworker", "team")
SEVERITY = {"error": "SEVERITY_ERROR", "warning": "SEVERITY_WARNING", "info": "SEVERITY_INFO"}

failures = []
jobs = []  # (where, job for the Java and C# doors, C door's rc, stdout, stderr)
compared = {"check": 0, "report": 0, "refused": 0, "expectations": 0, "check with settings": 0,
            "report with settings": 0, "handle": 0}


def fail(where, what):
    failures.append("%s: %s" % (where, what))


def run(args):
    p = subprocess.run(args, capture_output=True)
    return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8", "replace")


def cli(kind, path, reference, table=None, settings=None):
    settings = settings or {}
    args = [PLADDER, kind, "--format", "json", "--lang", "en", str(path)]
    if reference:
        args += ["--reference-date", reference]
    if table:
        args += ["--table", table]
    for key in ("config", "extensions", "budget"):
        if key in settings and (key != "config" or kind == "check") and (key != "budget" or kind == "report"):
            args += ["--" + key, str(settings[key])]
    if table and table == settings.get("table"):
        for key in ("by", "from", "to"):
            if key in settings:
                args += ["--" + key, settings[key]]
    return run(args)


def c_door(kind, path, options, settings=None):
    settings = settings or {}
    args = [C_DOOR, kind, str(path), json.dumps(options)]
    for key in ("config", "extensions", "budget"):
        if key in settings and (key != "config" or kind == "check") and (key != "budget" or kind == "report"):
            args += ["--" + key, str(settings[key])]
    return run(args)


def python_finding(f):
    return {"check": f.check, "severity": f.proto.severity, "client_id": f.client_id, "file": f.file, "line": f.line,
            "measured_on": f.measured_on, "fields": f.fields, "message_nl": f.message_nl, "message_en": f.message_en,
            "key": f.key, "value": f.value, "caseworker": f.caseworker, "team": f.team}


def json_finding(f):
    out = {k: f[k] for k in FINDING_KEYS}
    out["severity"] = {"SEVERITY_ERROR": 1, "SEVERITY_WARNING": 2, "SEVERITY_INFO": 3}[f["severity"]]
    return out


def python_read(path):
    try:
        return pl.read(path), None
    except pl.ParticipatieladderError as e:
        return None, e


def python_load(path):
    try:
        return pl.load(path), None
    except pl.ParticipatieladderError as e:
        return None, e


def compare_check(where, path, reference, settings=None):
    settings = settings or {}
    rc_cli, out_cli, err_cli = cli("check", path, reference, settings=settings)
    rc_c, out_c, err_c = c_door("check", path, {"reference_date": reference} if reference else {}, settings)
    jobs.append((where, {"kind": "check", "file": str(path), "reference_date": reference or "",
                         "config": str(settings["config"]) if "config" in settings else None,
                         "extensions": str(settings["extensions"]) if "extensions" in settings else None},
                 rc_c, out_c, err_c))
    records, error = python_read(path)
    handle, handle_error = python_load(path)
    refused = {"CLI": rc_cli == 2, "C": rc_c == 2, "Python": error is not None, "handle": handle_error is not None}
    if len(set(refused.values())) != 1:
        fail(where, "refused by %s only (CLI: %s / C: %s / Python: %s / handle: %s)" %
             ([d for d, r in refused.items() if r], err_cli.strip(), err_c.strip(), error, handle_error))
        return None
    if refused["CLI"]:
        compared["refused"] += 1
        # the same reason, in the library's words, through every door
        if error.message not in err_cli or error.message not in err_c or handle_error.message != error.message:
            fail(where, "refused with different messages: CLI %r, C %r, Python %r, handle %r"
                 % (err_cli, err_c, error.message, handle_error.message))
        return None
    if out_cli != out_c:
        fail(where, "check: the CLI's JSON and the C JSON differ:\nCLI %s\nC   %s" % (out_cli[:600], out_c[:600]))
    response = json.loads(out_cli)
    ours = pl.check_response(records, reference or None, config=settings.get("config"),
                             extensions=settings.get("extensions"))
    got = [python_finding(f) for f in ours.findings]
    want = [json_finding(f) for f in response["findings"]]
    if got != want:
        fail(where, "check: Python's findings differ from the CLI's:\nPython %s\nCLI    %s" % (got[:3], want[:3]))
    for k in ("errors", "warnings", "infos", "reference_date", "reference_date_from_data", "records"):
        if getattr(ours.proto, k) != response[k]:
            fail(where, "check: %s is %r in Python, %r in the CLI" % (k, getattr(ours.proto, k), response[k]))
    by_handle = handle.check_response(reference or None, config=settings.get("config"),
                                      extensions=settings.get("extensions"))
    if by_handle.proto != ours.proto:
        fail(where, "check: the handle door's CheckResponse differs from the Python door's")
    compared["handle"] += 1
    compared["check"] += 1
    if settings:
        compared["check with settings"] += 1
    return records, response, handle


def compare_reports(where, path, records, handle, reference, settings=None):
    settings = settings or {}
    for table in TABLES:
        rc_cli, out_cli, err_cli = cli("report", path, reference, table, settings)
        options = {"kind": "REPORT_KIND_" + table.upper()}
        if reference:
            options["reference_date"] = reference
        own = table == settings.get("table")  # grouping and period belong to the case's own table
        if own and "by" in settings:
            options["group_by"] = "GROUP_BY_" + settings["by"].upper()
        if own and "from" in settings:
            options["from_date"] = settings["from"]
        if own and "to" in settings:
            options["to_date"] = settings["to"]
        rc_c, out_c, err_c = c_door("report", path, options, settings)
        jobs.append(("%s report %s" % (where, table),
                     {"kind": "report", "file": str(path), "table": table, "reference_date": reference or "",
                      "by": settings.get("by") if own else None, "from": settings.get("from", "") if own else "",
                      "to": settings.get("to", "") if own else "",
                      "extensions": str(settings["extensions"]) if "extensions" in settings else None,
                      "budget": str(settings["budget"]) if "budget" in settings else None},
                     rc_c, out_c, err_c))
        args = dict(from_date=settings.get("from") if own else None, to_date=settings.get("to") if own else None,
                    by=settings.get("by") if own else None, extensions=settings.get("extensions"),
                    budget=settings.get("budget"))
        try:
            ours = pl.report(records, table, reference or None, **args)
            py_error = None
        except pl.ParticipatieladderError as e:
            ours, py_error = None, e
        try:
            by_handle = handle.report(table, reference or None, **args)
            handle_error = None
        except pl.ParticipatieladderError as e:
            by_handle, handle_error = None, e
        refused = {"CLI": rc_cli == 2, "C": rc_c == 2, "Python": py_error is not None, "handle": handle_error is not None}
        if len(set(refused.values())) != 1:
            fail(where, "report %s: refused by %s only (%s / %s / %s)" %
                 (table, [d for d, r in refused.items() if r], err_cli.strip(), err_c.strip(), py_error))
            continue
        if refused["CLI"]:
            compared["refused"] += 1
            continue
        if out_cli != out_c:
            fail(where, "report %s: the CLI's JSON and the C JSON differ" % table)
        response = json.loads(out_cli)
        t = response["table"]
        keys = [c["key"] for c in t["columns"]]
        cli_rows = [dict(zip(keys, (c.get("number", c.get("text")) for c in row["cells"]))) for row in t["rows"]]
        if ours.rows != cli_rows:
            fail(where, "report %s: Python's rows differ from the CLI's:\nPython %s\nCLI    %s" % (table, ours.rows[:3], cli_rows[:3]))
        if ours.csv != t["csv"]:
            fail(where, "report %s: Python's CSV differs from the CLI's" % table)
        if ours.quality.clients_in_view != response["quality"]["clients_in_view"]:
            fail(where, "report %s: data quality differs" % table)
        if by_handle.proto != ours.proto:
            fail(where, "report %s: the handle door's ReportResponse differs from the Python door's" % table)
        compared["handle"] += 1
        compared["report"] += 1
        if own or (settings and table == "placement"):
            compared["report with settings"] += 1


def check_expectations(where, path, case, reference):
    """tests/bad_input/expected.json through the C and Python doors."""
    rc_c, out_c, err_c = c_door("check", path, {"reference_date": reference})
    records, error = python_read(path)
    if int(case["exit"]) == 2:
        if rc_c != 2 or error is None:
            fail(where, "expected a refusal (exit 2): C rc %d, Python %r" % (rc_c, error))
        for s in case.get("contains", []):
            if s not in err_c or s not in error.message:
                fail(where, "refusal lacks %r: C %r, Python %r" % (s, err_c, error and error.message))
        compared["expectations"] += 1
        return
    if rc_c != 0 or error is not None:
        fail(where, "expected findings, got a refusal: C %r, Python %r" % (err_c, error))
        return
    doors = {"C": [json_finding(f) for f in json.loads(out_c)["findings"]],
             "Python": [python_finding(f) for f in pl.check_response(records, reference).findings]}
    for door, findings in doors.items():
        for want in case.get("findings", []):
            want = dict(want, severity={"error": 1, "warning": 2, "info": 3}[want["severity"]]) if "severity" in want else want
            if not any(all(f.get(k) == v for k, v in want.items()) for f in findings):
                fail(where, "%s: no finding matches %s" % (door, want))
        if "finding_lines" in case:
            got = sorted({int(f["line"]) for f in findings if f["severity"] != 3})
            if got != sorted(int(x) for x in case["finding_lines"]):
                fail(where, "%s: findings on lines %s, expected %s" % (door, got, case["finding_lines"]))
        errors = any(f["severity"] == 1 for f in findings)
        if errors != (int(case["exit"]) == 1):
            fail(where, "%s: error findings %s, but the expected exit is %s" % (door, errors, case["exit"]))
        text = json.dumps(findings, ensure_ascii=False)
        for s in case.get("absent", []):
            if s in text:
                fail(where, "%s: personal value %r in the findings" % (door, s))
    compared["expectations"] += 1


def managed_doors(tmp):
    """The Java and C# doors, built here from the installed binding, as commands (issue 24)."""
    doors = {}
    here = pathlib.Path(__file__).resolve().parent
    if os.environ.get("PL_JAVA_CLASSPATH"):
        classes = pathlib.Path(tmp) / "java-door"
        subprocess.run(["javac", "-encoding", "UTF-8", "-cp", os.environ["PL_JAVA_CLASSPATH"], "-d", str(classes),
                        str(here / "JavaDoor.java")], check=True)
        doors["Java"] = ([os.environ["PL_JAVA"], "-Dparticipatieladder.library=" + os.environ["PL_LIBRARY"], "-cp",
                          os.environ["PL_JAVA_CLASSPATH"] + ":" + str(classes), "JavaDoor"], None)
    if os.environ.get("PL_DOTNET_DIR"):
        exe = pathlib.Path(tmp) / "DotnetDoor.exe"
        dll = pathlib.Path(os.environ["PL_DOTNET_DIR"]) / "Participatieladder.dll"
        subprocess.run(["mcs", "-nologo", "-warnaserror", "-r:" + str(dll), "-out:" + str(exe), str(here / "DotnetDoor.cs")],
                       check=True)
        env = dict(os.environ, MONO_PATH=os.environ["PL_DOTNET_DIR"],
                   LD_LIBRARY_PATH=os.path.dirname(os.environ["PL_LIBRARY"]))
        doors["C#"] = (["mono", str(exe)], env)
    return doors


def compare_managed(tmp):
    """Every job the C door did, through the Java and C# doors: the same bytes, the same refusals."""
    import time
    started = time.monotonic()
    for door, (command, env) in managed_doors(tmp).items():
        stdin = "".join(json.dumps(job, ensure_ascii=False) + "\n" for _, job, _, _, _ in jobs)
        p = subprocess.run(command, input=stdin.encode("utf-8"), capture_output=True, env=env)
        lines = p.stdout.decode("utf-8").split("\n")
        if p.returncode != 0 or len(lines) != len(jobs) + 1:
            fail(door, "the door ended with %d after %d of %d jobs: %s"
                 % (p.returncode, len(lines) - 1, len(jobs), p.stderr.decode("utf-8", "replace")[-2000:]))
            continue
        for (where, job, rc_c, out_c, err_c), line in zip(jobs, lines):
            if line.startswith("!ERROR "):
                if rc_c != 2:
                    fail(where, "%s refused it (%s), the C door did not" % (door, line))
                elif line.split(" ", 2)[2].replace("\\n", "\n") not in err_c:
                    fail(where, "%s refused with another message: %r, C %r" % (door, line, err_c))
                compared[door + " refused"] = compared.get(door + " refused", 0) + 1
            elif rc_c != 0:
                fail(where, "the C door refused it (%s), %s did not" % (err_c.strip(), door))
            elif line != out_c.rstrip("\n"):
                fail(where, "%s's %s JSON differs from the C door's bytes:\n%s %s\nC    %s"
                     % (door, job["kind"], door, line[:400], out_c[:400]))
            else:
                compared[door] = compared.get(door, 0) + 1
    if jobs:
        print("differential: the Java and C# doors, built and run: %.0f s" % (time.monotonic() - started))


def vector_files(tmp):
    """The records of every check and report vector case as a JSON Lines file, with its date and
    settings (the case's configuration, extension set and budget as files; its table, grouping and
    period)."""
    out = []
    for name in ("checks.json", "reports.json"):
        data = json.loads((SOURCE / "tests" / "vectors" / name).read_text(encoding="utf-8"))
        base = data.get("base_record", {})  # checks.json: every record is base_record overlaid with the case's
        for i, case in enumerate(data["cases"]):
            records = case.get("records") or case.get("input", {}).get("records")
            reference = case.get("reference_date") or case.get("input", {}).get("reference_date", "")
            if not records:
                continue
            stem = pathlib.Path(tmp) / ("%s-%03d" % (name.split(".")[0], i))
            path = stem.with_suffix(".jsonl")
            with open(path, "w", encoding="utf-8") as f:
                for r in records:
                    f.write(json.dumps(dict(base, **r), ensure_ascii=False) + "\n")
            settings = {}
            for key in ("config", "extensions", "budget"):
                if case.get(key):
                    settings[key] = pathlib.Path("%s.%s.json" % (stem, key))
                    settings[key].write_text(json.dumps(case[key], ensure_ascii=False), encoding="utf-8")
            if settings or any(k in case for k in ("by", "from", "to")):
                settings.update({k: case[k] for k in ("table", "by", "from", "to") if k in case})
            out.append((path, reference, "%s case %d (%s)" % (name, i, case.get("name", case.get("id", ""))), settings))
    return out


def main():
    bad = json.loads((SOURCE / "tests" / "bad_input" / "expected.json").read_text(encoding="utf-8"))
    bad_reference = bad["reference_date"]
    files = []
    for c in bad["cases"]:
        files.append((SOURCE / "tests" / "bad_input" / c["file"], bad_reference, c))
    for pattern in ("tests/cli/data/*", "tests/data/**/*.csv", "tests/data/**/*.jsonl", "examples/records/*",
                    "examples/data/*.csv"):
        for p in sorted(SOURCE.glob(pattern)):
            if p.suffix in (".csv", ".jsonl", ".ndjson"):
                files.append((p, "", None))
    with tempfile.TemporaryDirectory() as tmp:
        vectors = vector_files(tmp)
        if len(vectors) < 20:
            fail("vectors", "only %d vector cases found: the vector files changed shape" % len(vectors))
        for path, reference, case in files:
            where = str(path.relative_to(SOURCE))
            checked = compare_check(where, path, reference)
            if case is not None:
                check_expectations(where, path, case, reference)
            if checked and case is None:
                compare_reports(where, path, checked[0], checked[2], reference)
        for path, reference, where, settings in vectors:
            checked = compare_check(where, path, reference, settings)
            if checked:
                compare_reports(where, path, checked[0], checked[2], reference, settings)
        compare_managed(tmp)
    print("differential: %d check comparisons (%d with a configuration or extension set), %d report comparisons "
          "(%d with an extension set, budget, grouping or period), %d refusals alike, %d bad-input expectations "
          "through C and Python, %d responses of the record-set handle equal to Python's"
          % (compared["check"], compared["check with settings"], compared["report"], compared["report with settings"],
             compared["refused"], compared["expectations"], compared["handle"]))
    for door in ("Java", "C#"):
        if door in compared or door + " refused" in compared:
            print("differential: %s door: %d responses byte-identical to the C door's, %d refusals with the same message"
                  % (door, compared.get(door, 0), compared.get(door + " refused", 0)))
            if compared.get(door, 0) < compared["check"] + compared["report"]:
                fail(door, "fewer responses than the other doors: %s" % compared)
    if compared["check"] < 60 or compared["report"] < 100 or compared["check with settings"] < 6 \
            or compared["report with settings"] < 8 or compared["handle"] != compared["check"] + compared["report"]:
        fail("coverage", "too few comparisons: %s" % compared)
    if failures:
        print("\n".join("FAIL " + f for f in failures[:50]), file=sys.stderr)
        print("%d differences" % len(failures), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
