"""English cue scan: where a form of the lexicon is a reporting cue, and "quoted X as saying".

``find_cues`` (``QuoteLanguage.find_cues``) scans the lower-cased tokens once: a C loop picks the
candidate words (those that start a form of the lexicon, or "quoted"), and :func:`_cue_at` keeps
the forms that the English word order makes verbs of speech: not a capitalised form inside a
name ("the State Department"), not a noun after a determiner or possessive ("the report",
"Trump's tweet"), not a noun subject before an auxiliary ("his claims were"). "RIA Novosti quoted
him as saying" is a cue with the speaker inside (``QUOTED_AS_SAYING``), which no lexicon form
can list.
"""

from __future__ import annotations

from itertools import compress, count
from typing import Final

from discourse.extract.quotes.cues import Cue, CueLexicon
from discourse.extract.quotes.lang.en.relative_predicate import long_relative_subject
from discourse.extract.quotes.lang.en.relative_title import titled_relative_subject
from discourse.extract.quotes.lang.en.words import (
    AUX,
    NOUN_MARKERS,
    PREPOSITIONS_BEFORE_NOUN,
    PRONOUN_CONTRACTIONS,
    SAY_IRREGULAR,
)
from discourse.extract.quotes.tokens import Toks, cap, wordish

__all__ = ["QUOTED_AS_SAYING", "QUOTE_WORDS", "find_cues", "quoted_as_saying_object"]

# Words that start "quoted X as saying" (the speaker inside the cue): candidates like cue forms.
QUOTE_WORDS: Final = ("quoted", "quotes", "quoting", "quote")
_QUOTE_WORD_SET: Final = frozenset(QUOTE_WORDS)  # the scan's extra start words (a memo key: hashed once)
# Punctuation after which a capitalised cue form starts a sentence (elsewhere it is in a name).
_SENTENCE_PUNCT: Final = frozenset(".!?…:;\"“”«»‘’'—–-(")
# Bare cue forms that are nouns as often as verbs ("Maryland state law", "a Senate report"):
# after a capitalised word and before a lower-case one, a noun.
_NOUN_LIKE: Final = frozenset("state report voice note claim answer comment".split())
# "reason(s)" before punctuation is the noun ("for political reasons,"); the verb takes a clause.
_REASON: Final = frozenset("reason reasons".split())
# The cue of "RIA Novosti quoted him as saying": the speaker sits inside it.
QUOTED_AS_SAYING = Cue("quoted X as saying", "phrase", ("quoted x as saying",), True, True,
                       False, "inside")


# "and several said they wanted ...": a quantifier standing alone is the subject of a form that
# is never a noun ("said", "told"; not "some say", which is a noun).
_NEVER_NOUNS: Final = frozenset("said told".split())
# Words in -s that are no plural nouns: the subject of a reported clause may open with them.
_S_FUNCTION_WORDS: Final = frozenset("this his its those these us as was is has does".split())
_QUANTIFIER_SUBJECTS: Final = frozenset("several two three four five six seven eight nine ten".split())

def quoted_as_saying_object(toks: Toks, a: int, b: int) -> tuple[int, int]:
    """Object span of "quoted <X> as saying" (tokens between the verb and "as saying")."""
    return a + 1, b - 2


def find_cues(toks: Toks, lex: CueLexicon) -> list[tuple[int, int, Cue]]:
    """Cue occurrences as ``(first token, end token, cue)``, non-overlapping, left to right.

    The same as testing every token with :func:`_cue_at`, but a C loop over the lower-cased
    words picks the candidates: words that start a cue form or "quoted X as saying". A
    candidate whose forms all have several words is tested only when the next word continues
    one of them (``_cue_at`` would find no form there), which drops most frequent words ("in",
    "was", "as", "it").
    """
    lows = toks.lows
    firsts, single, bigrams = lex.scan_sets(_QUOTE_WORD_SET)
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


