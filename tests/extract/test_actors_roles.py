"""Camps by date (discourse.extract.actors.roles): the role held on a day decides the camp."""

from __future__ import annotations

import pandas as pd
import pytest

from discourse.extract.actors import ActorRegistry, load_actors


@pytest.fixture(scope="module")
def reg() -> ActorRegistry:
    return load_actors()


@pytest.mark.parametrize(
    "name, on, camp",
    [
        ("Vladimir Makei", "2020-09-25", "belarusian_official"),
        ("Linas Linkevičius", "2020-09-20", "western"),  # foreign minister 2012-12-13 .. 2020-12-11
        ("Linas Linkevičius", "2020-12-11", "other"),  # the successor's first day
        ("Linas Linkevičius", "2021-06-01", "other"),
        ("Linas Linkevičius", "2012-12-13", "western"),
        ("Theresa May", "2017-09-20", "western"),
        ("Theresa May", "2021-01-01", "other"),
        ("Petro Poroshenko", "2016-09-21", "ukrainian_official"),
        ("Petro Poroshenko", "2020-09-21", "other"),
        ("Donald Tusk", "2016-09-20", "western"),  # President of the European Council
        ("Sergey Lavrov", "2024-09-28", "russian_official"),
        ("Svetlana Tikhanovskaya", "2020-09-20", "opposition"),
        ("Central Election Commission of Belarus", "2020-08-10", "belarusian_official"),
        ("Wang Yi", "2019-09-27", "other"),
    ],
)
def test_camp_of_depends_on_role_dates(reg, name, on, camp):
    assert reg.camp_of(reg.lookup(name), on=on) == camp


def test_camp_of_without_date_is_the_latest_role_camp(reg):
    linas = reg.lookup("Linas Linkevičius")
    assert linas.camp == "other"  # out of office
    assert reg.camp_of(linas, on=pd.Timestamp("2019-05-05")) == "western"
    assert reg.camp_of(linas, on="2023-01-01") == "other"
    # an undated article: the most recent office is the best guess, not the out-of-office camp
    assert reg.camp_of(linas) == "western"
    assert reg.camp_of(linas, on=float("nan")) == "western"
    with pytest.raises(ValueError, match="Date 'yesterday' is not understood"):
        reg.camp_of(linas, on="yesterday")
