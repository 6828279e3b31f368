"""Where an English reported clause starts and ends, read off the token columns.

The start of the clause that holds a cue (after an introductory phrase, through a phrase set off
by commas between speaker and verb), what may stand between a cue and the reported clause (a
listener, short adverbials, a time), and where the reported proposition ends (before a quotation
introduced by a colon, a contrasting clause, the end of an opening subordinate clause). Used by
:mod:`.reported`; every scan is bounded, so time stays linear on run-on text.
"""

from __future__ import annotations

import re
from itertools import compress
from typing import Final

from discourse.extract.quotes.document import Doc, Found
from discourse.extract.quotes.lang.en.apposed_age import age_apposition
from discourse.extract.quotes.lang.en.clause_like import coordinated_verb
from discourse.extract.quotes.lang.en.colon_end import colon_ends_report
from discourse.extract.quotes.lang.en.listener_clause import dummy_subject_clause
from discourse.extract.quotes.lang.en.measured_subordinate import measured_subordinator
from discourse.extract.quotes.lang.en.parentheticals import in_parenthetical
from discourse.extract.quotes.lang.en.phrases import main_clause_comma, skip_adverbs_back
from discourse.extract.quotes.lang.en.words import (
    AUX,
    DETERMINERS,
    IRREGULAR_PAST,
    PARENTHETICAL_ADVERBS,
    SAY_IRREGULAR,
)
from discourse.extract.quotes.spans import trim_end
from discourse.extract.quotes.tokens import Toks, cap, wordish

__all__ = [
    "ADVERBIAL_PREPS", "MAX_LOOKBACK", "SUBORDINATORS", "after_adverbials", "after_time",
    "clause_end", "clause_start", "listener_end", "subordinate_end",
]

# How far back from a cue its clause start is looked for (tokens): linear time on run-on text.
MAX_LOOKBACK: Final = 150


def listener_end(toks: Toks, k: int, e: int) -> int:
    """End of the listener ``toks[k:e]`` after "told": a determiner after a noun opens the
    reported clause ("told reporters the procedure had been followed")."""
    lows = toks.lows
    for m in range(k + 1, e):
        if (lows[m] in _CLAUSE_DETERMINERS or lows[m] in _CLAUSE_OPENERS or lows[m].isdigit() or (
                dummy_subject_clause(toks, m))) and (  # "told The Hill it was" (listener_clause)
                lows[m - 1] not in DETERMINERS and lows[m - 1] not in ("of", "for", "and")):
            return m
    return e


_CLAUSE_DETERMINERS: Final = frozenset("the a an this these those his her their its".split())
# A focus adverb or a number after the listener opens the report too ("told the BBC even one
# percent of users would be too many", "told reporters 12 people had died").
_CLAUSE_OPENERS: Final = frozenset("""even only almost nearly one two three four five six seven eight
    nine ten twelve twenty dozens hundreds thousands millions""".split())


SUBORDINATORS: Final = frozenset("when while after before if as because although though since once "
                          "until unless whereas".split())
# Participles of saying that open a sentence with a clause of their own ("Noting that P, X …").
_OPENING_PARTICIPLES: Final = frozenset("""noting saying adding claiming arguing insisting explaining
    warning stating acknowledging asserting contending alleging""".split())


def subordinate_end(toks: Toks, ti: int, tj: int) -> int:
    """The comma closing a subordinate clause that opens the sentence ("When X announced Y,
    Z joined …"), or -1."""
    if toks.lows[ti] == "even" and ti + 1 < tj:
        ti += 1  # "Even though …", "Even if …"
    ti = measured_subordinator(toks, ti, tj)  # "Days after …", "Two weeks before …"
    if toks.lows[ti] not in SUBORDINATORS and toks.lows[ti] not in _OPENING_PARTICIPLES:
        return -1  # ("Noting that P, X added Q": the participle's clause ends at its comma)
    c = main_clause_comma(toks, ti + 1, min(tj, ti + 40))
    if c >= 0:
        return c  # past the commas of a list inside the opening clause
    return next((k for k in range(ti + 1, min(tj, ti + 40)) if toks.words[k] == "," and (
        not in_parenthetical(toks, k))), -1)  # (not ", in fact,": parentheticals.py)


