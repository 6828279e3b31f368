"""Find quotations and reported speech in news text.

The extractor works in three passes over each article, all linear in the text length:

1. **Quotation marks.** Marks are paired per paragraph with a small stack machine that knows
   curly, straight, guillemet and low-nine marks, tells apostrophes from single quotes, and
   resolves ambiguous straight marks by looking ahead. A quote left open at a paragraph end
   continues into the next paragraph when that paragraph opens with a quote mark (news
   convention) or closes the quote before opening another one, followed by an attribution
   (inconsistent typography); otherwise it is capped at its paragraph. Each pair is then
   classified as ``direct``, ``partial`` or ``nested``, or dropped as a name, title or scare quote.
2. **Embedded posts.** A block of unmarked paragraphs followed by a signature line
   (``- Name (@handle) Month D, YYYY``) is an ``embedded`` quote signed by that name.
3. **Reported speech.** Sentences outside quotes are matched against clause patterns built
   from the cue lexicon (``data/cues.yaml``): ``X said (that) P``, ``P, X said``,
   ``According to X, P``, ``X declared <statement>``, ``This was stated by X`` … (``indirect``).

Speaker mentions found by the syntax of the sentence are recorded with their offsets; resolving
them to actors is :mod:`discourse.extract.speakers`' job.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from functools import partial
from itertools import accumulate, compress, count, repeat
from pathlib import Path
from typing import Literal, NamedTuple

import pandas as pd
from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from discourse.core import paths, schema
from discourse.core.runtime import collector_paused
from discourse.core.yamlio import load_yaml
from discourse.text import ABBREVIATIONS, sentence_spans

__all__ = ["Cue", "CueLexicon", "extract_quotes", "load_cues", "PRONOUNS"]

# Helper columns added to the quotes table (documented in extract_quotes).
HELPER_COLUMNS = ("_rule", "_cue_start", "_cue_end", "_parent")

PRONOUNS = frozenset(
    "he she they it we i you him her them us me who his its their".split()
)

# ---------------------------------------------------------------------------------------------
# Cue lexicon
# ---------------------------------------------------------------------------------------------


class _CueEntry(BaseModel):
    """One entry of ``cues.yaml`` as validated on load."""

    model_config = ConfigDict(extra="forbid")

    lemma: str
    type: Literal["verb", "phrase", "preposition"]
    forms: list[str]
    that_clause: bool = False
    zero_that: bool = False
    np_object: bool = False
    speaker: Literal["before", "after", "inside", "none"] = "before"

    @field_validator("forms")
    @classmethod
    def _forms_lower(cls, forms: list[str]) -> list[str]:
        if not forms:
            raise ValueError("must list at least one form")
        bad = [f for f in forms if f != f.lower() or not f.strip()]
        if bad:
            raise ValueError(f"forms must be non-empty lower-case strings; got {bad}")
        return forms


@dataclass(frozen=True)
class Cue:
    """A reporting verb or phrase.

    ``forms`` are matched as whole lower-case token sequences. ``that_clause``: takes ``that P``;
    ``zero_that``: takes a clause without ``that`` (``said the plan failed``); ``np_object``: a
    bare noun-phrase object is a statement (``declared its support``); ``speaker``: where a
    phrase's speaker stands (``after`` "according to X", ``inside`` "in her opinion").
    """

    lemma: str
    type: str
    forms: tuple[str, ...]
    that_clause: bool = False
    zero_that: bool = False
    np_object: bool = False
    speaker: str = "before"


# Words that start "quoted X as saying" (the speaker inside the cue): candidates like cue forms.
_QUOTE_WORDS = ("quoted", "quotes", "quoting", "quote")


@dataclass(frozen=True)
class CueLexicon:
    """The reporting cues, indexed by their first token for linear-time matching."""

    cues: tuple[Cue, ...]
    source: str = ""
    _index: dict[str, tuple[tuple[tuple[str, ...], Cue], ...]] = field(
        default_factory=dict, repr=False, compare=False
    )
    # Words starting a form or "quoted X as saying"; those of them that are a whole form or a
    # quote word; the first two words of the longer forms (see :func:`_find_cues`).
    _starts: tuple[frozenset[str], frozenset[str], frozenset[tuple[str, str]]] = field(
        default=(frozenset(), frozenset(), frozenset()), repr=False, compare=False
    )

    def __post_init__(self) -> None:
        index: dict[str, list[tuple[tuple[str, ...], Cue]]] = {}
        for cue in self.cues:
            for form in cue.forms:
                toks = tuple(form.split())
                index.setdefault(toks[0], []).append((toks, cue))
        # Longest sequence first, so "said in a statement" wins over "said".
        frozen = {k: tuple(sorted(v, key=lambda x: (-len(x[0]), x[0]))) for k, v in index.items()}
        object.__setattr__(self, "_index", frozen)
        forms = [tuple(f.split()) for c in self.cues for f in c.forms]
        single = frozenset([f[0] for f in forms if len(f) == 1] + list(_QUOTE_WORDS))
        starts = (frozenset(frozen) | single, single,
                  frozenset(f[:2] for f in forms if len(f) > 1))
        object.__setattr__(self, "_starts", starts)

    def match(self, words: list[str], i: int) -> tuple[int, Cue] | None:
        """Longest cue starting at token ``i`` of lower-cased ``words``: ``(n_tokens, cue)``."""
        for toks, cue in self._index.get(words[i], ()):
            n = len(toks)
            if tuple(words[i : i + n]) == toks:
                return n, cue
        return None

    def __len__(self) -> int:
        return len(self.cues)


def load_cues(path: str | Path | None = None) -> CueLexicon:
    """Load and validate the cue lexicon.

    Parameters
    ----------
    path : str or Path, default=None
        YAML file with a top-level ``cues`` list; ``None`` reads ``data/cues.yaml``.

    Returns
    -------
    CueLexicon

    Raises
    ------
    ValueError
        Naming the file, the entry number and lemma, and what is wrong with it.
    """
    path = Path(path) if path is not None else paths.data_file("cues.yaml")
    raw = load_yaml(path)
    if not isinstance(raw, dict) or not isinstance(raw.get("cues"), list):
        raise ValueError(f"{path}: expected a mapping with a 'cues' list.")
    errors: list[str] = []
    cues: list[Cue] = []
    seen: dict[str, int] = {}
    for i, entry in enumerate(raw["cues"], start=1):
        label = entry.get("lemma", "?") if isinstance(entry, dict) else "?"
        try:
            item = _CueEntry.model_validate(entry)
        except ValidationError as exc:
            for err in exc.errors():
                loc = ".".join(str(p) for p in err["loc"]) or "entry"
                errors.append(f"{path}, entry {i} ({label!r}): '{loc}' {err['msg']}")
            continue
        for form in item.forms:
            if form in seen:
                errors.append(
                    f"{path}, entry {i} ({label!r}): form {form!r} already listed in entry "
                    f"{seen[form]}"
                )
            seen[form] = i
        cues.append(Cue(item.lemma, item.type, tuple(item.forms), item.that_clause,
                        item.zero_that, item.np_object, item.speaker))
    if errors:
        raise ValueError("Invalid cue lexicon:\n" + "\n".join(errors))
    return CueLexicon(tuple(cues), source=str(path))


# ---------------------------------------------------------------------------------------------
# Tokens
# ---------------------------------------------------------------------------------------------

# Dotted acronyms (U.S.), words with inner apostrophes/hyphens, numbers, handles, punctuation.
_TOKEN = re.compile(
    r"(?:[^\W\d_]\.){2,}|[@#]?[^\W_](?:[\w'’\-]*[^\W_])?|[^\w\s]", re.UNICODE
)


class _Tok(NamedTuple):
    """A token: offsets into the text, the text as written, and its lower-cased form.

    A named tuple rather than a dataclass: articles have thousands of tokens, and creating a
    tuple costs a fraction of a frozen dataclass's ``__init__``.
    """

    start: int
    end: int
    text: str
    low: str

    @property
    def is_cap(self) -> bool:
        return _cap(self.text)

    @property
    def is_word(self) -> bool:
        return _wordish(self.text)


_new_tok = tuple.__new__


def _cap(word: str) -> bool:
    """Does the token start with a capital letter?"""
    return word[:1].isupper()


def _wordish(word: str) -> bool:
    """Is the token a word (a letter or digit first, or a handle or hashtag)?"""
    return word[:1].isalnum() or word[:1] in "@#"


@dataclass(slots=True)
class _Toks:
    """The tokens of a text as parallel columns: token ``i`` runs from ``starts[i]`` to
    ``ends[i]``, reads ``words[i]`` and lower-cased ``lows[i]`` (a _Tok's fields).

    The rules read these lists (``lows[i]`` for ``toks[i].low``) rather than a _Tok per token:
    building a tuple per token cost as much as all the rules reading them, and a list item is
    read faster than a tuple field. No ``len()``: ``len(toks.lows)`` is the token count.
    """

    starts: list[int]
    ends: list[int]
    words: list[str]
    lows: list[str]

    @classmethod
    def of(cls, toks: list[_Tok]) -> _Toks:
        """The columns of a list of tokens (as :func:`_tokens` returns)."""
        cols = tuple(map(list, zip(*toks))) if toks else ([], [], [], [])
        return cls(*cols)


# ``_TOKEN`` refactored for speed, the tokens it finds unchanged. Every token starts with a
# character of ``[^\s_]`` and every such character starts one (``\w`` is the letters and digits
# plus "_"), so the pattern opens with that class, which the regex engine skips to in C instead
# of trying three alternatives at every space. Lookbehinds on that first character then choose
# what it begins: a dotted acronym or a word (letter or digit; the acronym first, as in
# ``_TOKEN``), a handle or hashtag, else the character alone (punctuation, or "@"/"#" without a
# word). The acronym branch tests the "." before its lookbehind: most letters fail it at once.
_WORD_REST = r"[\w'’\-]*[^\W_]"
_SPLIT_TOKENS = re.compile(
    r"([^\s_](?:(?<=[^\W_])(?:\.(?<=[^\W\d_]\.)(?:[^\W\d_]\.)+|" + _WORD_REST + r"|)"
    r"|(?<=[@#])[^\W_](?:" + _WORD_REST + r")?|))",
    re.UNICODE,
)


def _tokens(text: str, start: int = 0, end: int | None = None) -> list[_Tok]:
    """Tokens of ``text[start:end]`` with offsets into ``text`` (see :func:`_token_columns`)."""
    return list(map(_new_tok, repeat(_Tok), zip(*_token_columns(text, start, end))))


def _token_columns(
    text: str, start: int = 0, end: int | None = None
) -> tuple[list[int], list[int], list[str], list[str]]:
    """Tokens of ``text[start:end]`` as parallel lists: starts, ends, words, lower-cased words.

    ``start`` must not fall inside a token (a paragraph start, a whitespace position): then the
    tokens are exactly those that tokenising the whole text gives in that range.

    Tokenising is the largest cost of the extractor, so the per-token work runs in C loops:
    ``re.split`` with a capturing group returns the tokens at the odd indices and the gaps
    between them at the even ones (cheaper than a match object per token), the offsets are
    running sums of the piece lengths, and the words are lower-cased in one call on their joined
    string. Only the full-stop fix-up for abbreviations loops in Python, over the "." tokens
    that directly follow another token.
    """
    stop = len(text) if end is None else end
    parts = _SPLIT_TOKENS.split(text[start:stop] if start or end is not None else text)
    words = parts[1::2]
    if not words:
        return [], [], [], []
    offsets = list(accumulate(map(len, parts), initial=start))
    starts = offsets[1:-1:2]
    ends = offsets[2::2]
    # A full stop right after an abbreviation or an initial belongs to it ("Sen.", "A."). Such
    # a "." is always a token of its own, right after the word (an empty gap between them); the
    # last word may also take a "." just past ``end``, which the text is still read for.
    last = len(words) - 1
    candidates: list[int] = []
    k = 0
    try:
        while True:  # list.index scans in C: only the "." tokens cost a Python step
            k = words.index(".", k + 1)
            if not parts[2 * k]:  # no gap before this "." (parts[2k] precedes words[k])
                candidates.append(k - 1)
    except ValueError:  # no "." token left
        pass
    if not parts[-1] and stop < len(text) and text[stop] == ".":
        candidates.append(last)
    absorbed: set[int] = set()
    for i in candidates:
        word = words[i]
        if word[:1].isalpha() and (
            word.lower() in ABBREVIATIONS or (len(word) == 1 and word.isupper())
        ):
            words[i] = word + "."
            ends[i] += 1
            absorbed.add(i + 1)
    absorbed.discard(last + 1)  # the "." past ``end`` is no token of this range
    for i in sorted(absorbed, reverse=True):  # a few per article: deleting beats rebuilding
        del words[i], starts[i], ends[i]
    # Each word lower-cased, "’" read as "'". ``str.lower`` per word in a C loop; the few
    # words holding a "’" (every one in the text lies in a token) are then found by bisection.
    lows = list(map(str.lower, words))
    p = text.find("’", start, stop)
    while p >= 0:
        k = bisect.bisect_right(starts, p) - 1
        if k >= 0 and p < ends[k]:
            lows[k] = lows[k].replace("’", "'")
        p = text.find("’", p + 1, stop)
    return starts, ends, words, lows


# ---------------------------------------------------------------------------------------------
# Word classes for noun-phrase grabbing (closed classes only; content words are open)
# ---------------------------------------------------------------------------------------------

_DETERMINERS = frozenset(
    "the a an this that these those his her their its our my your some many several most "
    "all both each every other another two three four five few no one".split()
)
_ADVERBS = frozenset(
    """also further later earlier previously repeatedly then again once recently reportedly
    publicly separately subsequently already just only even first initially finally ultimately
    now still often frequently quickly immediately openly privately bluntly flatly simply
    clearly explicitly firmly directly has have had would will did does do had has
    emphatically angrily calmly proudly jokingly sharply specifically reportedly allegedly
    yesterday today tonight long""".split()
)
_CLAUSE_STOP = frozenset(
    """in on at with by from to during after before about into over under as than while when
    because since if although though but or nor so yet that which where whom whose what why how
    whether not never is was are were be been being said says told also and""".split()
)
_WEEKDAYS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday".split()
)
# Nouns after which "according to a X from/by/of Y" names Y as the source.
_CARRIER_NOUNS = frozenset(
    """statement release report post tweet letter message filing memo transcript spokesman
    spokeswoman spokesperson representative aide official source sources interview""".split()
)
# "According to data, ..." has no speaker: nouns that never speak.
_NON_SPEAKERS = frozenset(
    """data figures statistics estimates estimate forecasts forecast polls poll survey surveys
    calculations projections records record documents results census research analysis
    study studies models model""".split()
)
# Verbs that attribute a fragment to someone without a reporting verb ("called X a 'Y'").
_NAMING_VERBS = frozenset(
    """called calls calling dubbed dubs labeled labelled labels branded brands termed terms
    described describes describing referred refers characterized characterised deemed
    slammed praised accused accuses""".split()
)
# Frequent irregular past tenses: a finite verb that the "-ed" test misses ("Murray paid …").
_IRREGULAR_PAST = frozenset(
    """paid gave took made went came got knew thought saw found left kept held brought bought
    began became ran won lost sent spent built meant felt met sold stood understood wrote
    spoke broke chose drove fell fought forgot grew hid rose shook shot sat slept stole struck
    threw wore withdrew""".split()
)
_AUX = frozenset(
    """is was are were be been being am will would can could should shall may might must has
    have had do does did won't can't don't doesn't didn't isn't wasn't aren't weren't
    wouldn't couldn't shouldn't it's i'm we're they're he's she's there's that's i've we've""".split()
)
# Words before a cue form that make it a noun ("the report", "a claim", "his remarks").
_NOUN_MARKERS = frozenset(
    """the a an this these those his her their its our my your whose every each any no other
    various numerous multiple respective such recent previous similar new""".split()
)
_SUBJECT_PRONOUNS = frozenset("he she they it we i you who".split())
_OBJECT_PRONOUNS = frozenset("him her them us me it you".split())

