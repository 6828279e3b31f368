"""Tests for discourse.measure.stance: target loading, the stance rules, and known groups on UN speeches."""

from __future__ import annotations

import math
from pathlib import Path

import pandas as pd
import pytest

from discourse.measure.stance import (
    StanceRules,
    Target,
    load_stance_lexicon,
    load_targets,
    score_stance,
    stance_mentions,
    stance_of,
)

SHARED_CANDIDATES = [Path("/work/shared"), Path(__file__).resolve().parents[3] / "shared"]


def _stance(text: str, target: str) -> tuple[str, float]:
    out = score_stance(pd.DataFrame({"text": [text]}))
    return out.loc[0, f"stance_{target}"], out.loc[0, f"stance_{target}_score"]


def test_default_targets_load_and_validate():
    targets = load_targets()
    ids = [t.id for t in targets]
    for needed in ("lukashenko", "russia", "west", "election_2020", "protests"):
        assert needed in ids
    for t in targets:
        assert t.label and t.description and t.comment and t.patterns
    lex = load_stance_lexicon()
    assert lex.directional["support*"] > 0 and lex.directional["condemn*"] < 0
    assert lex.evaluative["illegitimate"] < 0


@pytest.mark.parametrize(
    "text, target, label",
    [
        ("We support the Belarusian people and condemn Lukashenko's regime", "lukashenko",
         "against"),
        ("Minsk is our closest ally.", "lukashenko", "favour"),
        ("We do not support the Lukashenko regime.", "lukashenko", "against"),
        ("Lukashenko is not the legitimate president.", "lukashenko", "against"),
        ("The election was rigged and the results are illegitimate.", "election_2020", "against"),
        ("The West is trying to destabilise the situation.", "west", "against"),
        ("Russian aggression must stop.", "russia", "against"),
        ("Russia is a reliable partner.", "russia", "favour"),
        ("We stand with the brave people and their peaceful protests.", "protests", "favour"),
        ("Lukashenko was condemned by the European Union.", "lukashenko", "against"),
    ],
)
def test_hand_made_sentences(text, target, label):
    got, score = _stance(text, target)
    assert got == label, (text, got, score)
    assert -1.0 <= score <= 1.0


def test_no_mention_is_none_with_nan_score():
    out = score_stance(pd.DataFrame({"text": ["The weather in the capital was mild."]}))
    for t in load_targets():
        assert out.loc[0, f"stance_{t.id}"] == "none"
        assert math.isnan(out.loc[0, f"stance_{t.id}_score"])


def test_mention_without_evaluation_scores_zero():
    label, score = _stance("Putin arrived on Monday.", "russia")
    assert label == "none" and score == 0.0


def test_directional_words_count_for_their_object_not_their_subject():
    # The EU is the subject: "condemned" and the words after it describe the object.
    label, score = _stance("The EU condemned the violent crackdown.", "west")
    assert label == "none" and score == 0.0
    # The agent of a passive ("by the EU") is not the one condemned.
    assert _stance("Lukashenko was condemned by the EU.", "west")[0] == "none"


def test_hand_computed_score():
    # "Minsk is our closest ally": "ally" (+2.0, stance lexicon) at distance 4; "closest" is not in
    # VADER. Weighted mean valence 2.0, divided by 4 -> 0.5.
    assert _stance("Minsk is our closest ally.", "lukashenko") == ("favour", 0.5)
    # "We do not support Lukashenko": "support" (+2.0) negated (x -0.74) at distance 1 -> -0.37.
    assert _stance("We do not support Lukashenko.", "lukashenko")[1] == pytest.approx(-0.37)


def test_contrast_weighs_the_part_after_but_more():
    # "respect" (+2.0, directional, before Russia) is before "but"; "aggressive" (-2.5) after it.
    label, _ = _stance("We respect Russia but its policy is aggressive.", "russia")
    lex = load_stance_lexicon()
    t = [t for t in load_targets() if t.id == "russia"]
    # respect: w = 0.5 / 1 (adjacent); aggressive: w = 1.5 / 5 (five tokens on).
    expected = (0.5 * 2.0 + 1.5 / 5 * -2.5) / (0.5 + 1.5 / 5) / 4
    assert stance_of("We respect Russia but its policy is aggressive.", t, lex)["russia"].score == (
        pytest.approx(expected)
    )
    assert label == "favour"


