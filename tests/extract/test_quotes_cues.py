"""The cue lexicon (:mod:`discourse.extract.quotes.cues`) and the English cue scan
(:mod:`discourse.extract.quotes.lang.en.cues`), which must equal the plain scans it replaced."""

from __future__ import annotations

import json

import pandas as pd
import pytest
from hypothesis import given

from discourse.extract.quotes import extract_quotes, load_cues
from discourse.extract.quotes.lang.en import cues as en_cues
from discourse.extract.quotes.lang.en.cues import find_cues
from discourse.extract.quotes.tokens import Toks, token_columns, tokens
from tests.reference.quotes_cues import reference_cue_at, reference_cue_loop, reference_find_cues
from tests.strategies import QUOTE_TEXTS, SETTINGS, TEXTS


def run(text: str, lex, **kw) -> pd.DataFrame:
    arts = pd.DataFrame({"doc_id": ["d"], "text": [text]})
    return extract_quotes(arts, cues=lex, **kw)


def spans(text: str, lex) -> list[tuple[str, str, str]]:
    q = run(text, lex)
    return [(r.kind, r.text, r.speaker_mention) for r in q.itertuples()]


def test_cue_lexicon_size_and_forms(lex):
    assert len(lex) >= 150
    words = ["he", "said", "that"]
    assert lex.match(words, 1)[1].lemma == "say"
    assert lex.match(["according", "to", "x"], 0)[1].type == "preposition"
    for form in ("told", "warned", "insisted", "denied", "tweeted", "conceded", "vowed"):
        assert lex.match([form], 0) is not None, form


def test_cue_lexicon_validation_names_file_and_entry(tmp_path):
    bad = tmp_path / "cues.yaml"
    bad.write_text("cues:\n  - {lemma: say, type: verb, forms: [say]}\n"
                   "  - {lemma: shout, type: verbb, forms: [Shout]}\n", encoding="utf-8")
    with pytest.raises(ValueError) as err:
        load_cues(bad)
    msg = str(err.value)
    assert "cues.yaml, entry 2 ('shout')" in msg and "type" in msg and "forms" in msg
    dup = tmp_path / "dup.yaml"
    dup.write_text("cues:\n  - {lemma: say, type: verb, forms: [say]}\n"
                   "  - {lemma: said, type: verb, forms: [say]}\n", encoding="utf-8")
    with pytest.raises(ValueError, match="already listed in entry 1"):
        load_cues(dup)
    with pytest.raises(ValueError, match="expected a mapping with a 'cues' list"):
        (tmp_path / "e.yaml").write_text("- a\n", encoding="utf-8")
        load_cues(tmp_path / "e.yaml")


def test_new_reporting_verbs_in_the_lexicon(lex):
    for form in ("fumed", "quipped", "scoffed", "mused", "retorted", "snapped", "chuckled",
                 "gushed", "marveled", "lamented", "bristled", "pleaded", "boasted", "conceded",
                 "railed", "thundered", "testified", "recounted", "recalled", "tweeted",
                 "texted", "emailed", "wrote", "posted", "shot back"):
        assert lex.match(form.split(), 0) is not None, form
    assert lex.match(["snaped"], 0) is None  # misspelt forms are gone


def test_noun_readings_of_cue_forms_are_not_reports(lex):
    # "question will be", "other states where", "report prompted by": nouns, not verbs
    for text in ("The main question will be whether voters turn out in large numbers.",
                 "The law exists in Ohio and other states where it is rarely used by courts.",
                 "The chief quit after a federal report prompted by the shooting of a teenager."):
        assert [k for k, *_ in spans(text, lex) if k == "indirect"] == [], text


# --- the cue scan against the plain scans it replaced -------------------------------------------


@SETTINGS
@given(text=TEXTS)
def test_cue_scan_equals_the_single_lookbehind_pattern(lex, text):
    toks = tokens(text)
    hits = find_cues(Toks.of(toks), lex)
    assert hits == reference_cue_loop(toks, lex) == reference_find_cues(toks, lex, text)


def test_cue_scan_on_news_like_text(lex):
    text = ("“We will not give in,” the minister said on Tuesday. Smith, a Democrat, said the "
            "plan would fail, according to RIA. İstanbul’s mayor told reporters that he "
            "said_so; (said) «said» -said x-said 'said' RIA Novosti quoted him as saying: no.\n")
    toks = tokens(text)
    hits = find_cues(Toks.of(toks), lex)
    assert hits == reference_find_cues(toks, lex, text) == reference_cue_loop(toks, lex)
    assert len(hits) >= 6


@SETTINGS
@given(text=TEXTS | QUOTE_TEXTS)
def test_cue_at_on_columns_equals_the_reference_on_tuples(lex, text):
    toks = tokens(text)
    cols = Toks(*token_columns(text))
    assert cols == Toks.of(toks)
    assert [en_cues._cue_at(cols, i, lex) for i in range(len(toks))] == [
        reference_cue_at(toks, i, lex) for i in range(len(toks))]
    assert find_cues(cols, lex) == reference_cue_loop(toks, lex)


