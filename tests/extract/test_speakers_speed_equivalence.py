"""Speed-ups of speaker attribution that must not change any result.

Each fast path of ``discourse.extract.speakers`` is compared with the straightforward computation
it replaces (reference copies in ``tests/reference/speakers_names.py`` and
``tests/reference/actors_registry.py``): full names counted only for the surnames asked for with
counts of every run, and a name mention that skips the description it would not use, and
attribution by a registry without the span scan and the description test with attribution by one
with them. Finally attribution with a cold registry, a warm one and caches too small to hold
anything agree. The fast paths of the actor registry itself are tested beside each of its parts
(``tests/extract/test_actors_*.py``).
"""

from __future__ import annotations

import json
import random
import re

import pandas as pd
import pytest

from discourse.core.paths import data_dir
from discourse.extract.actors import cache as actors_cache
from discourse.extract.actors import load_actors
from discourse.extract.quotes import extract_quotes, load_cues
from discourse.extract.speakers import attribute_doc as speaker_attribute
from discourse.extract.speakers import attribute_speakers, quote_rows
from discourse.extract.speakers import names as speaker_names
from discourse.extract.speakers.lang import en_clause
from discourse.extract.speakers.lang.en import ENGLISH
from discourse.extract.speakers.lang.ru import RUSSIAN
from discourse.extract.speakers.mentions import resolve_mention
from discourse.extract.speakers.names import FullNames, describes_nobody
from discourse.extract.speakers.resolver import Resolver
from discourse.io.corpus import read_corpus
from tests.reference.actors_registry import OldRegistry
from tests.reference.speakers_names import (
    DESCRIPTION_WORDS,
    ScanFullNames,
    ref_describes_nobody,
    ref_full_names,
    ref_name_rule,
    ref_unknown_name,
    takes_name_branch,
)
from tests.reference.speakers_resolver import ref_surname_after

# --- attribution -------------------------------------------------------------------------------


def test_attribution_equals_cold_warm_and_with_caches_that_hold_nothing(monkeypatch, seed_text):
    corpus = read_corpus(data_dir() / "corpus")
    arts = pd.concat([corpus.articles[["doc_id", "text", "date"]], pd.DataFrame({
        "doc_id": ["b", "c"],
        "text": ["“We will not back down,” Tikhanovskya said. The Kremlin spokesman disagreed.\n\n"
                 "“Nonsense,” he said. Officials said: “No.” “Yes,” said the Lithuanian diplomat.",
                 seed_text.replace("\n", "\n\n")[:3000]],
        "date": ["2020-09-10", "2014-02-01"],
    })], ignore_index=True)
    quotes = extract_quotes(arts, cues=load_cues())
    for frame in (arts, arts.drop(columns=["date"])):
        registry = load_actors()
        cold = attribute_speakers(quotes, frame, registry)
        assert cold.equals(attribute_speakers(quotes, frame, registry))
        with monkeypatch.context() as m:
            m.setattr(actors_cache, "CACHE_LIMIT", 0)  # every cache cleared before each store
            tiny = attribute_speakers(quotes, frame, load_actors())
        assert cold.equals(tiny) and (cold.dtypes == tiny.dtypes).all()
        assert (cold["speaker"] != "").sum() >= 10


class _KeepsNothing(dict):
    """A memo that stores nothing: every question is asked afresh."""

    def __setitem__(self, key, value) -> None:
        pass