def test_mention_words_are_never_scored_and_places_are_not_mentions():
    # VADER scores "protest" negatively; naming the protests is not a stance.
    assert _stance("The protests continued.", "protests") == ("none", 0.0)
    # "in Minsk" is a place, not the government; "the Minsk agreements" are not either.
    assert math.isnan(_stance("Thousands marched in Minsk.", "lukashenko")[1])
    assert math.isnan(_stance("The Minsk agreements failed.", "lukashenko")[1])
    # "us" (pronoun) is not the US.
    assert math.isnan(_stance("They support us.", "west")[1])
    assert _stance("We condemn the US.", "west")[0] == "against"
    assert _stance("We condemn the U.S. and its allies.", "west")[0] == "against"


def test_rows_and_index_are_preserved_and_custom_targets_work():
    target = Target(id="nato", label="NATO", patterns=("nato",), description="NATO")
    q = pd.DataFrame({"text": ["NATO is a threat.", None, "Hello."]}, index=[3, 1, 2])
    out = score_stance(q, [target])
    assert list(out.index) == [3, 1, 2]
    assert list(out.columns) == ["text", "stance_nato", "stance_nato_score", "stance_nato_mentions",
                                 "stance_nato_favour", "stance_nato_against"]
    assert out.loc[3, "stance_nato"] == "against"
    counts = ["stance_nato_mentions", "stance_nato_favour", "stance_nato_against"]
    assert out.loc[3, counts].tolist() == [1, 0, 1]
    assert out.loc[1, "stance_nato_mentions"] == 0
    assert out.loc[1, "stance_nato"] == "none" and math.isnan(out.loc[1, "stance_nato_score"])


def test_loader_errors_name_file_and_entry(tmp_path):
    bad = tmp_path / "targets.yaml"
    bad.write_text(
        "targets:\n"
        "  - id: ok\n    label: OK\n    description: fine\n    patterns: ['ok']\n"
        "  - id: Bad-Id\n    label: X\n    description: d\n    patterns: ['x']\n"
        "  - id: broken\n    label: B\n    description: d\n    patterns: ['(unclosed']\n"
        "  - id: ok\n    label: again\n    description: d\n    patterns: ['y']\n"
        "  - id: extra\n    label: E\n    description: d\n    patterns: ['e']\n    colour: red\n",
        encoding="utf-8",
    )
    with pytest.raises(ValueError) as err:
        load_targets(bad)
    msg = str(err.value)
    assert "targets.yaml, entry 2 ('Bad-Id'): field 'id'" in msg
    assert "entry 3 ('broken')" in msg and "not a valid regular expression" in msg
    assert "entry 4 ('ok'): duplicate id 'ok'" in msg
    assert "entry 5 ('extra'): field 'colour'" in msg
    with pytest.raises(FileNotFoundError, match="nothere.yaml"):
        load_targets(tmp_path / "nothere.yaml")


def test_lexicon_errors_name_the_entry(tmp_path):
    bad = tmp_path / "t.yaml"
    bad.write_text(
        "targets: []\nstance_lexicon:\n  directional:\n    support: 9\n  evaluative:\n"
        "    'bad*word': 1\n    support: 1\n  neutral: []\n",
        encoding="utf-8",
    )
    with pytest.raises(ValueError) as err:
        load_stance_lexicon(bad)
    msg = str(err.value)
    assert "stance_lexicon.directional entry 'support': valence must be within [-4, 4]" in msg
    assert "stance_lexicon.evaluative entry 'bad*word'" in msg
    assert "stance_lexicon.evaluative entry 'support': also listed in" in msg


def test_bad_parameters():
    with pytest.raises(ValueError, match="'text_col' parameter of score_stance"):
        score_stance(pd.DataFrame({"body": ["x"]}))
    with pytest.raises(ValueError, match="list of Target"):
        score_stance(pd.DataFrame({"text": ["x"]}), ["russia"])
    with pytest.raises(ValueError, match="'window' rule of score_stance"):
        score_stance(pd.DataFrame({"text": ["x"]}), rules=StanceRules(window=0))
    with pytest.raises(ValueError, match="'threshold' rule of score_stance"):
        score_stance(pd.DataFrame({"text": ["x"]}), rules=StanceRules(threshold=1.5))


def _un_corpus() -> pd.DataFrame:
    root = next((p / "corpora" / "ungdc_2014_2024" for p in SHARED_CANDIDATES
                 if (p / "corpora" / "ungdc_2014_2024" / "metadata.csv").is_file()), None)
    if root is None:
        pytest.skip("shared UN General Debate corpus not available")
    meta = pd.read_csv(root / "metadata.csv")
    western = {"USA", "GBR", "FRA", "DEU", "POL", "LTU", "LVA", "EST", "EU"}
    meta["camp"] = meta["iso3"].map(
        lambda c: "rus_blr" if c in {"RUS", "BLR"} else "western" if c in western else None
    )
    meta = meta.dropna(subset=["camp"]).reset_index(drop=True)
    meta["text"] = [(root / f).read_text(encoding="utf-8") for f in meta["file"]]
    return meta


