"""English reports of naming and judging without quotation marks (an extra pass).

"The United States called its actions defensive in nature", "labeled Soleimani as a terrorist",
"described the strike as an act of war", "named X and Y as terrorists", "blamed both Israel and
the United States for the attack", "accused Sheriff Arpaio of using …": the speaker gives an
object and what it is (ANNOTATION.md: ``назвал X Y``, ``обвинил X в Y``). The report is
``indirect`` over "X Y" (object and predicate), its speaker the verb's subject. These verbs are
no cues of the lexicon (most of their uses report nothing: "called a meeting", "called him on
Monday", "described the scene", "the accused"), so this pass finds them itself, in the sentences
that hold one, and keeps only the uses with an object and its predicate:

- ``describe``, ``characterize``, ``name``: "X as Y" ("named X as its new coach", an
  appointment, is left out);
- ``label``, ``brand``: "X as Y" or "X Y"; ``call``, ``dub``, ``term``: "X Y", where Y opens with
  "a"/"an", an evaluative adjective, or a quotation, after a pronoun or a noun phrase;
- ``blame``: "X for Y" / "X on Y" / "X as Y"; ``accuse``: "X of Y", also with Y in marks
  ("accused Romney of “empty promises”": the report beside its partial);
- verbs of judging (``blast``, ``slam``, ``attack``, ``criticize``, ``insult``, ``dismiss``,
  ``denounce``, ``condemn``, ``decry``, ``deride``, ``hail``, ``praise``, ``portray``): "X as Y"
  with a short object and a predicate that is no clause, no office ("record as governor") and
  no idiom ("as part of").

A predicate all in quotation marks ("called the demand “unprecedented”") is a ``partial`` of the
mark pass, not a report (but for ``accuse``); a passive ("was called", "is described as") or a
noun ("the accused", "his call") reports nothing here. Input: the article and the quotes found
so far (pass 1); output: the reports to add, each ending with its clause (before ", pointing to
…", ", which …", "and levied sanctions …").
"""

from __future__ import annotations

import bisect
import re
from itertools import compress, count
from typing import Final

from discourse.extract.quotes.cues import Cue
from discourse.extract.quotes.document import Doc, Found
from discourse.extract.quotes.lang.en.clause_like import coordinated_verb, looks_like_clause
from discourse.extract.quotes.lang.en.clauses import clause_end, clause_start, subordinate_end
from discourse.extract.quotes.lang.en.passive import BE
from discourse.extract.quotes.lang.en.phrases import np_backward, subject_extended
from discourse.extract.quotes.lang.en.quoted_complement import quoted_complement
from discourse.extract.quotes.lang.en.words import (
    AUX,
    DETERMINERS,
    NON_SPEAKERS,
    NOUN_MARKERS,
    OBJECT_PRONOUNS,
)
from discourse.extract.quotes.reported import Sentences
from discourse.extract.quotes.spans import SpanSet, trim_end
from discourse.extract.quotes.tokens import cap, wordish

__all__ = ["naming_reports", "sentence_tokens"]

# form -> lemma; the bare forms that are mostly nouns ("a call", "the name", "his terms") are left
# out.
_FORMS: Final[dict[str, str]] = {}
for _lemma, _forms in (
    ("call", "call calls called calling"),
    ("describe", "describe describes described describing"),
    ("characterize", "characterize characterizes characterized characterizing characterise "
                     "characterises characterised characterising"),
    ("name", "named naming"),
    ("label", "labels labeled labelled labeling labelling"),
    ("brand", "brands branded branding"),
    ("dub", "dubs dubbed dubbing"),
    ("term", "termed"),
    ("blame", "blame blames blamed blaming"),
    ("accuse", "accuse accuses accused accusing"),
    # verbs of judging whose "X as Y" says what X is ("blasted Biden as a career politician",
    # "criticized the commutation as an abuse of power"); their bare forms are nouns too
    ("blast", "blasts blasted blasting"),
    ("slam", "slams slammed slamming"),
    ("attack", "attacks attacked attacking"),
    ("criticize", "criticizes criticized criticizing criticises criticised criticising"),
    ("insult", "insults insulted insulting"),
    ("dismiss", "dismisses dismissed dismissing"),
    ("denounce", "denounces denounced denouncing"),
    ("condemn", "condemns condemned condemning"),
    ("decry", "decries decried decrying"),
    ("deride", "derides derided deriding"),
    ("hail", "hails hailed hailing"),
    ("praise", "praises praised praising"),
    ("portray", "portrays portrayed portraying"),
):
    for _f in _forms.split():
        _FORMS[_f] = _lemma
