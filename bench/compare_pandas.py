#!/usr/bin/python3
# SPDX-License-Identifier: Apache-2.0
"""The pandas side of the side-by-side benchmark (issue 13, bench/run.sh, docs/benchmark.md).

What an analyst at a municipality would write with pandas (Debian python3-pandas) for the job
pladder does, over the same generated base data set (SPEC §6, Dutch Excel or ISO style):

  placement FILE DATE   the as-of placement table (SPEC §10): each client at its latest
                        measurement on or before DATE; clients on 9 (left) and 0 (intake) out;
                        per step 1-6 and "not filled" the clients, % of the total, and for 1-5
                        with/without growth potential (the flag, else target step > step, SPEC §5)
                        and % of the step; the total of 1-5 and the grand total. The layout of
                        `pladder report --table placement --format csv --csv rfc4180`, percentages
                        rounded half up (bench/same_placement.py compares them cell by cell)
  checks FILE DATE      the placement table plus 17 vectorised checks of the SPEC §8 catalogue, each
                        named by its id and counted as `pladder check` counts its findings (a
                        split check, PL006 and PL017, counts every variant): the record checks
                        PL001 PL003 PL005 PL006 PL007 PL008 PL009 PL010 PL011 PL012 PL014 PL015
                        PL016 PL017 PL018 and the history checks PL020 PL021 (groupby / duplicated
                        over the clients). Left out: PL002, PL004 and PL013 need the questionnaire
                        walk of SPEC §4 over the stored answers, PL019 the next later measurement
                        per client, PL022 and PL023 the exit columns — an analyst would not
                        write those first. bench/same_checks.py compares the counts with pladder's.

Prints the table as CSV and, for `checks`, a line `check,ID,COUNT` per check; never a personal value
(the BSN, postal code and birth date are read for PL017 and PL018, only their counts leave).
Run with /usr/bin/python3 (Debian's python3-* packages).
"""
import sys

import numpy as np
import pandas as pd


# The columns of the placement table: SPEC §6 keys and the Dutch headers of a municipal export.
ALIASES = {
    "client_id": ["client_id", "klantnummer", "klantnr", "cliëntnummer"],
    "measured_on": ["measured_on", "datum meetmoment", "meetdatum", "meetmoment", "datum meting"],
    "step": ["step", "trede", "positie op de ladder", "ladderscore", "participatietrede"],
    "growth_potential": ["growth_potential", "groeipotentieel", "groeipotentie"],
    "target_step": ["target_step", "potentietrede", "doeltrede", "potentie"],
    "exit_reason": ["exit_reason", "uitstroomreden", "reden uitstroom"],
    "target_horizon": ["target_horizon", "termijn"],
}
# The further columns the checks read.
CHECK_ALIASES = {
    "caseworker": ["caseworker", "behandelend medewerker", "klantmanager", "consulent", "trajectbegeleider"],
    "next_measurement_due": ["next_measurement_due", "volgend meetmoment", "datum volgend meetmoment"],
    "income_situation": ["income_situation", "inkomenssituatie"],
    "integration_obligation": ["integration_obligation", "inburgeringsplichtig"],
    "work_obligation_exemption": ["work_obligation_exemption", "vrijstelling arbeidsplicht"],
    "integration_exemption": ["integration_exemption", "vrijstelling inburgeringsplicht"],
    "instrument_in_use": ["instrument_in_use", "instrument in gebruik"],
    "instrument_deployed": ["instrument_deployed", "instrument ingezet"],
    "sub_step": ["sub_step", "subtrede"],
    "bsn": ["bsn"],
    "postal_code": ["postal_code", "postcode"],
    "birth_date": ["birth_date", "geboortedatum"],
    "exit_date": ["exit_date", "datum uitstroom", "uitstroomdatum"],
}
YES = {"+", "++", "ja", "j", "yes", "y", "true", "1"}  # a growth flag that means +
NO = {"0", "-", "--", "nee", "n", "no", "false"}  # and one that means 0
YES_NO = ({"ja", "j", "yes", "y", "true", "1", "+"}, {"nee", "n", "no", "false", "0"})  # SPEC §6 spellings
STEPS = [0, 1, 2, 3, 4, 5, 6, 9]  # SPEC §2: the ladder 1-6 and the status codes 0 (intake), 9 (left)


def read(path, aliases):
    """The columns of `aliases` as text (a missing column: empty), and the keys the file has."""
    with open(path, "rb") as f:
        head = f.readline().decode("utf-8-sig")
    sep = ";" if head.count(";") > head.count(",") else ","
    folded = {c.strip().lower(): c for c in head.rstrip("\r\n").split(sep)}
    cols = {}
    for key, names in aliases.items():
        for n in names:
            if n in folded:
                cols[key] = folded[n].strip('"')
                break
    df = pd.read_csv(path, sep=sep, dtype=str, keep_default_na=False, encoding="utf-8-sig",
                     usecols=list(cols.values()))
    df = df.rename(columns={v: k for k, v in cols.items()})
    for key in aliases:
        if key not in df:
            df[key] = ""
    return df, set(cols)


