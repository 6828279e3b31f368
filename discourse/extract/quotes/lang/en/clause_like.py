"""Whether a stretch of English tokens reads as a clause, and the verb tests it rests on.

:func:`looks_like_clause` (a subject and a finite verb within a reach, read off closed classes:
determiners, pronouns, auxiliaries, modals, capitals, ``-ed`` and ``-s`` endings, a quoted
verb), :func:`coordinated_verb` (a past verb after "and"/"but") and :func:`pseudo_cleft` ("what
happened was that P"). Almost every English rule asks them whether a report's clause starts
where it looks for one; they stand apart from the noun phrases and subjects of :mod:`.phrases`
(one concern: the clause test) so that neither module reaches the 800-line cap.
"""

from __future__ import annotations

from typing import Final

from discourse.extract.quotes.lang.en.words import (
    ADVERBS,
    AUX,
    CLAUSE_STOP,
    DETERMINERS,
    IRREGULAR_PAST,
    NAMING_VERBS,
    PARENTHETICAL_ADVERBS,
    PRONOUN_CONTRACTIONS,
    SAY_IRREGULAR,
)
from discourse.extract.quotes.tokens import Toks, cap, wordish

__all__ = ["coordinated_verb", "looks_like_clause", "pseudo_cleft"]


def looks_like_clause(toks: Toks, i: int, j: int, reach: int = 14) -> bool:
    """Does ``toks[i:j]`` read as a clause (subject + finite verb)? Cheap closed-class test;
    the finite verb is looked for in the first ``reach`` tokens."""
    words, lows = toks.words, toks.lows
    if j - i < 3:
        return False
    first = lows[i]
    if not wordish(words[i]) or (first.endswith("ed") and not cap(words[i]) and i + 1 < j and lows[
            i + 1] in ("by", "in", "on", "at", "to", "with", "for", "from", "as", "after")):
        return False  # "report prompted by …": a reduced relative clause, not a clause
    if first in ("in", "on", "at", "during", "to", "with", "after", "before", "of", "about", "via",
                 "out", "up", "off", "back", "down", "over", "through",
                 "for", "from", "by", "as", "and", "but", "or", "what", "how", "why", "when"):
        return False
    if first in _PLACE_PREPOSITIONS:
        return False  # "told reporters outside the White House following a meeting …"
    if words[i] in ("us", "him", "them", "me"):
        return False  # an object pronoun opens no clause ("telling us …"; "US troops" does)
    if first in PRONOUN_CONTRACTIONS:
        return True  # "they'd run out of stock", "it’s too early": a subject and its auxiliary
    if first not in DETERMINERS:
        # "Moore's denials inoculate him", "Moore and Trump’s denials …": a possessive (after
        # names joined by "and") stands for the determiner
        p = i
        while p < min(j - 2, i + 4) and (cap(words[p]) or lows[p] == "and") and not lows[
                p].endswith(("'s", "’s")):
            p += 1
        if p < j - 3 and lows[p].endswith(("'s", "’s")) and cap(words[p]) and words[
                p + 3] not in ",.;:" and _det_subject_verb(toks, p, j):
            return True  # ("Germany’s new borders, drawn …": a noun in -s before a comma)
    if first in DETERMINERS and _det_subject_verb(toks, i, j):
        return True
    if cap(words[i]) and first not in DETERMINERS and not first.endswith(("'s", "’s")):
        # "Mahan flies fighters to Syria", "Acme Corp owns the site": a name and a verb in -s
        n = i + 1
        while n < min(j, i + 4) and cap(words[n]) and not lows[n].endswith(("'s", "’s")):
            n += 1
        if n + 3 < j and words[n] == "," and lows[n + 1] in PARENTHETICAL_ADVERBS and (
                words[n + 2] == ","):
            n += 3  # "Turkey, too, hopes …": an adverb set off between the name and its verb
        if n + 2 < j and n > i and _preverbal(lows[n]) and lows[n] not in _PREVERBAL:
            n += 1  # "Trump simply wants attention": an adverb in -ly before the verb
        if n + 2 < j and words[n] in _OPENING and _quoted_verb(toks, n + 1, j):
            return True  # 'Omar "says horrible things"': the verb is the first quoted word
        if n + 1 < j and lows[n] not in _NOT_VERB_S and _verb_s(words[n], lows[n]) and (
                lows[n].endswith("s")):
            return True
    if first in ("he", "she", "they", "we", "i") and i + 1 < j and _present_verb(
            words[i + 1], lows[i + 1].removesuffix("s")):
        return True  # "they expect a decision": a pronoun subject and its verb
    if first in ("he", "she", "they", "we", "i") and i + 2 < j and words[i + 1] in _OPENING and (
            _present_verb(words[i + 2], lows[i + 2].removesuffix("s"))
            or lows[i + 2] in AUX or lows[i + 2] in IRREGULAR_PAST or lows[i + 2].endswith("ed")):
        return True  # 'he "misspoke."': the verb is the first quoted word
    if first in ("he", "she", "they", "we", "i", "it") and i + 2 < j and _preverbal(lows[i + 1]) and (
            _present_verb(words[i + 2], lows[i + 2].removesuffix("s")) or lows[i + 2] in AUX
            or lows[i + 2] in IRREGULAR_PAST or (
                lows[i + 2].endswith("ed") and not cap(words[i + 2]))):
        return True  # "he also expects …", "they never wanted …": an adverb before the verb
    if first == "it" and i + 1 < j and lows[i + 1].endswith("s") and _present_verb(
            words[i + 1], lows[i + 1].removesuffix("s")):
        return True  # "it saves lives"
    k, stop = i + 1, min(j, i + reach)
    while k < stop:
        w = lows[k]
        if w == "who" and words[k - 1] != "," and (lows[k - 1] in _INDEFINITE_HEADS) and k - 1 == i:
            # "anyone who knows where he is should call": a restrictive relative after an
            # indefinite head; the clause's verb is the auxiliary after the relative clause
            return any(lows[m] in AUX or lows[m] in _MODALS
                       for m in range(k + 2, min(j, k + 14)))
        if w in ("who", "which", "whom", "whose", "where"):
            close = next((c for c in range(k + 1, min(j, k + 16)) if words[c] == ","), None)
            if words[k - 1] != "," or close is None:
                return False  # a verb in a relative clause does not make the phrase a clause
            # "the talks, which began in May, would resume": the verb comes after it
            k, stop = close + 1, min(j, close + 12)
            continue
        if w in ("and", "but", "or") and k + 1 < j and coordinated_verb(words[k + 1], lows[k + 1]):
            return False  # "declared X and called Y": the main subject's second verb phrase
        if words[k] == "," and k - i <= 4 and all(cap(words[m]) or lows[m] in _NAME_PARTICLES
                                                   for m in range(i, k)) and (
                _appositive_then_aux(toks, k, j)):
            return True  # "Hamza bin Laden, son of the late Al-Qaeda founder …, has been killed"
        if w in AUX or w.endswith("n't") or w in IRREGULAR_PAST:
            return True
        if words[k] in _OPENING and lows[k - 1] not in DETERMINERS and not lows[k - 1].endswith(
                ("'s", "’s")) and _quoted_verb(toks, k + 1, j) and lows[k + 1].endswith("s") and (
                "that" not in lows[i:k]):  # ("telling Kim that China "supports …"": no clause)
            return True  # 'the use of the dollar "costs Africa $5 billion"': a quoted predicate
        if w.endswith("ed") and not cap(words[k]) and len(w) > 3 and (
                lows[k - 1] not in _BEFORE_ADJECTIVE):
            return True  # ("relating to purported financing": an adjective, no verb)
        k += 1
    return False


