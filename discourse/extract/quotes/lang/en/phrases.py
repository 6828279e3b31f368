"""English noun phrases, subjects and clauses, read off the token columns by closed classes.

The syntax the attribution rules share: where a noun phrase ends or starts ("the head of the
X", "Sen. Ted Cruz, R-Texas"), the subject of a reporting verb (through adverbs, appositions,
relative pronouns, catenative verbs, coordination). No parser: determiners, pronouns,
auxiliaries, capitals and ``-ed`` endings (:mod:`.words`). Whether a stretch reads as a clause
is :mod:`.clause_like`'s.
"""

from __future__ import annotations

from typing import Final

from discourse.extract.quotes.lang.en.adverb_participle import participle_anchor
from discourse.extract.quotes.lang.en.apposed_age import age_apposition, described_role
from discourse.extract.quotes.lang.en.appositive_name import named_appositive
from discourse.extract.quotes.lang.en.briefed_object import briefed_object
from discourse.extract.quotes.lang.en.clause_like import _NOT_VERB_S, coordinated_verb, looks_like_clause
from discourse.extract.quotes.lang.en.coordinated_opening import opening_subject
from discourse.extract.quotes.lang.en.coordinated_subject import coordinated_subject
from discourse.extract.quotes.lang.en.opening_time import opened_subject, opening_time_end
from discourse.extract.quotes.lang.en.quote_first import after_opening_quote
from discourse.extract.quotes.lang.en.with_pair import second_absolute_subject
from discourse.extract.quotes.lang.en.with_subject import with_absolute_subject
from discourse.extract.quotes.lang.en.words import (
    ADVERBS,
    AUX,
    CLAUSE_STOP,
    DETERMINERS,
    IRREGULAR_PAST,
    OBJECT_PRONOUNS,
    PARENTHETICAL_ADVERBS,
    SUBJECT_PRONOUNS,
    WEEKDAYS,
)
from discourse.extract.quotes.tokens import Toks, cap, wordish
from discourse.text.tokens import ly_name

# Head nouns of descriptions of people (a lower-case subject that can speak).
PERSON_NOUNS: Final = frozenset("""minister president secretary spokesman spokeswoman spokesperson
    governor mayor senator official officials chairman chairwoman chair director chief judge
    prosecutor lawyer attorney police officer officers commissioner ambassador leader leaders
    researchers scientists experts authorities doctor doctors coach manager ceo founder
    company government ministry agency department council committee team""".split())
# Auxiliaries between a subject and its reporting verb ("has said", "would write").
_PERFECT_AUX: Final = frozenset(
    "has have had having will would could did does do may might should".split())
# Words in "-ly" that are no adverbs.
_LY_NOUNS: Final = frozenset("family ally assembly italy july supply reply rally anomaly".split())
# Subject pronouns that cannot continue a noun phrase: one of them starts a clause.
_NEW_SUBJECT: Final = frozenset("he she they we i".split())

__all__ = [
    "appositive_after", "main_clause_comma", "np_backward",
    "np_forward",
    "skip_adverbs_back",
    "source_from", "subject_before", "subject_extended",
]


def np_forward(toks: Toks, i: int, limit: int = 12) -> int:
    """End token index (exclusive) of a noun phrase starting at ``i`` ("the head of the X")."""
    words, lows = toks.words, toks.lows
    j = i
    while j < len(lows) and j - i < limit:
        word, low = words[j], lows[j]
        if not wordish(word):
            if word in "-–" and j + 1 < len(lows) and cap(words[j + 1]):
                j += 1  # "Sen. Ted Cruz, R-Texas"
                continue
            break
        if low in ("of", "for") and j > i and j + 1 < len(lows) and wordish(words[j + 1]):
            j += 1
            continue
        if low in CLAUSE_STOP or (low in AUX):
            break
        if j > i and low in _NEW_SUBJECT:
            break  # "told The Washington Post he considered …": a clause starts
        if j > i + 1 and not cap(word) and (low.endswith("ed") or low in IRREGULAR_PAST):
            break  # "The paper disputed this", "The mayor spoke": a verb ends the phrase
        if j > i and not cap(word) and cap(words[j - 1]) and low not in ("'s",):
            # a lower-case word after a name ends the phrase ("Peskov noted"), except nouns
            # continuing a description ("the Lithuanian diplomat"), after a possessive
            # ("Huber's longtime tag team partner Erick Rowan") or before the name they
            # describe ("Rutgers University political scholar Kelly Dittmar")
            if lows[i] not in DETERMINERS and not lows[j - 1].endswith("'s") and not (
                    _nouns_before_name(toks, j, i + limit)):
                break
        j += 1
    # Do not end on a function word.
    while j > i and lows[j - 1] in ("of", "for", "the", "a", "an", "and"):
        j -= 1
    return j


