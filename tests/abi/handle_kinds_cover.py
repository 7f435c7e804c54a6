#!/usr/bin/env python3
"""Every function of participatieladder.h that takes a handle (pl_engine, pl_session,
pl_record_set: a `*` parameter, not the `**` out-parameter of a constructor) is called in
handle_kinds_test.c, so a new entry cannot miss the wrong-kind test (issue 20).
Usage: handle_kinds_cover.py participatieladder.h handle_kinds_test.c"""
import re
import sys

header, test = (open(p, encoding="utf-8").read() for p in sys.argv[1:3])
header = re.sub(r"/\*.*?\*/", " ", header, flags=re.S)
taking = []
for name, params in re.findall(r"PL_EXTERN[^;(]*?\b(pl_[a-z0-9_]+)\s*\(([^)]*)\)\s*;", header, flags=re.S):
    if re.search(r"\bpl_(engine|session|record_set)\s*\*(?!\s*\*)", params):
        taking.append(name)
missing = [n for n in taking if not re.search(r"\b" + n + r"\(", test)]
if len(taking) < 30:
    sys.exit(f"FAIL: only {len(taking)} handle-taking functions found in the header: the pattern is broken")
if missing:
    sys.exit("FAIL: handle-taking functions not called with wrong kinds in handle_kinds_test.c: " + ", ".join(missing))
print(f"OK: all {len(taking)} handle-taking functions are in the wrong-kind test")
