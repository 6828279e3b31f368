"""Reference: description matching as first written (a copy; see README.md).

Every candidate phrase of the actor tried with the date at once (no date-free fits, no index by
head noun: ``ActorRegistry._match`` before 05cc2e4), and the actors a description may fit found
by a scan of the whole registry (before the index of 64ebcd7). Copied from
``tests/extract/test_speakers_speed_equivalence.py`` at e650700; only its imports and the
registry's attribute paths (now ``registry.description_matcher``) changed.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from discourse.extract.actors import Actor, ActorMention, ActorRegistry
from discourse.extract.actors.descriptions import phrase_of_tokens, plural_head
from discourse.extract.actors.names import PREPS, STOP, stemmed_tokens


def ref_match(reg: ActorRegistry, actor: Actor, description: str, day: dt.date | None,
              mentions: Sequence[ActorMention]) -> tuple[int, int] | None:
    """How ``description`` fits ``actor`` on ``day``, every candidate phrase tried."""
    matcher = reg.description_matcher
    rest, removed = description, False
    for m in reversed(mentions):
        if m.actor.name == actor.name:
            rest = rest[: m.start] + " " + rest[m.end:]
            removed = True
    if actor.kind == "person" and plural_head(rest):
        return None
    tokens = matcher._without_country_phrases(actor, stemmed_tokens(rest))
    desc = phrase_of_tokens(tuple(tokens))
    if desc is None:
        has_words = any(t not in STOP and t not in PREPS for t in tokens)
        return (3, 0) if removed and not has_words else None
    former = "former" in desc.words
    unnamed = actor.kind == "person" and re.match(r"\s*(?:an?|another|one)\s", rest, re.I)
    best = None
    for cand in matcher._actor_candidates(actor):
        if cand.phrase.head != desc.head or (unnamed and cand.strength == 1):
            continue
        if (cand.phrase.words & {"deputy", "vice", "assistant", "вице", "вица"}) - desc.words:
            continue
        allowed = cand.phrase.words | matcher._modifiers(actor)
        if cand.role is None:
            if former and "former" not in cand.phrase.words:
                continue
        elif former:
            if day is not None and not cand.role.ended_before(day):
                continue
            allowed = allowed | {"former"}
        elif day is not None and not cand.role.active_on(day):
            continue
        if not desc.words <= allowed:
            continue
        score = (cand.strength, -len(cand.phrase.words - desc.words))
        if best is None or score > best:
            best = score
    return best


def ref_could_match(reg: ActorRegistry, description: str,
                    mentions: Sequence[ActorMention]) -> list[Actor]:
    """Every actor of the registry tested for a head, a mention or a country phrase."""
    matcher = reg.description_matcher
    tokens = stemmed_tokens(description)
    base = phrase_of_tokens(tuple(tokens))
    codes = set()
    for i, tok in enumerate(tokens):
        for phrase, code in matcher._country_phrases_by_first.get(tok, ()):
            if tuple(tokens[i:i + len(phrase)]) == phrase:
                codes.add(code)
    names = set(matcher._actors_by_head().get(base.head, ())) if base is not None else set()
    names.update(m.actor.name for m in mentions)
    return [a for a in reg.actors if a.name in names or (codes and a.country in codes)]
