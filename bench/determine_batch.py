#!/usr/bin/python3
# SPDX-License-Identifier: Apache-2.0
"""Batch determination (issue 13): N answer sets (every path of SPEC §4 and every prefix, repeated)
through pl_determine_bits_batch in one call, against what a script writer does without it — a
Python loop calling determine_bits per answer set, and a loop calling determine on the notation
(on a sample: it is slow). Prints answer sets per second and the ratios; CPU seconds of this process.

    PYTHONPATH=build/release/python /usr/bin/python3 bench/determine_batch.py [N]
"""
import array
import sys
import time

import participatieladder as pl


def cpu():
    return time.process_time()


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2_000_000
    base_a, base_y, notations = [], [], []
    for answers, _ in pl.paths():
        for k in range(len(answers) + 1):
            a = y = 0
            for q, yes in answers[:k]:
                a |= 1 << q
                y |= (1 << q) if yes else 0
            base_a.append(a)
            base_y.append(y)
            notations.append(" ".join("%d:%s" % (q, "J" if yes else "N") for q, yes in answers[:k]))
    reps = n // len(base_a) + 1
    answered = array.array("I", base_a * reps)[:n]
    yes = array.array("I", base_y * reps)[:n]
    engine = pl.default_engine()

    t = cpu()
    steps, nexts = engine.determine_bits_batch(answered, yes)
    batch = cpu() - t

    loop_n = min(n, 200_000)
    t = cpu()
    loop = [engine.determine_bits(answered[i], yes[i]) for i in range(loop_n)]
    per_call = (cpu() - t) / loop_n
    assert all(loop[i] == (steps[i], nexts[i]) for i in range(loop_n))

    sample = notations[:2000]
    t = cpu()
    for s in sample:
        pl.determine(s)
    per_notation = (cpu() - t) / len(sample)

    rate = n / batch
    print("answer sets: %d (the %d paths and prefixes of SPEC §4, repeated)" % (n, len(base_a)))
    print("%-44s %14s %12s" % ("way", "sets / CPU s", "batch is"))
    print("%-44s %14.0f %12s" % ("determine_bits_batch (one call, C loop)", rate, "1x"))
    print("%-44s %14.0f %11.0fx" % ("Python loop over determine_bits", 1 / per_call, per_call * rate))
    print("%-44s %14.0f %11.0fx" % ("Python loop over determine(notation)", 1 / per_notation, per_notation * rate))


if __name__ == "__main__":
    main()
