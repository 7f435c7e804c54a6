#!/usr/bin/env bash
# Issue 23, must show 2: every usage error of pladder — its own, the library's (dates, files,
# configuration) and the argument parser's (CLI11) — is Dutch by default (none of the English words
# of tests/cli/english_words.py) and English with --lang en; option values may be written in Dutch
# (`--table plaatsing`), and an unknown option in Dutch is answered with pladder's own option
# (`--peildatum` → `--reference-date`).
set -euo pipefail
: "${PLADDER:?}" "${PL_SOURCE_DIR:?}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf 'client_id;measured_on;caseworker;team;step;growth_potential\na;2024-03-01;Jan;Noord;2;+\nb;2024-04-01;Piet;Zuid;4;0\n' >"$work/data.csv"
: >"$work/empty.csv"
mkdir "$work/dir"
printf 'PK\x03\x04rest of a workbook' >"$work/book.xlsx"
printf '{"columns": {"Cliënt": "klant"}}\n' >"$work/bad_mapping.json"
printf '{"columns": {"Positie": "trede", "Nummer": "klantnummer", "Datum": "meetdatum"}}\n' >"$work/dutch_mapping.json"
printf 'Nummer;Datum;Positie\nx;2024-03-01;3\n' >"$work/own.csv"

exec /usr/bin/python3 - "$PLADDER" "$work" <<'PY'
import os, subprocess, sys
sys.path.insert(0, os.path.join(os.environ["PL_SOURCE_DIR"], "tests", "cli"))
from english_words import english_in
pladder, work = sys.argv[1], sys.argv[2]
data = os.path.join(work, "data.csv")
W = lambda n: os.path.join(work, n)
failures = []

# (arguments, exit code, Dutch text expected, English text expected with --lang en)
cases = [
    (["report", data, "--reference-date", "31-12-24", "--table", "placement"], 2, "is geen datum", "is not a date"),
    (["report", data, "--reference-date", "2024-02-31", "--table", "placement"], 2, "geen bestaande datum", "not a valid calendar date"),
    (["report", data, "--reference-date", "2024-12-31"], 2, "geef --table TABEL", "give --table TABLE"),
    (["report", data, "--table", "plaatsingg"], 2, "kan niet; kies uit", "is not one of"),
    (["report", data, "--table"], 2, "geef een waarde", "required"),
    (["report", data, "--by", "iedereen", "--table", "caseload"], 2, "kan niet; kies uit", "is not one of"),
    (["report", data, "--table", "movement", "--from", "2024"], 2, "alleen de kpi-tabel neemt jaren", "only the kpi table takes years"),
    (["report", data, "--html", W("dir/nope/r.html")], 2, "kan het HTML-rapport niet schrijven", "cannot write the HTML report"),
    (["check", data, "--peildatum", "2024-12-31"], 2, "bedoelt u --reference-date", "did you mean --reference-date"),
    (["check", data, "--tabel", "x"], 2, "onbekende optie --tabel", "unknown option --tabel"),
    (["check"], 2, "geef een of meer bestanden", "is required"),
    (["check", data, "--threads", "abc"], 2, "verwacht een getal", "abc"),
    (["check", data, "--threads", "999"], 2, "verwacht een getal van 0 tot en met 256", "not in range"),
    (["check", data, "--format", "pdf"], 2, "kan niet; kies uit", "is not one of"),
    (["check", data, "--encoding", "latin9"], 2, "kies uit", "latin9"),
    (["check", data, "--reference-date", "gisteren"], 2, "is geen datum", "is not a date"),
    (["check", W("missing.csv")], 2, "bestand of map bestaat niet", "No such file or directory"),
    (["check", W("dir")], 2, "is een map, geen bestand", "is a directory, not a file"),
    (["check", W("empty.csv")], 2, "het bestand is leeg", "the file is empty"),
    (["check", W("book.xlsx")], 2, "Excel-werkmap", "Excel workbook"),
    (["check", data, "--columns", W("missing.json")], 2, "kan het kolommenbestand niet openen", "cannot open the column-mapping file"),
    (["check", data, "--columns", W("bad_mapping.json")], 2, "is geen veld van de gegevensset", "is not a key of the base data set"),
    (["check", data, "--stream"], 2, "vraagt een peildatum", "needs the reference date"),
    (["check", data, "extra", "--reference-date", "2024-12-31"], 2, "bestand of map bestaat niet", "No such file or directory"),
    (["chek", data], 2, "onbekende opdracht 'chek'; bedoelt u 'check'", "unknown command 'chek'; did you mean 'check'"),
]
for args, want_rc, dutch, english in cases:
    p = subprocess.run([pladder, *args], capture_output=True)
    text = p.stdout.decode() + p.stderr.decode()
    where = " ".join(a.replace(work + "/", "") for a in args)
    if p.returncode != want_rc:
        failures.append("%s: exit %d, expected %d: %s" % (where, p.returncode, want_rc, text))
    if dutch not in text:
        failures.append("%s: the Dutch message lacks %r: %s" % (where, dutch, text))
    found = english_in(text, [work + "/" + n for n in os.listdir(work)] + [work, "missing.csv", "missing.json", "data.csv"])
    if found:
        failures.append("%s: English words %s in the Dutch message: %s" % (where, found, text))
    p = subprocess.run([pladder, args[0], "--lang", "en", *args[1:]], capture_output=True)  # before a flag that lacks its value
    text_en = p.stdout.decode() + p.stderr.decode()
    if p.returncode != want_rc or english not in text_en:
        failures.append("%s --lang en: exit %d, expected %d with %r: %s" % (where, p.returncode, want_rc, english, text_en))
    print("%-70s %s" % (where[:70], "ok" if not failures else "…"))