def _nouns_before_name(toks: Toks, j: int, stop: int) -> bool:
    """Do at most three lower-case nouns at ``j`` lead to a capitalised name ("political
    scholar Kelly")? No verb, function word or auxiliary among them."""
    words, lows = toks.words, toks.lows
    k = j
    while k < min(len(lows), stop, j + 3) and not cap(words[k]):
        low = lows[k]
        if (not low.isalpha() or low in CLAUSE_STOP or low in AUX or low in DETERMINERS
                or low.endswith(("ed", "ing", "ly"))):
            return False
        k += 1
    return k > j and k < len(lows) and cap(words[k]) and k < stop


_PARTY_TAGS: Final = ("R-", "D-", "I-", "R–", "D–", "I–")
_APPOSITION_OPENERS: Final = frozenset("the a an his her their its".split())


def appositive_after(toks: Toks, e: int, hi: int) -> int:
    """End of a speaker phrase ending at ``e`` with the appositive after it: "said Tedros, the
    Director-General of the WHO." / "said his father, Abdullah Kurdi." (``e`` when none)."""
    words, lows = toks.words, toks.lows
    if not (e + 1 < hi and words[e] == "," and (lows[e + 1] in _APPOSITION_OPENERS
                                               or cap(words[e + 1]) or _bare_role(toks, e + 1, hi))):
        return e
    f = np_forward(toks, e + 1, limit=16)
    if f <= e + 1:
        return e
    if f >= hi or words[f] in ".!?;" or (cap(words[e + 1]) and words[f] == ","):
        return f
    return e


_INDEFINITE_PRONOUNS: Final = frozenset("someone somebody anyone anybody everyone everybody".split())


def _bare_role(toks: Toks, i: int, hi: int) -> bool:
    """Does a role without an article open at token ``i`` ("said Ana Diaz, director of the
    youth forum.", "head of research at ...")? A lower-case noun, then "of", "at" or "for"."""
    low = toks.lows[i]
    return (i + 1 < hi and low.isalpha() and toks.lows[i + 1] in ("of", "at", "for")
            and not low.endswith(("ed", "ing", "ly")) and low not in CLAUSE_STOP and low not in AUX)


# Labels of a news page's furniture that scraped text keeps before a sentence (BBC "Image
# caption", CNN "Story highlights").
_PAGE_LABELS: Final = frozenset("caption highlights".split())


