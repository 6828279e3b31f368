"""English sentence-final attribution: ``P, X said.`` / ``P, said X.`` / ``P, X said, Q``.

The report is the stretch of the sentence before the attribution (both parts when the
attribution interrupts it); only an adverbial may follow the speaker ("…, he said on Tuesday",
"…, Steyn said on “Tucker Carlson Tonight.”"). Used by :mod:`.reported`.
"""

from __future__ import annotations

from typing import Final

from discourse.extract.quotes.cues import Cue
from discourse.extract.quotes.document import Doc, Found
from discourse.extract.quotes.lang.en.clause_like import looks_like_clause
from discourse.extract.quotes.lang.en.clauses import ADVERBIAL_PREPS, SUBORDINATORS, clause_start
from discourse.extract.quotes.lang.en.content import name_before
from discourse.extract.quotes.lang.en.framing import framing_phrase
from discourse.extract.quotes.lang.en.name_particles import name_end
from discourse.extract.quotes.lang.en.phrases import np_forward, subject_before
from discourse.extract.quotes.lang.en.tail_apposed import apposed_subject
from discourse.extract.quotes.lang.en.tail_apposed_roles import interrupting_rest
from discourse.extract.quotes.lang.en.tail_coordinated import coordinated_subject
from discourse.extract.quotes.lang.en.tail_manner import participle_report_start, speaker_participle
from discourse.extract.quotes.lang.en.tail_opening import clause_after_subordinate
from discourse.extract.quotes.lang.en.words import AUX, IRREGULAR_PAST, SAY_IRREGULAR
from discourse.extract.quotes.tokens import Toks, cap, wordish

__all__ = ["CLAUSE_WORDS", "inverted_tail"]


# First words of a two-word phrase before an interrupting attribution that frame the sentence
# rather than start the report ("In between, she testified, …", "But then, she added, …").
_FRAMING_OPENERS: Final = frozenset("""in at on for of but and or so with by from after before as
    between during""".split())
# Words that cannot describe a name standing before it ("newspaper The Hindu").
CLAUSE_WORDS: Final = frozenset("and but or so then also as while when which who that the a an".split())
_TAIL_AUX: Final = frozenset("have has had will would did does do".split())
_QUOTE_MARKS: Final = frozenset('"“”«»')
_CLOSING: Final = frozenset('"”’')
# "…, said he expects the president to win": a subject pronoun and its verb after the cue
# open the reported clause (its object's preposition is no adverbial of an inverted speaker)
_SUBJECT_PRONOUNS: Final = frozenset("he she they we i".split())


def _has_clause_break(toks: Toks, ti: int, k: int) -> bool:
    """Is there a ``;`` or ``:`` in tokens ``[ti, k)`` (the report starts after the last one)?"""
    words = toks.words
    return any(words[m] in ";:" for m in range(max(ti, k - 60), k))


def _finite_cue(toks: Toks, a: int) -> bool:
    """Is the cue at ``a`` a finite verb ("said", "says", "have said"), not a bare form that
    may be a noun ("head of state")?"""
    low = toks.lows[a]
    return low.endswith(("ed", "s")) or low in SAY_IRREGULAR or toks.lows[a - 1] in _TAIL_AUX


