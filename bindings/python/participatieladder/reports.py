# SPDX-License-Identifier: Apache-2.0
"""Management information (SPEC §10) and local extensions (SPEC §9), through the C library.

Every figure is computed by the library (``pl_report``): Python only turns the
``participatieladder.v1.ReportTable`` into rows. Extension set files are read by the library
(``pl_read_extensions``), never parsed here.
"""

from . import _args, _default, _native
from ._native import lib
from .checks import Finding, HeldRecords, _as_records
from .errors import InvalidArgumentError
from .options import budget_config, extension_set, read_extensions  # noqa: F401 (the package exports them from here)
from ._embedded.v1 import report_pb2


def _names(enum, prefix):
    """name -> value of a schema enum without its UNSPECIFIED value: REPORT_KIND_PLACEMENT -> placement."""
    return {v.name[len(prefix):].lower(): v.number for v in enum.DESCRIPTOR.values if v.number != 0}


_KIND = _names(report_pb2.ReportKind, "REPORT_KIND_")
_GROUP_BY = _names(report_pb2.GroupBy, "GROUP_BY_")
#: The tables of SPEC §10, as ``pladder report --table`` names them (from the message schema).
TABLES = tuple(_KIND)


def _cell(c):
    """A cell's value: an ``int`` for a number (the schema's ``double`` holds whole numbers), a
    ``str`` for text, None when empty."""
    which = c.WhichOneof("value")
    if which is None:
        return None
    value = getattr(c, which)
    return int(value) if which == "number" and float(value).is_integer() else value


class Report:
    """One report table (SPEC §10), as computed by the library.

    Attributes:
        name: ``"placement"``, ``"target"``, ... (:data:`TABLES`).
        columns: the stable column keys, e.g. ``["step", "clients", "pct_of_total", ...]`` (the
            CSV header of ``pladder report --format csv``).
        rows: a list of dicts, column key -> value: an ``int`` (count or rounded percentage), a
            ``str`` (a key such as ``"not_filled"``, a caseworker) or ``None`` (not applicable).
        summary: figures outside the grid, e.g. ``{"intake": 1, "left": 1, ...}``.
        findings: the input findings and the record values that could not be read (they count
            as not filled); see :class:`~participatieladder.Finding`.
        csv: the table as CSV, exactly as the CLI writes it.
        proto: the ``participatieladder.v1.ReportResponse``.
    """

    __slots__ = ("proto", "name", "columns", "rows", "summary", "findings", "quality", "_labels")

    def __init__(self, proto):
        self.proto = proto
        t = proto.table
        self.name = t.name
        self.columns = [c.key for c in t.columns]
        self.rows = [dict(zip(self.columns, (_cell(c) for c in r.cells))) for r in t.rows]
        self.summary = {s.key: _cell(s.value) for s in t.summary}
        self.findings = [Finding(f) for f in proto.findings]
        #: what the table rests on (``participatieladder.v1.DataQuality``): records and clients read
        #: and counted, unreadable values, rows skipped, what is left out and why (SPEC §6, §10)
        self.quality = proto.quality
        self._labels = {c.key: c.label for c in t.columns}

    @property
    def csv(self):
        return self.proto.table.csv

    def __iter__(self):
        return iter(self.rows)

    def __len__(self):
        return len(self.rows)

    def row(self, *key):
        """The first row whose leading cells are ``key`` (compared as text), e.g.
        ``row("not_filled")`` or, in the caseload table, ``row("cw1", "2")``; None when none is."""
        want = [str(k) for k in key]
        for r in self.rows:
            cells = list(r.values())[:len(want)]
            if ["" if v is None else str(v) for v in cells] == want:
                return r
        return None

    def column_label(self, key, lang="nl"):
        """The label of column ``key`` in ``"nl"`` or ``"en"``."""
        label = self._labels[key]
        return _pick(label, lang)

    def row_labels(self, lang="nl"):
        """Per row, the label of its key (a step's label, "not filled"); "" where the key speaks
        for itself."""
        return [_pick(r.label, lang) for r in self.proto.table.rows]

    def __repr__(self):
        return "Report(%s: %d columns, %d rows)" % (self.name, len(self.columns), len(self.rows))


def _pick(text, lang):
    _args.lang(lang)
    return text.nl if lang == "nl" else text.en


def report_request(records, table, reference_date=None, from_date=None, to_date=None, by=None, extensions=None,
                   budget=None):
    """The ``participatieladder.v1.ReportRequest`` of :func:`report` (``table`` None: no kind, as
    :func:`report_html` sends)."""
    req = report_pb2.ReportRequest()
    req.records.CopyFrom(_as_records(records).record_set())
    req.options.CopyFrom(report_options(table, reference_date, from_date, to_date, by, extensions, budget))
    return req


