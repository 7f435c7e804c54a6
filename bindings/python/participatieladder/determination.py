# SPDX-License-Identifier: Apache-2.0
"""Determination of the step (SPEC §4) and the interactive questionnaire session."""
import collections
import ctypes

from . import _default, _native
from ._native import lib
from ._embedded.v1 import determination_pb2

Note = collections.namedtuple("Note", "id nl en")
Note.__doc__ = "A SPEC §4.1 note: a known divergence between questionnaire and delimitation."

from ._args import lang as _lang
from .errors import InvalidArgumentError


class Determination:
    """The result of a determination (``participatieladder.v1.DeterminationResult``).

    Incomplete answers are a result too: ``complete`` is False, ``step`` is None and
    ``next_question`` is the question to ask.

    Attributes:
        message: the ``DeterminationResult`` message itself.
    """

    def __init__(self, message):
        self.message = message

    @classmethod
    def from_bytes(cls, data):
        return cls(determination_pb2.DeterminationResult.FromString(data))

    @property
    def complete(self):
        """True when the answers lead to a step."""
        return self.message.complete

    @property
    def step(self):
        """The step 1-6 (SPEC §2), or None when incomplete."""
        return self.message.step if self.message.HasField("step") else None

    def label(self, lang="nl"):
        """The label of the step (SPEC §2) in ``"nl"`` or ``"en"``; None when incomplete."""
        return getattr(self.message.label, _lang_name(lang)) if self.complete else None

    @property
    def path(self):
        """The answered questions on the path, in order, as ``(question, yes)`` pairs."""
        return [(a.question, a.yes) for a in self.message.path]

    @property
    def notation(self):
        """The path in answer notation, e.g. ``"1:N 2:N 10:J 12:J 13:J"``."""
        return self.message.path_notation

    @property
    def next_question(self):
        """The question to ask next (1-21), or None when complete."""
        return self.message.next_question if self.message.HasField("next_question") else None

    def question(self, lang="nl"):
        """The text of the next question, or None when complete."""
        return getattr(self.message.question.text, _lang_name(lang)) if self.next_question else None

    @property
    def unused(self):
        """Answered questions that are not on the path, ascending (allowed, never an error)."""
        return list(self.message.unused)

    @property
    def notes(self):
        """SPEC §4.1 notes as :class:`Note` (id, nl, en)."""
        return [Note(n.id, n.message.nl, n.message.en) for n in self.message.notes]

    def delimitation(self, lang="nl"):
        """The SPEC §3 criteria of the resulting step; None when incomplete."""
        return getattr(self.message.delimitation.criteria, _lang_name(lang)) if self.complete else None

    def __repr__(self):
        if self.complete:
            return "Determination(step=%d, path=%r)" % (self.step, self.notation)
        return "Determination(incomplete, next_question=%d)" % self.next_question


def _lang_name(lang):
    _lang(lang)
    return lang


def question_text(question, lang="nl"):
    """The text of question 1-21 (SPEC §4); None for another number."""
    return _native.text(lib.pl_question_text(int(question), _lang(lang)))


def step_label(step, lang="nl"):
    """The label of step code 0-6 or 9 (SPEC §2); None for another code."""
    return _native.text(lib.pl_step_label(int(step), _lang(lang)))


class Session(_native.Handle):
    """An interactive questionnaire (SPEC §4, ``pl_session``): ask ``question``, ``answer()``,
    ``back()``, until ``complete``. Use from one thread at a time.

    Example::

        s = Session()
        while not s.complete:
            s.answer(ask_user(s.question_text()))
        print(s.step)
    """

    _FREE = "pl_session_free"

    def __init__(self, engine=None):
        self._engine = engine  # kept alive by the session (None: the default engine, which lives on)
        handle = ctypes.c_void_p()
        _native.check(lib.pl_session_new(_default.handle(engine), ctypes.byref(handle)))
        self._handle = handle

    def _current(self):
        q, s, n = ctypes.c_int(), ctypes.c_int(), ctypes.c_size_t()
        _native.check(lib.pl_session_current(self._handle, ctypes.byref(q), ctypes.byref(s), ctypes.byref(n)))
        return q.value, s.value, n.value

    @property
    def question(self):
        """The question to ask now (1-21), or None when complete."""
        return self._current()[0] or None

    def question_text(self, lang="nl"):
        """The text of the current question, or None when complete."""
        q = self.question
        return question_text(q, lang) if q else None

    @property
    def complete(self):
        return self._current()[1] != 0

    @property
    def step(self):
        """The step 1-6 when complete, else None."""
        return self._current()[1] or None

    @property
    def answered(self):
        """The number of answers given."""
        return self._current()[2]

    def answer(self, answer):
        """Answer the current question: ``True``/``False``, or the answer as written (``"ja"``,
        ``"nee"``, ``"J"``, ``"n"``, ...), read by the library with the SPEC §6 yes/no table.

        Raises:
            InvalidArgumentError: an answer that is not yes or no (``"misschien"``, ``None``).
            StateError: the session is complete.
        """
        if isinstance(answer, bool):
            _native.check(lib.pl_session_answer(self._handle, 1 if answer else 0))
        elif isinstance(answer, (str, int)):
            _native.check(lib.pl_session_answer_text(self._handle, str(answer).encode("utf-8")))
        else:
            raise InvalidArgumentError("the answer must be True/False or text such as 'ja'/'nee', not %r" % (answer,))
        return self

    def back(self):
        """Withdraw the last answer. Raises StateError when no answer was given."""
        _native.check(lib.pl_session_back(self._handle))
        return self

    def result(self):
        """The :class:`Determination` for the answers so far."""
        return Determination.from_bytes(_native.call_buffer(lib.pl_session_result, self._handle))

