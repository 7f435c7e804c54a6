#!/usr/bin/python3
# SPDX-License-Identifier: Apache-2.0
# Issue 12 must show 2 (SPEC §11): no value of client_id, bsn, names, address, full postal code,
# full birth date, city, free or local fields of INPUT appears anywhere in the given exports (as a
# word of its own: a given name inside a longer word, `Noor` in `Team Noord`, is not a leak).
# Usage: benchmark_privacy_test.py INPUT.csv EXPORT... ; prints what it checked; exit 1 on a leak.
import csv, io, re, sys

PERSONAL = {"klantnummer", "client_id", "bsn", "naam", "family_name", "voornaam", "given_name", "adres", "address",
            "postcode", "postal_code", "geboortedatum", "birth_date", "woonplaats", "city", "vrij veld", "free_field"}
KNOWN = PERSONAL | {"voorletters", "tussenvoegsel", "geslacht", "datum meetmoment", "volgend meetmoment", "behandelend medewerker",
                    "afdeling", "team", "trede", "groeipotentieel", "potentietrede", "termijn", "groei na doeltrede", "inkomenssituatie",
                    "startkwalificatie", "inburgeringsplichtig", "inburgeringsbehoeftig", "laaggeletterd", "vrijstelling arbeidsplicht",
                    "vrijstelling inburgeringsplicht", "instrument in gebruik", "instrument ingezet", "subtrede", "bepalingswijze",
                    "antwoorden", "uitstroomreden", "klantmanager", "datum meetmoment", "doeltrede", "groeipotentie"}

def read(path):
    raw = open(path, "rb").read()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
    sep = ";" if text.splitlines()[0].count(";") > text.splitlines()[0].count(",") else ","
    return list(csv.DictReader(io.StringIO(text), delimiter=sep))

rows = read(sys.argv[1])
secrets = set()
for row in rows:
    for key, value in row.items():
        k = (key or "").strip().lower()
        v = (value or "").strip()
        if not v:
            continue
        if k in PERSONAL or k not in KNOWN:  # personal fields, and local columns (not SPEC §6 keys)
            secrets.add(v)
            if k in ("geboortedatum", "birth_date") and len(v) == 10 and v[2] == "-":
                secrets.add(v[6:] + "-" + v[3:5] + "-" + v[:2])  # the ISO spelling too
            if k in ("postcode", "postal_code"):
                secrets.add(v.replace(" ", ""))
short = sorted(s for s in secrets if len(s) < 4)
secrets = {s for s in secrets if len(s) >= 4}
leaks = 0
for path in sys.argv[2:]:
    text = open(path, "rb").read().decode("utf-8", errors="replace")
    # a value counts as found when it stands as a word of its own (so a given name `Noor` is not
    # found inside the team name `Team Noord`), for values without letters or digits at an edge too
    found = sorted(s for s in secrets if s in text and re.search(r"(?<![0-9A-Za-z])" + re.escape(s) + r"(?![0-9A-Za-z])", text))
    for s in found[:10]:
        print(f"LEAK: {path}: a personal/free/local value of the input ({len(s)} characters) appears", file=sys.stderr)
    leaks += len(found)
print(f"privacy: {len(secrets)} distinct personal, free and local values of {sys.argv[1].split('/')[-1]} "
      f"({len(rows)} rows) searched in {len(sys.argv) - 2} exports: {leaks} found"
      + (f"; {len(short)} values under 4 characters not searched" if short else ""))
sys.exit(1 if leaks else 0)