def test_known_groups_on_un_speeches():
    # Known groups: Russian and Belarusian delegations speak of Russia more favourably than
    # Western delegations do, and of the West less favourably than Western delegations.
    out = score_stance(_un_corpus())
    means = out.groupby("camp")[["stance_russia_score", "stance_west_score"]].mean()
    counts = out.groupby("camp")["stance_russia_score"].count()
    assert counts.min() >= 10
    assert means.loc["rus_blr", "stance_russia_score"] > means.loc["western", "stance_russia_score"]
    assert means.loc["western", "stance_russia_score"] < 0
    assert means.loc["rus_blr", "stance_west_score"] < means.loc["western", "stance_west_score"]


# ----------------------------------------------------------------------------- rules of issue 15


def test_the_regime_alone_is_not_lukashenko():
    # In UN speeches "the regime" is mostly Syria's, Iran's or North Korea's.
    assert math.isnan(_stance("The regime must be held accountable.", "lukashenko")[1])
    assert _stance("The Lukashenko regime must be held accountable.", "lukashenko")[0] == "against"
    assert _stance("The regime in Minsk must be held accountable.", "lukashenko")[0] == "against"


def test_places_are_not_actors_but_possessives_are():
    # "in/within/into X" is the territory ...
    assert math.isnan(_stance("A man from Ohio died within the United States.", "west")[1])
    assert math.isnan(_stance("Corpses were dragged across the border into Belarus.",
                              "lukashenko")[1])
    # ... but a possessive names the actor wherever it stands
    assert not math.isnan(_stance("It is a tool in the West's hostile policy.", "west")[1])
    t = Target("ru", "Russia", ("russia(?:'s)?",), "", not_after=("in",))
    assert t.mentions("It is in Russia's interest, not in Russia.") == [(9, 17)]


def test_acts_evaluate_their_doer_against_and_their_victim_favour():
    assert _stance("Ukraine was attacked by Russia.", "russia")[0] == "against"
    assert _stance("Russian troops killed civilians.", "russia")[0] == "against"
    # the victim of a harmful act is presented as wronged (codebook: favour), more weakly
    victim = _stance("Russia was attacked by terrorists.", "russia")
    assert victim[0] == "favour"
    assert 0 < victim[1] < -_stance("Russia attacked the terrorists.", "russia")[1]
    assert _stance("Terrorists attacked Russia.", "russia")[0] == "favour"
    assert _stance("Brussels keeps ignoring the Belarusian proposals.", "lukashenko")[0] == "favour"
    assert _stance("Brussels keeps ignoring the Belarusian proposals.", "west")[0] == "against"
    # "of" may introduce the doer or the victim: neither
    assert _stance("They spoke about the invasion of Russia.", "russia")[0] == "none"
    # a joint proposal names its authors ("Russian-Chinese road map")
    assert _stance("We support the Russian-Chinese road map.", "russia")[0] == "favour"
    # a document named after a state is not the state
    assert math.isnan(_stance("The order violates the United States Constitution.", "west")[1])


def test_a_speaker_is_not_evaluated_by_what_they_say():
    # "claimed" separates Trump from the words of his claim (issue 15's "fine people" case)
    label, score = _stance('Trump claimed there were "fine people on both sides".', "west")
    assert (label, score) == ("none", 0.0)
    assert _stance("Putin said the West is hostile and aggressive.", "west")[0] == "against"
    assert _stance("Putin said the West is hostile and aggressive.", "russia")[0] == "none"


def test_each_mention_gets_a_label_and_the_quote_counts_them():
    lex, targets = load_stance_lexicon(), load_targets()
    mentions = stance_mentions("We condemn Lukashenko. Lukashenko met Putin on Monday.",
                               targets, lex)
    luk = [m for m in mentions if m.target == "lukashenko"]
    assert [m.label for m in luk] == ["against", "neither"]
    assert [m.score for m in luk] == [pytest.approx(-0.625), 0.0]
    s = stance_of("We condemn Lukashenko. Lukashenko met Putin on Monday.", targets, lex)
    assert (s["lukashenko"].mentions, s["lukashenko"].against, s["lukashenko"].label) == (
        2, 1, "against")
    assert s["lukashenko"].score == pytest.approx(-0.3125)
    # as many favour as against mentions: none
    s = stance_of("We condemn Lukashenko. Lukashenko is a reliable partner.", targets, lex)
    assert (s["lukashenko"].favour, s["lukashenko"].against, s["lukashenko"].label) == (
        1, 1, "none")


