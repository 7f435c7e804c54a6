#!/usr/bin/python3
# SPDX-License-Identifier: Apache-2.0
# Issue 21 must show 1 and 2: an attacker who knows the publication format, the protection rule
# (the ptable of docs/privacy.md: which true counts can give a published value) and every identity
# between the published tables tries to pin protected counts (true 1-4). Its own code: interval
# propagation over all identities of one publication jointly, plus probing (try each end value of
# a count, propagate, drop it when that contradicts), until nothing changes.
#
# 1. Publications of generated municipalities of 3, 25, 60, 400 and 3,000 clients: the 3-client
#    one publishes its verdict only; in the others no count whose true value is 1-4 is pinned.
#    The identities are checked on the true tables first (pl_benchmark_truth, a test tool), so
#    the attacker only uses what holds.
# 2. Two publications of one municipality one record apart: no count is certainly changed or
#    certainly unchanged (the record's cells are not shown), and even an attacker who knows which
#    counts the record changed, and by how much, pins no count in 1-4 in either publication.
# 3. Self-test: the same attacker on a format-1 publication (small-cell suppression, the numbers of
#    issue 21's 400-client example) pins the suppressed counts — the attack is real.
#
# Usage: attacker_test.py PLADDER TRUTH_TOOL ; exit 1 on a leak. Prints what it checked.
import csv
import io
import json
import os
import subprocess
import sys
import tempfile

PLADDER, TRUTH = sys.argv[1], sys.argv[2]
REF = "2026-01-01"
BIG = 10 ** 9
failures = []


def run(*args, **kw):
    return subprocess.run(list(args), check=True, capture_output=True, **kw)


# ---- the published values and the attacker's knowledge of them ----------------------------------

def count_of(c):
    """A PublishedCount of the JSON form: (value, state)."""
    return int(c.get("value", 0)), c.get("state", "CELL_STATE_UNSPECIFIED")


def variables(pub):
    """{name: (value, state)} for every published count: table cells and totals, and the counts of
    the header (records, clients, converted)."""
    v = {}
    for t in pub.get("tables", []):
        rows, cols = t["rows"], t["columns"]
        cells = t.get("cells", [])
        for i, r in enumerate(rows):
            for j, c in enumerate(cols):
                v[(t["name"], r, c)] = count_of(cells[i * len(cols) + j])
            v[(t["name"], r, "total")] = count_of(t["row_totals"][i])
        for j, c in enumerate(cols):
            v[(t["name"], "total", c)] = count_of(t["column_totals"][j])
        v[(t["name"], "total", "total")] = count_of(t.get("grand_total", {}))
    if pub.get("tables"):
        for k in ("records", "clients", "converted_national"):
            v[("meta", k, "")] = (int(pub.get(k, 0)), "CELL_STATE_PUBLISHED")
    return v


def domain(pub, value, state):
    """The true counts that can give this published count, as the rule says: format 2 from the
    ptable (keyed rounding to base b), format 1 from the suppression states."""
    if int(pub.get("format", 0)) >= 2:
        b = int(pub["rounding_base"])
        return (0, b - 1) if value == 0 else (value - b + 1, value + b - 1)
    if state == "CELL_STATE_PRIMARY":
        return (int(pub.get("suppress_min", 1)), int(pub.get("suppress_max", 4)))
    if state == "CELL_STATE_SECONDARY":
        return (0, BIG)
    return (value, value)


# ---- identities ------------------------------------------------------------------------------------

def table_identities(tables):
    """Every row and column of every table adds up to its total; totals to the grand total."""
    ids = []
    for t in tables:
        n, rows, cols = t["name"], t["rows"], t["columns"]
        for r in rows:
            ids.append(("sum", [(n, r, c) for c in cols], [(n, r, "total")]))
        for c in cols:
            ids.append(("sum", [(n, r, c) for r in rows], [(n, "total", c)]))
        ids.append(("sum", [(n, r, "total") for r in rows], [(n, "total", "total")]))
        ids.append(("sum", [(n, "total", c) for c in cols], [(n, "total", "total")]))
    return ids


STEPS = ["0", "1", "2", "3", "4", "5", "6"]