# Option values in Dutch, and a column mapping with Dutch key names.
for args in (["report", data, "--reference-date", "2024-12-31", "--table", "plaatsing"],
             ["report", data, "--reference-date", "2024-12-31", "--table", "caseload", "--by", "afdeling"],
             ["report", data, "--reference-date", "2024-12-31", "--table", "kpi", "--format", "tekst"],
             ["check", data, "--reference-date", "2024-12-31", "--by", "klantmanager"]):
    p = subprocess.run([pladder, *args], capture_output=True)
    if p.returncode != 0:
        failures.append("%s: Dutch option values are accepted: exit %d %s" % (" ".join(args[2:]), p.returncode, p.stderr.decode()))
same = subprocess.run([pladder, "report", data, "--reference-date", "2024-12-31", "--table", "placement"], capture_output=True)
dutch = subprocess.run([pladder, "report", data, "--reference-date", "2024-12-31", "--table", "plaatsing"], capture_output=True)
if same.stdout != dutch.stdout:
    failures.append("--table plaatsing gives another table than --table placement")
p = subprocess.run([pladder, "check", W("own.csv"), "--columns", W("dutch_mapping.json"), "--reference-date", "2024-12-31",
                    "--format", "json"], capture_output=True)
if p.returncode not in (0, 1) or b'"records":1' not in p.stdout.replace(b" ", b""):
    failures.append("a column mapping with Dutch key names (trede, klantnummer, meetdatum): exit %d %s %s" %
                    (p.returncode, p.stdout[:300], p.stderr))
# The KPI table names its indicators in words, never by key.
p = subprocess.run([pladder, "report", data, "--reference-date", "2024-12-31", "--table", "kpi"], capture_output=True)
for key in (b"gp_with_instrument", b"successful_outflow", b"inflow_new"):
    if key in p.stdout:
        failures.append("the kpi table shows the key %s: %s" % (key.decode(), p.stdout.decode()[:800]))
p = subprocess.run([pladder, "report", data, "--reference-date", "2024-12-31", "--table", "caseload", "--format", "csv"], capture_output=True)
if b";all;" in p.stdout or b";not_filled;" in p.stdout:
    failures.append("the caseload table shows the key all/not_filled: %s" % p.stdout.decode()[:800])

# docs/reports.md and `pladder report --help` agree on --by.
import re
help_text = subprocess.run([pladder, "report", "--help"], capture_output=True).stdout.decode()
m = re.search(r"--by TEXT:\{([^}]*)\}", help_text)
with open(os.path.join(os.environ["PL_SOURCE_DIR"], "docs", "reports.md"), encoding="utf-8") as f:
    doc = f.read()
d = re.search(r"\[--by ([a-z|]+)\]", doc)
if not m or not d or set(m.group(1).split(",")) != set(d.group(1).split("|")):
    failures.append("--by: --help says %s, docs/reports.md says %s" % (m and m.group(1), d and d.group(1)))

if failures:
    print("\n".join("FAIL: " + f for f in failures), file=sys.stderr)
    sys.exit(1)
print("messages: %d usage errors Dutch by default and English with --lang en" % len(cases))
PY
