"""Who is mentioned in this text? One regex over every alias, then single misspelt words.

Part of :mod:`discourse.extract.actors`: :class:`MentionFinder` answers
:meth:`discourse.extract.actors.ActorRegistry.find_mentions` and ``find_mentions_in``. The alias
regex is built once for a set of actors (registries of the same file share it) and scanned over
a folded, lower-cased copy of the text of the same length, so offsets point into the text as
given; capitalisation is then checked against the alias. Long capitalised words no alias matched
go to the fuzzy match of :class:`discourse.extract.actors.lookup.AliasLookup`. The scan is a
quarter of the attribution time: the functions here were tuned for Python's regex engine (see
:func:`alias_matches`), and the finder owns the caches of spellings, short texts and words.
"""

from __future__ import annotations

import bisect
import datetime as dt
import os
import re
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache
from typing import Final

from discourse.extract.actors.cache import UNSEEN, remember
from discourse.extract.actors.forms import CYRILLIC, analyser, name_forms, org_forms
from discourse.extract.actors.lookup import AliasLookup
from discourse.extract.actors.model import Actor, ActorMention, own_first_names
from discourse.extract.actors.names import (
    FOLD_CHARS,
    FOLD_TABLE,
    fold,
    lower_same_length,
    normalise_name,
    normalised,
)
from discourse.extract.actors.roles import in_office_or_none
from discourse.extract.actors.stored import compiled, morphology_version, stored
from discourse.text import trie_pattern

__all__ = [
    "APOS",
    "DOT",
    "LONG_CAP_WORD",
    "LONG_WORD",
    "SEP",
    "SHORT_TEXT",
    "MentionFinder",
    "alias_matches",
    "alias_pattern",
    "alias_regexes",
    "case_ok",
    "fold_noting_astral",
    "pattern_elements",
    "scan_span",
]

# Texts up to this length (mentions, descriptions) have their mentions cached per registry.
SHORT_TEXT: Final = 300

# --------------------------------------------------------------------------------------------
# Regex over all aliases (built once per registry)
# --------------------------------------------------------------------------------------------

SEP, DOT, APOS = "[\\s\\-]+", "\\.?", "'?"
# Words long enough for a fuzzy match, with the same boundaries as the alias regex.
LONG_WORD: Final = re.compile(r"(?<![\w-])[^\W\d_]{8,}(?![\w]|-\w)")


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
# (The class is read from the store: testing 65,536 characters costs 5 ms of every start-up;
# the key holds Python's version, and so its Unicode tables.)
LONG_CAP_WORD = compiled(
    stored("upper-letters", unicodedata.unidata_version, _upper_letter_class)
    + r"(?<![\w-][\s\S])[^\W\d_]{7,}(?![\w]|-\w)"
)
# The characters fold changes, and those outside the Basic Multilingual Plane (where the
# capital class above is incomplete): one scan folds a text and tells whether it has any.
_FOLD_OR_ASTRAL: Final = re.compile(FOLD_CHARS.pattern[:-1] + "\U00010000-\U0010ffff]")


def fold_noting_astral(text: str) -> tuple[str, bool]:
    """``fold(text)``, and whether ``text`` has a character outside the BMP."""
    if text.isascii():
        return fold(text), False
    astral = False

    def fold_char(m: re.Match[str]) -> str:
        nonlocal astral
        ch = m.group()
        if ch > "\uffff":
            astral = True
            return ch
        return FOLD_TABLE[ord(ch)]

    return _FOLD_OR_ASTRAL.sub(fold_char, text), astral


def pattern_elements(alias: str) -> tuple[str, ...]:
    """Regex elements matching ``alias`` in folded, lower-cased text.

    Letters and digits match themselves, dots and apostrophes are optional ("U.S." = "US"),
    and any run of spaces, hyphens or other punctuation matches spaces or hyphens
    ("Frank-Walter" = "Frank Walter").
    """
    elems: list[str] = []
    for ch in lower_same_length(fold(alias)).strip():
        if ch.isalnum():
            elems.append(ch)  # re.escape leaves letters and digits as they are
        elif ch == ".":
            elems.append(DOT)
        elif ch == "'":
            elems.append(APOS)
        elif ch == "@":
            elems.append("@")
        elif elems and elems[-1] != SEP:
            elems.append(SEP)
    while elems and elems[-1] == SEP:
        elems.pop()
    return tuple(elems)