_CUES = {lemma: Cue(lemma, "verb", tuple(f for f, x in _FORMS.items() if x == lemma),
                    False, False, True) for lemma in set(_FORMS.values())}
# What joins object and predicate, by verb: "" a bare predicate, "as", a preposition.
_JOIN: Final[dict[str, tuple[str, ...]]] = {
    "describe": ("as",), "characterize": ("as",), "name": ("as",),
    "label": ("as", ""), "brand": ("as", ""), "call": ("",), "dub": ("",), "term": ("",),
    "blame": ("for", "on", "as"), "accuse": ("of",),
    **{lemma: ("as",) for lemma in ("blast slam attack criticize insult dismiss denounce condemn "
                                    "decry deride hail praise portray").split()},
}
# Those verbs of judging: their "as" may open the author's clause or an idiom ("attacked the
# convoy as troops advanced", "hailed a cab as it passed", "condemned it as well"), so the
# object is short and the predicate a noun or adjective phrase, no clause.
_JUDGING: Final = frozenset("blast slam attack criticize insult dismiss denounce condemn decry deride "
                     "hail praise portray".split())
_JUDGING_MAX_OBJECT: Final = 8
# Before the verb: a passive ("was called"), a noun ("the call", "so called").
_BE: Final = BE | {"so"}
# Right after the verb: no object ("called for", "called on X to", "called off", "called back").
_NO_OBJECT: Final = frozenset("""for of on off up out in at to into back upon as by with from over about
    after before during when if that what whether how why while because it's""".split())
# Bare predicates of "call": evaluative adjectives that the endings below miss.
_ADJECTIVES: Final = frozenset("""swift wrong right good bad great false fake true unfair unjust illegal
    legal racist absurd ridiculous dangerous crazy stupid dumb weak strong sad shameful
    unacceptable baseless groundless premature reckless corrupt rigged dead ready safe clear
    necessary important wise unwise insane evil sick""".split())
_ADJ_ENDINGS: Final = ("ive", "ous", "ful", "ble", "less", "ic", "ary", "ist", "ish")
_ADJ_ED: Final = frozenset("experienced talented respected qualified skilled committed".split())
# Nouns with those endings ("the executive", "an initiative").
_NOT_ADJ: Final = frozenset("""executive executives representative representatives relative relatives
    detective initiative objective motive native alternative explosive explosives archive
    republic public clinic music traffic topic logic table cable bible vehicle ministry
    secretary dictionary library military salary summary anniversary commentary boundary
    artist activist journalist scientist economist lobbyist dentist terrorist""".split())
# A predicate that is an idiom or an appointment, no judgement: "called it a day", "named X as
# its new coach".
_IDIOMS: Final = frozenset("day night career quits".split())
# ... and after "as": "condemned it as well", "attacked the base as part of an offensive".
_AS_IDIOMS: Final = frozenset("part such result usual".split())
_APPOINTMENT: Final = frozenset("""new next interim acting chief head director ceo coach manager captain
    successor replacement candidate nominee winner chairman president member""".split())
# Subjects that are legal acts or texts, not speakers: "the second article accused him of …".
_LEGAL_ACTS: Final = frozenset("""article articles indictment indictments charge charges resolution
    bill law order ruling verdict amendment warrant""".split())
_ORDINALS: Final = frozenset("first second third fourth fifth".split())
# Subordinators after the predicate: the author's clause ("described X as Y when they offered").
_SUBORDINATE: Final = frozenset("""when while because after before since although though whereas until
    unless""".split())
