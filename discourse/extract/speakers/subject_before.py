"""The subject of the sentence before a quote, when it names its person short.

A whole article names a speaker in full once and then by surname, pronoun or role: 'Senator
Paul Hines met voters on Friday. // Hines spoke about the budget. "We need to cut waste
first."' The rule for the sentence before a quote that opens its own sentence
(``attribute._subject_before``) asked for a run of capitalised words that reads as a person's
name, so a surname alone ("Hines"), a pronoun ("He was blunt about it.") or a description of a
role ("The senator was blunt.") left the quote without a mention, though the annotation marks
the in-text words that attribute it (ANNOTATION.md: "she", "the Lithuanian diplomat",
"Peskov"). This module accepts those three, each only on the article's own evidence:

- a surname alone that the resolver takes to a fuller name of a person the article gives
  before (one word of that name), or to an actor of the registry;
- a personal pronoun of one person ("he", "she") that resolves to somebody named before;
- a description whose head is a role of a person ("the senator", "a spokeswoman"), kept as
  written (:func:`.described.role_description`), resolved if the article allows it.

The same holds for a quote alone in its paragraph under a paragraph whose last sentence has
such a subject (:func:`last_subject`): "Hines spoke about the budget. // "We need to cut waste
first."".

Not: a capitalised word the article never gives as part of a longer name ("Democrats",
"Officials"), "they" or "it", or a description of something ("The plan").
Language-neutral: reads the language's pronoun classes, titles and description test.
"""

from __future__ import annotations

from typing import Any

from discourse.extract.speakers.described import role_description
from discourse.extract.speakers.mentions import resolve_mention
from discourse.extract.speakers.resolver import Resolver

__all__ = ["last_subject", "short_subject"]

# Pronoun classes that stand for one person.
_ONE_PERSON = frozenset({"male", "female"})


def short_subject(res: Resolver, text: str, ms: int, me: int) -> tuple[Any, str | None] | None:
    """``(actor, name)`` when the subject ``text[ms:me]`` of the sentence before a quote names
    a person by surname, pronoun or role (see the module's docstring); ``name`` is None for a
    role the article does not resolve. None when the subject is none of these."""
    mention = text[ms:me].strip()
    if not mention:
        return None
    words = mention.split()
    lang = res.lang
    low = mention.lower()
    if len(words) == 1 and lang.pronoun_class(low, text, me) is not None:
        if lang.pronoun_class(low, text, me) not in _ONE_PERSON:
            return None  # "they", "it": a group or a thing
        actor, name, _ = resolve_mention(res, mention, ms)
        return (actor, name) if name is not None else None
    if role_description(mention, lang):
        actor, name, _ = resolve_mention(res, mention, ms)
        return actor, name
    if len(words) == 1 and mention[:1].isupper() and not lang.is_description(mention):
        actor, name, _ = resolve_mention(res, mention, ms)
        if name is None:
            return None
        fuller = name.split()
        if actor is not None or (len(fuller) > 1 and mention in fuller):
            return actor, name  # the article (or the registry) gives the full name
    return None


def last_subject(res: Resolver, text: str, lo: int, hi: int) -> tuple[Any, ...] | None:
    """``(actor, name, "previous_sentence", ms, me)`` when the sentence ``text[lo:hi]`` before
    a quote alone in its paragraph has a subject that :func:`short_subject` accepts, and no
    quote of the article opens in it; else None."""
    if res.in_quote(lo) or any(res.in_quote(k + 1) for k in range(lo, hi) if text[k] in "\"“"):
        return None  # the sentence quotes somebody: the continuation rules speak for it
    hi = len(text[:hi].rstrip())
    if hi <= lo or text[hi - 1] not in ".!":
        return None  # no finished sentence (a colon's line is the block rules')
    span = res.lang.sentence_subject(text, lo, hi - 1)  # without its stop: "Hines disagreed."
    if span is None:
        return None
    got = short_subject(res, text, *span)
    return None if got is None else (*got, "previous_sentence", *span)