_OPEN_QUOTES: Final = frozenset('"“«‘\'')
_CONTRAST: Final = frozenset("while whereas".split())
# Auxiliaries of a reported clause not in the simple past: a past verb after ", and" then is
# the speaker's ("said it would not ban it, and chastised Y"), not the clause's second one
# ("said Obama broke the law, and violated the Constitution").
_NOT_PAST_AUX: Final = frozenset("would will can could should may might must is are has have does do "
                          "won't wouldn't can't couldn't isn't aren't".split())
# "impeached for, and convicted of, …": a participle sharing its object, no second predicate
_PREPOSITION_ENDS: Final = frozenset("for of to by with in on at from".split())


# The link a post ends with, as copied into news text.
_POST_LINK: Final = re.compile(r"\s(?:https?://t\.co/|pic\.twitter\.com/)")


def clause_end(doc: Doc, f: Found, sub_end: int = -1) -> Found | None:
    """The reported proposition ends before a quotation introduced by a colon ("X said P:
    “…”": the quote is a report of its own), before a contrasting clause with its own
    subject ("Some said P, while others preferred Q": the author's words), and with the
    subordinate clause that holds it (``sub_end``: "When X announced Y, Z joined …"); None
    when the cue is in that clause and the report after it ("Even though X confessed to
    acting alone, others were tried": the main clause is the author's)."""
    link = _POST_LINK.search(doc.text, f.start, f.end)
    if link is not None and link.start() > f.start:
        # a post's link ends its text ("… is "unsurprising" pic.twitter.com/md07 I guess …"):
        # what follows is the author's
        f = Found(f.start, trim_end(doc.text, f.start, link.start()), f.kind, f.attr, f.rule,
                  f.parent)
    citing = _CITING.search(doc.text, f.start, f.end) if doc.text.find(
        " citing ", f.start, f.end) >= 0 else None
    if citing is not None and citing.start() > f.start + 10 and doc.text[
            doc.text.rfind(" ", f.start, citing.start()) + 1:citing.start()].lower() not in AUX:
        # "reported Hamza bin Laden to be dead citing sources within …": the source the report
        # rests on, the author's words
        f = Found(f.start, trim_end(doc.text, f.start, citing.start()), f.kind, f.attr, f.rule,
                  f.parent)
    toks = doc.toks
    starts, words, lows = toks.starts, toks.words, toks.lows
    lo, hi = doc.tok_index(f.start), doc.tok_index(f.end)
    if sub_end > 0 and f.attr is not None and f.attr.cue_start < starts[sub_end]:
        if lo > sub_end:
            return None
        if lo < sub_end < hi:
            return Found(f.start, trim_end(doc.text, f.start, starts[sub_end]), f.kind, f.attr,
                         f.rule, f.parent)
    cue_word = lows[doc.tok_index(f.attr.cue_start)] if f.attr is not None and (
        f.attr.cue_end > f.attr.cue_start) else ""
    participle = cue_word.endswith("ing") and cue_word != "according"  # "…, saying P"
    # (a cue word implies an attribution: the test on f.attr only tells mypy so)
    if cue_word and f.attr is not None and _restrictive_who(toks, doc.tok_index(f.attr.cue_start)):
        m = _main_verb(toks, lo, min(hi, lo + 60))
        if m is not None:
            # "Supporters who claim the election was stolen gathered on Saturday": the main
            # clause's verb ends the relative clause and its report
            f = Found(f.start, trim_end(doc.text, f.start, starts[m - 1] + len(words[m - 1])),
                      f.kind, f.attr, f.rule, f.parent)
            hi = m
    depth = 0  # inside a quoted fragment of the report: a ";" there is the speaker's own
    # Only punctuation ends the report and only quotation marks change the depth: a C loop
    # (``compress``) picks those tokens, the words between them cost no Python step (the loop
    # tested every token, ~16 per report, once).
    end = min(hi, lo + 120)  # bounded: linear time on run-on text
    for k in compress(range(lo, end), map(_CLAUSE_END_TOKENS.__contains__, words[lo:end])):
        w = words[k]
        was, depth = depth, _quote_depth(depth, w)
        if k < lo + 2:
            continue
        if was and not depth and f.rule == "cue_before" and _authors_and_after(toks, lo, k + 1, hi):
            # 'said Bergdahl "has not been charged," and no charges have been referred': after
            # the speaker's words in marks, "and" and a clause or act of the author's
            return Found(f.start, trim_end(doc.text, f.start, toks.ends[k]), f.kind, f.attr,
                         f.rule, f.parent)
        if was and not depth and words[k - 1] == "," and k + 2 < hi and lows[k + 1] == "meaning":
            # 'claimed there were "fine people on both sides," meaning …': the author's gloss
            # after the closing mark
            return Found(f.start, toks.ends[k], f.kind, f.attr, f.rule, f.parent)
        if w == ";" and depth == 0 and k + 1 < hi and (
                lows[k + 1] in _CLAUSE_SUBJECTS or cap(words[k + 1])
                or doc.hits_between(k + 1, min(hi, k + 6))):
            # "X states P; it lists Q": a new sentence of the author's after the semicolon;
            # "X suggested P; according to prosecutors, Q": a new source's report
            return Found(f.start, trim_end(doc.text, f.start, starts[k]), f.kind, f.attr,
                         f.rule, f.parent)
        if w == "," and depth == 0 and k + 3 < hi and lows[k + 1] in ("but", "and") and (
                lows[k + 2] == "according" or (words[k + 2] == "," and lows[k + 3] == "according")):
            # "specified no cause, but, according to his agent, P": another source's report
            return Found(f.start, trim_end(doc.text, f.start, starts[k]), f.kind, f.attr,
                         f.rule, f.parent)
        if w == ":" and k + 1 < len(words) and (words[k + 1][:1] in _OPEN_QUOTES or (
                depth == 0 and f.attr is not None and f.attr.cue_start < starts[k]
                and colon_ends_report(toks, k, hi))):
            # (colon_end: a quoted post, "…: > LIVE FACT-CHECK: …", or a list after the colon,
            # when the cue stands before it: "P: Q, according to a poll" is the poll's Q)
            return Found(f.start, trim_end(doc.text, f.start, starts[k]), f.kind, f.attr,
                         f.rule, f.parent)
        if w == "," and k + 2 < hi and lows[k + 1] in _CONTRAST and (
                lows[k + 2] in _CLAUSE_SUBJECTS or cap(words[k + 2])):
            return Found(f.start, trim_end(doc.text, f.start, starts[k]), f.kind, f.attr,
                         f.rule, f.parent)
        if w == "," and depth == 0 and k + 3 < hi and lows[k + 1] == "and" and not participle and (
                _past_predicate(toks, k + 2)) and lows[k - 1] not in _PREPOSITION_ENDS and (
                lows[k + 3] not in _PREPOSITION_ENDS) and f.rule == "cue_before" and (
                not _listed_predicate(toks, lo, k)) and any(
                lows[m] in _NOT_PAST_AUX for m in range(lo, k)):
            # "said his government would not ban it, and chastised Hanson": the main subject's
            # second verb phrase, no part of the report
            return Found(f.start, trim_end(doc.text, f.start, starts[k]), f.kind, f.attr,
                         f.rule, f.parent)
        if participle and w == "," and depth == 0 and k + 2 < hi and _past_predicate(toks, k + 1):
            # "rejected Jones, saying he had no place in their party, denounced his candidacy
            # and …": the main subject's next verb phrase ends the participle's report
            return Found(f.start, trim_end(doc.text, f.start, starts[k]), f.kind, f.attr,
                         f.rule, f.parent)
        if w == "—" and depth == 0 and k + 2 < hi and lows[k + 1] in ("a", "an", "something") and (
                "—" not in words[k + 1:hi]):
            # "… the “next Boston bombers” — a reference to the Tsarnaev brothers", "… —
            # something the White House sought to play down": the author's gloss after a dash
            # that no second dash closes
            return Found(f.start, trim_end(doc.text, f.start, starts[k]), f.kind, f.attr,
                         f.rule, f.parent)
        if w == "," and depth == 0 and k + 2 < hi and lows[k + 1] == "meaning":
            # "this is a ploy to achieve a no-deal Brexit, meaning the UK would …": the
            # author's gloss of the report
            return Found(f.start, trim_end(doc.text, f.start, starts[k]), f.kind, f.attr,
                         f.rule, f.parent)
        if w == "," and depth == 0 and k + 2 < hi and (lows[k + 1] in _CONCESSIVE or (
                lows[k + 1] in _AUTHORS_ADJUNCTS and f.rule == "cue_before" and not (
                    lows[k + 1] == "compared" and lows[k + 2] not in ("with", "to")))) and lows[
                k - 1] not in ("that", "and", "but", "or"):
            # "X states the jet was a freighter, despite photos showing …": the author's
            # objection, not the report; "said she will step down, amid the fallout over …",
            # "said Wilson was at fault, compared with 22 percent of whites", "said he supports
            # an inquiry, lending support to …": the author's setting or comment
            return Found(f.start, trim_end(doc.text, f.start, starts[k]), f.kind, f.attr,
                         f.rule, f.parent)
    return _before_authors_and(doc, f, lo, hi)


