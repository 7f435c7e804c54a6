# SPDX-License-Identifier: Apache-2.0
"""Reading files (SPEC §6) and consistency checks (SPEC §8) through Python: findings come from the
C++ core via pl_read_records / pl_check / pl_catalogue."""
import datetime

import pytest

import participatieladder as pl

from conftest import SOURCE_DIR

CASELOAD = SOURCE_DIR / "examples" / "records" / "small_caseload.csv"


def test_read_csv_gives_records_and_input_findings():
    records = pl.read_csv(CASELOAD)
    assert [r.client_id for r in records] == ["K001", "K002", "K003", "K004"]
    assert records[3].step == ""                   # 7 is not a step: not filled, and a finding
    assert records[2].measured_on == "2025-03-15"  # DD-MM-YYYY read, written as ISO (SPEC §6)
    assert records[2].growth_potential == "+"      # `2+` sets growth too
    assert [f.check for f in records.findings] == ["input"]
    f = records.findings[0]
    assert f.severity == "error" and f.key == "step" and f.value == "7" and f.file == str(CASELOAD) and f.line == 5


def test_check_reports_input_findings_then_check_findings():
    records = pl.read_csv(CASELOAD)
    findings = pl.check(records, reference_date="2025-06-30")
    # Ordered by file and line, input findings first within a line (the pipeline's one order).
    assert [(f.line, f.check) for f in findings] == [(3, "PL003"), (5, "input")]
    by_client = {}
    for f in findings:
        by_client.setdefault(f.client_id, []).append(f.check)
        assert f.message_nl and f.message_en and f.severity in ("error", "warning", "info")
    assert "PL003" in by_client["K002"]  # step 6 with a UWV benefit (SPEC §8)
    # K004's step 7 cannot be read: reported once, not again as "PL006 step is empty" (SPEC §6).
    assert by_client["K004"] == ["input"]
    pl003 = next(f for f in findings if f.check == "PL003")
    assert pl003.severity == "error" and pl003.file == str(CASELOAD) and pl003.line == 3 and pl003.record_index == 1


def test_check_takes_dicts_dates_and_a_configuration():
    rows = [{"client_id": "K1", "measured_on": "2025-01-15", "step": "6", "income_situation": "a", "caseworker": "cw"}]
    findings = pl.check(rows, reference_date=datetime.date(2025, 6, 30).isoformat())
    assert "PL003" in [f.check for f in findings]
    quiet = pl.check(rows, reference_date="2025-06-30", config={"disabled_checks": ["PL003"]})
    assert "PL003" not in [f.check for f in quiet]
    info = pl.check(rows, reference_date="2025-06-30", config={"severity": {"PL003": "info"}})
    assert [f.severity for f in info if f.check == "PL003"] == ["info"]
    with pl.Engine(config={"disabled_checks": ["PL003"]}) as engine:
        assert "PL003" not in [f.check for f in engine.check(rows, "2025-06-30")]


def test_check_errors_are_exceptions_with_the_library_message():
    with pytest.raises(pl.ParseError, match="reference_date"):
        pl.check([], reference_date="30 juni")
    with pytest.raises(pl.InvalidArgumentError, match="reference_date"):
        pl.check([], reference_date=20250630)
    with pytest.raises(pl.ConfigError, match="PL099"):
        pl.check([], reference_date="2025-06-30", config={"disabled_checks": ["PL099"]})
    with pytest.raises(pl.FileError):
        pl.read_csv(SOURCE_DIR / "no-such-file.csv")
    with pytest.raises(pl.FormatError):
        pl.read_bytes(b"", "empty.csv")


def test_unreadable_record_values_are_findings_without_personal_data():
    findings = pl.check([{"client_id": "K9", "measured_on": "2025-01-15", "step": "3", "birth_date": "31-02-1980"}],
                        reference_date="2025-06-30")
    bad = [f for f in findings if f.check == "input"]
    assert len(bad) == 1 and bad[0].key == "birth_date"
    assert "31-02-1980" not in bad[0].message_nl + bad[0].message_en + bad[0].value  # SPEC §11


def test_catalogue_with_engine_settings():
    checks = pl.catalogue()
    assert [c.id for c in checks] == ["PL%03d" % i for i in range(1, 24)]
    assert all(c.enabled for c in checks)
    assert [c.id for c in checks if c.history] == ["PL019", "PL020", "PL021"]
    with pl.Engine(config={"disabled_checks": ["PL018"], "severity": {"PL005": "error"}}) as engine:
        mine = {c.id: c for c in engine.catalogue()}
    assert not mine["PL018"].enabled and mine["PL005"].severity == "error"
    assert {c.id: c.severity for c in checks}["PL005"] == "warning"
