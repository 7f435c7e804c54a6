#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""A conformance adapter for the runner's tests (issue 24): the reference Python adapter
(examples/conformance/adapter.py) with
  --features a,b,c   declare only these features in the capabilities answer (docs/conformance.md);
  --record FILE      write every request that reaches it as one JSON line (what the runner sent);
  --hang-on CASE_ID  never answer that case (the runner's --timeout must stop it).
--json for JSON Lines."""
import os
import sys
import time

sys.path.insert(0, os.path.join(os.environ["PL_SOURCE_DIR"], "examples", "conformance"))
import adapter as reference  # noqa: E402

from google.protobuf import json_format  # noqa: E402

import participatieladder as pl  # noqa: E402


def option(name):
    return sys.argv[sys.argv.index(name) + 1] if name in sys.argv else None


if __name__ == "__main__":
    json_lines = "--json" in sys.argv[1:]
    features = option("--features")
    features = reference.FEATURES if features is None else tuple(f for f in features.split(",") if f)
    record = option("--record")
    hang_on = option("--hang-on")
    log = open(record, "w", encoding="utf-8") if record else None
    engine = pl.Engine()
    for req in reference._messages(json_lines):
        if log:
            log.write(json_format.MessageToJson(req, indent=None, preserving_proto_field_name=True) + "\n")
            log.flush()
        if req.case_id == hang_on:
            time.sleep(3600)
        reference._send(reference.answer(req, engine, features), json_lines)