_CONCESSIVE: Final = frozenset("despite though although".split())
# "citing" right after a word of the report, without a comma ("to be dead citing
# sources"): the report ends before it (", citing" is one of ``_AUTHORS_ADJUNCTS``).
_CITING: Final = re.compile(r"(?<=[a-z]) citing (?=[A-Za-z])")
# After a comma closing a report after its cue, the author's setting, comparison or comment on
# its effect ("…, amid the fallout", "…, compared with 22 percent", "…, lending support").
_AUTHORS_ADJUNCTS: Final = frozenset("amid compared lending prompting sparking citing".split())
# "… without elaborating": the author's note on how it was said.
_WITHOUT_WHAT: Final = frozenset("""elaborating giving providing citing offering specifying explaining
    naming presenting""".split())
# A report in a past-future or past tense ("would not run") and a clause after "and" in the
# present perfect or present with a name of its own ("and Weld has decided …"): the author's.
_BACKSHIFTED: Final = frozenset("would could had was were".split())
_PRESENT: Final = frozenset("has have is are".split())


def _before_authors_and(doc: Doc, f: Found, lo: int, hi: int) -> Found:
    """The report ``f`` (tokens ``[lo, hi)``) without an author's clause that ends it: "without
    elaborating", or "and <Name> has …" after a backshifted report."""
    toks = doc.toks
    words, lows = toks.words, toks.lows
    seen_backshift = False
    for k in range(lo, min(hi, lo + 80)):
        w = lows[k]
        if w in _BACKSHIFTED:
            seen_backshift = True
        if k < lo + 2:
            continue
        if w == "without" and k + 1 < hi and lows[k + 1] in _WITHOUT_WHAT:
            return Found(f.start, trim_end(doc.text, f.start, toks.starts[k]), f.kind, f.attr,
                         f.rule, f.parent)
        if w == "and" and seen_backshift and k + 2 < hi and cap(words[k + 1]):
            m = k + 1
            while m < min(hi, k + 4) and cap(words[m]):
                m += 1
            if m < hi and lows[m] in _PRESENT:
                return Found(f.start, trim_end(doc.text, f.start, toks.starts[k]), f.kind,
                             f.attr, f.rule, f.parent)
        if words[k] in _OPEN_QUOTES:
            break  # a quoted fragment: its words are the speaker's
    return _before_second_act(doc, f, lo, hi)