def test_patterns_per_language_and_not_after_are_read(tmp_path):
    f = tmp_path / "t.yaml"
    f.write_text(
        "targets:\n"
        "  - id: russia\n    label: Russia\n    description: d\n    not_after: [in, В]\n"
        "    patterns:\n      en: ['russia']\n      ru: ['росси[яию]']\n"
        "stance_lexicon:\n  directional: {condemn*: -2.5, осужда*: -2.5}\n  boundary: [said]\n",
        encoding="utf-8")
    (t,) = load_targets(f)
    assert t.patterns == ("russia", "росси[яию]") and t.not_after == ("in", "в")
    assert t.mentions("Мы осуждаем Россию. Он живёт в России.") == [(12, 18)]
    lex = load_stance_lexicon(f)
    assert lex.boundary == ("said",)
    assert stance_of("Мы осуждаем Россию.", [t], lex)["russia"].label == "against"
    f.write_text("targets:\n  - id: x\n    label: X\n    description: d\n"
                 "    patterns: {english: ['x']}\n    not_after: ['in the']\n", encoding="utf-8")
    with pytest.raises(ValueError) as err:
        load_targets(f)
    assert "language key 'english'" in str(err.value) and "single words" in str(err.value)


def test_initiatives_give_their_author_a_good_record():
    # codebook clarification: a state "given a good record" is favour (self-presentation)
    assert _stance("It was the Kremlin that initiated these talks.", "russia")[0] == "favour"
    assert _stance("Minsk came up with a plan for a ceasefire.", "lukashenko")[0] == "favour"
    assert _stance("The European Union put forward a compromise.", "west")[0] == "favour"
    # the act is the author's, not its addressee's
    assert _stance("We initiated talks with the Kremlin.", "russia")[0] == "none"


# ----------------------------------------------------------- round 3 (dev + extra UN dev sentences)


def test_topics_and_others_allies_do_not_evaluate_a_target():
    # conflicts and problems are topics, not judgements of the actor dealing with them
    assert _stance("Lukashenko helped to end the conflict.", "lukashenko")[0] == "favour"
    assert _stance("Belarus has proposed ways to solve these problems.", "lukashenko")[0] == "favour"
    # "its allies" are someone else's: the United States is not called an ally
    assert _stance("Russia and its allies met on Monday.", "russia") == ("none", 0.0)
    # an opinion verb separates the holder from the content of the opinion
    assert _stance("Belarus believes that dialogue is the best and most peaceful solution.",
                   "lukashenko") == ("none", 0.0)


def test_an_initiative_counts_for_its_owner_a_plan_does_not():
    assert _stance("The Russian initiative remains on the table.", "russia")[0] == "favour"
    assert _stance("We studied a proposal by Minsk.", "lukashenko")[0] == "favour"
    assert _stance("President Putin has proposed a summit.", "russia")[0] == "favour"
    assert _stance("Russia intends to submit proposals next year.", "russia") == ("none", 0.0)


def test_un_demands_and_blockades_are_against():
    assert _stance("We must bring Russia to account.", "russia")[0] == "against"
    assert _stance("It is incumbent on the United States to respond in a positive manner.",
                   "west")[0] == "against"
    assert _stance("Russia has imposed a blockade on the ports.", "russia")[0] == "against"


def test_names_with_titles_and_longer_names_are_mentions():
    # the agent after "by" keeps its title ("by President Vladimir Putin")
    assert _stance("A peace plan was put forward by President Vladimir Putin.", "russia")[0] == (
        "favour")
    assert _stance("We discussed the President of the Republic of Belarus's proposal.",
                   "lukashenko")[0] == "favour"
    assert _stance("The collective West is hostile to us.", "west")[0] == "against"
    assert _stance("The Russian terror must end.", "russia")[0] == "against"
    assert _stance("Russian nuclear blackmail endangers everyone.", "russia")[0] == "against"
    # a founding father is not the US government
    assert math.isnan(_stance("George Washington was a great leader.", "west")[1])


def test_an_owners_own_act_does_not_shield_it():
    # "sanctions" right after its owner is the owner's act: what is said of it is said of the owner
    assert _stance("Western sanctions are illegal.", "west")[0] == "against"
    assert _stance("The West's sanctions are illegal and unjust.", "west")[0] == "against"
    # a verb after its subject still separates it from the object
    assert _stance("Russia condemned the violent crackdown.", "russia") == ("none", 0.0)


