# SPDX-License-Identifier: Apache-2.0
"""The interactive questionnaire (SPEC §4) through Python."""
import pytest

import participatieladder as pl


def test_session_walks_to_step_4_and_back():
    s = pl.Session()
    assert s.question == 1 and not s.complete and s.answered == 0
    for yes in (False, False, True, True, True):  # 1:N 2:N 10:J 12:J 13:J
        s.answer(yes)
    assert s.complete and s.step == 4 and s.question is None and s.answered == 5
    assert s.result().notation == "1:N 2:N 10:J 12:J 13:J"
    with pytest.raises(pl.StateError):
        s.answer(True)
    s.back()
    assert s.question == 13 and s.step is None
    assert s.question_text("en") == pl.question_text(13, "en")
    s.close()


def test_back_at_the_first_question_is_a_state_error():
    with pl.Session() as s:
        with pytest.raises(pl.StateError) as info:
            s.back()
        assert info.value.status == -6 and info.value.message


def test_session_on_own_engine():
    with pl.Engine() as engine:
        s = engine.session()
        s.answer(True).answer(True)
        assert s.step == 5
        s.close()


def test_version():
    assert pl.__version__.count(".") == 2
    major, minor, patch = (int(x) for x in pl.__version__.split("."))
    assert pl._native.lib.pl_version_number() == major * 10000 + minor * 100 + patch