_PRONOUN_SUBJECTS: Final = frozenset("he she they we it both".split())
# Subjects that name the speaker's own usage, not a report ("We call it a black day", "what the
# people call …" in a speech).
_OWN_VOICE: Final = frozenset("i we you".split())
_NOBODY: Final = frozenset("no none nobody neither".split())
_NOT: Final = frozenset("not never n't".split())
# Participles of saying after "and" open a report of their own ("and adding that P"); others
# go on with the predicate ("accused him of pushing her and masturbating").
_SAYING_ING: Final = frozenset("""adding saying noting claiming arguing insisting warning calling urging
    citing accusing blaming describing vowing promising pointing stating""".split())
_PREPOSITIONS: Final = frozenset("with of for in on at by from about to into over under".split())
_POSSESSIVES: Final = frozenset("his her its their our my your".split())
_OPEN: Final = frozenset('"“‘')
_CLOSE: Final = frozenset('"”’')
# Punctuation that ends the predicate; ", " ends it unless a list of adjectives or nouns goes on.
_HARD_STOP: Final = frozenset(";:—–()[]")
_AFTER_COMMA_STOP: Final = frozenset("""which who whom where while whereas but and as after before
    according saying adding citing although though despite because since when if so a an the
    he she they it we i""".split())


def naming_reports(doc: Doc, found: list[Found]) -> list[Found]:
    """Reports of naming and judging verbs in the article (see the module docstring)."""
    toks = doc.toks
    words, lows = toks.words, toks.lows
    cands = list(compress(count(), map(_FORMS.__contains__, lows)))  # a C loop
    if not cands:
        return []
    inside = SpanSet([(f.start, f.end) for f in found])
    out: list[Found] = []
    bounds = sentence_tokens(doc, cands)
    for i in cands:
        if inside.contains(toks.starts[i]):
            continue  # a verb inside a quote is the quoted person's words
        ti, tj = bounds[i]
        if any(h[2].type == "verb" and "," not in words[h[1]:i] for h in doc.hits_between(ti, i)):
            continue  # "Smith said he blamed himself for the loss": inside Smith's report
        f = _report_at(doc, i, ti, tj)
        # "accused Romney of “empty promises”": the charge is reported over "X of Y" however
        # much of Y is in marks (the fragment stays a ``partial`` beside it); "called the
        # demand “unprecedented”" is the fragment alone
        if f is not None and (_FORMS[lows[i]] == "accuse" or not _in_fragments(
                doc.text, inside, f.start, f.end) * 2 > f.end - f.start):
            out.append(f)
    return out


def _in_fragments(text: str, inside: SpanSet, s: int, e: int) -> int:
    """How much of ``[s, e)`` the quotes found cover, where it counts: a predicate in marks
    is one fragment ("the demand “unprecedented”", a ``partial``), but fragments coordinated in
    the author's words ("her a “corrupt oaf” and a “lousy traitor”") leave the report standing
    (the most one of them covers)."""
    k = max(bisect.bisect_right(inside.starts, s) - 1, 0)
    parts = []
    while k < len(inside.starts) and inside.starts[k] < e:
        a, b = max(s, inside.starts[k]), min(e, inside.ends[k])
        if b > a:
            parts.append((a, b))
        k += 1
    if len(parts) > 1 and all(_JOINER.fullmatch(text, p[1], q[0]) for p, q in zip(parts, parts[1:])):
        return max(b - a for a, b in parts)
    return sum(b - a for a, b in parts)


# Between two coordinated fragments: their marks and "and"/"or"/a comma, perhaps an article.
_JOINER: Final = re.compile(r'["”’]?,?\s+(?:(?:and|or)\s+)?(?:(?:a|an|the)\s+)?["“‘]?|["”’]?,\s*["“‘]?')


def sentence_tokens(doc: Doc, cands: list[int]) -> dict[int, tuple[int, int]]:
    """The sentence (first token, end token) of each candidate token, split only in the
    paragraphs that hold one."""
    toks = doc.toks
    out: dict[int, tuple[int, int]] = {}
    sentences = Sentences(doc, SpanSet([]))  # every sentence, a quote's too
    firsts: dict[int, list[int]] = {}  # sentence starts by paragraph: found by bisection
    for i in cands:
        pos = toks.starts[i]
        p = bisect.bisect_right(doc.para_starts, pos) - 1
        sents = sentences.of(p)
        if p not in firsts:
            firsts[p] = [s for s, _ in sents]
        k = bisect.bisect_right(firsts[p], pos) - 1
        if k >= 0 and sents[k][0] <= pos < sents[k][1]:
            out[i] = (doc.tok_index(sents[k][0]), doc.tok_index(sents[k][1]))
        else:
            out[i] = (i, i + 1)
    return out