_OPEN_PUNCT = "([{—–-/"
_DOUBLE = "\"“”„«»"
_SINGLE = "'‘’‚‹›"
_QUOTE_CHARS = _DOUBLE + _SINGLE  # joined once, not per test
_MARKS = re.compile(r"[\"“”„«»'‘’‚‹›]")
# The marks that pairing looks at: an apostrophe between two letters or digits ("don't") is no
# quote mark whatever the paragraph bounds (:func:`_mark_role`), so it is left out. The mark is
# matched first (the engine skips to it in C), then tested: not an apostrophe, or no letter or
# digit before it, or none after it.
_PAIRABLE = re.compile(r"[\"“”„«»'‘’‚‹›](?:(?<=[\"“”„«»‘‚‹›])|(?<![^\W_].)|(?![^\W_]))")
_SENTENCE_PUNCT = frozenset(".!?…:;\"“”«»‘’'—–-(")
# Terminal punctuation ending a sentence. "[.!?…][.!?…]*" rather than "[.!?…]+" (the same
# matches): a pattern opening with a plain character class lets the regex engine skip to the
# next candidate character in C, which halves the search time.
_SENT_END = re.compile(r"[.!?…][.!?…]*[\"'”’»)]*(?=\s|$)")
# Patterns used per quote or per sentence, compiled once (``re.findall(str, …)`` looks the
# pattern up in re's cache on every call).
_LINE_BREAK = re.compile(r"[\r\n]")
_WORDS = re.compile(r"\w+")
# Three words (runs of ``\w``): the end of one, a gap, a whole one, a gap, the start of another.
# Searching stops at the third word, where counting all words with ``_WORDS`` reads them all.
_THREE_WORDS = re.compile(r"\w\W+\w+\W+\w")
_ACRONYM = re.compile(r"(?:[a-z]\.)+[a-z]")
_TITLE_WORD = re.compile(r"[^\W_][\w'’\-.&]*")
_VERB_WORD = re.compile(r"[^\W\d_][\w'’]*")
_NEW_SENTENCE_AFTER = re.compile(r"\s+[A-Z“\"‘]")
_LOWER_AFTER = re.compile(r"\s+[a-z]")


