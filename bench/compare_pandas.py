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
  checks FILE DATE      the placement table plus six vectorised checks in the spirit of SPEC §8
                        (required fields empty, unreadable step, unreadable date, measured after
                        DATE, target step not above the step, step 9 without exit reason)

Prints the table as CSV and, for `checks`, a count per check; never a personal value.
Run with /usr/bin/python3 (Debian's python3-* packages).
"""
import sys

import numpy as np
import pandas as pd

ALIASES = {
    "client_id": ["client_id", "klantnummer", "klantnr", "cliëntnummer"],
    "measured_on": ["measured_on", "datum meetmoment", "meetdatum", "meetmoment", "datum meting"],
    "step": ["step", "trede", "positie op de ladder", "ladderscore", "participatietrede"],
    "growth_potential": ["growth_potential", "groeipotentieel", "groeipotentie"],
    "target_step": ["target_step", "potentietrede", "doeltrede", "potentie"],
    "exit_reason": ["exit_reason", "uitstroomreden", "reden uitstroom"],
    "target_horizon": ["target_horizon", "termijn"],
}
YES = {"+", "++", "ja", "j", "yes", "y", "true", "1"}


def read(path):
    with open(path, "rb") as f:
        head = f.readline().decode("utf-8-sig")
    sep = ";" if head.count(";") > head.count(",") else ","
    folded = {c.strip().lower(): c for c in head.rstrip("\r\n").split(sep)}
    cols = {}
    for key, names in ALIASES.items():
        for n in names:
            if n in folded:
                cols[key] = folded[n].strip('"')
                break
    df = pd.read_csv(path, sep=sep, dtype=str, keep_default_na=False, encoding="utf-8-sig",
                     usecols=list(cols.values()))
    df = df.rename(columns={v: k for k, v in cols.items()})
    for key in ALIASES:
        if key not in df:
            df[key] = ""
    return df


def dates(s):
    s = s.str.strip()
    iso = pd.to_datetime(s, format="%Y-%m-%d", errors="coerce")
    dutch = pd.to_datetime(s.str.replace("/", "-").str.replace(".", "-", regex=False), format="%d-%m-%Y", errors="coerce")
    return iso.fillna(dutch)


def prepare(df):
    df["date"] = dates(df["measured_on"])
    step = df["step"].str.strip()
    df["step_n"] = pd.to_numeric(step.str[0], errors="coerce").where(step.str.len().between(1, 2))
    sign = step.str[1:]
    gp = df["growth_potential"].str.strip().str.lower()
    flag = np.where(sign == "+", 1.0, np.where(sign == "-", 0.0, np.where(gp != "", gp.isin(YES) * 1.0, np.nan)))
    target = pd.to_numeric(df["target_step"].str.strip().str[0], errors="coerce")
    one_year = df["target_horizon"].str.strip().str.lower().isin(["", "1y"])  # SPEC §5: only a one-year target derives
    derived = np.where(target.notna() & one_year, (target > df["step_n"]) * 1.0, np.nan)
    df["gp"] = np.where(~np.isnan(flag), flag, derived)
    df["target_n"] = target
    return df


def percent(part, whole):
    """A whole percentage rounded half up (SPEC §10, the spreadsheet ROUND), empty of nothing."""
    return "" if whole == 0 else (200 * part + whole) // (2 * whole)


def placement(df, reference):
    ref = pd.Timestamp(reference)
    dated = df[(df["client_id"].str.strip() != "") & df["date"].notna() & (df["date"] <= ref)]
    latest = dated.sort_values(["client_id", "date"], kind="stable").groupby("client_id", sort=False).tail(1)
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


def checks(df, reference):
    ref = pd.Timestamp(reference)
    required = (df["client_id"].str.strip() == "") | (df["measured_on"].str.strip() == "") | (df["step"].str.strip() == "")
    return {
        "required_empty": int(required.sum()),
        "step_unreadable": int(((df["step"].str.strip() != "") & df["step_n"].isna()).sum()),
        "date_unreadable": int(((df["measured_on"].str.strip() != "") & df["date"].isna()).sum()),
        "measured_after_reference": int((df["date"] > ref).sum()),
        "target_not_above_step": int((df["step_n"].between(1, 5) & (df["target_n"] <= df["step_n"])).sum()),
        "left_without_exit_reason": int(((df["step_n"] == 9) & (df["exit_reason"].str.strip() == "")).sum()),
    }


def main(argv):
    if len(argv) != 4 or argv[1] not in ("placement", "checks"):
        print(__doc__, file=sys.stderr)
        return 2
    job, path, reference = argv[1:]
    df = prepare(read(path))
    print("step,clients,pct_of_total,without_gp,pct_without_gp,with_gp,pct_with_gp")
    for r in placement(df, reference):
        print(",".join(str(x) for x in r))
    if job == "checks":
        for name, n in checks(df, reference).items():
            print(f"check,{name},{n}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
