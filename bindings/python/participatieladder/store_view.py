# SPDX-License-Identifier: Apache-2.0
"""The caseload store of a :class:`~participatieladder.RecordSet` seen from NumPy and pandas
(issue 25): ``RecordSet.rows()`` and ``RecordSet.to_pandas()``.

The rows are read where the library keeps them (``pl_record_set_store_array``), through the
description the library gives of them (``pl_record_set_store_layout``: every field's name, byte
offset, type, "not filled" value and codes) — nothing of the layout is written down here, so the
library may change it. NumPy and pandas are imported only when these functions are called:
``import participatieladder`` needs neither.
"""
import ctypes
import json

from . import _native
from ._native import lib

_NUMPY_TYPES = {"uint8": "u1", "int32": "=i4", "uint32": "=u4", "uint64": "=u8"}


def _numpy():
    try:
        import numpy
    except ImportError:
        raise ImportError("RecordSet.rows() and to_pandas() need NumPy, which is not installed "
                          "(Debian: apt install python3-numpy; docs/python.md)") from None
    return numpy


def _pandas():
    try:
        import pandas
    except ImportError:
        raise ImportError("RecordSet.to_pandas() needs pandas, which is not installed "
                          "(Debian: apt install python3-pandas; docs/python.md)") from None
    return pandas


class StoreOwner:
    """Keeps a ``pl_record_set*`` alive for the arrays over its store: every array made by
    :func:`array` refers to this object, and the handle is freed when the last of them and the
    :class:`~participatieladder.RecordSet` are gone (``RecordSet.close()`` hands the handle over)."""

    def __init__(self, handle):
        self.handle = handle

    def __del__(self):
        if self.handle is not None and lib is not None:
            lib.pl_record_set_free(self.handle)
            self.handle = None


def layout(handle):
    """The store's layout (``pl_record_set_store_layout``) as a dict."""
    return json.loads(_native.call_buffer(lib.pl_record_set_store_layout, handle).decode("utf-8"))


def raw_array(owner, name, dtype):
    """Array ``name`` of the store as a read-only NumPy array of ``dtype``, in place; it keeps ``owner``
    (and so the set) alive."""
    np = _numpy()
    data, size = ctypes.c_void_p(), ctypes.c_size_t()
    _native.check(lib.pl_record_set_store_array(owner.handle, name.encode("utf-8"), ctypes.byref(data), ctypes.byref(size)))
    if not data.value or size.value == 0:
        return np.empty(0, dtype=dtype)
    buffer = (ctypes.c_char * size.value).from_address(data.value)
    buffer.owner = owner  # the array's base is `buffer`: while the array lives, so does the set
    out = np.frombuffer(buffer, dtype=dtype)
    out.flags.writeable = False
    return out


def row_dtype(description):
    """The NumPy structured dtype of a row, from the layout's fields."""
    np = _numpy()
    fields = [f for f in description["fields"] if f["array"] == "rows" and f["type"] in _NUMPY_TYPES]
    return np.dtype({"names": [f["name"] for f in fields], "formats": [_NUMPY_TYPES[f["type"]] for f in fields],
                     "offsets": [f["offset"] for f in fields], "itemsize": description["row_size"]})


def rows(owner, description, leaving=False):
    """Every record's row (and, with ``leaving``, the leaving rows after them) as a structured array."""
    out = raw_array(owner, "rows", row_dtype(description))
    return out if leaving else out[:description["records"]]


def _texts(owner, name):
    """The strings of an arena ``NAME_text`` with ``NAME_offsets``."""
    np = _numpy()
    text = raw_array(owner, name + "_text", np.uint8).tobytes()
    offsets = raw_array(owner, name + "_offsets", np.uint64).tolist()
    return [text[offsets[i]:offsets[i + 1]].decode("utf-8") for i in range(len(offsets) - 1)]


def _categorical(pd, np, codes, texts):
    """A categorical of ``texts[codes]``; "" (not given) and negative codes are missing."""
    unique = sorted(set(t for t in texts if t))
    position = {t: i for i, t in enumerate(unique)}
    lookup = np.array([position.get(t, -1) for t in texts] + [-1], dtype=np.int64)  # the last: for code -1
    return pd.Categorical.from_codes(lookup[codes], unique)


def to_pandas(owner, description, sources):
    """One row per record (leaving rows become the ``exit_date`` column), see RecordSet.to_pandas."""
    np, pd = _numpy(), _pandas()
    fields = {f["name"]: f for f in description["fields"]}
    everything = rows(owner, description, leaving=True)
    records = description["records"]
    r = everything[:records]

    def filled(name):
        values = np.ascontiguousarray(r[name])
        return values, values == fields[name]["none"]

    def date(values, none):
        out = values.astype("int64").astype("datetime64[D]")
        out[values == none] = np.datetime64("NaT")
        return out.astype("datetime64[ns]")

    def code_texts(name):
        f = fields[name]
        return {int(k): v for k, v in f["codes"].items()}

    def coded(name):
        values, missing = filled(name)
        texts = code_texts(name)
        order = sorted(texts)
        lookup = np.full(256, -1, dtype=np.int64)
        for i, code in enumerate(order):
            lookup[code] = i
        return pd.Categorical.from_codes(np.where(missing, -1, lookup[values]), [texts[c] for c in order])

    columns = {}
    client = np.ascontiguousarray(r["client_id"]).astype(np.int64)
    client[client == fields["client_id"]["none"]] = -1
    columns["client_id"] = pd.Categorical.from_codes(client, _texts(owner, "client_id"))
    columns["measured_on"] = date(r["measured_on"], fields["measured_on"]["none"])
    units = _texts(owner, "unit")
    unit = np.ascontiguousarray(r["unit"]).astype(np.int64)
    for k, name in enumerate(("caseworker", "department", "team")):
        columns[name] = _categorical(pd, np, unit, units[k::3])
    for name, f in fields.items():
        if f["array"] != "rows" or name in columns or name == "exit_reason":
            continue
        if f["kind"] == "step" and name != "sub_step_base":
            values, missing = filled(name)
            columns[name] = pd.arrays.IntegerArray(values.astype(np.uint8), missing)
        elif f["kind"] == "yes_no":
            values, missing = filled(name)
            columns[name] = pd.arrays.BooleanArray(values == 1, missing)
        elif f["kind"] == "code":
            columns[name] = coded(name)
    columns["exit_reason"] = coded("exit_reason")
    leaving_of = raw_array(owner, "leaving_of", np.uint32)
    exit_days = np.full(records, fields["measured_on"]["none"], dtype=np.int64)
    exit_days[leaving_of] = everything[records:]["measured_on"]
    columns["exit_date"] = date(exit_days, fields["measured_on"]["none"])
    columns["source"] = _categorical(pd, np, np.ascontiguousarray(r["source"]).astype(np.int64), list(sources))
    return pd.DataFrame(columns)
