"""English: a claim noun with its possessor and an "of"/"about" phrase: "the president's claims of
widespread voter fraud" (issue 14, whole articles).

:mod:`.nouns` reads the "that" clause of a noun of saying. In whole news articles the content of
a claim is as often a noun phrase after "of" or "about": "Tsvangirai's allegations of widespread
fraud" (Wikinews dev4), "the president's claims of widespread voter fraud", "their claims of
election fraud" (dev6), "Trump continued his claims about postal voting causing fraud" (dev7):
the gold annotates the phrase as the report and the possessor as its speaker. Without a
possessor the noun is the author's ("allegations of torture", "claims about Trump surfaced",
"presidential claims of immunity": no report), so only a possessed noun is read; "claims of
responsibility" or "of credit" name an act, not a statement. The phrase ends at a mark, a
coordinator, a relative word or a verb (an auxiliary, a modal): "the president's claims of
widespread voter fraud | have not gained any momentum".
"""

from __future__ import annotations

from discourse.extract.quotes.document import Doc, Found
from discourse.extract.quotes.lang.en.words import AUX, IRREGULAR_PAST
from discourse.extract.quotes.spans import trim_end
from discourse.extract.quotes.tokens import Toks, wordish

__all__ = ["OF_NOUNS", "of_phrase_end", "of_report", "without_opening"]

# nouns whose "of"/"about" phrase is what was claimed
OF_NOUNS = frozenset("""claim claims allegation allegations accusation accusations assertion
    assertions""".split())
# heads of an act claimed, no statement ("claims of responsibility for the attack")
_ACTS = frozenset("responsibility credit ownership victory".split())
_STOP_WORDS = frozenset("""and but or that which who whom where while because although as
    can could may might must shall should will would""".split())
_STOP_MARKS = frozenset(',;:.!?()[]—–"“”')
_MAX = 12  # tokens of the phrase at most
# words that cannot stand between a possessor and its noun
_NOT_BETWEEN = frozenset("""after before even when since until while as than of in on at by
    for with from to and but or""".split())


# capitalised words that open a sentence before a possessor: no part of its name
_OPENERS = frozenset("""despite after amid with in on before since following unlike like
    and but""".split())


def without_opening(toks: Toks, speaker: tuple[int, int]) -> tuple[int, int]:
    """The possessor span without a capitalised opening preposition ("Despite Jones's" ->
    "Jones's")."""
    s, e = speaker
    if e - s >= 2 and toks.lows[s] in _OPENERS:
        return s + 1, e
    return speaker


def of_phrase_end(doc: Doc, i: int, tj: int) -> int:
    """End token (exclusive) of the content phrase after the noun at ``i`` ("claims | of |
    widespread voter fraud"), or -1 when the noun is no claim noun, no "of"/"about" follows, the
    phrase names an act ("of responsibility") or does not end within :data:`_MAX` tokens."""
    toks = doc.toks
    words, lows = toks.words, toks.lows
    k = i + 2
    if lows[i] not in OF_NOUNS or k >= tj or lows[i + 1] not in ("of", "about") or (
            not wordish(words[k])) or lows[k] in _ACTS:
        return -1
    for m in range(k, min(tj + 1, k + _MAX + 1)):
        if m >= tj or words[m] in _STOP_MARKS or lows[m] in _STOP_WORDS or lows[m] in AUX or (
                lows[m] in IRREGULAR_PAST):
            if lows[m - 1] in _ACTS or m < k + 2 or (m < tj and lows[m] in ("being", "having")):
                return -1  # ("accusation of X being a liar": a gerund clause, not read here;
                # "allegations of widespread, massive fraud": one word before a comma, none)
            return m
    return -1


def of_report(doc: Doc, i: int, tj: int, attr_found: Found,
              possessor_end: int) -> Found | None:
    """The report of the phrase after the possessed claim noun at ``i`` (``attr_found``: a
    report whose attribution is the noun's, its span unused; ``possessor_end``: the token after
    the possessor), or None. At most two adjectives stand between possessor and noun, no
    adverb or preposition ("stood by his side even after accusations about X": "his" is no
    possessor of the noun)."""
    lows = doc.toks.lows
    if i - possessor_end > 2 or any(lows[m] in _NOT_BETWEEN for m in range(possessor_end, i)):
        return None
    e = of_phrase_end(doc, i, tj)
    if e < 0:
        return None
    toks = doc.toks
    s = toks.starts[i + 2]
    return Found(s, trim_end(doc.text, s, toks.ends[e - 1]), "indirect", attr_found.attr,
                 "cue_before")
