# SPDX-License-Identifier: Apache-2.0
"""Arguments as the library takes them. Only the shape of an argument is checked here (a language
is "nl" or "en", a date is a ``datetime.date`` or text); every value is read and every rule applied
by the C library. A bad argument raises the library's :class:`InvalidArgumentError`, never a bare
``ValueError``."""
import datetime
import os

from .errors import FileError, InvalidArgumentError

LANGS = {"nl": 0, "en": 1}


def lang(value):
    """The C language code of ``"nl"`` / ``"en"``."""
    try:
        return LANGS[value]
    except (KeyError, TypeError):
        raise InvalidArgumentError("lang must be 'nl' or 'en', not %r" % (value,)) from None


def choice(name, value, choices):
    """``value`` when it is one of ``choices``."""
    if value not in choices:
        raise InvalidArgumentError("%s must be one of %s, not %r" % (name, ", ".join(map(str, choices)), value))
    return value


def date_text(name, value):
    """A date argument as the text the library reads (SPEC §6 spellings): a ``datetime.date`` as
    ``YYYY-MM-DD``, text as given, None as "" (the library's default). The library reads it."""
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        value = value.date()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, str):
        return value
    if isinstance(value, int) and name in ("from_date", "to_date") and 1000 <= value <= 9999:
        return str(value)  # a year, for the kpi table
    raise InvalidArgumentError("%s must be a datetime.date or text YYYY-MM-DD, not %r" % (name, value))


def read_file(path, what):
    """The bytes of ``path``; :class:`FileError` naming the file and the reason."""
    try:
        with open(path, "rb") as f:
            return f.read()
    except OSError as e:
        raise FileError("%s: cannot read the %s: %s" % (os.fspath(path), what, e.strerror or e)) from e
