# SPDX-License-Identifier: Apache-2.0
"""The benchmark exchange from Python (SPEC §9, §11, §12): the same library pipeline as
``pladder conform --data``, ``export --benchmark``, ``benchmark export`` and ``benchmark merge``."""
import csv
import hashlib
import hmac
import io
import os
import subprocess

import pytest

import participatieladder as pl
from participatieladder import benchmark

SRC = os.environ.get("PL_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", "..", ".."))
PERSONAL = os.path.join(SRC, "tests", "cli", "data", "benchmark_personal.csv")
EXAMPLE = os.path.join(SRC, "examples", "data", "synthetic_caseload.csv")
HEEMSKERK = os.path.join(SRC, "examples", "extensions", "heemskerk.json")
KEY = b"gemeente-geheim-voor-de-test-1"


def test_record_export_privacy_and_pseudonym(tmp_path):
    text = benchmark.record_export(PERSONAL, KEY, "Gemeente", extensions=HEEMSKERK)
    for secret in ("PRIV-0001", "111222333", "Zonnebloemsma", "Hendrikje", "Lindelaan", "2345 XY", "03-04-1971",
                   "1971-04-03", "Uithoorndorp", "heeft een hond", "WK-ZUIDOOST"):
        assert secret not in text
    rows = list(csv.DictReader(io.StringIO(text)))
    # docs/privacy.md: HMAC-SHA-256 of "pladder/pseudonym/2", the municipality and the client id, normalised
    assert rows[0]["pseudonym"] == hmac.new(KEY, b"pladder/pseudonym/2\x1fgemeente\x1fpriv-0001", hashlib.sha256).hexdigest()
    assert rows[0]["pseudonym"] == rows[2]["pseudonym"] != rows[1]["pseudonym"]
    assert (rows[0]["birth_year"], rows[0]["postal_code_digits"]) == ("", "")  # two clients: suppressed (k = 5)
    assert "caseworker" not in rows[0] and rows[0]["measured_on"] == "2025-01"
    assert (rows[0]["step"], rows[0]["determination"]) == ("4", "conversion")  # Heemskerk 2.4 → national 4 (§9)
    other = list(csv.DictReader(io.StringIO(benchmark.record_export(PERSONAL, KEY + b"-other", "Gemeente"))))
    assert other[0]["pseudonym"] != rows[0]["pseudonym"]


def test_record_export_same_bytes_as_cli(tmp_path):
    key = tmp_path / "k"
    key.write_bytes(KEY + b"\n")
    key.chmod(0o600)
    cli = subprocess.run([os.environ["PL_PLADDER"], "export", "--benchmark", "--key", str(key), "--municipality", "Gemeente",
                          "--extensions", HEEMSKERK, PERSONAL], check=True, capture_output=True).stdout.decode("utf-8")
    assert benchmark.record_export(PERSONAL, str(key), "Gemeente", extensions=HEEMSKERK) == cli


def test_no_key_no_export_weak_or_readable_key_refused(tmp_path):
    with pytest.raises(pl.InvalidArgumentError):
        benchmark.record_export(PERSONAL, None, "G")
    with pytest.raises(pl.InvalidArgumentError):
        benchmark.record_export(PERSONAL, b"", "G")
    with pytest.raises(pl.ConfigError):
        benchmark.record_export(PERSONAL, b"short", "G")
    with pytest.raises(pl.ConfigError):
        benchmark.record_export(PERSONAL, b"Kleindorp2025!!!", "G")
    key = tmp_path / "k"
    key.write_bytes(KEY)
    key.chmod(0o644)
    with pytest.raises(pl.InvalidArgumentError, match="readable or writable by group or others"):
        benchmark.record_export(PERSONAL, str(key), "G")


def test_srg_only_on_request(tmp_path):
    srg = tmp_path / "srg.csv"
    srg.write_text("trede;srg\n2;A\n3;B\n4;C\n")
    assert "srg_position" not in benchmark.record_export(PERSONAL, KEY, "G")
    rows = list(csv.DictReader(io.StringIO(benchmark.record_export(PERSONAL, KEY, "G", srg=str(srg)))))
    assert [(r["step"], r["srg_position"], r["determination"]) for r in rows] == [
        ("2", "A", "conversion"), ("4", "C", "conversion"), ("3", "B", "conversion")]


def test_conformance_and_publication_and_merge():
    c = benchmark.conformance(EXAMPLE, extensions=HEEMSKERK)
    assert c.comparable and c.records == 4479
    assert any(w.sub_step == "2.4" and w.national_step == 4 for w in c.comparability)
    p = benchmark.publication(EXAMPLE, "Heemskerk", KEY, extensions=HEEMSKERK)
    q = benchmark.publication(EXAMPLE, "Zonder subtreden", KEY)
    assert p.format == 2 and p.protection == "cell-key-rounding" and p.rounding_base == 5
    assert p.converted_national > 0 and q.converted_national == 0
    for t in p.tables:
        for cell in list(t.cells) + list(t.row_totals) + list(t.column_totals):
            assert cell.state == benchmark_pb2().CELL_STATE_PUBLISHED and cell.value % 5 == 0
    # without the extension set the sub-steps have no national step: not comparable (SPEC §9, issue 21)
    assert p.conformance.comparable and not q.conformance.comparable
    text = benchmark.merge([p, q], output="csv")
    lines = text.splitlines()
    assert lines[1].startswith("Heemskerk,") and ",yes,no,yes," in lines[1]
    assert lines[2].startswith("Zonder subtreden,") and ",no,no,no," in lines[2]
    assert lines[3].startswith("total,") and ",,,1," in lines[3]  # the total is over the comparable one only
    with pytest.raises(pl.InvalidArgumentError):
        benchmark.publication(EXAMPLE, "", KEY)
    with pytest.raises(pl.InvalidArgumentError):
        benchmark.merge([p], policy_base=10)


def benchmark_pb2():
    from participatieladder._embedded.v1 import benchmark_pb2 as m
    return m
