"""Who is this name? Alias lookup with a strict fuzzy fallback.

Part of :mod:`discourse.extract.actors`: :class:`AliasLookup` holds the index of every actor's
normalised aliases and answers :meth:`discourse.extract.actors.ActorRegistry.lookup`; its fuzzy
match (:meth:`AliasLookup.fuzzy_tied`) also serves the mention finder
(:mod:`discourse.extract.actors.mentions`) for single misspelt words. It owns the caches of
lookups by name and of alias lists by length.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from typing import Final

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from discourse.extract.actors.cache import remember
from discourse.extract.actors.forms import CYRILLIC, name_forms, org_forms
from discourse.extract.actors.model import Actor
from discourse.extract.actors.names import ORG_VOICES, PREPS, normalise_name, normalised
from discourse.extract.actors.roles import in_office_or_none
from discourse.extract.actors.stored import morphology_version, stored

__all__ = ["TITLES", "AliasLookup", "gender_variant", "max_edits", "surnames_apart"]

# Honorifics and ranks dropped before a name in :meth:`ActorRegistry.lookup`.
TITLES: Final[frozenset[str]] = frozenset(
    """mr mrs ms miss mx madam madame mme dr prof professor sir dame lord lady his her excellency
    he h e hon honourable honorable president vice prime minister deputy first foreign chancellor
    secretary general sen senator rep representative gov governor ambassador king queen prince
    princess sheikh comrade chair chairman chairwoman chairperson premier leader mayor
    spokesman spokeswoman spokesperson state federal former ex acting the""".split()
)
_NAME_SUFFIXES: Final[frozenset[str]] = frozenset({"jr", "sr", "ii", "iii", "iv"})
_HANDLE: Final = re.compile(r"\(?@\w+\)?")


def max_edits(length: int) -> int:
    """Edits allowed in a fuzzy match: none below 8 characters, 1 up to 10, 2 from 11."""
    if length >= 11:
        return 2
    if length >= 8:
        return 1
    return 0


def surnames_apart(a: str, b: str) -> bool:
    """True when two names of as many words differ in a word by more than a typo or a
    transliteration: any edit in a word of up to four letters (an abbreviation: «МВД Украины» is
    not «МИД Украины»), more than one in a surname of up to seven letters ("Michael Pearce" is not
    "Michael Pence", two edits in a name of 13 letters), more than two in a longer one."""
    a_words, b_words = a.split(), b.split()
    if len(a_words) != len(b_words):
        a_words, b_words = a_words[-1:], b_words[-1:]
    for x, y in zip(a_words, b_words):
        if x == y:
            continue
        short = min(len(x), len(y))
        if short <= 4 or Levenshtein.distance(x, y) > (1 if short <= 7 else 2):
            return True
    return False


def gender_variant(a: str, b: str) -> bool:
    """True if two surnames differ as masculine/feminine Slavic forms (Peskov / Peskova)."""
    a_last, b_last = a.split()[-1], b.split()[-1]
    # Latin "a" and Cyrillic "а" (Пескова / Песков)
    return a_last != b_last and (a_last.endswith(("a", "а")) != b_last.endswith(("a", "а")))


def _alias_keys(actors: Sequence[Actor]) -> list[str]:
    """``normalise_name`` of every alias, names included, in the order of the actors and of
    their aliases; read from the store (keyed by the aliases) when a run made them before:
    normalising the registry's 1,965 aliases is 0.007 s of every start-up."""
    aliases = tuple(alias for actor in actors for alias in (actor.name, *actor.aliases))
    return stored("keys", aliases, lambda: [normalise_name(alias) for alias in aliases])