def cross_identities():
    """Candidate identities between tables (issue 21's list and more); each is kept only when it
    holds on the true tables."""
    c = []
    for k in ["1", "2", "3", "4", "5", "6", "not_filled"]:
        c.append(("placement row %s = movement to %s" % (k, k), [("placement", k, "total")], [("movement", "total", k)]))
    c.append(("placement total = clients", [("placement", "total", "total")], [("meta", "clients", "")]))
    c.append(("target total = placement total", [("target", "total", "total")], [("placement", "total", "total")]))
    c.append(("target total = placement 1-5", [("target", "total", "total")], [("placement", k, "total") for k in "12345"]))
    c.append(("target 6 = placement 6", [("target", "6", "total")], [("placement", "6", "total")]))
    c.append(("target not filled = placement not filled", [("target", "not_filled", "total")], [("placement", "not_filled", "total")]))
    c.append(("movement total = summary total", [("movement", "total", "total")], [("movement_summary", "total", "total")]))
    c.append(("left = movement column left", [("movement_summary", "all", "left")], [("movement", "total", "left")]))
    for lo in (0, 1):
        s = STEPS[lo:]
        c.append(("rose = upper triangle from %s" % s[0], [("movement_summary", "all", "rose")],
                  [("movement", a, b) for a in s for b in s if int(b) > int(a)]))
        c.append(("fell = lower triangle from %s" % s[0], [("movement_summary", "all", "fell")],
                  [("movement", a, b) for a in s for b in s if int(b) < int(a)]))
        c.append(("stayed = diagonal from %s" % s[0], [("movement_summary", "all", "stayed")], [("movement", a, a) for a in s]))
    c.append(("clients <= records", None, None))
    return c


def value_of(truth, key):
    if key[0] == "meta":
        return {"clients": truth["clients"], "records": truth["records"], "converted_national": truth["converted"]}[key[1]]
    for t in truth["tables"]:
        if t["name"] != key[0]:
            continue
        i = None if key[1] == "total" else t["rows"].index(key[1])
        j = None if key[2] == "total" else t["columns"].index(key[2])
        if i is None and j is None:
            return t["grand_total"]
        if i is None:
            return t["column_totals"][j]
        if j is None:
            return t["row_totals"][i]
        return t["cells"][i][j]
    raise KeyError(key)


# ---- the attack ------------------------------------------------------------------------------------

def propagate(dom, ids):
    """Interval propagation of sum(left) = sum(right) to a fixpoint. False on a contradiction."""
    changed = True
    while changed:
        changed = False
        for _, left, right in ids:
            terms = [(k, 1) for k in left] + [(k, -1) for k in right]
            lo = sum(dom[k][0] if s > 0 else -dom[k][1] for k, s in terms)
            hi = sum(dom[k][1] if s > 0 else -dom[k][0] for k, s in terms)
            if lo > 0 or hi < 0:
                return False
            for k, s in terms:
                # s*x_k = -(rest); rest in [lo - own_lo, hi - own_hi]
                own_lo = dom[k][0] if s > 0 else -dom[k][1]
                own_hi = dom[k][1] if s > 0 else -dom[k][0]
                r_lo, r_hi = lo - own_lo, hi - own_hi
                t_lo, t_hi = -r_hi, -r_lo  # s*x_k in [t_lo, t_hi]
                n_lo, n_hi = (t_lo, t_hi) if s > 0 else (-t_hi, -t_lo)
                a, b = max(dom[k][0], n_lo, 0), min(dom[k][1], n_hi)
                if a > b:
                    return False
                if (a, b) != dom[k]:
                    dom[k] = (a, b)
                    changed = True
                    lo = sum(dom[x][0] if y > 0 else -dom[x][1] for x, y in terms)
                    hi = sum(dom[x][1] if y > 0 else -dom[x][0] for x, y in terms)
    return True


def attack(dom, ids, focus):
    """Propagation plus probing of the end values of the counts in `focus` (shaving)."""
    dom = dict(dom)
    if not propagate(dom, ids):
        raise SystemExit("the attacker's model contradicts itself: an identity or the rule is wrong")
    for _ in range(4):
        shaved = False
        for k in focus:
            for end in (0, 1):
                while dom[k][0] < dom[k][1]:
                    v = dom[k][end]
                    trial = dict(dom)
                    trial[k] = (v, v)
                    if propagate(trial, ids):
                        break
                    dom[k] = (v + 1, dom[k][1]) if end == 0 else (dom[k][0], v - 1)
                    shaved = True
                    propagate(dom, ids)
        if not shaved:
            break
    return dom


def attack_publication(pub, truth=None, extra_domains=None, label=""):
    """The attacker on one publication (with `extra_domains` intersected, for differencing).
    Returns the pinned protected counts; checks every true value stays inside its domain."""
    v = variables(pub)
    dom = {k: domain(pub, val, st) for k, (val, st) in v.items()}
    if extra_domains:
        for k, (a, b) in extra_domains.items():
            dom[k] = (max(dom[k][0], a), min(dom[k][1], b))
    ids = [i for i in table_identities(pub.get("tables", [])) if all(k in dom for k in i[1] + i[2])]
    used = []
    if truth is not None:
        for name, left, right in cross_identities():
            if left is None or not all(k in dom for k in left + right):
                continue
            if sum(value_of(truth, k) for k in left) == sum(value_of(truth, k) for k in right):
                ids.append((name, left, right))
                used.append(name)
    focus = [k for k, d in dom.items() if d[0] <= 4 and d[1] >= 1]
    out = attack(dom, ids, focus)
    pinned = []
    for k, (a, b) in out.items():
        if truth is not None:
            t = value_of(truth, k)
            if not a <= t <= b:
                raise SystemExit("%s: the true value of %s (%d) is outside the attacker's domain [%d, %d]: a wrong model" % (label, k, t, a, b))
        if a == b and 1 <= a <= 4:
            pinned.append((k, a))
    narrowed = sum(1 for k in out if out[k] != dom[k])
    return pinned, len(out), len(focus), narrowed, used


