"""English reports carried by a noun of saying (an extra pass): "their claims that P", "the
announcement by Netflix that P", "Trump’s insistence on Friday that P", "amid allegations that P".

The noun's ``that`` clause is what was said (ANNOTATION.md: reported speech is the content of a
statement, whatever word carries it; the English gold annotates "Trump's claim that P" and "The
accusation against Biden is that P" as ``indirect``). The speaker is the noun's possessor ("their",
"Mr. Poroshenko’s") or the agent after "by" ("the claim by conservatives that P"); with neither,
the report has no speaker ("The claims that P are made sincerely"). Only a noun is read: a
determiner, a possessive or a preposition comes before it ("Issa claims that P" is a verb, left to
the reported-speech pass). Not a report: a relative clause after the noun ("the claims that he
made", "the allegations that she denied": ``that`` is the object of a verb in the clause), a
clause with no subject ("the statement that was released"), or a report that is almost all in
quotation marks (the mark pass has it as a ``partial``).

Input: the article and the quotes found so far (pass 1); output: the reports to add. Where the
noun phrase is the subject of its clause ("Trump’s claim that P would include CNN"), the report
ends before the main verb; where it is an object, with its clause (:func:`.clauses.clause_end`).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from itertools import compress, count
from typing import Final

from discourse.extract.quotes.cues import Cue
from discourse.extract.quotes.document import Doc, Found
from discourse.extract.quotes.lang.en.clause_like import coordinated_verb, looks_like_clause
from discourse.extract.quotes.lang.en.clauses import clause_end, subordinate_end
from discourse.extract.quotes.lang.en.fronted import clause_after_fronted
from discourse.extract.quotes.lang.en.naming import sentence_tokens
from discourse.extract.quotes.lang.en.noun_of import of_report, without_opening
from discourse.extract.quotes.lang.en.phrases import np_forward
from discourse.extract.quotes.lang.en.possessed_nouns import POSSESSED_NOUNS, possessed_report
from discourse.extract.quotes.lang.en.words import (
    AUX,
    DETERMINERS,
    IRREGULAR_PAST,
    NOUN_MARKERS,
    SUBJECT_PRONOUNS,
)
from discourse.extract.quotes.spans import SpanSet, trim_end
from discourse.extract.quotes.tokens import Toks, cap, wordish

__all__ = ["NOUN_CUES", "noun_reports", "verb_cue_between"]

# Nouns whose "that" clause is a statement somebody made (not "the idea / fact / hope that P",
# which report nothing said, nor "suggestions", as often the author's paraphrase).
NOUN_CUES: Final = frozenset("""claim claims allegation allegations assertion assertions insistence
    contention contentions accusation accusations announcement admission assurance assurances
    declaration warning warnings""".split())
# with the nouns read only after a possessor ("its report that P": possessed_nouns.py)
_ALL_NOUNS: Final = NOUN_CUES | POSSESSED_NOUNS
_CUE = Cue("claim", "noun", ())
_POSSESSIVES: Final = frozenset("his her their its".split())
# A bare plural after one of these is a noun ("amid claims that P", "despite allegations that").
_PREPOSITIONS: Final = frozenset("of about amid despite against over with to by from in on".split())
# Verbs that take the relative "that" as their object: "the claims that he made (about her)".
_GAP_VERBS: Final = frozenset("""made make makes making denied denies deny raised raises rejected rejects
    dismissed repeated repeats disputed investigated heard received published posted reported
    cited mentioned faced faces leveled levelled brought filed issued released gave given read
    wrote written echoed debunked refuted lodged aired spread pushed promoted amplified retracted
    withdrew believed believes believe ignored investigating examined reviewed""".split())
# Forms that are as often verbs: before them only adjectives may stand.
_VERB_HOMOGRAPHS: Final = frozenset("claim claims warning".split())
_ADJECTIVES: Final = frozenset("""false new recent latest earlier previous similar such many numerous
    several wild bold public initial first other same baseless""".split())
_ADJ_ENDINGS: Final = ("ed", "ous", "ful", "less", "ic", "al", "ive", "ent", "ant", "able", "ible", "ary",
                "ing")
_CLAUSE_OPENERS: Final = frozenset("if whether that because although though while but and".split())
_REACH: Final = 120  # tokens a report is read over at most
_LEAD_WORDS: Final = frozenset("and but so yet then".split())
# An opening phrase the noun phrase stands in: a preposition or a subordinator.
_INTRO_WORDS: Final = frozenset("""in with after before when while since as amid despite following upon
    by on at""".split())
# After a comma these end the reported clause ("…, which …", "…, while …").
_AFTER_COMMA: Final = frozenset("and but while whereas which who whom where as according so".split())
# A clause not in the simple past: a past verb after its "and" is the subject's own.
_NOT_PAST_AUX: Final = frozenset("""would will can could should may might must is are has have does do
    won't wouldn't can't couldn't isn't aren't""".split())
_NOT_BEFORE_MAIN: Final = frozenset("that which who whom and or but to not".split())
_MAIN_ADVERBS: Final = frozenset("also still further only".split())
_OPEN, _CLOSE = frozenset('“‘'), frozenset('”’')
_OPEN_ANY, _CLOSE_ANY = frozenset('“‘"'), frozenset('”’"')
_EDGE: Final = frozenset('"“”‘’\' .,;:')


def noun_reports(doc: Doc, found: list[Found]) -> list[Found]:
    """Reports carried by a noun of saying in the article (see the module docstring)."""
    toks = doc.toks
    cands = list(compress(count(), map(_ALL_NOUNS.__contains__, toks.lows)))  # a C loop
    if not cands:
        return []
    inside = SpanSet([(f.start, f.end) for f in found])
    bounds = sentence_tokens(doc, cands)
    out: list[Found] = []
    for i in cands:
        if inside.contains(toks.starts[i]):
            continue  # a noun inside a quote is the quoted person's words
        ti, tj = bounds[i]
        f = _report_at(doc, i, ti, tj)
        if f is None:
            continue
        s, e = f.start, f.end
        while s < e and doc.text[s] in _EDGE:
            s += 1
        while e > s and doc.text[e - 1] in _EDGE:
            e -= 1
        text = doc.text
        if text[f.start] in _OPEN_ANY and text[f.end - 1] in _CLOSE_ANY and not any(
                c in _OPEN_ANY or c in _CLOSE_ANY for c in text[f.start + 1:f.end - 1]):
            if not inside.overlap(s, e):  # "declaration that “I alone can fix it”": the words
                out.append(Found(s, e, "partial", f.attr, f.rule))  # in marks, a fragment
        elif inside.overlap(s, e) < 0.95 * (e - s):  # not all in a quote found already
            out.append(f)
    return out


def verb_cue_between(doc: Doc, cues: list[int], s: int, e: int) -> bool:
    """Does the sorted list of cue offsets ``cues`` hold one in ``[s, e)`` that is not a noun
    of this pass ("The claims that P …, according to X": the noun's report is no quote the
    source's note could belong to)? Log time to the first cue, then one step per cue."""
    k = bisect.bisect_left(cues, s)
    while k < len(cues) and cues[k] < e:
        if doc.toks.lows[doc.tok_index(cues[k])] not in _ALL_NOUNS:
            return True
        k += 1
    return False


def _report_at(doc: Doc, i: int, ti: int, tj: int) -> Found | None:
    """The report of the noun at token ``i`` in the sentence ``[ti, tj)``, or None."""
    toks = doc.toks
    words, lows = toks.words, toks.lows
    np_start, speaker = _determiner(toks, i, ti)
    if np_start < 0 and _bare_plural(toks, i, ti):
        np_start = i
    if np_start < 0:
        return None
    if any(lows[x] in ("i", "we") for x in range(max(ti, np_start - 8), np_start)):
        return None  # "I made the first announcement that P": the speaker's own voice
    m, agent = _that_after(toks, i, tj)
    if m < 0:
        if speaker is None or np_start < ti:
            return None
        # "the president's claims of widespread voter fraud": the phrase is the claim (noun_of)
        attr = doc.attr((i, i + 1, _CUE), without_opening(toks, speaker), "cue_before")
        if lows[speaker[1] - 1].endswith(("'s", "’s")):
            attr = attr._replace(m_end=attr.m_end - 2)
        return of_report(doc, i, tj, Found(0, 0, "indirect", attr, "cue_before"), speaker[1])
    speaker = agent or speaker
    k = m + 1
    first = k + 1 if k < tj and words[k] in _OPEN else k
    if lows[i] in POSSESSED_NOUNS and not possessed_report(toks, i, speaker, k, tj):
        return None  # "a report that was leaked": a document, no one's report
    if not (looks_like_clause(toks, first, tj) or clause_after_fronted(toks, first, tj)) or any(
            lows[x] in _GAP_VERBS and not _has_object(lows, x, tj)
            for x in range(first, min(tj, first + 5))):
        return None  # "the claims that he made": a relative clause, nothing reported
    attr = doc.attr((i, i + 1, _CUE), speaker, "cue_before")
    if speaker is not None and lows[speaker[1] - 1].endswith(("'s", "’s")):
        attr = attr._replace(m_end=attr.m_end - 2)  # "Trump’s claim": the speaker is "Trump"
    subject = np_start == ti or lows[np_start - 1] in _CLAUSE_OPENERS or words[np_start - 1] == ","
    if subject:
        e = _main_verb(toks, first, tj)
        if e is None:
            return None  # the report's end cannot be told from the main clause
        return Found(toks.starts[k], trim_end(doc.text, toks.starts[k], toks.starts[e]),
                     "indirect", attr, "cue_before")
    # in an opening phrase ("In his announcement that P, Trump said …", "After her allegation
    # that P, the nomination …") the report ends at the phrase's comma
    lead = ti
    while lead < np_start and lows[lead] in _LEAD_WORDS:
        lead += 1
    intro = lows[lead] in _INTRO_WORDS and lead < np_start
    e = _object_end(doc, first, tj, intro)
    if e <= first + 1:
        return None
    f = Found(toks.starts[k], trim_end(doc.text, toks.starts[k], toks.ends[e - 1]), "indirect",
              attr, "cue_before")
    return clause_end(doc, f, subordinate_end(toks, ti, tj))


def _object_end(doc: Doc, k: int, tj: int, intro: bool) -> int:
    """End token (exclusive) of the reported clause opening at ``k`` after a noun in object
    position: before ";" / ":", "and <past verb>" ("and told his readers …", the subject's
    second act), and a comma after which the clause is done: a participle (", stepping up
    pressure"), a conjunction or relative word, an apposition once the clause had its verb
    (", the kind of stories …"), or a clause with a cue of its own (", she said, …"); at the
    first comma in an opening phrase (``intro``)."""
    toks = doc.toks
    words, lows = toks.words, toks.lows
    tj = min(tj, k + _REACH)  # bounded: linear time on run-on text
    cue_firsts = {h[0] for h in doc.hits_between(k, tj) if h[2].type in ("verb", "phrase")}
    finite, not_past = False, False
    for m in _outside_marks(words, k, tj):
        w, low = words[m], lows[m]
        if w in ";:" or (low in ("and", "but") and m + 1 < tj and coordinated_verb(
                words[m + 1], lows[m + 1]) and not_past):
            return m  # (after a simple past the verb may be the clause's second: "had
            # harassed and assaulted", "was stolen and burned"; as the reported pass reads it)
        if low == "to" and m + 2 < tj and m + 1 in cue_firsts and lows[m + 2] == "that":
            return m  # "pointed to the announcement that P to argue that Q": the subject's
            # purpose, whose own report Q the reported pass reads
        if w == "," and m + 1 < tj:
            nxt = lows[m + 1]
            if intro or nxt in _AFTER_COMMA or (nxt.endswith("ing") and len(nxt) > 4) or (
                    finite and nxt in DETERMINERS and nxt != "that") or any(
                    c in cue_firsts for c in range(m + 1, min(tj, m + 9))):
                return m
        if not finite and low in _NOT_PAST_AUX:
            not_past = True  # "that the vote is rigged and urged …": the subject's next act
        finite = finite or _finite(w, low)
    return tj


def _outside_marks(words: list[str], k: int, stop: int) -> Iterator[int]:
    """The tokens in ``[k, stop)`` outside quotation marks (the marks themselves left out)."""
    inside = False
    for m in range(k, stop):
        w = words[m]
        if w in _OPEN or (w == '"' and not inside):
            inside = True
        elif w in _CLOSE or (w == '"' and inside):
            inside = False
        elif not inside:
            yield m


def _finite(w: str, low: str) -> bool:
    """A word that makes a clause finite: an auxiliary, an irregular past, a lower-case -ed."""
    return low in AUX or low in IRREGULAR_PAST or (
        low.endswith("ed") and len(low) > 4 and not cap(w))


# Time nouns after "the": "the claims that he made the day before" has no object.
_TIME_NOUNS: Final = frozenset("year week month day time morning night weekend".split())


def _has_object(lows: list[str], x: int, tj: int) -> bool:
    """Does an article and a noun follow the verb at ``x`` ("a warning that the country faces
    a choice", "the allegation that he received a bribe")? Then ``that`` opens a clause with an
    object of its own, no relative clause whose gap is the verb's object."""
    return x + 2 < tj and lows[x + 1] in ("a", "an", "the") and lows[x + 2] not in _TIME_NOUNS


def _determiner(toks: Toks, i: int, ti: int) -> tuple[int, tuple[int, int] | None]:
    """Token opening the noun phrase of the noun at ``i`` and its possessor (the speaker), or
    ``(-1, None)`` when nothing marks the word as a noun. Up to two adjectives may stand between
    ("the once-ubiquitous claim", "his repeated false claims"); before "claim(s)" and "warning",
    which are verbs as often ("the critics claim that P"), only words that read as adjectives."""
    words, lows = toks.words, toks.lows
    j = i - 1
    while j >= ti and j >= i - 4:
        low = lows[j]
        if low.endswith(("'s", "’s")) and cap(words[j]):
            s = j
            while s - 1 >= ti and cap(words[s - 1]) and lows[s - 1] not in NOUN_MARKERS:
                s -= 1  # "Mr. Poroshenko’s", "President Donald Trump’s"
            return (s - 1 if s - 1 >= ti and lows[s - 1] == "the" else s), (s, j + 1)
        if low.endswith(("'s", "’s")) and wordish(words[j]):
            # "the governor’s", "the former mayor’s": a described possessor after its determiner
            s = next((s for s in range(j - 1, max(ti, j - 4) - 1, -1) if lows[s] in (
                "the", "a", "an", "this", "that")), -1)
            if s < 0 or any(not wordish(w) or cap(w) for w in words[s + 1:j]):
                return -1, None
            return s, (s, j + 1)
        if low in _POSSESSIVES:
            return j, (j, j + 1)
        if low in DETERMINERS:
            return j, None
        if low in NOUN_MARKERS:
            j -= 1  # "Brazile’s recent admission": an adjective the cue scan counts as a marker
            continue
        if words[j] in "-–" and j - 1 >= ti and toks.ends[j - 1] == toks.starts[j]:
            j -= 1  # "the once-ubiquitous claim": a hyphenated adjective
            continue
        if low in _PREPOSITIONS or ((low in IRREGULAR_PAST or low.endswith("ed")) and not (
                j - 1 >= ti and (lows[j - 1] in NOUN_MARKERS or lows[j - 1].endswith(
                    ("'s", "’s"))))):
            return -1, None  # "resigned amid claims", "denied allegations": a verb's object
        if not wordish(words[j]) or cap(words[j]) or low in AUX or low in SUBJECT_PRONOUNS or (
                lows[i] in _VERB_HOMOGRAPHS and not _adjective(low)):
            return -1, None  # "Issa claims", "he claims", "the critics claim that": a verb
        j -= 1
    return -1, None


def _bare_plural(toks: Toks, i: int, ti: int) -> bool:
    """Is the plural noun at ``i`` a bare object ("amid claims that P", "denied allegations
    that P", "to investigate allegations by X that P")?"""
    return i - 1 >= ti and toks.lows[i].endswith("s") and (
        toks.lows[i - 1] in _PREPOSITIONS or _verb_form(toks, i - 1, ti))


def _verb_form(toks: Toks, j: int, ti: int) -> bool:
    """Is the word at ``j`` a verb taking the noun after it as its object ("denied", "facing",
    "to investigate")?"""
    words, lows = toks.words, toks.lows
    low = lows[j]
    if not wordish(words[j]) or cap(words[j]) or low in AUX:
        return False
    return low in IRREGULAR_PAST or low.endswith(("ed", "ing")) or (j - 1 >= ti and (
        lows[j - 1] == "to" or lows[j - 1] in AUX))  # "to investigate", "will review"


def _adjective(low: str) -> bool:
    return low in _ADJECTIVES or (len(low) > 4 and low.endswith(_ADJ_ENDINGS))


def _that_after(toks: Toks, i: int, tj: int) -> tuple[int, tuple[int, int] | None]:
    """Token of the "that" completing the noun at ``i`` (right after it, after "by <agent>" or
    a short adverbial: "on Friday", "last week"), and the agent; ``(-1, None)`` when none."""
    words, lows = toks.words, toks.lows
    agent = None
    k = i + 1
    if k + 1 < tj and lows[k] == "by":
        e = np_forward(toks, k + 1)
        if e <= k + 1:
            return -1, None
        agent, k = (k + 1, e), e
    for m in range(k, min(tj, k + 5)):
        if lows[m] == "that":
            return m, agent
        if not wordish(words[m]) or lows[m] in AUX or (m == k and lows[m] not in (
                "on", "in", "last", "this", "earlier", "at", "during", "from", "against")):
            return -1, None
    return -1, None


def _main_verb(toks: Toks, k: int, tj: int) -> int | None:
    """Token where the main clause's verb begins after the reported clause opening at ``k``
    ("P would include CNN", "P also undermines …", "P are made sincerely"): the first auxiliary
    or "also"/"still" + verb outside quotation marks after the clause's own finite verb; None
    when there is none."""
    words, lows = toks.words, toks.lows
    finite = False
    for m in _outside_marks(words, k + 1, min(tj, k + _REACH)):  # bounded: linear on run-on text
        w, low = words[m], lows[m]
        if not wordish(w):
            continue
        if finite and lows[m - 1] not in _NOT_BEFORE_MAIN and lows[m - 1] not in AUX and (
                low in AUX or (
                low in _MAIN_ADVERBS and m + 1 < tj and wordish(words[m + 1]) and not cap(
                    words[m + 1]) and lows[m + 1] not in AUX)):
            return m
        finite = finite or _finite(w, low)
    return None
