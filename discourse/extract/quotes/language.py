"""The seam between the shared passes and a language's rules: :class:`QuoteLanguage`.

The passes (:mod:`~discourse.extract.quotes.marks`, :mod:`~discourse.extract.quotes.classify`,
:mod:`~discourse.extract.quotes.embedded`, :mod:`~discourse.extract.quotes.reported`) own the
control flow, the quotation marks, the spans and the document model; whenever they need to know
something about words (is this a reporting verb, who is the speaker, is this a title) they ask
the language object they were given. English is
:data:`discourse.extract.quotes.lang.en.ENGLISH`; the languages are listed in
:data:`discourse.extract.quotes.lang.LANGUAGES`.

The languages are English (``lang/en/``) and Russian (``lang/ru/``, issue 12); each builds a
``QuoteLanguage`` and names its cue lexicon (``data/cues.yaml``, ``data/cues_ru.yaml``: same
schema; "по словам" is a ``preposition`` with ``speaker: after``, ``that_clause`` marks "заявил,
что"). :func:`~discourse.extract.quotes.extract.extract_quotes` reads each article's ``lang``
(or detects it) and looks the language up in ``lang.LANGUAGES``: the shared code has no branch on
a language. The guillemets « » and the low-nine „ “ pair like any marks; speech marked otherwise
(the Russian dialogue dash, ``— Мы готовы, — заявил он.``; English "called X Y") is an
``extra_passes`` entry, a quotation split by its attribution (``«…, — сказал он, — …»``) a
``revisions`` entry, and the nouns that make the next marks a name (газета «…») the language's
``name_before``.

What the shared code still assumes about every language (change it there, for all, if a language
needs otherwise): the sentence rules of :mod:`discourse.text.segment` (a capital after the full
stop starts a sentence; the abbreviations that keep their full stop are data by language,
``ABBREVIATIONS_BY_LANGUAGE``, used together since they are written in different scripts); tokens
of Unicode letters and digits (:mod:`discourse.extract.quotes.tokens`); in the mark roles, ``s'``
before a lower-case word is a possessive apostrophe ("Belarus' national").

Speed: the passes bind the fields they use to local names once per article (or per pass), never
inside a loop over tokens; a language's functions call each other directly.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from discourse.extract.quotes.cues import CueLexicon
from discourse.extract.quotes.document import Attr, CueFinder, Doc, Found, Hit
from discourse.extract.quotes.spans import SpanSet
from discourse.extract.quotes.tokens import Toks

if TYPE_CHECKING:
    from discourse.extract.quotes.transcript import TurnRules

__all__ = ["QuoteLanguage", "sentence_like_by"]

# Token spans ``(first, end)``, end exclusive: a noun phrase, a verb.
TokSpan = tuple[int, int]


def _never(doc: Doc, lo: int, pos: int) -> bool:
    """The default ``name_before``: no word before a mark makes it a name."""
    return False


def _no_fragment(content: str, n_words: int) -> bool:
    """The default ``fragment_is_quote``: a short fragment far from its cue is a scare quote."""
    return False


def sentence_like_by(has_verb: Callable[[str], bool], looks_like_title: Callable[[str], bool]
                     ) -> Callable[[str, int, bool | None], bool]:
    """A ``sentence_like`` from a language's own ``has_verb`` and ``looks_like_title``: could the
    quoted ``content`` be someone's sentence rather than a title or a scare quote? Five words or
    more, or two words with a verb, or three with sentence punctuation inside the marks; never a
    title (``title``: ``looks_like_title(content)`` when the caller has it)."""

    def sentence_like(content: str, words: int, title: bool | None = None) -> bool:
        core = content.rstrip(" ,.;:!?…—–-")
        if not core or (title if title is not None and core == content
                        else looks_like_title(core)):
            return False
        if words >= 5:
            return True
        if words >= 2 and has_verb(content):
            return True
        return words >= 3 and content.rstrip()[-1:] in ",.!?…"

    return sentence_like


@dataclass(frozen=True)
class QuoteLanguage:
    """What a language provides to the shared passes: its cue scan, its attribution syntax,
    its tests of what a quotation holds, and a few patterns of words or letters.

    Token arguments are indices into ``doc.toks`` (:class:`~discourse.extract.quotes.tokens.Toks`,
    parallel columns ``starts``, ``ends``, ``words``, ``lows``); ``[ti, tj)`` is a range of
    tokens, ``lo``/``pos``/``s``/``e`` are character offsets. A hit is ``(first token, end token,
    cue)`` as ``find_cues`` returns it.

    Attributes
    ----------
    code : str
        Language code (``"en"``), the key in ``lang.LANGUAGES``.
    cues_file : str
        The default cue lexicon, a file of the data folder (``"cues.yaml"``).
    find_cues : (toks, lexicon) -> list of hits
        The cue occurrences of an article, non-overlapping, left to right: the lexicon's forms
        where the word order makes them reporting cues (English: not "the report", not the
        capitalised "States" of a name), plus cues the lexicon cannot list ("quoted X as
        saying"). Run once per article (:class:`~discourse.extract.quotes.document.Doc`).

    Pass 1, quotations in marks (:mod:`discourse.extract.quotes.classify`)

    cue_after_quote : (toks, ti, tj, hits) -> (hit, speaker token span) or None
        An attribution with a cue of the lexicon right after a closing mark, in ``[ti, tj)``
        (``…,” she said`` / ``said Peskov``); ``hits`` are those whose first token is in range.
    shape_after : (toks, ti, tj, lexicon) -> (verb span, speaker span) or None
        The same with any verb, recognised by the shape of the clause (``…,” the minister
        fumed``).
    attribution_ends : (doc, s, e) -> bool
        Is ``text[s:e]``, after a ``?``/``!`` quote, its attribution closing the sentence
        ("“Why not?” Smith asked.")?
    attr_before : (doc, lo, pos) -> Attr or None
        The attribution in ``[lo, pos)`` before an opening mark (``Putin said:``, ``According
        to her,``, ``called it a``), with ``rule`` ``cue_before`` or ``according_to``.
    shape_before : (toks, ti, tj, lexicon) -> (verb span, speaker span) or None
        An attribution of any verb ending right before an opening mark (``Smith fumed:``).
    only_attr_between : (doc, attr, pos) -> bool
        Does nothing but the attribution (and a comma, colon, "that") stand before ``pos``?
    speakers_word_near : (doc, lo, pos) -> bool
        Does what stands before ``pos`` make a short fragment there the speaker's word, not a
        scare quote: a naming verb among the last words ("called", "dubbed"; both languages),
        or, in Russian, the «что» clause of a verb of saying?
    looks_like_title : (content) -> bool
        Is the text in the marks a name or a title ("The Kelly File")?
    sentence_like : (content, n_words, title) -> bool
        Could it be someone's sentence rather than a title or a scare quote? ``n_words`` is a
        word count capped at six or more; ``title`` is ``looks_like_title(content)``, or None.
    has_verb : (content) -> bool
        Does it hold a finite verb (a full clause)?
    new_sentence_after : compiled pattern
        Matched right after a closing mark: white space, then what starts a new sentence (a
        capital or an opening mark).
    lower_after : compiled pattern
        Matched right after a closing mark: white space, then a lower-case letter (a title in
        marks modifying the next noun: "“The Kelly File” host").
    extra_passes : tuple of (doc, found) -> list of Found
        Quotations the language marks otherwise than with quotation marks or a cue of the
        lexicon (the Russian dialogue dash, a statement set as a block after a colon; the English
        naming and judging verbs, "called X Y", "accused X of Y"), run after pass 1 with what it
        found (and revised); each returns the quotes to add.
    name_before : (doc, lo, pos) -> bool, default=never
        Is the word before the opening mark at ``pos`` a noun that takes a name (газета «…»,
        the film “…”)? The marks then hold a name, unless they hold a whole clause. English:
        its titles are told by their capitals (``looks_like_title``); only a programme's title
        after "on" is told here, where a full stop inside the marks hides it (“Meet the Press.”).
    fragment_is_quote : (content, n_words) -> bool, default=never
        Is a short fragment in marks (up to four words), far from the verb of saying before it,
        the speaker's words all the same (Russian: one holding a verb, "заявил, что Боливия «не
        боится» США")? English: never, such a fragment is taken for a scare quote.
    unattributed_fragment : (content, n_words) -> bool, default=never
        Is a short fragment in marks with no verb of saying near it (under six words, or with
        no verb) the words of someone all the same (Russian: one built on an infinitive, "она
        планирует лишь «забрать вещи»")? English: never, it is dropped as a scare quote.
    revisions : tuple of (doc, found) -> list of Found, default=()
        Revisions of what pass 1 found, run before ``extra_passes``: each returns the whole list
        revised, keeping the ``parent`` indices of nested quotes valid (Russian: a quotation
        interrupted by its attribution, ``«…, — сказал он, — …»``, becomes two spans).

    Pass 2, embedded posts (:mod:`discourse.extract.quotes.embedded`)

    post_signature : compiled pattern
        The signature line under an embedded post (``- Name (@handle) Month D, YYYY``), matched
        at the start of a paragraph that opens with ``-``, ``—`` or ``–``; groups ``name`` and
        ``handle``.
    post_reference : compiled pattern
        Words showing that a paragraph talks about a post ("tweeted", "wrote") rather than
        being one.

    Pass 3, transcripts and reported speech (:mod:`discourse.extract.quotes.reported`)

    speaker_label : compiled pattern
        A transcript line's speaker label at a paragraph start (``TRUMP: ``), group 1 the label.
    label_first, label_second : frozenset of str
        The characters a label can open with, and those that can follow its first: a paragraph
        opening otherwise is not tried with ``speaker_label``.
    not_speaker_labels : frozenset of str
        Label words that head a line but name nobody ("UPDATE", "WATCH").
    reports_in_sentence : (doc, ss, se, ti, tj, prev_sent, quote_cues, inside) -> list of Found
        The reports in the sentence ``[ss, se)`` (tokens ``[ti, tj)``) that holds a cue: ``X
        said (that) P``, ``P, X said``, ``According to X, P``, ``This was stated by X`` (the
        previous sentence, ``prev_sent()``, is the statement). ``quote_cues``: sorted offsets of
        the cues that attribute the quotes found so far; ``inside``: those quotes' spans.
    mixed_share : float, default=0.5
        A reported clause is kept as ``indirect`` while at most this share of it lies inside
        quotation marks. English keeps mixed quotes (a reported clause with a quoted fragment:
        one ``indirect`` for the clause, the fragment ``partial``) unless the clause is all in
        marks; the default drops a clause that is mostly quoted (the fragment alone counts).
    inline_signature : compiled pattern or None, default=None
        A post's signature inside a paragraph (``> — Name (@handle) Month D, YYYY``), groups
        ``name`` and ``handle``, for :mod:`discourse.extract.quotes.embedded`; None: only
        ``post_signature`` lines are read.
    keeps_short : callable, default: never
        ``keeps_short(doc, start, end)``: is the report ``[start, end)``, under the three-word
        floor of :mod:`discourse.extract.quotes.reported`, one the language's rules vouch for
        (English: a noun object stating an event, "announced his death")? The default keeps
        the floor for every report.
    turn_rules : TurnRules or None, default=None
        The labels of transcript turns (``TAPPER:``, ``Q:``/``A:``) for
        :mod:`discourse.extract.quotes.transcript`, which then takes the turns as ``embedded``
        quotes; None (Russian): no such pass, ``speaker_label`` lines stay ``indirect``.
    """

    code: str
    cues_file: str
    find_cues: CueFinder
    # pass 1
    # the speaker span is None when the cue has none after it (Russian "«…», — заявили")
    cue_after_quote: Callable[[Toks, int, int, list[Hit]], tuple[Hit, TokSpan | None] | None]
    shape_after: Callable[[Toks, int, int, CueLexicon], tuple[TokSpan, TokSpan] | None]
    attribution_ends: Callable[[Doc, int, int], bool]
    attr_before: Callable[[Doc, int, int], Attr | None]
    shape_before: Callable[[Toks, int, int, CueLexicon], tuple[TokSpan, TokSpan] | None]
    only_attr_between: Callable[[Doc, Attr, int], bool]
    speakers_word_near: Callable[[Doc, int, int], bool]
    looks_like_title: Callable[[str], bool]
    sentence_like: Callable[[str, int, bool | None], bool]
    has_verb: Callable[[str], bool]
    new_sentence_after: re.Pattern[str]
    lower_after: re.Pattern[str]
    extra_passes: tuple[Callable[[Doc, list[Found]], list[Found]], ...]
    # pass 2
    post_signature: re.Pattern[str]
    post_reference: re.Pattern[str]
    # pass 3
    speaker_label: re.Pattern[str]
    label_first: frozenset[str]
    label_second: frozenset[str]
    not_speaker_labels: frozenset[str]
    reports_in_sentence: Callable[
        [Doc, int, int, int, int, Callable[[], TokSpan | None], list[int], SpanSet | None],
        list[Found],
    ]
    # added with Russian; the defaults keep a language that needs neither as it was
    name_before: Callable[[Doc, int, int], bool] = _never
    fragment_is_quote: Callable[[str, int], bool] = _no_fragment
    unattributed_fragment: Callable[[str, int], bool] = _no_fragment
    revisions: tuple[Callable[[Doc, list[Found]], list[Found]], ...] = ()
    mixed_share: float = 0.5
    # transcript turns after a plain label (issue 14); None: the language has no such pass
    turn_rules: TurnRules | None = None
    # a post's signature inside its paragraph (issue 14); None: only signature lines
    inline_signature: re.Pattern[str] | None = None
    # a report under the three-word floor that the language's rules vouch for ("announced his
    # death", issue 14): (doc, start, end) of the report; the default keeps the floor
    keeps_short: Callable[[Doc, int, int], bool] = _never