# ---- data --------------------------------------------------------------------------------------------

def generate(work, n, seed):
    path = os.path.join(work, "g%d.csv" % n)
    run(PLADDER, "generate", "--clients", str(n), "--seed", str(seed), "--reference-date", REF, "--style", "iso", "--format", "csv", "--out", path)
    return path


def publish(work, data, name, key, tag):
    out = os.path.join(work, "%s.json" % tag)
    r = subprocess.run([PLADDER, "benchmark", "export", data, "--municipality", name, "--key", key, "--reference-date", REF, "--out", out],
                       capture_output=True)
    if r.returncode not in (0, 1):
        raise SystemExit("benchmark export %s: rc %d: %s" % (tag, r.returncode, r.stderr.decode()))
    return json.load(open(out))


def truth_of(data, name, key):
    return json.loads(run(TRUTH, data, name, key, REF).stdout)


def main():
    work = tempfile.mkdtemp(prefix="pl_attacker_")
    key = os.path.join(work, "key")
    run(PLADDER, "key", "new", key)

    # ---- 1. one publication, every table jointly ------------------------------------------------
    for n, seed in ((3, 11), (25, 12), (60, 13), (400, 14), (3000, 15)):
        data = generate(work, n, seed)
        name = "Gemeente %d" % n
        pub = publish(work, data, name, key, "p%d" % n)
        truth = truth_of(data, name, key)
        if truth["clients"] < int(pub.get("min_clients", 0)):
            leaked = [k for k in ("records", "clients", "converted_national") if int(pub.get(k, 0)) != 0] + [t["name"] for t in pub.get("tables", [])]
            if not pub.get("withheld") or leaked:
                failures.append("%d clients: below the minimum size, yet published: %s" % (n, leaked))
            print("ok: %d clients: below the minimum size (%s): verdict only, no table and no count" % (n, pub.get("min_clients")))
            continue
        protected = [1 for t in truth["tables"] for r in t["cells"] for x in r if 1 <= x <= 4]
        pinned, nvars, nfocus, narrowed, used = attack_publication(pub, truth, label="%d clients" % n)
        for k, a in pinned:
            failures.append("%d clients: %s pinned to %d" % (n, "/".join(k), a))
        print("%s: %d clients: %d published counts (%d true cells in 1-4, %d counts the rule leaves in 1-4), identities used: %d within "
              "tables + %s; %d counts narrowed by the identities, %d protected counts pinned"
              % ("ok" if not pinned else "LEAK", n, nvars, len(protected), nfocus, len(table_identities(pub["tables"])), "; ".join(used) or "none",
                 narrowed, len(pinned)))
        if n == 60 and not used:
            failures.append("no identity between the tables held: the attacker would be too weak to mean anything")

    # ---- 2. two publications one record apart ----------------------------------------------------
    data = os.path.join(work, "g400.csv")
    rows = list(csv.DictReader(open(data, encoding="utf-8-sig")))
    fields = list(rows[0].keys())
    # the record: a new measurement, on the reference date, of one client, on another step
    last = {}
    for r in rows:
        last[r["client_id"]] = r
    victim = sorted(last)[7]
    new = dict(last[victim])
    new["measured_on"] = REF
    new["step"] = "5" if new.get("step") != "5" else "3"
    b_path = os.path.join(work, "g400b.csv")
    with open(b_path, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=fields)
        w.writeheader()
        w.writerows(rows + [new])
    name = "Gemeente 400"
    pa, pb = publish(work, data, name, key, "diffA"), publish(work, b_path, name, key, "diffB")
    ta, tb = truth_of(data, name, key), truth_of(b_path, name, key)
    va, vb = variables(pa), variables(pb)
    changed = [k for k in va if value_of(ta, k) != value_of(tb, k)]
    certain = []
    for k in va:
        da, db = domain(pa, *va[k]), domain(pb, *vb[k])
        same_possible = max(da[0], db[0]) <= min(da[1], db[1])
        moved_possible = any(max(da[0], db[0] - d) <= min(da[1], db[1] - d) for d in (-1, 1))
        if not same_possible or not moved_possible:
            certain.append(k)
    for k in certain:
        failures.append("differencing: %s is certainly %s" % ("/".join(k), "changed" if k in changed else "unchanged"))
    moved_published = sum(1 for k in va if va[k][0] != vb[k][0])
    print("%s: one record apart: the record changed %d true counts; %d published counts differ between the publications; "
          "%d counts are certainly changed or certainly unchanged" % ("ok" if not certain else "LEAK", len(changed), moved_published, len(certain)))
    # an attacker who knows exactly which counts changed and by how much: both publications at once
    pinned_total = 0
    for (p_this, p_other, t_this, t_other, sign, tag) in ((pa, pb, ta, tb, 1, "A"), (pb, pa, tb, ta, -1, "B")):
        v_other = variables(p_other)
        extra = {}
        for k in v_other:
            delta = value_of(t_other, k) - value_of(t_this, k)
            a, b = domain(p_other, *v_other[k])
            extra[k] = (a - delta, b - delta)
        pinned, _, _, _, _ = attack_publication(p_this, t_this, extra, label="differencing " + tag)
        for k, a in pinned:
            failures.append("differencing: %s pinned to %d in publication %s" % ("/".join(k), a, tag))
        pinned_total += len(pinned)
    print("%s: an attacker knowing the record's change and combining both publications pins %d protected counts"
          % ("ok" if not pinned_total else "LEAK", pinned_total))

    # ---- 3. self-test: the attack on format 1 (issue 21's example) --------------------------------
    # movement column "3" of the 400-client municipality: total 69; new->3 19, 2->3 20, 3->3 28
    # published; 1->3 and 4->3 primary (1-4); every other count of the column 0. Rows are left
    # unconstrained (their totals secondary).
    rows_m = ["new", "reentry", "0", "1", "2", "3", "4", "5", "6", "not_filled"]
    known = {"new": (19, "P"), "2": (20, "P"), "3": (28, "P"), "1": (0, "1"), "4": (0, "1")}
    cells = []
    for r in rows_m:
        v, s = known.get(r, (0, "P"))
        cells.append({"value": v, "state": {"P": "CELL_STATE_PUBLISHED", "1": "CELL_STATE_PRIMARY"}[s]})
    old = {"municipality": "Oud formaat", "suppress_min": 1, "suppress_max": 4,
           "tables": [{"name": "movement", "rows": rows_m, "columns": ["3"], "cells": cells,
                       "row_totals": [{"value": 0, "state": "CELL_STATE_SECONDARY"}] * len(rows_m),
                       "column_totals": [{"value": 69, "state": "CELL_STATE_PUBLISHED"}],
                       "grand_total": {"value": 0, "state": "CELL_STATE_SECONDARY"}}]}
    pinned, _, _, _, _ = attack_publication(old, None, label="format 1")
    got = sorted("/".join(k) for k, a in pinned if a == 1)
    ok = {"movement/1/3", "movement/4/3"} <= set(got)
    if not ok:
        failures.append("self-test: the attacker should pin movement 1->3 and 4->3 of a format-1 publication, got %s" % got)
    print("%s: self-test: on format 1 (small-cell suppression) the same attacker pins %s to 1" % ("ok" if ok else "FAIL", ", ".join(got) or "nothing"))
    # a planted leak: the 60-client publication with its true counts and a rounding base of 1 (no
    # protection) — the attacker must report its small cells
    pub = json.load(open(os.path.join(work, "p60.json")))
    truth = truth_of(os.path.join(work, "g60.csv"), "Gemeente 60", key)
    pub["rounding_base"] = 1
    for t, tt in zip(pub["tables"], truth["tables"]):
        cols = len(t["columns"])
        for i, row in enumerate(tt["cells"]):
            for j, x in enumerate(row):
                t["cells"][i * cols + j]["value"] = x
        for i, x in enumerate(tt["row_totals"]):
            t["row_totals"][i]["value"] = x
        for j, x in enumerate(tt["column_totals"]):
            t["column_totals"][j]["value"] = x
        t["grand_total"]["value"] = tt["grand_total"]
    for k, x in (("records", truth["records"]), ("clients", truth["clients"]), ("converted_national", truth["converted"])):
        pub[k] = x
    pinned, _, _, _, _ = attack_publication(pub, truth, label="planted")
    if not pinned:
        failures.append("self-test: a planted leak (true counts published) went unnoticed")
    print("%s: self-test: a planted leak (the true counts published) is caught: %d small counts pinned" % ("ok" if pinned else "FAIL", len(pinned)))
    with open(os.path.join(work, "old.json"), "w") as f:
        json.dump(old, f)

    for f in failures:
        print("FAIL: " + f, file=sys.stderr)
    sys.exit(1 if failures else 0)


main()