# ---------------------------------------------------------------------------------------------
# Paragraphs
# ---------------------------------------------------------------------------------------------


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph spans: blocks split by blank lines, or lines when no blank line exists.

    A paragraph is a line without the white space around it: the spans of the regex
    ``\\S(?:[^\\r\\n]*\\S)?``, found faster: ``str.split`` finds the line breaks in C (``memchr``)
    where the regex tests every character, and ``str.strip`` removes the white space of ``\\s``
    (both use ``str.isspace``).
    """
    spans = []
    pos = 0  # offset of the line
    for line in text.split("\n") if "\r" not in text else _LINE_BREAK.split(text):
        core = line.strip()
        if core:
            start = pos + len(line) - len(line.lstrip())
            spans.append((start, start + len(core)))
        pos += len(line) + 1  # the line and its one-character break
    return spans


# ---------------------------------------------------------------------------------------------
# Pass 1: quotation marks
# ---------------------------------------------------------------------------------------------


@dataclass
class _Pair:
    open: int  # offset of the opening mark
    close: int  # offset of the closing mark (or the cap position, exclusive)
    depth: int
    family: str  # "d" double, "s" single
    closed: bool = True
    parent: _Pair | None = None


@dataclass
class _Open:
    pos: int
    family: str
    char: str


def _mark_role(text: str, i: int, ps: int, pe: int) -> tuple[str, str]:
    """Family and role of the mark at ``i``: role is open, close, amb (ambiguous) or none."""
    c = text[i]
    prev = text[i - 1] if i > ps else " "
    nxt = text[i + 1] if i + 1 < pe else " "
    left = prev.isspace() or prev in _OPEN_PUNCT or prev in _QUOTE_CHARS or i == ps
    right = nxt.isspace() or nxt in ".,;:!?)]}—–-…" or nxt in _QUOTE_CHARS or i + 1 == pe
    if c in _DOUBLE:
        if c in "«„":
            return "d", "open"
        if c == "»":
            return "d", "close"
        if c == "“":
            # “ after a word and before a space is a closer (German „…“ or a typo)
            return "d", "close" if (not left and right) else "open"
        if c == "”":
            return "d", "amb" if (left and not right) else "close"
        # straight double mark
        if left and not right:
            return "d", "amb_open"
        if right and not left:
            return "d", "close"
        return "d", "amb"
    # single family
    if c in "‘‚‹":
        return "s", "open" if left else "none"
    if c == "›":
        return "s", "close"
    if prev.isalnum() and nxt.isalnum():
        return "s", "none"  # apostrophe inside a word: don't, Lithuania's
    if left and not right:
        return "s", "open"
    if right and not left:
        # Possessive plural: "Belarus' national", "the Bidens’ plan"
        k = i + 1
        while k < pe and text[k] == " ":
            k += 1
        if prev in "sSzx" and k < pe and (text[k].islower() or text[k].isdigit()):
            return "s", "none"
        return "s", "close"
    return "s", "none"


def _scan_paragraph(
    text: str, ps: int, pe: int, stack: list[_Open], skip: int = -1,
    marks: list[int] | None = None,
) -> tuple[list[_Pair], list[_Open], int]:
    """Pair marks inside one paragraph, starting from ``stack`` (quotes open from before).

    ``marks``: the offsets of ``_PAIRABLE`` in ``[ps, pe)``, when the caller has them (other
    marks are in-word apostrophes, which pair with nothing). Returns the closed pairs (the
    outermost inherited quote is not among them), the stack at the paragraph end, and the offset
    where the inherited outermost quote closed (-1 if it did not).
    """
    if marks is None:
        marks = [m.start() for m in _PAIRABLE.finditer(text, ps, pe)]
    if skip >= 0:
        marks = [i for i in marks if i != skip]
    roles = [_mark_role(text, i, ps, pe) for i in marks]
    inherited = stack[0] if stack else None
    stack = list(stack)
    pairs: list[_Pair] = []
    outer_close = -1
    # Positions of later closers, for look-ahead on ambiguous marks (suffix counts: linear).
    n = len(marks)
    later_d = [0] * (n + 1)
    later_s = [0] * (n + 1)
    for k in range(n - 1, -1, -1):
        fam, role = roles[k]
        later_d[k] = later_d[k + 1] + (fam == "d" and role in ("close", "amb", "amb_open"))
        later_s[k] = later_s[k + 1] + (fam == "s" and role == "close")
    for k, i in enumerate(marks):
        fam, role = roles[k]
        if role == "none":
            continue
        d_idx = len(stack) - 1  # the innermost double quote open (-1: none)
        while d_idx >= 0 and stack[d_idx].family != "d":
            d_idx -= 1
        if fam == "d":
            if role in ("amb", "amb_open"):
                if d_idx < 0:
                    role = "open" if role == "amb_open" or later_d[k + 1] else "none"
                else:
                    # Nested opener only if something later can close it.
                    role = "open" if role == "amb_open" and later_d[k + 1] else "close"
            if role == "close" and d_idx >= 0:
                opener = stack[d_idx]
                del stack[d_idx:]
                if inherited is not None and opener is inherited:
                    outer_close = i
                    inherited = None
                else:
                    pairs.append(_Pair(opener.pos, i, d_idx, "d"))
            elif role == "open" and len(stack) < 3:
                stack.append(_Open(i, "d", text[i]))
        else:
            if role == "open" and later_s[k + 1] and len(stack) < 3:
                stack.append(_Open(i, "s", text[i]))
            elif role == "close" and stack and stack[-1].family == "s":
                opener = stack.pop()
                pairs.append(_Pair(opener.pos, i, len(stack), "s"))
        if outer_close >= 0 and not stack:
            # The inherited quote closed; the rest of the paragraph starts fresh.
            rest, stack_end, _ = _scan_paragraph(text, i + 1, pe, [], marks=marks[k + 1:])
            return pairs + rest, stack_end, outer_close
    stack = [o for o in stack if o.family == "d"]
    return pairs, stack, outer_close


def _opens_paragraph(text: str, ps: int, pe: int) -> bool:
    c = text[ps]
    return c in "“„«\"‘" or (c == "”" and ps + 1 < pe and not text[ps + 1].isspace())


def _attribution_follows(
    text: str, close: int, pe: int, lex: CueLexicon, toks: _Toks | None = None,
    tok_starts: list[int] | None = None,
) -> bool:
    """A cue (or a comma before the mark) right after a closing mark: ``…, ”said Peskov``."""
    before = text[max(0, close - 3) : close].rstrip()
    if before.endswith((",", "?", "!")):
        return True
    m = _SENT_END.search(text, close + 1, pe)
    tail_end = m.start() if m else pe
    if toks is not None and tok_starts is not None:
        # the article's tokens, not a re-tokenised copy: linear over many short paragraphs
        k = bisect.bisect_left(tok_starts, close + 1)
        words = [w for w, e in zip(toks.lows[k : k + 14], toks.ends[k : k + 14]) if e <= tail_end]
    else:
        words = [t.low for t in _tokens(text[close + 1 : tail_end])][:14]
    return any(lex.match(words, j) for j in range(len(words)))


def _pair_marks(
    text: str, paras: list[tuple[int, int]], lex: CueLexicon, toks: _Toks | None = None,
    tok_starts: list[int] | None = None, marks: list[int] | None = None,
) -> list[_Pair]:
    """All quote pairs of the text, across paragraphs where a quote continues. ``marks``: the
    offsets of ``_PAIRABLE`` in the text, when the caller has them."""
    pairs: list[_Pair] = []
    # A paragraph without a mark pairs nothing and passes an open quote on unchanged: only
    # paragraphs holding a mark are scanned.
    if marks is None:
        marks = [m.start() for m in _PAIRABLE.finditer(text)]

    def marks_in(s: int, e: int) -> list[int]:
        return marks[bisect.bisect_left(marks, s):bisect.bisect_left(marks, e)]

    p = 0
    max_follow = 4
    while p < len(paras):
        ps, pe = paras[p]
        if not _has_between(marks, ps, pe):
            p += 1
            continue
        found, stack, _ = _scan_paragraph(text, ps, pe, [], marks=marks_in(ps, pe))
        pairs.extend(found)
        p += 1
        if not stack:
            continue
        outer = stack[0]
        # Try to continue the open quote into the following paragraphs.
        q = p
        cont_pairs: list[_Pair] = []
        closed_at = -1
        while q < len(paras) and q - p < max_follow:
            qs, qe = paras[q]
            if not _has_between(marks, qs, qe):
                q += 1  # the quote may close later
                continue
            if _opens_paragraph(text, qs, qe):
                found, st, oc = _scan_paragraph(text, qs, qe, [outer], qs, marks_in(qs, qe))
            else:
                found, st, oc = _scan_paragraph(text, qs, qe, [outer], marks=marks_in(qs, qe))
                if oc < 0 and st and st[0] is outer and len(st) == 1:
                    # no mark closed the quote (plain or balanced paragraph): it may close later
                    cont_pairs.extend(found)
                    q += 1
                    continue
                if oc < 0 or not _attribution_follows(text, oc, qe, lex, toks, tok_starts):
                    break
            cont_pairs.extend(found)
            q += 1
            if oc >= 0:
                closed_at = oc
                # the rest of that paragraph was scanned fresh inside _scan_paragraph
                break
            if not (st and st[0] is outer):
                break
        if closed_at >= 0:
            pairs.append(_Pair(outer.pos, closed_at, 0, "d"))
            pairs.extend(cont_pairs)
            p = q
        else:
            # Cap at the paragraph: never swallow the rest of the article.
            pairs.append(_Pair(outer.pos, pe, 0, "d", closed=False))
    # Depth and parents from containment.
    pairs.sort(key=lambda x: (x.open, -x.close))
    open_stack: list[_Pair] = []
    for pr in pairs:
        while open_stack and open_stack[-1].close <= pr.open:
            open_stack.pop()
        pr.parent = open_stack[-1] if open_stack else None
        pr.depth = len(open_stack)
        open_stack.append(pr)
    return pairs


# ---------------------------------------------------------------------------------------------
# Sentence frames and attribution syntax
# ---------------------------------------------------------------------------------------------


def _is_abbrev_at(text: str, dot: int) -> bool:
    j = dot
    while j > 0 and (text[j - 1].isalpha() or text[j - 1] == "."):
        j -= 1
    word = text[j:dot].lower()
    return bool(word) and (
        word in ABBREVIATIONS or (len(word) == 1 and text[j].isupper())
        or bool(_ACRONYM.fullmatch(word))
    )


# No sentence is longer than this: bounds every backward/forward search, so that a text without
# sentence ends (a run-on paragraph, a 1 MB line) stays linear.
_MAX_SENTENCE = 3000
_MAX_LOOKBACK = 150  # tokens


def _sentence_start(text: str, lo: int, pos: int) -> int:
    """Start of the sentence containing ``pos`` (search no further back than ``lo``)."""
    # Most sentences are short: look in a small window first; the latest boundary found there
    # is the answer, and the long window is only scanned when the short one has none.
    for width in (300, _MAX_SENTENCE):
        lo2 = max(lo, pos - width)
        best = _sentence_start_in(text, lo2, pos)
        if best > lo2 or lo2 == lo or width == _MAX_SENTENCE:
            return best
    return lo  # pragma: no cover - the loop always returns


def _sentence_start_in(text: str, lo: int, pos: int) -> int:
    best = lo
    for m in _SENT_END.finditer(text, lo, pos):
        punct_end = m.start() + len(m.group().rstrip("\"'”’»)"))
        if m.group()[0] == "." and len(m.group().rstrip("\"'”’»)")) == 1 and _is_abbrev_at(
            text, m.start()
        ):
            continue
        k = m.end()
        while k < pos and text[k].isspace():
            k += 1
        if k < pos and text[k].islower():
            continue
        best = max(best, punct_end)
    while best < pos and text[best] in " \t\"'”’»)":
        best += 1
    return best


def _sentence_end(text: str, pos: int, hi: int) -> int:
    """End (exclusive, after the terminal punctuation) of the sentence running from ``pos``."""
    hi = min(hi, pos + _MAX_SENTENCE)
    for m in _SENT_END.finditer(text, pos, hi):
        core = m.group().rstrip("\"'”’»)")
        if core == "." and _is_abbrev_at(text, m.start()):
            continue
        k = m.end()
        while k < hi and text[k] in " \t":
            k += 1
        if k < hi and text[k].islower():
            continue
        return m.start() + len(core)
    return hi


class _Attr(NamedTuple):
    """An attribution: the cue's text and offsets, the mention's offsets (-1 when none), the
    rule. A named tuple: thousands are made per corpus, and a frozen dataclass's ``__init__``
    costs several times more."""

    cue: str
    cue_start: int
    cue_end: int
    m_start: int
    m_end: int
    rule: str

    def mention(self, text: str) -> str:
        return text[self.m_start : self.m_end] if self.m_start >= 0 else ""


_QUOTED_AS_SAYING = Cue("quoted X as saying", "phrase", ("quoted x as saying",), True, True,
                        False, "inside")


def _quoted_as_saying_object(toks: _Toks, a: int, b: int) -> tuple[int, int]:
    """Object span of "quoted <X> as saying" (tokens between the verb and "as saying")."""
    return a + 1, b - 2


def _find_cues(toks: _Toks, lex: CueLexicon) -> list[tuple[int, int, Cue]]:
    """Cue occurrences as ``(first token, end token, cue)``, non-overlapping, left to right.

    The same as testing every token with :func:`_cue_at`, but a C loop over the lower-cased
    words picks the candidates: words that start a cue form or "quoted X as saying". A
    candidate whose forms all have several words is tested only when the next word continues
    one of them (``_cue_at`` would find no form there), which drops most frequent words ("in",
    "was", "as", "it").
    """
    lows = toks.lows
    firsts, single, bigrams = lex._starts
    hits: list[tuple[int, int, Cue]] = []
    n = len(lows)
    nxt = 0  # the first token after the last hit
    for i in compress(count(), map(firsts.__contains__, lows)):
        if i < nxt:
            continue
        w = lows[i]
        if w not in single and (i + 1 == n or (w, lows[i + 1]) not in bigrams):
            continue
        hit = _cue_at(toks, i, lex)
        if hit:
            hits.append(hit)
            nxt = hit[1]
    return hits


def _cue_at(toks: _Toks, i: int, lex: CueLexicon) -> tuple[int, int, Cue] | None:
    """The cue starting at token ``i`` (``(i, end token, cue)``), or None."""
    words, lows = toks.words, toks.lows
    w = lows[i]
    m = None
    entries = lex._index.get(w)
    if entries:
        # Forms are sorted longest first: the tokens the longest could span, lower-cased once.
        n = len(entries[0][0])
        span = tuple(lows[i : i + n])
        for form, cue in entries:
            if span[: len(form)] == form:
                m = (len(form), cue)
                break
    if m and _cap(words[i]) and i > 0 and words[i - 1] not in _SENTENCE_PUNCT:
        m = None  # "United States", "the State Department": a name, not a verb
    if m and m[1].type == "verb" and i > 0 and (
        lows[i - 1] in _NOUN_MARKERS or lows[i - 1].endswith("'s")
    ):
        m = None  # "the report", "Trump's tweet", "his remarks": a noun, not a verb
    if m and m[1].type == "verb" and i + m[0] < len(lows):
        nxt = lows[i + m[0]]
        if nxt in _AUX and (nxt not in ("had", "has", "have", "would", "will")
                            or not w.endswith(("ed", "s"))):
            m = None  # "the unifying question will be", "his claims were": a noun subject
    if m is None and w in _QUOTE_WORDS:
        # "RIA Novosti quoted him as saying": the speaker sits inside the cue
        for k in range(i + 2, min(i + 10, len(lows) - 1)):
            if lows[k] == "as" and lows[k + 1] == "saying":
                m = (k + 2 - i, _QUOTED_AS_SAYING)
                break
            if not _wordish(words[k - 1]):
                break
    if m is None:
        return None
    return i, i + m[0], m[1]


def _np_forward(toks: _Toks, i: int, limit: int = 12) -> int:
    """End token index (exclusive) of a noun phrase starting at ``i`` ("the head of the X")."""
    words, lows = toks.words, toks.lows
    j = i
    while j < len(lows) and j - i < limit:
        word, low = words[j], lows[j]
        if not _wordish(word):
            if word in "-–" and j + 1 < len(lows) and _cap(words[j + 1]):
                j += 1  # "Sen. Ted Cruz, R-Texas"
                continue
            break
        if low in ("of", "for") and j > i and j + 1 < len(lows) and _wordish(words[j + 1]):
            j += 1
            continue
        if low in _CLAUSE_STOP or (low in _AUX):
            break
        if j > i + 1 and not _cap(word) and low.endswith("ed"):
            break  # "The paper disputed this": a verb ends the phrase
        if j > i and not _cap(word) and _cap(words[j - 1]) and low not in ("'s",):
            # a lower-case word after a name ends the phrase ("Peskov noted"), except nouns
            # continuing a description ("the Lithuanian diplomat")
            if lows[i] not in _DETERMINERS:
                break
        j += 1
    # Do not end on a function word.
    while j > i and lows[j - 1] in ("of", "for", "the", "a", "an", "and"):
        j -= 1
    return j


def _np_backward(toks: _Toks, j: int, lo: int, limit: int = 12) -> int:
    """Start token index of the noun phrase ending just before token ``j`` (tokens ``>= lo``)."""
    words, lows = toks.words, toks.lows
    i = j
    while i > lo and j - i < limit:
        word, low = words[i - 1], lows[i - 1]
        if not _wordish(word):
            break
        if low in ("of", "for") and i - 1 > lo and _wordish(words[i - 2]) and i < j:
            i -= 1
            continue
        if low == "and" and i < j and _cap(words[i]) and i - 1 > lo and _cap(words[i - 2]):
            i -= 1  # "Republicans and Democrats"
            continue
        if low in _CLAUSE_STOP or low in _AUX:
            break
        if low in _SUBJECT_PRONOUNS or low in _OBJECT_PRONOUNS:
            if i == j:
                i -= 1
            break
        if low in _DETERMINERS:
            i -= 1
            if i - 2 >= lo and lows[i - 1] in ("of", "for", "at") and _wordish(words[i - 2]) and (
                    lows[i - 2] not in _CLAUSE_STOP and lows[i - 2] not in _AUX
                    and not lows[i - 2].endswith(("ed", "ing")) and j - i < limit):
                # "a spokesperson for the Pentagon": the head noun, not its complement
                i -= 1
                continue
            break
        i -= 1
    # Trim a leading lower-case run that does not start with a determiner: "hear that some"
    while i < j and lows[i] in ("of", "for", "and"):
        i += 1
    return i


def _skip_adverbs_back(toks: _Toks, j: int, lo: int) -> int:
    lows = toks.lows
    # Adverbs and "on <weekday>" interleave freely: "also on Sunday argued", "on Monday again said".
    while j > lo:
        w = lows[j - 1]
        if w in _WEEKDAYS and j - 2 >= lo and lows[j - 2] == "on":
            j -= 2
        elif w in _ADVERBS or w in _WEEKDAYS:
            j -= 1
        else:
            break
    return j


def _subject_before(toks: _Toks, k: int, lo: int) -> tuple[int, int] | None:
    """Token span of the subject of the cue at token ``k`` (searching back to ``lo``)."""
    words, lows = toks.words, toks.lows
    if lows[k].endswith("ing") and k > lo:
        i = _np_backward(toks, k, lo)
        if lo < i < k and lows[i - 1] == "with" and (_cap(words[i]) or lows[i] in (
                "him", "her", "them")):
            return i, k  # "with Obama calling out …": an absolute construction
        return _main_subject(toks, k, lo)
    j = _skip_adverbs_back(toks, k, lo)
    if j <= lo:
        return None
    prev_word, prev_low = words[j - 1], lows[j - 1]
    if prev_low in _SUBJECT_PRONOUNS and prev_low != "who":
        return j - 1, j
    if prev_low in _OBJECT_PRONOUNS:
        return None  # "Let us remind you": an object is not a subject
    if prev_low == "who" and j - 2 > lo and words[j - 2] == ",":
        i = _np_backward(toks, j - 2, lo)
        return (i, j - 2) if i < j - 2 else None
    if prev_low == "who" and j - 1 > lo and _wordish(words[j - 2]):
        # restrictive relative clause: "a woman who said", "Stormy Daniels who alleges"
        i = _np_backward(toks, j - 1, lo)
        return (i, j - 1) if i < j - 1 else None
    if prev_word == ",":
        # Appositive: "Smith, a Democrat from Ohio, said"
        c = j - 2
        while c > lo and words[c] != "," and j - c < 16:
            c -= 1
        if c > lo and words[c] == "," and _cap(words[c - 1]):
            i = _np_backward(toks, c, lo)
            if i < c:
                return i, c
        return None
    if not _wordish(prev_word):
        return None
    i = _np_backward(toks, j, lo)
    if i >= j:
        return None
    return i, j


def _subject_extended(
    toks: _Toks, a: int, lo: int, sent_lo: int | None = None
) -> tuple[int, int] | None:
    """Subject of the cue at ``a``, looking through a catenative verb ("plans to tell",
    "wants to say") and across a coordination ("defended her record and said")."""
    words, lows = toks.words, toks.lows
    subj = _subject_before(toks, a, lo)
    if subj is not None:
        return subj
    k = _skip_adverbs_back(toks, a, lo)
    if k - 2 > lo and lows[k - 1] == "to" and _wordish(words[k - 2]) and not _cap(words[k - 2]):
        subj = _subject_before(toks, k - 2, lo)
        if subj is not None:
            return subj
    if k - 1 >= lo and lows[k - 1] == "and":
        start = lo if sent_lo is None else min(lo, sent_lo)
        return _clause_subject(toks, start, k - 1) if k - 1 > start else None
    return None


def _clause_subject(toks: _Toks, lo: int, hi: int) -> tuple[int, int] | None:
    """The pronoun or capitalised name opening the clause ``toks[lo:hi]`` (its subject)."""
    words, lows = toks.words, toks.lows
    i = lo
    while i < hi and (lows[i] in _ADVERBS or lows[i] in ("but", "and", "so", "then")
                      or words[i] in "\"“‘'"):
        i += 1
    if i >= hi:
        return None
    if lows[i] in _SUBJECT_PRONOUNS and lows[i] not in ("who", "it", "you", "i", "we"):
        return i, i + 1
    e = min(_np_forward(toks, i), hi)
    if not _cap(words[i]) and not any(map(_cap, words[i:e])):
        return None  # "current Senate Majority Leader Harry Reid" passes, "the plan" does not
    # the subject must be followed by a verb, not be the object of a preposition or an intro
    if e <= i or (e < hi and words[e] in ",:;"):
        return None
    return i, e


def _main_subject(toks: _Toks, k: int, lo: int) -> tuple[int, int] | None:
    """Subject of a participle cue ("…, saying that …"): the name or pronoun opening the
    sentence ("President Obama spoke …, saying he's concerned")."""
    words, lows = toks.words, toks.lows
    if words[k - 1] != "," and lows[k - 1] not in ("and", "while", "before", "after", "in",
                                                           "by"):
        return None
    i = lo
    while i < k and lows[i] in _ADVERBS | {"but", "and", "so", "then"}:
        i += 1
    if i >= k:
        return None
    if lows[i] in _SUBJECT_PRONOUNS and lows[i] not in ("who", "it", "you"):
        return i, i + 1
    if _cap(words[i]):
        e = _np_forward(toks, i)
        if e > i and not (e < k and words[e] == ","):
            return i, e
    # an introductory phrase first: "In it, Mr. Bannon also contradicted …, saying"
    for c in range(i, min(k, i + 12)):
        if words[c] == ",":
            return _clause_subject(toks, c + 1, k)
    return None


def _cue_after_quote(
    toks: _Toks, ti: int, tj: int, hits: list[tuple[int, int, Cue]]
) -> tuple[tuple[int, int, Cue], tuple[int, int]] | None:
    """Attribution in tokens ``[ti, tj)`` right after a closing mark: ``, she said`` /
    ``said Peskov`` / ``RIA Novosti quoted him as saying``."""
    words, lows = toks.words, toks.lows
    i = ti
    while i < tj and words[i] in ",.;:—–-!?":
        i += 1
    if i >= tj:
        return None
    for h in hits:
        a, b, cue = h
        if a < i or a >= tj:
            continue
        if a - i > 14:
            return None
        if cue.type == "preposition":
            return None
        if a == i:
            # inverted: "said Peskov", "added the minister"
            if cue.lemma in ("tell",):
                return None
            e = _np_forward(toks, b)
            return (h, (b, e)) if e > b else None
        # "RIA Novosti quoted him as saying": the speaker is the object of "quoted"
        if cue is _QUOTED_AS_SAYING:
            return h, _quoted_as_saying_object(toks, a, b)
        subj = _subject_before(toks, a, i)
        if subj and subj[0] == i or (subj and lows[i] in _DETERMINERS):
            return _relayed(toks, h, (i, subj[1]), tj, hits)
        if subj and all(_wordish(w) or w in _QUOTE_CHARS for w in words[i : subj[0]]):
            # everything between the mark and the cue is the subject: "the source on the
            # call said", "“The Kelly File” host told viewers"
            if _cap(words[i]) or lows[i] in _DETERMINERS or words[i] in _DOUBLE:
                subj = (i, subj[1])
            return _relayed(toks, h, subj, tj, hits)
        if subj and (_cap(words[subj[0]]) or lows[subj[0]] in _SUBJECT_PRONOUNS) and (
            words[subj[0] - 1] == ","
        ):
            return h, subj  # "“…,” now and in future crises, McCain told reporters"
        return None
    return None


def _relayed(
    toks: _Toks, h: tuple[int, int, Cue], subj: tuple[int, int], tj: int,
    hits: list[tuple[int, int, Cue]],
) -> tuple[tuple[int, int, Cue], tuple[int, int]]:
    """``“…,” Ayers said McDonald told him``: the words are the inner speaker's, not the relay's."""
    words, lows = toks.words, toks.lows
    b = h[1]
    if b < tj and (_cap(words[b]) or lows[b] in _SUBJECT_PRONOUNS) and lows[b] not in (
        "it", "i", "we", "you", "who"
    ):
        e = b + 1 if lows[b] in _SUBJECT_PRONOUNS else _np_forward(toks, b)
        for h2 in hits:
            if h2[0] == e and h2[2].type == "verb" and e > b:
                return h2, (b, e)
    return h, subj


# ---------------------------------------------------------------------------------------------
# Attribution by shape: recall of direct quotes must not depend on knowing the verb
# ---------------------------------------------------------------------------------------------

# Past tenses of speech-like verbs that the "-ed" test misses ("“…,” she swore.").
_SAY_IRREGULAR = frozenset(
    """said told wrote spoke put swore sang bit read shot cried""".split()
)
# Prepositions allowed inside a speaker noun phrase ("a spokesperson for the Pentagon",
# "the official on the call", "a source close to the talks").
_NP_PREPS = frozenset("of for at on in from with to close".split())
# Words after a "-s" form that show it is a verb, not a plural noun ("quips Smith" vs
# "foreign affairs minister").
_AFTER_VERB = frozenset(
    """in on at to with during after before about from by as when while that so and but
    again back up""".split()
)


def _verb_like(word: str, w: str, lex: CueLexicon) -> bool:
    """Could ``word`` (lower-cased: ``w``) be the finite verb of an attribution clause
    ("fumed", "quips", "swore")?

    A closed-class test: a lower-case word that is a cue form, an ``-ed`` or ``-s`` form or a
    frequent irregular past. Function words never are.
    """
    if _cap(word) or not w.isalpha() or w in _AUX or w in _DETERMINERS:
        return False
    if w in _SUBJECT_PRONOUNS or w in _OBJECT_PRONOUNS or w in _ADVERBS or w in _WEEKDAYS:
        return False
    if lex.match([w], 0) is not None or w in _IRREGULAR_PAST or w in _SAY_IRREGULAR:
        return True
    if w in _CLAUSE_STOP:
        return False
    if len(w) > 3 and w.endswith("ed"):
        return True
    return len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is", "ous"))


def _skip_parenthetical(toks: _Toks, k: int, hi: int) -> int:
    """Index after a short ``( … )`` group starting at ``k`` ("Sen. Ted Cruz (R-Texas)"), or
    ``k`` when there is none."""
    words = toks.words
    if k < hi and words[k] == "(":
        for m in range(k + 1, min(hi, k + 8)):
            if words[m] == ")":
                return m + 1
            if words[m] in "()":
                break
    return k


def _skip_apposition(toks: _Toks, k: int, hi: int) -> int:
    """Index after ``, a Democrat from Ohio,`` / ``, R-Ohio,`` starting at the comma ``k``, or
    ``k`` when there is none."""
    words = toks.words
    if k + 1 >= hi or words[k] != ",":
        return k
    nxt = words[k + 1]
    if toks.lows[k + 1] in ("a", "an", "the", "who") or (_cap(nxt) and "-" in nxt and len(
            nxt) <= 10):
        for m in range(k + 2, min(hi, k + 16)):
            if words[m] == ",":
                return m + 1
            if not (_wordish(words[m]) or words[m] in ".-–'’&"):
                break
    return k


def _np_ok(toks: _Toks, i: int, k: int) -> bool:
    """Does ``toks[i:k]`` read as a speaker noun phrase ("the minister", "Sen. Ted Cruz",
    "protesters", "a spokesperson for the Pentagon", "Trump's lawyer")?"""
    n = k - i
    if n <= 0 or n > 10:
        return False
    words, lows = toks.words, toks.lows
    first = lows[i]
    if first in _SUBJECT_PRONOUNS:
        return n == 1 and first != "who"
    if n == 1 and first in _DETERMINERS:
        return False
    if first in _CLAUSE_STOP or first in _NP_PREPS or (
            first in _OBJECT_PRONOUNS and first not in _DETERMINERS):
        return False
    for m in range(i, k):
        word, low = words[m], lows[m]
        if not _wordish(word) and word not in "-–&'’":
            return False
        if low in _AUX or (m != i and (low in _SUBJECT_PRONOUNS or low in _OBJECT_PRONOUNS)):
            return False
        if low in _CLAUSE_STOP and low not in _NP_PREPS and not (
                low == "and" and m != i and m != k - 1):
            return False
    last = lows[k - 1]
    if last in _NP_PREPS or last in _DETERMINERS or last == "and":
        return False
    # a lower-case phrase without a determiner is a bare plural ("protesters", "critics")
    return _cap(words[i]) or first in _DETERMINERS or first.endswith("'s") or n <= 3


def _shape_after(
    toks: _Toks, i: int, tj: int, lex: CueLexicon
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """An attribution clause of any verb after a closing mark: ``, the minister fumed`` /
    ``, fumed the minister`` / ``, Smith, a Democrat from Ohio, scoffed on Tuesday``.

    Returns ``((verb_start, verb_end), (np_start, np_end))`` in token indices, or ``None``.
    """
    words, lows = toks.words, toks.lows
    while i < tj and words[i] in ",;—–-":
        i += 1
    if i >= tj or not _wordish(words[i]):
        return None
    # "…,” fumed the minister.
    if _verb_like(words[i], lows[i], lex) and i + 1 < tj and (
            _cap(words[i + 1]) or lows[i + 1] in _DETERMINERS) and lows[i + 1] not in (
            "this", "that", "these", "those", "all", "both", "each", "no"):
        e = _np_forward(toks, i + 1)
        if e > i + 1 and _np_ok(toks, i + 1, e) and _tail_ok(toks, e, tj):
            return (i, i + 1), (i + 1, e)
    # "…,” the minister fumed.
    k = i
    np_end = -1
    while k < tj and k - i <= 14:
        word, low = words[k], lows[k]
        if word == "(" and k > i:
            k2 = _skip_parenthetical(toks, k, tj)
            if k2 == k:
                return None
            np_end = k if np_end < 0 else np_end
            k = k2
            continue
        if word == "," and k > i:
            k2 = _skip_apposition(toks, k, tj)
            if k2 == k:
                return None
            np_end = k if np_end < 0 else np_end
            k = k2
            continue
        if k > i and _verb_like(word, low, lex):
            head_end = np_end if np_end >= 0 else k
            j = _skip_adverbs_back(toks, head_end, i) if np_end < 0 else head_end
            if j > i and _np_ok(toks, i, j) and (
                    not low.endswith("s") or low in _SAY_IRREGULAR or lex.match([low], 0)
                    or k + 1 >= tj or not _wordish(words[k + 1]) or _cap(words[k + 1])
                    or lows[k + 1] in _AFTER_VERB or lows[k + 1] in _ADVERBS
                    or lows[k + 1] in _DETERMINERS or lows[k + 1].endswith("ly")):
                if _tail_ok(toks, k + 1, tj):
                    return (k, k + 1), (i, j)
            if np_end >= 0:
                return None
        if not _wordish(word) and word not in "-–&'’":
            return None
        k += 1
    return None


def _tail_ok(toks: _Toks, k: int, tj: int) -> bool:
    """After the attribution only an adverbial or a new clause after a comma may follow; a
    quote mark there means the author's sentence goes on around another quote."""
    for word in toks.words[k : min(tj, k + 25)]:
        if word in _DOUBLE:
            return False
        if word in ",;:—–":
            return True
    return True


