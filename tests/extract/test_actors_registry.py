"""The registry (discourse.extract.actors.registry): one part per job behind one object;
clear_caches empties every part's caches and changes no answer."""

from __future__ import annotations

from discourse.extract.actors import load_actors

SEED = "2020-09-20"  # date of the seed article

# The caches of the texts seen, per part: what the pipeline clears between chunks.
TEXT_CACHES = {
    "alias_lookup": ("_lookup_cache", "_lookup_free_cache"),
    "mention_finder": ("_token_cache", "_span_actor", "_mention_cache"),
    "description_matcher": ("_describe_cache", "_match_cache", "_could_match_cache",
                            "_fit_cache", "_description_fit_cache"),
    "media_matcher": ("_cache",),
}


def _ask(reg) -> list:
    peskov = reg.lookup("Peskov")
    return [
        reg.lookup("Mr. Vladamir Makei", on="2018-09-28"),
        reg.find_mentions("Tikhanovskya met the Kremlin spokesman Dmitry Peskov.", on=SEED),
        reg.resolve_description("the Kremlin spokesman", on=SEED),
        reg.compatible(peskov, "the spokesman", on=SEED),
        reg.describes_any("officials", on=SEED),
        reg.is_medium("RIA Novosti"),
        reg.camp_of(peskov, on=SEED),
    ]


def test_clear_caches_empties_every_part_and_changes_no_answer():
    reg = load_actors()
    before = _ask(reg)
    for part, names in TEXT_CACHES.items():
        for name in names:
            assert len(getattr(getattr(reg, part), name)) > 0, (part, name)
    reg.clear_caches()
    for part, names in TEXT_CACHES.items():
        for name in names:
            assert len(getattr(getattr(reg, part), name)) == 0, (part, name)
    assert _ask(reg) == before
    assert _ask(load_actors()) == before