# A reported clause in the present: a past verb coordinated after it is the speaker's.
# (Not "has"/"have": a perfect may go on with a second participle, "it has infected 200 people
# and killed three".)
_PRESENT_FIRST: Final = frozenset("is are does do can will isn't aren't doesn't won't".split())


_PAST_CAUSES: Final = frozenset(("after",))  # not "because": a reason is often the speaker's own


def _past_clause(toks: Toks, k: int, hi: int) -> bool:
    """Does a clause with its own subject and a past verb open at ``k`` ("the host bashed",
    "Trump fired him"): a determiner or a capitalised word, then a lower-case past form within
    five words?"""
    words, lows = toks.words, toks.lows
    if k >= hi or not (lows[k] in DETERMINERS or cap(words[k])):
        return False
    return any(coordinated_verb(words[m], lows[m]) and lows[m - 1] not in AUX
               for m in range(k + 1, min(hi, k + 6)))


def _before_second_act(doc: Doc, f: Found, lo: int, hi: int) -> Found:
    """``told reporters Bolton is “not privy …” and referred to his remarks as …``: after a
    past cue, a report whose clause is in the present ends before "and <past verb>" (the
    speaker's next act; ", and" is read by :func:`clause_end`), not between two participles
    ("has to be removed and eradicated")."""
    toks = doc.toks
    words, lows = toks.words, toks.lows
    if f.rule != "cue_before" or f.attr is None or f.attr.cue_end <= f.attr.cue_start:
        return f
    cue = lows[doc.tok_index(f.attr.cue_start)]
    if not (cue.endswith("ed") or cue in ("said", "told", "wrote")):
        return f
    depth, present, perfect, copula = 0, None, False, False
    for k in range(lo, min(hi, lo + 60)):
        depth = _quote_depth(depth, words[k])
        w = lows[k]
        if depth or not wordish(words[k]):
            continue
        if present is None and (w in AUX or w in IRREGULAR_PAST or (
                w.endswith("ed") and len(w) > 4 and not cap(words[k]))):
            present, perfect = w in _PRESENT_FIRST, w in ("has", "have")
            copula = w in ("was", "were")
            if not present and not perfect and not copula:
                return f
        elif (present or copula) and w == "and" and words[k - 1] != "," and k + 2 < hi and (
                lows[k + 1] in _NAMING_PAST):
            # "insisted that Interpol was “not an investigative body” and called the abduction
            # a “sovereign” matter": the speaker's next act, naming something
            return Found(f.start, trim_end(doc.text, f.start, toks.starts[k]), f.kind, f.attr,
                         f.rule, f.parent)
        elif (present or perfect) and w == "as" and words[k - 1] == "," and _past_clause(
                toks, k + 1, hi):
            # "said nothing has changed about X, as the campaign moved to …": the author's
            # narration of what happened meanwhile, after a report in the present (perfect)
            return Found(f.start, trim_end(doc.text, f.start, toks.starts[k - 1]), f.kind,
                         f.attr, f.rule, f.parent)
        elif present and ((w == "and" and words[k - 1] != "," and k + 2 < hi and (
                coordinated_verb(words[k + 1], lows[k + 1])) and not coordinated_verb(
                words[k - 1], lows[k - 1])) or (
                w in _PAST_CAUSES and _past_clause(toks, k + 1, hi))):
            # (or "… will no longer advertise on his show after the host bashed a teen": a
            # past event the author gives as the cause)
            return Found(f.start, trim_end(doc.text, f.start, toks.starts[k]), f.kind, f.attr,
                         f.rule, f.parent)
    return f