def _cue_at(toks: Toks, i: int, lex: CueLexicon) -> tuple[int, int, Cue] | None:
    """The cue starting at token ``i`` (``(i, end token, cue)``), or None."""
    words, lows = toks.words, toks.lows
    w = lows[i]
    m = None
    entries = lex.by_first.get(w)
    if entries:
        # Forms are sorted longest first: the tokens the longest could span, lower-cased once.
        n = len(entries[0][0])
        span = tuple(lows[i : i + n])
        for form, cue in entries:
            if span[: len(form)] == form:
                m = (len(form), cue)
                break
    if m and cap(words[i]) and i > 0 and words[i - 1] not in _SENTENCE_PUNCT:
        m = None  # "United States", "the State Department": a name, not a verb
    if m and m[1].type == "verb" and i > 0 and (
        lows[i - 1] in NOUN_MARKERS or lows[i - 1].endswith("'s")
    ) and not (w in _NEVER_NOUNS and lows[i - 1] in _QUANTIFIER_SUBJECTS):
        m = None  # "the report", "Trump's tweet", "his remarks": a noun, not a verb
    if m and m[1].type == "verb" and i > 0 and m[0] == 1 and not w.endswith(("ing", "ed")) and (
            lows[i - 1] in PREPOSITIONS_BEFORE_NOUN or lows[i - 1].isdigit()
            or (w in _NOUN_LIKE and cap(words[i - 1]) and i + 1 < len(lows)
                and not cap(words[i + 1]) and lows[i + 1].isalpha()
                and lows[i + 1] not in AUX and lows[i + 1] != "that"
                and not _plural_subject_first(toks, i))):
        # "for snap elections", "16 states", "Maryland state law": a noun or an adjective
        m = None
    if m and m[1].type == "verb" and m[0] == 1 and i + 2 < len(lows) and not w.endswith(
            ("ed", "ing")) and w not in _FINITE_SAY and lows[i + 1].isalpha() and not cap(
            words[i + 1]) and (
            lows[i + 1].endswith("s") and lows[i + 1] not in _S_FUNCTION_WORDS
            and lows[i + 2] in AUX):
        # "anime voice actors weren't": the first noun of a compound subject ("said this is",
        # "says his plan was": a determiner in -s opens the reported clause; "said
        # prosecutors had": a finite form of saying is no noun, a bare plural subject follows)
        m = None
    if m and w == "states" and i > 0 and words[i - 1] in ("US", "U.S."):
        m = None  # "Listed US states as having members were: …": the country's states
    if m and w == "highlights" and i > 0 and lows[i - 1] == "story":
        m = None  # CNN's "Story highlights" label, scraped with the text
    if m and w in _REASON and (i + 1 == len(lows) or not wordish(words[i + 1])):
        m = None  # "not for political reasons, say most voters": a noun before punctuation
    if m and m[1].type == "verb" and m[0] == 1 and w == m[1].lemma and (
            _singular_phrase_before(toks, i)):
        m = None  # "a social media post that …", "an official note": a singular noun
    if m and m[1].type == "verb" and i + m[0] < len(lows):
        nxt = lows[i + m[0]]
        if nxt in AUX and nxt not in PRONOUN_CONTRACTIONS and (
                nxt not in ("had", "has", "have", "would", "will")
                or not w.endswith(("ed", "s"))) and not _relative_subject_before(toks, i):
            # "the unifying question will be", "his claims were": a noun subject ("said
            # they're": a pronoun and its auxiliary open the reported clause)
            m = None
    if m is None and w in QUOTE_WORDS:
        # "RIA Novosti quoted him as saying": the speaker sits inside the cue
        for k in range(i + 2, min(i + 10, len(lows) - 1)):
            if lows[k] == "as" and lows[k + 1] == "saying":
                m = (k + 2 - i, QUOTED_AS_SAYING)
                break
            if not wordish(words[k - 1]):
                break
    if m is None:
        return None
    return i, i + m[0], m[1]


def _plural_subject_first(toks: Toks, i: int) -> bool:
    """Does a plural noun opening the sentence stand before the cue at ``i``, a clause opening
    after it ("Officials state the plan will fail", "Residents claim the water is unsafe"; not
    "Texas state law")? Or "the" and a capitalised plural, a people's, party's or body's name
    ("The Armenians claim they were retaliating", "The Democrats claim the bill is …"; read on
    Wikinews dev7, issue 14's dev11 round)?"""
    words, lows = toks.words, toks.lows
    if i + 1 >= len(lows):
        return False
    if (i == 1 or words[i - 2] in _SENTENCE_PUNCT) and lows[i - 1].endswith("s") and (
            words[i - 1].isalpha()):
        return lows[i + 1] in ("the", "a", "an", "his", "her", "its", "their", "this", "these") or (
            lows[i + 1] in _PRONOUN_SUBJECTS)
    w = words[i - 1]
    return i >= 2 and lows[i - 2] == "the" and (i == 2 or words[i - 3] in _SENTENCE_PUNCT) and (
        cap(w) and w.isalpha() and len(w) > 3 and w.endswith("s") and not w.endswith("ss")
        and not w.isupper() and lows[i + 1] in _GROUP_CLAUSE_OPENERS)