def _report_at(doc: Doc, i: int, ti: int, tj: int) -> Found | None:
    """The report of the naming verb at token ``i`` in the sentence ``[ti, tj)``, or None."""
    toks = doc.toks
    words, lows = toks.words, toks.lows
    lemma = _FORMS[lows[i]]
    k = i + 1
    if k < tj and lows[k] in ("me", "us"):
        return None  # "calling me a liar": the speaker's own account of what others say
    if k + 2 >= tj or (cap(words[i]) and i > ti) or lows[k] in _NO_OBJECT or lows[k].isdigit():
        return None
    if i > ti and (lows[i - 1] in _BE or lows[i - 1] in NOUN_MARKERS or lows[i - 1].endswith(
            ("'s", "’s")) or (lows[i - 1].endswith("ly") and i - 1 > ti and lows[i - 2] in _BE)):
        return None  # "was called", "the accused", "is widely described as", "his call"
    if not wordish(words[k]):
        return None  # 'a programme dubbed “Zrínyi 2026” in 2017': the marks hold a name
    p = _predicate_start(toks, lemma, k, tj)
    if p < 0:
        return None
    if lows[p] in _AS_IDIOMS or (lemma not in _JUDGING and (lows[p] in _IDIOMS or (
            p + 1 < tj and lows[p + 1] in _IDIOMS))) or (lemma == "name" and (
            lows[p] in _POSSESSIVES or any(lows[m] in _APPOINTMENT for m in range(p, min(tj, p + 4))))):
        return None
    end = _predicate_end(toks, p, tj)
    if lemma in _JUDGING and (p - k > _JUDGING_MAX_OBJECT or lows[p] in _PRONOUN_SUBJECTS or (
            lows[p] in DETERMINERS and lows[p] not in ("a", "an", "the")) or looks_like_clause(
            toks, p, end) or _bare_role(words, lows, p, tj)):
        return None  # "attacked the convoy as troops advanced": the author's clause
    if end - k < 3 or (lemma not in ("blame", "accuse") and (_mostly_quoted(words, p, end) or (
            quoted_complement(words, lows, p, end)))):  # 'called X "Y" who …' (quoted_complement)
        return None
    subj = subject_extended(toks, i, clause_start(toks, ti, i), ti)
    if subj is None and i > ti and words[i - 1] == ",":
        subj = _name_before_apposition(toks, i, ti)
    elif subj is None:
        return None  # no speaker ("what she called …" has no object either)
    if subj is not None and subj[0] > ti and lows[subj[0] - 1] in _PREPOSITIONS and (
            lows[i].endswith("ed") and subj[1] == i and words[i - 1].isalpha() and not cap(
                words[i - 1])):
        return None  # "associated with the discovery of a pattern called a “glider”": a
        # participle after a preposition's object, no subject and no speaker
    if subj is not None and (lows[subj[0]] in _OWN_VOICE or (
            subj[0] > ti and lows[subj[0] - 1] in ("what", "which"))):
        return None  # "We call it a black day", "what the people call “impossible”"
    if subj is not None and (lows[subj[0]] in _NOBODY or lows[i - 1] in _NOT):
        return None  # "no women have accused X of Y", "did not blame X for Y": nobody said it
    if subj is not None and (lows[subj[1] - 1] in _LEGAL_ACTS or lows[subj[1] - 1] in _ORDINALS):
        return None  # "the second (article) accused him of obstruction": a charge, no speaker
    if subj is not None and (lows[subj[0]] in NON_SPEAKERS or lows[subj[1] - 1] in NON_SPEAKERS):
        return None  # "the study described X as Y": findings, not speech
    attr = doc.attr((i, i + 1, _CUES[lemma]), subj, "cue_before")
    f = Found(toks.starts[k], trim_end(doc.text, toks.starts[k], toks.ends[end - 1]),
              "indirect", attr, "cue_before")
    return clause_end(doc, f, subordinate_end(toks, ti, tj))


