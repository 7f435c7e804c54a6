# SPDX-License-Identifier: Apache-2.0
"""Loading ``libparticipatieladder.so`` and calling the C ABI (``participatieladder.h``).

Nothing here knows a rule: every answer comes from the C library, so Python gives exactly the
answers of the C++ core (SPEC §4). The library is found, in this order, at
``$PARTICIPATIELADDER_LIBRARY``, at the path recorded by the build (``_build.py``, written next to
this file in the build tree), or by the system loader (``libparticipatieladder.so.MAJOR``).
"""
import ctypes
import ctypes.util
import os

from .errors import error_for


class Buffer(ctypes.Structure):
    """``pl_buffer``: bytes owned by the library, released with ``pl_buffer_free``."""
    _fields_ = [("data", ctypes.c_void_p), ("size", ctypes.c_size_t)]


def _library_path():
    env = os.environ.get("PARTICIPATIELADDER_LIBRARY")
    if env:
        return env
    try:
        from ._build import LIBRARY
        if os.path.exists(LIBRARY):
            return LIBRARY
    except ImportError:
        pass
    found = ctypes.util.find_library("participatieladder")
    if found:
        return found
    raise ImportError("libparticipatieladder.so not found: set PARTICIPATIELADDER_LIBRARY to its path "
                      "(docs/python.md)")


_P = ctypes.c_void_p
_BUF = ctypes.POINTER(Buffer)
_INT = ctypes.c_int
_SIG = {
    # name: (restype, argtypes)
    "pl_status_str": (ctypes.c_char_p, [_INT]),
    "pl_last_error": (ctypes.c_char_p, []),
    "pl_clear_error": (None, []),
    "pl_version_number": (ctypes.c_uint, []),
    "pl_version_string": (ctypes.c_char_p, []),
    "pl_buffer_free": (None, [_BUF]),
    "pl_version_info": (_INT, [_BUF]),
    "pl_message_to_json": (_INT, [ctypes.c_char_p, ctypes.c_char_p, ctypes.c_size_t, _BUF]),
    "pl_message_from_json": (_INT, [ctypes.c_char_p, ctypes.c_char_p, _BUF]),
    "pl_engine_new": (_INT, [ctypes.c_char_p, ctypes.c_size_t, ctypes.POINTER(_P)]),
    "pl_engine_free": (None, [_P]),
    "pl_determine": (_INT, [_P, ctypes.c_char_p, ctypes.c_size_t, _BUF]),
    "pl_determine_notation": (_INT, [_P, ctypes.c_char_p, _BUF]),
    "pl_determine_bits": (_INT, [_P, ctypes.c_uint32, ctypes.c_uint32, ctypes.POINTER(_INT), ctypes.POINTER(_INT)]),
    "pl_determine_bits_batch": (_INT, [_P, _P, _P, ctypes.c_size_t, _P, _P]),
    "pl_paths": (_INT, [_P, _BUF]),
    "pl_question_text": (ctypes.c_char_p, [_INT, _INT]),
    "pl_step_label": (ctypes.c_char_p, [_INT, _INT]),
    "pl_session_new": (_INT, [_P, ctypes.POINTER(_P)]),
    "pl_session_free": (None, [_P]),
    "pl_session_current": (_INT, [_P, ctypes.POINTER(_INT), ctypes.POINTER(_INT), ctypes.POINTER(ctypes.c_size_t)]),
    "pl_session_answer": (_INT, [_P, _INT]),
    "pl_session_back": (_INT, [_P]),
    "pl_session_result": (_INT, [_P, _BUF]),
    "pl_session_answer_text": (_INT, [_P, ctypes.c_char_p]),
    "pl_read_records": (_INT, [_P, ctypes.c_char_p, ctypes.c_size_t, ctypes.c_char_p, _INT, _BUF]),
    "pl_read_records_v2": (_INT, [_P, ctypes.c_char_p, ctypes.c_size_t, ctypes.c_char_p, _INT, ctypes.c_char_p,
                                  ctypes.c_size_t, _BUF]),
    "pl_read_column_mapping": (_INT, [ctypes.c_char_p, ctypes.c_size_t, ctypes.c_char_p, _BUF]),
    "pl_record_sets_concat": (_INT, [ctypes.c_char_p, ctypes.c_size_t, ctypes.c_char_p, ctypes.c_size_t, _BUF]),
    "pl_check": (_INT, [_P, ctypes.c_char_p, ctypes.c_size_t, _BUF]),
    "pl_read_config": (_INT, [ctypes.c_char_p, ctypes.c_size_t, ctypes.c_char_p, _BUF]),
    "pl_read_extensions": (_INT, [ctypes.c_char_p, ctypes.c_size_t, ctypes.c_char_p, _BUF]),
    "pl_read_budget": (_INT, [ctypes.c_char_p, ctypes.c_size_t, ctypes.c_char_p, _BUF]),
    "pl_report": (_INT, [_P, ctypes.c_char_p, ctypes.c_size_t, _BUF]),
    "pl_report_html": (_INT, [_P, ctypes.c_char_p, ctypes.c_size_t, _INT, _BUF]),
    "pl_report_xlsx": (_INT, [_P, ctypes.c_char_p, ctypes.c_size_t, _INT, _BUF]),
    "pl_catalogue": (_INT, [_P, _BUF]),
    "pl_record_set_read": (_INT, [_P, ctypes.c_char_p, ctypes.c_size_t, ctypes.c_char_p, _INT, ctypes.c_char_p,
                                  ctypes.c_size_t, ctypes.POINTER(_P)]),
    "pl_record_set_concat": (_INT, [_P, _P, ctypes.POINTER(_P)]),
    "pl_record_set_free": (None, [_P]),
    "pl_record_set_info": (_INT, [_P, _BUF]),
    "pl_record_set_message": (_INT, [_P, _BUF]),
    "pl_record_set_check": (_INT, [_P, _P, ctypes.c_char_p, ctypes.c_size_t, _BUF]),
    "pl_record_set_report": (_INT, [_P, _P, ctypes.c_char_p, ctypes.c_size_t, _BUF]),
    "pl_record_set_report_html": (_INT, [_P, _P, ctypes.c_char_p, ctypes.c_size_t, _INT, _BUF]),
    "pl_record_set_report_xlsx": (_INT, [_P, _P, ctypes.c_char_p, ctypes.c_size_t, _INT, _BUF]),
    "pl_record_set_store_layout": (_INT, [_P, _BUF]),
    "pl_record_set_store_array": (_INT, [_P, ctypes.c_char_p, ctypes.POINTER(_P), ctypes.POINTER(ctypes.c_size_t)]),
    "pl_benchmark_conformance_file": (_INT, [_P, ctypes.c_char_p, ctypes.c_size_t, ctypes.c_char_p, _INT, ctypes.c_char_p,
                                             ctypes.c_size_t, _BUF]),
    "pl_benchmark_publication_file": (_INT, [_P, ctypes.c_char_p, ctypes.c_size_t, ctypes.c_char_p, _INT,
                                             ctypes.c_char_p, ctypes.c_size_t, ctypes.c_char_p, ctypes.c_size_t, _BUF]),
    "pl_benchmark_record_export_file": (_INT, [_P, ctypes.c_char_p, ctypes.c_size_t, ctypes.c_char_p, _INT,
                                               ctypes.c_char_p, ctypes.c_size_t, ctypes.c_char_p, ctypes.c_size_t, _BUF]),
    "pl_benchmark_merge": (_INT, [ctypes.POINTER(ctypes.c_char_p), ctypes.POINTER(ctypes.c_size_t), ctypes.c_size_t, _INT,
                                  _INT, ctypes.c_uint, ctypes.c_uint, _BUF]),
}

