# SPDX-License-Identifier: Apache-2.0
"""What requests are made of: answer sets, a municipality's configuration, extension set and budget
configuration as ``participatieladder.v1`` messages. Files and dicts are read by the library's one
reader of each file (``pl_read_config``, ``pl_read_extensions``, ``pl_read_budget``), never parsed
here; no engine is needed.
"""
import json
import os

from . import _args, _messages, _native
from ._native import lib
from .errors import InvalidArgumentError
from ._embedded.v1 import answers_pb2, config_pb2, extensions_pb2, report_pb2


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


def config_message(config):
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


def read_extensions(path):
    """Read an extension set file (SPEC §9; format in docs/reports.md, example
    ``examples/extensions/heemskerk.json``) into a validated ``participatieladder.v1.ExtensionSet``.

    Raises:
        FileError: the file cannot be opened. ParseError: it is not JSON. ConfigError: the set is
        invalid (the message names the key and value).
    """
    return _extensions_from_json(_args.read_file(path, "extension set file"), os.fspath(path))


def _extensions_from_json(data, source):
    raw = _native.call_buffer(lib.pl_read_extensions, data, len(data), str(source).encode("utf-8"))
    return extensions_pb2.ExtensionSet.FromString(raw)


def extension_set(extensions):
    """A ``participatieladder.v1.ExtensionSet`` from a file path, a dict in the file's shape
    (``{"name": ..., "sub_steps": {"2": [{"code": "2.1", "nl": ..., "en": ...}]}}``) or a message."""
    if _messages.is_a(extensions, extensions_pb2.ExtensionSet):
        return _messages.own(extensions, extensions_pb2.ExtensionSet)
    if isinstance(extensions, (str, os.PathLike)):
        return read_extensions(extensions)
    if isinstance(extensions, dict):
        return _extensions_from_json(json.dumps(extensions).encode("utf-8"), "extensions")
    raise InvalidArgumentError("extensions must be a path, a dict or a participatieladder.v1.ExtensionSet, not %s"
                               % type(extensions).__name__)


def budget_config(budget):
    """A validated ``participatieladder.v1.BudgetConfig`` (SPEC §10) from a budget file's path, a
    dict of the same JSON shape, or the message itself. Files and dicts are read by the library
    (``pl_read_budget``: the reader of ``pladder report --budget``), never parsed here.

    Raises:
        FileError: the file cannot be opened. ParseError: it is not a BudgetConfig in JSON (an
        unknown key included). ConfigError: a rule is invalid (the message names it).
    """
    if _messages.is_a(budget, report_pb2.BudgetConfig):
        return _messages.own(budget, report_pb2.BudgetConfig)
    if isinstance(budget, (str, os.PathLike)):
        return _budget_from_json(_args.read_file(budget, "budget file"), os.fspath(budget))
    if isinstance(budget, dict):
        return _budget_from_json(json.dumps(budget).encode("utf-8"), "budget")
    raise InvalidArgumentError("budget: expected a file path, a dict or a v1.BudgetConfig, not %s" % type(budget).__name__)


def _budget_from_json(data, source):
    raw = _native.call_buffer(lib.pl_read_budget, data, len(data), str(source).encode("utf-8"))
    return report_pb2.BudgetConfig.FromString(raw)
