# SPDX-License-Identifier: Apache-2.0
"""tests/vectors/checks.json (SPEC §8) through Python — the same file Catch2 runs
(tests/unit/checks_vectors_test.cpp): for every case exactly the expected findings, in engine order."""
import pytest

import participatieladder as pl

from conftest import load_vectors

DOC = load_vectors("checks.json")
CASES = DOC["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_check_vector(case):
    records = [dict(DOC["base_record"], **overlay) for overlay in case["records"]]
    findings = pl.check(records, reference_date=case["reference_date"], config=case.get("config"),
                        extensions=case.get("extensions"))
    assert [f.check for f in findings if f.check == "input"] == []  # every vector value is readable
    got = [(f.check, f.client_id, f.severity) for f in findings]
    assert got == [(e["check"], e["client_id"], e["severity"]) for e in case["expected"]]
    for f, e in zip(findings, case["expected"]):
        if "fields" in e:
            assert f.fields == e["fields"]
        if "record" in e:
            assert f.record_index == e["record"]
        assert f.message_nl and f.message_en


def test_every_catalogue_id_is_covered():
    about = {a for c in CASES for a in c["about"]}
    assert about >= {c.id for c in pl.catalogue()}
