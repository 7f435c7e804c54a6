# SPDX-License-Identifier: Apache-2.0
"""A Python program with its own `protoc --python_out` modules of the installed .proto files next
to the installed binding (issue 20, Must show 2; docs/python.md "Your own message classes").

Usage: /usr/bin/python3 own_messages.py PROTO_DIR   (PROTO_DIR: <prefix>/share/participatieladder/proto)
with the binding on PYTHONPATH. Generates participatieladder/v1/*_pb2.py from PROTO_DIR into a
temporary directory, puts it on sys.path, imports those modules and the binding in one process,
sends an AnswerSet, a CheckRequest and a ReportRequest built with its own classes through the
binding, and parses every answer (bytes) with its own classes. Exits 0 when all is right.
"""
import glob
import os
import shutil
import subprocess
import sys
import tempfile


def main(proto_dir):
    protos = sorted(glob.glob(os.path.join(proto_dir, "participatieladder", "v1", "*.proto")))
    if not protos:
        sys.exit("no participatieladder/v1/*.proto under %s" % proto_dir)
    gen = tempfile.mkdtemp()
    try:
        subprocess.run([shutil.which("protoc") or "protoc", "--python_out=" + gen, "-I", proto_dir, *protos], check=True)
        sys.path.insert(0, gen)
        # Our own modules first, then the binding (which loads libparticipatieladder.so).
        from participatieladder.v1 import answers_pb2, check_pb2, common_pb2, determination_pb2, read_pb2, report_pb2
        import participatieladder as pl
        for m in (answers_pb2, check_pb2, common_pb2, determination_pb2, read_pb2, report_pb2):
            assert os.path.realpath(m.__file__).startswith(os.path.realpath(gen)), "not our own module: %s" % m.__file__
        run(pl, answers_pb2, check_pb2, common_pb2, determination_pb2, read_pb2, report_pb2)
    finally:
        shutil.rmtree(gen)
    print("own participatieladder.v1 modules and the binding in one process: determination, check, report ok")


def run(pl, answers_pb2, check_pb2, common_pb2, determination_pb2, read_pb2, report_pb2):
    engine = pl.Engine()

    # SPEC §4: 1:N 2:N 10:J 12:J 13:J is step 4.
    answers = answers_pb2.AnswerSet()
    for q, yes in ((1, False), (2, False), (10, True), (12, True), (13, True)):
        answers.answers.add(question=q, yes=yes)
    d = determination_pb2.DeterminationResult.FromString(engine.determine(answers).message.SerializeToString())
    assert d.complete and d.HasField("step") and d.step == 4, d
    assert d.path_notation == "1:N 2:N 10:J 12:J 13:J", d.path_notation

    def records(*rows):
        s = read_pb2.RecordSet()
        for client, step, measured_on in rows:
            s.records.add(client_id=client, step=step, measured_on=measured_on, caseworker="cw1")
        return s

    # SPEC §6/§8: a step that is no step notation is an `input` error finding.
    req = check_pb2.CheckRequest(records=records(("K1", "7", "2024-01-10"), ("K2", "1", "2024-02-01")))
    req.options.reference_date = "2024-06-01"
    checked = check_pb2.CheckResponse.FromString(engine.run_check_request(req).SerializeToString())
    assert checked.records == 2 and checked.reference_date == "2024-06-01", checked
    assert any(f.check == "input" and f.severity == common_pb2.SEVERITY_ERROR and f.client_id == "K1"
               and f.key == "step" and f.value == "7" for f in checked.findings), list(checked.findings)
    assert checked.errors >= 1

    # SPEC §10: the placement table of three clients (K3's latest measurement counts).
    req = report_pb2.ReportRequest(records=records(("K1", "1", "2024-01-10"), ("K2", "2", "2024-02-01"),
                                                   ("K3", "4", "2023-03-01"), ("K3", "2", "2024-03-01")))
    req.options.kind = report_pb2.REPORT_KIND_PLACEMENT
    req.options.reference_date = "2024-06-01"
    reported = report_pb2.ReportResponse.FromString(engine.run_report_request(req).SerializeToString())
    table = reported.table
    assert table.name == "placement" and table.columns[1].key == "clients", table
    clients = {row.cells[0].text: row.cells[1].number for row in table.rows if row.cells[1].HasField("number")}
    assert (clients["1"], clients["2"], clients["4"], clients["grand_total"]) == (1, 2, 0, 3), clients
    assert reported.quality.clients == 3

    # The binding's own answers are its private classes; ours pass in by their bytes, and the
    # binding's convenience functions take our messages too.
    assert pl.determine(answers).step == 4
    bad = read_pb2.RecordSet()
    bad.records.add(client_id="K1", step="7", measured_on="2024-01-10", caseworker="cw1")
    findings = pl.check(list(bad.records), reference_date="2024-06-01")
    assert any(f.proto.check == "input" and f.proto.value == "7" for f in findings), findings


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
