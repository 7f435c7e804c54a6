# SPDX-License-Identifier: Apache-2.0
"""Issue 9 ("one pipeline") from Python: answers as written go through the library's SPEC §6
yes/no table, several files keep their own provenance, every bad argument raises the library's
exceptions, and Python gives what pladder gives."""
import datetime
import json
import os
import subprocess

import pytest

import participatieladder as pl
from participatieladder import _native, errors

from conftest import SOURCE_DIR

BAD = SOURCE_DIR / "tests" / "bad_input"
EXPORT = SOURCE_DIR / "tests" / "data" / "exports" / "gemeente_export_cp1252.csv"


def test_answers_as_written_are_read_by_the_library_not_by_truthiness():
    assert pl.determine({1: "nee", 2: "nee", 10: "ja", 12: "ja", 13: "ja"}).step == 4
    assert pl.determine({1: False, 2: False, 10: True, 12: True, 13: True}).step == 4
    assert pl.determine([(1, "N"), (2, "n"), (10, "J"), (12, "true"), (13, 1)]).step == 4
    # "nee" would be truthy in Python: it must still be no (next question 2, not 4).
    assert pl.determine({1: "nee"}).next_question == 2
    with pytest.raises(pl.InvalidArgumentError, match="misschien"):
        pl.determine({1: "misschien"})
    with pytest.raises(pl.InvalidArgumentError):
        pl.determine({1: None})
    with pytest.raises(pl.InvalidArgumentError):
        pl.determine({"1": True})


def test_session_answers_as_written():
    s = pl.Session()
    s.answer("nee")
    assert s.question == 2
    s.answer(False).answer("ja").answer("J").answer("ja")
    assert s.complete and s.step == 4
    t = pl.Session()
    with pytest.raises(pl.InvalidArgumentError, match="soms"):
        t.answer("soms")
    assert t.question == 1 and t.answered == 0


def test_two_files_keep_each_findings_own_source():
    a, b = BAD / "step_7.csv", BAD / "date_month_13.csv"
    for joined in (pl.read_csv(a, b), pl.read(a, b), pl.read_csv(a) + pl.read_csv(b)):
        assert joined.sources == [str(a), str(b)]
        assert [(f.file, f.line) for f in joined.findings] == [(str(a), 3), (str(b), 3)]
        checked = [f for f in pl.check(joined, "2025-06-01") if f.check == "input"]
        assert [(f.file, f.line, f.key) for f in checked] == [(str(a), 3, "step"), (str(b), 3, "next_measurement_due")]
    extended = pl.read_csv(a)
    extended.extend(pl.read_csv(b))
    assert [(f.file, f.record_index) for f in extended.findings] == [(str(a), 1), (str(b), len(pl.read_csv(a)) + 1)]
    # the records of b carry their own source index
    assert {r.source for r in extended} == {0, 1}


def test_error_table_is_the_c_table():
    # pl::errc -> PL_E_* is tied by static_asserts in C++; here PL_E_* -> the Python classes.
    lib = _native.lib
    for status in range(-1, -11, -1):
        cls = errors.error_for(status, "x").__class__
        assert cls is not pl.ParticipatieladderError and cls.status == status, status
        assert lib.pl_status_str(status).decode() != "unknown status", status
    assert lib.pl_status_str(-11).decode() == "unknown status"
    names = {-1: "InvalidArgumentError", -2: "ParseError", -3: "FileError", -4: "FormatError", -5: "ConfigError",
             -6: "StateError", -7: "DecodeError", -8: "VersionError", -9: "InternalError", -10: "OutOfMemoryError"}
    assert {s: errors.error_for(s, "").__class__.__name__ for s in names} == names


