#!/usr/bin/python3
# SPDX-License-Identifier: Apache-2.0
"""Writes gws_export.csv: a caseload exported the way a GWS-style client-tracking system exports it
(issue 23, must show 1). Every name is invented; BSNs are made up to pass the eleven-test.

The style: Windows-1252, `;`, CRLF, Dutch headers, Dutch Excel dates (`3-8-2023`), local columns
(Wijk, Opmerking), a nameless trailing column (every line ends in `;`), leaving as two columns
(`Datum uitstroom`, `Reden uitstroom`) on a client's last record instead of a step-9 row (SPEC §6
revised), one `3+` with Groeipotentie `Nee` (SPEC §6 revised: neither wins), measurements after
the reference date 2024-06-30, no instrument, integration or `groei na doeltrede` columns (SPEC
§8/§10 revised: those figures are not available), and near-duplicate caseworker and team names.

Deterministic: run it again and the file is byte for byte the same (tests/cli/gws_export_test.sh
compares). An argument writes elsewhere:
    /usr/bin/python3 tests/data/exports/make_gws_export.py [OUT]
"""
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "gws_export.csv")

HEADERS = ["Klantnummer", "BSN", "Achternaam", "Voornaam", "Datum meetmoment", "Volgend meetmoment",
           "Klantmanager", "Team", "Trede", "Groeipotentie", "Doeltrede", "Inkomenssituatie",
           "Startkwalificatie", "Laaggeletterd", "Datum uitstroom", "Reden uitstroom", "Wijk", "Opmerking", ""]

FAMILY = ["Bakker", "Visser", "Smit", "Meijer", "Mulder", "de Boer", "Bos", "Vos", "Peters", "Hendriks",
          "Dekker", "Brouwer", "de Wit", "Dijkstra", "Jonker", "Kok", "Postma", "Schouten", "Willems", "Çelik",
          "Huisman", "Kramer", "Prins", "Kuipers", "van Dam", "Veenstra", "Groen", "Vermeulen", "Koster", "Hoekstra"]
GIVEN = ["Anouk", "Bram", "Chantal", "Daan", "Esra", "Femke", "Gijs", "Hanneke", "Ilse", "Joost", "Karim", "Lotte",
         "Mohamed", "Noor", "Olga", "Pieter", "Renée", "Sem", "Tess", "Youssef", "Zoë", "Wim", "Fatima", "Ruud"]
# near-duplicates on purpose: the same person written twice, the same team twice
CASEWORKERS = [("P. van der Berg", "Noord"), ("P. v.d. Berg", "Noord"), ("Sanne de Vries", "Zuid"),
               ("Sanne de vries", "Zuid"), ("Ahmed El Amrani", "noord"), ("Marieke Jansen", "Centrum")]
WIJK = ["Noord", "Zuid", "Oost", "West", "Centrum"]
REASONS = ["Werk", "Opleiding", "Verhuisd", "Andere uitkering", "Overig"]


def bsn(rng):
    """Nine digits passing the eleven-test (made up, not anybody's)."""
    while True:
        d = [rng.randrange(10) for _ in range(8)]
        if d[0] == 0:
            continue
        s = sum(w * x for w, x in zip(range(9, 1, -1), d))
        last = s % 11
        if last < 10:
            return "".join(map(str, d + [last]))


def dutch(y, m, d):
    return "%d-%d-%d" % (d, m, y)


def add_months(y, m, d, n):
    m0 = m - 1 + n
    return y + m0 // 12, m0 % 12 + 1, min(d, 28)


def main():
    rng = random.Random(20231)
    rows = []
    for i in range(60):
        cid = str(200100 + i * 7)
        cw, team = CASEWORKERS[i % len(CASEWORKERS)]
        fam, giv = FAMILY[i % len(FAMILY)], GIVEN[(i * 5) % len(GIVEN)]
        n = 1 + rng.randrange(3)
        y, m, d = 2022 + rng.randrange(2), 1 + rng.randrange(12), 1 + rng.randrange(28)
        step = 1 + rng.randrange(5)
        income = rng.choice(["a", "a", "a", "b", "c"])
        recs = []
        number = bsn(rng)
        for k in range(n):
            nxt = add_months(y, m, d, 12)
            gp = rng.choice(["+", "+", "0"])
            target = str(min(6, step + 1)) + rng.choice(["+", "-"]) if gp == "+" and step < 5 else ""
            recs.append({"Klantnummer": cid, "BSN": number, "Achternaam": fam, "Voornaam": giv,
                         "Datum meetmoment": dutch(y, m, d), "Volgend meetmoment": dutch(*nxt),
                         "Klantmanager": cw, "Team": team, "Trede": str(step),
                         "Groeipotentie": {"+": "Ja", "0": "Nee"}[gp], "Doeltrede": target,
                         "Inkomenssituatie": income, "Startkwalificatie": rng.choice(["Ja", "Nee", ""]),
                         "Laaggeletterd": rng.choice(["Ja", "Nee", "Nee"]), "Datum uitstroom": "",
                         "Reden uitstroom": "", "Wijk": rng.choice(WIJK), "Opmerking": ""})
            y, m, d = add_months(y, m, d, 5 + rng.randrange(10))
            step = max(1, min(5, step + rng.choice([-1, 0, 1, 1])))
        # leaving as columns on the last record (SPEC §6 revised): every seventh client, before the
        # reference date 2024-06-30; client 55 leaves after it (still in the caseload then)
        if i % 7 == 3 or i == 55:
            last = recs[-1]
            dd, mm, yy = map(int, last["Datum meetmoment"].split("-"))
            ey, em, ed = add_months(yy, mm, dd, 2)
            if i == 55:
                ey, em, ed = 2024, 9, 15
            elif (ey, em) > (2024, 5):
                # keep the leaving inside the period: move the whole last record back
                last["Datum meetmoment"] = "2-1-2024"
                last["Volgend meetmoment"] = "2-1-2025"
                ey, em, ed = 2024, 3, 1
            last["Datum uitstroom"] = dutch(ey, em, ed)
            last["Reden uitstroom"] = REASONS[i % len(REASONS)]
            last["Opmerking"] = "uitgestroomd"
        rows.extend(recs)
    # the conflict of SPEC §6 (revised): Trede 3+ with Groeipotentie Nee, on a measurement in the period
    # (the only measurement of a client who does not leave, so it is the client's current one)
    counts = {}
    for r in rows:
        counts[r["Klantnummer"]] = counts.get(r["Klantnummer"], 0) + 1
    conflict = next(r for r in rows if counts[r["Klantnummer"]] == 1 and not r["Datum uitstroom"])
    conflict.update({"Datum meetmoment": "14-2-2024", "Volgend meetmoment": "14-2-2025", "Trede": "3+", "Groeipotentie": "Nee",
                     "Doeltrede": "", "Opmerking": "trede en groeipotentie spreken elkaar tegen"})
    # a remark with the list separator in it, quoted as Excel does
    rows[5]["Opmerking"] = "belt terug; na vakantie"
    rng.shuffle(rows)  # exports are not sorted
    lines = [";".join(HEADERS)]
    for r in rows:
        cells = []
        for h in HEADERS:
            v = r.get(h, "")
            cells.append('"' + v.replace('"', '""') + '"' if ";" in v else v)
        lines.append(";".join(cells))
    with open(sys.argv[1] if len(sys.argv) > 1 else OUT, "wb") as f:
        f.write(("\r\n".join(lines) + "\r\n").encode("cp1252"))


if __name__ == "__main__":
    main()
