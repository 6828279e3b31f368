"""English: two-word reports that are whole propositions (issue 14, round 36).

:mod:`discourse.extract.quotes.reported` drops a report under three words unless the language
vouches for it (``keeps_short``): most two-word stretches after a cue are no proposition ("said
so", "told reporters", "as he said he would"). Two shapes are complete clauses all the same,
and the gold annotates them on the NewsMTSC saying sets (set 13 dev, "but says others
contributed"; set 15 dev, "all of which he said was consensual"):

- the predicate of a relative report: "which/that/what X said | was consensual", the relative
  word being the reported clause's subject (:mod:`.relative_predicate` opens it; a copula and its
  complement, or a finite verb and one word);
- a subject and its finite verb right after a verb of saying that takes a bare clause: "says |
  others contributed", "said | she agreed" (the cue right before the subject).

An auxiliary or modal as the second word is an elided clause ("said he would", "says she did"),
not kept; nor a pronoun object ("said it"), since the first word must be a subject and the second
a finite verb in "-ed", "-s" or a common irregular past.
"""

from __future__ import annotations

from discourse.extract.quotes.document import Doc
from discourse.extract.quotes.lang.en.words import AUX, IRREGULAR_PAST, SAY_IRREGULAR
from discourse.extract.quotes.tokens import Toks, cap

__all__ = ["short_clause_report"]

# copulas opening a relative report's predicate ("which he said | was consensual")
_COPULAS = frozenset("is are was were".split())
# words that open a relative report before its speaker ("all of which he said")
_RELATIVES = frozenset("which that what".split())
# subjects of a two-word clause after a cue
_PRONOUN_SUBJECTS = frozenset("he she they we i it".split())
# cue words after which a bare clause stands (the finite verbs of saying proper)
_CLAUSE_CUES = frozenset("""say says said tell tells told claim claims claimed insist insists
    insisted argue argues argued add adds added note notes noted admit admits admitted""".split())
# "-s"/"-ed" words that are no finite verb after a pronoun
_NOT_VERBS = frozenset("this thus us yes was has is does".split())


def short_clause_report(doc: Doc, s: int, e: int) -> bool:
    """``keeps_short``: is the two-word report ``[s, e)`` a relative predicate after its cue
    ("which he said | was consensual") or a subject and its finite verb after a verb of saying
    ("says | others contributed")?"""
    toks = doc.toks
    i = doc.tok_index(s)
    j = doc.tok_index(e)
    if i < 2 or toks.starts[i] != s or j - i != 2:
        return False
    lows, words = toks.lows, toks.words
    first, second = lows[i], lows[i + 1]
    if not (words[i].isalpha() and words[i + 1].isalpha()) or cap(words[i + 1]):
        return False
    if lows[i - 1] not in _CLAUSE_CUES:
        return False
    if first in _COPULAS:
        return _relative_before(toks, i - 1)
    if not _finite(second) or not _subject_word(words[i], first):
        return False
    return True


def _relative_before(toks: Toks, c: int) -> bool:
    """Does a relative word stand before the speaker of the cue at ``c``: a pronoun, or a name
    of up to five tokens, capitalised words and a title's dot ("which Mr. Sanders said")?"""
    lows, words = toks.lows, toks.words
    k = c - 1
    if k < 1:
        return False
    if lows[k] in _PRONOUN_SUBJECTS:
        return lows[k - 1] in _RELATIVES
    while k >= 0 and k > c - 6 and (cap(words[k]) or words[k] == "."):
        k -= 1
    return 0 <= k < c - 1 and lows[k] in _RELATIVES


def _finite(low: str) -> bool:
    """Is ``low`` a finite verb form that completes a clause on its own ("agreed", "disagrees",
    "fled"), not an auxiliary or modal ("would", "did")?"""
    if low in AUX or low in _NOT_VERBS:
        return False
    if low in IRREGULAR_PAST or low in SAY_IRREGULAR:
        return True
    return len(low) > 3 and (low.endswith("ed") or (low.endswith("s") and not low.endswith("ss")))


def _subject_word(word: str, low: str) -> bool:
    """Can ``word`` be the whole subject of a clause: a subject pronoun, a capitalised name, or
    a plural of people in "-s" ("others", "officials")?"""
    if low in _PRONOUN_SUBJECTS:
        return True
    if cap(word):
        return True
    return low.endswith("s") and low not in _NOT_VERBS and len(low) > 3