@pytest.mark.pure_python
def test_mentions_extended_once_per_article_equal_those_extended_per_quote(monkeypatch,
                                                                            seed_text):
    """``_repair_mention`` reads the language's ``extend_mention`` of a mention from a memo of
    its article (speed pass thirteen), emptied when it holds ``EXTENDED_KEPT`` mentions: the
    records equal those of asking it for every quote, on articles where the memo answers some
    of the questions."""
    corpus = read_corpus(data_dir() / "corpus")
    arts = pd.concat([corpus.articles[["doc_id", "text", "date"]], pd.DataFrame({
        "doc_id": ["b", "c"],
        "text": ["“We will,” the PG&E spokesman said, “not back down,” and “never.” "
                 "Police said: “No.” “Yes,” said the Lithuanian diplomat, “and yes.”",
                 seed_text.replace("\n", "\n\n")],
        "date": ["2020-09-10", "2014-02-01"],
    })], ignore_index=True)
    quotes = extract_quotes(arts, cues=load_cues())
    asked: list[tuple[int, int]] = []
    extend = en_clause.extend_mention  # (the first step of the English extend_mention)
    monkeypatch.setattr(en_clause, "extend_mention",
                        lambda text, ms, me: asked.append((ms, me)) or extend(text, ms, me))
    memo = attribute_speakers(quotes, arts, load_actors())
    n_memo = len(asked)
    init = quote_rows._Paragraphs.__init__

    def forgetful(self, text: str) -> None:
        init(self, text)
        self.extended = _KeepsNothing()

    with monkeypatch.context() as m:
        m.setattr(speaker_attribute, "EXTENDED_KEPT", 1)  # a memo emptied at every new mention
        small = attribute_speakers(quotes, arts, load_actors())
    monkeypatch.setattr(quote_rows._Paragraphs, "__init__", forgetful)
    n_before = len(asked)
    fresh = attribute_speakers(quotes, arts, load_actors())
    assert memo.equals(fresh) and (memo.dtypes == fresh.dtypes).all()
    assert small.equals(fresh)
    assert len(asked) - n_before > n_memo  # the memo answered some questions
    assert (memo["speaker"] != "").sum() >= 10


# --- full names, unknown names and name mentions -----------------------------------------------


_NAME_WORDS = [
    "John", "Miller", "John Miller", "Mr.", "Mrs", "Gov.", "President", "Vice", "Sen.", "Dr",
    "de", "van", "al", "la", "bin", "Bill de Blasio", "J.", "F.", "O'Neil", "O’Neil",
    "Smith-Jones", "Smith.", "the", "said", "committee", "Members", "of", "İstanbul", "İ",
    "ΟΔΥΣΣΕΑΣ", "AΣ", "AΣa", "Σ", "AΣ.", "Straße", "ǅ", "denied", "also", "last", "U.S.",
    "\n", "\n\n", ", ", ". ", "“", "”", "(", ")", "—", "Tikhanovskaya", "Svetlana",
]


def _name_text(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(_NAME_WORDS) + rng.choice([" ", " ", "  ", "\n", "", ". "])
                   for _ in range(n))


def test_full_names_asked_per_surname_equal_counts_of_every_run(seed_text):
    rng = random.Random(6)
    texts = [seed_text, seed_text.upper(), "", "Σ AΣ aΣ", "John Miller said. Miller agreed."]
    texts += [_name_text(rng, rng.randint(1, 60)) for _ in range(1500)]
    for text in texts:
        want = ref_full_names(text)
        keys = set(want) | {w.lower() for w in re.findall(r"[\w'’\-.]+", text)} | {"", "x"}
        names = FullNames(text, ENGLISH)
        for key in sorted(keys):
            assert names.get(key, "?") == want.get(key, "?"), (text, key)
            assert names.get(key, "?") == want.get(key, "?"), (text, key)  # from the cache


_RU_NAME_WORDS = [
    "Дмитрий", "Владимира", "Елены", "Песков", "Пескова", "Песковым", "Пескову", "Ярослав",
    "Владимир", "Зеленский",
    "Зеленского", "Зеленским", "Елена", "Панфилова", "Панфиловой", "Панфиловую", "Ивана",
    "Петрова", "Иван", "Петров", "Ли", "Ким", "Кима", "президент", "министр", "Президент",
    "пресс-секретарь", "сказал", "Но", "По", "Σ", "AΣ", ". ", ", ", " ", " ", "\n", "«", "»",
]


