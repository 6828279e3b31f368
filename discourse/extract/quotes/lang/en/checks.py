"""Checks on an English report found after its cue: spans that cannot be what was said.

``Pompeo told reporters during a visit to the State Department`` holds no report: what the rules
took for one is the cue's adverbial; in ``The deal announced Wednesday comes as …`` the cue is a
participle of the subject and the "report" its verb. Used by :mod:`.reported` on every report it
returns (:func:`not_said`).
"""

from __future__ import annotations

from discourse.extract.quotes.document import Doc, Found
from discourse.extract.quotes.lang.en.phrases import looks_like_clause

__all__ = ["adverbial_only", "authors_question", "not_said", "verb_first"]

# Prepositions that open a time or place adverbial of the cue, never a reported proposition.
_ADVERBIAL_OPENERS = frozenset("during at in on after before via while amid throughout".split())
_DAYTIMES = frozenset("morning afternoon evening night".split())


def not_said(doc: Doc, f: Found) -> bool:
    """Is the report ``f`` (after its cue) none of what was said: an adverbial, or a verb with
    no subject?"""
    return adverbial_only(doc, f) or verb_first(doc, f)


def adverbial_only(doc: Doc, f: Found) -> bool:
    """Is the report ``f`` (after its cue) only an adverbial: it opens with a preposition of time
    or place and no clause follows in it ("during a visit to the State Department briefing
    room")? A noun object or a clause never opens so."""
    if f.rule != "cue_before":
        return False
    toks = doc.toks
    i = doc.tok_index(f.start)
    if i + 1 < len(toks.lows) and toks.lows[i] in _DAYTIMES and toks.words[i + 1] == ",":
        return True  # 'told "Fox & Friends" on Sunday morning, in announcing …': the time's tail
    if i >= len(toks.lows) or toks.lows[i] not in _ADVERBIAL_OPENERS:
        return False
    j = doc.tok_index(f.end)
    return not any(looks_like_clause(toks, n, j) for n in range(i + 1, min(j, i + 12)))


# Words after a verb in -s that show it has no subject before it ("comes as", "comes amid").
_AFTER_BARE_VERB = frozenset("as amid despite".split())


def verb_first(doc: Doc, f: Found) -> bool:
    """Does the report ``f`` (after its cue) open with a verb in -s and a conjunction ("comes as
    the Cuban government released …"): the cue was a participle after a noun ("The deal
    announced Wednesday comes as …"), no report?"""
    if f.rule != "cue_before":
        return False
    toks = doc.toks
    i = doc.tok_index(f.start)
    return i + 1 < len(toks.lows) and toks.words[i].islower() and toks.lows[i].endswith("s") and (
        not toks.lows[i].endswith("ss")) and toks.lows[i + 1] in _AFTER_BARE_VERB


_QUESTION_OPENERS = frozenset("""how why what when where who whom whose which whether do does did
    will would can could should is are was were has have""".split())
_LEAD_WORDS = frozenset("and but so also then yet or".split())


def authors_question(doc: Doc, ti: int, tj: int, se: int) -> bool:
    """Is the sentence a question of the author's own: it ends with "?" (not inside marks) and
    opens with a question word or an auxiliary ("And why did X say P?")?"""
    text, words, lows = doc.text, doc.toks.words, doc.toks.lows
    end = se
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if end == 0 or text[end - 1] != "?":
        return False
    k = ti
    while k < tj and (lows[k] in _LEAD_WORDS or words[k] == ","):
        k += 1
    return k < tj and lows[k] in _QUESTION_OPENERS