class AliasLookup:
    """The actors by normalised alias, and name lookup over them (exact, then fuzzy).

    Parameters
    ----------
    actors : sequence of Actor
        Aliases (including names) must be unique across actors after :func:`normalise_name`.
    countries : mapping of str to tuple of token tuples
        Country words per code as stemmed token sequences (see ``ActorRegistry.countries``):
        they may precede a person's name ("Russian Finance Minister Anton Siluanov").

    Attributes
    ----------
    by_key : dict of str to Actor
        Every normalised alias (names included) -> its actor.
    keys : list of str
        The aliases, sorted: what the fuzzy match of a name scores.
    person_tokens : list of str
        The one-word aliases of persons, sorted: what a single word of a text is scored against.
    vocabulary : frozenset of str
        Words that may precede a person's name in an appositive ("Finance Minister X").
    forms : dict of str to tuple of str
        Actor name -> the case forms of its Cyrillic aliases that are its own (see
        :func:`discourse.extract.actors.forms.name_forms` and ``org_forms``): ``Пескову``,
        ``В. Путина``, ``Кремля``. They are
        keys of ``by_key`` too, but not of ``keys`` (a form is matched exactly, never fuzzily).
        A form two actors share, or that is another actor's alias, names neither.
    """

    def __init__(
        self, actors: Sequence[Actor], countries: Mapping[str, tuple[tuple[str, ...], ...]]
    ) -> None:
        self.by_key: dict[str, Actor] = {}
        keys = iter(_alias_keys(actors))
        for actor in actors:
            for alias in (actor.name, *actor.aliases):
                key = next(keys)
                other = self.by_key.get(key)
                if other is not None and other.name != actor.name:
                    raise ValueError(
                        f"Alias {alias!r} of {actor.name!r} is also an alias of {other.name!r} "
                        f"(both normalise to {key!r})."
                    )
                self.by_key[key] = actor
        self.keys: list[str] = sorted(self.by_key)
        self.person_tokens: list[str] = sorted(
            k for k, a in self.by_key.items() if a.kind == "person" and " " not in k
        )
        self._actors = tuple(actors)
        self._forms: dict[str, tuple[str, ...]] | None = None
        self.vocabulary: frozenset[str] = self._build_vocabulary(actors, countries)
        self._lookup_cache: dict[tuple[str, dt.date | None], Actor | None] = {}
        self._lookup_free_cache: dict[str, tuple[Actor, ...]] = {}
        self._near_keys_cache: dict[tuple[bool, int, int], list[str]] = {}
        self._key_lengths: dict[bool, list[int]] = {}

    @property
    def forms(self) -> dict[str, tuple[str, ...]]:
        """The case forms by actor name (see the class notes), made and added to ``by_key`` the
        first time Cyrillic text is looked up or scanned: a corpus without Russian never
        loads the morphology."""
        if self._forms is None:
            self._forms = self._add_forms(self._actors)
        return self._forms

    def _add_forms(self, actors: Sequence[Actor]) -> dict[str, tuple[str, ...]]:
        """Add the case forms of the Cyrillic aliases to ``by_key`` (see ``forms``).

        Made once and kept on disk (:func:`discourse.extract.actors.stored.stored`, keyed by
        the actors' names, kinds and genders, the package's code and pymorphy3's version):
        pymorphy3 inflecting the registry's 1,200 Cyrillic aliases is 0.1 s of every run that
        meets a Cyrillic text.
        """
        inputs = (tuple((a.name, a.aliases, a.kind, a.gender) for a in actors),
                  morphology_version())
        out, added = stored("forms", inputs, lambda: self._make_forms(actors))
        by_name = {a.name: a for a in actors}
        for key, name in added:
            self.by_key[key] = by_name[name]
        return out

    def _make_forms(
        self, actors: Sequence[Actor]
    ) -> tuple[dict[str, tuple[str, ...]], list[tuple[str, str]]]:
        """The forms by actor name (see ``forms``), and the ``(key, actor name)`` pairs to add
        to ``by_key``, in order; ``by_key`` holds the aliases only."""
        owner: dict[str, str | None] = {}
        written: dict[str, list[str]] = {}
        for actor in actors:
            person = actor.kind == "person"
            for alias in (actor.name, *actor.aliases):
                forms = name_forms(alias, actor.gender) if person else org_forms(alias)
                for form in forms:
                    key = normalised(form)
                    if key in self.by_key:
                        continue  # an alias as written wins over a form
                    if owner.setdefault(key, actor.name) != actor.name:
                        owner[key] = None  # two actors' forms: ambiguous, names neither
                    written.setdefault(actor.name, []).append(form)
        added = [(key, name) for key, name in owner.items() if name is not None]
        out: dict[str, tuple[str, ...]] = {}
        for name, written_forms in written.items():
            out[name] = tuple(f for f in written_forms if owner.get(normalised(f)) == name)
        return out, added

    def clear_caches(self) -> None:
        """Forget the lookups of the names seen so far (the alias lists by length stay)."""
        self._lookup_cache.clear()
        self._lookup_free_cache.clear()

    @staticmethod
    def _build_vocabulary(
        actors: Sequence[Actor], countries: Mapping[str, tuple[tuple[str, ...], ...]]
    ) -> frozenset[str]:
        """Words that may precede a person's name in an appositive ("Finance Minister X")."""
        # Role titles and role phrases only: date-free descriptors include relations ("wife of
        # Valery Tsepkalo") that must not make "the wife of Putin" a way to write "Putin".
        words = set(TITLES)
        # Each distinct phrase once: the registry repeats titles ("President", "Minister of
        # Foreign Affairs") over its actors, 4,917 phrases of which 1,523 distinct (data/
        # actors.yaml, 2026-12): normalising each once saves 0.014 s of every run's start-up.
        # The words of those phrases are read from the store (keyed by the phrases) when a run
        # made them before: normalising 1,523 phrases is 0.006 s of every start-up.
        phrases = tuple(sorted({phrase for actor in actors for role in actor.roles
                                for phrase in (role.title, *role.descriptors)}))
        words.update(stored("vocabulary", phrases, lambda: sorted(
            {word for phrase in phrases for word in normalise_name(phrase).split()})))
        for country_phrases in countries.values():
            for phrase in country_phrases:
                words.update(phrase)
        for voice in ORG_VOICES:
            words.update(voice.split())
        return frozenset(words)

    def lookup(self, name: str, day: dt.date | None) -> Actor | None:
        """The actor ``name`` refers to on ``day`` (see
        :meth:`discourse.extract.actors.ActorRegistry.lookup`); cached per name and day."""
        cache_key = (name, day)
        if cache_key in self._lookup_cache:
            return self._lookup_cache[cache_key]
        if self._forms is None and CYRILLIC.search(name):
            self.forms  # noqa: B018 - the case forms are keys from now on
        result = in_office_or_none(self._lookup_candidates(name), day)
        return remember(self._lookup_cache, cache_key, result)

    def _name_variants(self, name: str) -> list[str]:
        """Normalised forms of ``name`` to try, most literal first."""
        # "Linas Linkevicius (@LinkeviciusL)": drop the handle unless it is all there is
        without_handle = _HANDLE.sub(" ", name)
        if without_handle.strip():
            name = without_handle
        tokens = normalised(name).split()
        while len(tokens) > 1 and tokens[-1] in _NAME_SUFFIXES:
            tokens = tokens[:-1]
        variants = [" ".join(tokens)]
        for i in range(1, len(tokens)):
            # an appositive ("Finance Minister Anton Siluanov"), not a complement ("aide of X")
            if tokens[i - 1] not in PREPS and all(t in self.vocabulary for t in tokens[:i]):
                variants.append(" ".join(tokens[i:]))
        return [v for v in variants if v]

    def _lookup_candidates(self, name: str) -> tuple[Actor, ...]:
        """The actors ``name`` may refer to before the date breaks a tie (see :meth:`lookup`).

        Cached per name: the date only chooses among fuzzy candidates, and the same names
        appear in articles of many days (the answer for a name and a day is cached in
        :meth:`lookup`).
        """
        cached = self._lookup_free_cache.get(name)
        if cached is None:
            cached = remember(self._lookup_free_cache, name,
                              self._lookup_candidates_uncached(name))
        return cached

    def _lookup_candidates_uncached(self, name: str) -> tuple[Actor, ...]:
        variants = self._name_variants(name)
        if not variants:
            return ()
        exact = self.by_key.get(variants[0])
        if exact is not None:
            return (exact,)
        # After stripping words before the name, only a person may be found: "head of the
        # Russian Foreign Ministry" is Lavrov, not the ministry, so organisations need the
        # full name (a leading "the" aside).
        for variant in variants[1:]:
            actor = self.by_key.get(variant)
            if actor is not None and (
                actor.kind == "person" or variants[0] == f"the {variant}"
            ):
                return (actor,)
        return self.fuzzy_tied(variants, self.keys, persons_after_first=True)

    def fuzzy_tied(
        self,
        variants: Sequence[str],
        keys: Sequence[str],
        *,
        persons_after_first: bool = False,
    ) -> tuple[Actor, ...]:
        """The actors closest by edit distance over ``keys``, sorted by name; () when none is close.

        With ``persons_after_first``, variants after the first (name with words stripped in
        front) may only find persons, as in :meth:`lookup`. Several actors are a tie, which
        :func:`discourse.extract.actors.roles.in_office_or_none` breaks by the date; the rest
        does not depend on the date, so callers cache it per name rather than per name and date.
        """
        best: dict[str, tuple[int, Actor]] = {}
        for n, query in enumerate(variants):
            limit = max_edits(len(query))
            if limit == 0:
                continue
            near = self._near_keys(keys, len(query), limit)
            for key, dist, _ in process.extract(
                query, near, scorer=Levenshtein.distance, score_cutoff=limit, limit=20
            ):
                if dist > max_edits(len(key)) or gender_variant(query, key) or surnames_apart(
                        query, key):
                    continue
                actor = self.by_key[key]
                if persons_after_first and n > 0 and actor.kind != "person":
                    continue
                if actor.name not in best or dist < best[actor.name][0]:
                    best[actor.name] = (dist, actor)
        if not best:
            return ()
        top = min(d for d, _ in best.values())
        return tuple(sorted((a for d, a in best.values() if d == top), key=lambda a: a.name))

    def _near_keys(self, keys: Sequence[str], length: int, limit: int) -> Sequence[str]:
        """The ``keys`` within ``limit`` characters of ``length``, in their order.

        No key of another length can be within ``limit`` edits, so the fuzzy match need not
        score it: about a third of the aliases remain for a typical name. The order is kept,
        so that :func:`process.extract` breaks ties between equal distances as over all keys.
        """
        if keys is self.keys:
            persons = False
        elif keys is self.person_tokens:
            persons = True
        else:
            return [k for k in keys if abs(len(k) - length) <= limit]
        cache_key = (persons, length, limit)
        near = self._near_keys_cache.get(cache_key)
        if near is None:
            lengths = self._key_lengths.get(persons)
            if lengths is None:  # measured once per list, not once per length asked
                lengths = self._key_lengths[persons] = [len(k) for k in keys]
            lo, hi = length - limit, length + limit
            near = remember(self._near_keys_cache, cache_key,
                            [k for k, n in zip(keys, lengths, strict=True) if lo <= n <= hi])
        return near