# Lower-case words inside a name ("Hamza bin Laden", "Charles de Gaulle").
_NAME_PARTICLES: Final = frozenset("bin al de da van von der la le".split())


def _appositive_then_aux(toks: Toks, k: int, j: int) -> bool:
    """Does a lower-case appositive open at the comma ``k`` after a name, close at a comma within
    twenty words and an auxiliary follow it (the name's verb, beyond the usual reach)?"""
    words, lows = toks.words, toks.lows
    if k + 2 >= j or cap(words[k + 1]) or not words[k + 1].isalpha() or lows[k + 1] in (
            "who", "which", "whose", "whom", "where", "and", "or", "but"):
        return False
    c = next((c for c in range(k + 2, min(j, k + 20)) if not wordish(words[c])), None)
    return c is not None and words[c] == "," and c + 1 < j and lows[c + 1] in AUX


# Words after which a word in -ed is an adjective, not the clause's verb ("to purported
# illicit financing", "of the leaked emails").
_BEFORE_ADJECTIVE: Final = frozenset("the a an to of for with from about against".split())


_OPENING: Final = frozenset('"“')
# Prepositions of place and circumstance that open an adverbial, not a clause.
# ("around" stays out: "announced via Twitter around 11:30 am (1830 UTC), phase one had …";
# "despite" too: "Despite signs of recovery, he died, officials said")
_PLACE_PREPOSITIONS: Final = frozenset("""outside inside following amid amidst near behind across
    within throughout toward towards against upon beside""".split())
