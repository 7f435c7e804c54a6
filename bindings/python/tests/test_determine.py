# SPDX-License-Identifier: Apache-2.0
"""SPEC §4 through Python: the shared questionnaire vectors (the same file Catch2 runs) and every
complete path, against the steps the C++ core computes (pl_paths)."""
import pytest

import participatieladder as pl

from conftest import load_vectors

CASES = load_vectors("questionnaire.json")["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_questionnaire_vector(case):
    if "error" in case:
        with pytest.raises(pl.ParseError) as info:
            pl.determine(case["answers"])
        assert info.value.status == -2
        assert pl._native.text(pl._native.lib.pl_status_str(info.value.status)).startswith(case["error"])
        assert info.value.message  # the library's message names the token
        return
    d = pl.determine(case["answers"])
    if "step" in case:
        assert d.complete
        assert d.step == case["step"]
        assert d.next_question is None
        assert d.delimitation("nl") and d.delimitation("en")
        assert d.label("nl") == pl.step_label(case["step"], "nl")
    else:
        assert not d.complete
        assert d.step is None
        assert d.next_question == case["next_question"]
        assert d.question("nl") == pl.question_text(case["next_question"], "nl")
    assert [n.id for n in d.notes] == case["notes"]
    if "unused" in case:
        assert d.unused == case["unused"]
    if "path_length" in case:
        assert len(d.path) == case["path_length"]


def test_the_readme_example():
    assert pl.determine("1:N 2:N 10:J 12:J 13:J").step == 4


def test_every_path_gives_the_cpp_step():
    """SPEC §4: 308 complete paths; each gives, through Python, the step the C++ core gives."""
    paths = pl.paths()  # computed by the C++ core (pl::enumerate_paths via pl_paths)
    assert len(paths) == 308
    per_step = {}
    for answers, step in paths:
        per_step[step] = per_step.get(step, 0) + 1
        notation = " ".join("%d:%s" % (q, "J" if yes else "N") for q, yes in answers)
        assert pl.determine(notation).step == step, notation
        assert pl.determine(dict(answers)).step == step, notation
        answered = sum(1 << q for q, _ in answers)
        yes = sum(1 << q for q, y in answers if y)
        assert pl.default_engine().determine_bits(answered, yes) == (step, 0), notation
    assert per_step == {1: 100, 2: 150, 3: 40, 4: 4, 5: 12, 6: 2}


def test_mapping_and_pairs_give_the_notation_result():
    by_text = pl.determine("1:J 4:N 5:N 6:N 7:N 8:N 9:N")
    assert pl.determine({1: True, 4: False, 5: False, 6: False, 7: False, 8: False, 9: False}).step == by_text.step == 6
    assert pl.determine([(1, True), (4, True)]).step == 5


def test_incomplete_is_a_result_not_an_error():
    d = pl.determine("1:N 2:N 10:N")
    assert not d.complete and d.next_question == 11 and d.step is None
    assert pl.determine("").next_question == 1


def test_invalid_answer_sets_raise_with_the_library_message():
    with pytest.raises(pl.InvalidArgumentError, match="22"):
        pl.determine({22: True})
    with pytest.raises(pl.ParseError, match="hello"):
        pl.determine("hello")
    with pytest.raises(pl.InvalidArgumentError):
        pl.default_engine().determine_bits(1 << 22, 0)
    assert issubclass(pl.ParseError, ValueError) and issubclass(pl.ParseError, pl.ParticipatieladderError)


def test_texts():
    assert pl.question_text(1, "nl") == "Heeft u een betaalde baan of werkt u als zelfstandige?"
    assert pl.question_text(22) is None
    assert pl.step_label(6, "en") == "Paid work"
    with pytest.raises(ValueError):
        pl.step_label(6, "de")