def _shape_before(
    toks: _Toks, ti: int, tj: int, lex: CueLexicon
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """An attribution of any verb right before an opening mark: ``Smith fumed:`` /
    ``The minister scoffed on Tuesday,``. The noun phrase opens the sentence (after an optional
    conjunction). Returns ``((verb_start, verb_end), (np_start, np_end))`` or ``None``."""
    words, lows = toks.words, toks.lows
    if tj - ti < 3 or words[tj - 1] not in ":,":
        return None
    i = ti
    while i < tj and lows[i] in ("and", "but", "so", "then", "yet") or (
            i < tj and words[i] in "—–-"):
        i += 1
    limit = 6 if words[tj - 1] == ":" else 3
    for k in range(i + 1, min(tj - 1, i + 14)):
        if not _verb_like(words[k], lows[k], lex):
            continue
        tail = words[k + 1 : tj - 1]
        if len(tail) > limit or any(not _wordish(w) for w in tail):
            continue
        head_end = k
        if words[k - 1] == ")":
            for p in range(k - 2, max(i, k - 9), -1):
                if words[p] == "(":
                    head_end = p
                    break
        j = _skip_adverbs_back(toks, head_end, i)
        if j > i and _np_ok(toks, i, j):
            return (k, k + 1), (i, j)
    return None


# ---------------------------------------------------------------------------------------------
# Quote classification
# ---------------------------------------------------------------------------------------------

_SMALL = frozenset("of the and a an in on for to at by with from or vs".split())


def _looks_like_title(content: str) -> bool:
    """1–4 capitalised words without a verb or final punctuation: a name or title."""
    if content.rstrip()[-1:] in ".!?,":  # tested first: it costs less than finding words
        return False
    # Seven words in a prefix are seven in the whole (only the last can be cut short): a long
    # quote is rejected without finding all its words.
    words = _TITLE_WORD.findall(content, 0, 100)
    if len(words) > 6:
        return False
    if len(content) > 100:
        words = _TITLE_WORD.findall(content)
    if not words or len(words) > 6:
        return False
    content_words = [w for w in words if w.lower() not in _SMALL]
    if not content_words:
        return False
    if any(w.lower() in _AUX for w in words):
        return False
    return all(w[0].isupper() or w[0].isdigit() for w in content_words)


def _attribution_ends(doc: _Doc, s: int, e: int) -> bool:
    """Is ``text[s:e]`` an attribution clause closing the sentence ("Smith asked.")?"""
    ti, tj = doc.tok_index(s), doc.tok_index(e)
    if tj - ti > 12:
        return False
    found = _cue_after_quote(doc.toks, ti, tj, doc.hits_between(ti, tj))
    if found is not None:
        end = max(found[0][1], found[1][1])
    else:
        shape = _shape_after(doc.toks, ti, tj, doc.lex)
        if shape is None:
            return False
        end = max(shape[0][1], shape[1][1])
    rest = [low for word, low in zip(doc.toks.words[end:tj], doc.toks.lows[end:tj])
            if _wordish(word)]
    return len(rest) <= 4 and "that" not in rest


def _sentence_like(content: str, words: int, title: bool | None = None) -> bool:
    """Could the quoted ``content`` be someone's sentence rather than a title or a scare
    quote? Five words or more, or a finite verb, or sentence punctuation inside the marks.
    ``title``: ``_looks_like_title(content)`` when the caller has it."""
    core = content.rstrip(" ,.;:!?…—–-")
    if not core or (title if title is not None and core == content else _looks_like_title(core)):
        return False
    if words >= 5:
        return True
    if words >= 2 and _has_verb(content):
        return True
    return words >= 3 and content.rstrip()[-1:] in ",.!?…"


def _stands_alone(
    b: str, before_is_attr: bool, after_is_attr: bool, content: str, starts_upper: bool,
    attributed_after: bool,
) -> bool:
    """A sentence-like quote that is not built into the author's sentence: nothing or only an
    attribution before it, and nothing, an attribution or sentence punctuation after it; or a
    capitalised quote between an introductory phrase and its attribution ("After the vote,
    “We won,” she said."). A comma or ?/! inside the closing mark of a sentence-initial quote
    announces an attribution even when we cannot parse it."""
    if not b or b.endswith(":"):
        return after_is_attr or (not b and content.rstrip()[-1:] in ",!?…")
    if before_is_attr:
        # a lower-case quote after "According to her," continues the author's sentence
        return after_is_attr and starts_upper
    return b.endswith(",") and starts_upper and attributed_after


def _words_up_to_six(content: str) -> int:
    """The number of words (``_WORDS``) in ``content`` if it is below six, else a number of at
    least six: the rules only compare it with numbers up to six. A prefix holding six words
    means six in the whole (only its last can be cut short), so a long quote is not read whole."""
    n = len(_WORDS.findall(content, 0, 60))
    return n if n >= 6 or len(content) <= 60 else len(_WORDS.findall(content))


_VERBISH = _AUX | frozenset("say says think know want need go get make take".split())


def _has_verb(content: str) -> bool:
    """Is a word of ``content`` an auxiliary or a frequent verb, or does one end in "ed" or
    "n't"? Decided in C: a set test, then a search of the words joined by "\x00" (which no
    word holds) for an ending followed by the separator."""
    words = _VERB_WORD.findall(content.lower())
    if not _VERBISH.isdisjoint(words):
        return True
    joined = "\x00".join(words) + "\x00"
    return "ed\x00" in joined or "n't\x00" in joined


def _content_span(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


# ---------------------------------------------------------------------------------------------
# The extractor
# ---------------------------------------------------------------------------------------------


@dataclass
class _Found:
    start: int
    end: int
    kind: str
    attr: _Attr | None
    rule: str
    parent: int = -1


class _Doc:
    """Everything computed once per article."""

    def __init__(self, text: str, lex: CueLexicon):
        self.text = text
        self.lex = lex
        self.paras = _paragraphs(text)
        self.toks = _Toks(*_token_columns(text))
        self._tok_starts = self.toks.starts
        # tok_index(pos): index of the first token starting at or after ``pos``. Asked ~20
        # times per quote: a partial of the C bisect costs no Python frame, unlike a method.
        self.tok_index: Callable[[int], int] = partial(bisect.bisect_left, self._tok_starts)
        self.marks = [m.start() for m in _PAIRABLE.finditer(text)]  # offsets of the quote marks
        self.hits = _find_cues(self.toks, lex)
        self._para_starts = [p[0] for p in self.paras]
        self._hit_firsts = [h[0] for h in self.hits]  # hits are sorted by first token

    def para_of(self, pos: int) -> tuple[int, int]:
        k = bisect.bisect_right(self._para_starts, pos) - 1
        return self.paras[max(k, 0)]

    def hits_between(self, ti: int, tj: int) -> list[tuple[int, int, Cue]]:
        return self.hits[bisect.bisect_left(self._hit_firsts, ti):
                         bisect.bisect_left(self._hit_firsts, tj)]

    def attr_tokens(self, verb: tuple[int, int], span: tuple[int, int], rule: str) -> _Attr:
        """An attribution found by shape: the verb-like word is the cue."""
        cs, ce = self.toks.starts[verb[0]], self.toks.ends[verb[1] - 1]
        ms, me = self.toks.starts[span[0]], self.toks.ends[span[1] - 1]
        return _Attr(self.text[cs:ce].lower(), cs, ce, ms, me, rule)

    def attr(self, hit: tuple[int, int, Cue], span: tuple[int, int] | None, rule: str) -> _Attr:
        a, b, cue = hit
        cs, ce = self.toks.starts[a], self.toks.ends[b - 1]
        if span is None:
            return _Attr(self.text[cs:ce].lower(), cs, ce, -1, -1, rule)
        ms, me = self.toks.starts[span[0]], self.toks.ends[span[1] - 1]
        return _Attr(self.text[cs:ce].lower(), cs, ce, ms, me, rule)


def _attr_before(doc: _Doc, lo: int, pos: int) -> _Attr | None:
    """Attribution in the text ``[lo, pos)`` before an opening mark: ``Putin said:``,
    ``said Smith,``, ``According to her,``, ``In her opinion, this``, ``some say:``."""
    ti, tj = doc.tok_index(lo), doc.tok_index(pos)
    hits = doc.hits_between(ti, tj)
    if not hits:
        return _naming_attr(doc, ti, tj)
    a, b, cue = hits[-1]
    toks = doc.toks
    words, lows = toks.words, toks.lows
    if cue.type == "preposition" or cue.speaker == "after":
        e = _np_forward(toks, b)
        return doc.attr(hits[-1], (b, e) if e > b else None, "according_to")
    if cue is _QUOTED_AS_SAYING:
        return doc.attr(hits[-1], _quoted_as_saying_object(toks, a, b), "cue_before")
    if cue.speaker == "inside":  # "in her opinion": the possessive is the mention
        return doc.attr(hits[-1], (a + 1, a + 2), "according_to")
    if cue.lemma == "it follows":
        src = _source_from(toks, ti, a)
        return doc.attr(hits[-1], src, "cue_before")
    subj = _subject_extended(toks, a, ti)
    if subj:
        return doc.attr(hits[-1], subj, "cue_before")
    # "said Smith:": a speaker after the cue is a name or a description, never an object
    # pronoun or a bare lower-case word ("asking him again whether …")
    if b < tj and cue.lemma != "tell" and (_cap(words[b]) or lows[b] in _DETERMINERS) and (
        lows[b] not in _OBJECT_PRONOUNS
    ):
        e = _np_forward(toks, b)
        if e > b:
            return doc.attr(hits[-1], (b, e), "cue_before")
    if a > ti and lows[a - 1] == "and":
        # "He declared X and called Y a “Z”": the subject of the first verb
        for h in reversed(doc.hits_between(ti, a)):
            subj = _subject_before(toks, h[0], ti)
            if subj:
                return doc.attr(hits[-1], subj, "cue_before")
    return doc.attr(hits[-1], None, "cue_before")


def _naming_attr(doc: _Doc, ti: int, tj: int) -> _Attr | None:
    """``called X a “…”`` / ``described it as “…”``: attribute the fragment to the namer."""
    toks = doc.toks
    starts, ends, lows = toks.starts, toks.ends, toks.lows
    for k in range(tj - 1, max(ti - 1, tj - 8), -1):
        if lows[k] in _NAMING_VERBS:
            subj = _subject_before(toks, k, ti)
            if subj is None and k > ti and lows[k - 1] == "and":
                for h in reversed(doc.hits_between(ti, k)):
                    subj = _subject_before(toks, h[0], ti)
                    if subj:
                        break
            cs, ce = starts[k], ends[k]
            if subj:
                ms, me = starts[subj[0]], ends[subj[1] - 1]
                return _Attr(lows[k], cs, ce, ms, me, "cue_before")
            return _Attr(lows[k], cs, ce, -1, -1, "cue_before")
    return None


def _source_from(toks: _Toks, ti: int, a: int) -> tuple[int, int] | None:
    """``From the press service of X it follows``: the phrase after "from"."""
    lows = toks.lows
    for k in range(a - 1, ti - 1, -1):
        if lows[k] == "from":
            e = _np_forward(toks, k + 1)
            return (k + 1, min(e, a)) if e > k + 1 else None
    return None


def _classify_pairs(doc: _Doc, pairs: list[_Pair]) -> list[_Found]:
    text = doc.text
    out: list[_Found] = []
    kept: dict[int, int] = {}  # id(pair) -> index in out
    prev_close_by_para: dict[int, tuple[int, bool]] = {}
    for pr in pairs:
        cs, ce = _content_span(text, pr.open + 1, pr.close)
        if ce <= cs:
            continue
        content = text[cs:ce]
        ps, pe = doc.para_of(pr.open)
        if pr.parent is None:
            lo = ps
            prev = prev_close_by_para.get(ps)
            if prev is not None:
                lo = max(lo, prev[0] + 1)
        else:
            lo = max(pr.parent.open + 1, ps if pr.parent.open < ps else pr.parent.open + 1)
        hi = doc.para_of(pr.close)[1] if pr.closed else pe
        if pr.parent is not None:
            hi = min(hi, pr.parent.close)
        sent_lo = _sentence_start(text, lo, pr.open)
        # the whole sentence for finding a cue; only the stretch since the previous quote
        # for deciding whether the quote stands alone (the same search unless they differ)
        full_lo = sent_lo if pr.parent is not None or lo == ps else _sentence_start(
            text, ps, pr.open)
        b = text[sent_lo : pr.open].strip()  # the sentence before the quote
        after_end = _sentence_end(text, pr.close + 1, hi) if pr.closed else pr.close
        after = text[pr.close + 1 : after_end] if pr.closed else ""
        last = content.rstrip()[-1:]  # the quote's final punctuation, if any
        # A closed sentence inside the marks followed by a capitalised word: new sentence,
        # unless a ?/! quote is followed by its attribution ("“Why not?” Smith asked.").
        if last in ".!?…" and _NEW_SENTENCE_AFTER.match(after) and not (
                last in "!?" and _attribution_ends(doc, pr.close + 1, after_end)):
            after = ""
            after_end = pr.close + 1
        a = after.strip()  # the rest of the sentence after the quote
        words = _words_up_to_six(content)
        title = _looks_like_title(content)
        ti_after, tj_after = doc.tok_index(pr.close + 1), doc.tok_index(after_end)
        hits_after = doc.hits_between(ti_after, tj_after)
        attr: _Attr | None = None
        found = _cue_after_quote(doc.toks, ti_after, tj_after, hits_after) if after else None
        if found:
            attr = doc.attr(found[0], found[1], "cue_after")
        sentence_like = _sentence_like(content, words, title)
        # "…,” the minister fumed.": an attribution clause of a verb the lexicon lacks
        shaped_after = False
        if found is None and a and sentence_like and pr.parent is None:
            shape = _shape_after(doc.toks, ti_after, tj_after, doc.lex)
            if shape is not None:
                attr = doc.attr_tokens(shape[0], shape[1], "cue_after")
                shaped_after = True
        before_attr = _attr_before(doc, sent_lo, pr.open) if b else None
        if before_attr is None and full_lo < sent_lo:
            before_attr = _attr_before(doc, full_lo, pr.open)
        starts_upper = content[:1].isupper() or content[:1].isdigit() or content[:1] in "¿¡["
        prev_direct = prev_close_by_para.get(ps, (0, False))[1] and pr.parent is None
        after_is_attr = not a or found is not None or shaped_after or a[:1] in ".!?…;"
        # "said Smith:" / "Smith said," / "He said" right before the mark
        before_is_attr = bool(before_attr) and _only_attr_between(
            doc, before_attr, pr.open
        )
        if not before_is_attr and b.endswith((":", ",")) and sentence_like and pr.parent is None:
            # "Smith fumed: “…”": the same, before the quote
            shape = _shape_before(doc.toks, doc.tok_index(sent_lo), doc.tok_index(pr.open),
                                  doc.lex)
            if shape is not None:
                before_attr = doc.attr_tokens(shape[0], shape[1], "cue_before")
                before_is_attr = True
        # A whole sentence in marks that ends the sentence, introduced by a reporting verb
        # ("She asked, if X, “Will …?”", "…, saying “there’s no …”", "declared that "…."").
        verb_intro = (before_attr is not None and before_attr.cue_end > before_attr.cue_start
                      and not before_attr.rule == "according_to")
        ends_sentence = pr.closed and (not a or a[:1] in ".!?…")
        full_clause = words >= 4 and (last in ".!?…" or _has_verb(content))
        sentence_quote = verb_intro and ends_sentence and full_clause and (
            before_is_attr or (starts_upper and last in ".!?…"
                               and b.endswith((",", ":")))
        )
        # “The Kelly File” host told …: a title in marks that modifies the next noun
        modifier = title and _LOWER_AFTER.match(after or "x") is not None
        if pr.parent is not None:
            kind = "nested"
            ok = not title and (
                words >= 4 or b.endswith(":") or before_attr is not None
            )
            if not ok:
                continue
            attr = before_attr or attr
        elif modifier:
            continue
        elif sentence_quote or (
            (not b or b.endswith(":") or before_is_attr or (prev_direct and before_is_attr))
            and (starts_upper or (prev_direct and before_is_attr))
            and after_is_attr
            and not (title and found is None and not b.endswith(":"))
        ) or (sentence_like and _stands_alone(b, before_is_attr, after_is_attr, content,
                                              starts_upper, found is not None or shaped_after)):
            kind = "direct"
            if attr is None and before_attr is not None:
                attr = before_attr
        else:
            kind = "partial"
            if title:
                continue  # a name or title in marks, whatever the sentence says
            cue_here = before_attr is not None or found is not None
            if not cue_here:
                # an unattributed fragment: keep only long, clause-like ones
                if words < 6 or not _has_verb(content):
                    continue
            elif words <= 4 and before_attr is not None and before_attr.rule == "cue_before" \
                    and not _naming_near(doc, sent_lo, pr.open) and _is_scare(doc, before_attr,
                                                                              pr.open):
                continue
            attr = before_attr or attr
        if not pr.closed and pr.parent is None:
            # An unclosed mark: news convention runs the quote to the end of its paragraph
            # (the next paragraph would reopen it). A short fragment is a stray mark.
            if words < 3:
                continue
            kind = "direct"
            attr = before_attr
        elif not pr.closed:
            continue
        out.append(_Found(cs, ce, kind, attr, attr.rule if attr else "none"))
        kept[id(pr)] = len(out) - 1
        if pr.parent is not None:
            out[-1].parent = kept.get(id(pr.parent), -1)
        else:
            prev_close_by_para[ps] = (pr.close, kind == "direct")
    return out


def _orphan_closers(doc: _Doc, pairs: list[_Pair]) -> list[_Found]:
    """Quotes whose opening mark is missing: ``He will be missed,” she said.`` as a paragraph.

    A closing double mark that no pair used, with no other double mark between the paragraph
    start and it, closes a quote that runs from the paragraph start when the text before it
    ends a sentence or a clause (``.,!?…``) and an attribution or the paragraph end follows.
    """
    text = doc.text
    used = {pr.open for pr in pairs} | {pr.close for pr in pairs}
    out: list[_Found] = []
    doubles = [i for i in doc.marks if text[i] in _DOUBLE]  # every double mark is pairable
    for ps, pe in doc.paras:
        k = bisect.bisect_left(doubles, ps)  # the paragraph's first double mark
        if k == len(doubles) or doubles[k] >= pe:
            continue
        c = doubles[k]
        if c in used or _mark_role(text, c, ps, pe)[1] != "close":
            continue
        cs, ce = _content_span(text, ps, c)
        content = text[cs:ce]
        if not content or content[-1] not in ".,!?…" or not _THREE_WORDS.search(content):
            continue
        if not (content[:1].isupper() or content[:1].isdigit()):
            continue
        end = _sentence_end(text, c + 1, pe)
        after = text[c + 1 : end]
        ti, tj = doc.tok_index(c + 1), doc.tok_index(end)
        found = _cue_after_quote(doc.toks, ti, tj, doc.hits_between(ti, tj)) if after.strip() else None
        if after.strip() and found is None:
            continue
        attr = doc.attr(found[0], found[1], "cue_after") if found else None
        out.append(_Found(cs, ce, "direct", attr, attr.rule if attr else "none"))
    return out


def _only_attr_between(doc: _Doc, attr: _Attr, pos: int) -> bool:
    """True when only the attribution (speaker, cue, a comma/colon, 'that') precedes ``pos``."""
    end = max(attr.cue_end, attr.m_end)
    gap = doc.text[end:pos].strip()
    return gap in ("", ",", ":", "that", ", that", "—", "-", "–") or (
        len(gap) < 40 and gap.endswith((":", ",")) and "," not in gap[:-1]
    )


def _naming_near(doc: _Doc, lo: int, pos: int) -> bool:
    ti, tj = doc.tok_index(lo), doc.tok_index(pos)
    return any(doc.toks.lows[k] in _NAMING_VERBS for k in range(max(ti, tj - 8), tj))


def _is_scare(doc: _Doc, attr: _Attr, pos: int) -> bool:
    """A short fragment far from its cue is more likely a scare quote than the speaker's word."""
    ti, tj = doc.tok_index(attr.cue_end), doc.tok_index(pos)
    return tj - ti > 10


# ---------------------------------------------------------------------------------------------
# Pass 2: embedded posts
# ---------------------------------------------------------------------------------------------

_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
_SIGNATURE = re.compile(
    r"[-—–]{1,2}[ \t]*(?P<name>[^\W\d_][^\n()@]{0,60}?)[ \t]*\((?P<handle>@\w{1,30})\)"
    r"[ \t]*(?:(?:" + _MONTHS + r")\.?[ \t]+\d{1,2},?[ \t]+\d{4})?[ \t]*$"
)
# A paragraph that talks about the post ("wrote on Twitter") introduces it; it is not the post.
_POST_REFERENCE = re.compile(
    r"\b(?:twitter|tweet(?:ed|s)?|posted|wrote|facebook|instagram|telegram|message)\b",
    re.IGNORECASE,
)
_MEDIA_LINE = re.compile(r"(?:pic\.twitter\.com/\S+|https?://\S+)\s*$")


def _embedded_posts(doc: _Doc, quote_spans: list[tuple[int, int]]) -> list[_Found]:
    text = doc.text
    out: list[_Found] = []
    for k, (ps, pe) in enumerate(doc.paras):
        m = _SIGNATURE.match(text, ps, pe) if text[ps] in "-—–" else None  # its first character
        if not m:
            continue
        body_end = -1
        body_start = -1
        total = 0
        j = k - 1
        while j >= 0 and k - j <= 5:
            qs, qe = doc.paras[j]
            para = text[qs:qe]
            if _MEDIA_LINE.fullmatch(para):
                j -= 1
                continue
            # strip a trailing media link inside the last paragraph of the post
            lm = _MEDIA_LINE.search(para)
            if lm and body_end < 0:
                qe = qs + lm.start()
                while qe > qs and text[qe - 1].isspace():
                    qe -= 1
            if (
                _MARKS.search(text, qs, qe) and _has_double_marks(text, qs, qe)
                or para.rstrip().endswith(":")
                or _POST_REFERENCE.search(para)
                or any(s < qe and qs < e for s, e in quote_spans)
                or total + (qe - qs) > 320
            ):
                break
            total += qe - qs
            if body_end < 0:
                body_end = qe
            body_start = qs
            j -= 1
        if body_start < 0:
            continue
        ms, me = m.start("name"), m.end("handle") + 1
        cue = "posted"
        attr = _Attr(cue, ms, ms, ms, me, "embedded_signature")
        out.append(_Found(body_start, body_end, "embedded", attr, "embedded_signature"))
    return out


def _has_double_marks(text: str, s: int, e: int) -> bool:
    return any(c in _DOUBLE for c in text[s:e])


# ---------------------------------------------------------------------------------------------
# Pass 3: reported (indirect) speech
# ---------------------------------------------------------------------------------------------


def _looks_like_clause(toks: _Toks, i: int, j: int) -> bool:
    """Does ``toks[i:j]`` read as a clause (subject + finite verb)? Cheap closed-class test."""
    words, lows = toks.words, toks.lows
    if j - i < 3:
        return False
    first = lows[i]
    if not _wordish(words[i]) or (first.endswith("ed") and not _cap(words[i]) and i + 1 < j and lows[
            i + 1] in ("by", "in", "on", "at", "to", "with", "for", "from", "as", "after")):
        return False  # "report prompted by …": a reduced relative clause, not a clause
    if first in ("in", "on", "at", "during", "to", "with", "after", "before", "of", "about",
                 "out", "up", "off", "back", "down", "over", "through",
                 "for", "from", "by", "as", "and", "but", "or", "what", "how", "why", "when"):
        return False
    for k in range(i + 1, min(j, i + 14)):
        w = lows[k]
        if w in ("who", "which", "whom", "whose", "where"):
            return False  # a verb in a relative clause does not make the phrase a clause
        if w in ("and", "but", "or") and k + 1 < j and _coordinated_verb(words[k + 1], lows[k + 1]):
            return False  # "declared X and called Y": the main subject's second verb phrase
        if w in _AUX or w.endswith("n't") or w in _IRREGULAR_PAST:
            return True
        if w.endswith("ed") and not _cap(words[k]) and len(w) > 3:
            return True
    return False


def _coordinated_verb(word: str, w: str) -> bool:
    """A past-tense verb opening a coordinated verb phrase ("and called", "and met", "and
    left"): lower-case, ``-ed`` or a frequent irregular past (``w``: ``word`` lower-cased)."""
    return not _cap(word) and w.isalpha() and (
        w in _NAMING_VERBS or w in _IRREGULAR_PAST or w in _SAY_IRREGULAR
        or (len(w) > 3 and w.endswith("ed")))


def _trim_end(text: str, s: int, e: int) -> int:
    while e > s and (text[e - 1].isspace() or text[e - 1] in ".;:,"):
        e -= 1
    return e


def _np_object_end(doc: _Doc, b: int, sent_end_tok: int) -> int:
    """End of a statement-like noun-phrase object: up to ", and"/"and <verb>" or the end."""
    toks = doc.toks
    words, lows = toks.words, toks.lows
    k = b
    while k < sent_end_tok:
        word, low = words[k], lows[k]
        if low in ("and", "but") and k + 1 < sent_end_tok and (
            _coordinated_verb(words[k + 1], lows[k + 1]) or doc.lex.match([lows[k + 1]], 0)
        ):
            break
        if word in ";:" or (low in ("which", "who") and k > b and words[k - 1] == ","):
            break
        if word == "," and k + 1 < sent_end_tok and lows[k + 1] in (
                "and", "but", "while", "adding", "saying", "which", "who"):
            break
        k += 1
    return k


class _SpanSet:
    """The union of some spans, for logarithmic membership and overlap queries."""

    def __init__(self, spans: Iterable[tuple[int, int]]):
        merged: list[list[int]] = []
        for s, e in sorted(spans):
            if merged and s <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e])
        self.starts = [m[0] for m in merged]
        self.ends = [m[1] for m in merged]

    def contains(self, pos: int) -> bool:
        k = bisect.bisect_right(self.starts, pos) - 1
        return k >= 0 and pos < self.ends[k]

    def overlap(self, s: int, e: int) -> int:
        k = max(bisect.bisect_right(self.starts, s) - 1, 0)
        total = 0
        while k < len(self.starts) and self.starts[k] < e:
            total += max(0, min(e, self.ends[k]) - max(s, self.starts[k]))
            k += 1
        return total


