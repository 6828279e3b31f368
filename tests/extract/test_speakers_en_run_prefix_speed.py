"""Speed pass twenty-two: the English person runs from a document's start to an offset are kept
per document (``discourse/extract/speakers/lang/en_run_prefix.py``) instead of read from the
start for each pronoun (``en_gender._candidates``) or speaker label (``turns.initials_owner``).
``person_runs_before`` gives ``person_runs(text, 0, end)`` at every offset, asked in any order,
on sentences written here, generated texts and real Wikinews joined to one document; the two
callers answer as their copies in ``tests/reference/``."""

from __future__ import annotations

import csv
import random
import re
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from discourse.extract.actors import load_actors
from discourse.extract.speakers import turns
from discourse.extract.speakers.lang import en_gender
from discourse.extract.speakers.lang.en import ENGLISH, person_runs
from discourse.extract.speakers.lang.en_run_prefix import person_runs_before
from discourse.extract.speakers.lang.ru import RUSSIAN
from discourse.extract.speakers.resolver import Entity, Resolver
from tests.reference.speakers_en_gender import reference_candidates
from tests.reference.speakers_turns_initials import reference_initials_owner
from tests.strategies import SETTINGS, TEXTS

# written for this test: runs cut by a barrier (a comma, a quotation mark, a colon), by a full
# stop or white space (no barriers), titles before surnames across lines, possessives, hyphens
SENTENCES = [
    "Senator Jane Roe met Tom Hale, and Prime Minister Ardern said: \"Ann Lee-Smith's view.\"",
    "Gov.\n\tNewsom spoke. Mary Ann O'Neil Roe Hale Grey left; Dr. Émile Zola’s book (Paul Roe)",
    "The Nevada Independent and in Vermont Town Hall, President Biden Harris and Mayor  Adams",
    "NG: Natasha Gownaris and Nate Gray, NG said. Chancellor Merkel\n\nAngela Merkel, AM said",
    "Jane Roe",
    "",
]
PIECES = ["Jane", "Roe", "Tom", "Hale", "Senator", "Prime", "Minister", "Gov", "Mayor", "the",
          "in", "As", "said", "Ann", "O'Neil", "Lee-Smith", "Émile", "’s", "'s", " ", "  ", "\t",
          "\n", ".", ",", ":", "\"", "“", "(", ")", "-", "'", "_", "2", "NG", "İ", "Σ"]
NAME_TEXTS = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)


class _Owner:
    """What keeps the runs between calls (the document's Resolver does in the extractor)."""

    run_prefix = None


def _every_end_in_any_order(text: str, seed: int = 22) -> None:
    ends = list(range(len(text) + 1))
    random.Random(seed).shuffle(ends)
    owner = _Owner()
    for end in ends + sorted(ends):  # asked out of order, then forward (kept runs reused)
        assert person_runs_before(ENGLISH, text, end, owner) == person_runs(text, 0, end), \
            (text, end)


@pytest.mark.parametrize("text", SENTENCES)
def test_the_written_sentences_give_the_runs_from_the_start(text):
    _every_end_in_any_order(text)


def test_another_document_and_another_language_are_not_mixed_up():
    a, b = "Jane Roe, Tom Hale", "Tom Hale, Jane Roe"
    owner = _Owner()
    assert person_runs_before(ENGLISH, a, len(a), owner) == [(0, 8), (10, 18)]
    assert person_runs_before(ENGLISH, b, 9, owner) == [(0, 8)]
    assert person_runs_before(ENGLISH, a, 9, owner) == [(0, 8)]
    assert person_runs_before(RUSSIAN, a, 5, owner) == RUSSIAN.person_runs(a, 0, 5)
    assert person_runs_before(RUSSIAN, "Иван Петров, Анна", 12, owner) == [(0, 11)]


@SETTINGS
@given(NAME_TEXTS | TEXTS, st.integers(0, 1000))
def test_generated_texts_give_the_runs_from_the_start(text, seed):
    _every_end_in_any_order(text, seed)


def _wikinews(shared_dir, n: int) -> list[str]:
    csv.field_size_limit(sys.maxsize)
    with (shared_dir / "corpora" / "wikinews_en" / "wikinews_2020.csv").open(
            newline="", encoding="utf-8") as f:
        return [row["text"] for _, row in zip(range(n), csv.DictReader(f))]


def test_real_news_joined_gives_the_reference_answers(shared_dir):
    """40 Wikinews texts joined to one document (and two written labels with initials): the runs
    before every "he"/"she" and before random offsets, the candidates of every "he"/"she", and
    the initials' owner of every capitalised pair or triple of letters, as the reference code
    gives them."""
    registry = load_actors()
    owned = "Wilhelmina Quartermaine took the stage.\n\nWQ: We will go on."  # written here
    text = "\n\n".join([*_wikinews(shared_dir, 40), SENTENCES[3], owned])
    quotes = [m.span() for m in re.finditer(r"“[^”]*”|\"[^\"]*\"", text)]
    res = Resolver(text, registry, None, quotes, ENGLISH)
    runs = ENGLISH.person_runs(text, 0, len(text))
    rng = random.Random(22)
    for end in rng.sample(range(len(text)), 300):
        assert person_runs_before(ENGLISH, text, end, res) == person_runs(text, 0, end), end
    candidates = 0
    for m in re.finditer(r"\b(?:[Hh]e|[Ss]he)\b", text):
        before = [r for r in runs if r[1] <= m.start()]
        if not before:
            continue
        a, b = rng.choice(before)
        ent = Entity(a, None, ENGLISH.normal_name(text[a:b]), None, "unknown")
        want = [(c.pos, c.actor, c.name, c.kind)
                for c in reference_candidates(res, m.start(), ent)]
        got = [(c.pos, c.actor, c.name, c.kind)
               for c in en_gender._candidates(res, m.start(), ent)]
        assert got == want, m.start()
        candidates += len(got)
    labels = owners = 0
    for m in re.finditer(r"\b[A-Z]{2,3}\b", text):
        want = reference_initials_owner(res, text, m.start(), m.end())
        assert turns.initials_owner(res, text, m.start(), m.end()) == want, m.group()
        labels += 1
        owners += want is not None
    assert candidates > 400 and labels > 100 and owners > 0, (candidates, labels, owners)