SPEED_TEXTS = [
    "“We will not give in,” the minister said on Tuesday.\n\nHe said that the plan would fail.",
    "The United States said in a statement that State officials would testify.",
    "Said Smith: “No.” Quoted by RIA, the aide quoted him as saying the talks were over.",
    "According\n\nto the report, his remarks were clear. She pointed out that it follows.",
    "İstanbul officials SAID the deal was done, according to a spokesman for the ministry.",
    "E-mailed statements: she e-mailed that the vote was rigged; they told reporters so.",
    "said told added according to stated warned, he said that " * 20,
    "",
]


def test_cue_candidates_from_one_regex_pass_equal_a_scan_of_every_token(lex, seed_text):
    for text in [*SPEED_TEXTS, seed_text]:
        toks = tokens(text)
        assert find_cues(Toks.of(toks), lex) == reference_cue_loop(toks, lex), text[:60]


def test_cue_candidates_on_real_news_sentences(shared_dir, lex):
    lines = (shared_dir / "datasets" / "newsmtsc" / "train.jsonl").read_text(encoding="utf-8")
    sents = sorted({json.loads(line)["sentence"] for line in lines.splitlines()[:3000]})
    text = "\n\n".join(sents)
    toks = tokens(text)
    fast, slow = find_cues(Toks.of(toks), lex), reference_cue_loop(toks, lex)
    assert len(fast) > 500 and fast == slow


def test_a_morphology_lexicon_makes_the_forms_of_each_lemma_and_names_bad_entries(tmp_path):
    good = tmp_path / "ru.yaml"
    good.write_text("language: ru\nmorphology: pymorphy3\ncues:\n"
                    "  - {lemma: сказать, lemmas: [говорить], type: verb}\n"
                    "  - {lemma: по словам, type: preposition, forms: [по словам], speaker: after}\n",
                    encoding="utf-8")
    lex = load_cues(good)
    assert lex.language == "ru"
    say = lex.cues[0]
    assert {"сказал", "сказала", "сказали", "скажет", "сказав", "говорит", "говорят",
            "говоря", "говорил"} <= set(say.forms)
    assert "сказать" not in say.forms  # the infinitive reports nothing ("намерен сказать")
    assert lex.genders["сказала"] == "f" and "говорит" not in lex.genders
    bad = tmp_path / "bad.yaml"
    bad.write_text("language: ru\nmorphology: pymorphy3\ncues:\n"
                   "  - {lemma: стол, type: verb}\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.yaml, entry 1 \('стол'\): 'стол' is not a verb"):
        load_cues(bad)
    unknown = tmp_path / "unknown.yaml"
    unknown.write_text("morphology: hunspell\ncues: []\n", encoding="utf-8")
    with pytest.raises(ValueError, match="'morphology' must be 'pymorphy3'"):
        load_cues(unknown)
    empty = tmp_path / "empty.yaml"
    empty.write_text("cues:\n  - {lemma: say, type: verb}\n", encoding="utf-8")
    with pytest.raises(ValueError, match="'forms' must list at least one form"):
        load_cues(empty)


def _lexicon_values(lexicon) -> tuple:
    """Everything a lexicon holds, the fields left out of ``==`` too."""
    return (lexicon.cues, lexicon.source, lexicon.language, list(lexicon.genders.items()),
            lexicon.by_first, lexicon.scan_sets(frozenset({"quoted"})))


@pytest.mark.parametrize("name", ["cues.yaml", "cues_ru.yaml"])
def test_a_lexicon_is_the_same_cold_warm_and_without_the_store(name, tmp_path, monkeypatch):
    # speed pass six keeps the validated lexicon (the Russian one with its 978 forms made by
    # pymorphy3) between runs: what a run reads back is what the file gives without the store
    from discourse.core.paths import data_file
    from discourse.extract.actors.stored import CACHE_ENV

    monkeypatch.setenv(CACHE_ENV, "off")
    made = _lexicon_values(load_cues(data_file(name)))
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "store"))
    cold = _lexicon_values(load_cues(data_file(name)))
    assert len(list((tmp_path / "store").glob("cues-*.marshal"))) == 1
    warm = _lexicon_values(load_cues(data_file(name)))
    assert made == cold == warm
    if name == "cues_ru.yaml":
        assert made[3][:3] == [("заявил", "m"), ("заявила", "f"), ("заявило", "n")]


def test_a_lexicon_file_is_keyed_by_its_bytes_and_a_bad_one_never_stored(tmp_path, monkeypatch):
    from discourse.extract.actors.stored import CACHE_ENV

    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "store"))
    path = tmp_path / "cues.yaml"
    path.write_text("cues:\n- {lemma: say, type: verb, forms: [said]}\n", encoding="utf-8")
    assert [c.forms for c in load_cues(path).cues] == [("said",)]
    path.write_text("cues:\n- {lemma: say, type: verb, forms: [said, says]}\n", encoding="utf-8")
    assert [c.forms for c in load_cues(path).cues] == [("said", "says")]
    path.write_text("cues:\n- {lemma: say, type: verb, forms: [Said]}\n", encoding="utf-8")
    for _ in range(2):  # the second time too: nothing was stored
        with pytest.raises(ValueError, match=r"cues.yaml, entry 1 \('say'\): 'forms'"):
            load_cues(path)
    assert len(list((tmp_path / "store").glob("cues-*.marshal"))) == 2
