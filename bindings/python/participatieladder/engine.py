# SPDX-License-Identifier: Apache-2.0
"""The engine: the rules plus a municipality's configuration (``pl_engine``).

An engine is immutable and may be shared by any number of threads. The module-level functions of
the package use one default engine (no configuration); make your own ``Engine(config=...)`` for a
municipality's check settings (SPEC §7, §8).
"""
import ctypes
import json
import os
import threading

from . import _args, _messages, _native
from ._native import lib
from .errors import InvalidArgumentError
from ._embedded.v1 import answers_pb2, config_pb2


def _config_message(config):
    """A ``participatieladder.v1.Configuration`` from None, a configuration-file path, a dict in
    the configuration-file shape, a ``CheckConfig`` or a ``Configuration``. Files and dicts are read
    by the library's one configuration reader (``pl_read_config``): the same errors as
    ``pladder check --config`` (an unknown key is a :class:`ConfigError`)."""
    message = config_pb2.Configuration()
    if config is None:
        return message
    if _messages.is_a(config, config_pb2.Configuration):
        message.CopyFrom(_messages.own(config, config_pb2.Configuration))
    elif _messages.is_a(config, config_pb2.CheckConfig):
        message.checks.CopyFrom(_messages.own(config, config_pb2.CheckConfig))
    elif isinstance(config, (str, os.PathLike)):
        message.CopyFrom(_read_config(_args.read_file(config, "configuration file"), os.fspath(config)))
    elif isinstance(config, dict):
        message.CopyFrom(_read_config(json.dumps(config).encode("utf-8"), "configuration"))
    else:
        raise InvalidArgumentError("config must be None, a path, a dict or a participatieladder.v1 CheckConfig/Configuration, "
                                   "not %s" % type(config).__name__)
    return message


def _read_config(data, source):
    raw = _native.call_buffer(lib.pl_read_config, data, len(data), str(source).encode("utf-8"))
    return config_pb2.Configuration.FromString(raw)


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
        message = _config_message(config)
        if extensions is not None:
            from .reports import extension_set

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
        from .determination import Determination

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
        import array

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
        from ._embedded.v1 import determination_pb2

        m = determination_pb2.QuestionnairePaths.FromString(_native.call_buffer(lib.pl_paths, self.handle))
        return [(tuple((a.question, a.yes) for a in p.path), p.step) for p in m.paths]

    def load(self, *sources, **options):
        """Read files into a :class:`~participatieladder.RecordSet` kept in the library, whose
        checks and reports use this engine by default; see :func:`participatieladder.load`."""
        from .record_set import load

        return load(*sources, engine=self, **options)

    def check(self, records, reference_date, config=None, extensions=None):
        """Run the consistency checks (SPEC §8) with this engine's configuration; see
        :func:`participatieladder.check`."""
        from .checks import check

        return check(records, reference_date, config=config, extensions=extensions, engine=self)

    def run_check_request(self, request):
        """Run a ``CheckRequest`` message (a ``RecordSet`` + ``CheckOptions``) as it is, through
        ``pl_check``; returns the ``CheckResponse`` message (used by conformance adapters,
        docs/conformance.md)."""
        from ._embedded.v1 import check_pb2

        data = request.SerializeToString()
        return check_pb2.CheckResponse.FromString(_native.call_buffer(lib.pl_check, self.handle, data, len(data)))

    def run_report_request(self, request):
        """Run a ``ReportRequest`` message as it is, through ``pl_report``; returns the
        ``ReportResponse`` message (docs/conformance.md)."""
        from ._embedded.v1 import report_pb2

        data = request.SerializeToString()
        return report_pb2.ReportResponse.FromString(_native.call_buffer(lib.pl_report, self.handle, data, len(data)))

    def report(self, records, table, reference_date, **options):
        """A management-information table (SPEC §10) with this engine's extension set; see
        :func:`participatieladder.report`."""
        from .reports import report

        return report(records, table, reference_date, engine=self, **options)

    def report_html(self, records, reference_date, **options):
        """The HTML report (SPEC §10) with this engine's extension set; see
        :func:`participatieladder.report_html`."""
        from .reports import report_html

        return report_html(records, reference_date, engine=self, **options)

    def catalogue(self):
        """The catalogue of checks (SPEC §8) under this engine's configuration."""
        from .checks import catalogue

        return catalogue(engine=self)

    def session(self):
        """A new interactive questionnaire :class:`~participatieladder.Session` on this engine."""
        from .determination import Session

        return Session(self)


def answer_set(answers):
    """A ``participatieladder.v1.AnswerSet`` from a mapping ``{question: answer}``, pairs
    ``(question, answer)`` or an ``AnswerSet``. An answer is ``True``/``False``, or the answer as
    written (``"ja"``, ``"nee"``, ``"J"``, ``"n"``, ``"true"``, ``1``, ``0``, ...), which the library
    reads with the SPEC §6 yes/no table — never Python's truthiness (``"nee"`` is no)."""
    if _messages.is_a(answers, answers_pb2.AnswerSet):
        return _messages.own(answers, answers_pb2.AnswerSet)
    items = answers.items() if hasattr(answers, "items") else answers
    m = answers_pb2.AnswerSet()
    for question, answer in items:
        if isinstance(question, bool) or not isinstance(question, int):
            raise InvalidArgumentError("question must be a whole number 1-21, not %r" % (question,))
        if isinstance(answer, bool):
            m.answers.add(question=question, yes=answer)
        elif isinstance(answer, (str, int)):
            m.answers.add(question=question, text=str(answer))
        else:
            raise InvalidArgumentError("question %d: the answer must be True/False or text such as 'ja'/'nee', not %r"
                                       % (question, answer))
    return m


_default = None
_default_lock = threading.Lock()


def _uint32_buffer(values, name):
    """``values`` as a writable C-contiguous buffer of unsigned 32-bit integers: a buffer of that
    type (``array("I")``, NumPy ``uint32``) in place, anything else copied into an ``array("I")``
    (values outside 0..2**32-1 raise)."""
    import array

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


def default_engine():
    """The engine with the library defaults, shared by the module-level functions."""
    global _default
    with _default_lock:
        if _default is None:
            _default = Engine()
        return _default