def _indirect(
    doc: _Doc, quote_spans: list[tuple[int, int]], quote_cues: Iterable[int] = ()
) -> list[_Found]:
    """Reported speech in the sentences outside quotes. ``quote_cues``: offsets of the cues that
    attribute the quotes found so far (their attribution clauses report nothing new).

    Only sentences holding a cue can report anything, so only paragraphs with a cue are split
    into sentences (plus, for "This was stated by X", the sentence before).
    """
    text = doc.text
    out: list[_Found] = []
    inside = _SpanSet(quote_spans)
    cues = sorted(quote_cues)
    sentences = _Sentences(doc, inside)
    hit_starts = [doc.toks.starts[h[0]] for h in doc.hits]
    n_hits = len(hit_starts)
    # the paragraphs holding a hit, in order (every token lies inside a paragraph)
    for p in sorted({bisect.bisect_right(doc._para_starts, s) - 1 for s in hit_starts}):
        sents = sentences.of(p)
        for j, (ss, se) in enumerate(sents):
            k = bisect.bisect_left(hit_starts, ss)
            if k == n_hits or hit_starts[k] >= se:  # no hit's first token in the sentence
                continue
            ti, tj = doc.tok_index(ss), doc.tok_index(se)
            # the previous sentence is rarely needed: found only when asked for
            prev_sent = (partial(sents.__getitem__, j - 1) if j > 0
                         else partial(sentences.last_before, p))
            found = _indirect_in_sentence(doc, ss, se, ti, tj, prev_sent, cues, inside)
            for f in found:
                s, e = _content_span(text, f.start, _trim_end(text, f.start, f.end))
                if e - s < 12 or not _THREE_WORDS.search(text, s, e):
                    continue
                if inside.overlap(s, e) > 0.5 * (e - s):
                    continue
                if text[s] in "”’»" or (text[s] in _DOUBLE + "‘" and inside.contains(s + 1)):
                    continue  # the tail of a quote and its attribution, not a proposition
                out.append(_Found(s, e, "indirect", f.attr, f.rule))
    return out


