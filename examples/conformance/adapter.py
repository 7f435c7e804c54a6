#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Reference conformance adapter in Python, over the participatieladder binding (docs/conformance.md).

    pladder conform --adapter "python3 adapter.py"                       # binary framing
    pladder conform --protocol json --adapter "python3 adapter.py --json" # JSON Lines

Reads ConformanceRequests on standard input and writes one ConformanceResponse per request
(proto/participatieladder/v1/conformance.proto): binary = 4-byte little-endian length + message,
--json = one message per line in protobuf's JSON mapping. The first request asks what the adapter
implements (``capabilities``); a vendor lists only what its system does, and the cases of the rest
are skipped, not failed. Every answer comes from the binding, so from the library; a vendor's
adapter calls its own system here instead.
"""
import struct
import sys

from google.protobuf import json_format

import participatieladder as pl
from participatieladder.v1 import check_pb2, conformance_pb2


def _messages(json_lines):
    """The requests on standard input, one at a time."""
    if json_lines:
        for line in sys.stdin:
            if line.strip():
                yield json_format.Parse(line, conformance_pb2.ConformanceRequest())
        return
    stream = sys.stdin.buffer
    while True:
        head = stream.read(4)
        if len(head) < 4:
            return
        (size,) = struct.unpack("<I", head)
        yield conformance_pb2.ConformanceRequest.FromString(stream.read(size))


def _send(response, json_lines):
    if json_lines:
        sys.stdout.write(json_format.MessageToJson(response, indent=None, preserving_proto_field_name=True) + "\n")
        sys.stdout.flush()
        return
    data = response.SerializeToString()
    sys.stdout.buffer.write(struct.pack("<I", len(data)) + data)
    sys.stdout.buffer.flush()


#: What this adapter implements: every kind of case (docs/conformance.md, "Capabilities").
FEATURES = ("determine", "answer_text", "notes", "check", "report", "check_file")


def answer(request, engine, features=FEATURES):
    """The binding's answer to one request, as a ConformanceResponse. The binding takes messages of
    these classes (participatieladder.v1, generated from the installed .proto files) and answers in
    its own classes: they pass over as bytes (docs/python.md)."""
    response = conformance_pb2.ConformanceResponse()
    kind = request.WhichOneof("request")
    try:
        if kind == "capabilities":
            response.capabilities.features.extend(features)
        elif kind == "determine":
            response.determination.ParseFromString(engine.determine(request.determine).message.SerializeToString())
        elif kind == "check":
            response.check.ParseFromString(engine.run_check_request(request.check).SerializeToString())
        elif kind == "report":
            response.report.ParseFromString(engine.run_report_request(request.report).SerializeToString())
        elif kind == "check_file":
            f = request.check_file
            records = pl.read_bytes(f.content, f.source_name, format="auto", engine=engine)
            req = check_pb2.CheckRequest()
            req.records.ParseFromString(records.record_set().SerializeToString())
            req.options.CopyFrom(f.options)
            response.check.ParseFromString(engine.run_check_request(req).SerializeToString())
        else:
            response.skipped = "unknown request kind %r" % kind
    except pl.ParticipatieladderError as e:
        response.error.status = e.status
        response.error.message = str(e)
    return response


def main(argv):
    json_lines = "--json" in argv[1:]
    engine = pl.Engine()
    for request in _messages(json_lines):
        _send(answer(request, engine), json_lines)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