def inverted_tail(
    doc: Doc, h: tuple[int, int, Cue], ti: int, tj: int, se: int
) -> list[Found] | None:
    """``P, X said.`` or ``P, said X.`` with the attribution closing the sentence; ``P, X
    said, Q`` (the attribution interrupting the report) gives both parts."""
    toks = doc.toks
    starts, words, lows = toks.starts, toks.words, toks.lows
    a, b, cue = h
    if lows[a].endswith("ing"):
        return None  # "…, saying P" introduces P; it does not close the sentence
    # find the comma that opens the attribution
    k = a - 1
    while k > ti and words[k] != "," and a - k <= 12:
        k -= 1
    if k <= ti or words[k] != ",":
        return None
    c = k + 1  # where the attribution starts
    if c + 1 < a and words[c] in _CLOSING and _fragment_closes(toks, ti, k, c + 1):
        c += 1  # 'Members of Congress “do not dispute it,” X told …': a quote closing the report
    # "P, X, a Y, said, speaking on …": the speaker's participle after the verb, no second
    # part of the report (tail_manner.py)
    manner = c == a and speaker_participle(doc, b, tj, k)
    cut = b if c == a and (manner or interrupting_rest(toks, b, tj)) else tj  # "P1, X, a Y, said, P2"
    if c == a and (app := apposed_subject(toks, ti, k, b, cut, cue.lemma == "tell")) is not None:
        # "P, Tom Reyes, a spokesman, said Monday.": the subject stands before the verb, set
        # off by commas (tail_apposed.py); "Monday" is no inverted speaker
        first = ti + 1 if lows[ti] in _OPENING_CONNECTIVES and words[ti + 1] != "," else ti
        if looks_like_clause(toks, first, app[0], reach=24):
            attr = doc.attr(h, (app[1], app[2]), "cue_after")
            found = [Found(starts[first], starts[app[0]], "indirect", attr, "cue_after")]
            if cut < tj and not manner:  # the report goes on after the verb's comma
                # (tail_apposed_roles.py)
                q = participle_report_start(doc, b, tj)  # (", adding that Q": Q)
                found.append(Found(toks.ends[b] if q == b + 1 else starts[q], se, "indirect",
                                   attr, "cue_after"))
            return found
        return None
    if c == a:  # ", said X"
        if cue.lemma == "tell" or (_name_apposition_before(toks, k, ti) and not _name_closes(
                toks, b, tj)):
            return None  # "…, the campaign's director, Tim Murtaugh, declared victory"
        e = name_end(toks, np_forward(toks, b), tj)  # "…, stated Moammar al-Eryani, Q"
        comma = next((m for m in range(b, min(tj, b + 30)) if words[m] == ","), tj)
        if e <= b or (looks_like_clause(toks, b, comma) and not (
                e < tj and lows[e] in ADVERBIAL_PREPS and lows[b] not in _SUBJECT_PRONOUNS)):
            # "The official, who asked not to be named, said the talks had failed": the noun
            # phrase after the cue is the subject of a reported clause, not a speaker
            return None
        span = (b, e)
    else:
        v = a
        while v - 1 > c and lows[v - 1] in _TAIL_AUX:
            v -= 1  # "…, investigators have said"
        subj = subject_before(toks, v, c)
        if subj is not None and subj[0] != c and subj[0] - c <= 2 and all(
                lows[m].isalpha() and not cap(words[m]) and lows[m] not in CLAUSE_WORDS
                for m in range(c, subj[0])):
            subj = (c, subj[1])  # "…, newspaper The Hindu reported."
        elif subj is not None and c < subj[0] and _postmodified_subject(toks, c, subj[0]):
            subj = (c, subj[1])  # "…, two officials familiar with the plan said."
        elif subj is not None and c < subj[0] and (
                both := coordinated_subject(toks, subj, c)) is not None:
            subj = both  # "…, the mayor and the governor said."
        if subj is None or subj[0] != c or (lows[c].endswith("ing") and not cap(words[c]) and (
                lows[a].endswith("s"))):
            return None  # (", citing committee rules …": a participle's object, "rules" a noun)
        if subj[1] - subj[0] == 1 and lows[subj[0]] in ("who", "which"):
            return None  # "P by Rick Santorum, who noted …": a relative clause, no closing cue
        span = subj
        e = b
    if _quote_follows(doc, ti, e, min(tj, e + 12)):
        if e + 2 < tj and words[e] == "," and words[e + 1] in ('"', "“") and not cap(
                words[e + 2]) and _finite_cue(toks, a) and looks_like_clause(toks, ti, k, 24):
            # 'P, the judge said, "whether the state likes it or not."': the quote goes on
            # with P's sentence; P is a report of its own
            return [Found(starts[ti], starts[k], "indirect", doc.attr(h, span, "cue_after"),
                          "cue_after")]
        if not (e + 4 < tj and words[e] == "," and all(map(wordish, words[e + 1:e + 4]))):
            return None  # "X said of it, “…”": the attribution of a quote that follows
    if e + 3 < tj and words[e] == "," and not _is_apposition(toks, e, tj) and (
            lows[e + 1] not in ("saying", "adding", "noting", "citing", "who", "which", "according")
    ) and _finite_cue(toks, a) and lows[span[1] - 1] not in ("of", "the", "for") and (
            lows[k - 1] not in ("which", "who", "that", "where", "when")):
        # "P, his office said, Q": the attribution interrupts the report; both parts are it
        attr = doc.attr(h, span, "cue_after")
        first = clause_start(toks, ti, k) if _has_clause_break(toks, ti, k) else ti
        # the first part may be two words ("That decision, he said, …", "Right now, these
        # people said, …": the gold keeps the speaker's adverbial too), not a prepositional
        # phrase or a sentence adverb ("In between, she testified, …", "Sadly, however, …"); a
        # lone connective ("But, he said, …") is dropped by the shared filter
        rest = Found(toks.ends[e], se, "indirect", attr, "cue_after")
        if speaker_participle(doc, e, tj, k):
            # "P, one official said, speaking on condition of anonymity": the participle is
            # the speaker's, not the report's (tail_manner.py); P alone, when it is a report
            if framing_phrase(toks, first, k - 1) or not looks_like_clause(toks, first, k, 24):
                return None
            return [Found(starts[first], starts[k], "indirect", attr, "cue_after")]
        if sum(map(wordish, words[first:k])) < 3 and (lows[first] in _FRAMING_OPENERS or (
                lows[first].endswith("ly") or "however" in lows[first:k])):
            return [rest]
        if framing_phrase(toks, first, k - 1):
            return [rest]  # "In the wake of his death, X said, P" (framing.py)
        return [Found(starts[first], starts[k], "indirect", attr, "cue_after"), rest]
    if lows[ti] in SUBORDINATORS and e < tj and looks_like_clause(toks, e, tj):
        # "Although known to have lived in South Africa, his daughter said he died in Britain":
        # the opening clause is the author's, the report follows the cue
        return None
    # after the cue and speaker only an adverbial may follow: "in a statement", "on Tuesday"
    after = [m for m in range(e, min(tj, e + 40)) if words[m] not in ".!?"]  # token indices
    if len(after) > 10 or any(lows[m] == "that" or words[m] in ",;:" for m in after[:1]):
        if after and words[after[0]] == "," and _is_apposition(toks, e, tj):
            pass
        else:
            return None
    if any(words[m] == "," for m in after) and not _is_apposition(toks, e, tj):
        return None
    before_comma = next((n for n, m in enumerate(after) if words[m] == ","), len(after))
    if any(lows[m] in AUX for m in after[:before_comma]) or (
            before_comma == len(after) and after and _past_verb(toks, after[-1])):
        return None  # "…, opposition questions about X continued.": the cue was a noun
    # the whole stretch before ", X said" is the report: its subject may be long ("Japanese
    # female professional wrestler and reality television star Hana Kimura, age 22, has died")
    # "And while the program is new to the department, it is not new to officers, Wolf
    # said.": a connective opening the sentence links it to the one before; the report is
    # the clause after it
    first = ti
    while first < ti + 2 and lows[first] in _OPENING_CONNECTIVES and first + 3 < k:
        first += 1  # ("And yet, if anything, P, Garrett says": both connectives)
    if first > ti and words[first] == ",":
        first += 1
    if not (looks_like_clause(toks, first, k, reach=24) or _clause_after_intro(toks, first, k)
            or clause_after_subordinate(toks, first, k)):
        return None
    attr = doc.attr(h, span, "cue_after")
    return [Found(starts[first], starts[k], "indirect", attr, "cue_after")]