def _name_before_apposition(toks, i: int, ti: int) -> tuple[int, int] | None:
    """The name before the apposition that ends at the comma before ``i`` ("Ahmed al-Assadi, a
    spokesman for the PMF, blamed"), or None (", calling it …" after a verb phrase: the
    report stands, its speaker left to the speaker stage)."""
    words = toks.words
    c = next((m for m in range(i - 2, max(ti, i - 16), -1) if words[m] == ","), -1)
    if c <= ti or (cap(words[c + 1]) and toks.lows[c + 1] != "the"):
        return None  # the apposition is a description ("a spokesman for …"), not a name
    s = np_backward(toks, c, ti)
    return (s, i - 1) if s < c and cap(words[s]) else None  # the name and its apposition


def _predicate_start(toks, lemma: str, k: int, tj: int) -> int:
    """Token opening the predicate Y after the object starting at ``k``, or -1."""
    words, lows = toks.words, toks.lows
    joins = _JOIN[lemma]
    stop = min(tj - 1, k + 20)
    for m in range(k + 1, stop):
        w = lows[m]
        if not wordish(words[m]) and words[m] not in _OPEN and words[m] not in ("'s", "’s"):
            if words[m] in ",.;:—–":
                break
        if w in joins and m > k:
            return m + 1 if m + 1 < tj else -1
        if "" in joins and _bare_predicate(toks, k, m):
            return m
    return -1


def _bare_predicate(toks, k: int, m: int) -> bool:
    """Does a bare predicate open at ``m`` after the object starting at ``k`` ("called it an
    aggression", "called the order swift", "branded them traitors" with a pronoun object)?"""
    words, lows = toks.words, toks.lows
    pronoun = lows[k] in OBJECT_PRONOUNS or lows[k] in ("this", "these", "those", "that")
    if pronoun and m != k + 1:
        return False
    name = cap(words[k]) and all(cap(words[j]) or words[j] in ("'s", "’s") for j in range(k, m))
    if not pronoun and (m < k + (1 if name else 2) or m > k + 6):
        return False  # the object: a name, or a determiner and its head noun, then the predicate
    prev = lows[m - 1]
    if not pronoun and (prev in DETERMINERS or _adjective(prev) or not wordish(words[m - 1])):
        return False  # "the decisive vote": an attributive adjective inside the object
    if not pronoun and any(lows[j] in _NO_OBJECT or lows[j] in ("and", "or", "than") or (
            lows[j] in AUX) for j in range(k, m)):
        return False
    w = lows[m]
    if w in ("a", "an"):
        return True
    if words[m] in "“‘" or (words[m] == '"' and toks.starts[m] > toks.ends[m - 1]):
        return True  # an opening mark (a straight one after a space)
    return not cap(words[m]) and _adjective(w)


def _bare_role(words, lows, p: int, tj: int) -> bool:
    """Does the predicate at ``p`` name an office or an idiom, no judgement: an office without
    an article ("criticized Christie’s record as governor", "condemned Mueller as special
    counsel") or "as well" closing the phrase? An adjective ("as baseless") or a noun phrase
    with its article ("as a threat") judges."""
    w = lows[p]
    if w == "well":
        return p + 1 >= tj or not words[p + 1].isalpha()
    return w not in ("a", "an", "the") and any(
        lows[m] in _ROLES or lows[m] in _APPOINTMENT for m in range(p, min(tj, p + 3)))


# Offices held "as" (no article): "his record as governor", "Mueller as special counsel".
_ROLES: Final = frozenset("""governor mayor senator secretary counsel attorney speaker leader minister
    ambassador judge justice commissioner congressman congresswoman representative chief
    adviser advisor spokesman spokeswoman""".split())


def _adjective(w: str) -> bool:
    return w in _ADJECTIVES or w in _ADJ_ED or (len(w) > 4 and w.endswith(_ADJ_ENDINGS) and w not in _NOT_ADJ)


