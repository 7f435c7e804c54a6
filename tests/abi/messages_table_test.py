#!/usr/bin/env python3
"""docs/messages.md "Field numbers" against the .proto files (issue 20): every row names a message
of proto/participatieladder/v1 and the range of its field numbers as the schema has them, and every
message a C entry decodes on its own (the request and options messages) has a row. Fails naming
each difference. Usage: messages_table_test.py SOURCE_DIR"""
import pathlib
import re
import sys

root = pathlib.Path(sys.argv[1])
# Top-level messages and their field numbers (also inside a `oneof`; the messages of the table
# have no nested message or enum, whose numbers would count too).
fields = {}
for proto in sorted((root / "proto/participatieladder/v1").glob("*.proto")):
    text = re.sub(r"//[^\n]*", "", proto.read_text(encoding="utf-8"))
    for m in re.finditer(r"^message\s+(\w+)\s*\{", text, flags=re.M):
        depth, i, body = 1, m.end(), []
        while depth:
            ch = text[i]
            depth += ch == "{"
            depth -= ch == "}"
            body.append(ch)
            i += 1
        numbers = [int(n) for n in re.findall(r"=\s*(\d+)\s*[;\[]", "".join(body))]
        fields[m.group(1)] = numbers

doc = (root / "docs/messages.md").read_text(encoding="utf-8")
section = doc.split("## Field numbers", 1)[1].split("\n## ", 1)[0]
rows = dict(re.findall(r"^\| `(\w+)` \| ([0-9–-]+)", section, flags=re.M))
errors = []
for name, cell in rows.items():
    if name not in fields:
        errors.append(f"{name}: not a message of the schema")
        continue
    lo, _, hi = cell.replace("-", "–").partition("–")
    want = (min(fields[name]), max(fields[name]))
    if (int(lo), int(hi or lo)) != want:
        shown = f"{want[0]}–{want[1]}" if want[0] != want[1] else str(want[0])
        errors.append(f"{name}: the table says {cell}, the schema has {shown}")
# The messages the C ABI decodes on their own (participatieladder.h: arguments of the pl_* functions).
header = (root / "include/participatieladder.h").read_text(encoding="utf-8")
decoded = {"AnswerSet", "Configuration", "CheckRequest", "CheckOptions", "ReportRequest", "ReportOptions",
           "RecordSet", "ReadOptions", "BenchmarkOptions", "BenchmarkPublication"}
for name in sorted(decoded):
    if f"participatieladder.v1.{name}" not in header and f" {name}" not in header:
        errors.append(f"{name}: not named in participatieladder.h (update this test's list)")
    if name not in rows:
        errors.append(f"{name}: decoded by a C entry but missing from the table")
if errors:
    sys.exit("FAIL: docs/messages.md field numbers differ from proto/:\n  " + "\n  ".join(errors))
print(f"OK: {len(rows)} rows of docs/messages.md agree with the schema")
