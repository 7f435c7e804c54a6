#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""A deliberately faulty conformance adapter (issue 12, Must show 1): the reference Python adapter
(examples/conformance/adapter.py) with one branch of the questionnaire flipped — question 20 "yes"
is taken as "no" (SPEC §4: 20 yes → step 2 becomes 20 no → question 21) — and one check missing:
findings of PL022 (SPEC §8) are dropped. conformance_test.py predicts the affected cases."""
import os
import sys

sys.path.insert(0, os.path.join(os.environ["PL_SOURCE_DIR"], "examples", "conformance"))
import adapter as reference  # noqa: E402

import participatieladder as pl  # noqa: E402


def faulty_answer(request, engine):
    if request.WhichOneof("request") == "determine":
        for a in request.determine.answers:
            if a.question == 20 and a.WhichOneof("answer") == "yes" and a.yes:
                a.yes = False
    response = reference.answer(request, engine)
    if response.WhichOneof("response") == "check":
        kept = [f for f in response.check.findings if f.check != "PL022"]
        del response.check.findings[:]
        response.check.findings.extend(kept)
    return response


if __name__ == "__main__":
    json_lines = "--json" in sys.argv[1:]
    engine = pl.Engine()
    for req in reference._messages(json_lines):
        reference._send(faulty_answer(req, engine), json_lines)