# What opens the clause after "The Armenians claim": a determiner or a subject pronoun.
_GROUP_CLAUSE_OPENERS: Final = frozenset("""the a an his her its their this these those he she they we it
    i you""".split())


# Finite forms of saying that are no nouns: a bare plural after them opens the report ("said
# prosecutors had not proven", "says officials were told"), no compound noun ("voice actors").
_FINITE_SAY: Final = frozenset("said told wrote says tells writes".split())

# Determiners of a singular count noun: a bare present-tense verb cannot follow their phrase.
_SINGULAR_DETERMINERS: Final = frozenset("a an each every another any".split())
# Singular nouns in -s that may stand in such a phrase ("any credible news report").
_SINGULAR_S: Final = frozenset("news press".split())


def _singular_phrase_before(toks: Toks, i: int) -> bool:
    """Does a singular noun phrase run up to token ``i`` ("a social media post", "an urgent
    note"): "a"/"an"/"each"/"every"/"another", then at most two lower-case words not in -s?"""
    words, lows = toks.words, toks.lows
    for k in range(i - 1, max(-1, i - 4), -1):
        if lows[k] in _SINGULAR_DETERMINERS:
            return True
        if k == i - 1 and cap(words[k]) and words[k].isalpha() and k > 0 and (
                lows[k - 1] in _SINGULAR_DETERMINERS):
            return True  # "a Senate rule against …": a name as the noun's modifier
        if not words[k].isalpha() or cap(words[k]) or (
                lows[k].endswith("s") and lows[k] not in _SINGULAR_S) or lows[k] in (
                "few", "lot", "number", "couple"):
            return False
    return False


_PRONOUN_SUBJECTS: Final = frozenset("he she they we i you".split())
_RELATIVES: Final = frozenset("what which that who whom".split())  # "women who police said were …"


# Present forms of saying before a relative clause's predicate ("a strategy which Democrats warn
# could result in a shutdown", "the plan that critics claim will fail").
_RELATIVE_PRESENT: Final = frozenset("say says warn warns claim claims argue argues insist insists".split())


def _relative_subject_before(toks: Toks, i: int) -> bool:
    """Is the cue at ``i`` a past tense in a relative clause whose predicate follows it ("in
    what he said was an effort", "fires which officials said were under control"; not "that
    arbitrary rules can be applied")?"""
    lows = toks.lows
    past = lows[i].endswith("ed") or lows[i] in SAY_IRREGULAR
    return i > 1 and (past or lows[i] in _RELATIVE_PRESENT) and (
        lows[i - 1] in _PRONOUN_SUBJECTS or (
            lows[i - 2] in _RELATIVES and toks.words[i - 1].isalpha())
        or (past and (_longer_relative_subject(toks, i) or long_relative_subject(toks, i)))
        or titled_relative_subject(toks, i))  # "which Mr. Sanders argues did" (relative_title)


def _longer_relative_subject(toks: Toks, i: int) -> bool:
    """Does a relative word stand two to four words before the past cue at ``i``, the words
    between opening with a determiner or a name ("which the mayor said was", "which his wife
    Bernadette said was"; a present "the union claims were" may be a noun and is left out)?"""
    words, lows = toks.words, toks.lows
    for k in range(i - 2, max(-1, i - 6), -1):
        if lows[k] in ("which", "that") and k < i - 2:  # ("what X said was": a cleft)
            return lows[k + 1] in _RELATIVE_SUBJECT_OPENERS or cap(words[k + 1])
        if not words[k].isalpha():
            return False
    return False


# First words of a relative clause's longer subject: "which the mayor said", "that his wife said".
_RELATIVE_SUBJECT_OPENERS: Final = frozenset("the his her their its our a an local state federal".split())

