# SPDX-License-Identifier: Apache-2.0
"""Reading the base data set (SPEC §6) and the consistency checks (SPEC §8), through the C library.

Files are read by the library (``pl_read_records``), never parsed in Python; records are
``participatieladder.v1.Record`` messages whose fields are the §6 keys.
"""
import json
import os

from . import _args, _default, _messages, _native
from ._native import lib
from .errors import InvalidArgumentError
from .options import config_message, extension_set
from ._embedded.v1 import catalogue_pb2, check_pb2, common_pb2, read_pb2, record_pb2

_SEVERITY = {common_pb2.SEVERITY_ERROR: "error", common_pb2.SEVERITY_WARNING: "warning",
             common_pb2.SEVERITY_INFO: "info"}
_FORMATS = {"csv": 0, "jsonl": 1, "auto": 2}


class Finding:
    """A finding (SPEC §8; ``input`` for a value or row that cannot be read). Findings are data,
    never exceptions; messages never contain personal data (SPEC §11).

    Attributes:
        check: ``"PL001"`` ... ``"PL021"`` or ``"input"``.
        severity: ``"error"``, ``"warning"`` or ``"info"``.
        client_id, file, line, record_index (None when not about one record), measured_on
        (``YYYY-MM-DD`` or ""), fields (the §6 keys involved), message_nl, message_en, key, value.
        message: the ``participatieladder.v1.Finding`` itself (attribute ``proto``).
    """

    __slots__ = ("proto",)

    def __init__(self, proto):
        self.proto = proto

    check = property(lambda self: self.proto.check)
    severity = property(lambda self: _SEVERITY.get(self.proto.severity, "error"))
    client_id = property(lambda self: self.proto.client_id)
    file = property(lambda self: self.proto.file)
    line = property(lambda self: self.proto.line)
    record_index = property(lambda self: self.proto.record_index if self.proto.HasField("record_index") else None)
    measured_on = property(lambda self: self.proto.measured_on)
    fields = property(lambda self: list(self.proto.fields))
    message_nl = property(lambda self: self.proto.message_nl)
    message_en = property(lambda self: self.proto.message_en)
    key = property(lambda self: self.proto.key)
    value = property(lambda self: self.proto.value)
    caseworker = property(lambda self: self.proto.caseworker)
    team = property(lambda self: self.proto.team)

    def message(self, lang="nl"):
        """The message in ``"nl"`` (canonical) or ``"en"``."""
        _args.lang(lang)
        return self.message_nl if lang == "nl" else self.message_en

    def __repr__(self):
        where = "%s:%d" % (self.file, self.line) if self.file else ("record %s" % self.record_index)
        return "Finding(%s %s %s: %s)" % (self.check, self.severity, where, self.message_en)


class _ReadSummary:
    """What was read, for :class:`Records` and :class:`~participatieladder.RecordSet`: from the
    message ``self._summary()`` (a ``RecordSet`` or ``RecordSetInfo``)."""

    @property
    def findings(self):
        """The ``input`` findings of reading (values that cannot be read, rows skipped, local columns)."""
        return [Finding(f) for f in self._summary().findings]

    @property
    def sources(self):
        """The file names, indexed by ``Record.source``."""
        return list(self._summary().sources)

    @property
    def encodings(self):
        """Per source, the encoding it was read in (``"utf-8"`` or ``"windows-1252"``)."""
        return list(self._summary().encodings)


class Records(_ReadSummary, list):
    """Records read by the library (``participatieladder.v1.Record`` messages, file order), with
    ``findings``: the ``input`` findings for values and rows that could not be read, and
    ``sources``: the file names. Behind it is one ``participatieladder.v1.RecordSet``; joining
    (``a + b``, ``a.extend(b)``, :func:`read`) goes through the library (``pl_record_sets_concat``),
    so every finding keeps its own file, line and record. :func:`check` reports the findings first.
    Every check or report sends the whole set to the library again; to read once and keep the
    records in the library, use :func:`~participatieladder.load` (a :class:`~participatieladder.RecordSet`).
    """

    def __init__(self, records=(), findings=(), sources=(), record_set=None):
        if record_set is None:
            record_set = read_pb2.RecordSet()
            for r in records:
                record_set.records.append(_messages.own(r, record_pb2.Record) if _messages.is_a(r, record_pb2.Record) else record(r))
            record_set.findings.extend(f.proto if isinstance(f, Finding) else f for f in findings)
            record_set.sources.extend(str(x) for x in sources)
        super().__init__(record_set.records)
        self._set = record_set

    @classmethod
    def from_set(cls, record_set):
        return cls(record_set=record_set)

    def _summary(self):
        return self._set

    def record_set(self):
        """The ``participatieladder.v1.RecordSet`` (records as they are now, findings, sources)."""
        m = read_pb2.RecordSet()
        m.CopyFrom(self._set)
        del m.records[:]
        m.records.extend(self)
        return m

    def __add__(self, other):
        a, b = self.record_set(), _as_records(other).record_set()
        a_bytes, b_bytes = a.SerializeToString(), b.SerializeToString()
        raw = _native.call_buffer(lib.pl_record_sets_concat, a_bytes, len(a_bytes), b_bytes, len(b_bytes))
        return Records.from_set(read_pb2.RecordSet.FromString(raw))

    def extend(self, other):
        joined = self + other
        self._set = joined._set
        super().clear()
        super().extend(joined._set.records)

    def __iadd__(self, other):
        self.extend(other)
        return self