# Where :func:`discourse.text.sentence_spans` may end a sentence inside a paragraph (which has
# no line break): terminal punctuation and closing marks followed by white space (the first
# character class stands alone for speed, as in ``_SENT_END``).
_INNER_SENT_END = re.compile(r"[.!?…][.!?…]*[\"'”’»“)\]]*(?=\s)")


class _Sentences:
    """Sentences outside direct quotes (a sentence starting inside a quote is skipped), split
    paragraph by paragraph on demand."""

    def __init__(self, doc: _Doc, inside: _SpanSet):
        self.doc = doc
        self.inside = inside
        self._by_para: dict[int, list[tuple[int, int]]] = {}
        self._last: dict[int, tuple[int, int] | None] = {}

    def of(self, p: int) -> list[tuple[int, int]]:
        """Sentences of paragraph ``p`` that do not start inside a quote."""
        got = self._by_para.get(p)
        if got is None:
            ps, pe = self.doc.paras[p]
            if _INNER_SENT_END.search(self.doc.text, ps, pe) is None:
                spans = [(0, pe - ps)]  # one sentence: the paragraph has no inner sentence end
            else:
                spans = sentence_spans(self.doc.text[ps:pe])
            got = [(s + ps, e + ps) for s, e in spans if not self.inside.contains(s + ps)]
            self._by_para[p] = got
        return got

    def last_before(self, p: int) -> tuple[int, int] | None:
        """The last such sentence in the paragraphs before ``p`` (None if there is none)."""
        walked: list[int] = []
        q = p - 1
        found: tuple[int, int] | None = None
        while q >= 0:
            if q in self._last:
                found = self._last[q]
                break
            walked.append(q)
            sents = self.of(q)
            if sents:
                found = sents[-1]
                break
            q -= 1
        # memoise for every paragraph walked over: linear time however often it is asked
        for r in walked:
            self._last[r] = found
        return found


