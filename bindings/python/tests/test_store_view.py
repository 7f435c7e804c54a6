# SPDX-License-Identifier: Apache-2.0
"""RecordSet.rows() and RecordSet.to_pandas() (issue 25): the caseload store seen from NumPy and
pandas, in place. The view cannot drift from the store: for every shared vector (tests/vectors,
checks and reports) and the example files, every record of ``to_pandas()`` and ``rows()`` agrees
field by field with the Record message the library gives for the same set
(``pl_record_set_message``): counts per step, dates, flags, codes, texts. The arrays are the
library's memory (no copy) and keep the set alive after the last reference to it is dropped.
Importing the package needs neither NumPy nor pandas; without pandas ``to_pandas()`` says so."""
import collections
import gc
import json
import os
import subprocess
import sys
import weakref

import numpy as np
import pandas as pd
import pytest

import participatieladder as pl
from participatieladder import store_view

from conftest import SOURCE_DIR, load_vectors

SMALL = SOURCE_DIR / "examples" / "records" / "small_caseload.csv"
SYNTHETIC = SOURCE_DIR / "examples" / "data" / "synthetic_caseload.csv"

YES_NO = ("start_qualification", "integration_obligation", "integration_need", "low_literacy",
          "work_obligation_exemption", "integration_exemption", "instrument_in_use", "instrument_deployed")


def jsonl(records):
    return "".join(json.dumps(r) + "\n" for r in records).encode("utf-8")


def vector_sets():
    """(name, file bytes) of every case of the shared check and report vectors."""
    out = []
    checks = load_vectors("checks.json")
    for case in checks["cases"]:
        out.append(("checks/" + case["name"], jsonl(dict(checks["base_record"], **o) for o in case["records"])))
    for case in load_vectors("reports.json")["cases"]:
        out.append(("reports/" + case["name"], jsonl(case["records"])))
    return out


VECTOR_SETS = vector_sets()


# -- what the Record message says, in the frame's terms ------------------------------------------


def _text(v):
    return v if v else None


def _date(v):
    return pd.Timestamp(v) if v else None


def _int(v):
    return int(v) if v else None


def _yes_no(key, v):
    if not v:
        return None
    if key == "work_obligation_exemption" and v not in ("yes", "no"):
        return True  # SPEC §6 field 20: a municipal code is yes
    return {"yes": True, "no": False}[v]


def _growth(v):
    if not v:
        return None
    return "+" if v.startswith("+") else "0"  # a graded growth (++, --) keeps its flag


def expected_row(record, sources):
    """The record message as the frame must show it (None: not filled)."""
    row = {"client_id": _text(record.client_id), "measured_on": _date(record.measured_on),
           "caseworker": _text(record.caseworker), "department": _text(record.department), "team": _text(record.team),
           "step": _int(record.step), "growth_potential": _growth(record.growth_potential),
           "target_step": _int(record.target_step), "target_horizon": _text(record.target_horizon),
           "target_growth": _growth(record.target_growth), "income_situation": _text(record.income_situation),
           "exit_reason": _text(record.exit_reason), "exit_date": _date(record.exit_date),
           "source": sources[record.source]}
    for key in YES_NO:
        row[key] = _yes_no(key, getattr(record, key))
    return row


def frame_rows(frame):
    """The rows of the frame as dicts, not filled as None."""
    return [{k: (None if pd.isna(v) else (int(v) if k in ("step", "target_step") else v)) for k, v in row.items()}
            for row in frame.to_dict("records")]


