# SPDX-License-Identifier: Apache-2.0
"""participatieladder.RecordSet (``pl_record_set``, issue 13): a set read once and kept in the
library. ``load`` then ``check`` and the reports give exactly the messages of ``read`` +
``check``/``report`` (the example data and the shared vectors), and — issue 13, must show 4 —
reading once and running a check and three reports reads once and serialises no record: the
native calls and the Python-side serialisations are counted."""
import collections
import json
import threading

import pytest

import participatieladder as pl
from participatieladder import _native
from participatieladder.checks import Records
from participatieladder._embedded.v1 import check_pb2, read_pb2, record_pb2, report_pb2

from conftest import SOURCE_DIR, load_vectors

SMALL = SOURCE_DIR / "examples" / "records" / "small_caseload.csv"
SYNTHETIC = SOURCE_DIR / "examples" / "data" / "synthetic_caseload.csv"
EXTENSIONS = SOURCE_DIR / "examples" / "extensions" / "heemskerk.json"


def jsonl(records):
    """Records (dicts of §6 keys) as the bytes of a JSON Lines file."""
    return "".join(json.dumps(r) + "\n" for r in records).encode("utf-8")


# -- identical results -----------------------------------------------------------------------------


@pytest.mark.parametrize("path", [SMALL, SYNTHETIC], ids=["small_caseload", "synthetic_caseload"])
def test_load_then_check_and_reports_equal_the_read_path(path):
    records = pl.read(path)
    with pl.load(path) as rs:
        assert len(rs) == len(records) > 0
        assert rs.sources == records.sources == [str(path)]
        assert rs.encodings == records.encodings
        assert [f.proto for f in rs.findings] == [f.proto for f in records.findings]
        assert rs.records().record_set() == records.record_set()
        for reference_date in (None, "2025-06-30"):
            assert rs.check_response(reference_date).proto == pl.check_response(records, reference_date).proto
            assert [f.proto for f in rs.check(reference_date)] == [f.proto for f in pl.check(records, reference_date)]
        for table in pl.TABLES:
            assert rs.report(table, "2025-06-30").proto == pl.report(records, table, "2025-06-30").proto, table
        assert (rs.report("caseload", "2025-06-30", by="team", extensions=EXTENSIONS).proto
                == pl.report(records, "caseload", "2025-06-30", by="team", extensions=EXTENSIONS).proto)
        for lang in ("nl", "en"):
            assert rs.report_html("2025-06-30", lang=lang) == pl.report_html(records, "2025-06-30", lang=lang)
            assert rs.report_xlsx("2025-06-30", lang=lang) == pl.report_xlsx(records, "2025-06-30", lang=lang)


def test_the_small_caseload_has_what_the_comparison_rests_on():
    rs = pl.load(SMALL)
    assert len(rs) == 4
    assert [(f.check, f.line, f.key) for f in rs.findings] == [("input", 5, "step")]  # K004's step 7
    assert rs.encodings == ["utf-8"]
    assert {f.check for f in rs.check("2025-06-30")} >= {"input"}


CHECK_DOC = load_vectors("checks.json")


@pytest.mark.parametrize("case", CHECK_DOC["cases"], ids=[c["name"] for c in CHECK_DOC["cases"]])
def test_check_vector_through_the_handle(case):
    data = jsonl(dict(CHECK_DOC["base_record"], **overlay) for overlay in case["records"])
    args = dict(reference_date=case["reference_date"], config=case.get("config"), extensions=case.get("extensions"))
    rs = pl.load(data, source_name="case.jsonl")
    got = rs.check_response(**args)
    assert got.proto == pl.check_response(pl.read_bytes(data, "case.jsonl", "jsonl"), **args).proto
    assert ([(f.check, f.client_id, f.severity) for f in got.findings]
            == [(e["check"], e["client_id"], e["severity"]) for e in case["expected"]])


REPORT_DOC = load_vectors("reports.json")


@pytest.mark.parametrize("case", REPORT_DOC["cases"], ids=[c["name"] for c in REPORT_DOC["cases"]])
def test_report_vector_through_the_handle(case):
    data = jsonl(case["records"])
    args = dict(reference_date=case["reference_date"], from_date=case.get("from"), to_date=case.get("to"),
                by=case.get("by"), extensions=case.get("extensions"), budget=case.get("budget"))
    got = pl.load(data, source_name="case.jsonl").report(case["table"], **args)
    assert got.proto == pl.report(pl.read_bytes(data, "case.jsonl", "jsonl"), case["table"], **args).proto
    assert got.findings == []
    if "expected_csv" in case:
        assert got.csv == case["expected_csv"]