# A transcript line: "TRUMP: We want …", "UNIDENTIFIED PROTESTERS: …" (capitals, up to 4 words).
_SPEAKER_LABEL = re.compile(r"([A-Z][A-Z'’.\-]*(?: [A-Z][A-Z'’.\-]*){0,3}):[ \t]+(?=\S)")
# The characters that can follow a label's first capital: capitals, ' ’ . -, a space, the colon.
_LABEL_SECOND = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ'’.-: ")
# Capitalised labels that head a line but name nobody.
_NOT_SPEAKERS_LABELS = frozenset(
    """UPDATE UPDATED NOTE EDITOR'S CORRECTION WATCH READ RELATED PHOTOS PHOTO VIDEO BREAKING
    EXCLUSIVE CLOSE ADVERTISEMENT SOURCE SOURCES CREDIT WARNING ALERT LIVE ANALYSIS OPINION
    SUBSCRIBE SIGN FOLLOW MORE SEE ALSO PLUS TIP TIPS FACT CHECK""".split()
)


def _transcript_lines(doc: _Doc, quote_spans: list[tuple[int, int]]) -> list[_Found]:
    """Statements in transcripts: a paragraph opening with a speaker label in capitals."""
    text = doc.text
    out: list[_Found] = []
    for ps, pe in doc.paras:
        # most paragraphs open with a capitalised word ("The", "In"): no label, no regex call
        if not ("A" <= text[ps] <= "Z" and text[ps + 1 : ps + 2] in _LABEL_SECOND):
            continue
        m = _SPEAKER_LABEL.match(text, ps, pe)
        if not m or len(m.group(1).replace(".", "")) < 2:
            continue
        if any(w in _NOT_SPEAKERS_LABELS for w in m.group(1).split()):
            continue
        s, e = _content_span(text, m.end(), pe)
        if not _THREE_WORDS.search(text, s, e) or _inside(quote_spans, s):
            continue
        attr = _Attr(":", m.end(1), m.end(1) + 1, m.start(1), m.end(1), "cue_before")
        out.append(_Found(s, e, "indirect", attr, "cue_before"))
    return out


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    return any(s <= pos < e for s, e in spans)


def _has_between(sorted_pos: list[int], s: int, e: int) -> bool:
    k = bisect.bisect_left(sorted_pos, s)
    return k < len(sorted_pos) and sorted_pos[k] < e


def _indirect_in_sentence(
    doc: _Doc, ss: int, se: int, ti: int, tj: int,
    prev_sent: Callable[[], tuple[int, int] | None],
    quote_cues: list[int] = (),  # type: ignore[assignment]
    inside: _SpanSet | None = None,
) -> list[_Found]:
    """Reports in the sentence ``[ss, se)`` (tokens ``[ti, tj)``); ``prev_sent()`` gives the
    sentence before it (or None); ``inside``: the quotes found so far."""
    toks = doc.toks
    starts, ends, words, lows = toks.starts, toks.ends, toks.words, toks.lows
    hits = doc.hits_between(ti, tj)
    out: list[_Found] = []
    for h in hits:
        a, b, cue = h
        # A cue inside a quote is the quoted person's words ("“They said I was right,” Trump
        # said"), not a report of its own.
        if inside is not None and inside.contains(starts[a]):
            continue
        # --- According to X, P  /  P, according to X.  /  In the words of X, P
        if cue.type == "preposition":
            clause_lo = _clause_start(toks, ti, a)
            e = _np_forward(toks, b)
            if e <= b or lows[e - 1] in _NON_SPEAKERS or lows[b] in _NON_SPEAKERS:
                continue
            e, span = _carrier(toks, b, e)
            attr = doc.attr(h, span, "according_to")
            if e < tj and words[e] == "," and a <= clause_lo + 1:
                out.append(_Found(ends[e], se, "indirect", attr, "according_to"))
            elif a > ti and words[a - 1] == "," and not _has_between(
                    quote_cues, starts[clause_lo], starts[a - 1]):
                # "“…,” the minister said, according to RIA": a source note on the quote's
                # attribution, not a new report
                out.append(_Found(starts[clause_lo], starts[a - 1], "indirect", attr,
                                  "according_to"))
            continue
        if cue is _QUOTED_AS_SAYING:
            attr = doc.attr(h, _quoted_as_saying_object(toks, a, b), "cue_before")
            k = b + 1 if b < tj and lows[b] == "that" else b
            if k < tj and _looks_like_clause(toks, k, tj):
                out.append(_Found(starts[k], se, "indirect", attr, "cue_before"))
            continue
        # --- In her opinion, P
        if cue.speaker == "inside":
            if b < tj and words[b] == ",":
                attr = doc.attr(h, (a + 1, a + 2), "according_to")
                out.append(_Found(ends[b], se, "indirect", attr, "according_to"))
            continue
        # --- This was stated by X  (the previous sentence is the statement)
        if cue.speaker == "after":
            e = _np_forward(toks, b)
            if e > b and a - ti <= 3 and lows[ti] in (
                "this", "that", "these", "it", "such"
            ) and (prev := prev_sent()) is not None:
                attr = doc.attr(h, (b, e), "previous_sentence")
                out.append(_Found(prev[0], prev[1], "indirect", attr, "previous_sentence"))
            continue
        # --- From X it follows that P
        if cue.lemma == "it follows":
            src = _source_from(toks, ti, a)
            if src and b < tj and lows[b] == "that":
                attr = doc.attr(h, src, "cue_before")
                out.append(_Found(ends[b], se, "indirect", attr, "cue_before"))
            continue
        if cue.type not in ("verb", "phrase"):
            continue
        if cue.type == "verb" and _not_a_report(toks, a, ti):
            continue
        # --- P, X said.  /  P, said X.
        tail = _inverted_tail(doc, h, ti, tj, se)
        if tail is not None:
            out.append(tail)
            continue
        # --- X said (that) P  /  X noted <statement>  /  X told Y that P
        subj = _subject_extended(toks, a, _clause_start(toks, ti, a), ti)
        if subj is None:
            continue
        if lows[subj[0]] in _NON_SPEAKERS or (
            subj[1] - subj[0] == 1 and lows[subj[0]] in ("it", "you", "i", "we")
        ):
            continue
        attr = doc.attr(h, subj, "cue_before")
        k = b
        if cue.lemma == "tell" or cue.lemma in ("assure", "reassure", "inform", "remind",
                                                "advise", "warn"):
            # the listener: "told reporters", "told CNN", "warned them"
            e = _np_forward(toks, k)
            if lows[k] in _OBJECT_PRONOUNS if k < tj else False:
                e = k + 1
            k = max(k, e)
        # an adverbial before "that": "said in an interview with RBC that", "said on Monday"
        m = k
        while m < tj and m - k <= 10 and lows[m] != "that" and words[m] not in ".;":
            m += 1
        if m < tj and lows[m] == "that" and (cue.that_clause or cue.type == "phrase") and (
            m == k or lows[k] in ("in", "on", "at", "during", "to", "with", "after",
                                      "before", "for", "earlier", "later", "last", "this",
                                      "again", "also", "repeatedly", "publicly", "yesterday",
                                      "today", "recently", ",") or lows[k] in _WEEKDAYS
        ):
            if m + 1 < tj:
                out.append(_Found(ends[m], se, "indirect", attr, "cue_before"))
            continue
        if k < tj and lows[k] in _WEEKDAYS and k + 1 < tj and (
            _looks_like_clause(toks, k + 1, tj) and cue.zero_that
        ):
            if m + 1 < tj:
                out.append(_Found(ends[m], se, "indirect", attr, "cue_before"))
            continue
        if k < tj and words[k] == ":":
            out.append(_Found(ends[k], se, "indirect", attr, "cue_before"))
            continue
        if k < tj and words[k] in ",.;?!":
            continue
        if cue.zero_that and _looks_like_clause(toks, k, tj):
            out.append(_Found(starts[k], se, "indirect", attr, "cue_before"))
            continue
        if cue.np_object and k < tj and _wordish(words[k]) and lows[k] not in (
            "to", "in", "on", "at", "with", "about", "that", "what", "how", "why", "whether",
            "if", "it", "him", "her", "them", "this"
        ):
            e = _np_object_end(doc, k, tj)
            if e - k >= 2:
                out.append(_Found(starts[k], ends[e - 1], "indirect", attr, "cue_before"))
    if not out:
        return out
    # only "and <cue>" can cut a report short; sorted by first token for bisection
    and_hits = [h for h in hits if h[2].type == "verb" and h[0] > 0 and lows[h[0] - 1] == "and"]
    return _non_overlapping([_cut_at_coordinated_cue(doc, f, and_hits) for f in out])