class HeldRecords(_native.Handle):
    """A record set held by the library: the base of :class:`~participatieladder.RecordSet`
    (record_set.py, above this module), so the functions here hand such a set to its own methods
    without importing that module."""


def _as_records(records):
    if isinstance(records, HeldRecords):
        return records.records()  # a request message carries the records themselves
    return records if isinstance(records, Records) else Records(records)


def read_bytes(data, source_name="input", format="csv", engine=None, encoding="auto", columns=None):
    """Read CSV or JSON Lines bytes (SPEC §6) into :class:`Records`.

    Args:
        format: ``"csv"``, ``"jsonl"`` or ``"auto"`` (by ``source_name``).
        encoding: ``"auto"`` (UTF-8 when valid, else Windows-1252), ``"utf-8"`` or ``"windows-1252"``.
        columns: a column mapping (header -> §6 key) as a dict, or the path of a column-mapping
            file (docs/input-files.md); read by the library.

    Raises:
        FormatError: the bytes are not such a file at all (empty, binary, a required column missing).
        ConfigError: an invalid encoding or column mapping.
    """
    fmt = _FORMATS[_args.choice("format", format, tuple(_FORMATS))]
    options = _read_options(encoding, columns).SerializeToString()
    raw = _native.call_buffer(lib.pl_read_records_v2, _default.handle(engine), bytes(data), len(data),
                              str(source_name).encode("utf-8"), fmt, options, len(options))
    return Records.from_set(read_pb2.RecordSet.FromString(raw))


def _read_options(encoding, columns, threads=1):
    """A ``ReadOptions`` message: a column-mapping file or dict read by the library, plus the
    encoding and the threads that read a CSV file (1: the calling thread only)."""
    if columns is None:
        m = read_pb2.ReadOptions()
    else:
        if isinstance(columns, dict):
            data, source = json.dumps({"columns": columns}).encode("utf-8"), "columns"
        elif isinstance(columns, (str, os.PathLike)):
            data, source = _args.read_file(columns, "column-mapping file"), os.fspath(columns)
        else:
            raise InvalidArgumentError("columns must be a dict or the path of a column-mapping file, not %s"
                                       % type(columns).__name__)
        raw = _native.call_buffer(lib.pl_read_column_mapping, data, len(data), str(source).encode("utf-8"))
        m = read_pb2.ReadOptions.FromString(raw)
    if encoding is not None and (encoding != "auto" or not m.encoding):
        m.encoding = str(encoding)
    if isinstance(threads, bool) or not isinstance(threads, int) or not 1 <= threads <= 256:
        raise InvalidArgumentError("threads must be a whole number from 1 to 256, not %r" % (threads,))
    m.threads = threads
    return m


def _read_path(path, format, engine, encoding, columns):
    return read_bytes(_args.read_file(path, "file"), os.fspath(path), format, engine, encoding, columns)


def read(*paths, engine=None, encoding="auto", columns=None):
    """Read one or more files (CSV, or JSON Lines by the ``.jsonl``/``.ndjson`` extension) into one
    :class:`Records`: the records of all files together form the histories (SPEC §7), and every
    finding keeps its own file and line.

    Raises:
        FileError: a file cannot be opened. FormatError: a file is not of the data set.
    """
    if not paths:
        raise InvalidArgumentError("read: give at least one file")
    out = None
    for p in paths:
        r = _read_path(p, "auto", engine, encoding, columns)
        out = r if out is None else out + r
    return out


def read_csv(path, *more, engine=None, encoding="auto", columns=None):
    """Read CSV files of the base data set (SPEC §6: ``;`` or ``,``, UTF-8 or Windows-1252, §6 keys
    or Dutch headers) into :class:`Records`. Values that cannot be read are ``input`` findings
    (``Records.findings``), never silent defaults.

    Raises:
        FileError: a file cannot be opened. FormatError: it is not a CSV of the data set.
    """
    out = None
    for p in (path,) + more:
        r = _read_path(p, "csv", engine, encoding, columns)
        out = r if out is None else out + r
    return out


def read_jsonl(path, *more, engine=None, encoding="auto", columns=None):
    """Read JSON Lines files of the base data set (SPEC §6) into :class:`Records`."""
    out = None
    for p in (path,) + more:
        r = _read_path(p, "jsonl", engine, encoding, columns)
        out = r if out is None else out + r
    return out


