"""Checks on an English report found after its cue: spans that cannot be what was said.

``Pompeo told reporters during a visit to the State Department`` holds no report: what the rules
took for one is the cue's adverbial; in ``The deal announced Wednesday comes as …`` the cue is a
participle of the subject and the "report" its verb. Used by :mod:`.reported` on every report it
returns (:func:`not_said`), and on every verb cue before it is read (:func:`not_a_report`: an
infinitive, a passive, a plea, a plural noun such as "newly uncovered emails").
"""

from __future__ import annotations

from typing import Final

from discourse.extract.quotes.document import Doc, Found
from discourse.extract.quotes.lang.en.clause_like import looks_like_clause
from discourse.extract.quotes.lang.en.passive import BE
from discourse.extract.quotes.lang.en.words import ADVERBS, DETERMINERS
from discourse.extract.quotes.tokens import Toks, cap, wordish

__all__ = ["DOCUMENTS", "adverbial_only", "authors_question", "not_a_report", "not_said", "verb_first"]

# Prepositions that open a time or place adverbial of the cue, never a reported proposition.
_ADVERBIAL_OPENERS: Final = frozenset("during at in on after before via while amid throughout".split())
_DAYTIMES: Final = frozenset("morning afternoon evening night".split())


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
_AFTER_BARE_VERB: Final = frozenset("as amid despite".split())


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


_QUESTION_OPENERS: Final = frozenset("""how why what when where who whom whose which whether do does did
    will would can could should is are was were has have""".split())
_LEAD_WORDS: Final = frozenset("and but so also then yet or".split())


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


def not_a_report(toks: Toks, a: int, ti: int) -> bool:
    """An infinitive or passive cue reports nothing said: "a bid to somehow deny …",
    "plans to say", "who are believed to be", "it was announced"."""
    words, lows = toks.words, toks.lows
    j = a
    while j > ti and (lows[j - 1] in ADVERBS or lows[j - 1].endswith("ly")):
        j -= 1
    if j > ti and lows[j - 1] == "to":
        # "voters were more likely than X to say P": respondents' answers in a poll, reported
        return not (lows[a] == "say" and "likely" in lows[max(ti, j - 6):j - 1])
    if lows[a].startswith("charg") and "with" in lows[a + 1:a + 5]:
        return True  # "charged Smollett with felony disorderly conduct": a charge, a legal act
    if lows[a] == "charges" and (a + 1 == len(lows) or lows[a + 1] != "that"):
        return True  # "29 hate crime charges on condition …": the noun ("the suit charges that")
    if j - 1 > ti and lows[j - 2] == "to" and wordish(words[j - 1]) and not cap(words[j - 1]):
        return True  # a split infinitive: "to somehow deny"
    if a + 1 < len(lows) and lows[a + 1] in _PLEA_WORDS and lows[a].startswith(("plead", "pled")):
        return True  # "pleaded guilty", "pleaded not guilty": a plea, no statement reported
    if j > ti and lows[j - 1] in DOCUMENTS and lows[a].endswith("ed") and a + 1 < len(lows) and (
            lows[a + 1] in _PLACE_PREPS):
        return True  # "in a statement posted to her account": a participle after a document
    if a - 1 > ti and lows[a].endswith("s") and not lows[a].endswith("ss") and (
            lows[a - 1].endswith("ed") and not cap(words[a - 1]) and lows[a - 1] not in BE) and (
            lows[a - 2] in DETERMINERS or lows[a - 2].endswith("ly") or lows[a - 2] in _NOUN_PREPS):
        return True  # "by newly uncovered emails that …", "the leaked emails": a plural noun
    if lows[a].startswith("add") and a + 2 < len(lows) and lows[a + 1] == "to" and (
            lows[a + 2] in DETERMINERS or lows[a + 2] in _ADDED_TO):
        return True  # "added to that anger", "adds to the pressure": a contribution, no speech
    if a - 1 > ti and lows[a - 1] == "who" and words[a - 2] != "," and lows[a + 1] != "that" and any(
            lows[m] in _MAIN_SAYING and all(w.isalpha() for w in words[a + 1:m])
            for m in range(a + 2, min(len(lows), a + 7))):
        return True  # "the senator who wrote the bill said P": the relative's object, no report
    if lows[a] == "state" and a + 1 < len(lows) and lows[a + 1] in _STATE_NOUNS:
        return True  # "former state senator Kelli Ward ran …": "state" modifies a noun
    return j > ti and lows[j - 1] in BE and lows[a].endswith(("ed", "n"))


# Finite saying verbs of a main clause after a restrictive relative ("who wrote the bill said").
_MAIN_SAYING: Final = frozenset("said says told tells".split())
# Words after "added to" that open what was added to, not a listener ("added to his woes").
_ADDED_TO: Final = frozenset("his her its their our my your this that these those concerns fears".split())


# Nouns that "state" modifies ("state senator", "state media", "state law"): no verb then.
_STATE_NOUNS: Final = frozenset("""senator senators representative representatives lawmaker lawmakers
    legislator legislators legislature legislatures official officials department departments
    agency agencies law laws media television tv police trooper troopers capital budget
    government governments house senate level levels attorney attorneys party court courts
    prison prisons employee employees workers health university universities secretary
    treasurer auditor board assembly constitution parks highway election elections news
    broadcaster newspaper prosecutor prosecutors funding""".split())


# Prepositions before "<participle> <noun>" ("by newly uncovered emails").
_NOUN_PREPS: Final = frozenset("by of with in from about".split())


# Written things a past participle describes ("a statement posted to", "the letter sent on").
DOCUMENTS: Final = frozenset("statement statements release post tweet letter message memo video "
                       "filing transcript".split())
_PLACE_PREPS: Final = frozenset("to on in at by online from via".split())
_PLEA_WORDS: Final = frozenset("guilty not no innocent".split())
