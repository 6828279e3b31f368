"""The actor registry: one object that answers every question about actors, on a date.

:class:`ActorRegistry` is what :func:`discourse.extract.actors.load_actors` returns and what
speaker attribution (:mod:`discourse.extract.speakers`) asks. It composes one part per job, each
a plain object it holds as an attribute and each with its own caches:

- *who is this name?* :meth:`~ActorRegistry.lookup`: ``alias_lookup``
  (:mod:`~discourse.extract.actors.lookup`);
- *who is mentioned here?* :meth:`~ActorRegistry.find_mentions`: ``mention_finder``
  (:mod:`~discourse.extract.actors.mentions`);
- *can this description refer to that actor?* :meth:`~ActorRegistry.compatible`,
  :meth:`~ActorRegistry.resolve_description`: ``description_matcher``
  (:mod:`~discourse.extract.actors.descriptions`);
- *which camp on that date?* :meth:`~ActorRegistry.camp_of`: functions of
  :mod:`~discourse.extract.actors.roles` (an actor carries its roles: no state);
- *is this a medium?* :meth:`~ActorRegistry.is_medium`: ``media_matcher``
  (:mod:`~discourse.extract.actors.media`);
- *where does a text name a country?* :meth:`~ActorRegistry.country_mentions`:
  ``country_finder`` (:mod:`~discourse.extract.actors.countries`).

The registry reads the ``on=`` date once per question and hands the parts a ``date`` or None.
"""

from __future__ import annotations

from collections.abc import Sequence

from discourse.extract.actors.countries import CountryFinder
from discourse.extract.actors.descriptions import DescriptionMatcher
from discourse.extract.actors.lookup import AliasLookup
from discourse.extract.actors.media import MediaMatcher
from discourse.extract.actors.mentions import MentionFinder
from discourse.extract.actors.model import Actor, ActorMention, DateLike, Role
from discourse.extract.actors.names import ORG_VOICES, know_registry_words, stemmed_tokens
from discourse.extract.actors.roles import active_roles as roles_held_on
from discourse.extract.actors.roles import as_date
from discourse.extract.actors.roles import camp_of as camp_on

__all__ = ["ActorRegistry"]