@pytest.mark.parametrize("scans", [0, 3, speaker_names.SCANS])
def test_full_names_grouped_once_answer_as_every_run_read(seed_text, monkeypatch, scans):
    """FullNames groups the runs by surname key once per article after ``SCANS`` questions;
    the answers (``get`` and ``forms``, in any order of questions) are those of reading every
    run per new surname."""
    monkeypatch.setattr(speaker_names, "SCANS", scans)
    rng = random.Random(11)
    cases = [(seed_text, ENGLISH), (seed_text.upper(), ENGLISH), ("", ENGLISH), ("Σ AΣ aΣ", ENGLISH)]
    cases += [(_name_text(rng, rng.randint(1, 80)), ENGLISH) for _ in range(400)]
    cases += [("".join(rng.choice(_RU_NAME_WORDS) + rng.choice([" ", " ", ". ", ", ", ""])
                       for _ in range(rng.randint(1, 80))), lang)
              for _ in range(400) for lang in [rng.choice([RUSSIAN, ENGLISH])]]
    for text, lang in cases:
        keys = [w.lower() for w in re.findall(r"[\w'’\-.]+", text)] + ["", "x", "песков"]
        keys = sorted(set(keys))
        rng.shuffle(keys)
        new, old = FullNames(text, lang), ScanFullNames(text, lang)
        for key in keys + keys:  # the second time from the caches
            if rng.random() < 0.5:
                assert new.forms(key) == old.forms(key), (text, key)
                assert list(new.forms(key)) == list(old.forms(key)), (text, key)
            assert new.get(key, "?") == old.get(key, "?"), (text, key)


_PEOPLE_WORDS = [
    "John Miller", "Mary Smith", "Miller", "Smith", "Anna Lee", "Lee", "Peter O'Neil", "O'Neil",
    "When Robert Mugabe", "Mugabe", "Star Trek", "the", "said", "he", "she", "was", "working",
    "“Miller and Smith”", "“yes”", ", ", ". ", "\n\n", "Senator", "Jane Roe", "Roe",
]


def test_the_surname_check_reads_the_runs_from_lo_as_the_slice_from_the_first(seed_text):
    """``Resolver._surname_after`` finds the runs from ``lo`` by bisection; it answers as
    reading every run from the first kept and skipping those before ``lo``."""
    rng = random.Random(12)
    reg = load_actors()
    texts = [seed_text] + ["".join(rng.choice(_PEOPLE_WORDS) + " " for _ in range(rng.randint(5, 120)))
                           for _ in range(150)]
    checked = 0
    for text in texts:
        quotes = [m.span() for m in re.finditer(r"“[^”]*”", text)]
        res = Resolver(text, reg, None, quotes, ENGLISH)
        runs = ENGLISH.person_runs(text, 0, len(text))
        for _ in range(min(40, 2 * len(runs))):
            k = rng.randrange(len(runs))
            lo = rng.randint(0, runs[k][0] + 1)
            after = runs[k][1]
            pos = rng.randint(after, len(text))
            cls = rng.choice(["male", "female"])
            want = ref_surname_after(res, runs, k, lo, after, pos, cls)
            got = res._surname_after(runs, k, lo, after, pos, cls)
            assert (got is None) == (want is None), (text, k, lo, pos, cls)
            if got is not None:
                assert (got.pos, got.actor, got.name, got.gender, got.kind) == (
                    want.pos, want.actor, want.name, want.gender, want.kind)
                checked += 1
    assert checked >= 50


def test_unknown_names_equal_the_reference(seed_text):
    rng = random.Random(7)
    reg = load_actors()
    texts = [seed_text] + [_name_text(rng, rng.randint(1, 60)) for _ in range(300)]
    for text in texts:
        res = Resolver(text, reg, None, [], ENGLISH)
        mentions = [_name_text(rng, rng.randint(1, 4)) for _ in range(5)]
        mentions += ["Ohio Gov. John Kasich", "Members of the committee", "Miller", "Mr. Miller"]
        for mention in mentions:
            assert res.unknown_name(mention) == ref_unknown_name(text, mention), (text, mention)


def test_describes_nobody_equals_the_word_test():
    rng = random.Random(8)
    words = DESCRIPTION_WORDS + ["officials", "Lithuanian", "diplomat", "’s", "-", "don't"]
    for _ in range(2000):
        desc = " ".join(rng.choice(words) for _ in range(rng.randint(0, 5)))
        want = ref_describes_nobody(desc)
        assert describes_nobody(desc, ENGLISH) == want, desc