def record(values=None, **fields):
    """A ``participatieladder.v1.Record`` from §6 keys: ``record(client_id="K1", step="6")`` or a
    dict. Values are the §6 texts (``"2025-01-15"``, ``"2+"``, ``"ja"``)."""
    m = record_pb2.Record()
    items = dict(values or {}, **fields)
    for key, value in items.items():
        if key == "local_fields":
            for k, v in dict(value).items():
                m.local_fields.add(key=str(k), value=str(v))
            continue
        if not any(f.name == key for f in record_pb2.Record.DESCRIPTOR.fields):
            m.local_fields.add(key=str(key), value="" if value is None else str(value))
            continue
        setattr(m, key, "" if value is None else str(value))
    return m


def check_request(records, reference_date=None, config=None, extensions=None):
    """The ``participatieladder.v1.CheckRequest`` of :func:`check`."""
    req = check_pb2.CheckRequest()
    req.records.CopyFrom(_as_records(records).record_set())
    req.options.CopyFrom(check_options(reference_date, config, extensions))
    return req


def check_options(reference_date=None, config=None, extensions=None):
    """The ``participatieladder.v1.CheckOptions`` of :func:`check` (and of
    :meth:`RecordSet.check <participatieladder.RecordSet.check>`)."""
    o = check_pb2.CheckOptions()
    o.reference_date = _args.date_text("reference_date", reference_date)
    if config is not None:
        o.config.CopyFrom(config_message(config).checks)
    if extensions is not None:
        o.extensions.CopyFrom(extension_set(extensions))
    return o


def check(records, reference_date=None, config=None, extensions=None, engine=None):
    """Run the consistency checks (SPEC §8).

    Args:
        records: :class:`Records` from :func:`read_csv` / :func:`read` (their input findings come
            first), a :class:`~participatieladder.RecordSet` from :func:`~participatieladder.load`
            (checked where it is, in the library), or any iterable of ``Record`` messages or dicts
            of §6 keys.
        reference_date: "today" as ``"YYYY-MM-DD"`` or a ``datetime.date``; None: the latest
            measured_on of the records (never the clock) — as ``pladder check``.
        config: a municipality's settings for this call (path, dict or message, as for
            :class:`Engine`); default: the engine's.
        extensions: a SPEC §9 extension set (path, dict or ``ExtensionSet``) for PL014, replacing
            the engine's; default: the engine's.
        engine: the :class:`Engine` to use; default: the package's default engine.

    Returns:
        A list of :class:`Finding`, ordered by file and line, each unreadable value once.

    Raises:
        ParseError: the reference date cannot be read. ConfigError: the configuration or the
            extension set is invalid.
    """
    return check_response(records, reference_date, config, extensions, engine).findings


class CheckResult:
    """The whole ``participatieladder.v1.CheckResponse``: findings, counts, the reference date used."""

    __slots__ = ("proto",)

    def __init__(self, proto):
        self.proto = proto

    findings = property(lambda self: [Finding(f) for f in self.proto.findings])
    errors = property(lambda self: self.proto.errors)
    warnings = property(lambda self: self.proto.warnings)
    infos = property(lambda self: self.proto.infos)
    reference_date = property(lambda self: self.proto.reference_date)
    reference_date_from_data = property(lambda self: self.proto.reference_date_from_data)
    sources = property(lambda self: list(self.proto.sources))


def check_response(records, reference_date=None, config=None, extensions=None, engine=None):
    """:func:`check`, returning the whole response (:class:`CheckResult`)."""
    if isinstance(records, HeldRecords):
        return records.check_response(reference_date, config, extensions, engine)
    data = check_request(records, reference_date, config, extensions).SerializeToString()
    raw = _native.call_buffer(lib.pl_check, _default.handle(engine), data, len(data))
    return CheckResult(check_pb2.CheckResponse.FromString(raw))


class CheckDescription:
    """One check of the catalogue (SPEC §8) under an engine's configuration."""

    __slots__ = ("proto",)

    def __init__(self, proto):
        self.proto = proto

    id = property(lambda self: self.proto.id)
    severity = property(lambda self: _SEVERITY.get(self.proto.severity, "error"))
    enabled = property(lambda self: self.proto.enabled)
    fields = property(lambda self: list(self.proto.fields))
    history = property(lambda self: self.proto.history)

    def description(self, lang="nl"):
        _args.lang(lang)
        return self.proto.description.nl if lang == "nl" else self.proto.description.en

    def __repr__(self):
        return "CheckDescription(%s %s%s: %s)" % (self.id, self.severity, "" if self.enabled else " disabled",
                                                  self.description("en"))


def catalogue(engine=None):
    """The catalogue of checks (SPEC §8) with the effective severity and enabled flag of
    ``engine`` (default: the library defaults), as a list of :class:`CheckDescription`."""

    m = catalogue_pb2.Catalogue.FromString(_native.call_buffer(lib.pl_catalogue, _default.handle(engine)))
    return [CheckDescription(c) for c in m.checks]
