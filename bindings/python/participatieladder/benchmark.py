# SPDX-License-Identifier: Apache-2.0
"""The benchmark exchange (SPEC §9, §11, §12; docs/benchmark-exchange.md), through the C library.

For the municipal analyst: :func:`conformance` (is the export comparable?), :func:`record_export`
(record level, keyed pseudonym), :func:`publication` (aggregated, cell-key protected). For the
benchmark coordinator: :func:`merge`. Every figure and every suppression is the library's
(``pl_benchmark_*``); Python only passes bytes.
"""
import ctypes
import os
import stat

from . import _args, _messages, _native
from ._native import lib
from .checks import _FORMATS, _read_options
from .engine import Engine, default_engine
from .errors import InvalidArgumentError
from ._embedded.v1 import benchmark_pb2

_MERGE_OUTPUT = {"text": 0, "csv": 1, "html": 2}


def _engine(engine, extensions):
    if extensions is not None:
        return Engine(extensions=extensions)
    return engine or default_engine()


def _options(reference_date=None, municipality=None, suppress=None, min_valid=None, srg=None, encoding="auto",
             columns=None, rounding_base=None, min_clients=None):
    o = benchmark_pb2.BenchmarkOptions()
    o.reference_date = _args.date_text("reference_date", reference_date)
    if municipality is not None:
        o.municipality = str(municipality)
    if suppress is not None:
        lo, hi = suppress
        o.suppress_min, o.suppress_max = int(lo), int(hi)
    if min_valid is not None:
        o.min_pct_valid = int(min_valid)
    if rounding_base is not None:
        o.rounding_base = int(rounding_base)
    if min_clients is not None:
        o.min_clients = int(min_clients)
    if srg is not None:
        o.srg_mapping = _args.read_file(srg, "SRG mapping file").decode("utf-8-sig")
    o.read.CopyFrom(_read_options(encoding, columns))
    return o.SerializeToString()


def _file(data, source_name):
    if isinstance(data, (bytes, bytearray)):
        return bytes(data), source_name or "input"
    return _args.read_file(data, "data file"), source_name or os.fspath(data)


def conformance(data, extensions=None, reference_date=None, min_valid=None, format="auto", source_name=None,
                engine=None, encoding="auto", columns=None):
    """The conformance report of an export (``pladder conform --data``): a
    ``participatieladder.v1.DataConformance`` — valid share, filled share per key, code-list
    violations, §9 comparability warnings, ``comparable`` and ``reasons``.

    ``data`` is a file path or the file's bytes; ``extensions`` a SPEC §9 extension set (path, dict
    or message) giving the national steps."""
    raw_data, name = _file(data, source_name)
    fmt = _FORMATS[_args.choice("format", format, tuple(_FORMATS))]
    opts = _options(reference_date, min_valid=min_valid, encoding=encoding, columns=columns)
    eng = _engine(engine, extensions)  # held until the call returns (its handle is freed when collected)
    raw = _native.call_buffer(lib.pl_benchmark_conformance_file, eng.handle, raw_data, len(raw_data),
                              name.encode("utf-8"), fmt, opts, len(opts))
    return benchmark_pb2.DataConformance.FromString(raw)


def _key_bytes(key):
    """The key's bytes: given as bytes, or read from a key file that only its owner can read."""
    if key is None:
        raise InvalidArgumentError("no key (SPEC §11: no key, no export; there is no default key)")
    if isinstance(key, (bytes, bytearray)):
        return bytes(key)
    if os.path.isdir(key):
        raise InvalidArgumentError("%s is a directory, not a key file" % os.fspath(key))
    if os.stat(key).st_mode & (stat.S_IRGRP | stat.S_IROTH | stat.S_IWGRP | stat.S_IWOTH):
        raise InvalidArgumentError("%s is readable or writable by group or others; the key must stay with the municipality "
                                   "(chmod 600)" % os.fspath(key))
    return _args.read_file(key, "key file")