def dates(s):
    s = s.str.strip()
    iso = pd.to_datetime(s, format="%Y-%m-%d", errors="coerce")
    dutch = pd.to_datetime(s.str.replace("/", "-").str.replace(".", "-", regex=False), format="%d-%m-%Y", errors="coerce")
    return iso.fillna(dutch)


def prepare(df):
    df["client_id"] = df["client_id"].str.strip()
    df["date"] = dates(df["measured_on"])
    step = df["step"].str.strip()
    sign = step.str[1:]
    df["step_n"] = (pd.to_numeric(step.str[0], errors="coerce").where(step.str.len().between(1, 2))
                    .where((sign == "") | step.str[0].isin(list("12345"))))  # SPEC §5: no sign on 6, 0, 9
    gp = df["growth_potential"].str.strip().str.lower()
    column = np.where(gp.isin(YES), 1.0, np.where(gp.isin(NO), 0.0, np.nan))  # unreadable: not filled
    signed = np.where(sign == "+", 1.0, np.where(sign == "-", 0.0, np.nan))
    # the sign of 3+ / 3- and the column: either alone, both only when they agree (SPEC §6)
    flag = np.where(np.isnan(signed), column, np.where(np.isnan(column) | (column == signed), signed, np.nan))
    target = pd.to_numeric(df["target_step"].str.strip().str[0], errors="coerce")
    one_year = df["target_horizon"].str.strip().str.lower().isin(["", "1y"])  # SPEC §5: only a one-year target derives
    derived = np.where(target.notna() & one_year, (target > df["step_n"]) * 1.0, np.nan)
    df["flag"] = flag  # the registered flag: 1.0 (+), 0.0 (0), NaN (not filled)
    df["one_year"] = one_year
    df["gp"] = np.where(~np.isnan(flag), flag, derived)
    df["target_n"] = target
    return df


def percent(part, whole):
    """A whole percentage rounded half up (SPEC §10, the spreadsheet ROUND), empty of nothing."""
    return "" if whole == 0 else (200 * part + whole) // (2 * whole)


def latest_as_of(df, ref):
    """Each client's latest measurement on or before `ref` (of two on one date the later line)."""
    dated = df[(df["client_id"] != "") & df["date"].notna() & (df["date"] <= ref)]
    return dated.sort_values(["client_id", "date"], kind="stable").groupby("client_id", sort=False).tail(1)


def placement(latest):
    caseload = latest[~latest["step_n"].isin([0, 9])]
    counts = {}
    for s in [1, 2, 3, 4, 5]:
        on = caseload[caseload["step_n"] == s]
        counts[s] = (len(on), int((on["gp"] == 0.0).sum()), int((on["gp"] == 1.0).sum()))
    six = int((caseload["step_n"] == 6).sum())
    not_filled = len(caseload) - sum(c[0] for c in counts.values()) - six  # empty or unreadable step
    total = len(caseload)
    t15 = tuple(sum(c[i] for c in counts.values()) for i in range(3))

    def gp_row(key, c):
        return (key, c[0], percent(c[0], total), c[1], percent(c[1], c[0]), c[2], percent(c[2], c[0]))

    def plain_row(key, n):
        return (key, n, percent(n, total), "", "", "", "")

    return ([gp_row(str(s), counts[s]) for s in [1, 2, 3, 4, 5]]
            + [plain_row("6", six), plain_row("not_filled", not_filled), gp_row("total_1_5", t15),
               plain_row("grand_total", total)])


def yes(s):
    """A yes/no column: True for a yes spelling; no, empty and anything unreadable are not yes."""
    return s.str.strip().str.lower().isin(YES_NO[0])


