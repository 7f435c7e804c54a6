# SPDX-License-Identifier: Apache-2.0
"""Reads the JSON output of `pladder check --format json` (one participatieladder.v1.CheckResponse
document) from stdin and prints its findings one per line, compact JSON with sorted keys, so shell
tests can grep and count them. Fails when stdin is not such a document."""
import json
import sys

text = sys.stdin.read()
if text.strip():
    response = json.loads(text)
    assert isinstance(response, dict) and "findings" in response and "errors" in response, text[:200]
    for f in response["findings"]:
        print(json.dumps(f, sort_keys=True, ensure_ascii=False, separators=(",", ":")))