# Past naming verbs that, after "and", open the speaker's next act ("… and called X a Y").
_NAMING_PAST: Final = frozenset("called dubbed labeled labelled branded termed described accused".split())
# The tokens :func:`clause_end` reads: the punctuation that may end a report and the marks that
# open or close a quoted fragment (``_quote_depth``).
_CLAUSE_END_TOKENS: Final = frozenset(';,:—“”"')


def _restrictive_who(toks: Toks, a: int) -> bool:
    """Is the cue at ``a`` the verb of a restrictive relative clause ("supporters who claim",
    "groups claiming")?"""
    words, lows = toks.words, toks.lows
    if a > 1 and lows[a - 1] == "who" and words[a - 2] != ",":
        return True
    return a > 0 and lows[a].endswith("ing") and words[a - 1].isalpha() and not cap(
        words[a - 1]) and lows[a - 1].endswith("s") and lows[a - 1] not in AUX


# Words after which a past form is no main verb: an auxiliary's participle ("was stolen"), an
# infinitive, a coordination, a preposition's object.
_NOT_BEFORE_MAIN_VERB: Final = frozenset("to and or not but by that which who".split())
_PREPOSITIONS: Final = frozenset("of in on at for with from into about under over behind".split())


def _main_verb(toks: Toks, lo: int, hi: int) -> int | None:
    """Token of a past-tense verb in ``[lo, hi)`` after the report's own finite verb, right after
    a word that could end its subject ("… President Donald Trump gathered", "… was stolen
    rallied"), outside quotation marks; None when there is none."""
    words, lows = toks.words, toks.lows
    finite = False
    depth = 0
    for m in range(lo + 1, hi):
        depth = _quote_depth(depth, words[m])
        low = lows[m]
        past = not cap(words[m]) and (low in IRREGULAR_PAST or (low.endswith("ed") and len(low) > 4))
        if depth or not wordish(words[m]):
            continue
        if finite and past and wordish(words[m - 1]) and lows[m - 1] not in AUX and (
                lows[m - 1] not in _NOT_BEFORE_MAIN_VERB) and not lows[m - 1].endswith("ly") and (
                lows[m - 1] not in DETERMINERS and lows[m - 1] not in _PREPOSITIONS):
            return m
        finite = finite or low in AUX or (past and lows[m - 1] not in DETERMINERS and not (
            lows[m - 1].endswith(("'s", "’s"))))  # "Cruz’s televised snub": an adjective
    return None


