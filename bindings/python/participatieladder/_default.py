# SPDX-License-Identifier: Apache-2.0
"""The package's default engine handle: the ``pl_engine*`` the module-level functions use when no
engine is given (library defaults, no configuration). Made once, on first use, and kept for the
life of the process; :func:`participatieladder.default_engine` wraps the same handle.

This module sits below every other module of the package, so the modules import each other at the
top in one direction (options → determination → checks → reports → record_set → engine → benchmark)
and none of them needs the :class:`~participatieladder.Engine` class to find the default engine.
"""
import ctypes
import threading

from . import _native
from ._native import lib

_handle = None
_lock = threading.Lock()


def handle(engine=None):
    """``engine.handle``, or the default ``pl_engine*`` when ``engine`` is None."""
    global _handle
    if engine is not None:
        return engine.handle
    with _lock:
        if _handle is None:
            h = ctypes.c_void_p()
            _native.check(lib.pl_engine_new(None, 0, ctypes.byref(h)))
            _handle = h
        return _handle
