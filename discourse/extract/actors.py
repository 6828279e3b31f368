"""The actor registry: mention -> canonical actor -> camp, aware of dates.

``data/actors.yaml`` lists the people and organisations that speak in the news we analyse, with
their spellings, the roles they held (and when), and the phrases that can refer to them ("the
Kremlin spokesman", "the head of the Ministry of Finance"). :func:`load_actors` reads and
validates it into an :class:`ActorRegistry`, which answers four questions:

- *who is this name?* :meth:`ActorRegistry.lookup` — case-, diacritics-, punctuation- and
  title-insensitive alias match ("Mr. Putin", "Linkevicius"), then a strict fuzzy match for
  transliteration variants ("Tihanovskaya");
- *who is mentioned in this text?* :meth:`ActorRegistry.find_mentions` — one compiled regex over
  the text (built once per registry), longest match wins, offsets into the text as given;
- *can this description refer to that actor?* :meth:`ActorRegistry.compatible` and
  :meth:`ActorRegistry.resolve_description` — head-noun matching of role descriptions;
- *which camp does the actor speak for on that date?* :meth:`ActorRegistry.camp_of`.

:func:`resolve_actors` applies the registry to a statements table (speeches with a known speaker).

Role dates follow the usual convention of reference works: ``start`` is the first day in office
and ``end`` the day the successor took over, so a role is active on ``start <= day < end``.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

import pandas as pd
import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
from pydantic_core import PydanticCustomError
from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from discourse.core import paths
from discourse.core.schema import CAMPS
from discourse.core.yamlio import load_yaml
from discourse.text import trie_pattern

__all__ = [
    "Actor",
    "ActorMention",
    "ActorRegistry",
    "Role",
    "load_actors",
    "normalise_name",
    "resolve_actors",
]

KINDS_OF_ACTOR: tuple[str, ...] = ("person", "organisation")
GENDERS: tuple[str, ...] = ("female", "male")
MEDIA_TYPES: tuple[str, ...] = (
    "news_agency", "tv", "radio", "newspaper", "magazine", "online", "social_media",
)

DateLike = dt.date | str | None


# --------------------------------------------------------------------------------------------
# Public data classes (the contract shared with the speaker-attribution stage)
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Role:
    """A position an actor held, with the camp it speaks for and the phrases naming its holder."""

    title: str
    camp: str
    start: dt.date | None
    end: dt.date | None
    descriptors: tuple[str, ...]

    def active_on(self, day: dt.date) -> bool:
        """True if the role was held on ``day`` (``start <= day < end``; open ends always hold)."""
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)

    def ended_before(self, day: dt.date) -> bool:
        """True if the role had ended on or before ``day``."""
        return self.end is not None and self.end <= day


@dataclass(frozen=True)
class Actor:
    """A canonical speaker: a person or an organisation."""

    name: str
    kind: str
    gender: str | None
    aliases: tuple[str, ...]
    camp: str
    country: str | None
    roles: tuple[Role, ...]
    descriptors: tuple[str, ...]

    def __repr__(self) -> str:
        return f"Actor({self.name!r}, {self.kind}, {self.camp})"


@dataclass(frozen=True)
class ActorMention:
    """An occurrence of an actor's name in a text: ``text == source[start:end]``."""

    start: int
    end: int
    text: str
    actor: Actor


# --------------------------------------------------------------------------------------------
# Normalisation
# --------------------------------------------------------------------------------------------


def _build_fold_table() -> dict[int, str]:
    """One-character-for-one-character folding table, so offsets survive folding.

    Latin letters with diacritics lose them (``č`` -> ``c``), letters that Unicode does not
    decompose get an explicit base letter (``ł`` -> ``l``), typographic dashes, apostrophes and
    spaces become their ASCII forms. Every value is a single character: ``len`` never changes.
    """
    table: dict[int, str] = {}
    for cp in range(0xC0, 0x250):
        ch = chr(cp)
        base = "".join(
            c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c)
        )
        if len(base) == 1 and base != ch:
            table[cp] = base
    extra = {
        "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ħ": "h", "Ħ": "H",
        "ı": "i", "ŀ": "l", "Ŀ": "L", "ŧ": "t", "Ŧ": "T",
    }
    for src, dst in extra.items():
        table[ord(src)] = dst
    for ch in "\u2010\u2011\u2212":
        table[ord(ch)] = "-"
    # En and em dashes separate words ("Putin\u2014who"), unlike the hyphen of "Kornhauser-Duda"
    for ch in "\u2012\u2013\u2014\u2015":
        table[ord(ch)] = " "
    for ch in "\u2018\u2019\u02bc\u2032\u00b4`":
        table[ord(ch)] = "'"
    for ch in "\u00a0\u2007\u2009\u200a\u202f\t":
        table[ord(ch)] = " "
    return table


_FOLD_TABLE = _build_fold_table()
# The characters the table changes, as one class: ``str.translate`` looks every character up in
# the table, while a substitution over this class touches only the few that fold (a news text
# is mostly ASCII with some curly quotes and dashes).
_FOLD_CHARS = re.compile("[" + "".join(re.escape(chr(cp)) for cp in sorted(_FOLD_TABLE)) + "]")
_POSSESSIVE = re.compile(r"(?<=\w)'s\b|(?<=s)'(?!\w)")
_NON_WORD = re.compile(r"[\W_]+")


def _fold_char(m: re.Match[str]) -> str:
    return _FOLD_TABLE[ord(m.group())]


def _fold(text: str) -> str:
    """Fold diacritics and typographic punctuation, keeping the length of ``text``."""
    if text.isascii():
        # only the tab and the backtick fold among ASCII characters
        return text.replace("\t", " ").replace("`", "'")
    return _FOLD_CHARS.sub(_fold_char, text)


