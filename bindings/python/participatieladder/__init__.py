# SPDX-License-Identifier: Apache-2.0
"""participatieladder — the Dutch municipalities' Participatieladder from Python.

Every function calls the C library (``libparticipatieladder.so``, ``participatieladder.h``), so
the answers are exactly those of the C++ core; nothing is re-implemented here (docs/python.md).

    >>> import participatieladder as pl
    >>> pl.determine("1:N 2:N 10:J 12:J 13:J").step
    4
"""
from . import _native, benchmark
from .checks import (CheckDescription, CheckResult, Finding, Records, catalogue, check, check_request, check_response,
                     read, read_bytes, read_csv, read_jsonl, record)
from .determination import Determination, Note, Session, question_text, step_label
from .engine import Engine, answer_set, default_engine
from .record_set import RecordSet, load
from .reports import (TABLES, Report, extension_set, read_extensions, report, report_html, report_request,
                      report_xlsx)
from .errors import (ConfigError, DecodeError, FileError, FormatError, InternalError, InvalidArgumentError,
                     OutOfMemoryError, ParseError, ParticipatieladderError, StateError, VersionError)

#: The version of the loaded C library, e.g. "0.1.0".
__version__ = _native.text(_native.lib.pl_version_string())


def determine(answers):
    """Determine the step from answers to the questionnaire (SPEC §4).

    Args:
        answers: the answer notation of SPEC §6 (``"1:N 2:N 10:J 12:J 13:J"``; J/N, Y/N, ja/nee, ...),
            a mapping ``{question: answer}``, pairs ``(question, answer)`` — an answer is
            ``True``/``False`` or text read by the library's SPEC §6 yes/no table (``"nee"`` is
            no) — or an ``AnswerSet`` message.

    Returns:
        A :class:`Determination`: the step, path, §4.1 notes and §3 delimitation; or, when the
        answers are incomplete, ``complete == False`` and the next question. Answers off the path
        are reported as ``unused``, never an error.

    Raises:
        ParseError: notation that cannot be read (the message names the token).
        InvalidArgumentError: a question outside 1-21 or answered twice, or an answer that is not
            yes or no (``"misschien"``).
    """
    return default_engine().determine(answers)


def determine_bits_batch(answered, yes):
    """Many answer sets in one call (issue 13): ``answered`` and ``yes`` are equally long
    sequences of bitmasks (bit q = question q; best an ``array.array("I")`` or a NumPy ``uint32``
    array, read in place). Returns ``(steps, next_questions)`` as two ``array.array("B")``: per
    answer set the step 1-6 and 0, or 0 and the next question. See
    :meth:`Engine.determine_bits_batch`."""
    return default_engine().determine_bits_batch(answered, yes)


def paths():
    """Every complete path through the questionnaire (SPEC §4: 308), from the library:
    a list of ``(answers, step)``, answers a tuple of ``(question, yes)``."""
    return default_engine().paths()


__all__ = [
    "__version__", "benchmark", "determine", "paths", "question_text", "step_label", "answer_set",
    "read", "read_csv", "read_jsonl", "read_bytes", "record", "check", "check_request", "check_response", "catalogue",
    "Records", "RecordSet", "load", "Finding", "CheckDescription", "CheckResult",
    "report", "report_html", "report_xlsx", "report_request", "read_extensions", "extension_set", "Report", "TABLES",
    "Engine", "Session", "Determination", "Note", "default_engine",
    "ParticipatieladderError", "InvalidArgumentError", "ParseError", "FileError", "FormatError", "ConfigError",
    "StateError", "DecodeError", "VersionError", "InternalError", "OutOfMemoryError",
]