def np_backward(toks: Toks, j: int, lo: int, limit: int = 12) -> int:
    """Start token index of the noun phrase ending just before token ``j`` (tokens ``>= lo``)."""
    words, lows = toks.words, toks.lows
    i = j
    while i > lo and j - i < limit:
        word, low = words[i - 1], lows[i - 1]
        if word == ")" and i == j:
            # "The California Department of Forestry and Fire Protection (CalFire) said"
            o = i - 2
            while o > lo and words[o] != "(" and i - o < 8:
                o -= 1
            if o > lo and words[o] == "(" and cap(words[o - 1]):
                i = o
                j = o  # the phrase before the parentheses, read as if it ended there
                continue
            break
        if not wordish(word):
            break
        if low in ("of", "for") and i - 1 > lo and wordish(words[i - 2]) and i < j:
            i -= 1
            continue
        if low == "at" and i < j and cap(words[i]) and i - 1 > lo and cap(words[i - 2]):
            i -= 1  # "Dr. Steven Wolf at Saint Francis"
            continue
        if low == "and" and i < j and cap(words[i]) and i - 1 > lo and cap(words[i - 2]):
            i -= 1  # "Republicans and Democrats"
            continue
        if low in CLAUSE_STOP or low in AUX or (low in PARENTHETICAL_ADVERBS and i < j):
            break  # "…, however Bonham noted": the adverb is no part of the name
        if low in _PAGE_LABELS and i < j:
            break  # "Image copyright PA Image caption Dr Neil Murray said": page furniture
            # scraped with the text ends before the name
        if low in SUBJECT_PRONOUNS or (low in OBJECT_PRONOUNS and word != "US") or (
                low in _INDEFINITE_PRONOUNS):  # ("US officials": the country, not "us")
            if i == j or (low in _INDEFINITE_PRONOUNS and lows[i] == "else" and i + 1 == j):
                i -= 1  # "the next time someone says": "someone" ("someone else")
            break
        if low in DETERMINERS:
            i -= 1
            if i - 2 >= lo and lows[i - 1] in ("of", "for", "at") and wordish(words[i - 2]) and (
                    lows[i - 2] not in CLAUSE_STOP and lows[i - 2] not in AUX
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


# What may stand before the first word of a sentence (or of a quoted one).
_OPENERS: Final = frozenset('. ! ? … " “ ‘ \' ( : ; — –'.split())


def _name_in_ly(words: list[str], i: int) -> bool:
    """True if the capitalised word ``i`` in "-ly" is a name ("Kelly", "Emily Connolly",
    "Sen. Daly"), not an adverb or adjective ("Finally", "Racially charged", "Early reports").

    Inside a sentence a capital means a name; first in its sentence, where an adverb is
    capitalised too, the word's ending decides (:func:`discourse.text.tokens.ly_name`)."""
    word = words[i]
    if not word[:1].isupper():
        return False
    first = i == 0 or words[i - 1] in _OPENERS or words[i - 1][-1:] in ".!?"
    return not first or ly_name(word.lower())


def skip_adverbs_back(toks: Toks, j: int, lo: int) -> int:
    lows, words = toks.lows, toks.words
    # Adverbs and "on <weekday>" interleave freely: "also on Sunday argued", "on Monday again said".
    while j > lo:
        w = lows[j - 1]
        if w in WEEKDAYS and j - 2 >= lo and lows[j - 2] == "on":
            j -= 2
        elif w == "since" and j - 2 >= lo and lows[j - 2] in _PERFECT_AUX:
            j -= 1  # "he has since said
        elif w in ADVERBS or w in WEEKDAYS or (len(w) > 4 and w.endswith("ly") and w.isalpha()
                                                and w not in _LY_NOUNS
                                                and not _name_in_ly(words, j - 1)):
            j -= 1  # "he audibly said": any "-ly" adverb
        else:
            break
    return j


def subject_before(toks: Toks, k: int, lo: int) -> tuple[int, int] | None:
    """Token span of the subject of the cue at token ``k`` (searching back to ``lo``)."""
    words, lows = toks.words, toks.lows
    if lows[k].endswith("ing") and k > lo:
        v = skip_adverbs_back(toks, k, lo)  # "despite Obama repeatedly saying"
        i = np_backward(toks, v, lo)
        if i < v - 1 and lows[i] == "despite":
            i += 1  # (the noun phrase reader takes "despite" for a word of the name)
        after_comma = i > 1 and words[i - 2] in ",—–"
        if lo < i < v and (lows[i - 1] == "with" or (lows[i - 1] == "despite" and after_comma)) and (
                cap(words[i]) or lows[i] in ("him", "her", "them")):
            # "with Obama calling out …": an absolute construction; "…, despite President Obama
            # saying P": the name is the gerund's subject (not opening the sentence: "Despite X
            # saying P, Q" would run the report over the main clause)
            return i, v
        if lo < i < v and (ws := with_absolute_subject(toks, v, lo, PERSON_NOUNS)) is not None:
            return ws  # "…, with former Vice-President Joe Biden saying P" (with_subject.py)
        if lo < i < v and (ws := second_absolute_subject(toks, v, k)) is not None:
            return ws  # "with ABC saying P, and Pew saying Q": Pew (with_pair.py)
        # "before reluctantly acknowledging P": the preposition is read before the adverbs
        return _main_subject(toks, participle_anchor(toks, k, v), lo)
    j = skip_adverbs_back(toks, k, lo)
    # "X has said", "X had told", "X would later write": the subject is before the auxiliary
    while j - 1 > lo and lows[j - 1] in _PERFECT_AUX and j - 2 >= lo and (
            wordish(words[j - 2]) or words[j - 2] == ")"):
        j = skip_adverbs_back(toks, j - 1, lo)
    if j <= lo:
        return None
    prev_word, prev_low = words[j - 1], lows[j - 1]
    if prev_low in SUBJECT_PRONOUNS and prev_low != "who":
        return j - 1, j
    if prev_low in OBJECT_PRONOUNS and prev_word != "US":  # ("The US said": the country)
        if briefed_object(toks, j - 1, lo):
            return j - 1, j  # "aides briefed on them said": the source's (briefed_object.py)
        return None  # "Let us remind you": an object is not a subject
    if prev_low == "who" and j - 2 > lo and words[j - 2] == ",":
        i = np_backward(toks, j - 2, lo)
        return (i, j - 2) if i < j - 2 else None
    if prev_low == "who" and j - 1 > lo and wordish(words[j - 2]):
        # restrictive relative clause: "a woman who said", "Stormy Daniels who alleges"
        i = np_backward(toks, j - 1, lo)
        return (i, j - 1) if i < j - 1 else None
    if prev_word == ",":
        # Appositive: "Smith, a Democrat from Ohio, said": the mention is the name with it
        c = j - 2
        while c > lo and words[c] != "," and j - c < 16:
            c -= 1
        if words[c] != ",":
            # a longer clause set off by commas: "Barend Leyts, when asked whether an
            # investigation was conducted to see who else may have caught it, told"
            far = c
            while far > lo and words[far] != "," and j - far < 40:
                far -= 1
            if far > lo and words[far] == "," and lows[far + 1] in _PARENTHETICAL_OPENERS:
                c = far
        if c > lo and words[c] == "," and not cap(words[c - 1]) and age_apposition(
                toks, c + 1, j - 1):
            i = np_backward(toks, c, lo)  # "The senator, 70, says P": the age is no part of it
            return (i, c) if i < c else None
        if c > lo and words[c] == "," and cap(words[c - 1]):
            i = np_backward(toks, c, lo)
            if lo < i < c and lows[i - 1] in ("from", "of", "in"):
                # "Bruce McArthur, from Toronto, Canada, admitted": the place after "from" is
                # no speaker; the name before its comma is, with the place in apposition
                c2 = i - 1
                while c2 > lo and words[c2] != "," and i - c2 < 8:
                    c2 -= 1
                if c2 > lo and words[c2] == "," and cap(words[c2 - 1]):
                    i2 = np_backward(toks, c2, lo)
                    if i2 < c2:
                        return i2, j - 1
            if i < c:
                if c + 1 < j and (words[c + 1] in ("R", "D", "I") or words[c + 1][:2] in (
                        "R-", "D-", "I-", "R–", "D–")):
                    return i, c  # "Rep. Jim Jordan, R-Ohio, said": a party tag, no appositive
                if lows[c + 1] in _PARENTHETICAL_OPENERS or (
                        lows[c + 1] not in _APPOSITION_OPENERS and not cap(words[c + 1])
                        and not any(lows[m] in PERSON_NOUNS for m in range(c + 1, j - 1))):
                    return i, c  # "Cruz, in remarks to ABC, said": an adverbial, no appositive
                return i, j - 1
        if c > lo and words[c] == "," and c + 1 < j - 1 and (cap(words[c + 1]) and all(
                cap(w) or w in ".-'’" for w in words[c + 1:j - 1]) or named_appositive(
                words, lows, c + 1, j - 1)):
            # "The director of the institute, Dr. Anthony Fauci, said": the name after a
            # description; the mention is both
            i = np_backward(toks, c, lo)
            return (i, j - 1) if i < c else (c + 1, j - 1)
        if c > lo and words[c] == "," and (lows[c + 1] in _PARENTHETICAL_OPENERS or all(
                lows[m] in PARENTHETICAL_ADVERBS for m in range(c + 1, j - 1))) and (
                not cap(words[c - 1])):
            # "The official, who asked not to be named, said": a relative or adverbial clause
            # between a lower-case subject and its verb (a name is taken above)
            i = np_backward(toks, c, lo)
            return (i, c) if i < c else None
        if c > lo and words[c] == "," and lows[c - 1] in PERSON_NOUNS and described_role(
                toks, c + 1, j - 1):
            i = np_backward(toks, c, lo)  # "The senator, a Democrat from Ohio, says P"
            if i == lo and lows[i] in DETERMINERS:  # (not "In the morning, a spokesman says")
                return i, c  # the head alone, as "The mayor, a Democrat, said P" reads
        if c <= lo and j - 2 > lo and cap(words[j - 2]):
            # "The general secretary of the union (…), Mick Cash, said": the name alone
            i = np_backward(toks, j - 1, lo)
            if i < j - 1:
                return i, j - 1
        return None
    if not wordish(prev_word) and prev_word != ")":
        return None
    i = np_backward(toks, j, lo)
    if i >= j:
        return None
    if prev_word == ")":
        o = j - 1
        while o > i and words[o] != "(":
            o -= 1
        if words[o + 1] in ("R", "D", "I") or words[o + 1][:2] in _PARTY_TAGS:
            return i, o  # "Sen. Ted Cruz (R-Texas) said": the party tag is no part of it
    return i, j


def subject_extended(
    toks: Toks, a: int, lo: int, sent_lo: int | None = None
) -> tuple[int, int] | None:
    """Subject of the cue at ``a``, looking through a catenative verb ("plans to tell",
    "wants to say") and across a coordination ("defended her record and said")."""
    words, lows = toks.words, toks.lows
    if sent_lo is not None and sent_lo < a - 3 and words[a - 1] == "," and lows[a] in (
            "says", "said", "warns", "insists") and (
            subj := _coordinated_headline_subject(toks, a, sent_lo)) is not None:
        return subj  # "Marco Rubio slams Cuba agreement, says Obama is ‘willfully ignorant’"
    subj = subject_before(toks, a, lo)
    if subj is not None:
        if subj[0] - 1 > lo and toks.lows[subj[0] - 1] == "and":  # "X and Y said": both
            subj = coordinated_subject(toks, subj, lo, np_backward)
        # (the common case without "who" tested in C, no call)
        return _before_restrictive_who(toks, subj, lo) if "who" in toks.lows[
            max(lo, subj[0] - 4):subj[0]] else subj
    k = skip_adverbs_back(toks, a, lo)
    if k - 2 > lo and lows[k - 1] == "to" and wordish(words[k - 2]) and not cap(words[k - 2]):
        subj = subject_before(toks, k - 2, lo)
        if subj is not None:
            return subj
    if k - 1 >= lo and lows[k - 1] in ("and", "but"):
        start = lo if sent_lo is None else min(lo, sent_lo)
        if k - 1 <= start:
            return None
        # "Afterward, she …", "Trump, the nominee, stepped up … and said" (coordinated_opening);
        # after "Earlier this week," / "Last week," (opening_time)
        t = opening_time_end(toks, start, k - 1)
        if t > start:
            return _clause_subject(toks, t, k - 1) or opened_subject(
                toks, t, k - 1, np_forward)
        return _clause_subject(toks, start, k - 1) or opening_subject(
            toks, start, k - 1, _clause_subject, _apposition_then_verb, np_forward)
    if sent_lo is not None and sent_lo < lo and lows[a] in _SAYING_PARTICIPLES and (
            words[a - 1] == ","):
        # "Paul Ryan, R-Wis., agreed, saying P": the clause of the participle starts after
        # "agreed,"; its subject is the sentence's (only for participles that introduce
        # speech: "…, observing the rescue mission" is no report)
        return _main_subject(toks, a, sent_lo)
    if sent_lo is not None and a == sent_lo and lows[a] in _CLAUSE_PARTICIPLES and (
            a + 1 < len(lows) and (lows[a + 1] == "that" or looks_like_clause(toks, a + 1, next(
                (c for c in range(a + 1, min(len(lows), a + 16)) if toks.words[c] == ","),
                min(len(lows), a + 16))))):
        # "Noting that P, Mr. Borosage added …" (not "Adding to the confusion, …")
        return _subject_after_opening(toks, a)
    return None


def _before_restrictive_who(toks: Toks, subj: tuple[int, int], lo: int) -> tuple[int, int]:
    """The subject before a restrictive "who" clause whose object was read as the subject:
    "state representative Terri Collins who sponsored the bill remarked P" is Collins' report,
    not the bill's (a comma before "who" is read by :func:`subject_before` itself). A "who"
    stands within four words before ``subj``."""
    words, lows = toks.words, toks.lows
    w = next(m for m in range(subj[0] - 1, max(lo, subj[0] - 4) - 1, -1) if lows[m] == "who")
    if w - 1 <= lo or not wordish(words[w - 1]) or lows[w - 1] in ("and", "or"):
        return subj
    v = w + 2 if lows[w + 1] in AUX else w + 1  # "who had sponsored the bill"
    if not words[v].isalpha() or cap(words[v]) or lows[v] in DETERMINERS or lows[v] in AUX or (
            subj[0] != v + 1):
        # "who wrote that the mayor said P": the mayor's report; "women who police said were
        # killed": the police's
        return subj
    i = np_backward(toks, w, lo)
    return (i, w) if i < w else subj


def _clause_subject(toks: Toks, lo: int, hi: int) -> tuple[int, int] | None:
    """The pronoun or capitalised name opening the clause ``toks[lo:hi]`` (its subject)."""
    words, lows = toks.words, toks.lows
    i = lo
    while i < hi and (lows[i] in ADVERBS or lows[i] in ("but", "and", "so", "then")
                      or words[i] in "\"“‘'"):
        i += 1
    if i >= hi:
        return None
    if lows[i] in _INTRO_OPENERS:
        # "At the time, the prime minister called … and stated": after the introduction
        c = next((c for c in range(i + 1, min(hi, i + 10)) if words[c] == ","), None)
        if c is None:
            return None
        i = c + 1
        if i >= hi:
            return None
    if lows[i] in SUBJECT_PRONOUNS and lows[i] not in ("who", "it", "you", "i", "we"):
        return i, i + 1
    e = min(np_forward(toks, i), hi)
    if not cap(words[i]) and not any(map(cap, words[i:e])) and not (
            lows[i] == "the" and e - i <= 4 and e < hi and coordinated_verb(words[e], lows[e])
            and lows[e - 1] in PERSON_NOUNS):
        # "current Senate Majority Leader Harry Reid" passes, "the plan" does not, "the prime
        # minister called …" does (a person noun and its verb)
        return None
    # "a Republican, Mark Amodei, has …": a description and the name after it
    if e < hi and words[e] == "," and e + 1 < hi and cap(words[e + 1]):
        f = np_forward(toks, e + 1)
        if f < hi and words[f] == "," and f > e + 1 and all(
                cap(w) or w in ".-'’" for w in words[e + 1:f]):
            return i, f
    # the subject must be followed by a verb, not be the object of a preposition or an intro
    if e <= i or (e < hi and words[e] in ",:;"):
        return None
    return i, e


def _coordinated_headline_subject(toks: Toks, a: int, lo: int) -> tuple[int, int] | None:
    """"X slams Y, says P": the finite cue at ``a`` after a comma shares the subject opening
    the sentence, whose verb (in -s or -ed, lower case) follows it; no other comma between."""
    words, lows = toks.words, toks.lows
    v = lo
    while v < a and (cap(words[v]) or words[v] in ".-'’"):
        v += 1  # the name opening the sentence ("Marco Rubio")
    if v == lo or v >= a - 2 or lows[lo] in DETERMINERS or lows[lo] in SUBJECT_PRONOUNS or (
            lows[v] in AUX) or lows[v] in (
            _NOT_VERB_S) or not lows[v].endswith(("s", "ed")) or not words[v].isalpha():
        return None
    if any(words[m] in ",;:()" for m in range(v, a - 1)):
        return None
    return lo, v


def _main_subject(toks: Toks, k: int, lo: int) -> tuple[int, int] | None:
    """Subject of a participle cue ("…, saying that …"): the name or pronoun opening the
    sentence ("President Obama spoke …, saying he's concerned"); after "on <weekday>" too, with
    no comma ("X posted a message on Facebook on Friday announcing P")."""
    words, lows = toks.words, toks.lows
    if words[k - 1] != "," and lows[k - 1] not in ("and", "while", "before", "after", "in",
                                                           "by") and not (
            lows[k - 1] in WEEKDAYS and k - 2 >= lo and lows[k - 2] == "on") and not (
            k - 2 >= lo and words[k - 1] in "\"”’'" and words[k - 2] == ",") and not (
            _saying_before_quote(toks, k)):
        return None  # (a comma inside a closing mark: 'was “dead on arrival,” adding …')
    i = lo
    while i < k and lows[i] in ADVERBS | {"but", "and", "so", "then"}:
        i += 1
    if i >= k:
        return None
    if (q := after_opening_quote(toks, i, k)) > 0:
        return _clause_subject(toks, q, k)  # "“…,” he said, adding P": after the quotation
    if lows[i] in SUBJECT_PRONOUNS and lows[i] not in ("who", "it", "you"):
        return i, i + 1
    if i == k - 1 and lows[i] in _PARTICIPLE_OPENERS:
        return _subject_after_opening(toks, k)  # "After admitting that P, Petersen revealed"
    if cap(words[i]):
        e = np_forward(toks, i)
        if e > i and not (e < k and words[e] == ","):
            return i, e
        c = _apposition_then_verb(toks, e, k) if e > i else -1
        if c > 0 and words[e + 1][:2] not in _PARTY_TAGS and words[e + 1] not in ("R", "D", "I") and all(
                cap(w) or w in ".-'’" for w in words[e + 1:c]):
            return i, c  # "The mayor of London, Sadiq Khan, gave …, adding": both, as above
        if c > 0:
            return i, e  # "Paul Ryan, R-Wis., agreed, saying P": the name, not its apposition
    # an introductory phrase first: "In it, Mr. Bannon also contradicted …, saying"; or two
    # ("In March, at the final debate, Biden announced …, saying")
    c, tries = i, 0
    while c < min(k, i + 30) and tries < 3:
        if words[c] == ",":
            tries += 1
            got = _clause_subject(toks, c + 1, k)
            if got is not None or lows[c + 1] not in _INTRO_OPENERS:
                return got
        c += 1
    return None


def _saying_before_quote(toks: Toks, k: int) -> bool:
    """Is ``k`` a "saying" without a comma before it that introduces a quotation after a comma
    or a colon ('The governor tweeted her reasoning saying, "Today, I …"'): the main subject's
    words, as after ", saying"?"""
    words = toks.words
    return toks.lows[k] == "saying" and k + 2 < len(words) and words[k + 1] in ",:" and (
        words[k + 2] in "\"“") and words[k - 1].isalpha() and not cap(words[k - 1]) and (
        toks.lows[k - 1] not in PERSON_NOUNS and toks.lows[k - 1] not in _HEARD_SAYING)


# Who may be heard saying something ("heard a man saying, …"): the participle is theirs.
_HEARD_SAYING: Final = frozenset("""someone somebody anyone voice voices crowd crowds people man men woman
    women boy boys girl girls child children person""".split())


# Participles that introduce what was said ("…, saying P"), not an act ("observing the law").
_SAYING_PARTICIPLES: Final = frozenset("""saying adding noting claiming arguing insisting explaining
    warning stating writing acknowledging announcing asserting contending alleging
    calling describing labeling labelling branding blaming accusing""".split())
# Participles of saying that take a clause (not the naming ones: "Calling the mayor “careless”,
# she left" keeps its fragment's speaker unread): opening a sentence, the main subject says it.
_CLAUSE_PARTICIPLES: Final = frozenset("""saying adding noting claiming arguing insisting explaining
    warning stating acknowledging asserting contending alleging""".split())
# Subordinators before a sentence-initial participle cue ("After admitting that P, X …").
_PARTICIPLE_OPENERS: Final = frozenset("after before while since upon when".split())


def _subject_after_opening(toks: Toks, k: int) -> tuple[int, int] | None:
    """``After admitting that P, Petersen revealed …``: the participle's subject is the main
    clause's, after the comma that closes the opening phrase (within 40 tokens)."""
    c = main_clause_comma(toks, k + 1, min(len(toks.words), k + 40))
    return None if c < 0 else _clause_subject(toks, c + 1, min(len(toks.words), c + 12))


def main_clause_comma(toks: Toks, i: int, hi: int) -> int:
    """The first comma in ``[i, hi)`` after which a subject and its verb stand: the end of an
    opening phrase ("After admitting that he had tried a jury trial, civil trial, …, Petersen
    revealed": not the commas of the list); -1 if none before a stop."""
    words, n = toks.words, len(toks.words)
    for c in range(i, min(n - 2, hi)):
        if words[c] in ";.:":
            return -1
        if words[c] == "," and (subj := _clause_subject(toks, c + 1, min(n, c + 12))):
            e = subj[1]
            if e < n and (coordinated_verb(words[e], toks.lows[e]) or toks.lows[e] in AUX):
                return c
    return -1


def _apposition_then_verb(toks: Toks, e: int, k: int) -> int:
    """The comma closing an apposition or relative clause that the comma at ``e`` opens, when a
    past-tense verb follows it before ``k`` ("Paul Ryan, R-Wis., agreed, saying", "Common
    Cause, which has filed a lawsuit, criticized Reid …, saying"); -1 otherwise."""
    words, lows = toks.words, toks.lows
    if not (e + 1 < k and words[e] == ","):
        return -1
    first = lows[e + 1]
    if not (cap(words[e + 1]) or first in _APPOSITION_OPENERS or first in (
            "who", "which", "whose", "as")):
        return -1  # ("as": "Sanders, as he has before, hammered Clinton …, warning")
    c = next((c for c in range(e + 2, min(k, e + 26)) if words[c] == ","), None)
    if c is None or c + 1 >= k:
        return -1
    v = c + 1
    while v < k and (lows[v] in ADVERBS or lows[v] in ("also", "too")):
        v += 1
    return c if v < k and coordinated_verb(words[v], lows[v]) else -1


# Words opening a clause set off by commas between a subject and its verb ("the spokesman, when
# asked about it, said"; "the official, who asked not to be named, said").
_PARENTHETICAL_OPENERS: Final = frozenset(
    "who whom whose which when while speaking asked in on at during via through".split())
# Words opening an introductory phrase before the subject ("at the debate, Biden …").
_INTRO_OPENERS: Final = frozenset("in on at during after before for with since following amid".split())


def source_from(toks: Toks, ti: int, a: int) -> tuple[int, int] | None:
    """``From the press service of X it follows``: the phrase after "from"."""
    lows = toks.lows
    for k in range(a - 1, ti - 1, -1):
        if lows[k] == "from":
            e = np_forward(toks, k + 1)
            return (k + 1, min(e, a)) if e > k + 1 else None
    return None
