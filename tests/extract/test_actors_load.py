"""Loading actors.yaml (discourse.extract.actors.load): the shipped file, every validation
message, and resolve_actors on a statements table."""

from __future__ import annotations

import csv
import datetime as dt
import re
import textwrap
from pathlib import Path

import pandas as pd
import pytest

from discourse.core.schema import CAMPS
from discourse.extract.actors import (
    ActorRegistry,
    Role,
    load_actors,
    normalise_name,
    resolve_actors,
)

SHARED = Path(__file__).resolve().parents[3] / "shared"
SEED = "2020-09-20"  # date of the seed article


@pytest.fixture(scope="module")
def reg() -> ActorRegistry:
    return load_actors()


# ------------------------------------------------------------------------------ shipped file


def test_shipped_registry_loads_and_is_well_formed(reg):
    assert len(reg.actors) >= 200
    assert len(reg.media) >= 50
    names = [a.name for a in reg.actors]
    assert len(names) == len(set(names))
    for actor in reg.actors:
        assert actor.camp in CAMPS
        assert actor.kind in {"person", "organisation"}
        if actor.kind == "organisation":
            assert actor.gender is None
        for role in actor.roles:
            assert isinstance(role, Role) and role.camp in CAMPS
            assert role.start is None or role.end is None or role.start < role.end
            assert all(d == d.lower() for d in role.descriptors)


# ------------------------------------------------------------------------------ resolve_actors


def test_resolve_actors_on_a_statements_table(reg):
    table = pd.DataFrame(
        {
            "doc_id": ["a", "b", "c", "d"],
            "speaker": ["Mr. Sergey Lavrov", "Mrs. Theresa May", "Jane Nobody", None],
            "date": ["2019-09-27", "2021-01-05", "2020-01-01", "2020-01-01"],
            "text": ["...", "...", "...", "..."],
        },
        index=[10, 11, 12, 13],
    )
    out = resolve_actors(table, reg)
    assert list(out.index) == [10, 11, 12, 13]
    assert out["speaker_raw"].tolist() == table["speaker"].tolist()
    assert out["speaker"].tolist()[:3] == ["Sergey Lavrov", "Theresa May", "Jane Nobody"]
    assert pd.isna(out["speaker"].iloc[3])
    assert out["camp"].tolist() == ["russian_official", "other", "unknown", "unknown"]
    assert "camp" not in table.columns  # the input is not modified
    out2 = resolve_actors(table.rename(columns={"speaker": "who"}), reg, name_col="who",
                          date_col=None)
    assert out2["who"].tolist()[:2] == ["Sergey Lavrov", "Theresa May"]
    assert out2["camp"].tolist()[:2] == ["russian_official", "western"]  # undated: latest role
    with pytest.raises(ValueError, match="column 'when' not in the table"):
        resolve_actors(table, reg, date_col="when")


def test_every_ungdc_speaker_resolves_to_the_delegation_camp(reg):
    meta = SHARED / "corpora" / "ungdc_2014_2024" / "metadata.csv"
    if not meta.exists():
        pytest.skip("/work/shared (UN General Debate corpus) is not present")
    expected = {"RUS": "russian_official", "BLR": "belarusian_official",
                "UKR": "ukrainian_official", "CHN": "other"}
    western = {"USA", "GBR", "FRA", "DEU", "POL", "LTU", "LVA", "EST", "EU"}
    with meta.open(encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh)
                if r["speaker"] and (r["iso3"] in expected or r["iso3"] in western)]
    assert len(rows) >= 130
    table = pd.DataFrame({
        "speaker": [r["speaker"] for r in rows],
        # the General Debate opens in the second half of September
        "date": [f"{r['year']}-09-25" for r in rows],
    })
    out = resolve_actors(table, reg)
    failures = []
    for r, (_, row) in zip(rows, out.iterrows(), strict=True):
        want = expected.get(r["iso3"], "western")
        actor = reg.lookup(r["speaker"])
        # every spelling is an alias (titles and "Jr" aside): fuzzy matching is not the plan
        key = normalise_name(re.sub(r"^(?:Mr|Mrs|Ms)\.?\s+", "", r["speaker"]))
        key = re.sub(r" jr$", "", key)
        is_alias = actor is not None and key in {
            normalise_name(a) for a in (actor.name, *actor.aliases)
        }
        if row["camp"] != want or not is_alias:
            failures.append((r["doc_id"], r["speaker"], row["speaker"], row["camp"]))
    assert failures == []


# ------------------------------------------------------------------------------ validation