def report_options(table, reference_date=None, from_date=None, to_date=None, by=None, extensions=None, budget=None):
    """The ``participatieladder.v1.ReportOptions`` of :func:`report` (``table`` None: no kind, as
    :func:`report_html` sends); also what :class:`~participatieladder.RecordSet` sends."""
    o = report_pb2.ReportOptions()
    o.reference_date = _args.date_text("reference_date", reference_date)
    if table is not None:
        o.kind = _KIND[_args.choice("table", table, TABLES)]
    o.from_date = _args.date_text("from_date", from_date)
    o.to_date = _args.date_text("to_date", to_date)
    if by is not None:
        o.group_by = _GROUP_BY[_args.choice("by", by, tuple(_GROUP_BY))]
    if extensions is not None:
        o.extensions.CopyFrom(extension_set(extensions))
    if budget is not None:
        o.budget.CopyFrom(budget_config(budget))
    return o


def report(records, table, reference_date=None, from_date=None, to_date=None, by=None, extensions=None, engine=None,
           budget=None):
    """Compute a management-information table (SPEC §10).

    As of ``reference_date`` each client counts once, at its latest measurement on or before it;
    clients whose latest status is 9 have left the caseload.

    Args:
        records: :class:`~participatieladder.Records` from ``read_csv`` (their input findings are
            passed on), a :class:`~participatieladder.RecordSet` from :func:`~participatieladder.load`
            (reported on where it is, in the library), or any iterable of ``Record`` messages or
            dicts of §6 keys.
        table: one of :data:`TABLES`.
        reference_date: ``"YYYY-MM-DD"`` or a ``datetime.date``; None: the latest measured_on of
            the records (never the clock), as ``pladder report``.
        from_date, to_date: movement: the two moments (default: 12 months before ``to_date``, and
            the reference date); kpi: the first and last year.
        by: ``"caseworker"`` (default), ``"team"`` or ``"department"``, for caseload and comparison;
            for movement one row per group with its transitions and characteristics (other tables
            refuse a grouping).
        extensions: a SPEC §9 extension set (path, dict or ``ExtensionSet``) replacing the
            engine's: sub-steps in the placement and caseload tables, always rolled up.
        engine: the :class:`~participatieladder.Engine`; default: the package's default engine.
        budget: the budget table's configuration (path, dict or ``BudgetConfig``, SPEC §10);
            default: the Sneek table.

    Returns:
        A :class:`Report`.

    Raises:
        ParseError: a date cannot be read. InvalidArgumentError: an impossible period.
        ConfigError: an invalid extension set.
    """
    if isinstance(records, HeldRecords):
        return records.report(table, reference_date, from_date, to_date, by, extensions, engine, budget)
    data = report_request(records, table, reference_date, from_date, to_date, by, extensions,
                          budget).SerializeToString()
    raw = _native.call_buffer(lib.pl_report, _default.handle(engine), data, len(data))
    return Report(report_pb2.ReportResponse.FromString(raw))


def report_html(records, reference_date=None, from_date=None, to_date=None, by=None, extensions=None, lang="nl",
                engine=None):
    """The HTML report (SPEC §10) as one self-contained page (inline CSS and SVG, no scripts, no
    network resources): every table with its charts, as ``pladder report --html`` writes it.

    Arguments as for :func:`report` (without ``table``); ``lang`` is ``"nl"`` (default) or ``"en"``.
    Values that cannot be read count as not filled; :func:`report` lists them as findings.

    Returns:
        The page as ``str``.
    """
    if isinstance(records, HeldRecords):
        return records.report_html(reference_date, from_date, to_date, by, extensions, lang, engine)
    code = _args.lang(lang)
    data = report_request(records, None, reference_date, from_date, to_date, by, extensions).SerializeToString()
    raw = _native.call_buffer(lib.pl_report_html, _default.handle(engine), data, len(data), code)
    return raw.decode("utf-8")


def report_xlsx(records, reference_date=None, from_date=None, to_date=None, by=None, extensions=None, lang="nl",
                engine=None):
    """The Excel workbook (SPEC §10), as ``pladder report --xlsx`` writes it: a data-quality sheet,
    a sheet per table (numbers as numbers, percentages formatted), and a findings sheet with
    caseworker and team columns and a filter. Arguments as for :func:`report_html`.

    Returns:
        The bytes of the .xlsx file.
    """
    if isinstance(records, HeldRecords):
        return records.report_xlsx(reference_date, from_date, to_date, by, extensions, lang, engine)
    code = _args.lang(lang)
    data = report_request(records, None, reference_date, from_date, to_date, by, extensions).SerializeToString()
    return _native.call_buffer(lib.pl_report_xlsx, _default.handle(engine), data, len(data), code)