def test_name_mentions_resolve_as_before(seed_text):
    reg = load_actors()
    text = seed_text + "\nThe Lithuanian diplomat and Russian President Putin met John Miller."
    mentions = ["Russian President", "Lithuanian Diplomat", "Kremlin Spokesman", "John Miller",
                "Miller", "Russian Foreign Minister", "Lithuanian diplomat", "Belarusian Leader",
                "Members of the committee", "US State Department", "Peskov", "Tihanovskaya",
                "President", "Foreign Minister Linkevicius", "Officials", "Russian officials"]
    for day in (None, "2020-08-20", "2012-05-01"):
        for ms in (0, len(seed_text) // 2, len(text) - 1):
            res = Resolver(text, reg, day, [], ENGLISH)
            for mention in mentions:
                if not takes_name_branch(reg, mention):
                    continue  # not the name branch
                want = ref_name_rule(res, mention, ms)
                assert resolve_mention(res, mention, ms) == want, (mention, day)


def test_attribution_leaves_the_quotes_table_as_it_was(seed_text):
    arts = pd.DataFrame({"doc_id": ["a"], "text": [seed_text]})
    quotes = extract_quotes(arts, cues=load_cues())
    before = quotes.copy()
    attribute_speakers(quotes, arts, load_actors())
    assert quotes.equals(before)


def test_attribution_equals_that_of_whole_text_scans(seed_text):
    corpus = read_corpus(data_dir() / "corpus")
    rng = random.Random(8)
    words = ["he said", "she said", "Putin", "Peskov", "the Kremlin spokesman", "officials",
             "the Lithuanian diplomat", "it", "they said", ",", ".", ":", "“Yes,”", "“No.”",
             "\n\n", "according to him", "Tikhanovskya", "the minister", "John Miller", "Miller"]
    extra = [" ".join(rng.choice(words) for _ in range(rng.randint(5, 80))) for _ in range(60)]
    arts = pd.concat([corpus.articles[["doc_id", "text", "date"]], pd.DataFrame({
        "doc_id": ["s"] + [f"r{i}" for i in range(len(extra))],
        "text": [seed_text] + extra,
        "date": ["2020-09-10"] + ["2014-02-01"] * len(extra),
    })], ignore_index=True)
    quotes = extract_quotes(arts, cues=load_cues())
    for frame in (arts, arts.drop(columns=["date"])):
        new = attribute_speakers(quotes, frame, load_actors())
        old = attribute_speakers(quotes, frame, OldRegistry(load_actors()))
        assert new.equals(old) and (new.dtypes == old.dtypes).all()


def test_a_name_after_a_lower_case_word_is_answered_as_the_search_answers_it():
    """``Resolver._after_lower_word`` remembers per article whether a name form follows a
    lower-case word, a digit or a comma (asked for every quote of a surname alone): the answer
    is the search over the whole article, the first time and from the memo."""
    rng = random.Random(11)
    reg = load_actors()
    seen = set()
    for _ in range(200):
        text = _name_text(rng, rng.randint(1, 40))
        res = Resolver(text, reg, None, [], ENGLISH)
        forms = [_name_text(rng, rng.randint(1, 3)) for _ in range(6)]
        forms += [m.group() for m in re.finditer(r"[A-Z]\w+ [A-Z]\w+", text)][:6]
        for form in forms + forms:
            want = re.search(r"[a-z0-9,;] +" + re.escape(form) + r"\b", text) is not None
            assert res._after_lower_word(form) == want, (text, form)
            seen.add(want)
    assert seen == {True, False}


def _names_memo_and_fresh(monkeypatch, arts: pd.DataFrame) -> tuple[pd.DataFrame, ...]:
    """Attribution of ``arts`` with the memos of ``Resolver.name`` and ``unknown_name``, and
    with memos that keep nothing; and how many names each asked the registry about."""
    quotes = extract_quotes(arts, cues=load_cues())
    asked: list[str] = []
    name = Resolver._name
    with monkeypatch.context() as m:
        m.setattr(Resolver, "_name", lambda self, mention: asked.append(mention)
                  or name(self, mention))
        memo = attribute_speakers(quotes, arts, load_actors())
        n_memo = len(asked)
        init = Resolver.__init__

        def forgetful(self, *args) -> None:
            init(self, *args)
            self.named, self.unknown_names = _KeepsNothing(), _KeepsNothing()

        m.setattr(Resolver, "__init__", forgetful)
        fresh = attribute_speakers(quotes, arts, load_actors())
    return memo, fresh, n_memo, len(asked) - n_memo


@pytest.mark.pure_python
def test_names_answered_once_per_article_equal_those_asked_per_quote(monkeypatch, seed_text):
    """``Resolver.name`` and ``Resolver.unknown_name`` answer a mention from a memo of its
    article (speed pass seventeen): the records equal those of asking afresh for every quote,
    on articles that name their speakers again and again (a surname alone after the full name,
    an unknown person, a registry actor, the seed corpus, generated texts)."""
    corpus = read_corpus(data_dir() / "corpus")
    rng = random.Random(17)
    names = ["Svetlana Tikhanovskaya", "Tikhanovskaya", "John Miller", "Miller", "Mr. Miller",
             "Ann Miller", "Putin", "Vladimir Putin", "the Kremlin spokesman", "Peskov", "he"]
    generated = [" ".join(f"“{rng.choice(['Yes', 'No', 'Not now'])},” {rng.choice(names)} said."
                          + rng.choice(["", "\n\n"]) for _ in range(12)) for _ in range(30)]
    extra = ["“We will,” Svetlana Tikhanovskaya said. “Not now,” Tikhanovskaya said. "
             "“Never,” said Tikhanovskaya. John Miller said: “Yes.” “No,” Miller said.\n\n"
             "“Maybe,” Miller added. “Later,” said Mr. Miller.",
             seed_text.replace("\n", "\n\n"), *generated]
    arts = pd.concat([corpus.articles[["doc_id", "text", "date"]], pd.DataFrame({
        "doc_id": [f"x{i}" for i in range(len(extra))], "text": extra,
        "date": ["2020-09-10"] * len(extra)})], ignore_index=True)
    memo, fresh, n_memo, n_fresh = _names_memo_and_fresh(monkeypatch, arts)
    assert memo.equals(fresh) and (memo.dtypes == fresh.dtypes).all()
    assert n_fresh > n_memo  # the memo answered some questions
    assert (memo["speaker"] != "").sum() >= 50


@pytest.mark.pure_python
def test_names_answered_once_per_article_on_the_shared_corpora(monkeypatch, shared_dir):
    """As above on the English Wikinews texts, 200 Russian ones and the NewsMTSC dev
    sentences (ten to an article)."""
    frames = []
    for year in (2019, 2020):
        df = pd.read_csv(shared_dir / "corpora" / "wikinews_en" / f"wikinews_{year}.csv")
        df["doc_id"] = [f"wn{year}_{i:03d}" for i in range(len(df))]
        frames.append(df[["doc_id", "date", "text"]])
    ru = sorted((shared_dir / "corpora" / "wikinews_ru" / "texts").glob("*.txt"))[:200]
    frames.append(pd.DataFrame({"doc_id": [p.stem for p in ru], "date": "2020-01-01",
                                "text": [p.read_text(encoding="utf-8") for p in ru]}))
    sentences = [json.loads(line)["sentence"] for split in ("mt-dev", "rw-dev") for line in
                 (shared_dir / "datasets" / "newsmtsc" / f"{split}.jsonl").open(encoding="utf-8")]
    frames.append(pd.DataFrame({
        "doc_id": [f"n{k}" for k in range(0, len(sentences), 10)], "date": "2020-01-01",
        "text": [" ".join(sentences[k:k + 10]) for k in range(0, len(sentences), 10)]}))
    arts = pd.concat(frames, ignore_index=True)
    memo, fresh, n_memo, n_fresh = _names_memo_and_fresh(monkeypatch, arts)
    assert memo.equals(fresh) and (memo.dtypes == fresh.dtypes).all()
    assert n_fresh > n_memo + 500
    assert (memo["speaker"] != "").sum() >= 2000