def _past_predicate(toks: Toks, k: int) -> bool:
    """Does a past-tense verb phrase open at ``k`` ("denounced his candidacy"): a lower-case
    past form, not a participle before "by" ("…, announced by the mayor")?"""
    low = toks.lows[k]
    return not cap(toks.words[k]) and (low in IRREGULAR_PAST or (
        low.endswith("ed") and len(low) > 4)) and toks.lows[k + 1] not in ("by", "to", "in")



def _listed_predicate(toks: Toks, lo: int, k: int) -> bool:
    """Is there a ", <past verb>" in ``[lo, k)``: ", and <past verb>" at ``k`` closes a list of
    the report's own verb phrases ("saw the twelve, decided to question them, and learned …")?"""
    words = toks.words
    return any(words[m] == "," and _past_predicate(toks, m + 1) for m in range(lo, k))


# Words after "and" that go on with the reported clause ("and that P", "and would", "and is").
_GOES_ON: Final = frozenset("""that said says would will could should can may might must is are was
    were has have had not also then so""".split())


def _authors_and_after(toks: Toks, lo: int, k: int, hi: int) -> bool:
    """After a closing quotation mark at ``k - 1`` of the report opening at ``lo``: ", and" or
    "and", then a new subject and its verb ("and no charges have been …") or a past
    verb after a report in the present ('is "in no way consistent …" and apologized'): the
    author's clause or the speaker's next act. Not a verb in the report's tense ('"committed
    …" and walked', '"in the hands of God" and feels': the reported subject's), not "and that",
    "and would" or a quoted continuation."""
    words, lows = toks.words, toks.lows
    if k < hi and words[k] == ",":
        k += 1
    if not (k + 2 < hi and lows[k] == "and") or lows[k + 1] in _GOES_ON or not wordish(
            words[k + 1]) or any(words[m] in _OPEN_QUOTES for m in range(k + 1, min(hi, k + 4))):
        return False  # ('a "corrupt oaf" and a "lousy traitor"': a list in marks goes on)
    nxt = lows[k + 1]
    if nxt in _NEW_SUBJECT:
        # a new subject and its own verb, not a modal (", and the policy would …" goes on
        # with the report) nor a noun phrase alone ('"oligarchy" and the elite')
        v = next((m for m in range(k + 2, min(hi, k + 7)) if lows[m] in _MODALS_OR_ACT), None)
        return v is not None and lows[v] not in _MODALS
    return coordinated_verb(words[k + 1], nxt) and any(
        lows[m] in _PRESENT_FIRST for m in range(lo, k))