_CYRILLIC_CAPITALISED: Final = re.compile(r"[А-ЯЁ][а-яё]+")


@lru_cache(maxsize=4096)
def _first_name_lemmas_ru(word: str) -> frozenset[str]:
    """The first names ``word`` may be a form of ("Дональда" -> дональд), when pymorphy3's most
    likely reading of it is a first name (grammeme ``Name``); empty otherwise."""
    parses = analyser().parse(word)
    if "Name" not in parses[0].tag:
        return frozenset()
    # the word as written too: «Джен» is read as a form of «Джена», and «Джен Псаки» is Psaki
    return frozenset({p.normal_form.replace("ё", "е") for p in parses if "Name" in p.tag}
                     | {word.lower().replace("ё", "е")})


def first_name_before(text: str, start: int) -> frozenset[str]:
    """The first names a Russian word right before ``start`` (one space away) may be forms of;
    empty when there is none.

    «Ярослав Песков» is a namesake of Dmitry Peskov, not Dmitry Peskov: the registry's surname
    alias alone must not take a person whose first name the text gives, unless it is the
    actor's own (:meth:`MentionFinder._namesake`). Only capitalised Cyrillic words the
    dictionary reads first as a first name count, so a title, a place or a sentence-opening
    word («Однако Песков», «Кремля Песков») does not.
    """
    if start < 3 or text[start - 1] != " ":
        return frozenset()
    j = start - 1
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    word = text[j:start - 1]
    if not _CYRILLIC_CAPITALISED.fullmatch(word):
        return frozenset()
    return _first_name_lemmas_ru(word)


def alias_matches(regex: re.Pattern[str], lowered: str) -> Iterator[tuple[int, int, str]]:
    r"""``(start, end, text)`` of each alias match in ``lowered``, as ``finditer`` would give them
    for ``(?<![\w-])(?:aliases)(?![\w]|-\w)``: left to right, leftmost first, no overlaps.

    Python's regex engine tries a pattern that opens with a lookbehind at every character of
    the text. The pattern of :func:`alias_regexes` consumes the character before the name
    instead and opens with a class of the characters that may precede one (a space, a newline,
    a quotation mark, a bracket, a non-ASCII character, which its lookbehind then tests for
    being a word character), so the engine skips from candidate to candidate in C and scans a
    third faster (this scan is about a quarter of the attribution time). The text gets a
    leading space for a name at offset 0; after a match the search resumes one character
    before its end, as that character may be the one before the next name.
    """
    padded = " " + lowered
    m = regex.search(padded)
    while m is not None:
        start, end = m.span(1)
        yield start - 1, end - 1, m.group(1)
        m = regex.search(padded, end - 1)


# Characters that no alias match can contain (aliases match letters, digits, dots, apostrophes,
# "@", spaces and hyphens; see pattern_elements), that are no word characters and no hyphen
# (the regexes' lookarounds), and that are neither cased nor case-ignorable (so the lower case of
# a final sigma next to them is the one at an end of a text). Folding and lower-casing leave
# them as they are.
_BARRIERS: Final = ',;!?"()[]{}<>“”«»'
_SCAN_BARRIER: Final = re.compile("[" + re.escape(_BARRIERS) + "]")
_UP_TO_LAST_BARRIER: Final = re.compile(r"[\s\S]*[" + re.escape(_BARRIERS) + "]")


def scan_span(text: str, start: int, end: int) -> tuple[int, int]:
    """``(lo, hi)`` around ``[start, end)`` such that the mentions found in ``text[lo:hi]``
    (offsets shifted by ``lo``) are those found in ``text`` that start in ``[lo, hi)``.

    ``lo`` is 0 or a barrier character, ``hi`` the end or a barrier character. No match
    contains one, and a match next to one sees what it sees at an end of a text: left to right,
    the matches after a barrier do not depend on the text before it, nor those before it on
    the text after. Folding and ``lower_same_length`` map each character on its own except
    for the Greek capital sigma (its lower case depends on its neighbours, and on whether the
    text has a letter that lowers to two characters): texts with one are scanned whole.
    """
    if "Σ" in text:
        return 0, len(text)
    lo = _last_barrier(text, start + 1) if start > 0 else 0
    m = _SCAN_BARRIER.search(text, end) if end < len(text) else None
    return lo, (m.start() if m is not None else len(text))