def assert_agrees(rs):
    """Every record of rs.to_pandas() and rs.rows() against the library's Record messages."""
    messages = rs.records()
    frame = rs.to_pandas()
    rows = rs.rows()
    layout = rs.store_layout()
    fields = {f["name"]: f for f in layout["fields"]}
    assert len(frame) == len(rows) == len(messages) == len(rs) == layout["records"]
    assert list(frame.columns[:3]) == ["client_id", "measured_on", "caseworker"]
    got = frame_rows(frame)
    for i, record in enumerate(messages):
        want = expected_row(record, rs.sources)
        assert got[i] == want, i
        # the raw row: the same values in the library's codes
        raw = rows[i]
        assert (None if raw["step"] == fields["step"]["none"] else int(raw["step"])) == want["step"]
        days = int(raw["measured_on"])
        assert (None if days == fields["measured_on"]["none"] else pd.Timestamp("1970-01-01") + pd.Timedelta(days=days)) \
            == want["measured_on"]
        for key in YES_NO:
            assert {0: False, 1: True, fields[key]["none"]: None}[int(raw[key])] == want[key], key
    # counts per step, and the leaving rows after the records: one per record with an exit_date
    steps = collections.Counter(_int(r.step) for r in messages)
    counted = frame["step"].value_counts(dropna=False)
    assert {(None if pd.isna(k) else int(k)): n for k, n in counted.items() if n} == dict(steps)
    everything = rs.rows(leaving=True)
    leaving = everything[len(rs):]
    with_exit = [i for i, r in enumerate(messages) if r.exit_date]
    assert len(everything) == layout["rows"] and len(leaving) == len(with_exit)
    assert list(store_view.raw_array(rs._store_owner(), "leaving_of", np.uint32)) == with_exit
    for row, i in zip(leaving, with_exit):
        assert int(row["step"]) == 9
        assert pd.Timestamp("1970-01-01") + pd.Timedelta(days=int(row["measured_on"])) == _date(messages[i].exit_date)
        assert row["client_id"] == rows[i]["client_id"] and row["exit_reason"] == rows[i]["exit_reason"]
    return frame


@pytest.mark.parametrize("name,data", VECTOR_SETS, ids=[n for n, _ in VECTOR_SETS])
def test_every_vector_agrees_with_the_record_messages(name, data):
    assert_agrees(pl.load(data, source_name="case.jsonl"))


@pytest.mark.parametrize("path", [SMALL, SYNTHETIC], ids=["small_caseload", "synthetic_caseload"])
def test_the_example_files_agree_with_the_record_messages(path):
    frame = assert_agrees(pl.load(path))
    assert frame["step"].notna().sum() > 0


def test_the_vectors_exercise_what_the_comparison_rests_on():
    """The comparison above covers not-filled values, leaving rows, every yes/no and code field."""
    every = pl.load(b"".join(d for _, d in VECTOR_SETS), source_name="cases.jsonl").to_pandas()
    assert every["step"].isna().any() and every["exit_date"].notna().any() and every["exit_reason"].notna().any()
    assert every["measured_on"].isna().any() and every["growth_potential"].notna().any()
    synthetic = pl.load(SYNTHETIC).to_pandas()
    for key in YES_NO + ("income_situation", "target_step", "target_horizon", "target_growth", "caseworker", "team"):
        assert synthetic[key].notna().any() or every[key].notna().any(), key


def test_not_filled_is_never_zero_or_false():
    data = b"client_id;measured_on;step;startkwalificatie;groeipotentieel\nK1;2025-01-15;0;nee;0\nK2;2025-01-15;;;\n"
    frame = pl.load(data).to_pandas()
    assert frame["step"].dtype == "UInt8" and frame["start_qualification"].dtype == "boolean"
    assert frame["step"].tolist()[0] == 0 and frame["step"].isna().tolist() == [False, True]
    assert frame["start_qualification"].isna().tolist() == [False, True] and not frame["start_qualification"][0]
    assert frame["growth_potential"].tolist()[0] == "0" and frame["growth_potential"].isna().tolist() == [False, True]
    for key in ("client_id", "caseworker", "department", "team", "growth_potential", "income_situation", "exit_reason",
                "source"):
        assert isinstance(frame[key].dtype, pd.CategoricalDtype), key
    assert str(frame["measured_on"].dtype).startswith("datetime64") and str(frame["exit_date"].dtype).startswith("datetime64")


# -- in place, and alive as long as an array is ------------------------------------------------------


