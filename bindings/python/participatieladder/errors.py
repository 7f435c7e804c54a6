# SPDX-License-Identifier: Apache-2.0
"""Exceptions of the participatieladder package: one class per C status code.

Every status of the C ABI (``participatieladder.h``, ``PL_E_*``) maps to one exception class; the
exception carries the status number and the library's message (``pl_last_error()``), which names
where and why and never contains personal data (SPEC §11). Findings — an incomplete questionnaire,
a failed consistency check, an unreadable value in a file — are results, never exceptions.
"""


class ParticipatieladderError(Exception):
    """Base class of every error raised by the library.

    Attributes:
        status: the negative C status code (``PL_E_*``).
        message: the library's message: where and why.
    """

    status = 0

    def __init__(self, message, status=None):
        super().__init__(message)
        self.message = message
        if status is not None:
            self.status = status


class InvalidArgumentError(ParticipatieladderError, ValueError):
    """PL_E_INVALID_ARGUMENT: a missing argument or a value outside its domain."""
    status = -1


class ParseError(ParticipatieladderError, ValueError):
    """PL_E_PARSE: text that cannot be read (answer notation, date, JSON)."""
    status = -2


class FileError(ParticipatieladderError, OSError):
    """PL_E_IO: a file cannot be opened or read."""
    status = -3


class FormatError(ParticipatieladderError, ValueError):
    """PL_E_FORMAT: input that is not of the expected kind (not CSV, required column missing)."""
    status = -4


class ConfigError(ParticipatieladderError, ValueError):
    """PL_E_CONFIG: an invalid configuration (unknown check id, bad severity or interval)."""
    status = -5


class StateError(ParticipatieladderError, RuntimeError):
    """PL_E_STATE: an operation not allowed now (answering a complete session, going back at 1)."""
    status = -6


class DecodeError(ParticipatieladderError, ValueError):
    """PL_E_DECODE: bytes that are not the expected protobuf message."""
    status = -7


class VersionError(ParticipatieladderError):
    """PL_E_VERSION: version mismatch between caller and library."""
    status = -8


class InternalError(ParticipatieladderError, RuntimeError):
    """PL_E_INTERNAL: an unexpected failure inside the library (a bug: please report it)."""
    status = -9


class OutOfMemoryError(ParticipatieladderError, MemoryError):
    """PL_E_NO_MEMORY: allocation failed."""
    status = -10


_BY_STATUS = {cls.status: cls for cls in (
    InvalidArgumentError, ParseError, FileError, FormatError, ConfigError, StateError, DecodeError,
    VersionError, InternalError, OutOfMemoryError)}


def error_for(status, message):
    """The exception for C status ``status`` with the library's ``message``."""
    cls = _BY_STATUS.get(status, ParticipatieladderError)
    return cls(message or "status %d" % status, status)
