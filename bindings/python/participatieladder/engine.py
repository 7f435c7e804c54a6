# SPDX-License-Identifier: Apache-2.0
"""The engine: the rules plus a municipality's configuration (``pl_engine``).

An engine is immutable and may be shared by any number of threads. The module-level functions of
the package use one default engine (no configuration); make your own ``Engine(config=...)`` for a
municipality's check settings (SPEC §7, §8).
"""
import array
import ctypes

from . import _default, _native
from ._native import lib
from .checks import catalogue, check
from .determination import Determination, Session
from .errors import InvalidArgumentError
from .options import answer_set, config_message, extension_set
from .record_set import load
from .reports import report, report_html
from ._embedded.v1 import check_pb2, determination_pb2, report_pb2

_config_message = config_message  # the name engine.py had for it


class Engine(_native.Handle):
    """``pl_engine``: create once, use from any thread, ``close()`` (or ``with``) when done.

    Args:
        config: None (library defaults), the path of a configuration file, a dict of the same
            shape (``{"disabled_checks": ["PL018"], "severity": {"PL005": "error"},
            "reassessment_months": 6, "intake_months": 3}``), or a ``participatieladder.v1``
            ``CheckConfig`` / ``Configuration`` message.

        extensions: the municipality's SPEC §9 extension set (an extension set file path, a dict of
            the same shape or an ``ExtensionSet`` message): PL014 checks sub-steps against it and
            the reports show its sub-steps. Default: none (or the one in a ``Configuration``).

    Raises:
        ConfigError: the configuration or extension set is invalid (the message names the key and
            value).
    """

    _FREE = "pl_engine_free"  # close() it only after the sessions made from it

    def __init__(self, config=None, extensions=None):
        message = config_message(config)
        if extensions is not None:
            message.extensions.CopyFrom(extension_set(extensions))
        data = message.SerializeToString()
        handle = ctypes.c_void_p()
        _native.check(lib.pl_engine_new(data, len(data), ctypes.byref(handle)))
        self._handle = handle

    @property
    def handle(self):
        """The ``pl_engine*`` as a ``ctypes.c_void_p``."""
        if self._handle is None:
            raise ValueError("engine is closed")
        return self._handle


    # -- SPEC §4 ---------------------------------------------------------------------------------

    def determine(self, answers):
        """Determine the step (SPEC §4); see :func:`participatieladder.determine`."""
        if isinstance(answers, str):
            raw = _native.call_buffer(lib.pl_determine_notation, self.handle, answers.encode("utf-8"))
        else:
            data = answer_set(answers).SerializeToString()
            raw = _native.call_buffer(lib.pl_determine, self.handle, data, len(data))
        return Determination.from_bytes(raw)

    def determine_bits(self, answered, yes):
        """Fast scalar determination for bulk use (``pl_determine_bits``): bit q of ``answered``
        is set when question q was answered, the same bit of ``yes`` when the answer was yes.

        Returns:
            ``(step, next_question)``: ``(1..6, 0)`` when complete, ``(0, 1..21)`` when not.
        """
        step, nxt = ctypes.c_int(), ctypes.c_int()
        _native.check(lib.pl_determine_bits(self.handle, answered, yes, ctypes.byref(step), ctypes.byref(nxt)))
        return step.value, nxt.value

    def determine_bits_batch(self, answered, yes):
        """Many answer sets in one call (``pl_determine_bits_batch``, issue 13): ``answered`` and
        ``yes`` are sequences of the bitmasks of :meth:`determine_bits`, of equal length — best an
        ``array.array("I")``, a NumPy ``uint32`` array or any buffer of unsigned 32-bit integers,
        which the library reads in place; other sequences of ints are converted first.

        Returns:
            ``(steps, next_questions)``, two ``array.array("B")``: per answer set the step 1-6 and 0,
            or 0 and the next question.

        Raises:
            InvalidArgumentError: the lengths differ, or an answer set has bits outside 1..21 or
            yes-bits that are not answered (the message names its index).
        """
        a, y = _uint32_buffer(answered, "answered"), _uint32_buffer(yes, "yes")
        n = len(a)
        if len(y) != n:
            raise InvalidArgumentError("determine_bits_batch: answered has %d answer sets, yes %d" % (n, len(y)))
        steps, nexts = array.array("B", bytes(n)), array.array("B", bytes(n))
        if n:
            _native.check(lib.pl_determine_bits_batch(self.handle, _address(a), _address(y), n, _address(steps),
                                                      _address(nexts)))
        return steps, nexts

    def paths(self):
        """Every complete path through the questionnaire (SPEC §4: 308) as computed by the
        library: a list of ``(answers, step)`` with answers a tuple of ``(question, yes)``."""
        m = determination_pb2.QuestionnairePaths.FromString(_native.call_buffer(lib.pl_paths, self.handle))
        return [(tuple((a.question, a.yes) for a in p.path), p.step) for p in m.paths]

    def load(self, *sources, **options):
        """Read files into a :class:`~participatieladder.RecordSet` kept in the library, whose
        checks and reports use this engine by default; see :func:`participatieladder.load`."""
        return load(*sources, engine=self, **options)

    def check(self, records, reference_date, config=None, extensions=None):
        """Run the consistency checks (SPEC §8) with this engine's configuration; see
        :func:`participatieladder.check`."""
        return check(records, reference_date, config=config, extensions=extensions, engine=self)

    def run_check_request(self, request):
        """Run a ``CheckRequest`` message (a ``RecordSet`` + ``CheckOptions``) as it is, through
        ``pl_check``; returns the ``CheckResponse`` message (used by conformance adapters,
        docs/conformance.md)."""
        data = request.SerializeToString()
        return check_pb2.CheckResponse.FromString(_native.call_buffer(lib.pl_check, self.handle, data, len(data)))

    def run_report_request(self, request):
        """Run a ``ReportRequest`` message as it is, through ``pl_report``; returns the
        ``ReportResponse`` message (docs/conformance.md)."""
        data = request.SerializeToString()
        return report_pb2.ReportResponse.FromString(_native.call_buffer(lib.pl_report, self.handle, data, len(data)))

    def report(self, records, table, reference_date, **options):
        """A management-information table (SPEC §10) with this engine's extension set; see
        :func:`participatieladder.report`."""
        return report(records, table, reference_date, engine=self, **options)

    def report_html(self, records, reference_date, **options):
        """The HTML report (SPEC §10) with this engine's extension set; see
        :func:`participatieladder.report_html`."""
        return report_html(records, reference_date, engine=self, **options)

    def catalogue(self):
        """The catalogue of checks (SPEC §8) under this engine's configuration."""
        return catalogue(engine=self)

    def session(self):
        """A new interactive questionnaire :class:`~participatieladder.Session` on this engine."""
        return Session(self)


