# SPDX-License-Identifier: Apache-2.0
"""A record set read once and kept in the library (``pl_record_set``, issue 13).

:func:`load` reads files the way :func:`~participatieladder.read` does, but the records stay in
the C library: :meth:`RecordSet.check` and the report methods send only their options across, so
``load → check → several reports`` reads and converts the records once. :class:`Records` (the
records as ``participatieladder.v1.Record`` messages in Python) carries the whole set in and out
of every call instead; :meth:`RecordSet.records` gives one on demand.
"""
import ctypes
import os

from . import _args, _default, _native, store_view
from ._native import lib
from .checks import CheckResult, HeldRecords, Records, _ReadSummary, _read_options, check_options
from .reports import Report, report_options
from .errors import InvalidArgumentError
from ._embedded.v1 import check_pb2, read_pb2, report_pb2

_FORMATS = {"csv": 0, "jsonl": 1, "auto": 2}


class RecordSet(_ReadSummary, HeldRecords):
    """Records read by the library and kept there (``pl_record_set``): immutable, so one set may be
    checked and reported on from several threads at once. Made by :func:`load` (or
    :meth:`Engine.load <participatieladder.Engine.load>`); released on ``close()``, at the end of a
    ``with`` block, or when collected.

    Every module function that takes records — :func:`~participatieladder.check`,
    :func:`~participatieladder.check_response`, :func:`~participatieladder.report`,
    :func:`~participatieladder.report_html`, :func:`~participatieladder.report_xlsx` and the
    :class:`~participatieladder.Engine` methods — also takes a ``RecordSet`` and then calls the
    methods below. Results are identical to those of the same files read with
    :func:`~participatieladder.read`.

    Attributes:
        findings: the ``input`` findings of reading (values that cannot be read, rows skipped, local
            columns), as :class:`~participatieladder.Finding`.
        sources: the file names; encodings: per source the encoding it was read in;
        local_columns: per source the columns kept as local fields.
        ``len(s)``: the number of records.
    """

    _owner = None  # the store_view.StoreOwner of the handle: it frees it; arrays from rows() keep it alive

    def __init__(self, handle, engine=None):
        """Take ownership of a ``pl_record_set*`` (a ``ctypes.c_void_p``); use :func:`load`."""
        self._handle = handle
        self._owner = store_view.StoreOwner(handle)
        self._engine = engine
        raw = _native.call_buffer(lib.pl_record_set_info, handle)
        self._info = read_pb2.RecordSetInfo.FromString(raw)

    @property
    def handle(self):
        """The ``pl_record_set*`` as a ``ctypes.c_void_p``."""
        if self._handle is None:
            raise ValueError("record set is closed")
        return self._handle

    def __len__(self):
        return self._info.records

    def _summary(self):
        return self._info

    @property
    def local_columns(self):
        """Per source, the columns that are no §6 key, kept as local fields."""
        return [list(c.names) for c in self._info.local_columns]

    def records(self):
        """The records as :class:`~participatieladder.Records` (``participatieladder.v1.Record``
        messages in Python), converted now from the library's set (``pl_record_set_message``)."""
        raw = _native.call_buffer(lib.pl_record_set_message, self.handle)
        return Records.from_set(read_pb2.RecordSet.FromString(raw))

    def close(self):
        """Release the set; calling it again does nothing. Arrays from :meth:`rows` stay valid: the
        library's set is freed when the last of them is gone (at once when there are none)."""
        self._handle = None
        self._owner = None  # the StoreOwner frees the handle when nothing refers to it any more

    def _store_owner(self):
        if self._handle is None:
            raise ValueError("record set is closed")
        return self._owner

    def store_layout(self):
        """The layout of the set's caseload store as the library describes it
        (``pl_record_set_store_layout``, a dict): the record and row counts, the arrays, and per
        field of a row its name, byte offset, type, "not filled" value and codes."""
        return store_view.layout(self.handle)

    def rows(self, leaving=False):
        """The set's caseload store as a read-only NumPy structured array, in place (no copy): one
        row per record, row ``i`` = record ``i`` (``len(s)`` rows); with ``leaving=True`` also the
        leaving rows after them (one per record with an ``exit_date``: step 9 on that date).

        The fields are those of :meth:`store_layout` (``measured_on`` as days since 1970-01-01,
        ``step`` as its code, yes/no as 0/1, ``client_id`` and ``unit`` as indexes; the "not filled"
        value of each field is in the layout, never 0). The array keeps the set alive: it stays
        valid after the last reference to the ``RecordSet`` is dropped, or after ``close()``.
        Needs NumPy (ImportError otherwise); :meth:`to_pandas` gives the same data with text and
        dates."""
        return store_view.rows(self._store_owner(), self.store_layout(), leaving)

    def to_pandas(self):
        """The records as a ``pandas.DataFrame``, one row per record in input order (leaving rows
        are not rows here: a record's ``exit_date`` is its column), from the caseload store.

        Columns, named as the SPEC §6 keys: ``client_id``, ``caseworker``, ``department``,
        ``team`` (categoricals), ``measured_on``, ``exit_date`` (``datetime64``, NaT when not
        filled), ``step``, ``target_step`` (``UInt8``), ``growth_potential``, ``target_horizon``,
        ``target_growth``, ``income_situation``, ``exit_reason`` (categoricals of their SPEC codes:
        ``+``/``0``, ``1y``, ``a``-``d``, ``work``, ...), the yes/no fields 16-23 (``boolean``),
        and ``source`` (the file, categorical). Not filled is ``<NA>``/NaT — never 0 or False.
        Personal data and free text are not in the store (SPEC §11), nor are
        ``next_measurement_due``, ``sub_step``, ``determination``, ``answers`` and local fields: use
        :meth:`records` for those. Raises ImportError when pandas is not installed."""
        return store_view.to_pandas(self._store_owner(), self.store_layout(), self.sources)

    def __add__(self, other):
        """A new set: this one's records and findings, then ``other``'s, each finding keeping its
        own file, line and record (``pl_record_set_concat``). Both stay as they are."""
        if not isinstance(other, RecordSet):
            raise InvalidArgumentError("a RecordSet joins another RecordSet (from load()), not %s" % type(other).__name__)
        handle = ctypes.c_void_p()
        _native.check(lib.pl_record_set_concat(self.handle, other.handle, ctypes.byref(handle)))
        return RecordSet(handle, self._engine)

    def _engine_or_default(self, engine):
        """The ``pl_engine*`` of a call: ``engine``, else the set's, else the default one."""
        return _default.handle(engine or self._engine)

    def check(self, reference_date=None, config=None, extensions=None, engine=None):
        """Run the consistency checks (SPEC §8) on the set; arguments and result as
        :func:`participatieladder.check` (``engine`` default: the one given to :func:`load`, else
        the package's default engine). Returns a list of :class:`~participatieladder.Finding`."""
        return self.check_response(reference_date, config, extensions, engine).findings

    def check_response(self, reference_date=None, config=None, extensions=None, engine=None):
        """:meth:`check`, returning the whole response (:class:`~participatieladder.CheckResult`)."""
        handle = self._engine_or_default(engine)
        options = check_options(reference_date, config, extensions).SerializeToString()
        raw = _native.call_buffer(lib.pl_record_set_check, handle, self.handle, options, len(options))
        return CheckResult(check_pb2.CheckResponse.FromString(raw))

    def report(self, table, reference_date=None, from_date=None, to_date=None, by=None, extensions=None, engine=None,
               budget=None):
        """A management-information table (SPEC §10) over the set; arguments and result
        (:class:`~participatieladder.Report`) as :func:`participatieladder.report`."""
        handle = self._engine_or_default(engine)
        options = report_options(table, reference_date, from_date, to_date, by, extensions, budget).SerializeToString()
        raw = _native.call_buffer(lib.pl_record_set_report, handle, self.handle, options, len(options))
        return Report(report_pb2.ReportResponse.FromString(raw))

    def report_html(self, reference_date=None, from_date=None, to_date=None, by=None, extensions=None, lang="nl",
                    engine=None):
        """The HTML report (SPEC §10) over the set as ``str``, as :func:`participatieladder.report_html`."""
        code = _args.lang(lang)
        handle = self._engine_or_default(engine)
        options = report_options(None, reference_date, from_date, to_date, by, extensions).SerializeToString()
        raw = _native.call_buffer(lib.pl_record_set_report_html, handle, self.handle, options, len(options), code)
        return raw.decode("utf-8")

    def report_xlsx(self, reference_date=None, from_date=None, to_date=None, by=None, extensions=None, lang="nl",
                    engine=None):
        """The Excel workbook (SPEC §10) over the set as ``bytes``, as :func:`participatieladder.report_xlsx`."""
        code = _args.lang(lang)
        handle = self._engine_or_default(engine)
        options = report_options(None, reference_date, from_date, to_date, by, extensions).SerializeToString()
        return _native.call_buffer(lib.pl_record_set_report_xlsx, handle, self.handle, options, len(options), code)

    def __repr__(self):
        if self._handle is None:
            return "RecordSet(closed)"
        return "RecordSet(%d records, %d findings, sources %s)" % (len(self), len(self._info.findings), self.sources)


