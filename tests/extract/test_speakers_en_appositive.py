"""``discourse.extract.speakers.lang.en_appositive``: the verb of saying after a name's
appositive (sentences written for these tests)."""

from __future__ import annotations

import pytest

from discourse.extract.speakers.lang.en_appositive import verb_after_appositive

VERBS = frozenset("said told added".split())


@pytest.mark.parametrize("text, verb", [
    ("Tom Hale, who serves as attorney for both Mr. Bell and Ann Reed, said on Monday.", "said"),
    ("Tom Hale, the chair of the panel, before which Bell testified, told reporters.", "told"),
    ("Tom Hale, a senator, also said so.", "said"),
])
def test_the_verb_after_the_appositive_is_found(text, verb):
    end = verb_after_appositive(text, text.index(",") + 2, len(text), VERBS)
    assert end is not None and text[end - len(verb):end] == verb


@pytest.mark.parametrize("text", [
    "Tom Hale, the chairman, went home. Ann Bell, his aide, said nothing.",  # another sentence
    'Tom Hale, the chairman, "the best", said it.',  # a mark in between
    "Tom Hale, the chairman of the panel, and Ann Bell met.",  # no verb of saying
])
def test_no_verb_of_saying_past_the_sentence_or_a_mark(text):
    assert verb_after_appositive(text, text.index(",") + 2, len(text), VERBS) is None
