# SPDX-License-Identifier: Apache-2.0
"""Reading a CSV file on several threads through the C ABI (issue 13, v1.ReadOptions.threads): the
same records, findings, check and report for 1, 2 and 4 threads, over a generated caseload large
enough for four parts."""
import os
import subprocess

import pytest

import participatieladder as pl
from participatieladder.errors import InvalidArgumentError


@pytest.fixture(scope="module")
def big_caseload(tmp_path_factory):
    pladder = os.environ.get("PL_PLADDER")
    if not pladder:
        pytest.fail("PL_PLADDER (the built pladder) is not set")
    path = tmp_path_factory.mktemp("threads") / "caseload.csv"
    subprocess.run([pladder, "generate", "--clients", "9000", "--seed", "4", "--reference-date", "2026-01-01",
                    "--plant", "PL003=10,PL017=10,input=10", "--out", str(path)], check=True, capture_output=True)
    assert path.stat().st_size > 4 * 2 ** 20
    return path


def test_threads_give_the_same_record_set_check_and_report(big_caseload):
    one = pl.load(big_caseload, threads=1)
    expected_records = one.records().record_set().SerializeToString(deterministic=True)
    expected_check = one.check_response(reference_date="2026-01-01").proto.SerializeToString(deterministic=True)
    expected_table = one.report("placement", reference_date="2026-01-01").proto.SerializeToString(deterministic=True)
    assert len(one) > 18000 and one.check(reference_date="2026-01-01")
    for threads in (2, 4):
        more = pl.load(big_caseload, threads=threads)
        assert more.records().record_set().SerializeToString(deterministic=True) == expected_records
        assert more.check_response(reference_date="2026-01-01").proto.SerializeToString(deterministic=True) == expected_check
        assert more.report("placement", reference_date="2026-01-01").proto.SerializeToString(deterministic=True) == expected_table


@pytest.mark.parametrize("threads", [0, 257, -1, 1.5, "2", True])
def test_threads_out_of_range_is_an_error(big_caseload, threads):
    with pytest.raises(InvalidArgumentError, match="threads"):
        pl.load(big_caseload, threads=threads)
