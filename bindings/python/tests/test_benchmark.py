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
    text = benchmark.record_export(PERSONAL, KEY, extensions=HEEMSKERK)
    for secret in ("PRIV-0001", "111222333", "Zonnebloemsma", "Hendrikje", "Lindelaan", "2345 XY", "03-04-1971",
                   "1971-04-03", "Uithoorndorp", "heeft een hond", "WK-ZUIDOOST"):
        assert secret not in text
    rows = list(csv.DictReader(io.StringIO(text)))
    assert rows[0]["pseudonym"] == hmac.new(KEY, b"PRIV-0001", hashlib.sha256).hexdigest()
    assert rows[0]["pseudonym"] == rows[2]["pseudonym"] != rows[1]["pseudonym"]
    assert (rows[0]["birth_year"], rows[0]["postal_code_digits"]) == ("1971", "2345")
    assert (rows[0]["step"], rows[0]["determination"]) == ("4", "conversion")  # Heemskerk 2.4 → national 4 (§9)
    other = list(csv.DictReader(io.StringIO(benchmark.record_export(PERSONAL, KEY + b"-other"))))
    assert other[0]["pseudonym"] != rows[0]["pseudonym"]


def test_record_export_same_bytes_as_cli(tmp_path):
    key = tmp_path / "k"
    key.write_bytes(KEY + b"\n")
    key.chmod(0o600)
    cli = subprocess.run([os.environ["PL_PLADDER"], "export", "--benchmark", "--key", str(key), "--extensions", HEEMSKERK,
                          PERSONAL], check=True, capture_output=True).stdout.decode("utf-8")
    assert benchmark.record_export(PERSONAL, str(key), extensions=HEEMSKERK) == cli


def test_no_key_no_export_and_readable_key_warns(tmp_path):
    with pytest.raises(pl.InvalidArgumentError):
        benchmark.record_export(PERSONAL, None)
    with pytest.raises(pl.InvalidArgumentError):
        benchmark.record_export(PERSONAL, b"")
    with pytest.raises(pl.ConfigError):
        benchmark.record_export(PERSONAL, b"short")
    key = tmp_path / "k"
    key.write_bytes(KEY)
    key.chmod(0o644)
    with pytest.warns(UserWarning, match="readable by group or others"):
        benchmark.record_export(PERSONAL, str(key))


def test_srg_only_on_request(tmp_path):
    srg = tmp_path / "srg.csv"
    srg.write_text("trede;srg\n2;A\n3;B\n4;C\n")
    assert "srg_position" not in benchmark.record_export(PERSONAL, KEY)
    rows = list(csv.DictReader(io.StringIO(benchmark.record_export(PERSONAL, KEY, srg=str(srg)))))
    assert [(r["step"], r["srg_position"], r["determination"]) for r in rows] == [
        ("2", "A", "conversion"), ("4", "C", "conversion"), ("3", "B", "conversion")]


def test_conformance_and_publication_and_merge():
    c = benchmark.conformance(EXAMPLE, extensions=HEEMSKERK)
    assert c.comparable and c.records == 4479
    assert any(w.sub_step == "2.4" and w.national_step == 4 for w in c.comparability)
    p = benchmark.publication(EXAMPLE, "Heemskerk", extensions=HEEMSKERK)
    q = benchmark.publication(EXAMPLE, "Zonder subtreden")
    assert p.converted_national > 0 and q.converted_national == 0
    for t in p.tables:
        for cell in list(t.cells) + list(t.row_totals) + list(t.column_totals):
            assert cell.state == benchmark_pb2().CELL_STATE_PUBLISHED or cell.value == 0
    text = benchmark.merge([p, q], output="csv")
    lines = text.splitlines()
    assert lines[1].startswith("Heemskerk,yes,") and lines[2].startswith("Zonder subtreden,yes,") and lines[3].startswith("total,")
    # the national steps differ: Heemskerk counts 2.4/2.6 clients on 4 and 5
    assert lines[1] != lines[2].replace("Zonder subtreden", "Heemskerk")
    with pytest.raises(pl.InvalidArgumentError):
        benchmark.publication(EXAMPLE, "")


def benchmark_pb2():
    from participatieladder._embedded.v1 import benchmark_pb2 as m
    return m
