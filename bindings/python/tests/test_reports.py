# SPDX-License-Identifier: Apache-2.0
"""pl.report / pl.read_extensions (SPEC §9-§10) through the C ABI: the same figures as the CLI,
findings as data, errors as exceptions naming the key and value, extension sets per engine or per
call."""
import os
import subprocess

import pytest

import participatieladder as pl

from conftest import SOURCE_DIR

EXAMPLE = SOURCE_DIR / "examples" / "data" / "synthetic_caseload.csv"
HEEMSKERK = SOURCE_DIR / "examples" / "extensions" / "heemskerk.json"
REFERENCE = "2026-01-01"


@pytest.fixture(scope="module")
def caseload():
    return pl.read_csv(EXAMPLE)


def test_placement_of_the_example_caseload_adds_up(caseload):
    r = pl.report(caseload, "placement", reference_date=REFERENCE)
    assert r.columns == ["step", "clients", "pct_of_total", "without_gp", "pct_without_gp", "with_gp", "pct_with_gp"]
    assert [row["step"] for row in r] == ["1", "2", "3", "4", "5", "6", "not_filled", "total_1_5", "grand_total"]
    steps = [r.row(str(s))["clients"] for s in range(1, 6)]
    assert r.row("total_1_5")["clients"] == sum(steps)
    grand = r.row("grand_total")["clients"]
    assert grand == sum(steps) + r.row("6")["clients"] + r.row("not_filled")["clients"]
    assert grand > 1000 and r.row("grand_total")["pct_of_total"] == 100
    for s in range(1, 6):
        row = r.row(str(s))
        assert row["without_gp"] + row["with_gp"] <= row["clients"]
    assert r.row("6")["without_gp"] is None  # not applicable: empty, not 0
    # Labels come from the library in both languages.
    assert r.row_labels("nl")[0] == pl.step_label(1, "nl")
    assert r.row_labels("en")[0] == pl.step_label(1, "en")
    assert r.column_label("clients", "en") != ""


@pytest.mark.parametrize("table", pl.TABLES)
def test_every_table_is_the_one_the_cli_writes(caseload, table):
    pladder = os.environ.get("PL_PLADDER")
    if not pladder:
        pytest.skip("PL_PLADDER (the pladder binary) is set by ctest")
    # exit 1: written, but the example's planted unreadable value is not counted (data quality)
    run = subprocess.run([pladder, "report", str(EXAMPLE), "--reference-date", REFERENCE, "--table", table,
                          "--format", "csv", "--csv", "rfc4180"], capture_output=True, text=True)
    assert run.returncode == 1, run.stderr
    assert pl.report(caseload, table, reference_date=REFERENCE).csv == run.stdout