def test_rows_are_the_library_memory_read_only():
    rs = pl.load(SYNTHETIC)
    a, b = rs.rows(), rs.rows(leaving=True)
    assert a.__array_interface__["data"][0] == b.__array_interface__["data"][0]
    assert not a.flags.owndata and not a.flags.writeable
    assert a.dtype.itemsize == rs.store_layout()["row_size"] and len(a) == len(rs)
    with pytest.raises(ValueError):
        a["step"][0] = 1


@pytest.mark.parametrize("how", ["del", "close"])
def test_rows_outlive_the_record_set(how):
    rs = pl.load(SMALL)
    rows = rs.rows(leaving=True)
    steps = rows["step"]  # a view of a view: it keeps the set alive too
    expected = rows.copy()
    owner = weakref.ref(rs._owner)
    if how == "close":
        rs.close()
        with pytest.raises(ValueError):
            rs.rows()  # the closed set gives no new arrays
    del rs
    gc.collect()
    others = [pl.load(SMALL) for _ in range(20)]  # allocations that would reuse freed memory
    assert owner() is not None
    # still a live set in the library: the ABI takes the handle and shows the same rows
    again = store_view.raw_array(owner(), "rows", rows.dtype)
    assert again.__array_interface__["data"][0] == rows.__array_interface__["data"][0]
    assert (rows == expected).all() and (steps == expected["step"]).all()
    del others, rows, again
    gc.collect()
    assert owner() is not None  # `steps` still refers to the set
    assert (steps == expected["step"]).all()
    del steps
    gc.collect()
    assert owner() is None  # the last array gone: the library's set is freed


def test_the_layout_describes_every_field_within_the_row():
    rs = pl.load(SMALL)
    layout = rs.store_layout()
    assert layout["layout"] == 1 and layout["day_epoch"] == "1970-01-01"
    width = {"uint8": 1, "int32": 4, "uint32": 4, "uint64": 8}
    taken = set()
    for f in layout["fields"]:
        assert f["array"] == "rows" and 0 <= f["offset"] and f["offset"] + width[f["type"]] <= layout["row_size"], f
        span = set(range(f["offset"], f["offset"] + width[f["type"]]))
        assert not (span & taken), f  # no two fields share a byte
        taken |= span
    names = {f["name"] for f in layout["fields"]}
    assert {"measured_on", "step", "client_id", "unit", "exit_reason"} | set(YES_NO) <= names
    assert {a["name"] for a in layout["arrays"]} == {"rows", "client_id_text", "client_id_offsets", "unit_text",
                                                      "unit_offsets", "leaving_of"}
    with pytest.raises(pl.InvalidArgumentError, match="no array of the store"):
        store_view.raw_array(rs._store_owner(), "records", np.uint8)


# -- NumPy and pandas only when asked ------------------------------------------------------------------


def _python(code):
    env = dict(os.environ)
    return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout


def test_importing_the_package_needs_neither_numpy_nor_pandas():
    out = _python("import sys; sys.modules['numpy'] = None; sys.modules['pandas'] = None\n"
                  "import participatieladder as pl\n"
                  "rs = pl.load(%r)\n"
                  "print(len(rs), len(rs.check('2025-06-30')) > 0)\n"
                  "try:\n    rs.rows()\nexcept ImportError as e:\n    print('rows:', e)\n" % str(SMALL))
    assert out.startswith("4 True\n")
    assert "rows: RecordSet.rows() and to_pandas() need NumPy, which is not installed" in out


def test_to_pandas_without_pandas_says_what_is_missing():
    out = _python("import sys; sys.modules['pandas'] = None\n"
                  "import participatieladder as pl\n"
                  "rs = pl.load(%r)\n"
                  "print(len(rs.rows()))\n"
                  "try:\n    rs.to_pandas()\nexcept ImportError as e:\n    print('to_pandas:', e)\n" % str(SMALL))
    assert out == ("4\nto_pandas: RecordSet.to_pandas() needs pandas, which is not installed "
                   "(Debian: apt install python3-pandas; docs/python.md)\n")