def checks(df, present, reference, latest):
    """The 17 checks, SPEC §8 (include/participatieladder/check_rules.hpp): findings per id."""
    ref = pd.Timestamp(reference)
    year = pd.DateOffset(months=12)  # the re-assessment interval, calendar months clamped to the month's end
    step = df["step_n"].where(df["step_n"].isin(STEPS))
    grows = step.between(1, 5)  # the steps that carry growth potential (SPEC §5)
    flag = df["flag"]
    target = df["target_n"].where(df["target_n"].between(1, 6))
    effective = df["gp"].where(grows)  # SPEC §5: the flag, else derived from a one-year target
    measured = df["date"]
    due = dates(df["next_measurement_due"])
    instrument = yes(df["instrument_in_use"]) | yes(df["instrument_deployed"])
    income = df["income_situation"].str.strip().str[:1].str.lower()  # a, b, c, d (or "a gemeentelijke uitkering")
    exemption = df["work_obligation_exemption"].str.strip().str.lower()
    exempt = ((exemption != "") & ~exemption.isin(YES_NO[1])) | yes(df["integration_exemption"])  # a code is yes
    n = {}

    n["PL001"] = (effective == 0) & instrument
    n["PL003"] = (step == 6) & (income.isin(["a", "b"]) | instrument)
    n["PL005"] = exempt & (effective == 1)
    # PL006: one finding per empty required field (an unreadable value is the reader's finding,
    # not an empty field); the caseworker only when the file has the column
    n["PL006"] = ((df["client_id"] == "").sum() + (df["measured_on"].str.strip() == "").sum()
                  + (df["step"].str.strip() == "").sum()
                  + (grows & flag.isna() & (df["growth_potential"].str.strip() == "")
                     & (df["target_step"].str.strip() == "")).sum()
                  + ((df["caseworker"].str.strip() == "").sum() if "caseworker" in present else 0))
    n["PL007"] = grows & flag.notna() & target.notna() & df["one_year"] & (flag != (target > step))
    n["PL008"] = grows & (target < step)
    n["PL009"] = step.isin([0, 6, 9]) & (flag.notna() | target.notna())
    n["PL010"] = due <= measured
    n["PL011"] = due > measured + year
    n["PL012"] = measured > ref
    # PL014: a record with a sub-step (2.4, or several: 2.2,2.4) whose base step is not its step
    sub = df["sub_step"].str.strip()
    sub = sub[(sub != "") & step.notna()]
    sub = sub[sub.str.fullmatch(r"0*[1-6]\.0*[1-9]\d*([\s,;]+0*[1-6]\.0*[1-9]\d*)*")]  # else unreadable
    bases = sub.str.extractall(r"(\d+)\.\d+")[0].astype(float)
    rows = bases.index.get_level_values(0)
    n["PL014"] = np.unique(rows[bases.to_numpy() != step.loc[rows].to_numpy()]).size
    n["PL015"] = (income == "d") & step.between(1, 4)
    if "integration_obligation" in present:
        n["PL016"] = yes(df["integration_exemption"]) & ~yes(df["integration_obligation"])
    else:
        n["PL016"] = 0
    # PL017: a filled BSN that is not 9 digits passing the eleven-test (000000000 fails), and a
    # filled postal code that is not NNNN AA (the space optional)
    bsn = df["bsn"].str.strip()
    nine = bsn[bsn.str.fullmatch(r"[0-9]{9}")]
    digits = (np.frombuffer("".join(nine).encode("ascii"), dtype=np.uint8).reshape(-1, 9) - ord("0")).astype(np.int64)
    valid = (digits @ np.array([9, 8, 7, 6, 5, 4, 3, 2, -1]) % 11 == 0) & digits.any(axis=1)
    postal = df["postal_code"].str.strip()
    n["PL017"] = ((bsn != "").sum() - int(valid.sum())
                  + ((postal != "") & ~postal.str.fullmatch(r"[1-9][0-9]{3} ?[A-Za-z]{2}")).sum())
    # PL018: the age in whole years at measured_on below 15 or above 67
    birth = dates(df["birth_date"])
    age = (measured.dt.year - birth.dt.year
           - ((measured.dt.month * 100 + measured.dt.day) < (birth.dt.month * 100 + birth.dt.day)))
    n["PL018"] = (age < 15) | (age > 67)
    # PL020: the second, third, ... measurement of a client on one date (input order)
    dated = (df["client_id"] != "") & measured.notna()
    n["PL020"] = df.loc[dated, ["client_id", "date"]].duplicated()
    # PL021: the client's latest measurement as of the reference date is more than the interval
    # old, and the client has not left (step 9, or an exit_date on or before the reference date)
    left = (step.loc[latest.index] == 9) | (dates(df.loc[latest.index, "exit_date"]) <= ref)
    n["PL021"] = ~left & (ref > latest["date"] + year)
    return {k: int(v.sum()) if hasattr(v, "sum") else int(v) for k, v in n.items()}


def main(argv):
    if len(argv) != 4 or argv[1] not in ("placement", "checks"):
        print(__doc__, file=sys.stderr)
        return 2
    job, path, reference = argv[1:]
    df, present = read(path, ALIASES if job == "placement" else {**ALIASES, **CHECK_ALIASES})
    df = prepare(df)
    latest = latest_as_of(df, pd.Timestamp(reference))
    print("step,clients,pct_of_total,without_gp,pct_without_gp,with_gp,pct_with_gp")
    for r in placement(latest):
        print(",".join(str(x) for x in r))
    if job == "checks":
        for name, count in checks(df, present, reference, latest).items():
            print(f"check,{name},{count}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