# Entry points added in later minor versions would be bound here when the loaded library has them.
_OPTIONAL = {}


def _load():
    lib = ctypes.CDLL(_library_path())
    for name, (restype, argtypes) in _SIG.items():
        fn = getattr(lib, name)
        fn.restype = restype
        fn.argtypes = argtypes
    for name, (restype, argtypes) in _OPTIONAL.items():
        fn = getattr(lib, name, None)
        if fn is not None:
            fn.restype = restype
            fn.argtypes = argtypes
    return lib


lib = _load()


def check(status):
    """Raise the exception of a failed call; the message is this thread's ``pl_last_error()``."""
    if status != 0:
        raise error_for(status, lib.pl_last_error().decode("utf-8", "replace"))


def call_buffer(fn, *args):
    """Call an entry point whose last argument is a ``pl_buffer*``; the output as ``bytes``."""
    buf = Buffer()
    try:
        check(fn(*args, ctypes.byref(buf)))
        return ctypes.string_at(buf.data, buf.size) if buf.data else b""
    finally:
        lib.pl_buffer_free(ctypes.byref(buf))


class Handle:
    """Owner of one library handle (``pl_engine*``, ``pl_session*``, ``pl_record_set*``), released once by the
    ``pl_*_free`` function named in ``_FREE``: on ``close()``, at the end of a ``with`` block, or
    when the object is collected."""

    _FREE = None
    _handle = None

    def close(self):
        """Release the handle; calling it again does nothing."""
        if self._handle is not None:
            getattr(lib, self._FREE)(self._handle)
            self._handle = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __del__(self):
        self.close()


def text(value):
    """A static ``const char*`` of the library as ``str`` (None stays None)."""
    return None if value is None else value.decode("utf-8")