def _read_one(source, engine, encoding, columns, format, source_name, threads):
    fmt = _FORMATS[_args.choice("format", format, tuple(_FORMATS))]
    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
        name = "input" if source_name is None else str(source_name)
    elif isinstance(source, (str, os.PathLike)):
        data = _args.read_file(source, "file")
        name = os.fspath(source) if source_name is None else str(source_name)
    else:
        raise InvalidArgumentError("load: a source is a file path or bytes, not %s" % type(source).__name__)
    options = _read_options(encoding, columns, threads).SerializeToString()
    handle = ctypes.c_void_p()
    _native.check(lib.pl_record_set_read(_default.handle(engine), data, len(data), name.encode("utf-8"), fmt, options,
                                         len(options), ctypes.byref(handle)))
    return RecordSet(handle, engine)


def load(*sources, engine=None, encoding="auto", columns=None, format="auto", source_name=None, threads=1):
    """Read one or more files into a :class:`RecordSet` kept in the library: the records of all
    files together form the histories (SPEC §7), every finding keeps its own file and line — as
    :func:`participatieladder.read`, but checks and reports on the set do not send the records
    across again.

    Args:
        sources: file paths (CSV, or JSON Lines by the ``.jsonl``/``.ndjson`` extension) or the
            bytes of a file.
        engine: the :class:`~participatieladder.Engine` to read with, and the default engine of the
            set's checks and reports; default: the package's default engine.
        encoding, columns: as for :func:`participatieladder.read_bytes`.
        format: ``"auto"`` (by the name: ``.jsonl``/``.ndjson`` is JSON Lines, else CSV), ``"csv"``
            or ``"jsonl"``.
        source_name: the name of the source in findings and messages, for every source given
            (default: each file's path, or ``"input"`` for bytes).
        threads: threads that read each CSV file (1 to 256; default 1, the calling thread). The
            records and findings are the same for every number.

    Raises:
        FileError: a file cannot be opened. FormatError: a file is not of the data set.
        ConfigError: an invalid encoding or column mapping.
    """
    if not sources:
        raise InvalidArgumentError("load: give at least one file")
    out = None
    for source in sources:
        one = _read_one(source, engine, encoding, columns, format, source_name, threads)
        if out is None:
            out = one
        else:
            joined = out + one
            out.close()
            one.close()
            out = joined
    return out