_NEW_SUBJECT: Final = frozenset("the a an this these those his her their its our my no".split())
_MODALS: Final = frozenset("would could should might will can may must".split())
_MODALS_OR_ACT: Final = _MODALS | frozenset("has have is are was were had".split())


def _quote_depth(depth: int, word: str) -> int:
    """Quotation depth after ``word``: curly marks open and close, a straight one toggles."""
    if word == "“":
        return depth + 1
    if word == "”":
        return max(0, depth - 1)
    if word == '"':
        return 0 if depth else 1
    return depth


# Words that open a clause's subject after "while": "while others", "while the party".
_CLAUSE_SUBJECTS: Final = frozenset("he she they we i it others some many most the a an his her their "
                             "its this these those".split())


_TIME_WORDS: Final = frozenset("yesterday today tonight".split())


_TIME_PARTS: Final = frozenset("morning afternoon evening night".split())


_TIME_UNITS: Final = frozenset("week month year morning afternoon evening weekend".split())


def after_time(toks: Toks, k: int, tj: int) -> int:
    """The token after a time adverbial at ``k`` ("yesterday morning", "last week", "earlier
    this month"), or ``k``."""
    lows = toks.lows
    if k < tj and lows[k] in _TIME_WORDS:
        return k + 2 if k + 1 < tj and lows[k + 1] in _TIME_PARTS else k + 1
    m = k + 1 if k < tj and lows[k] in ("earlier", "later") else k
    if m + 1 < tj and lows[m] in ("this", "last", "next") and lows[m + 1] in _TIME_UNITS:
        return m + 2
    return k


ADVERBIAL_PREPS: Final = frozenset("""on in at to via during after before through as since outside inside
    following amid near""".split())


# A phrase after the first may open with these too ("in an interview with Rolling Stone",
# "on a call for reporters"): they attach to the noun before them, not to the verb.
_FOLLOWING_PREPS: Final = ADVERBIAL_PREPS | frozenset("with for".split())