def test_bad_arguments_raise_the_library_exceptions():
    records = pl.read_csv(SOURCE_DIR / "examples" / "records" / "small_caseload.csv")
    with pytest.raises(pl.InvalidArgumentError):
        pl.step_label(1, "de")
    with pytest.raises(pl.InvalidArgumentError):
        pl.report(records, "plaatsing", "2025-06-30")
    with pytest.raises(pl.InvalidArgumentError):
        pl.read_bytes(b"client_id;measured_on;step\n", "x.csv", format="xlsx")
    with pytest.raises(pl.InvalidArgumentError):
        pl.report_html(records, "2025-06-30", lang="fr")
    with pytest.raises(pl.FileError, match="no-such.json"):
        pl.check(records, "2025-06-30", config="no-such.json")
    with pytest.raises(pl.FileError, match="no-such-set.json"):
        pl.report(records, "placement", "2025-06-30", extensions="no-such-set.json")
    # a datetime.date is a date
    assert pl.check(records, datetime.date(2025, 6, 30))[0].check == "PL003"
    # period errors are the library's, in its own words (no CLI flags)
    with pytest.raises(pl.InvalidArgumentError) as e:
        pl.report(records, "movement", "2025-06-30", from_date="2025-06-01", to_date="2025-01-01")
    assert "--from" not in str(e.value) and "2025-06-01" in str(e.value)
    # a grouping the table does not have is refused, not ignored
    with pytest.raises(pl.InvalidArgumentError, match="not grouped"):
        pl.report(records, "placement", "2025-06-30", by="team")


def test_configuration_errors_are_the_ones_pladder_gives(tmp_path):
    pladder = os.environ.get("PL_PLADDER")
    if not pladder:
        pytest.skip("PL_PLADDER (the pladder binary) is set by ctest")
    config = tmp_path / "gemeente.json"
    config.write_text('{"disabled_check": ["PL018"]}')
    with pytest.raises(pl.ConfigError) as e:
        pl.Engine(config=config)
    run = subprocess.run([pladder, "check", "--config", str(config), str(EXPORT)], capture_output=True, text=True)
    assert run.returncode == 2
    assert e.value.message in run.stderr


def test_a_windows_1252_export_gives_the_findings_pladder_gives():
    pladder = os.environ.get("PL_PLADDER")
    if not pladder:
        pytest.skip("PL_PLADDER (the pladder binary) is set by ctest")
    records = pl.read_csv(EXPORT)
    assert records.encodings == ["windows-1252"]
    ours = pl.check_response(records, "2025-06-30")
    cli = json.loads(subprocess.run([pladder, "check", "--format", "json", "--reference-date", "2025-06-30", str(EXPORT)],
                                    capture_output=True, text=True).stdout)
    assert [f.proto.check for f in ours.findings] == [f["check"] for f in cli["findings"]]
    assert [f.message_nl for f in ours.findings] == [f["message_nl"] for f in cli["findings"]]
    assert ours.errors == cli["errors"] and ours.warnings == cli["warnings"] and ours.infos == cli["infos"]
    placement = pl.report(records, "placement", "2025-06-30")
    assert placement.quality.clients == placement.quality.clients_in_view == 12


def test_column_mapping_and_encoding_options(tmp_path):
    f = tmp_path / "eigen.csv"
    f.write_bytes("Cliënt;Datum van meting;Trede\r\nK1;3-8-2023;2\r\n".encode("cp1252"))
    with pytest.raises(pl.FormatError, match="client_id"):
        pl.read_csv(f)
    records = pl.read_csv(f, columns={"Cliënt": "client_id", "Datum van meting": "measured_on"})
    assert records[0].client_id == "K1" and records[0].measured_on == "2023-08-03"
    assert records.encodings == ["windows-1252"]
    with pytest.raises(pl.FormatError, match="not valid UTF-8"):
        pl.read_csv(f, columns={"Cliënt": "client_id", "Datum van meting": "measured_on"}, encoding="utf-8")
    with pytest.raises(pl.ConfigError, match="'klant' is not a key"):
        pl.read_csv(f, columns={"Cliënt": "klant"})


def test_report_xlsx_bytes_are_a_workbook():
    records = pl.read_csv(EXPORT)
    book = pl.report_xlsx(records, "2025-06-30")
    assert book[:4] == b"PK\x03\x04"
    assert book == pl.report_xlsx(records, "2025-06-30")  # deterministic
