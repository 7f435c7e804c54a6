# SPDX-License-Identifier: Apache-2.0
"""Reading the base data set (SPEC §6) and the consistency checks (SPEC §8), through the C library.

Files are read by the library (``pl_read_records``), never parsed in Python; records are
``participatieladder.v1.Record`` messages whose fields are the §6 keys.
"""
import os

from . import _native
from ._native import lib
from .errors import FileError
from .v1 import check_pb2, common_pb2, read_pb2, record_pb2

_SEVERITY = {common_pb2.SEVERITY_ERROR: "error", common_pb2.SEVERITY_WARNING: "warning",
             common_pb2.SEVERITY_INFO: "info"}
_FORMATS = {"csv": 0, "jsonl": 1}


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

    def message(self, lang="nl"):
        """The message in ``"nl"`` (canonical) or ``"en"``."""
        if lang not in ("nl", "en"):
            raise ValueError("lang must be 'nl' or 'en', not %r" % (lang,))
        return self.message_nl if lang == "nl" else self.message_en

    def __repr__(self):
        where = "%s:%d" % (self.file, self.line) if self.file else ("record %s" % self.record_index)
        return "Finding(%s %s %s: %s)" % (self.check, self.severity, where, self.message_en)


class Records(list):
    """The records read from a file (``participatieladder.v1.Record`` messages), in file order,
    with ``findings``: the ``input`` findings for values and rows that could not be read.
    :func:`check` reports those findings first."""

    def __init__(self, records=(), findings=(), sources=()):
        super().__init__(records)
        self.findings = list(findings)
        #: source file names, indexed by ``Record.source`` (names the file in check findings)
        self.sources = list(sources)


def read_bytes(data, source_name="input", format="csv", engine=None):
    """Read CSV or JSON Lines bytes (SPEC §6) into :class:`Records`.

    Raises:
        FormatError: the bytes are not such a file at all (empty, binary, a required column missing).
    """
    from .engine import default_engine

    if format not in _FORMATS:
        raise ValueError("format must be 'csv' or 'jsonl', not %r" % (format,))
    engine = engine or default_engine()
    raw = _native.call_buffer(lib.pl_read_records, engine.handle, bytes(data), len(data),
                              str(source_name).encode("utf-8"), _FORMATS[format])
    m = read_pb2.ReadResponse.FromString(raw)
    return Records(m.records, [Finding(f) for f in m.findings], [str(source_name)])


def _read_path(path, format, engine):
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError as e:
        raise FileError("%s: cannot be read: %s" % (os.fspath(path), e.strerror or e)) from e
    return read_bytes(data, os.fspath(path), format, engine)


def read_csv(path, engine=None):
    """Read a CSV file of the base data set (SPEC §6: ``;`` or ``,``, UTF-8 with or without BOM,
    §6 keys or Dutch headers) into :class:`Records`. Values that cannot be read are ``input``
    findings (``Records.findings``), never silent defaults.

    Raises:
        FileError: the file cannot be opened. FormatError: it is not a CSV of the data set.
    """
    return _read_path(path, "csv", engine)


def read_jsonl(path, engine=None):
    """Read a JSON Lines file of the base data set (SPEC §6) into :class:`Records`."""
    return _read_path(path, "jsonl", engine)


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


def check_request(records, reference_date, config=None, extensions=None):
    """The ``participatieladder.v1.CheckRequest`` of :func:`check`."""
    from .engine import _config_message
    from .reports import extension_set

    req = check_pb2.CheckRequest(reference_date=str(reference_date))
    for r in records:
        req.records.append(r if isinstance(r, record_pb2.Record) else record(r))
    if isinstance(records, Records):
        req.input_findings.extend(f.proto for f in records.findings)
        req.sources.extend(records.sources)
    if config is not None:
        req.config.CopyFrom(_config_message(config).checks)
    if extensions is not None:
        req.extensions.CopyFrom(extension_set(extensions))
    return req


def check(records, reference_date, config=None, extensions=None, engine=None):
    """Run the consistency checks (SPEC §8).

    Args:
        records: :class:`Records` from :func:`read_csv` (their input findings come first), or any
            iterable of ``Record`` messages or dicts of §6 keys.
        reference_date: "today" as ``"YYYY-MM-DD"`` (or a ``datetime.date``); required — results
            never depend on the clock.
        config: a municipality's settings for this call (path, dict or message, as for
            :class:`Engine`); default: the engine's.
        extensions: a SPEC §9 extension set (path, dict or ``ExtensionSet``) for PL014, replacing
            the engine's; default: the engine's.
        engine: the :class:`Engine` to use; default: the package's default engine.

    Returns:
        A list of :class:`Finding`, in order: input findings, unreadable values, check findings.

    Raises:
        ParseError: the reference date cannot be read. ConfigError: the configuration or the
            extension set is invalid.
    """
    from .engine import default_engine

    engine = engine or default_engine()
    data = check_request(records, reference_date, config, extensions).SerializeToString()
    raw = _native.call_buffer(lib.pl_check, engine.handle, data, len(data))
    return [Finding(f) for f in check_pb2.CheckResponse.FromString(raw).findings]


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
        return self.proto.description.nl if lang == "nl" else self.proto.description.en

    def __repr__(self):
        return "CheckDescription(%s %s%s: %s)" % (self.id, self.severity, "" if self.enabled else " disabled",
                                                  self.description("en"))


def catalogue(engine=None):
    """The catalogue of checks (SPEC §8) with the effective severity and enabled flag of
    ``engine`` (default: the library defaults), as a list of :class:`CheckDescription`."""
    from .engine import default_engine
    from .v1 import catalogue_pb2

    engine = engine or default_engine()
    m = catalogue_pb2.Catalogue.FromString(_native.call_buffer(lib.pl_catalogue, engine.handle))
    return [CheckDescription(c) for c in m.checks]