def publication(data, municipality, key, extensions=None, reference_date=None, rounding_base=None, min_clients=None,
                min_valid=None, format="auto", source_name=None, engine=None, encoding="auto", columns=None):
    """The aggregated publication (``pladder benchmark export``): a
    ``participatieladder.v1.BenchmarkPublication`` format 2 on national steps, every count
    protected by the cell-key method under ``key`` (a key file's path or its bytes; docs/privacy.md);
    below ``min_clients`` (default 20) the verdict only."""
    key_bytes = _key_bytes(key)
    raw_data, name = _file(data, source_name)
    fmt = _FORMATS[_args.choice("format", format, tuple(_FORMATS))]
    opts = _options(reference_date, municipality, None, min_valid, encoding=encoding, columns=columns,
                    rounding_base=rounding_base, min_clients=min_clients)
    eng = _engine(engine, extensions)  # held until the call returns
    raw = _native.call_buffer(lib.pl_benchmark_publication_file, eng.handle, raw_data,
                              len(raw_data), name.encode("utf-8"), fmt, key_bytes, len(key_bytes), opts, len(opts))
    return benchmark_pb2.BenchmarkPublication.FromString(raw)


def record_export(data, key, municipality, extensions=None, srg=None, format="auto", source_name=None, engine=None,
                  encoding="auto", columns=None):
    """The record-level benchmark export (``pladder export --benchmark``) as CSV text: no staff
    names, dates by month, pseudonyms bound to ``municipality``, 5-anonymous on birth year and
    postal code (docs/privacy.md).

    ``key`` is the path of the municipality's key file (or its bytes). No key, a weak key or a key
    file readable by group or others raises :class:`InvalidArgumentError`. ``srg`` is the path of an
    SRG mapping file (SPEC §12)."""
    key_bytes = _key_bytes(key)
    raw_data, name = _file(data, source_name)
    fmt = _FORMATS[_args.choice("format", format, tuple(_FORMATS))]
    opts = _options(municipality=municipality, srg=srg, encoding=encoding, columns=columns)
    eng = _engine(engine, extensions)  # held until the call returns
    raw = _native.call_buffer(lib.pl_benchmark_record_export_file, eng.handle, raw_data,
                              len(raw_data), name.encode("utf-8"), fmt, key_bytes, len(key_bytes), opts, len(opts))
    return raw.decode("utf-8")


def merge(publications, output="text", lang="nl", policy_base=None, policy_min_clients=None):
    """The coordinator's comparison (``pladder benchmark merge``) of publications (messages, their
    serialized bytes, or paths of files written by ``pladder benchmark export --format binary``),
    as ``"text"``, ``"csv"`` or ``"html"``. A publication in another format or weaker than the policy
    (least rounding base, default 5; least minimum size, default 20) raises
    :class:`InvalidArgumentError`."""
    blobs = []
    for p in publications:
        if _messages.is_a(p, benchmark_pb2.BenchmarkPublication):
            blobs.append(p.SerializeToString())
        elif isinstance(p, (bytes, bytearray)):
            blobs.append(bytes(p))
        else:
            raw = _args.read_file(p, "benchmark publication")
            if raw.lstrip()[:1] == b"{":
                from google.protobuf import json_format

                raw = json_format.Parse(raw.decode("utf-8"), benchmark_pb2.BenchmarkPublication()).SerializeToString()
            blobs.append(raw)
    out = _MERGE_OUTPUT[_args.choice("output", output, tuple(_MERGE_OUTPUT))]
    lang_code = _args.lang(lang)
    lo, hi = policy_base or 0, policy_min_clients or 0
    arr = (ctypes.c_char_p * len(blobs))(*blobs)
    sizes = (ctypes.c_size_t * len(blobs))(*[len(b) for b in blobs])
    raw = _native.call_buffer(lib.pl_benchmark_merge, arr, sizes, len(blobs), out, lang_code, int(lo), int(hi))
    return raw.decode("utf-8")