def test_sub_steps_from_an_engine_or_per_call_are_the_same(caseload):
    plain = pl.report(caseload, "placement", reference_date=REFERENCE)
    per_call = pl.report(caseload, "placement", reference_date=REFERENCE, extensions=HEEMSKERK)
    with pl.Engine(extensions=HEEMSKERK) as engine:
        by_engine = engine.report(caseload, "placement", reference_date=REFERENCE)
    assert per_call.csv == by_engine.csv
    keys = [row["step"] for row in per_call]
    assert keys[keys.index("2") + 1:keys.index("3")] == ["2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "2.none"]
    # Sub-steps roll up: the base rows are the plain report's.
    for key in ["1", "2", "3", "4", "5", "6", "not_filled", "total_1_5", "grand_total"]:
        assert per_call.row(key) == plain.row(key)
    subs = [per_call.row(k)["clients"] for k in keys[keys.index("2") + 1:keys.index("3")]]
    assert sum(subs) == per_call.row("2")["clients"]
    assert per_call.row_labels("en")[keys.index("2.4")] == "Volunteer work is the most attainable"


def test_read_extensions_gives_the_validated_set():
    ext = pl.read_extensions(HEEMSKERK)
    assert ext.name == "Heemskerk"
    assert [s.code for s in ext.sub_steps] == ["2.1", "2.2", "2.3", "2.4", "2.5", "2.6"]
    assert ext.sub_steps[1].nl == "Oplossingsgericht" and ext.sub_steps[1].en == "Solution-focused"


def test_pl014_uses_the_engines_extension_set():
    rec = dict(client_id="K1", measured_on="2025-03-01", step="2", target_step="3", sub_step="2.2,2.9")
    assert [f.check for f in pl.check([rec], reference_date="2025-06-01") if f.check == "PL014"] == []
    with pl.Engine(extensions=HEEMSKERK) as engine:
        found = [f for f in engine.check([rec], reference_date="2025-06-01") if f.check == "PL014"]
    assert len(found) == 1 and "2.9" in found[0].message_en
    per_call = pl.check([rec], reference_date="2025-06-01", extensions=HEEMSKERK)
    assert [f.message_en for f in per_call if f.check == "PL014"] == [found[0].message_en]


def test_unreadable_values_are_findings_and_count_as_not_filled():
    records = [dict(client_id="a", measured_on="2024-03-01", step="2", growth_potential="maybe"),
               dict(client_id="b", measured_on="2024-03-01", step="x")]
    r = pl.report(records, "placement", reference_date="2024-12-31")
    assert [(f.check, f.key, f.record_index) for f in r.findings] == [("input", "growth_potential", 0),
                                                                     ("input", "step", 1)]
    assert r.row("2")["clients"] == 1 and r.row("2")["without_gp"] == 0 and r.row("2")["with_gp"] == 0
    assert r.row("not_filled")["clients"] == 1


def test_input_findings_of_a_file_come_first_and_name_the_file(tmp_path):
    path = tmp_path / "caseload.csv"
    path.write_text("client_id;measured_on;step\nK1;2024-03-01;2\nK2;31-02-2024;3\nK3;2024-03-01;7\n", encoding="utf-8")
    records = pl.read_csv(path)
    r = pl.report(records, "placement", reference_date="2024-12-31")
    assert len(r.findings) >= 2
    assert all(f.check == "input" and f.file == str(path) for f in r.findings)
    assert [f.line for f in r.findings[:len(records.findings)]] == [f.line for f in records.findings]


def test_movement_between_two_dates():
    records = [dict(client_id="a", measured_on="2023-06-01", step="2"),
               dict(client_id="a", measured_on="2024-06-01", step="4"),
               dict(client_id="b", measured_on="2024-02-01", step="3")]
    r = pl.report(records, "movement", reference_date="2024-12-31", from_date="2024-01-01", to_date="2024-12-31")
    assert r.summary["from"] == "2024-01-01" and r.summary["to"] == "2024-12-31"
    assert r.row("2")["4"] == 1
    assert r.row("new")["3"] == 1


def test_bad_requests_raise_exceptions_naming_the_value():
    recs = [dict(client_id="a", measured_on="2024-03-01", step="2")]
    with pytest.raises(pl.ParseError, match="reference_date"):
        pl.report(recs, "placement", reference_date="2024-13-45")
    with pytest.raises(ValueError, match="placement"):
        pl.report(recs, "pie", reference_date="2024-12-31")
    with pytest.raises(ValueError, match="team"):
        pl.report(recs, "caseload", reference_date="2024-12-31", by="office")
    with pytest.raises(pl.InvalidArgumentError, match="2025-01-01"):
        pl.report(recs, "movement", reference_date="2024-12-31", to_date="2025-01-01")
    with pytest.raises(pl.ConfigError, match="sub_steps.7: '7' is not a ladder step"):
        pl.report(recs, "placement", reference_date="2024-12-31",
                  extensions={"name": "x", "sub_steps": {"7": [{"code": "7.1", "nl": "zeven"}]}})
    with pytest.raises(pl.FileError, match="no-such-file.json"):
        pl.read_extensions("no-such-file.json")


def test_extension_set_messages_are_validated_by_the_library():
    # A message of the public participatieladder.v1 classes (not the binding's own private copy):
    # taken by its bytes, validated by the library all the same.
    from participatieladder.v1 import extensions_pb2

    bad = extensions_pb2.ExtensionSet(name="x")
    bad.sub_steps.add(code="2.1", nl="een")
    bad.sub_steps.add(code="2.1", nl="twee")
    with pytest.raises(pl.ConfigError, match="2.1"):
        pl.Engine(extensions=bad)


def test_the_html_report_is_the_page_the_cli_writes(caseload, tmp_path):
    pladder = os.environ.get("PL_PLADDER")
    if not pladder:
        pytest.skip("PL_PLADDER (the pladder binary) is set by ctest")
    page = tmp_path / "report.html"
    run = subprocess.run([pladder, "report", str(EXAMPLE), "--reference-date", REFERENCE, "--extensions", str(HEEMSKERK),
                          "--lang", "en", "--html", str(page)], capture_output=True)
    assert run.returncode == 1, run.stderr  # written; the planted unreadable value is not counted
    with pl.Engine(extensions=HEEMSKERK) as engine:
        html = engine.report_html(caseload, REFERENCE, lang="en")
    assert html == page.read_text(encoding="utf-8")


def test_report_html_is_self_contained_in_either_language(caseload):
    nl = pl.report_html(caseload, REFERENCE)
    en = pl.report_html(caseload, REFERENCE, lang="en", extensions=HEEMSKERK)
    assert nl.startswith("<!DOCTYPE html>") and 'lang="nl"' in nl and 'lang="en"' in en
    assert "Volunteer work is the most attainable" in en and "Heemskerk" in en
    for external in ("<script", "http://", "https://", "<link"):
        assert external not in nl
    with pytest.raises(ValueError, match="lang"):
        pl.report_html(caseload, REFERENCE, lang="de")
    with pytest.raises(pl.InvalidArgumentError, match="2026-06-01"):
        pl.report_html(caseload, REFERENCE, to_date="2026-06-01")