_OPENING_CONNECTIVES: Final = frozenset("and but so yet".split())


def _fragment_closes(toks: Toks, ti: int, k: int, c: int) -> bool:
    """Does the comma at ``k`` close a quoted fragment that opened inside the sentence after a
    word and in lower case ('Members of Congress “do not dispute …,”'; not ': "But if …,"'),
    with a subject after the closing mark at ``c`` (not '…," having questioned')?"""
    words, lows = toks.words, toks.lows
    o = next((o for o in range(k - 1, max(ti, k - 80), -1) if words[o] in _QUOTE_MARKS), None)
    return o is not None and o > ti and words[o] in ('"', "“") and wordish(words[o - 1]) and (
        o + 1 < k and not cap(words[o + 1])) and (
        cap(words[c]) or lows[c] in ("he", "she", "they", "the", "a", "an", "his", "her", "their"))


def _quote_follows(doc: Doc, ti: int, i: int, j: int) -> bool:
    """Is there a quotation mark in tokens ``[i, j)``, not one of a programme's title ("P, he
    said on CNN’s “State of the Union.”": the report stands)?"""
    words, starts = doc.toks.words, doc.toks.starts
    m = i
    while m < j:
        if words[m] in _QUOTE_MARKS:
            if not name_before(doc, starts[ti], starts[m]):
                return True
            m += 1
            while m < j and words[m] not in _QUOTE_MARKS:
                m += 1  # the title's closing mark
        m += 1
    return False