GOOD = """
countries:
  RUS: {name: Russia, words: [russian]}
role_types:
  press_secretary: [spokesman]
actors:
  - name: Vladimir Putin
    kind: person
    gender: male
    country: RUS
    camp: russian_official
    aliases: [Putin]
  - name: Dmitry Peskov
    kind: person
    gender: male
    country: RUS
    camp: russian_official
    aliases: [Peskov]
    roles:
      - {title: Press Secretary, camp: russian_official, start: 2012-05-22, type: press_secretary}
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "actors.yaml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def load_error(tmp_path: Path, text: str) -> str:
    with pytest.raises(ValueError) as info:
        load_actors(write(tmp_path, text))
    return str(info.value)


def test_small_valid_file_loads(tmp_path):
    reg = load_actors(write(tmp_path, GOOD))
    peskov = reg.lookup("peskov")
    assert peskov.roles[0].descriptors == ("spokesman",)
    assert peskov.roles[0].start == dt.date(2012, 5, 22) and peskov.roles[0].end is None
    assert reg.compatible(peskov, "the Russian spokesman", on=SEED)


def test_error_unknown_camp(tmp_path):
    msg = load_error(tmp_path, GOOD.replace("camp: russian_official\n    aliases: [Peskov]",
                                            "camp: russian-official\n    aliases: [Peskov]"))
    assert (
        "actors.yaml, entry 2 ('Dmitry Peskov'): 'camp' must be one of {'russian_official', "
        "'belarusian_official', 'opposition', 'western', 'ukrainian_official', 'other', "
        "'unknown'}; got 'russian-official'"
    ) in msg


def test_error_missing_name(tmp_path):
    msg = load_error(tmp_path, GOOD.replace("  - name: Vladimir Putin\n", "  - kind: person\n")
                     .replace("    kind: person\n    gender: male\n    country: RUS\n"
                              "    camp: russian_official\n    aliases: [Putin]",
                              "    gender: male\n    country: RUS\n"
                              "    camp: russian_official\n    aliases: [Putin]"))
    assert "actors.yaml, entry 1 (no name): 'name' is required" in msg


def test_error_bad_and_reversed_role_dates(tmp_path):
    msg = load_error(tmp_path, GOOD.replace("start: 2012-05-22", "start: 2012-05-22, end: 2010-01-01"))
    assert (
        "actors.yaml, entry 2 ('Dmitry Peskov'): role 1 ('Press Secretary'): 'end' 2010-01-01 "
        "is not after 'start' 2012-05-22 (dates reversed?)"
    ) in msg
    msg = load_error(tmp_path, GOOD.replace("start: 2012-05-22", "start: '2012-13-01'"))
    assert (
        "actors.yaml, entry 2 ('Dmitry Peskov'): role 1 ('Press Secretary'): 'start' must be a "
        "date written YYYY-MM-DD; got '2012-13-01'"
    ) in msg
    msg = load_error(tmp_path, GOOD.replace("start: 2012-05-22", "start: 2012"))
    assert "'start' must be a date written YYYY-MM-DD; got 2012" in msg
    # unquoted, PyYAML itself fails on the impossible date
    msg = load_error(tmp_path, GOOD.replace("start: 2012-05-22", "start: 2012-13-01"))
    assert msg.startswith("actors.yaml: not valid YAML: month must be in 1..12")


def test_error_duplicate_alias_across_actors_after_normalisation(tmp_path):
    msg = load_error(tmp_path, GOOD.replace("aliases: [Peskov]", "aliases: [Peskov, 'PUTIN.']"))
    assert (
        "actors.yaml, entry 2 ('Dmitry Peskov'): alias 'PUTIN.' is already used by entry 1 "
        "('Vladimir Putin') as 'Putin' (both normalise to 'putin')"
    ) in msg


def test_error_unknown_key_typo(tmp_path):
    msg = load_error(tmp_path, GOOD.replace("aliases: [Putin]", "aliase: [Putin]"))
    assert "actors.yaml, entry 1 ('Vladimir Putin'): unknown key 'aliase' (did you mean 'aliases'?)" in msg
    msg = load_error(tmp_path, GOOD.replace("type: press_secretary}", "typ: press_secretary}"))
    assert "role 1 ('Press Secretary'): unknown key 'typ' (did you mean 'type'?)" in msg
    msg = load_error(tmp_path, GOOD + "\nactor: []\n")
    assert "actors.yaml: unknown top-level key 'actor'" in msg


def test_error_other_checks_and_all_problems_reported_at_once(tmp_path):
    bad = (GOOD.replace("gender: male\n    country: RUS\n    camp: russian_official\n    "
                        "aliases: [Putin]",
                        "gender: man\n    country: RUX\n    camp: russian_official\n    "
                        "aliases: [Putin]")
           .replace("type: press_secretary}", "type: spokesperson}")
           .replace("kind: person\n    gender: male\n    country: RUS\n    camp: russian_official\n"
                    "    aliases: [Peskov]",
                    "kind: organisation\n    gender: male\n    country: RUS\n"
                    "    camp: russian_official\n    aliases: [Peskov]"))
    msg = load_error(tmp_path, bad)
    assert msg.startswith("4 problem(s) in actors.yaml:")
    assert "entry 1 ('Vladimir Putin'): 'gender' must be one of {'female', 'male'}; got 'man'" in msg
    assert "entry 1 ('Vladimir Putin'): 'country' must be one of the codes under 'countries'" in msg
    assert "entry 2 ('Dmitry Peskov'): 'gender' must be null for an organisation; got 'male'" in msg
    assert ("role 1 ('Press Secretary'): 'type' must be one of the keys under 'role_types' "
            "{'press_secretary'}; got 'spokesperson'") in msg


def test_error_invalid_yaml_and_missing_file(tmp_path):
    msg = load_error(tmp_path, "actors: [\n")
    assert msg.startswith("actors.yaml: not valid YAML")
    with pytest.raises(FileNotFoundError, match="nowhere.yaml"):
        load_actors(tmp_path / "nowhere.yaml")