def test_victims_blame_and_diplomatic_set_phrases():
    # a conjunction ends the object of an act: Putin is not its victim
    assert _stance("Civilians suffered from the occupation because Putin wanted it.",
                   "russia")[0] != "favour"
    assert _stance("Russia is directly responsible for the suffering of millions.",
                   "russia")[0] == "against"
    assert _stance("The West trampled upon the principle of indivisible security.",
                   "west")[0] == "against"
    assert _stance("There is no doubt that the United States acted.", "west") == ("none", 0.0)
    assert _stance("We will act together with all our partners, including China and Russia.",
                   "russia") == ("none", 0.0)
    assert _stance("Russia has always been at the forefront of the fight against terrorism.",
                   "russia")[0] != "against"


def test_an_attitude_of_a_target_is_reported_not_the_speakers():
    # Putin's support is his attitude, reported: not the speaker's stance toward Lukashenko
    assert _stance("It is a pity that Mr. Putin supported Lukashenko.", "lukashenko")[0] == "none"
    assert _stance("Russia's support for Lukashenko continues.", "lukashenko")[0] == "none"
    # the speaker's own attitude and the passive still count
    assert _stance("We condemn Lukashenko.", "lukashenko")[0] == "against"
    assert _stance("Lukashenko was condemned by the EU.", "lukashenko")[0] == "against"


def test_a_game_blames_its_player_and_wrongs_its_target():
    assert _stance("The fraternal people fell victim to the collective West's geopolitical games.",
                   "west")[0] == "against"
    assert _stance("Its patrons use it in their great game against Russia.", "russia")[0] == (
        "favour")


def test_demands_after_a_modal_are_against_their_subject():
    # codebook rule 6: a demand that implies wrongdoing is against the target
    assert _stance("Russia must withdraw its troops from Ukraine.", "russia")[0] == "against"
    assert _stance("The United States should lift the embargo against Cuba.", "west")[0] == (
        "against")
    # the demand is on the subject, not on its object; without a modal it reports an act
    assert _stance("We must stop Russia.", "russia")[0] == "none"
    assert _stance("The United States withdrew from the Iran nuclear deal.", "west") == (
        "none", 0.0)


def test_falsehood_and_a_donors_record():
    assert _stance("We reject the false narrative spread by the Kremlin.", "russia")[0] == (
        "against")
    assert _stance("The European Union remains the largest donor of humanitarian aid.",
                   "west")[0] == "favour"


def test_a_negator_is_used_up_by_the_first_word_it_negates():
    # "not" negates "recognise"; "illegitimate" still describes the regime
    assert _stance("We do not recognise the illegitimate regime of Lukashenko.",
                   "lukashenko")[0] == "against"
    assert _stance("Russia has never attacked anyone.", "russia")[0] == "favour"
    assert _stance("There is simply no place for Russia in the Security Council.",
                   "russia")[0] == "against"


def test_a_target_that_supports_a_cause_stands_for_it():
    # codebook clarification: a state described as supporting a cause is favour
    assert _stance("Russia will continue to support the central role of the United Nations.",
                   "russia")[0] == "favour"
    assert _stance("Belarus has always supported peace in the region.", "lukashenko")[0] == (
        "favour")
    # not a demand, not a participle naming what others are, not support of another target
    assert _stance("The West must recognise these truths.", "west")[0] != "favour"
    assert _stance("Russia-backed armed formations took hostages.", "russia")[0] != "favour"
    assert _stance("Russia supports Lukashenko.", "russia")[0] == "none"
    assert _stance("We call upon Russia to respect its obligations.", "russia")[0] == "against"


def test_supporters_are_people_not_an_attitude():
    assert _stance("Trump supporters chanted slogans nearby.", "west")[0] == "none"
    assert _stance("Supporters of Lukashenko gathered on Sunday.", "lukashenko")[0] == "none"
    assert _stance("US singer and animal rights advocate Doris Day died.", "west")[0] == "none"


def test_possessor_and_demand_sections_are_read_and_checked(tmp_path):
    f = tmp_path / "t.yaml"
    f.write_text("targets: []\nstance_lexicon:\n  possessor: {proposal: 1.2}\n"
                 "  demand: {withdraw: -1.5}\n", encoding="utf-8")
    lex = load_stance_lexicon(f)
    assert dict(lex.possessor) == {"proposal": 1.2} and dict(lex.demand) == {"withdraw": -1.5}
    f.write_text("targets: []\nstance_lexicon:\n  possessor: {proposal: 1.2}\n"
                 "  demand: {proposal: -1.5}\n", encoding="utf-8")
    with pytest.raises(ValueError, match="stance_lexicon.demand entry 'proposal': also listed in "
                                         "stance_lexicon.possessor"):
        load_stance_lexicon(f)
