#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""A conformance adapter that supports no reports (docs/conformance.md: a skipped case): the
reference Python adapter (examples/conformance/adapter.py), except that every report request is
answered `skipped` with SKIP_REASON, a text with the characters HTML and JSON escape (' " < > & \\),
a control character and non-ASCII UTF-8. conformance_test.py reads the reason back out of both
certificates with an HTML and a JSON parser (the one escaping rule of each, text_escape.hpp)."""
import os
import sys

sys.path.insert(0, os.path.join(os.environ["PL_SOURCE_DIR"], "examples", "conformance"))
import adapter as reference  # noqa: E402

import participatieladder as pl  # noqa: E402
from participatieladder.v1 import conformance_pb2  # noqa: E402

SKIP_REASON = "no reports in the 'light' edition <b>\"één\" & C:\\tmp\tnot € 5</b>"


def skipping_answer(request, engine):
    if request.WhichOneof("request") == "report":
        response = conformance_pb2.ConformanceResponse()
        response.skipped = SKIP_REASON
        return response
    return reference.answer(request, engine)


if __name__ == "__main__":
    json_lines = "--json" in sys.argv[1:]
    engine = pl.Engine()
    for req in reference._messages(json_lines):
        reference._send(skipping_answer(req, engine), json_lines)
