# SPDX-License-Identifier: Apache-2.0
"""determine_bits_batch (issue 13): many answer sets in one call give what determine gives, for
every path of SPEC §4 and every prefix of it, from arrays, NumPy arrays and lists."""
import array

import pytest

import participatieladder as pl


def bits(answers):
    answered = yes = 0
    for q, y in answers:
        answered |= 1 << q
        if y:
            yes |= 1 << q
    return answered, yes


def all_prefixes():
    for answers, step in pl.paths():
        for k in range(len(answers) + 1):
            yield answers[:k], (step if k == len(answers) else None)


def test_every_path_and_prefix_as_determine():
    cases = list(all_prefixes())
    answered = array.array("I", (bits(a)[0] for a, _ in cases))
    yes = array.array("I", (bits(a)[1] for a, _ in cases))
    steps, nexts = pl.determine_bits_batch(answered, yes)
    assert len(steps) == len(nexts) == len(cases) > 308
    for (answers, step), s, n in zip(cases, steps, nexts):
        d = pl.determine(list(answers))
        if step is not None:
            assert (s, n) == (step, 0) == (d.step, 0)
        else:
            assert s == 0 and n == d.next_question and not d.complete


def test_numpy_in_place_and_lists():
    np = pytest.importorskip("numpy")
    a = np.array([bits([(1, False), (2, False), (10, True), (12, True), (13, True)])[0], 0], dtype=np.uint32)
    y = np.array([bits([(1, False), (2, False), (10, True), (12, True), (13, True)])[1], 0], dtype=np.uint32)
    steps, nexts = pl.determine_bits_batch(a, y)
    assert list(steps) == [4, 0] and list(nexts) == [0, 1]
    assert pl.determine_bits_batch([int(a[0])], [int(y[0])])[0].tolist() == [4]
    assert pl.determine_bits_batch([], []) == (array.array("B"), array.array("B"))


def test_invalid_input_names_the_answer_set():
    with pytest.raises(pl.InvalidArgumentError, match="answer set 1"):
        pl.determine_bits_batch([2, 1], [0, 0])  # bit 0 is no question
    with pytest.raises(pl.InvalidArgumentError, match="not answered"):
        pl.determine_bits_batch([2], [4])
    with pytest.raises(pl.InvalidArgumentError, match="answered has 2 answer sets, yes 1"):
        pl.determine_bits_batch([2, 2], [0])
    with pytest.raises(pl.InvalidArgumentError, match="unsigned 32-bit"):
        pl.determine_bits_batch([-1], [0])
