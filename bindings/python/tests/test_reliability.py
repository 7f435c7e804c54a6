# SPDX-License-Identifier: Apache-2.0
"""Issue 14 from Python: a valid UTF-8 JSON Lines file with personal data and syntax errors near
`é`/`§` (tests/data/reliability/personal_syntax_error.jsonl) once made the library put protobuf's
excerpt of the line into a finding — personal data (SPEC §11), cut inside a character, so decoding
the ReadResponse failed with DecodeError. Now it reads, and no message holds a personal value."""

import participatieladder as pl

from conftest import SOURCE_DIR

FILE = SOURCE_DIR / "tests" / "data" / "reliability" / "personal_syntax_error.jsonl"
HEEMSKERK = SOURCE_DIR / "examples" / "extensions" / "heemskerk.json"

PERSONAL = ["Jansen", "Piet", "1980-05-17", "Dorpsstraat", "1234 AB", "Heemskerk", "111222333", "de Vries",
            "Éénhoorn", "Diëen", "Renée", "Kerkstraat", "van 't", "123456782", "17-05-1980", "9999 ZZ",
            "Sint-Oedenrode", "§"]


def assert_clean(findings):
    assert findings
    for f in findings:
        for text in (f.message_nl, f.message_en, f.value, f.key, f.file):
            text.encode("utf-8")  # a str: it was decoded; no lone surrogates either
            for v in PERSONAL:
                assert v not in text, "personal value %r in %r" % (v, f)


def test_jsonl_syntax_errors_read_and_name_no_personal_value():
    records = pl.read_jsonl(str(FILE))  # raised DecodeError before the fix
    assert len(records) == 1
    assert_clean(records.findings)
    skipped = [f.message_en for f in records.findings if "not a JSON object" in f.message_en]
    assert skipped == ["line %d: not a JSON object (line skipped): Expected , or } after key:value pair." % n
                       for n in (2, 3, 4, 5)]
    assert_clean(pl.check(records))
    assert_clean(pl.read(str(FILE)).findings)
    assert_clean(pl.read_bytes(FILE.read_bytes(), "personal.jsonl", format="jsonl").findings)


def test_every_one_character_change_of_an_extension_file_read_as_json_lines_decodes():
    # The reproduction: heemskerk.json (UTF-8, with `§` near its syntax) with one character
    # changed, read as JSON Lines (here as one line after a valid record). Every variant decodes and
    # names only the line and the kind of syntax error.
    valid = '{"client_id":"K1","measured_on":"2025-03-01","step":"3"}\n'
    one_line = HEEMSKERK.read_text(encoding="utf-8").replace("\n", " ")
    assert "§" in one_line
    syntax_errors = 0
    for i in range(1, len(one_line) - 1):
        changed = one_line[:i] + "\"" + one_line[i + 1:]
        records = pl.read_bytes((valid + changed).encode("utf-8"), "heemskerk.jsonl", format="jsonl")
        for f in records.findings:
            assert "\n" not in f.message_en and "§" not in f.message_en, f.message_en
            if f.message_en.startswith("line 2: not a JSON object (line skipped): "):
                syntax_errors += 1
    assert syntax_errors > 100