def _past_verb(toks: Toks, m: int) -> bool:
    """A lower-case past tense at ``m`` ("continued", "began")."""
    low = toks.lows[m]
    return not cap(toks.words[m]) and (low in IRREGULAR_PAST or (low.endswith("ed") and len(
        low) > 4))


def _name_apposition_before(toks: Toks, k: int, ti: int) -> bool:
    """Does the comma at ``k`` close a name in apposition ("…, Tim Murtaugh,")?"""
    words = toks.words
    c = k - 1
    while c > ti and k - c <= 5 and (cap(words[c]) or words[c] in ".-'’"):
        c -= 1
    return c < k - 1 and c >= ti and words[c] == ","


def _name_closes(toks: Toks, b: int, tj: int) -> bool:
    """Is the phrase after the cue at ``b`` a capitalised name that closes the sentence, alone
    or with an apposition ("…, Woodbridge, Virginia, said Tim Gallagher, the special agent …"):
    the speaker of an inverted tail, whatever the place name before the cue looks like?"""
    words, lows = toks.words, toks.lows
    if b >= tj or not cap(words[b]) or lows[b] in CLAUSE_WORDS or lows[b] in _SUBJECT_PRONOUNS:
        return False
    e = np_forward(toks, b)
    if e <= b or not all(cap(words[m]) or words[m] in ".-'’" for m in range(b, e)):
        return False
    rest = [m for m in range(e, tj) if words[m] not in ".!?"]
    # "…, said Governor Cuomo on Tuesday.": an adverbial of the speech may follow
    return not rest or _is_apposition(toks, e, tj) or (lows[e] in ("on", "in", "at", "during")
                                                       and "," not in words[e:tj])


_POSTMODIFIER_WORDS: Final = frozenset("in of at from for with familiar close to on".split())
# Participles that postmodify a speaker ("four people briefed on the discussions said").
_POSTMODIFYING_PARTICIPLES: Final = frozenset("briefed involved informed".split())


def _postmodified_subject(toks: Toks, i: int, j: int) -> bool:
    """Do tokens ``[i, j)`` open a speaker phrase whose head is postmodified ("two officials
    familiar with the plan", "election officials in Georgia")? A noun phrase, then a
    preposition or "familiar/close to"; no verb, comma or clause word."""
    words, lows = toks.words, toks.lows
    if j - i > 6 or lows[j - 1] not in _POSTMODIFIER_WORDS:
        return False
    for m in range(i, j):
        low = lows[m]
        if not wordish(words[m]) or low in AUX or low in CLAUSE_WORDS or low in IRREGULAR_PAST or (
                low in SAY_IRREGULAR) or (low.endswith("ed") and not cap(words[m]) and not (
                low in _POSTMODIFYING_PARTICIPLES and m + 1 < j and m > i
                and lows[m + 1] in _POSTMODIFIER_WORDS)):
            return False
    return lows[i] not in _POSTMODIFIER_WORDS


def _clause_after_intro(toks: Toks, ti: int, k: int) -> bool:
    """``At times, Murray paid …``: a clause after a short introductory phrase and a comma."""
    words = toks.words
    for c in range(ti + 1, min(k, ti + 6)):
        if words[c] == ",":
            return looks_like_clause(toks, c + 1, k)
    return False


def _is_apposition(toks: Toks, e: int, tj: int) -> bool:
    """``…, said Smith, a Democrat from Ohio.``"""
    words, lows = toks.words, toks.lows
    if not (e < tj and words[e] == "," and e + 1 < tj and lows[e + 1] in ("a", "an", "the",
                                                                            "who")):
        return False
    # "…, they reasoned, the specimens would have shown …": a clause, the report's second part
    return lows[e + 1] == "who" or not looks_like_clause(toks, e + 1, tj)