# Adverbs between a pronoun subject and its verb ("he also expects", "they never wanted").
_PREVERBAL: Final = frozenset("""also still never already always just now only even really probably
    actually often usually certainly clearly personally previously recently again once
    long""".split())


def _quoted_verb(toks: Toks, k: int, j: int) -> bool:
    """Is the word at ``k``, the first inside an opening mark, the verb of a clause whose
    subject stands before the mark ("was", "says", "ran", "misspoke"), with more words after
    it inside the marks?"""
    words, lows = toks.words, toks.lows
    if k + 1 >= j or cap(words[k]) or not wordish(words[k + 1]):
        return False
    w = lows[k]
    return w in AUX or w in IRREGULAR_PAST or w == "says" or (
        _verb_s(words[k], w) and w.endswith("s") and w not in _NOT_VERB_S) or (
        w.endswith("ed") and len(w) > 3)


def _preverbal(low: str) -> bool:
    """An adverb that may stand between a subject and its verb: one of :data:`_PREVERBAL` or
    a manner adverb in -ly ("she fully supports", "it hardly matters"; not "only", a
    quantifier's, nor "early"/"likely", adjectives as often)."""
    return low in _PREVERBAL or (low.endswith("ly") and len(low) > 4 and low not in _NOT_PREVERBAL)


_NOT_PREVERBAL: Final = frozenset("early likely unlikely family italy july rally ally reply supply".split())
# Heads of a subject with a restrictive relative clause ("anyone who knows …").
_INDEFINITE_HEADS: Final = frozenset("""anyone anybody someone somebody everyone everybody
    those""".split())
_MODALS: Final = frozenset("should could would will can may might must".split())


# Lower-case words in -s after a name that are no verbs (a possessive is caught before).
_NOT_VERB_S: Final = frozenset(
    "officials leaders members forces troops employees supporters lawmakers voters residents "
    "citizens authorities sources news data was has is does its this thus plus always perhaps "
    "as us yes".split())