def _last_barrier(text: str, stop: int) -> int:
    """Offset of the last barrier character in ``text[:stop]``, 0 when there is none.

    Looked for in a window before ``stop`` that doubles until it holds one: a search over
    the whole prefix for each barrier character (most never occur) would cost the length of
    the prefix, and a long document asked at every quote would take quadratic time. The cost
    here is that of the stretch between ``stop`` and the barrier, which is scanned anyway.
    """
    width = 256
    while True:
        lo = max(stop - width, 0)
        # greedy: the match ends right after the last barrier of the window
        m = _UP_TO_LAST_BARRIER.match(text, lo, stop)
        if m is not None:
            return m.end() - 1
        if lo == 0:
            return 0
        width *= 4


_AliasCase = dict[str, list[tuple[tuple[str, ...], bool]]]


# A word of a name whose case forms are matched by their common stem and an ending.
_STEM_WORD: Final = re.compile(r"[^\W\d_][^\W\d_\-]*(?:-[^\W\d_]+)*\.?")
_ENDING: Final = "[^\\W\\d_]{{0,{}}}"


def stem_sequences(groups: Sequence[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """Regex elements matching the spellings of each group (a name and its case forms:
    ``Дмитрий Песков``, ``Дмитрия Пескова``, …) as one sequence per shape: each word is its
    longest common prefix followed by up to as many letters as its longest ending
    (``дмитри[a-я]{0,2} песков[а-я]{0,2}``). Twelve forms of a name cost the regex one
    sequence; what the looser pattern matches beyond the forms is no key of the alias index,
    and so names nobody. A group whose words differ in number, or whose common prefix is
    shorter than three letters, gets one sequence per spelling."""
    out: list[tuple[str, ...]] = []
    for group in groups:
        shapes: dict[tuple[int, ...], list[list[str]]] = {}
        for spelling in group:
            words = lower_same_length(fold(spelling)).split()
            if not all(_STEM_WORD.fullmatch(w) for w in words):
                out.extend(e for e in (pattern_elements(spelling),) if e)
                continue
            shapes.setdefault(tuple(len(w) if w.endswith(".") else 0 for w in words),
                              []).append(words)
        for variants in shapes.values():
            elems: list[str] = []
            ok = True
            for i in range(len(variants[0])):
                words = [v[i] for v in variants]
                prefix = os.path.commonprefix(words)
                longest = max(len(w) for w in words) - len(prefix)
                if longest and len(prefix) < 3:
                    ok = False
                    break
                if elems:
                    elems.append(SEP)
                elems.extend(pattern_elements(prefix))
                if longest:
                    elems.append(_ENDING.format(longest))
            if ok:
                out.append(tuple(elems))
            else:
                out.extend(e for v in variants if (e := pattern_elements(" ".join(v))))
    return out


@lru_cache(maxsize=4)
def alias_regexes(
    names: tuple[tuple[tuple[str, ...], bool], ...],
    forms: tuple[tuple[tuple[str, ...], bool], ...] = (),
) -> tuple[re.Pattern[str], _AliasCase]:
    """The alias pattern (see :func:`alias_matches`) compiled, and the case map of
    :func:`alias_pattern`, for each actor's ``(names, organisation)`` and the ``forms``.

    Depends on the names only: registries loaded from the same file share one build (a few
    hundredths of a second per registry otherwise). The case map is read, never changed.
    """
    pattern, case = alias_pattern(names, forms)
    return compiled(pattern), case


def alias_pattern(
    names: tuple[tuple[tuple[str, ...], bool], ...],
    forms: tuple[tuple[tuple[str, ...], bool], ...] = (),
) -> tuple[str, _AliasCase]:
    """The alias pattern (see :func:`alias_matches`) and, per normalised alias, its case
    tokens and whether it names an organisation, for each actor's ``(names, organisation)``;
    ``forms`` are groups of a name and its case forms (``(spellings, organisation)``), matched
    by their stems (:func:`stem_sequences`).
    """
    sequences = []
    case: _AliasCase = {}
    for aliases, organisation in names:
        for alias in aliases:
            elems = pattern_elements(alias)
            if not elems:
                continue
            sequences.append(elems)
            case.setdefault(normalise_name(alias), []).append(
                (tuple(_case_tokens(fold(alias))), organisation)
            )
    for spellings, organisation in forms:
        for form in spellings[1:]:
            case.setdefault(normalised(form), []).append(
                (tuple(_case_tokens(fold(form))), organisation))
    sequences.extend(stem_sequences([spellings for spellings, _ in forms]))
    body = trie_pattern(sequences)
    # A hyphen glues words: "Kornhauser-Duda" is not Duda, "Kremlin-backed" not the Kremlin,
    # "anti-Lukashenko protesters" do not speak for Lukashenko. The character before a name may
    # not be a word character or a hyphen either; the pattern consumes that character (see
    # alias_matches), the name is group 1. One pattern, compiled once: the pattern of a
    # registry is tens of thousands of characters, and compiling it (Python's regex parser
    # reads it character by character) costs more than scanning a corpus of a thousand
    # articles with it. (Two patterns, one opening with a space and one with the other
    # characters, scan no faster and cost a second compile: 0.05 s of every start-up.)
    return r"[^A-Za-z0-9_\-](?<![\w-])(" + body + r")(?![\w]|-\w)", case


# (names, form inputs) -> compiled pattern and case map: registries of the same actors in one
# process share one build (a bound method in an ``lru_cache`` key would make one per registry)
_REGEXES: Final[dict[tuple, tuple[re.Pattern[str], _AliasCase]]] = {}


def _stored_regexes(
    names: tuple[tuple[tuple[str, ...], bool], ...],
    form_inputs: tuple | None,
    form_groups: Callable[[], tuple[tuple[tuple[str, ...], bool], ...]] | None,
) -> tuple[re.Pattern[str], _AliasCase]:
    """:func:`alias_regexes` of ``names`` (and of ``form_groups()`` when given), the pattern,
    its case map and its code read from the store (:mod:`discourse.extract.actors.stored`) when
    a run made them before; ``form_inputs`` is everything ``form_groups`` depends on (it is
    called only when the store has no pattern for them)."""
    key = (names, form_inputs)
    built = _REGEXES.get(key)
    if built is None:
        if form_groups is None:
            pattern, case = stored("aliases", names, lambda: alias_pattern(names))
        else:
            pattern, case = stored("aliases-forms", (names, form_inputs, morphology_version()),
                                   lambda: alias_pattern(names, form_groups()))
        if len(_REGEXES) >= 4:
            _REGEXES.clear()
        built = _REGEXES[key] = (compiled(pattern), case)
    return built


def _case_tokens(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", text.replace(".", "").replace("'", ""))


def case_ok(alias_tokens: Sequence[str], found: str, *, organisation: bool) -> bool:
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


# --------------------------------------------------------------------------------------------
# The finder
# --------------------------------------------------------------------------------------------


_ONE_LETTER_WORD: Final = re.compile(r"[^\W\d_][\s\-]+")


def _after_one_letter_word(low: str) -> int:
    """The offset after a one-letter word without a dot opening ``low`` (0 when none)."""
    m = _ONE_LETTER_WORD.match(low)
    return m.end() if m is not None else 0


class MentionFinder:
    """Mentions of the registry's actors in texts (see :meth:`find`).

    Parameters
    ----------
    actors : sequence of Actor
        The registry's actors, in its order (the alias regex is built from their names).
    lookup : AliasLookup
        The alias index and fuzzy match of the same actors.

    Attributes
    ----------
    case : dict
        Per normalised alias, its case tokens and whether it names an organisation (filled with
        the regex by :meth:`regex`; read by the capitalisation check).
    """

    def __init__(self, actors: Sequence[Actor], lookup: AliasLookup) -> None:
        self._actors = tuple(actors)
        self._lookup = lookup
        self._by_key = lookup.by_key
        self._vocabulary = lookup.vocabulary
        self._regex: re.Pattern[str] | None = None
        # the same with the case forms of the Cyrillic names, for texts in Cyrillic
        self._regex_forms: re.Pattern[str] | None = None
        self.case: _AliasCase = {}
        # (lower-cased, folded) text of an alias-regex match -> the actor it names, or None
        self._span_actor: dict[tuple[str, str], Actor | None] = {}
        self._mention_cache: dict[tuple[str, dt.date | None], tuple[ActorMention, ...]] = {}
        self._token_cache: dict[str, tuple[Actor, ...]] = {}

    def clear_caches(self) -> None:
        """Forget the spellings, short texts and words seen so far (the regex stays)."""
        self._token_cache.clear()
        self._span_actor.clear()
        self._mention_cache.clear()

    def regex(self, cyrillic: bool = False) -> re.Pattern[str]:
        """The alias regex :func:`alias_matches` scans with (built once).

        With ``cyrillic``, the regex also matches the case forms of the Cyrillic names
        ("Пескову", :attr:`AliasLookup.forms`): a text with Cyrillic letters is scanned with
        it, any other text with the regex of the aliases as written (a corpus without
        Russian does not pay for the forms). Both find the same mentions in a text without
        Cyrillic letters, so once the regex with the forms is built it serves every text.
        """
        if self._regex_forms is not None:
            return self._regex_forms  # (finds in any text what the other finds)
        if not cyrillic:
            if self._regex is None:
                self._regex, self.case = _stored_regexes(self._names(), None, None)
            return self._regex
        # what _form_groups reads besides the names: genders, kinds and the forms kept
        form_inputs = (tuple((actor.kind, actor.gender) for actor in self._actors),
                       tuple(sorted(self._lookup.forms.items())))
        # the case map of the forms' regex holds that of the aliases: it replaces it
        self._regex_forms, self.case = _stored_regexes(self._names(), form_inputs,
                                                       self._form_groups)
        return self._regex_forms

    def _names(self) -> tuple[tuple[tuple[str, ...], bool], ...]:
        """Each actor's names and whether it is an organisation (what the patterns are of)."""
        return tuple(((actor.name, *actor.aliases), actor.kind == "organisation")
                     for actor in self._actors)

    def _form_groups(self) -> tuple[tuple[tuple[str, ...], bool], ...]:
        """Each Cyrillic alias with the case forms the alias index kept for it (see
        :attr:`AliasLookup.forms`), and whether it names an organisation; for a person with a
        one-word Cyrillic alias, its one-word aliases only."""
        kept = {name: set(forms) for name, forms in self._lookup.forms.items()}
        groups = []
        for actor in self._actors:
            mine = kept.get(actor.name)
            if not mine:
                continue
            person = actor.kind == "person"
            aliases = (actor.name, *actor.aliases)
            if person and any(" " not in a and CYRILLIC.search(a) for a in aliases):
                # a person with a one-word Cyrillic alias (Песков): the forms of that word
                # find the declined full names too («Дмитрия Пескова» holds «Пескова»), and
                # lookups know every form; the regex need not list them (a third of its size)
                aliases = tuple(a for a in aliases if " " not in a)
            for alias in aliases:
                made = name_forms(alias, actor.gender) if person else org_forms(alias)
                forms = tuple(f for f in made if f in mine)
                if forms:
                    groups.append(((alias, *forms), not person))
        return tuple(groups)

    def find(self, text: str, day: dt.date | None) -> list[ActorMention]:
        """Every mention in ``text`` on ``day`` (see
        :meth:`discourse.extract.actors.ActorRegistry.find_mentions`)."""
        # Short texts (a speaker mention, a role description) recur across articles: answer
        # them from a bounded cache. Whole articles are not cached.
        short = len(text) <= SHORT_TEXT
        if short:
            cached = self._mention_cache.get((text, day))
            if cached is not None:
                return list(cached)
        mentions = self._find_mentions(text, day)
        if short:
            remember(self._mention_cache, (text, day), tuple(mentions))
        return mentions

    def find_in(self, text: str, start: int, end: int, day: dt.date | None) -> list[ActorMention]:
        """``[m for m in self.find(text, day) if start <= m.start < end]``, scanning little more
        of ``text`` than that span (see :func:`scan_span`). Not cached: for articles, read a
        part at a time.
        """
        lo, hi = scan_span(text, start, end)
        if lo == 0 and hi == len(text):
            found = self._find_mentions(text, day)
        else:
            found = [ActorMention(m.start + lo, m.end + lo, m.text, m.actor)
                     for m in self._find_mentions(text[lo:hi], day)]
        return [m for m in found if start <= m.start < end]

    def _find_mentions(self, text: str, day: dt.date | None) -> list[ActorMention]:
        # (an ASCII text, most English ones, has no Cyrillic letter: no search of it)
        regex = self.regex(cyrillic=not text.isascii() and CYRILLIC.search(text) is not None)
        folded, astral = fold_noting_astral(text)
        lowered = lower_same_length(folded)
        mentions: list[ActorMention] = []
        # matches come left to right and never overlap: starts and ends are both sorted
        taken_starts: list[int] = []
        taken_ends: list[int] = []
        span_actor = self._span_actor
        for start, end, low in alias_matches(regex, lowered):
            if low.endswith(".") and low.count(".") == 1:
                end -= 1  # "the UN." ends a sentence; "U.N." keeps its dots
                low = low[:-1]
            found = folded[start:end]
            # The same few hundred spellings recur across a corpus ("Peskov", "the Kremlin"):
            # normalising and checking the case of each is the costliest step per match, so
            # the answer is cached per spelling (it depends on the matched text only).
            actor = span_actor.get((low, found), UNSEEN)
            if actor is UNSEEN:
                actor = remember(span_actor, (low, found), self._actor_of_span(low, found))
            if actor is None:
                tail = _after_one_letter_word(low)
                if not tail:
                    continue
                # "а Лукашенко": the optional dot of an initial ("А. Лукашенко") let a
                # one-letter word (the conjunction «а», «и», «в») open the match; the name
                # after it is still a mention
                start += tail
                low, found = low[tail:], folded[start:end]
                actor = span_actor.get((low, found), UNSEEN)
                if actor is UNSEEN:
                    actor = remember(span_actor, (low, found), self._actor_of_span(low, found))
                if actor is None:
                    continue
            if (actor.kind == "person" and " " not in low and CYRILLIC.match(low)
                    and self._namesake(actor, first_name_before(folded, start))):
                continue  # another person of that surname (see first_name_before)
            mentions.append(ActorMention(start, end, text[start:end], actor))
            taken_starts.append(start)
            taken_ends.append(end)
        # Outside the BMP the class above is incomplete: test every long word there.
        long_words = LONG_WORD if astral else LONG_CAP_WORD
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
                if actor is not None and not (
                        actor.kind == "person" and CYRILLIC.match(word)
                        and self._namesake(actor, first_name_before(folded, start))):
                    mentions.append(ActorMention(start, m.end(), text[start:m.end()], actor))
        mentions.sort(key=lambda x: (x.start, x.end))
        return mentions

    def _namesake(self, actor: Actor, first_names: frozenset[str]) -> bool:
        """Do ``first_names`` (of the word before a surname match) name somebody other than
        ``actor``, whose own first names are the first words of its full aliases?"""
        return bool(first_names) and not (first_names & own_first_names(actor))

    def _actor_of_span(self, low: str, found: str) -> Actor | None:
        """The actor a regex match names, given its lower-cased and its folded text; None when
        the text normalises to no alias or its capitalisation does not fit (see :func:`case_ok`).
        """
        key = normalised(low)
        actor = self._by_key.get(key)
        if actor is None:
            return None
        if not any(case_ok(toks, found, organisation=org) for toks, org in self.case[key]):
            return None
        return actor

    def _fuzzy_token(self, token: str, day: dt.date | None) -> Actor | None:
        return in_office_or_none(self._token_candidates(token), day)

    def _token_candidates(self, token: str) -> tuple[Actor, ...]:
        """The persons a long lower-cased word may be a variant spelling of (ties included).

        Cached per token, not per (token, day): a corpus has a few hundred distinct long
        capitalised words but thousands of (word, day) pairs; the day only breaks ties.
        """
        tied = self._token_cache.get(token)
        if tied is None:
            tied = ()
            if token not in self._by_key and token not in self._vocabulary:
                tied = self._lookup.fuzzy_tied([token], self._lookup.person_tokens)
            remember(self._token_cache, token, tied)
        return tied

    def _any_names_somebody(self, words: list[str]) -> bool:
        """Does any of ``words`` (long capitalised words) have a fuzzy candidate?"""
        cache = self._token_cache  # read directly: this runs for every long word of a text
        return any(cache.get(token) or self._token_candidates(token)
                   for token in map(str.lower, words))