def _lower_same_length(text: str) -> str:
    """Lower-case ``text`` without changing its length (a few letters lower to two characters)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def normalise_name(name: str) -> str:
    """Normalise a name for comparison: no diacritics, case, dots, apostrophes or possessives.

    Hyphens, commas, brackets and other punctuation become single spaces.

    >>> normalise_name("Linas Linkevičius")
    'linas linkevicius'
    >>> normalise_name("U.S. Department of State")
    'us department of state'
    >>> normalise_name("Frank-Walter  Steinmeier's")
    'frank walter steinmeier'
    """
    text = _fold(name)
    if not text.isascii():  # ASCII has no decompositions and no combining marks
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    text = _POSSESSIVE.sub("", text.casefold())
    text = text.replace(".", "").replace("'", "")
    return " ".join(_NON_WORD.sub(" ", text).split())


# Mentions and descriptions are normalised by several steps of attribution (is it a medium, an
# alias, a description?): each distinct text once. Registry building calls normalise_name itself.
_normalised = lru_cache(maxsize=1 << 14)(normalise_name)


@lru_cache(maxsize=4096)
def _date_of_text(text: str) -> dt.date | None:
    """The date an ISO string names (None when blank); ValueError when it names none.

    Cached: every registry call of an article passes the same date string, and a corpus has
    a few thousand distinct days at most. Exceptions are not cached, so a bad date raises
    on every call as before.
    """
    text = text.strip()
    if not text:
        return None
    return dt.date.fromisoformat(text[:10])


def _as_date(on: Any) -> dt.date | None:
    """Read ``on`` as a date: a date, a datetime/Timestamp, an ISO string, or None/NaN/''."""
    if type(on) is str:  # the usual case (article dates), answered from a small cache
        try:
            return _date_of_text(on)
        except ValueError:
            pass
        raise ValueError(
            f"Date {on!r} is not understood; expected a date, a 'YYYY-MM-DD' string or None."
        )
    if on is None or on is pd.NaT:
        return None
    if isinstance(on, pd.Timestamp):
        return None if pd.isna(on) else on.date()
    if isinstance(on, dt.datetime):
        return on.date()
    if isinstance(on, dt.date):
        return on
    if isinstance(on, float) and on != on:  # NaN from a pandas column
        return None
    if isinstance(on, str):
        text = on.strip()
        if not text:
            return None
        try:
            return dt.date.fromisoformat(text[:10])
        except ValueError:
            pass
    raise ValueError(
        f"Date {on!r} is not understood; expected a date, a 'YYYY-MM-DD' string or None."
    )


# --------------------------------------------------------------------------------------------
# Description analysis (head noun + content words)
# --------------------------------------------------------------------------------------------

# Words that carry no meaning for matching a role description.
_STOP: frozenset[str] = frozenset(
    """the a an and his her its their our my your this that these those current incumbent
    then now newly also who which whose one some any""".split()
)
# Prepositions that close the pre-head part of a noun phrase: "head OF the ministry".
_PREPS: frozenset[str] = frozenset("of for at in from to with on to within under".split())
# Generic heads by which an organisation can speak ("the press service of the State Department").
ORG_VOICES: tuple[str, ...] = (
    "press service", "press office", "press centre", "press center", "press secretary",
    "spokesman", "spokeswoman", "spokesperson", "spokespeople", "representative",
    "representatives", "statement", "source", "sources", "website", "official",
    "officials", "communique", "office", "press release", "account",
)
# Honorifics and ranks dropped before a name in :meth:`ActorRegistry.lookup`.
TITLES: frozenset[str] = frozenset(
    """mr mrs ms miss mx madam madame mme dr prof professor sir dame lord lady his her excellency
    he h e hon honourable honorable president vice prime minister deputy first foreign chancellor
    secretary general sen senator rep representative gov governor ambassador king queen prince
    princess sheikh comrade chair chairman chairwoman chairperson premier leader mayor
    spokesman spokeswoman spokesperson state federal former ex acting the""".split()
)
_NAME_SUFFIXES: frozenset[str] = frozenset({"jr", "sr", "ii", "iii", "iv"})
_HANDLE = re.compile(r"\(?@\w+\)?")
# Marks a cache miss where None is a cached answer.
_UNSEEN: Any = object()
# Texts up to this length (mentions, descriptions) have their mentions cached per registry.
_SHORT_TEXT = 300


def _stem(token: str) -> str:
    """Crude plural folding so that "leaders" matches "leader" and "ministries" "ministry"."""
    if len(token) > 4 and token.endswith("ies"):
        return token[:-3] + "y"
    if len(token) > 3 and token.endswith("s") and not token.endswith(("ss", "us", "is")):
        return token[:-1]
    return token


def _tokens(text: str) -> list[str]:
    """Normalised, stemmed tokens; "ex" and "former" are one word."""
    return list(_tokens_cached(text))


# Entries per cache (registry lookups, mentions of short texts, description matches). Caches help
# within an article and a chunk; a bound keeps memory flat over a corpus of any size.
_CACHE_LIMIT = 20_000

_K = TypeVar("_K")
_V = TypeVar("_V")


def _remember(cache: dict[_K, _V], key: _K, value: _V) -> _V:
    """Store ``value`` under ``key`` and return it; a full cache (``_CACHE_LIMIT`` entries) is
    emptied first, so memory stays bounded however large the corpus."""
    if len(cache) > _CACHE_LIMIT:
        cache.clear()
    cache[key] = value
    return value


class _ActorsCache(dict):
    """A cache whose values are tuples of actors, bounded by the actors it holds.

    One entry may hold the whole registry ("officials" fits a hundred actors), so the bound
    counts the actors held plus one per entry, not the entries; a full cache is emptied.
    """

    def __init__(self) -> None:
        super().__init__()
        self.held = 0

    def remember(self, key: Any, value: tuple) -> tuple:
        """Store ``value`` under ``key`` and return it (emptying a full cache first)."""
        if self.held + len(value) + 1 > _CACHE_LIMIT:
            self.clear()
        self.held += len(value) + 1
        self[key] = value
        return value

    def clear(self) -> None:
        super().clear()
        self.held = 0


@lru_cache(maxsize=8192)
def _tokens_cached(text: str) -> tuple[str, ...]:
    out = []
    for tok in _normalised(text).split():
        tok = _stem(tok)
        out.append("former" if tok == "ex" else tok)
    return tuple(out)


@dataclass(frozen=True)
class _Phrase:
    head: str
    words: frozenset[str]


def _phrase(text: str) -> _Phrase | None:
    """Head noun and content words of a noun phrase ("the head of the Ministry of Finance")."""
    return _phrase_of_tokens(tuple(_tokens(text)))


@lru_cache(maxsize=8192)
def _phrase_of_tokens(toks: tuple[str, ...]) -> _Phrase | None:
    cut = next((i for i, t in enumerate(toks) if t in _PREPS and i > 0), len(toks))
    pre = [t for t in toks[:cut] if t not in _STOP and t not in _PREPS]
    if not pre:
        return None
    words = frozenset(t for t in toks if t not in _STOP and t not in _PREPS)
    return _Phrase(head=pre[-1], words=words)


# Heads that cannot refer to an actor of the given gender ("the spokeswoman" is not Peskov).
# "spokesman" and "chairman" stay open to women: translations use them for both.
_GENDERED_HEADS: dict[str, frozenset[str]] = {
    "male": frozenset({"spokeswoman", "chairwoman", "woman", "congresswoman", "stateswoman"}),
    "female": frozenset({"man", "congressman", "statesman", "businessman"}),
}


@dataclass(frozen=True)
class _Candidate:
    phrase: _Phrase
    strength: int  # 2: the actor's own descriptor or role; 1: a generic voice/"official"
    role: Role | None  # None: a date-free descriptor


# Positions of the actors in the registry by name and by country (see ActorRegistry._positions).
_Positions = tuple[dict[str, list[int]], dict[str | None, list[int]]]

# One way a description fits an actor, before the date is known: the score, the role the fit
# relies on (None: a date-free descriptor) and whether the description says "former" (then the
# role must have ended by the date; otherwise it must be held on the date).
_Fit = tuple[tuple[int, int], Role | None, bool]


def _best_fit(fits: Sequence[_Fit], day: dt.date | None) -> tuple[int, int] | None:
    """The best score among ``fits`` whose role fits ``day`` (every role when ``day`` is None)."""
    best = None
    for score, role, former in fits:
        if role is not None and day is not None:
            if not (role.ended_before(day) if former else role.active_on(day)):
                continue
        if best is None or score > best:
            best = score
    return best


def _without_mentions_of(
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
# Regex over all aliases (built once per registry)
# --------------------------------------------------------------------------------------------

_SEP, _DOT, _APOS = "[\\s\\-]+", "\\.?", "'?"
# Words long enough for a fuzzy match, with the same boundaries as the alias regex.
_LONG_WORD = re.compile(r"(?<![\w-])[^\W\d_]{8,}(?![\w]|-\w)")


def _upper_letter_class() -> str:
    """A regex class of the upper-case letters of the Basic Multilingual Plane."""
    letter = re.compile(r"[^\W\d_]")
    ranges: list[list[int]] = []
    for cp in range(0x10000):
        ch = chr(cp)
        if ch.isupper() and letter.match(ch):
            if ranges and ranges[-1][1] == cp - 1:
                ranges[-1][1] = cp
            else:
                ranges.append([cp, cp])
    return "[" + "".join(re.escape(chr(a)) + ("-" + re.escape(chr(b)) if b > a else "")
                         for a, b in ranges) + "]"


# The same words, capitalised only: only those can be fuzzy name matches, and most long words
# are lower-case, so the regex skips them without a Python-level test each. The pattern starts
# with the capital itself rather than with the lookbehind: a pattern opening with a character
# class lets the regex engine jump from capital to capital instead of trying every position
# (three times faster). The lookbehind, now one character later, checks the character before
# the capital; at the start of the text it cannot look back two characters and so holds, as
# the original lookbehind does there.
_LONG_CAP_WORD = re.compile(
    _upper_letter_class() + r"(?<![\w-][\s\S])[^\W\d_]{7,}(?![\w]|-\w)"
)
# The characters _fold changes, and those outside the Basic Multilingual Plane (where the
# capital class above is incomplete): one scan folds a text and tells whether it has any.
_FOLD_OR_ASTRAL = re.compile(_FOLD_CHARS.pattern[:-1] + "\U00010000-\U0010ffff]")


def _fold_noting_astral(text: str) -> tuple[str, bool]:
    """``_fold(text)``, and whether ``text`` has a character outside the BMP."""
    if text.isascii():
        return _fold(text), False
    astral = False

    def fold_char(m: re.Match[str]) -> str:
        nonlocal astral
        ch = m.group()
        if ch > "\uffff":
            astral = True
            return ch
        return _FOLD_TABLE[ord(ch)]

    return _FOLD_OR_ASTRAL.sub(fold_char, text), astral


def _pattern_elements(alias: str) -> tuple[str, ...]:
    """Regex elements matching ``alias`` in folded, lower-cased text.

    Letters and digits match themselves, dots and apostrophes are optional ("U.S." = "US"),
    and any run of spaces, hyphens or other punctuation matches spaces or hyphens
    ("Frank-Walter" = "Frank Walter").
    """
    elems: list[str] = []
    for ch in _lower_same_length(_fold(alias)).strip():
        if ch.isalnum():
            elems.append(ch)  # re.escape leaves letters and digits as they are
        elif ch == ".":
            elems.append(_DOT)
        elif ch == "'":
            elems.append(_APOS)
        elif ch == "@":
            elems.append("@")
        elif elems and elems[-1] != _SEP:
            elems.append(_SEP)
    while elems and elems[-1] == _SEP:
        elems.pop()
    return tuple(elems)


def _alias_matches(
    regexes: tuple[re.Pattern[str], re.Pattern[str]], lowered: str
) -> Iterator[tuple[int, int, str]]:
    r"""``(start, end, text)`` of each alias match in ``lowered``, as ``finditer`` would give them
    for ``(?<![\w-])(?:aliases)(?![\w]|-\w)``: left to right, leftmost first, no overlaps.

    Python's regex engine tries a pattern that opens with a lookbehind at every character of
    the text. Two patterns that consume the character before the name instead scan a third
    faster (this scan is about a quarter of the attribution time): the first opens with a
    literal space, so the engine jumps from space to space, and most names follow a space;
    the second opens with a class of the other characters that may precede a name (a newline,
    a quotation mark, a bracket, a non-ASCII character, which its lookbehind then tests for
    being a word character). The text gets a leading space for a name at offset 0; after a
    match the search resumes one character before its end, as that character may be the one
    before the next name. At an offset only one of the two patterns can match (the character
    before differs), so the leftmost of their next matches is the next match of the single
    pattern.
    """
    after_space, after_other = regexes
    padded = " " + lowered
    a = after_space.search(padded)
    b = after_other.search(padded)
    while a is not None or b is not None:
        m = a if b is None or (a is not None and a.start(1) < b.start(1)) else b
        start, end = m.span(1)
        yield start - 1, end - 1, m.group(1)
        # a match found before this one ended is void: look again from where it ends
        if a is not None and a.start(1) < end:
            a = after_space.search(padded, end - 1)
        if b is not None and b.start(1) < end:
            b = after_other.search(padded, end - 1)


# Characters that no alias match can contain (aliases match letters, digits, dots, apostrophes,
# "@", spaces and hyphens; see _pattern_elements), that are no word characters and no hyphen
# (the regexes' lookarounds), and that are neither cased nor case-ignorable (so the lower case of
# a final sigma next to them is the one at an end of a text). Folding and lower-casing leave
# them as they are.
_BARRIERS = ',;!?"()[]{}<>“”«»'
_SCAN_BARRIER = re.compile("[" + re.escape(_BARRIERS) + "]")


def _scan_span(text: str, start: int, end: int) -> tuple[int, int]:
    """``(lo, hi)`` around ``[start, end)`` such that the mentions found in ``text[lo:hi]``
    (offsets shifted by ``lo``) are those found in ``text`` that start in ``[lo, hi)``.

    ``lo`` is 0 or a barrier character, ``hi`` the end or a barrier character. No match
    contains one, and a match next to one sees what it sees at an end of a text: left to right,
    the matches after a barrier do not depend on the text before it, nor those before it on
    the text after. Folding and ``_lower_same_length`` map each character on its own except
    for the Greek capital sigma (its lower case depends on its neighbours, and on whether the
    text has a letter that lowers to two characters): texts with one are scanned whole.
    """
    if "Σ" in text:
        return 0, len(text)
    lo = max(max(text.rfind(ch, 0, start + 1) for ch in _BARRIERS), 0) if start > 0 else 0
    m = _SCAN_BARRIER.search(text, end) if end < len(text) else None
    return lo, (m.start() if m is not None else len(text))


_AliasCase = dict[str, list[tuple[tuple[str, ...], bool]]]


@lru_cache(maxsize=4)
def _alias_regexes(
    names: tuple[tuple[tuple[str, ...], bool], ...],
) -> tuple[tuple[re.Pattern[str], re.Pattern[str]], _AliasCase]:
    """The two alias patterns (see :func:`_alias_matches`) and, per normalised alias, its case
    tokens and whether it names an organisation, for each actor's ``(names, organisation)``.

    Depends on the names only: registries loaded from the same file share one build (a few
    hundredths of a second per registry otherwise). The case map is read, never changed.
    """
    sequences = []
    case: _AliasCase = {}
    for aliases, organisation in names:
        for alias in aliases:
            elems = _pattern_elements(alias)
            if not elems:
                continue
            sequences.append(elems)
            case.setdefault(normalise_name(alias), []).append(
                (tuple(_case_tokens(_fold(alias))), organisation)
            )
    body = trie_pattern(sequences)
    # A hyphen glues words: "Kornhauser-Duda" is not Duda, "Kremlin-backed" not the Kremlin,
    # "anti-Lukashenko protesters" do not speak for Lukashenko. The character before a name may
    # not be a word character or a hyphen either; each pattern consumes that character (see
    # _alias_matches), the name is group 1.
    after = r")(?![\w]|-\w)"
    regexes = (
        re.compile(" (" + body + after),
        re.compile(r"[^A-Za-z0-9_\- ](?<![\w-])(" + body + after),
    )
    return regexes, case


def _case_tokens(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", text.replace(".", "").replace("'", ""))


def _case_ok(alias_tokens: Sequence[str], found: str, *, organisation: bool) -> bool:
    """Does the capitalisation of the text found agree with the alias?

    Persons: every capitalised alias word must be capitalised in the text ("Truss", not
    "truss"), and short words (Xi, Li) must match exactly. Organisations: acronyms keep their
    capitals ("EU", not "eu") and at least one capital must appear ("the Kremlin").
    """
    got = _case_tokens(found)
    if len(got) != len(alias_tokens):
        return False
    has_capital = False
    for want, tok in zip(alias_tokens, got, strict=True):
        if want[:1].isupper():
            has_capital = True
        if want.isupper() and len(want) >= 2 and not tok.isupper():
            return False
        if organisation:
            continue
        if len(want) <= 3 and any(c.isupper() for c in want) and want != tok:
            return False
        if want[:1].isupper() and not tok[:1].isupper():
            return False
    if organisation and has_capital:
        return any(c.isupper() for c in found)
    return True


def _max_edits(length: int) -> int:
    """Edits allowed in a fuzzy match: none below 8 characters, 1 up to 10, 2 from 11."""
    if length >= 11:
        return 2
    if length >= 8:
        return 1
    return 0


def _in_office_or_none(tied: Sequence[Actor], day: dt.date | None) -> Actor | None:
    """The one actor of ``tied``; among several, the only one in office on ``day``; else None."""
    if len(tied) > 1 and day is not None:
        in_office = [a for a in tied if any(r.active_on(day) for r in a.roles)]
        tied = in_office if len(in_office) == 1 else tied
    return tied[0] if len(tied) == 1 else None


def _gender_variant(a: str, b: str) -> bool:
    """True if two surnames differ as masculine/feminine Slavic forms (Peskov / Peskova)."""
    a_last, b_last = a.split()[-1], b.split()[-1]
    return a_last != b_last and (a_last.endswith("a") != b_last.endswith("a"))


# --------------------------------------------------------------------------------------------
# The registry
# --------------------------------------------------------------------------------------------


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
        # Country words as token sequences: one-word ones ("lithuanian") may be added to a
        # description freely; longer ones ("united states") are removed as a whole, so their
        # parts ("state") never count on their own.
        self.countries: dict[str, tuple[tuple[str, ...], ...]] = {
            code: tuple(dict.fromkeys(tuple(_tokens(w)) for w in words if _tokens(w)))
            for code, words in (countries or {}).items()
        }
        # Multi-word country phrases by their first word, for :meth:`_could_match`.
        self._country_phrases_by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for code, phrases in self.countries.items():
            for phrase in phrases:
                if len(phrase) > 1:
                    self._country_phrases_by_first.setdefault(phrase[0], []).append((phrase, code))
        self._by_key: dict[str, Actor] = {}
        for actor in self.actors:
            for alias in (actor.name, *actor.aliases):
                key = normalise_name(alias)
                other = self._by_key.get(key)
                if other is not None and other.name != actor.name:
                    raise ValueError(
                        f"Alias {alias!r} of {actor.name!r} is also an alias of {other.name!r} "
                        f"(both normalise to {key!r})."
                    )
                self._by_key[key] = actor
        self._media_keys: frozenset[str] = frozenset(
            normalise_name(m)
            for name in self.media
            for m in (name, *((media_aliases or {}).get(name, ())))
        )
        self._keys: list[str] = sorted(self._by_key)
        self._person_tokens: list[str] = sorted(
            k for k, a in self._by_key.items() if a.kind == "person" and " " not in k
        )
        self._vocabulary: frozenset[str] = self._build_vocabulary()
        self._lookup_cache: dict[tuple[str, dt.date | None], Actor | None] = {}
        self._lookup_free_cache: dict[str, tuple[Actor, ...]] = {}
        self._token_cache: dict[str, tuple[Actor, ...]] = {}
        # (lower-cased, folded) text of an alias-regex match -> the actor it names, or None
        self._span_actor: dict[tuple[str, str], Actor | None] = {}
        self._regex: tuple[re.Pattern[str], re.Pattern[str]] | None = None
        self._case: dict[str, list[tuple[tuple[str, ...], bool]]] = {}
        self._candidates: dict[str, tuple[_Candidate, ...]] = {}
        self._describe_cache: dict[tuple[str, dt.date | None], Actor | None] = {}
        self._mention_cache: dict[tuple[str, dt.date | None], tuple[ActorMention, ...]] = {}
        self._match_cache: dict[tuple[str, str, dt.date | None], tuple[int, int] | None] = {}
        self._medium_cache: dict[str, bool] = {}
        self._by_head: dict[str, frozenset[str]] | None = None
        self._head_words_cache: dict[tuple[str, str], frozenset[str]] = {}
        self._positions_index: _Positions | None = None
        self._cands_by_head: dict[str, dict[str, tuple[_Candidate, ...]]] = {}
        self._modifier_cache: dict[str | None, frozenset[str]] = {}
        # (head, mentioned actors, countries) -> actors; description and mentions -> fits
        self._could_match_cache = _ActorsCache()
        self._near_keys_cache: dict[tuple[bool, int, int], list[str]] = {}
        self._key_lengths: dict[bool, list[int]] = {}
        self._fit_cache: dict[tuple[str, str, bool], tuple[_Fit, ...]] = {}
        self._description_fit_cache = _ActorsCache()

    def clear_caches(self) -> None:
        """Forget what was memoised about the texts seen so far; results never depend on it.

        The caches of mentions, lookups and description matches fill with the corpus's names and
        phrases. Streaming a large corpus, the pipeline clears them between chunks, so that they
        hold one chunk's names at most and memory does not grow with the corpus (the next chunk
        refills them: names repeat far more within a chunk than across chunks).
        """
        for cache in (self._lookup_cache, self._lookup_free_cache, self._token_cache,
                      self._span_actor, self._describe_cache, self._mention_cache,
                      self._match_cache, self._medium_cache, self._could_match_cache,
                      self._fit_cache, self._description_fit_cache):
            cache.clear()

    def __repr__(self) -> str:
        return f"ActorRegistry({len(self.actors)} actors, {len(self.media)} media)"

    def __len__(self) -> int:
        return len(self.actors)

    # ---------------------------------------------------------------- lookup

    def _build_vocabulary(self) -> frozenset[str]:
        """Words that may precede a person's name in an appositive ("Finance Minister X")."""
        # Role titles and role phrases only: date-free descriptors include relations ("wife of
        # Valery Tsepkalo") that must not make "the wife of Putin" a way to write "Putin".
        words = set(TITLES)
        for actor in self.actors:
            for role in actor.roles:
                for phrase in (role.title, *role.descriptors):
                    words.update(normalise_name(phrase).split())
        for phrases in self.countries.values():
            for phrase in phrases:
                words.update(phrase)
        for voice in ORG_VOICES:
            words.update(voice.split())
        return frozenset(words)

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
        day = _as_date(on)
        cache_key = (name, day)
        if cache_key in self._lookup_cache:
            return self._lookup_cache[cache_key]
        result = self._lookup(name, day)
        return _remember(self._lookup_cache, cache_key, result)

    def _name_variants(self, name: str) -> list[str]:
        """Normalised forms of ``name`` to try, most literal first."""
        # "Linas Linkevicius (@LinkeviciusL)": drop the handle unless it is all there is
        without_handle = _HANDLE.sub(" ", name)
        if without_handle.strip():
            name = without_handle
        tokens = _normalised(name).split()
        while len(tokens) > 1 and tokens[-1] in _NAME_SUFFIXES:
            tokens = tokens[:-1]
        variants = [" ".join(tokens)]
        for i in range(1, len(tokens)):
            # an appositive ("Finance Minister Anton Siluanov"), not a complement ("aide of X")
            if tokens[i - 1] not in _PREPS and all(t in self._vocabulary for t in tokens[:i]):
                variants.append(" ".join(tokens[i:]))
        return [v for v in variants if v]

    def _lookup(self, name: str, day: dt.date | None) -> Actor | None:
        return _in_office_or_none(self._lookup_candidates(name), day)

    def _lookup_candidates(self, name: str) -> tuple[Actor, ...]:
        """The actors ``name`` may refer to before the date breaks a tie (see :meth:`lookup`).

        Cached per name: the date only chooses among fuzzy candidates, and the same names
        appear in articles of many days (the answer for a name and a day is cached in
        :meth:`lookup`).
        """
        cached = self._lookup_free_cache.get(name)
        if cached is None:
            cached = _remember(self._lookup_free_cache, name,
                               self._lookup_candidates_uncached(name))
        return cached

    def _lookup_candidates_uncached(self, name: str) -> tuple[Actor, ...]:
        variants = self._name_variants(name)
        if not variants:
            return ()
        exact = self._by_key.get(variants[0])
        if exact is not None:
            return (exact,)
        # After stripping words before the name, only a person may be found: "head of the
        # Russian Foreign Ministry" is Lavrov, not the ministry, so organisations need the
        # full name (a leading "the" aside).
        for variant in variants[1:]:
            actor = self._by_key.get(variant)
            if actor is not None and (
                actor.kind == "person" or variants[0] == f"the {variant}"
            ):
                return (actor,)
        return self._fuzzy_tied(variants, self._keys, persons_after_first=True)

    def _fuzzy_tied(
        self,
        variants: Sequence[str],
        keys: Sequence[str],
        *,
        persons_after_first: bool = False,
    ) -> tuple[Actor, ...]:
        """The actors closest by edit distance over ``keys``, sorted by name; () when none is close.

        With ``persons_after_first``, variants after the first (name with words stripped in
        front) may only find persons, as in :meth:`_lookup`. Several actors are a tie, which
        :func:`_in_office_or_none` breaks by the date; the rest does not depend on the date,
        so callers cache it per name rather than per name and date.
        """
        best: dict[str, tuple[int, Actor]] = {}
        for n, query in enumerate(variants):
            limit = _max_edits(len(query))
            if limit == 0:
                continue
            near = self._near_keys(keys, len(query), limit)
            for key, dist, _ in process.extract(
                query, near, scorer=Levenshtein.distance, score_cutoff=limit, limit=20
            ):
                if dist > _max_edits(len(key)) or _gender_variant(query, key):
                    continue
                actor = self._by_key[key]
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
        if keys is self._keys:
            persons = False
        elif keys is self._person_tokens:
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
            near = _remember(self._near_keys_cache, cache_key,
                             [k for k, n in zip(keys, lengths, strict=True) if lo <= n <= hi])
        return near

    # ---------------------------------------------------------------- mentions

    def _mention_regex(self) -> tuple[re.Pattern[str], re.Pattern[str]]:
        """The alias regex, as the two patterns :func:`_alias_matches` scans with (built once)."""
        if self._regex is None:
            names = tuple(((actor.name, *actor.aliases), actor.kind == "organisation")
                          for actor in self.actors)
            self._regex, self._case = _alias_regexes(names)
        return self._regex

    def find_mentions(self, text: str, *, on: DateLike = None) -> list[ActorMention]:
        """Every occurrence of an actor's name or alias in ``text``.

        One scan with the alias regex (built once per registry; see :func:`_alias_matches`)
        over a folded copy of the text of the same length, so offsets point into ``text`` as
        given. Matches respect word boundaries (a hyphen binds: "Kremlin-backed",
        "Kornhauser-Duda" are no mentions); at each position the longest alias wins and
        matches never overlap.
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
        day = _as_date(on)
        # Short texts (a speaker mention, a role description) recur across articles: answer
        # them from a bounded cache. Whole articles are not cached.
        short = len(text) <= _SHORT_TEXT
        if short:
            cached = self._mention_cache.get((text, day))
            if cached is not None:
                return list(cached)
        mentions = self._find_mentions(text, day)
        if short:
            _remember(self._mention_cache, (text, day), tuple(mentions))
        return mentions

    def find_mentions_in(
        self, text: str, start: int, end: int, *, on: DateLike = None
    ) -> list[ActorMention]:
        """``[m for m in self.find_mentions(text, on=on) if start <= m.start < end]``, scanning
        little more of ``text`` than that span (see :func:`_scan_span`). Not cached: for
        articles, read a part at a time.
        """
        lo, hi = _scan_span(text, start, end)
        if lo == 0 and hi == len(text):
            found = self._find_mentions(text, _as_date(on))
        else:
            found = [ActorMention(m.start + lo, m.end + lo, m.text, m.actor)
                     for m in self._find_mentions(text[lo:hi], _as_date(on))]
        return [m for m in found if start <= m.start < end]

    def _find_mentions(self, text: str, day: dt.date | None) -> list[ActorMention]:
        regexes = self._mention_regex()
        folded, astral = _fold_noting_astral(text)
        lowered = _lower_same_length(folded)
        mentions: list[ActorMention] = []
        # matches come left to right and never overlap: starts and ends are both sorted
        taken_starts: list[int] = []
        taken_ends: list[int] = []
        span_actor = self._span_actor
        for start, end, low in _alias_matches(regexes, lowered):
            if low.endswith(".") and low.count(".") == 1:
                end -= 1  # "the UN." ends a sentence; "U.N." keeps its dots
                low = low[:-1]
            found = folded[start:end]
            # The same few hundred spellings recur across a corpus ("Peskov", "the Kremlin"):
            # normalising and checking the case of each is the costliest step per match, so
            # the answer is cached per spelling (it depends on the matched text only).
            actor = span_actor.get((low, found), _UNSEEN)
            if actor is _UNSEEN:
                actor = _remember(span_actor, (low, found), self._actor_of_span(low, found))
            if actor is None:
                continue
            mentions.append(ActorMention(start, end, text[start:end], actor))
            taken_starts.append(start)
            taken_ends.append(end)
        # Outside the BMP the class above is incomplete: test every long word there.
        long_words = _LONG_WORD if astral else _LONG_CAP_WORD
        # Most long capitalised words name nobody (see _token_candidates): when none of them
        # does, the loop below, which needs each word's offsets, would add nothing, and a list
        # of the words is much cheaper to get.
        if self._any_names_somebody(long_words.findall(folded)):
            for m in long_words.finditer(folded):
                word = m.group()
                if not word[0].isupper():
                    continue
                start = m.start()
                k = bisect.bisect_right(taken_starts, start) - 1
                if k >= 0 and start < taken_ends[k]:
                    continue
                actor = self._fuzzy_token(word.lower(), day)
                if actor is not None:
                    mentions.append(ActorMention(start, m.end(), text[start:m.end()], actor))
        mentions.sort(key=lambda x: (x.start, x.end))
        return mentions

    def _actor_of_span(self, low: str, found: str) -> Actor | None:
        """The actor a regex match names, given its lower-cased and its folded text; None when
        the text normalises to no alias or its capitalisation does not fit (see :func:`_case_ok`).
        """
        key = _normalised(low)
        actor = self._by_key.get(key)
        if actor is None:
            return None
        if not any(_case_ok(toks, found, organisation=org) for toks, org in self._case[key]):
            return None
        return actor

    def _fuzzy_token(self, token: str, day: dt.date | None) -> Actor | None:
        return _in_office_or_none(self._token_candidates(token), day)

    def _token_candidates(self, token: str) -> tuple[Actor, ...]:
        """The persons a long lower-cased word may be a variant spelling of (ties included).

        Cached per token, not per (token, day): a corpus has a few hundred distinct long
        capitalised words but thousands of (word, day) pairs; the day only breaks ties.
        """
        tied = self._token_cache.get(token)
        if tied is None:
            tied = ()
            if token not in self._by_key and token not in self._vocabulary:
                tied = self._fuzzy_tied([token], self._person_tokens)
            _remember(self._token_cache, token, tied)
        return tied

    def _any_names_somebody(self, words: list[str]) -> bool:
        """Does any of ``words`` (long capitalised words) have a fuzzy candidate?"""
        cache = self._token_cache  # read directly: this runs for every long word of a text
        return any(cache.get(token) or self._token_candidates(token)
                   for token in map(str.lower, words))

    # ---------------------------------------------------------------- camps

    def active_roles(self, actor: Actor, *, on: DateLike = None) -> tuple[Role, ...]:
        """Roles of ``actor`` held on ``on`` (all roles when ``on`` is None), latest start first."""
        day = _as_date(on)
        roles = actor.roles if day is None else tuple(r for r in actor.roles if r.active_on(day))
        return tuple(sorted(roles, key=lambda r: r.start or dt.date.min, reverse=True))

    def camp_of(self, actor: Actor, *, on: DateLike = None) -> str:
        """Camp of ``actor`` on a date.

        The camp of the role held on ``on`` (the most recently started one when several are
        held), else ``actor.camp``. With no date (an undated article) the camp of the actor's most
        recent role is used: a foreign minister quoted in an undated article most likely speaks in
        that office, while ``actor.camp`` describes the person out of office.
        """
        day = _as_date(on)
        if day is None:
            if not actor.roles:
                return actor.camp
            latest = max(actor.roles, key=lambda r: (r.start or dt.date.min, r.title))
            return latest.camp
        active = self.active_roles(actor, on=day)
        return active[0].camp if active else actor.camp

    # ---------------------------------------------------------------- descriptions

    def _actor_candidates(self, actor: Actor) -> tuple[_Candidate, ...]:
        cached = self._candidates.get(actor.name)
        if cached is not None:
            return cached
        out: list[_Candidate] = []
        skip = _GENDERED_HEADS.get(actor.gender or "", frozenset())
        for text in actor.descriptors:
            ph = _phrase(text)
            if ph and ph.head not in skip:
                out.append(_Candidate(ph, 2, None))
        for role in actor.roles:
            for text in (role.title, *role.descriptors):
                ph = _phrase(text)
                if ph and ph.head not in skip:
                    out.append(_Candidate(ph, 2, role))
            if actor.kind == "person":
                out.append(_Candidate(_Phrase("official", frozenset({"official"})), 1, role))
        if actor.kind == "organisation":
            for voice in ORG_VOICES:
                ph = _phrase(voice)
                if ph:
                    out.append(_Candidate(ph, 1, None))
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
                p[0] for p in self.countries.get(actor.country or "", ()) if len(p) == 1
            )
            self._modifier_cache[actor.country] = cached  # one entry per country
        return cached

    def _without_country_phrases(self, actor: Actor, tokens: list[str]) -> list[str]:
        """Drop the actor's multi-word country phrases ("united states") from ``tokens``."""
        for phrase in self.countries.get(actor.country or "", ()):
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
        return _remember(self._match_cache, key,
                         self._match_uncached(actor, description, day, mentions))

    def _match_uncached(
        self,
        actor: Actor,
        description: str,
        day: dt.date | None,
        mentions: Sequence[ActorMention] | None,
    ) -> tuple[int, int] | None:
        if mentions is None:
            mentions = self.find_mentions(description, on=day)
        rest, removed = _without_mentions_of(actor, description, mentions)
        return _best_fit(self._fits(actor, rest, removed), day)

    def _fits(self, actor: Actor, rest: str, removed: bool) -> tuple[_Fit, ...]:
        """The ways ``rest`` (a description less its mentions of ``actor``) fits ``actor``.

        Everything but the date: the same descriptions recur in articles of many different
        days, so this part is cached per text and :func:`_best_fit` applies the date.
        """
        key = (actor.name, rest, removed)
        cached = self._fit_cache.get(key)
        if cached is None:
            cached = _remember(self._fit_cache, key, self._fits_uncached(actor, rest, removed))
        return cached

    def _fits_uncached(self, actor: Actor, rest: str, removed: bool) -> tuple[_Fit, ...]:
        tokens = self._without_country_phrases(actor, _tokens(rest))
        desc = _phrase_of_tokens(tuple(tokens))
        if desc is None:
            # nothing left but the actor's name ("Kremlin spokesman Peskov" less "Peskov" has
            # words; "Peskov" alone has none): a date-free best fit
            has_words = any(t not in _STOP and t not in _PREPS for t in tokens)
            return (((3, 0), None, False),) if removed and not has_words else ()
        former = "former" in desc.words
        modifiers = self._modifiers(actor)
        fits: list[_Fit] = []
        for cand in self._candidates_by_head(actor).get(desc.head, ()):
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

    def _candidates_by_head(self, actor: Actor) -> dict[str, tuple[_Candidate, ...]]:
        """:meth:`_actor_candidates` grouped by head noun (a description fits only its head's)."""
        cached = self._cands_by_head.get(actor.name)
        if cached is None:
            groups: dict[str, list[_Candidate]] = {}
            for cand in self._actor_candidates(actor):
                groups.setdefault(cand.phrase.head, []).append(cand)
            cached = {head: tuple(cands) for head, cands in groups.items()}
            self._cands_by_head[actor.name] = cached
        return cached

    def _description_fits(
        self, description: str, mentions: Sequence[ActorMention]
    ) -> tuple[tuple[Actor, tuple[_Fit, ...]], ...]:
        """The actors ``description`` may fit on some date, with their fits, in registry order.

        :meth:`resolve_description` scores every actor of :meth:`_could_match` (often a hundred:
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
                fits = self._fits(actor, *_without_mentions_of(actor, description, mentions))
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
        """Head noun -> names of the actors with a candidate phrase of that head (built once)."""
        if self._by_head is None:
            index: dict[str, set[str]] = {}
            for actor in self.actors:
                for cand in self._actor_candidates(actor):
                    index.setdefault(cand.phrase.head, set()).add(actor.name)
            self._by_head = {head: frozenset(names) for head, names in index.items()}
        return self._by_head

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
    ) -> tuple[_Phrase | None, frozenset[str], frozenset[str]]:
        """What :meth:`_could_match` depends on: the phrase of the description as written, the
        names of the actors it mentions and the countries of its multi-word country phrases."""
        tokens = _tokens(description)
        base = _phrase_of_tokens(tuple(tokens))
        mentioned = frozenset(m.actor.name for m in mentions)
        # countries with a multi-word phrase in the description: one pass over its tokens
        codes: set[str] = set()
        for i, tok in enumerate(tokens):
            for phrase, code in self._country_phrases_by_first.get(tok, ()):
                if tuple(tokens[i:i + len(phrase)]) == phrase:
                    codes.add(code)
        return base, mentioned, frozenset(codes)

    def _could_match_shaped(
        self, base: _Phrase | None, mentioned: frozenset[str], codes: frozenset[str]
    ) -> tuple[Actor, ...]:
        """:meth:`_could_match` from :meth:`_description_shape`."""
        # The answer depends on these three only, and descriptions share heads ("officials",
        # "a senior official"): the registry is searched once per combination.
        key = (base.head if base is not None else None, mentioned, codes)
        cached = self._could_match_cache.get(key)
        if cached is None:
            names = set(self._actors_by_head().get(key[0], ())) if base is not None else set()
            names.update(mentioned)
            by_name, by_country = self._positions()
            positions = {i for name in names for i in by_name.get(name, ())}
            positions.update(i for code in codes for i in by_country.get(code, ()))
            cached = self._could_match_cache.remember(
                key, tuple(self.actors[i] for i in sorted(positions)))
        return cached

    def _positions(self) -> _Positions:
        """Positions in ``self.actors`` by actor name and by country (built once): a set of
        names and countries gives its actors in registry order without a scan of the registry."""
        if self._positions_index is None:
            by_name: dict[str, list[int]] = {}
            by_country: dict[str | None, list[int]] = {}
            for i, actor in enumerate(self.actors):
                by_name.setdefault(actor.name, []).append(i)
                by_country.setdefault(actor.country, []).append(i)
            self._positions_index = (by_name, by_country)
        return self._positions_index

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
        return self._match(actor, description, _as_date(on)) is not None

    def describes_any(self, description: str, *, on: DateLike = None) -> bool:
        """False when :meth:`compatible` is False for every actor of the registry on ``on``.

        A necessary condition, cheap to test (:meth:`_could_match`: no actor has a phrase with
        the description's head noun, is named in it or has a country phrase in it): a caller
        about to test many actors can skip them all.
        """
        day = _as_date(on)
        return bool(self._could_match(description, self.find_mentions(description, on=day)))

    def resolve_description(self, description: str, *, on: DateLike = None) -> Actor | None:
        """The one actor a description identifies on its own on a date, else None.

        A description that is a name or alias ("the Central Election Commission") gives that
        actor. Otherwise every actor the description is :meth:`compatible` with is ranked:
        own descriptors and roles before generic voices ("the Kremlin spokesman" is Peskov, not
        the Kremlin), then the closest phrase (fewest words the description leaves out: "the
        Belarusian leader" is the president, not the "opposition leader"). A unique best is
        returned; ties and no match give None ("the minister").
        """
        day = _as_date(on)
        cache_key = (description, day)
        if cache_key in self._describe_cache:
            return self._describe_cache[cache_key]
        key = _normalised(description)
        key = re.sub(r"^(?:the|a|an) ", "", key)
        actor = self._by_key.get(key)
        if actor is None:
            scored = []
            mentions = self.find_mentions(description, on=day)
            # the same scores as _match(cand, description, day, mentions) for each candidate
            for cand, fits in self._description_fits(description, mentions):
                score = _best_fit(fits, day)
                if score is not None:
                    scored.append((score, cand))
            if scored:
                top = max(s for s, _ in scored)
                winners = [a for s, a in scored if s == top]
                actor = winners[0] if len(winners) == 1 else None
        return _remember(self._describe_cache, cache_key, actor)

    # ---------------------------------------------------------------- media

    def is_medium(self, name: str) -> bool:
        """True if ``name`` is a news outlet or platform that carries speech ("TV channel Russia 1").

        Leading and trailing type words ("TV channel", "news agency", "newspaper", "his Telegram
        channel") and possessives are ignored.
        """
        cached = self._medium_cache.get(name)
        if cached is None:
            cached = _remember(self._medium_cache, name, self._is_medium(name))
        return cached

    def _is_medium(self, name: str) -> bool:
        tokens = _normalised(name).split()
        while tokens and tokens[0] in _MEDIA_WORDS:
            tokens = tokens[1:]
        while tokens and tokens[-1] in _MEDIA_WORDS:
            tokens = tokens[:-1]
        for i in range(len(tokens)):
            # "the state TV channel Russia 1": a type phrase may come before the name
            if " ".join(tokens[i:]) in self._media_keys:
                return all(t in _MEDIA_WORDS for t in tokens[:i])
        return False


_MEDIA_WORDS: frozenset[str] = frozenset(
    """the a an his her its their our state run owned russian belarusian ukrainian american
    british german french independent opposition tv television channel news agency newspaper
    daily weekly paper radio station broadcaster website portal site outlet magazine
    journal account page feed blog social network media platform publication official
    online edition service wire program programme show""".split()
)


# --------------------------------------------------------------------------------------------
# Loading and validating data/actors.yaml
# --------------------------------------------------------------------------------------------


def _set_repr(values: Iterable[str]) -> str:
    return "{" + ", ".join(repr(v) for v in values) + "}"


def _custom(message: str) -> PydanticCustomError:
    # Pass the text as context: braces inside it must not be read as template fields.
    return PydanticCustomError("registry", "{message}", {"message": message})


def _check_date(value: Any, field_name: str) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise _custom(f"{field_name!r} must be a date written YYYY-MM-DD; got {value!r}")


def _check_choice(value: Any, field_name: str, choices: Sequence[str]) -> Any:
    if value not in choices:
        raise _custom(f"{field_name!r} must be one of {_set_repr(choices)}; got {value!r}")
    return value


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=False)


class RoleEntry(_Strict):
    """One role in ``actors.yaml`` (see the file's header for the meaning of each key)."""

    title: str
    camp: str
    start: Any = None
    end: Any = None
    type: str | None = None
    descriptors: list[str] = Field(default_factory=list)

    @field_validator("camp")
    @classmethod
    def _camp(cls, v: str) -> str:
        return _check_choice(v, "camp", CAMPS)

    @field_validator("start", "end", mode="before")
    @classmethod
    def _date(cls, v: Any, info) -> dt.date | None:
        return _check_date(v, info.field_name)


class ActorEntry(_Strict):
    """One actor in ``actors.yaml``."""

    name: str
    kind: str
    camp: str
    gender: str | None = None
    country: str | None = None
    aliases: list[str] = Field(default_factory=list)
    descriptors: list[str] = Field(default_factory=list)
    roles: list[RoleEntry] = Field(default_factory=list)
    note: str | None = None

    @field_validator("name")
    @classmethod
    def _name(cls, v: str) -> str:
        if not v.strip():
            raise _custom("'name' must not be empty")
        return v.strip()

    @field_validator("kind")
    @classmethod
    def _kind(cls, v: str) -> str:
        return _check_choice(v, "kind", KINDS_OF_ACTOR)

    @field_validator("camp")
    @classmethod
    def _camp(cls, v: str) -> str:
        return _check_choice(v, "camp", CAMPS)

    @field_validator("gender")
    @classmethod
    def _gender(cls, v: str | None) -> str | None:
        return v if v is None else _check_choice(v, "gender", GENDERS)


class MediumEntry(_Strict):
    """One medium (outlet or platform) in ``actors.yaml``."""

    name: str
    type: str | None = None
    aliases: list[str] = Field(default_factory=list)

    @field_validator("type")
    @classmethod
    def _type(cls, v: str | None) -> str | None:
        return v if v is None else _check_choice(v, "type", MEDIA_TYPES)


class CountryEntry(_Strict):
    """One country in ``actors.yaml``: its name and the words that mark it in descriptions."""

    name: str
    words: list[str] = Field(default_factory=list)


_TOP_KEYS: tuple[str, ...] = ("countries", "role_types", "media", "actors")


def _loc_text(loc: tuple, raw: Any) -> str:
    """Say where in an entry an error is: "role 2 ('President ...'): " or ""."""
    if len(loc) >= 2 and loc[0] == "roles" and isinstance(loc[1], int):
        title = None
        roles = raw.get("roles") if isinstance(raw, dict) else None
        if isinstance(roles, list) and loc[1] < len(roles) and isinstance(roles[loc[1]], dict):
            title = roles[loc[1]].get("title")
        label = f" ({title!r})" if title else ""
        return f"role {loc[1] + 1}{label}: "
    return ""


def _explain(err: dict, raw: Any, model: type[BaseModel]) -> str:
    """Turn one pydantic error into a sentence that names the key and what was expected."""
    loc = tuple(err.get("loc", ()))
    where = _loc_text(loc, raw)
    field_name = str(loc[-1]) if loc else ""
    kind = err["type"]
    if kind == "registry":
        return where + err["ctx"]["message"]
    if kind == "missing":
        return f"{where}{field_name!r} is required"
    if kind == "extra_forbidden":
        inner = RoleEntry if where else model
        allowed = sorted(inner.model_fields)
        close = process.extractOne(field_name, allowed, scorer=fuzz.ratio, score_cutoff=70)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        return f"{where}unknown key {field_name!r}{hint}; allowed keys are {', '.join(allowed)}"
    return f"{where}{field_name!r}: {err['msg']}; got {err.get('input')!r}"


def _label(raw: Any) -> str:
    if isinstance(raw, dict):
        name = raw.get("name")
        if isinstance(name, str) and name.strip():
            return repr(name.strip())
    return "no name"


def _validate_section(raw: Any, model: type[BaseModel], fname: str, what: str, problems: list):
    """Validate a list of entries; report every problem as "<file>, <what> i ('name'): ..."."""
    out: list[tuple[int, Any]] = []
    if raw is None:
        return out
    if not isinstance(raw, list):
        problems.append(f"{fname}: {what.split()[0]!r} must be a list; got {type(raw).__name__}")
        return out
    for i, item in enumerate(raw, start=1):
        prefix = f"{fname}, {what} {i} ({_label(item)}): "
        if not isinstance(item, dict):
            problems.append(prefix + f"must be a mapping of keys; got {item!r}")
            continue
        try:
            out.append((i, model.model_validate(item)))
        except ValidationError as exc:
            problems.extend(prefix + _explain(e, item, model) for e in exc.errors())
    return out


def _role_descriptors(entry: RoleEntry, role_types: dict[str, list[str]]) -> tuple[str, ...]:
    phrases = [*(role_types.get(entry.type, []) if entry.type else []), *entry.descriptors]
    return tuple(dict.fromkeys(p.strip().lower() for p in phrases if p.strip()))


def _safe_date(value: Any) -> dt.date | None:
    """A date from a raw YAML value, or None when absent or malformed (reported elsewhere)."""
    try:
        return _check_date(value, "date")
    except PydanticCustomError:
        return None


def _cross_checks(
    raw_actors: list, fname: str, countries: set[str], role_types: set[str]
) -> list[str]:
    """Checks across keys and entries, run on the raw entries so that an entry with a type
    error still gets every other problem reported: gender of organisations, country codes,
    role types, role dates in order, and aliases shared by two actors."""
    problems: list[str] = []
    seen: dict[str, tuple[int, str, str]] = {}
    for i, raw in enumerate(raw_actors, start=1):
        if not isinstance(raw, dict):
            continue
        prefix = f"{fname}, entry {i} ({_label(raw)}): "
        if raw.get("kind") == "organisation" and raw.get("gender") is not None:
            problems.append(
                prefix + f"'gender' must be null for an organisation; got {raw['gender']!r}"
            )
        country = raw.get("country")
        if country is not None and country not in countries:
            problems.append(
                prefix + f"'country' must be one of the codes under 'countries' "
                f"{_set_repr(sorted(countries))}; got {country!r}"
            )
        roles = raw.get("roles") if isinstance(raw.get("roles"), list) else []
        for k, role in enumerate(roles, start=1):
            if not isinstance(role, dict):
                continue
            title = role.get("title")
            where = f"role {k}" + (f" ({title!r})" if title else "") + ": "
            start, end = _safe_date(role.get("start")), _safe_date(role.get("end"))
            if start and end and end <= start:
                problems.append(
                    prefix + where + f"'end' {end.isoformat()} is not after 'start' "
                    f"{start.isoformat()} (dates reversed?)"
                )
            rtype = role.get("type")
            if rtype is not None and rtype not in role_types:
                problems.append(
                    prefix + where + f"'type' must be one of the keys under 'role_types' "
                    f"{_set_repr(sorted(role_types))}; got {rtype!r}"
                )
        names = [raw.get("name")]
        if isinstance(raw.get("aliases"), list):
            names.extend(raw["aliases"])
        for alias in dict.fromkeys(a for a in names if isinstance(a, str)):
            key = normalise_name(alias)
            if not key:
                problems.append(prefix + f"alias {alias!r} is empty after normalisation")
                continue
            if key in seen and seen[key][0] != i:
                j, other, other_alias = seen[key]
                problems.append(
                    prefix + f"alias {alias!r} is already used by entry {j} ({other}) as "
                    f"{other_alias!r} (both normalise to {key!r})"
                )
            else:
                seen.setdefault(key, (i, _label(raw), alias))
    return problems


def _parse_registry(data: Any, fname: str) -> ActorRegistry:
    """Validate the loaded YAML and build the registry, reporting all problems at once."""
    problems: list[str] = []
    if not isinstance(data, dict):
        raise ValueError(f"{fname}: expected a mapping with keys {list(_TOP_KEYS)}; got {data!r}")
    for key in data:
        if key not in _TOP_KEYS:
            problems.append(
                f"{fname}: unknown top-level key {key!r}; allowed keys are {', '.join(_TOP_KEYS)}"
            )
    if not data.get("actors"):
        problems.append(f"{fname}: 'actors' must be a non-empty list")

    countries: dict[str, CountryEntry] = {}
    raw_countries = data.get("countries") or {}
    if not isinstance(raw_countries, dict):
        problems.append(f"{fname}: 'countries' must be a mapping from ISO3 code to entry")
        raw_countries = {}
    for code, item in raw_countries.items():
        prefix = f"{fname}, country {code!r}: "
        if not (isinstance(code, str) and re.fullmatch(r"[A-Z]{2,3}", code)):
            problems.append(prefix + "the code must be 2-3 capital letters (ISO3, or EU)")
            continue
        try:
            countries[code] = CountryEntry.model_validate(item)
        except ValidationError as exc:
            problems.extend(prefix + _explain(e, item, CountryEntry) for e in exc.errors())

    role_types = data.get("role_types") or {}
    if not isinstance(role_types, dict) or not all(
        isinstance(v, list) and all(isinstance(p, str) for p in v) for v in role_types.values()
    ):
        problems.append(f"{fname}: 'role_types' must map each type name to a list of phrases")
        role_types = {}

    media = _validate_section(data.get("media"), MediumEntry, fname, "media entry", problems)
    entries = _validate_section(data.get("actors"), ActorEntry, fname, "entry", problems)

    raw_actors = data.get("actors") if isinstance(data.get("actors"), list) else []
    problems.extend(_cross_checks(raw_actors, fname, set(countries), set(role_types)))

    if problems:
        raise ValueError(f"{len(problems)} problem(s) in {fname}:\n" + "\n".join(problems))

    actors = [
        Actor(
            name=e.name,
            kind=e.kind,
            gender=e.gender,
            aliases=tuple(dict.fromkeys(a.strip() for a in e.aliases if a.strip() != e.name)),
            camp=e.camp,
            country=e.country,
            roles=tuple(
                Role(r.title, r.camp, r.start, r.end, _role_descriptors(r, role_types))
                for r in e.roles
            ),
            descriptors=tuple(dict.fromkeys(d.strip().lower() for d in e.descriptors)),
        )
        for _, e in entries
    ]
    return ActorRegistry(
        actors,
        [m.name for _, m in media],
        media_aliases={m.name: m.aliases for _, m in media},
        countries={code: [c.name, *c.words] for code, c in countries.items()},
    )


def load_actors(path: str | Path | None = None) -> ActorRegistry:
    """Read and validate an actor registry YAML file.

    Parameters
    ----------
    path : str or Path, default=None
        ``None``: ``data/actors.yaml`` (see :func:`discourse.core.paths.data_file`).

    Returns
    -------
    ActorRegistry

    Raises
    ------
    FileNotFoundError
        If the file does not exist.
    ValueError
        Listing every problem at once, one per line, each naming the file and the entry:
        ``actors.yaml, entry 12 ('Peskov'): 'camp' must be one of {'russian_official', ...};
        got 'russian-official'``. Checked: required keys, unknown keys (typos), camps, kinds,
        genders, countries, role types, dates (YYYY-MM-DD, end after start) and aliases shared
        by two actors after normalisation.
    """
    path = paths.data_file("actors.yaml") if path is None else Path(path)
    if not path.exists():
        raise FileNotFoundError(f"{path}: actor registry not found.")
    try:
        data = load_yaml(path)
    except yaml.YAMLError as exc:
        raise ValueError(f"{path.name}: not valid YAML: {exc}") from exc
    except ValueError as exc:
        # PyYAML builds unquoted dates itself and fails on impossible ones (2020-13-01)
        raise ValueError(
            f"{path.name}: not valid YAML: {exc}; is there an impossible date such as "
            "2020-13-01? Dates are written YYYY-MM-DD."
        ) from exc
    return _parse_registry(data, path.name)


def resolve_actors(
    table: pd.DataFrame,
    registry: ActorRegistry,
    *,
    name_col: str = "speaker",
    date_col: str | None = "date",
) -> pd.DataFrame:
    """Resolve the speaker of each statement to a canonical actor and its camp on the date.

    Parameters
    ----------
    table : DataFrame
        A statements table: one row per speech or text with a known speaker; uses
        ``name_col`` and ``date_col`` (dates as ``date``/``Timestamp``/'YYYY-MM-DD', or empty).
    registry : ActorRegistry
    name_col : str, default='speaker'
    date_col : str or None, default='date'
        ``None``: no dates, so every actor gets its default camp.

    Returns
    -------
    DataFrame
        A copy with the same rows, index and order; ``speaker_raw`` holds the name as given,
        ``name_col`` the canonical name where resolved (the given name otherwise), and ``camp``
        the camp on the date (:meth:`ActorRegistry.camp_of`), ``"unknown"`` when unresolved.

    Examples
    --------
    >>> reg = load_actors()
    >>> t = pd.DataFrame({"speaker": ["Mr. Sergey Lavrov"], "date": ["2019-09-27"]})
    >>> resolve_actors(t, reg)[["speaker_raw", "speaker", "camp"]]
             speaker_raw        speaker              camp
    0  Mr. Sergey Lavrov  Sergey Lavrov  russian_official
    """
    for col in (name_col, date_col):
        if col is not None and col not in table.columns:
            raise ValueError(
                f"resolve_actors: column {col!r} not in the table; has {list(table.columns)}."
            )
    out = table.copy()
    names = out[name_col]
    dates = out[date_col].map(_as_date) if date_col is not None else pd.Series(None, index=out.index)
    speakers: list[Any] = []
    camps: list[str] = []
    for raw, day in zip(names.tolist(), dates.tolist(), strict=True):
        actor = None
        if isinstance(raw, str) and raw.strip():
            actor = registry.lookup(raw, on=day)
        speakers.append(actor.name if actor else raw)
        camps.append(registry.camp_of(actor, on=day) if actor else "unknown")
    out["speaker_raw"] = names
    out[name_col] = speakers
    out["camp"] = camps
    return out