def _uint32_buffer(values, name):
    """``values`` as a writable C-contiguous buffer of unsigned 32-bit integers: a buffer of that
    type (``array("I")``, NumPy ``uint32``) in place, anything else copied into an ``array("I")``
    (values outside 0..2**32-1 raise)."""
    try:
        view = memoryview(values)
        if (not view.readonly and view.c_contiguous and view.itemsize == 4 and view.format.lstrip("@=<") in ("I", "L")):
            return view.cast("B").cast("I")
    except TypeError:
        pass
    try:
        return memoryview(array.array("I", values))
    except (OverflowError, TypeError) as e:
        raise InvalidArgumentError("determine_bits_batch: %s must hold unsigned 32-bit bitmasks: %s" % (name, e)) from e


def _address(buffer):
    """The address of a writable buffer's first byte, for a C call (the caller keeps it alive)."""
    return ctypes.addressof(ctypes.c_char.from_buffer(memoryview(buffer).cast("B")))


class _DefaultEngine(Engine):
    """The package's default engine: the handle of ``_default`` (shared with every module-level
    function), never freed by ``close()``."""

    def __init__(self):  # pylint: disable=super-init-not-called
        self._handle = _default.handle()

    def close(self):
        """The default engine stays open (it is shared)."""


_default_engine = None


def default_engine():
    """The engine with the library defaults, shared by the module-level functions."""
    global _default_engine
    if _default_engine is None:
        _default_engine = _DefaultEngine()  # two threads may both make one: they wrap the same handle
    return _default_engine
