# SPDX-License-Identifier: Apache-2.0
"""The English words that must not appear in what pladder says to a person in Dutch (issue 23,
must show 2): `english_in(text, names)` gives the words of ENGLISH found in `text` as whole words,
after the file names in `names` (which may hold any word) are taken out. Used by
tests/cli/bad_input_test.sh and tests/cli/messages_language_test.sh."""
import re

ENGLISH = [
    "the", "file", "files", "not", "cannot", "expected", "is a", "column", "columns", "row", "rows",
    "value", "values", "missing", "invalid", "unknown", "Run with", "line", "empty", "required",
    "error", "neither", "nor", "header", "duplicate", "did you mean", "must", "should", "found",
    "readable", "unreadable", "without", "with", "and", "or", "only", "allowed", "directory",
    "such", "read", "write", "give", "date", "step", "quote", "never", "closed", "see",
]


def english_in(text, names=()):
    for n in sorted(names, key=len, reverse=True):
        text = text.replace(n, " ")
    found = []
    for w in ENGLISH:
        if re.search(r"(?<![\w'/.-])" + re.escape(w) + r"(?![\w'/-])", text, flags=re.IGNORECASE):
            found.append(w)
    return found
