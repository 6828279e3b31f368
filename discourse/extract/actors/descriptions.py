"""Can this description refer to that actor? Head-noun matching of role descriptions.

Part of :mod:`discourse.extract.actors`: :class:`DescriptionMatcher` answers
:meth:`discourse.extract.actors.ActorRegistry.compatible`, ``describes_any`` and
``resolve_description``. A description ("the head of the Ministry of Finance") is reduced to its
head noun and content words and compared with the phrases of each actor (descriptors, role titles
and role phrases, generic voices of organisations); the date selects the roles that count. The
description's own mentions of an actor are removed first, through
:class:`discourse.extract.actors.mentions.MentionFinder`. Everything that does not depend on the
date is cached per text, and candidates come from an index by head noun, so that a description
that fits a hundred actors ("officials") is scored once, not once per actor and date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from discourse.extract.actors.cache import ActorsCache, remember
from discourse.extract.actors.forms import CYRILLIC, analyser, is_modifier
from discourse.extract.actors.lookup import AliasLookup
from discourse.extract.actors.mentions import MentionFinder
from discourse.extract.actors.model import Actor, ActorMention, Role
from discourse.extract.actors.names import ORG_VOICES, PREPS, STOP, normalised, stemmed_tokens
from discourse.extract.actors.stored import morphology_version, stored

__all__ = [
    "Candidate",
    "DescriptionMatcher",
    "Fit",
    "Phrase",
    "best_fit",
    "phrase_of_tokens",
    "without_mentions_of",
]


# --------------------------------------------------------------------------------------------
# Description analysis (head noun + content words)
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Phrase:
    """A noun phrase reduced to its head noun and its content words (stemmed)."""

    head: str
    words: frozenset[str]


def _phrase(text: str) -> Phrase | None:
    """Head noun and content words of a noun phrase ("the head of the Ministry of Finance")."""
    return phrase_of_tokens(tuple(stemmed_tokens(text)))


@lru_cache(maxsize=8192)
def phrase_of_tokens(toks: tuple[str, ...]) -> Phrase | None:
    """:func:`_phrase` of a description's stemmed tokens (see
    :func:`discourse.extract.actors.names.stemmed_tokens`)."""
    if toks and CYRILLIC.match(toks[0]):
        return _russian_phrase(toks)
    cut = next((i for i, t in enumerate(toks) if t in PREPS and i > 0), len(toks))
    pre = [t for t in toks[:cut] if t not in STOP and t not in PREPS]
    if not pre:
        return None
    words = frozenset(t for t in toks if t not in STOP and t not in PREPS)
    return Phrase(head=pre[-1], words=words)


_WORD: Final = re.compile(r"[^\W\d_][\w'’\-]*")
# Words that make a role a rank below the one its head names ("deputy governor", "vice
# president", «вице-премьер», as stemmed_tokens writes them).
_LOWER_RANK: Final = frozenset({"deputy", "vice", "assistant", "вице", "вица"})
_INDEFINITE: Final = re.compile(r"\s*(?:an?|another|one)\s", re.IGNORECASE)
# English words in -s that are no plural ("boss", "status", "analysis", "news").
_NOT_PLURAL_ENDINGS: Final = ("ss", "us", "is", "ys", "news", "'s", "’s")


@lru_cache(maxsize=8192)
def plural_head(description: str) -> bool:
    """Is the head noun of ``description`` a plural ("Officials", "local officials", "his
    associates", «представители МИД», «Врачи»)? A plural describes several people, never one
    person of the registry (an organisation may still speak through them). English: the last word
    before a preposition ends in -s (not "boss", "status", "analysis"); Russian: the first word
    that is no adjective, participle, numeral or pronoun has only plural readings as a noun."""
    words = _WORD.findall(description)
    if not words:
        return False
    if CYRILLIC.match(words[0]):
        for word in words:
            parses = [p for p in analyser().parse(word.lower()) if p.is_known]
            if not parses or parses[0].tag.POS in ("ADJF", "PRTF", "NUMR", "NPRO", "PREP"):
                continue
            nouns = [p for p in parses if p.tag.POS == "NOUN"]
            return bool(nouns) and all(p.tag.number == "plur" for p in nouns)
        return False
    cut = next((i for i, w in enumerate(words) if w.lower() in PREPS and i > 0), len(words))
    head = words[cut - 1].lower() if cut else ""
    return len(head) > 3 and head.endswith("s") and not head.endswith(_NOT_PLURAL_ENDINGS)


# The first part of a Russian compound title, split from it by normalising ("пресс-секретарь"
# -> "пресс секретарь"): the head is the word after it.
_RU_PREFIXES: Final = frozenset("пресс вице экс генерал премьер контр вице-премьер зам".split())


def _russian_phrase(toks: tuple[str, ...]) -> Phrase | None:
    """Head and content words of a Russian phrase (lemmas): the head comes first, after its
    adjectives ("официальный представитель МИД России" -> "представитель"), and the words after
    it are its complements in the genitive."""
    words = [t for t in toks if t not in STOP]
    for i, t in enumerate(words):
        if is_modifier(t) or (t in _RU_PREFIXES and i + 1 < len(words)):
            continue
        return Phrase(head=t, words=frozenset(words))
    return None


# Heads that cannot refer to an actor of the given gender ("the spokeswoman" is not Peskov).
# "spokesman" and "chairman" stay open to women: translations use them for both.
_GENDERED_HEADS: Final[dict[str, frozenset[str]]] = {
    "male": frozenset({"spokeswoman", "chairwoman", "woman", "congresswoman", "stateswoman",
                       "представительница", "женщина"}),
    "female": frozenset({"man", "congressman", "statesman", "businessman", "мужчина"}),
}


@dataclass(frozen=True)
class Candidate:
    """One phrase that can name an actor, with how strongly and under which role."""

    phrase: Phrase
    strength: int  # 2: the actor's own descriptor or role; 1: a generic voice/"official"
    role: Role | None  # None: a date-free descriptor


# Positions of the actors in the registry by name and by country (see
# DescriptionMatcher._positions).
_Positions = tuple[dict[str, list[int]], dict[str | None, list[int]]]

# One way a description fits an actor, before the date is known: the score, the role the fit
# relies on (None: a date-free descriptor) and whether the description says "former" (then the
# role must have ended by the date; otherwise it must be held on the date).
Fit = tuple[tuple[int, int], Role | None, bool]


def best_fit(fits: Sequence[Fit], day: dt.date | None) -> tuple[int, int] | None:
    """The best score among ``fits`` whose role fits ``day`` (every role when ``day`` is None)."""
    best = None
    for score, role, former in fits:
        if role is not None and day is not None:
            if not (role.ended_before(day) if former else role.active_on(day)):
                continue
        if best is None or score > best:
            best = score
    return best


def without_mentions_of(
    actor: Actor, description: str, mentions: Sequence[ActorMention]
) -> tuple[str, bool]:
    """``description`` with its mentions of ``actor`` blanked, and whether there were any."""
    rest = description
    removed = False
    for m in reversed(mentions):
        if m.actor.name == actor.name:
            rest = rest[: m.start] + " " + rest[m.end:]
            removed = True
    return rest, removed


# --------------------------------------------------------------------------------------------
# The matcher
# --------------------------------------------------------------------------------------------


# An article opening a normalised description ("the kremlin" is the alias "kremlin"; compiled
# once: read for every description the registry is asked about).
_LEADING_ARTICLE: Final = re.compile(r"^(?:the|a|an) ")


class DescriptionMatcher:
    """Role descriptions against the registry's actors (see :meth:`compatible`, :meth:`resolve`).

    Parameters
    ----------
    actors : sequence of Actor
        The registry's actors, in its order (ties and candidates keep that order).
    countries : mapping of str to tuple of token tuples
        Country words per code as stemmed token sequences (see ``ActorRegistry.countries``).
    lookup : AliasLookup
        The alias index: a description that is an alias names its actor.
    mentions : MentionFinder
        Finds the mentions a description holds (removed before its words are compared).
    """

    def __init__(
        self,
        actors: Sequence[Actor],
        countries: Mapping[str, tuple[tuple[str, ...], ...]],
        lookup: AliasLookup,
        mentions: MentionFinder,
    ) -> None:
        self._actors = tuple(actors)
        self._countries = countries
        self._by_key = lookup.by_key
        self._mentions = mentions
        # Multi-word country phrases by their first word, for :meth:`_could_match`.
        self._country_phrases_by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for code, phrases in countries.items():
            for phrase in phrases:
                if len(phrase) > 1:
                    self._country_phrases_by_first.setdefault(phrase[0], []).append((phrase, code))
        self._candidates: dict[str, tuple[Candidate, ...]] = {}
        self._describe_cache: dict[tuple[str, dt.date | None], Actor | None] = {}
        self._match_cache: dict[tuple[str, str, dt.date | None], tuple[int, int] | None] = {}
        self._by_head: dict[str, frozenset[str]] | None = None
        self._head_words_cache: dict[tuple[str, str], frozenset[str]] = {}
        self._positions_index: _Positions | None = None
        self._cands_by_head: dict[str, dict[str, tuple[Candidate, ...]]] = {}
        self._modifier_cache: dict[str | None, frozenset[str]] = {}
        # (head, mentioned actors, countries) -> actors; description and mentions -> fits
        self._could_match_cache = ActorsCache()
        self._fit_cache: dict[tuple[str, str, bool], tuple[Fit, ...]] = {}
        self._description_fit_cache = ActorsCache()

    def clear_caches(self) -> None:
        """Forget the descriptions seen so far (the actors' phrases and indexes stay)."""
        for cache in (self._describe_cache, self._match_cache, self._could_match_cache,
                      self._fit_cache, self._description_fit_cache):
            cache.clear()

    # ---------------------------------------------------------------- the registry's questions

    def compatible(self, actor: Actor, description: str, day: dt.date | None) -> bool:
        """Can ``description`` refer to ``actor`` on ``day`` (see
        :meth:`discourse.extract.actors.ActorRegistry.compatible`)?"""
        return self._match(actor, description, day) is not None

    def describes_any(self, description: str, day: dt.date | None) -> bool:
        """False when :meth:`compatible` is False for every actor on ``day`` (a necessary
        condition; see :meth:`discourse.extract.actors.ActorRegistry.describes_any`)."""
        return bool(self._could_match(description, self._mentions.find(description, day)))

    def resolve(self, description: str, day: dt.date | None) -> Actor | None:
        """The one actor ``description`` identifies on ``day``, else None (see
        :meth:`discourse.extract.actors.ActorRegistry.resolve_description`)."""
        cache_key = (description, day)
        if cache_key in self._describe_cache:
            return self._describe_cache[cache_key]
        key = normalised(description)
        key = _LEADING_ARTICLE.sub("", key)
        actor = self._by_key.get(key)
        if actor is None:
            scored = []
            mentions = self._mentions.find(description, day)
            # the same scores as _match(cand, description, day, mentions) for each candidate
            for cand, fits in self._description_fits(description, mentions):
                score = best_fit(fits, day)
                if score is not None:
                    scored.append((score, cand))
            if scored:
                top = max(s for s, _ in scored)
                winners = [a for s, a in scored if s == top]
                actor = winners[0] if len(winners) == 1 else None
        return remember(self._describe_cache, cache_key, actor)

    # ---------------------------------------------------------------- an actor's phrases

    def _actor_candidates(self, actor: Actor) -> tuple[Candidate, ...]:
        cached = self._candidates.get(actor.name)
        if cached is not None:
            return cached
        out: list[Candidate] = []
        skip = _GENDERED_HEADS.get(actor.gender or "", frozenset())
        for text in actor.descriptors:
            ph = _phrase(text)
            if ph and ph.head not in skip:
                out.append(Candidate(ph, 2, None))
        for role in actor.roles:
            for text in (role.title, *role.descriptors):
                ph = _phrase(text)
                if ph and ph.head not in skip:
                    out.append(Candidate(ph, 2, role))
            if actor.kind == "person":
                out.append(Candidate(Phrase("official", frozenset({"official"})), 1, role))
        if actor.kind == "organisation":
            for voice in ORG_VOICES:
                ph = _phrase(voice)
                if ph:
                    out.append(Candidate(ph, 1, None))
        result = tuple(out)
        self._candidates[actor.name] = result
        return result

    def _modifiers(self, actor: Actor) -> frozenset[str]:
        """One-word country words a description may add about the actor ("lithuanian").

        The actor's own names are not among them: a name in a description is found as a
        mention and removed first (see :meth:`_match`), so "Department" in "the Treasury
        Department" cannot make "the press service of the State Department" fit the Treasury.
        """
        cached = self._modifier_cache.get(actor.country)
        if cached is None:
            cached = frozenset(
                p[0] for p in self._countries.get(actor.country or "", ()) if len(p) == 1
            )
            self._modifier_cache[actor.country] = cached  # one entry per country
        return cached

    def _without_country_phrases(self, actor: Actor, tokens: list[str]) -> list[str]:
        """Drop the actor's multi-word country phrases ("united states") from ``tokens``."""
        for phrase in self._countries.get(actor.country or "", ()):
            n = len(phrase)
            if n < 2 or phrase[0] not in tokens:  # (the usual case: nothing to drop)
                continue
            i = 0
            while i + n <= len(tokens):
                if tuple(tokens[i:i + n]) == phrase:
                    tokens = tokens[:i] + tokens[i + n:]
                else:
                    i += 1
        return tokens

    # ---------------------------------------------------------------- one actor

    def _match(
        self,
        actor: Actor,
        description: str,
        day: dt.date | None,
        mentions: Sequence[ActorMention] | None = None,
    ) -> tuple[int, int] | None:
        """Best (strength, -extra) with which ``description`` fits ``actor``; None if it does not.

        The description's own mentions of the actor are removed first ("Kremlin spokesman
        Dmitry Peskov" -> "Kremlin spokesman"). A descriptor or role phrase fits when it has the
        same head noun and every content word of the description is a word of the phrase or a
        country word of the actor (for "Lithuanian", "Baltic").
        Role phrases count only for roles held on ``day`` — or roles that had ended, when the
        description says "former"/"ex-".
        """
        # The result depends on the actor, the description and the day only (``mentions`` are
        # always the description's own), and the same descriptions recur across articles.
        key = (actor.name, description, day)
        if key in self._match_cache:
            return self._match_cache[key]
        return remember(self._match_cache, key,
                        self._match_uncached(actor, description, day, mentions))

    def _match_uncached(
        self,
        actor: Actor,
        description: str,
        day: dt.date | None,
        mentions: Sequence[ActorMention] | None,
    ) -> tuple[int, int] | None:
        if mentions is None:
            mentions = self._mentions.find(description, day)
        rest, removed = without_mentions_of(actor, description, mentions)
        return best_fit(self._fits(actor, rest, removed), day)

    def _fits(self, actor: Actor, rest: str, removed: bool) -> tuple[Fit, ...]:
        """The ways ``rest`` (a description less its mentions of ``actor``) fits ``actor``.

        Everything but the date: the same descriptions recur in articles of many different
        days, so this part is cached per text and :func:`best_fit` applies the date.
        """
        key = (actor.name, rest, removed)
        cached = self._fit_cache.get(key)
        if cached is None:
            cached = remember(self._fit_cache, key, self._fits_uncached(actor, rest, removed))
        return cached

    def _fits_uncached(self, actor: Actor, rest: str, removed: bool) -> tuple[Fit, ...]:
        if actor.kind == "person" and plural_head(rest):
            return ()  # "Officials said", «представители МИД»: several people, not one person
        tokens = self._without_country_phrases(actor, stemmed_tokens(rest))
        desc = phrase_of_tokens(tuple(tokens))
        if desc is None:
            # nothing left but the actor's name ("Kremlin spokesman Peskov" less "Peskov" has
            # words; "Peskov" alone has none): a date-free best fit
            has_words = any(t not in STOP and t not in PREPS for t in tokens)
            return (((3, 0), None, False),) if removed and not has_words else ()
        former = "former" in desc.words
        modifiers = self._modifiers(actor)
        # "A Turkish official said": somebody the article does not name, not the one person the
        # generic "official" would fit (an actor's own descriptor still fits: "a Kremlin spokesman")
        unnamed = actor.kind == "person" and _INDEFINITE.match(rest) is not None
        fits: list[Fit] = []
        for cand in self._candidates_by_head(actor).get(desc.head, ()):
            if unnamed and cand.strength == 1 or (cand.phrase.words & _LOWER_RANK) - desc.words:
                # (a deputy is not who "the governor" names, nor a vice president "the president")
                continue
            allowed = cand.phrase.words | modifiers
            if cand.role is None:
                if former and "former" not in cand.phrase.words:
                    continue
            elif former:
                allowed = allowed | {"former"}
            if not desc.words <= allowed:
                continue
            score = (cand.strength, -len(cand.phrase.words - desc.words))
            fits.append((score, cand.role, former))
        return tuple(fits)

    def _candidates_by_head(self, actor: Actor) -> dict[str, tuple[Candidate, ...]]:
        """:meth:`_actor_candidates` grouped by head noun (a description fits only its head's)."""
        cached = self._cands_by_head.get(actor.name)
        if cached is None:
            groups: dict[str, list[Candidate]] = {}
            for cand in self._actor_candidates(actor):
                groups.setdefault(cand.phrase.head, []).append(cand)
            cached = {head: tuple(cands) for head, cands in groups.items()}
            self._cands_by_head[actor.name] = cached
        return cached

    # ---------------------------------------------------------------- every actor

    def _description_fits(
        self, description: str, mentions: Sequence[ActorMention]
    ) -> tuple[tuple[Actor, tuple[Fit, ...]], ...]:
        """The actors ``description`` may fit on some date, with their fits, in registry order.

        :meth:`resolve` scores every actor of :meth:`_could_match` (often a hundred:
        "the head of ...", "officials"); the date only selects among fits, so the expensive
        part is done once per description (and its mentions) rather than once per date.
        """
        key = (description, tuple((m.start, m.end, m.actor.name) for m in mentions))
        cached = self._description_fit_cache.get(key)
        if cached is None:
            base, mentioned, codes = self._description_shape(description, mentions)
            found = []
            for actor in self._could_match_shaped(base, mentioned, codes):
                if (base is not None and actor.name not in mentioned
                        and actor.country not in codes
                        and not base.words <= self._head_words(actor, base.head)):
                    # This actor sees the description as written (nothing of it is removed),
                    # and a word of it is in none of the actor's phrases of that head: no
                    # phrase can fit, as :meth:`_fits_uncached` would find, one by one.
                    continue
                fits = self._fits(actor, *without_mentions_of(actor, description, mentions))
                if fits:
                    found.append((actor, fits))
            cached = self._description_fit_cache.remember(key, tuple(found))
        return cached

    def _head_words(self, actor: Actor, head: str) -> frozenset[str]:
        """Every word a description of head ``head`` may hold and still fit ``actor``: the words
        of the actor's phrases of that head, its country words and "former" (built once)."""
        key = (actor.name, head)
        words = self._head_words_cache.get(key)
        if words is None:
            words = frozenset().union(
                *(c.phrase.words for c in self._candidates_by_head(actor).get(head, ())),
                self._modifiers(actor), ("former",),
            )
            self._head_words_cache[key] = words  # at most one entry per actor and head
        return words

    def _actors_by_head(self) -> dict[str, frozenset[str]]:
        """Head noun -> names of the actors with a candidate phrase of that head (built once,
        or read from the store: the phrases of every actor cost 0.02 s of a run)."""
        if self._by_head is None:
            inputs = (tuple((a.name, a.kind, a.gender, a.descriptors,
                             tuple((r.title, r.descriptors) for r in a.roles))
                            for a in self._actors), morphology_version())
            index = stored("heads", inputs, self._heads)
            self._by_head = {head: frozenset(names) for head, names in index.items()}
        return self._by_head

    def _heads(self) -> dict[str, list[str]]:
        """:meth:`_actors_by_head` made from the actors' phrases, the names sorted."""
        index: dict[str, set[str]] = {}
        for actor in self._actors:
            for cand in self._actor_candidates(actor):
                index.setdefault(cand.phrase.head, set()).add(actor.name)
        return {head: sorted(names) for head, names in index.items()}

    def _could_match(
        self, description: str, mentions: Sequence[ActorMention]
    ) -> list[Actor]:
        """The actors :meth:`_match` may accept for ``description``, in registry order.

        :meth:`_match` needs the description's head noun to be the head of one of the actor's
        phrases. The head only depends on the actor when the description mentions the actor
        (the mention is removed) or holds a multi-word country phrase of the actor's country
        (removed too); for every other actor it is the head of the description as written, so
        actors without a phrase of that head are skipped without running :meth:`_match`.
        """
        return list(self._could_match_shaped(*self._description_shape(description, mentions)))

    def _description_shape(
        self, description: str, mentions: Sequence[ActorMention]
    ) -> tuple[Phrase | None, frozenset[str], frozenset[str]]:
        """What :meth:`_could_match` depends on: the phrase of the description as written, the
        names of the actors it mentions and the countries of its multi-word country phrases."""
        tokens = stemmed_tokens(description)
        base = phrase_of_tokens(tuple(tokens))
        mentioned = frozenset(m.actor.name for m in mentions)
        # countries with a multi-word phrase in the description: one pass over its tokens
        codes: set[str] = set()
        for i, tok in enumerate(tokens):
            for phrase, code in self._country_phrases_by_first.get(tok, ()):
                if tuple(tokens[i:i + len(phrase)]) == phrase:
                    codes.add(code)
        return base, mentioned, frozenset(codes)

    def _could_match_shaped(
        self, base: Phrase | None, mentioned: frozenset[str], codes: frozenset[str]
    ) -> tuple[Actor, ...]:
        """:meth:`_could_match` from :meth:`_description_shape`."""
        # The answer depends on these three only, and descriptions share heads ("officials",
        # "a senior official"): the registry is searched once per combination.
        key = (base.head if base is not None else None, mentioned, codes)
        cached = self._could_match_cache.get(key)
        if cached is None:
            names = set(self._actors_by_head().get(base.head, ())) if base is not None else set()
            names.update(mentioned)
            by_name, by_country = self._positions()
            positions = {i for name in names for i in by_name.get(name, ())}
            positions.update(i for code in codes for i in by_country.get(code, ()))
            cached = self._could_match_cache.remember(
                key, tuple(self._actors[i] for i in sorted(positions)))
        return cached

    def _positions(self) -> _Positions:
        """Positions in the registry's actors by actor name and by country (built once): a set
        of names and countries gives its actors in registry order without a scan of them all."""
        if self._positions_index is None:
            by_name: dict[str, list[int]] = {}
            by_country: dict[str | None, list[int]] = {}
            for i, actor in enumerate(self._actors):
                by_name.setdefault(actor.name, []).append(i)
                by_country.setdefault(actor.country, []).append(i)
            self._positions_index = (by_name, by_country)
        return self._positions_index