def test_several_files_and_append_keep_each_finding_with_its_file(tmp_path):
    a, b = tmp_path / "a.csv", tmp_path / "b.csv"
    a.write_text("client_id;measured_on;step\nK1;2025-01-15;3\nK2;2025-02-01;7\n", encoding="utf-8")
    b.write_text("client_id;measured_on;step\nK1;2025-03-01;4\nK3;2025-03-01;x\n", encoding="utf-8")
    joined = pl.load(a, b)
    records = pl.read(a, b)
    assert joined.records().record_set() == records.record_set()
    assert [(f.file, f.line) for f in joined.findings] == [(str(a), 3), (str(b), 3)]
    assert (pl.load(a) + pl.load(b)).records().record_set() == records.record_set()
    assert joined.check_response("2025-06-30").proto == pl.check_response(records, "2025-06-30").proto
    with pytest.raises(pl.InvalidArgumentError):
        joined + records  # a Records is not a RecordSet: explicit, never a silent conversion


def test_read_options_bytes_and_format():
    data = "Klantnummer;Datum meting;Trede;Mijn kolom\nK1;2025-01-15;3;x\n".encode("cp1252")
    rs = pl.load(data, encoding="windows-1252", columns={"Mijn kolom": "caseworker"})
    assert rs.sources == ["input"] and rs.encodings == ["windows-1252"]
    assert rs.records().record_set() == pl.read_bytes(data, encoding="windows-1252",
                                                      columns={"Mijn kolom": "caseworker"}).record_set()
    assert rs.records()[0].caseworker == "x"
    with pytest.raises(pl.FormatError):
        pl.load(b"\x00\x01binary", format="csv")
    with pytest.raises(pl.InvalidArgumentError):
        pl.load(b"client_id;measured_on;step\n", format="xlsx")
    with pytest.raises(pl.InvalidArgumentError):
        pl.load(42)
    with pytest.raises(pl.InvalidArgumentError):
        pl.load()
    with pytest.raises(pl.FileError):
        pl.load(SOURCE_DIR / "no-such-file.csv")


def test_engine_and_module_functions_accept_a_record_set():
    engine = pl.Engine(config={"disabled_checks": ["PL018"], "severity": {"PL005": "error"}}, extensions=EXTENSIONS)
    records = pl.read(SYNTHETIC)
    rs = engine.load(SYNTHETIC)
    assert [f.proto for f in rs.check("2025-06-30")] == [f.proto for f in engine.check(records, "2025-06-30")]
    assert [f.proto for f in engine.check(rs, "2025-06-30")] == [f.proto for f in engine.check(records, "2025-06-30")]
    assert [f.proto for f in pl.check(rs, "2025-06-30")] == [f.proto for f in engine.check(records, "2025-06-30")]
    # a set read with the default engine, checked with another: the engine given wins
    plain = pl.load(SYNTHETIC)
    assert ([f.proto for f in plain.check("2025-06-30", engine=engine)]
            == [f.proto for f in engine.check(records, "2025-06-30")])
    assert engine.report(rs, "placement", "2025-06-30").proto == engine.report(records, "placement", "2025-06-30").proto
    assert engine.report_html(rs, "2025-06-30") == engine.report_html(records, "2025-06-30")
    assert pl.report_xlsx(rs, "2025-06-30") == pl.report_xlsx(records, "2025-06-30", engine=engine)
    # request messages carry the records themselves: a RecordSet is materialised for them
    assert pl.check_request(rs, "2025-06-30").records == records.record_set()


def test_closed_set_and_bad_arguments():
    rs = pl.load(SMALL)
    with pytest.raises(pl.InvalidArgumentError):
        rs.report("no-such-table")
    with pytest.raises(pl.InvalidArgumentError):
        rs.report_html(lang="de")
    with pytest.raises(pl.ParseError):
        rs.check("2025-13-45")
    rs.close()
    rs.close()  # again: nothing
    with pytest.raises(ValueError):
        rs.check()
    assert repr(rs) == "RecordSet(closed)"