def _predicate_end(toks, p: int, tj: int) -> int:
    """End token of the predicate opening at ``p``: before a clause of its own after a comma,
    a semicolon, a dash, or "and" with a new verb ("and levied sanctions against him")."""
    words, lows = toks.words, toks.lows
    depth = 0
    m = p
    while m < tj and m - p < 60:
        w = words[m]
        if w in _OPEN and depth == 0 and m + 1 < tj:
            depth = 1
        elif w in _CLOSE and depth:
            depth = 0
            if words[m - 1] == ",":
                return m + 1  # 'a “hero,” saying that P': the clause closes with the quote
        elif depth == 0:
            if (w in _HARD_STOP and not (w in "–-" and toks.starts[m] == toks.ends[m - 1])) or (
                    w in ".!?"):
                break  # (not a dash inside a range: "15–25 million")
            if w == "," and not _list_goes_on(toks, m, tj):
                break
            if lows[m] in ("and", "but") and m + 1 < tj and (coordinated_verb(
                    words[m + 1], lows[m + 1]) or lows[m + 1] in _SAYING_ING):
                break  # "and levied sanctions", "and adding that P": a verb phrase of its own
            if m > p + 1 and (lows[m] in _SUBORDINATE or (lows[m] == "as" and m + 1 < tj and (
                    lows[m + 1] in _PRONOUN_SUBJECTS))):
                break  # "… as both candidates readied", "… when they offered": the author's
        m += 1
    return m


def _list_goes_on(toks, c: int, tj: int) -> bool:
    """Does a list of the predicate go on after the comma at ``c`` ("swift, forceful and
    decisive"): one to three lower-case words, then "and"/"or" or another comma (not "…,
    several have said P": a clause of its own)?"""
    words, lows = toks.words, toks.lows
    if c + 1 < tj and _adjective(lows[c - 1]) and _adjective(lows[c + 1]):
        return True  # "an experienced, cautious pilot": coordinated adjectives
    for m in range(c + 1, min(tj, c + 5)):
        w = lows[m]
        if m > c + 1 and (w in ("and", "or") or words[m] == ","):
            return True
        if m == c + 1 and w in ("a", "an", "the"):
            continue  # "a clown, a racist, and the worst president": a list of noun phrases
        if m == c + 1 and w in ("and", "or") and m + 1 < tj and (lows[m + 1] in (
                "a", "an", "the") or _adjective(lows[m + 1])) and not any(
                lows[j] in AUX or lows[j].endswith("ed") or lows[j] in ("said", "told")
                for j in range(m + 2, min(tj, m + 6))):
            return True  # the list's last item ("…, and the worst president")
        if not words[m].isalpha() or cap(words[m]) or w in _AFTER_COMMA_STOP or w in AUX or (
                w.endswith("ing")):
            return False
    return False


def _mostly_quoted(words, p: int, end: int) -> bool:
    """Does the predicate ``[p, end)`` hold a quotation and fewer than three words outside it
    besides a closing adverbial ("called X “Y”", "called the disappearance an “interesting”
    case", "called it “lackluster” this past September": a ``partial``; "termed her a “corrupt
    oaf” and a “lousy traitor”" is a report, as the gold has it)?"""
    depth, outside, quoted, last_close = 0, 0, False, -1
    for m in range(p, end):
        w = words[m]
        if w in _OPEN and not depth:
            depth, quoted = 1, True
        elif w in _CLOSE and depth:
            depth, last_close = 0, m
    if not quoted:
        return False
    tail = last_close + 1
    stop = end if tail < end and words[tail].lower() not in _ADVERBIAL_OPENERS else tail
    for m in range(p, stop):
        w = words[m]
        if w in _OPEN and not depth:
            depth = 1
        elif w in _CLOSE and depth:
            depth = 0
        elif not depth and wordish(w):
            outside += 1
    return outside < 3


# Words opening an adverbial after a quoted predicate ("“lackluster” this past September").
_ADVERBIAL_OPENERS: Final = frozenset("""this last on in at during since after before when upon
    yesterday today earlier later""".split())
