# SPDX-License-Identifier: Apache-2.0
"""The C ABI's JSON of a determination, for bindings/js/test/core.test.mjs (issues 20, 22).

Reads answer notations, one JSON string per line (`""` is no answers), from standard input; writes for each the JSON of
pl_determine_notation's participatieladder.v1.DeterminationResult (pl_message_to_json), one per
line — or `ERROR <status>` when the library refuses the notation. Only the C header's functions,
through ctypes: the library is $PARTICIPATIELADDER_LIBRARY.
Run: PARTICIPATIELADDER_LIBRARY=build/release/src/capi/libparticipatieladder.so /usr/bin/python3 cabi_determine.py
"""
import ctypes
import json
import os
import sys


class Buffer(ctypes.Structure):
    _fields_ = [("data", ctypes.POINTER(ctypes.c_ubyte)), ("size", ctypes.c_size_t)]


lib = ctypes.CDLL(os.environ["PARTICIPATIELADDER_LIBRARY"])
lib.pl_engine_new.argtypes = [ctypes.c_char_p, ctypes.c_size_t, ctypes.POINTER(ctypes.c_void_p)]
lib.pl_determine_notation.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.POINTER(Buffer)]
lib.pl_message_to_json.argtypes = [ctypes.c_char_p, ctypes.c_char_p, ctypes.c_size_t, ctypes.POINTER(Buffer)]
lib.pl_buffer_free.argtypes = [ctypes.POINTER(Buffer)]
lib.pl_buffer_free.restype = None


def take(buf):
    data = ctypes.string_at(buf.data, buf.size) if buf.size else b""
    lib.pl_buffer_free(ctypes.byref(buf))
    return data


engine = ctypes.c_void_p()
if lib.pl_engine_new(None, 0, ctypes.byref(engine)) != 0:
    sys.exit("pl_engine_new failed")
out = []
for line in sys.stdin.read().split("\n"):
    if line == "":
        continue
    buf = Buffer()
    status = lib.pl_determine_notation(engine, json.loads(line).encode("utf-8"), ctypes.byref(buf))
    if status != 0:
        take(buf)
        out.append(f"ERROR {status}")
        continue
    message = take(buf)
    js = Buffer()
    if lib.pl_message_to_json(b"participatieladder.v1.DeterminationResult", message, len(message), ctypes.byref(js)) != 0:
        sys.exit("pl_message_to_json failed")
    out.append(take(js).decode("utf-8"))
sys.stdout.write("\n".join(out) + "\n")