def after_adverbials(toks: Toks, k: int, tj: int, *, following: bool = False) -> int:
    """The token after up to three short prepositional phrases at ``k`` ("on Facebook on
    Tuesday", "in its report,"), or ``k`` when none ends cleanly; ``following``: ``k`` comes
    after a phrase already ("said in an interview | with Rolling Stone")."""
    words, lows = toks.words, toks.lows
    end = k
    for n_phrase in range(3):
        if end >= tj or lows[end] not in (
                _FOLLOWING_PREPS if n_phrase or following else ADVERBIAL_PREPS):
            break
        m = end + 1
        while m < tj and m - end <= 5 and wordish(words[m]) and lows[m] not in _FOLLOWING_PREPS \
                and (lows[m] not in AUX or words[m] == "May") and lows[m] != "that" and not (
                    m > end + 1 and not cap(words[m]) and lows[m] in _NEW_NP) and not (
                    m > end + 1 and cap(words[m - 1]) and not cap(words[m])):
            m += 1  # "on Facebook", "in its report"; a lower-case word after a name ends it
        if m == end + 1:
            break
        if m < tj and words[m] == ",":
            return m + 1
        for n in range(end + 2, m):
            if lows[n] in _RELATIVES:
                break  # "… to the conditions under which they were …": a relative clause
            if lows[n] in _PRONOUN_SUBJECTS and not cap(words[n - 1]):
                return n  # "said as a teenager she was forced …": the clause's subject
        end = m
    return end


_PRONOUN_SUBJECTS: Final = frozenset("he she they we".split())
_RELATIVES: Final = frozenset("which whom whose where when that who".split())
# A determiner after the first word of an adverbial opens a new noun phrase, the clause's
# subject ("in an interview his office had …").
_NEW_NP: Final = frozenset("the a an his her their its our this these those".split())


def _appositive_until(toks: Toks, i: int, a: int) -> bool:
    """Is ``toks[i:…]`` up to the next comma before ``a`` an appositive (no verb in it):
    "Abdurrahman Mangal, spokesperson for the provincial governor, said"?"""
    words, lows = toks.words, toks.lows
    for k in range(i, min(a, i + 16)):
        if words[k] == ",":
            return k > i
        low = lows[k]
        if low in AUX or low in SAY_IRREGULAR or (not cap(words[k]) and low.endswith(("ed", "ing"))
                                                    and len(low) > 4):
            return False
    return False


# After a comma, these open an appositive or a clause set off inside the subject's clause ("the
# official, who asked not to be named, said"), not the cue's own clause.
_NOT_A_CLAUSE_START: Final = frozenset("a an the who whom whose which when while".split())


_PARENTHETICAL_PREPS: Final = frozenset("in on at during via through speaking".split())


def clause_start(toks: Toks, ti: int, a: int) -> int:
    """Token where the clause holding the cue at ``a`` starts (after an introductory phrase)."""
    words, lows = toks.words, toks.lows
    if a - 2 > ti and words[a - 1] in "\"”’'" and words[a - 2] == ",":
        return clause_start(toks, ti, a - 1)  # 'was “dead on arrival,” adding …'
    j = skip_adverbs_back(toks, a, ti)
    if ti < j < a and words[j - 1] == ",":
        a = j  # "Anna Berg, the mayor, also said", "…, on Sunday told": the cue's own words
    k = a - 1
    if words[k] == ",":
        # "Trump, in a statement delivered via the press secretary, announced": a phrase set
        # off by commas between the subject and the cue belongs to the cue's clause
        c = k - 1
        while c > ti and words[c] not in ",;:" and k - c <= 20:
            c -= 1
        if c > ti and words[c] == "," and (lows[c + 1] in _PARENTHETICAL_PREPS or all(
                lows[m] in PARENTHETICAL_ADVERBS for m in range(c + 1, k)) or age_apposition(
                toks, c + 1, k)):
            k = c - 1  # ("The senator, 70, says P": an age, apposed_age.py)
    while k > ti and a - k <= MAX_LOOKBACK:  # bounded: linear time on run-on "sentences"
        if words[k] in ";:" or (words[k] == "," and k + 1 < a and not (
            lows[k + 1] in _NOT_A_CLAUSE_START or cap(words[k - 1]) and k + 2 < a
            and cap(words[k + 1]) is False and lows[k + 1] in DETERMINERS)
                and not (k > ti and cap(words[k - 1]) and _appositive_until(toks, k + 1, a))):
            return k + 1
        k -= 1
    return ti