class ActorRegistry:
    """Actors and media outlets, with name lookup, mention finding and camp by date.

    Parameters
    ----------
    actors : sequence of Actor
        Aliases (including names) must be unique across actors after :func:`normalise_name`.
    media : sequence of str, default=()
        Canonical names of outlets and platforms that carry speech but are not speakers.
    media_aliases : mapping of str to sequence of str, default=None
        Other spellings of each medium ("RIA" for "RIA Novosti").
    countries : mapping of str to sequence of str, default=None
        For each ISO3 code, lower-case words that mark an actor of that country in a
        description ("russian", "russia", "moscow").

    Attributes
    ----------
    alias_lookup : discourse.extract.actors.lookup.AliasLookup
        The alias index and the fuzzy match (:meth:`lookup`).
    mention_finder : discourse.extract.actors.mentions.MentionFinder
        The alias regex and its caches (:meth:`find_mentions`, :meth:`find_mentions_in`).
    description_matcher : discourse.extract.actors.descriptions.DescriptionMatcher
        Role descriptions (:meth:`compatible`, :meth:`describes_any`,
        :meth:`resolve_description`).
    media_matcher : discourse.extract.actors.media.MediaMatcher
        Media names (:meth:`is_medium`).

    Notes
    -----
    Build it with :func:`load_actors`. The mention regex and the lookup caches are built on
    first use and kept for the life of the registry.
    """

    def __init__(
        self,
        actors: Sequence[Actor],
        media: Sequence[str] = (),
        *,
        media_aliases: dict[str, Sequence[str]] | None = None,
        countries: dict[str, Sequence[str]] | None = None,
    ) -> None:
        self.actors: tuple[Actor, ...] = tuple(actors)
        self.media: tuple[str, ...] = tuple(media)
        # the lemmas of the registry's Russian words, from the store when a run made them
        know_registry_words([
            *(w for words in (countries or {}).values() for w in words), *ORG_VOICES,
            *(text for actor in self.actors for text in actor.descriptors),
            *(text for actor in self.actors for role in actor.roles
              for text in (role.title, *role.descriptors)),
        ])
        # Country words as token sequences: one-word ones ("lithuanian") may be added to a
        # description freely; longer ones ("united states") are removed as a whole, so their
        # parts ("state") never count on their own.
        self.countries: dict[str, tuple[tuple[str, ...], ...]] = {
            code: tuple(dict.fromkeys(tuple(stemmed_tokens(w)) for w in words
                                      if stemmed_tokens(w)))
            for code, words in (countries or {}).items()
        }
        self.country_finder = CountryFinder(countries or {})
        self.alias_lookup = AliasLookup(self.actors, self.countries)
        self.media_matcher = MediaMatcher(self.media, media_aliases)
        self.mention_finder = MentionFinder(self.actors, self.alias_lookup)
        self.description_matcher = DescriptionMatcher(
            self.actors, self.countries, self.alias_lookup, self.mention_finder
        )

    def clear_caches(self) -> None:
        """Forget what was memoised about the texts seen so far; results never depend on it.

        The caches of mentions, lookups and description matches fill with the corpus's names and
        phrases. Streaming a large corpus, the pipeline clears them between chunks, so that they
        hold one chunk's names at most and memory does not grow with the corpus (the next chunk
        refills them: names repeat far more within a chunk than across chunks).
        """
        self.alias_lookup.clear_caches()
        self.mention_finder.clear_caches()
        self.description_matcher.clear_caches()
        self.media_matcher.clear_caches()

    def __repr__(self) -> str:
        return f"ActorRegistry({len(self.actors)} actors, {len(self.media)} media)"

    def __len__(self) -> int:
        return len(self.actors)

    # ---------------------------------------------------------------- lookup

    def lookup(self, name: str, *, on: DateLike = None) -> Actor | None:
        """Find the actor a name refers to.

        Tried in order: the normalised name as an alias (case, diacritics, punctuation and a
        possessive ``'s`` ignored: "Linkevicius" = "Linkevičius"); the same without leading
        titles and role words and without "Jr."-type suffixes or Twitter handles ("Mr. Putin",
        "Russian Finance Minister Anton Siluanov", "Joseph R. Biden, Jr"); finally a fuzzy match
        on the Levenshtein distance (at most 1 edit for aliases of 8-10 characters, 2 from 11,
        none for shorter ones; a masculine/feminine surname pair such as Peskov / Peskova never
        matches) for transliteration variants ("Tihanovskaya").

        Parameters
        ----------
        name : str
            A name as written.
        on : date or 'YYYY-MM-DD' or None, default=None
            Date of the text; breaks ties between fuzzy candidates in favour of the one in
            office on that date.

        Returns
        -------
        Actor or None
            None when the name is unknown, or when the fuzzy match is ambiguous.
        """
        return self.alias_lookup.lookup(name, as_date(on))

    # ---------------------------------------------------------------- mentions

    def find_mentions(self, text: str, *, on: DateLike = None) -> list[ActorMention]:
        """Every occurrence of an actor's name or alias in ``text``.

        One scan with the alias regex (built once per registry; see
        :func:`discourse.extract.actors.mentions.alias_matches`) over a folded copy of the text
        of the same length, so offsets point into ``text`` as given. Matches respect word
        boundaries (a hyphen binds: "Kremlin-backed", "Kornhauser-Duda" are no mentions); at
        each position the longest alias wins and matches never overlap.
        Capitalisation must agree with the alias for persons ("Truss", not "truss"). Then each
        capitalised word of 8+ letters not yet matched is compared with single-word person
        aliases by :meth:`lookup`'s fuzzy rule ("Tikhanovskya" -> Svetlana Tikhanovskaya).

        Parameters
        ----------
        text : str
        on : date or 'YYYY-MM-DD' or None, default=None
            Date of the text; breaks ties between fuzzy candidates (see :meth:`lookup`).

        Returns
        -------
        list of ActorMention
            Sorted by ``start``; ``mention.text == text[mention.start:mention.end]``.
        """
        return self.mention_finder.find(text, as_date(on))

    def find_mentions_in(
        self, text: str, start: int, end: int, *, on: DateLike = None
    ) -> list[ActorMention]:
        """``[m for m in self.find_mentions(text, on=on) if start <= m.start < end]``, scanning
        little more of ``text`` than that span (see
        :func:`discourse.extract.actors.mentions.scan_span`). Not cached: for articles, read a
        part at a time.
        """
        return self.mention_finder.find_in(text, start, end, as_date(on))

    def country_mentions(self, text: str) -> list[tuple[int, str]]:
        """``(offset, country code)`` of every word naming a country in ``text``, in order.

        The words of the registry's ``countries`` that belong to one country only, written
        capitalised or in capitals ("Russia", "Belarusian", "Kyiv", "US"). Speaker attribution
        reads them as evidence: a description ("police") reaches a country's institution only
        in an article that names the country.
        """
        return self.country_finder.mentions(text)

    # ---------------------------------------------------------------- camps

    def active_roles(self, actor: Actor, *, on: DateLike = None) -> tuple[Role, ...]:
        """Roles of ``actor`` held on ``on`` (all roles when ``on`` is None), latest start first."""
        return roles_held_on(actor, as_date(on))

    def camp_of(self, actor: Actor, *, on: DateLike = None) -> str:
        """Camp of ``actor`` on a date.

        The camp of the role held on ``on`` (the most recently started one when several are
        held), else ``actor.camp``. With no date (an undated article) the camp of the actor's most
        recent role is used: a foreign minister quoted in an undated article most likely speaks in
        that office, while ``actor.camp`` describes the person out of office.
        """
        return camp_on(actor, as_date(on))

    # ---------------------------------------------------------------- descriptions

    def compatible(self, actor: Actor, description: str, *, on: DateLike = None) -> bool:
        """Can a role description refer to ``actor`` (on a date)?

        Compares the description's head noun and content words with the actor's descriptors
        and the titles and descriptors of its roles held on ``on`` (all roles when ``on`` is
        None; ended roles when the description says "former"). Country words of the actor
        ("Lithuanian", "Baltic republic") may be added freely, and the actor's own name is
        removed first ("the Kremlin spokesman Dmitry Peskov").
        Organisations can also be referred to by their voices ("the press service of the State
        Department", "a Kremlin spokesman"), persons holding a role as "the official".

        Examples
        --------
        "the Lithuanian diplomat" fits Linas Linkevičius in 2020 (foreign minister, Lithuanian)
        but not Vladimir Putin; "the Russian President" fits Putin but not his press secretary.
        """
        return self.description_matcher.compatible(actor, description, as_date(on))

    def describes_any(self, description: str, *, on: DateLike = None) -> bool:
        """False when :meth:`compatible` is False for every actor of the registry on ``on``.

        A necessary condition, cheap to test (no actor has a phrase with the description's head
        noun, is named in it or has a country phrase in it): a caller about to test many actors
        can skip them all.
        """
        return self.description_matcher.describes_any(description, as_date(on))

    def resolve_description(self, description: str, *, on: DateLike = None) -> Actor | None:
        """The one actor a description identifies on its own on a date, else None.

        A description that is a name or alias ("the Central Election Commission") gives that
        actor. Otherwise every actor the description is :meth:`compatible` with is ranked:
        own descriptors and roles before generic voices ("the Kremlin spokesman" is Peskov, not
        the Kremlin), then the closest phrase (fewest words the description leaves out: "the
        Belarusian leader" is the president, not the "opposition leader"). A unique best is
        returned; ties and no match give None ("the minister").
        """
        return self.description_matcher.resolve(description, as_date(on))

    # ---------------------------------------------------------------- media

    def is_medium(self, name: str) -> bool:
        """True if ``name`` is a news outlet or platform that carries speech ("TV channel Russia 1").

        Leading and trailing type words ("TV channel", "news agency", "newspaper", "his Telegram
        channel") and possessives are ignored.
        """
        return self.media_matcher.is_medium(name)