def _det_subject_verb(toks: Toks, i: int, j: int) -> bool:
    """A determiner (or possessive) at ``i``, a noun and its present-tense verb: "the spikes
    make it dangerous", "the coating repels bacteria"."""
    words, lows = toks.words, toks.lows
    if i + 2 >= j:
        return False
    if lows[i + 1].endswith("s") and not lows[i + 1].endswith(("'s", "’s")) and _present_verb(
            words[i + 2], lows[i + 2]):
        return True  # a plural subject and its verb
    if lows[i + 1].isalpha() and (
        not lows[i + 1].endswith("s") or lows[i + 1].endswith(("us", "ss"))) and lows[
            i + 2].endswith("s") and _verb_s(words[i + 2], lows[i + 2]):
        return True  # a singular one
    # a compound noun: "the budget compromise represents a new era" (not "the said bill")
    return i + 4 < j and _modifier(words[i + 1], lows[i + 1]) and _modifier(
        words[i + 2], lows[i + 2]) and lows[i + 3].endswith("s") and (
        lows[i + 3] not in DETERMINERS) and _verb_s(
        words[i + 3], lows[i + 3]) and words[i + 4].isalpha() and not cap(words[i + 4]) and (
        lows[i + 4] not in CLAUSE_STOP and lows[i + 4] not in _PREPOSITIONS_AFTER)
    # ("the city budget plans on Monday", "the very basic values of civilization": noun phrases)


def _modifier(word: str, w: str) -> bool:
    """A lower-case word that may stand in a singular noun phrase before its head or be the
    head ("budget", "compromise"): no plural, verb form, adverb or closed-class word."""
    return (not cap(word) and w.isalpha() and w not in CLAUSE_STOP and w not in DETERMINERS
            and w not in ADVERBS and w not in _NOT_MODIFIERS and (
                not w.endswith("s") or w.endswith(("us", "ss")))
            and not w.endswith(("ly", "ing", "ed")))


# Verbs and participles without the endings above: "the said bill", "the so-called".
_NOT_MODIFIERS: Final = frozenset("said told says very more most less much so too of for and or nor".split())
# A plural noun before these is no verb: "the basic values of", "the budget plans for".
_PREPOSITIONS_AFTER: Final = frozenset("of for and or".split())


def _present_verb(word: str, w: str) -> bool:
    """A lower-case word that may be a present-tense verb after a plural subject (not a
    preposition, conjunction, determiner, adverb or participle)."""
    return (not cap(word) and w.isalpha() and w not in CLAUSE_STOP and w not in DETERMINERS
            and w not in ADVERBS and not w.endswith(("ly", "ing", "ed", "s")))


def _verb_s(word: str, w: str) -> bool:
    """A lower-case third-person verb form ("repels", "says"), not a plural noun we can tell."""
    return (not cap(word) and w.isalpha() and len(w) > 3 and w not in CLAUSE_STOP
            and not w.endswith(("ss", "ous", "ics", "ness")))


def coordinated_verb(word: str, w: str) -> bool:
    """A past-tense verb opening a coordinated verb phrase ("and called", "and met", "and
    left"): lower-case, ``-ed`` or a frequent irregular past (``w``: ``word`` lower-cased)."""
    return not cap(word) and w.isalpha() and (
        w in NAMING_VERBS or w in IRREGULAR_PAST or w in SAY_IRREGULAR
        or (len(w) > 3 and w.endswith("ed")))


_CLEFT_BE: Final = frozenset("is was are were".split())
_NOT_AFTER_CLEFT: Final = frozenset("""with in on for about at of to from by behind between .
    , ; : ? !""".split())


def pseudo_cleft(toks: Toks, k: int, j: int) -> bool:
    """Do tokens ``[k, j)`` open a pseudo-cleft stating something ("what happened was that P",
    "what the city needs is more buses"), not a topic ("what she wanted", "what the plan was",
    "what the problem was with it")? ``k`` holds "what"; its clause is a few words, then a form
    of "be", then "that" or at least two more words, not a preposition."""
    words, lows = toks.words, toks.lows
    for v in range(k + 2, min(j - 2, k + 7)):
        if not wordish(words[v]):
            return False
        if lows[v] in _CLEFT_BE:
            return lows[v + 1] == "that" or (
                lows[v + 1] not in _NOT_AFTER_CLEFT and wordish(words[v + 2]))
    return False