def _cut_at_coordinated_cue(doc: _Doc, f: _Found, hits: list[tuple[int, int, Cue]]) -> _Found:
    """``X informed Y that P, and warned that Q``: P ends where a coordinated cue begins."""
    toks = doc.toks
    starts, words, lows = toks.starts, toks.words, toks.lows
    lo = bisect.bisect_left(hits, (doc.tok_index(f.start + 1),))
    hi = bisect.bisect_left(hits, (doc.tok_index(f.end),))
    for a, _, cue in hits[lo:min(hi, lo + 20)]:  # bounded: linear time on run-on sentences
        if cue.type != "verb" or not f.start < starts[a] < f.end or lows[a - 1] != "and":
            continue
        k = a - 1
        if words[k - 1] == ",":
            k -= 1
        if _subject_before(toks, a, k) is None and starts[k] > f.start:
            return _Found(f.start, _trim_end(doc.text, f.start, starts[k]), f.kind, f.attr,
                          f.rule, f.parent)
    return f


def _non_overlapping(found: list[_Found]) -> list[_Found]:
    """Several reports in one sentence ("X informed Y that P, and warned that Q") are kept when
    they do not overlap; a report inside an earlier one is dropped."""
    kept: list[_Found] = []
    starts: list[int] = []
    ends: list[int] = []
    for f in found:
        # the kept spans are disjoint: only the neighbours by start can overlap (log time)
        k = bisect.bisect_left(starts, f.start)
        if (k > 0 and ends[k - 1] > f.start) or (k < len(starts) and starts[k] < f.end):
            continue
        starts.insert(k, f.start)
        ends.insert(k, f.end)
        kept.append(f)
    return kept


_BE = frozenset("is are was were be been being am 's".split())


def _not_a_report(toks: _Toks, a: int, ti: int) -> bool:
    """An infinitive or passive cue reports nothing said: "a bid to somehow deny …",
    "plans to say", "who are believed to be", "it was announced"."""
    words, lows = toks.words, toks.lows
    j = a
    while j > ti and (lows[j - 1] in _ADVERBS or lows[j - 1].endswith("ly")):
        j -= 1
    if j > ti and lows[j - 1] == "to":
        return True
    if j - 1 > ti and lows[j - 2] == "to" and _wordish(words[j - 1]) and not _cap(words[j - 1]):
        return True  # a split infinitive: "to somehow deny"
    return j > ti and lows[j - 1] in _BE and lows[a].endswith(("ed", "n"))


def _carrier(toks: _Toks, b: int, e: int) -> tuple[int, tuple[int, int]]:
    """``according to a statement from X``: the speaker is X, the phrase runs to X's end."""
    lows = toks.lows
    if lows[e - 1] in _CARRIER_NOUNS and e < len(lows) and lows[e] in ("from", "by",
                                                                               "of"):
        e2 = _np_forward(toks, e + 1)
        if e2 > e + 1:
            return e2, (e + 1, e2)
    return e, (b, e)


def _clause_start(toks: _Toks, ti: int, a: int) -> int:
    """Token where the clause holding the cue at ``a`` starts (after an introductory phrase)."""
    words, lows = toks.words, toks.lows
    k = a - 1
    while k > ti and a - k <= _MAX_LOOKBACK:  # bounded: linear time on run-on "sentences"
        if words[k] in ";:" or (words[k] == "," and k + 1 < a and not (
            lows[k + 1] in ("a", "an", "the", "who") or _cap(words[k - 1]) and k + 2 < a
            and _cap(words[k + 1]) is False and lows[k + 1] in _DETERMINERS)):
            return k + 1
        k -= 1
    return ti


def _inverted_tail(
    doc: _Doc, h: tuple[int, int, Cue], ti: int, tj: int, se: int
) -> _Found | None:
    """``P, X said.`` or ``P, said X.`` with the attribution closing the sentence."""
    toks = doc.toks
    starts, words, lows = toks.starts, toks.words, toks.lows
    a, b, cue = h
    if lows[a].endswith("ing"):
        return None  # "…, saying P" introduces P; it does not close the sentence
    # find the comma that opens the attribution
    k = a - 1
    while k > ti and words[k] != "," and a - k <= 12:
        k -= 1
    if k <= ti + 2 or words[k] != ",":
        return None
    if k + 1 == a:  # ", said X"
        if cue.lemma == "tell":
            return None
        e = _np_forward(toks, b)
        if e <= b:
            return None
        span = (b, e)
    else:
        subj = _subject_before(toks, a, k + 1)
        if subj is None or subj[0] != k + 1:
            return None
        span = subj
        e = b
    # after the cue and speaker only an adverbial may follow: "in a statement", "on Tuesday"
    rest = [m for m in range(e, min(tj, e + 40)) if words[m] not in ".!?"]  # token indices
    if len(rest) > 10 or any(lows[m] == "that" or words[m] in ",;:" for m in rest[:1]):
        if rest and words[rest[0]] == "," and _is_apposition(toks, e, tj):
            pass
        else:
            return None
    if any(words[m] == "," for m in rest) and not _is_apposition(toks, e, tj):
        return None
    if not (_looks_like_clause(toks, ti, k) or _clause_after_intro(toks, ti, k)):
        return None
    attr = doc.attr(h, span, "cue_after")
    return _Found(starts[ti], starts[k], "indirect", attr, "cue_after")


def _clause_after_intro(toks: _Toks, ti: int, k: int) -> bool:
    """``At times, Murray paid …``: a clause after a short introductory phrase and a comma."""
    words = toks.words
    for c in range(ti + 1, min(k, ti + 6)):
        if words[c] == ",":
            return _looks_like_clause(toks, c + 1, k)
    return False


def _is_apposition(toks: _Toks, e: int, tj: int) -> bool:
    """``…, said Smith, a Democrat from Ohio.``"""
    words, lows = toks.words, toks.lows
    return e < tj and words[e] == "," and e + 1 < tj and lows[e + 1] in ("a", "an",
                                                                               "the", "who")


# ---------------------------------------------------------------------------------------------
# Public entry point
# ---------------------------------------------------------------------------------------------


def _check_kinds(kinds: Iterable[str]) -> frozenset[str]:
    kinds = frozenset([kinds] if isinstance(kinds, str) else kinds)
    bad = kinds - set(schema.KINDS)
    if bad:
        raise ValueError(
            f"The 'kinds' parameter of extract_quotes must be a subset of {set(schema.KINDS)}. "
            f"Got {set(sorted(bad))} instead."
        )
    return kinds


# The columns of a row of :func:`_document_rows`, in its order.
_ROW_FIELDS = ("start", "end", "text", "kind", "cue", "speaker_mention", "mention_start",
               "mention_end", "_rule", "_cue_start", "_cue_end", "_parent")


def extract_document(text: str, lex: CueLexicon) -> list[dict]:
    """Quotes of one text as a list of row dicts (see :func:`extract_quotes`)."""
    return [dict(zip(_ROW_FIELDS, row, strict=True)) for row in _document_rows(text, lex)]


def _document_rows(text: str, lex: CueLexicon) -> list[tuple]:
    """Quotes of one text as tuples of the values of ``_ROW_FIELDS`` (a tuple is cheaper to
    make than a dict, and the table is built column by column from them)."""
    doc = _Doc(text, lex)
    pairs = _pair_marks(text, doc.paras, lex, doc.toks, doc._tok_starts, doc.marks)
    found = _classify_pairs(doc, pairs)
    found += _orphan_closers(doc, pairs)
    spans = [(f.start, f.end) for f in found if f.kind in ("direct", "nested", "partial")]
    direct_spans = [(f.start, f.end) for f in found if f.kind in ("direct", "nested")]
    found += _embedded_posts(doc, spans)
    spans_all = [(f.start, f.end) for f in found]
    transcript = _transcript_lines(doc, spans_all)
    found += transcript
    spans_all += [(f.start, f.end) for f in transcript]
    cues = [f.attr.cue_start for f in found if f.attr is not None and f.attr.cue_end > f.attr.cue_start]
    found += _indirect(doc, spans_all if spans_all else direct_spans, cues)
    rows = []
    for f in found:
        a = f.attr
        parent = found[f.parent].start if f.parent >= 0 else -1
        if a is None:
            rows.append((f.start, f.end, text[f.start : f.end], f.kind, "", "", -1, -1, "none",
                         -1, -1, parent))
            continue
        rows.append((f.start, f.end, text[f.start : f.end], f.kind, a.cue, a.mention(text),
                     a.m_start, a.m_end, f.rule if a.m_start >= 0 else "none", a.cue_start,
                     a.cue_end, parent))
    return rows


def _sorted_unique(rows: list[tuple], doc_ids: list[str]) -> tuple[list[tuple], list[str]]:
    """The rows sorted by ``doc_id, start, end`` (stable), the first of each quote id kept.

    What sorting the table with a stable sort and dropping duplicate ``quote_id`` did, in
    Python: cheaper than pandas on these small tables. A quote id ``doc_id:start-end`` ends in
    two integers, so equal ids are equal sort keys and lie next to each other.
    """
    order = sorted(range(len(rows)), key=lambda k: (doc_ids[k], rows[k][0], rows[k][1]))
    kept: list[int] = []
    last = None
    for k in order:
        key = (doc_ids[k], rows[k][0], rows[k][1])
        if key != last:
            kept.append(k)
            last = key
    return [rows[k] for k in kept], [doc_ids[k] for k in kept]


@collector_paused
def extract_quotes(
    articles: pd.DataFrame,
    *,
    kinds: Collection[str] = schema.KINDS,
    cues: CueLexicon | None = None,
) -> pd.DataFrame:
    """Find quotations and reported speech in each article.

    Parameters
    ----------
    articles : DataFrame
        Articles table; uses ``doc_id`` and ``text``, ignores other columns.
    kinds : collection of {'direct', 'partial', 'nested', 'embedded', 'indirect'}, default=all
        Kinds to return.
    cues : CueLexicon, default=None
        Reporting cues; ``None`` loads ``data/cues.yaml``.

    Returns
    -------
    quotes : DataFrame
        One row per span, sorted by ``doc_id, start``; ``text == article[start:end]``;
        ``quote_id == f"{doc_id}:{start}-{end}"``; columns as ``schema.TABLES["quotes"]``
        (``speaker_mention`` is ``""`` and ``mention_start/end`` are -1 when no syntactic
        speaker was found), then helper columns: ``_rule`` (the syntactic rule that found the
        mention: ``cue_after``, ``cue_before``, ``according_to``, ``previous_sentence``,
        ``embedded_signature`` or ``none``), ``_cue_start``/``_cue_end`` (cue offsets, -1 when
        none) and ``_parent`` (start of the enclosing quote for ``nested``, else -1).

    Examples
    --------
    >>> arts = pd.DataFrame({"doc_id": ["a1"], "text": ["“We are open,” she said."]})
    >>> extract_quotes(arts)[["quote_id", "kind", "cue", "text", "speaker_mention"]]
      quote_id    kind   cue          text speaker_mention
    0  a1:1-13  direct  said  We are open,             she
    """
    wanted = _check_kinds(kinds)
    for col in ("doc_id", "text"):
        if col not in articles.columns:
            raise ValueError(f"extract_quotes: the articles table has no {col!r} column; "
                             f"has {list(articles.columns)}.")
    lex = cues if cues is not None else load_cues()
    rows: list[tuple] = []
    doc_ids: list[str] = []
    for doc_id, text in zip(articles["doc_id"], articles["text"], strict=True):
        if not isinstance(text, str) or not text:
            continue
        found = [row for row in _document_rows(text, lex) if row[3] in wanted]  # row[3]: kind
        rows += found
        doc_ids += [str(doc_id)] * len(found)
    cols = list(schema.TABLES["quotes"]["fields"]) + list(HELPER_COLUMNS)
    if rows:
        rows, doc_ids = _sorted_unique(rows, doc_ids)
        # column by column: pandas converts a list per column faster than a dict per row
        data = dict(zip(_ROW_FIELDS, map(list, zip(*rows, strict=True)), strict=True))
        data["doc_id"] = doc_ids
        data["quote_id"] = [f"{d}:{s}-{e}" for d, s, e in zip(doc_ids, data["start"],
                                                             data["end"], strict=True)]
        df = pd.DataFrame(data, columns=[c for c in cols if c != "quote_id"] + ["quote_id"])
    else:  # the dtypes of an empty table as pandas gives them (object; quote_id float)
        df = pd.DataFrame([], columns=[c for c in cols if c != "quote_id"])
        df["quote_id"] = []
    for c in ("start", "end", "mention_start", "mention_end", "_cue_start", "_cue_end", "_parent"):
        df[c] = df[c].astype("int64")
    return schema.enforce_schema(df[cols], "quotes")
