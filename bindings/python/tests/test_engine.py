# SPDX-License-Identifier: Apache-2.0
"""Engines and their configuration (SPEC §7, §8); status codes as exceptions."""
import pytest

import participatieladder as pl


def test_invalid_configuration_raises_config_error_naming_the_value():
    with pytest.raises(pl.ConfigError, match="PL099"):
        pl.Engine(config={"severity": {"PL099": "error"}})
    with pytest.raises(pl.ConfigError, match="reassessment_months"):
        pl.Engine(config={"reassessment_months": 0})
    # One configuration grammar for every door: an unknown key is a ConfigError, as in pladder.
    with pytest.raises(pl.ConfigError, match="unknown key 'no_such_key'"):
        pl.Engine(config={"no_such_key": 1})
    with pytest.raises(pl.FileError, match="no-such-config.json"):
        pl.Engine(config="no-such-config.json")


def test_configuration_file(tmp_path):
    path = tmp_path / "gemeente.json"
    path.write_text('{"disabled_checks": ["PL018"], "severity": {"PL005": "error"}, "reassessment_months": 6}')
    with pl.Engine(config=path) as engine:
        assert engine.determine("1:J 4:J").step == 5
    with pl.Engine(config=str(path)):
        pass


def test_exception_hierarchy_carries_status_and_message():
    from participatieladder.errors import error_for

    for status, cls in [(-1, pl.InvalidArgumentError), (-2, pl.ParseError), (-3, pl.FileError), (-4, pl.FormatError),
                        (-5, pl.ConfigError), (-6, pl.StateError), (-7, pl.DecodeError), (-8, pl.VersionError),
                        (-9, pl.InternalError), (-10, pl.OutOfMemoryError)]:
        e = error_for(status, "where and why")
        assert type(e) is cls and e.status == status and e.message == "where and why"
        assert isinstance(e, pl.ParticipatieladderError)
        # The names match the library's own status names.
        assert pl._native.text(pl._native.lib.pl_status_str(status)) != "unknown status"
    assert type(error_for(-99, "x")) is pl.ParticipatieladderError


def test_closed_engine_is_an_error_not_a_crash():
    engine = pl.Engine()
    engine.close()
    with pytest.raises(ValueError):
        engine.determine("1:J")