def test_one_set_from_several_threads_gives_identical_results():
    rs = pl.load(SYNTHETIC)
    expected = rs.check_response("2025-06-30").proto.SerializeToString()
    results, errors = [], []

    def work():
        try:
            for _ in range(3):
                results.append(rs.check_response("2025-06-30").proto.SerializeToString())
        except Exception as e:  # noqa: BLE001 - reported below
            errors.append(e)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert results == [expected] * 12


# -- issue 13, must show 4: read once, no re-serialising ---------------------------------------------


@pytest.fixture
def counted(monkeypatch):
    """Count every call of every C entry point the binding uses (the ctypes function objects on
    ``_native.lib``, through which every call goes), every (de)serialisation in Python of a
    RecordSet or Record message and of the request messages that carry one, and every whole
    RecordSet message built from Records."""
    calls = collections.Counter()

    def counting(name, fn):
        def wrapper(*args):
            calls[name] += 1
            return fn(*args)
        return wrapper

    for name in _native._SIG:
        monkeypatch.setattr(_native.lib, name, counting(name, getattr(_native.lib, name)))
    for cls in (read_pb2.RecordSet, record_pb2.Record):
        for method in ("SerializeToString", "SerializePartialToString", "ParseFromString", "MergeFromString"):
            original = getattr(cls, method)
            monkeypatch.setattr(cls, method, counting("%s.%s" % (cls.__name__, method), original))
        original = cls.FromString
        monkeypatch.setattr(cls, "FromString", staticmethod(counting("%s.FromString" % cls.__name__, original)))
    for cls in (check_pb2.CheckRequest, report_pb2.ReportRequest):
        monkeypatch.setattr(cls, "SerializeToString", counting("%s.SerializeToString" % cls.__name__,
                                                               cls.SerializeToString))
    monkeypatch.setattr(Records, "record_set", counting("Records.record_set", Records.record_set))
    return calls


def test_reading_once_then_check_and_three_reports_reads_once_and_serialises_no_record(counted):
    rs = pl.load(SYNTHETIC)
    findings = pl.check(rs, "2025-06-30")
    placement = pl.report(rs, "placement", "2025-06-30")
    caseload = rs.report("caseload", "2025-06-30", by="team")
    movement = pl.default_engine().report(rs, "movement", "2025-06-30")
    page = pl.report_html(rs, "2025-06-30")
    book = rs.report_xlsx("2025-06-30", lang="en")
    assert findings and placement.rows and caseload.rows and movement.rows
    assert page.startswith("<!DOCTYPE html>") and book.startswith(b"PK")

    used = {name: n for name, n in counted.items() if name not in ("pl_buffer_free", "pl_last_error")}
    assert used == {
        "pl_record_set_read": 1,  # the file is read once
        "pl_record_set_info": 1,  # count, sources, findings: no records
        "pl_record_set_check": 1,
        "pl_record_set_report": 3,
        "pl_record_set_report_html": 1,
        "pl_record_set_report_xlsx": 1,
    }
    # What a revert to the message path would show: records re-read, joined, (de)serialised.
    for name in ("pl_read_records", "pl_read_records_v2", "pl_record_sets_concat", "pl_record_set_message", "pl_check",
                 "pl_report", "pl_report_html", "pl_report_xlsx"):
        assert counted[name] == 0, name
    assert not any(name.startswith(("RecordSet.", "Record.", "CheckRequest.", "ReportRequest.", "Records."))
                   for name in counted), counted


def test_the_counter_sees_the_message_path(counted):
    """The counting fixture is not blind: the same work on Records serialises and decodes the whole
    set on every call."""
    records = pl.read(SMALL)
    pl.check(records, "2025-06-30")
    pl.report(records, "placement", "2025-06-30")
    assert counted["pl_read_records_v2"] == 1 and counted["pl_check"] == 1 and counted["pl_report"] == 1
    assert counted["RecordSet.FromString"] == 1
    # each request message holds the records: built and serialised with the request, once per call
    assert counted["Records.record_set"] == 2
    assert counted["CheckRequest.SerializeToString"] == 1 and counted["ReportRequest.SerializeToString"] == 1
    assert counted["pl_record_set_read"] == 0
