"""English reports whose source is named by "according to" (pass 3), apart from :mod:`.reported`.

``According to X, P`` / ``P, according to X.`` / ``P according to X.`` / ``P, according to X,
Q``: :func:`_according_to` reads the source's phrase (to its comma, over a name or a description
in apposition, through a carrier to its speaker: "a statement from X") and the report beside it;
:func:`_with_closing_sources` keeps such a closing source's report over a clause that holds
another speaker's report ("X said P, according to Reuters": both). Both serve
:func:`.reported.reports_in_sentence`, which calls them; they stand apart as one rule family so
that the sentence reading stays under the 800-line cap.
"""

from __future__ import annotations

from collections.abc import Sequence

from discourse.extract.quotes.cues import Cue
from discourse.extract.quotes.document import Doc, Found
from discourse.extract.quotes.lang.en.according_apposition import after_article_apposition
from discourse.extract.quotes.lang.en.according_close import predicate_before
from discourse.extract.quotes.lang.en.according_determined import after_determined_apposition
from discourse.extract.quotes.lang.en.according_scope import (
    open_before_source,
    open_end_close,
    participle_scope,
)
from discourse.extract.quotes.lang.en.checks import DOCUMENTS
from discourse.extract.quotes.lang.en.clause_like import looks_like_clause
from discourse.extract.quotes.lang.en.clauses import clause_start
from discourse.extract.quotes.lang.en.framing import framing_phrase
from discourse.extract.quotes.lang.en.interrupted import according_parts
from discourse.extract.quotes.lang.en.interrupted_short import completes_head
from discourse.extract.quotes.lang.en.phrases import np_forward
from discourse.extract.quotes.lang.en.source_over_report import quote_note_cue_between
from discourse.extract.quotes.lang.en.words import (
    AUX,
    CARRIER_NOUNS,
    DETERMINERS,
    NON_SPEAKERS,
    SAY_IRREGULAR,
)
from discourse.extract.quotes.spans import trim_end
from discourse.extract.quotes.tokens import Toks, cap


def _according_to(doc: Doc, h: tuple[int, int, Cue], ti: int, tj: int, se: int,
                  quote_cues: Sequence[int]) -> list[Found]:
    """``According to X, P`` / ``P, according to X.`` / ``P according to X.`` / ``P, according
    to X, Q`` (both parts). The speaker phrase runs to its comma ("a poll published by NBC News
    last week,"), over a name in apposition ("Windsor Locks' first selectman, Chris Kervick,").
    """
    toks = doc.toks
    starts, ends, words, lows = toks.starts, toks.ends, toks.words, toks.lows
    a, b, cue = h
    clause_lo = clause_start(toks, ti, a)
    e = np_forward(toks, b)
    if e <= b or lows[b] in ("me", "him", "them", "us") or (lows[b] == "her" and e == b + 1):
        return []  # "according to her, P" is a quote's note; "according to her son, P" is not
    e, span = _carrier(toks, b, e)
    if (e - b == 1 or lows[b] in _VAGUE) and lows[e - 1] in NON_SPEAKERS and span[0] == b and not any(
            cap(w) for w in words[b:e]) and lows[b] not in DETERMINERS:
        # "according to data": nobody speaks; a named source does ("NEOC data", "data from the
        # WHO"), and so does a study or poll the article points at ("the study", "a poll")
        return []
    c = _phrase_comma(toks, e, tj)
    attr = doc.attr(h, span, "according_to")
    # at the start of its clause, or after a short introductory phrase ("potentially, "; not a
    # short clause: "X, former president of Y, has died, according to Z.")
    if (a <= clause_lo + 1 or (words[a - 1] == "," and a - clause_lo <= 4 and not any(
            lows[k] in AUX for k in range(clause_lo, a)) and not (
            c is None and predicate_before(toks, clause_lo, a)))) and a < tj - 3:
        # ("…, killed another person, according to Z.": a predicate, the sentence's report)
        if c is None:
            return []
        c0 = c
        c = _after_name_apposition(toks, c, tj)
        c1 = c
        c = _after_description_apposition(toks, c, tj)
        if c == c1:  # "According to UpGuard, a cybersecurity firm, P": the appositive passed
            c = after_article_apposition(toks, c, tj)
        if c == c1:  # "According to Jane Doerr, the agency's director, P" (according_determined)
            c = after_determined_apposition(toks, c, tj, a > clause_lo + 1)
        keep = c if c > c1 and lows[c1 + 1] not in _APPOSITION_START else c1
        # not after a document ("According to official statements, Trump, now …, is to …":
        # the name opens the report)
        if keep > c0 and span[1] == c0 and lows[c0 - 1] not in DOCUMENTS and (
                lows[c0 - 1].rstrip("s") not in CARRIER_NOUNS) and lows[c0 - 1] not in NON_SPEAKERS:
            # the mention keeps a name or a role in apposition, as the gold does ("Amy Cook,
            # director of the event"); not a former post ("X, formerly the director of Y")
            attr = doc.attr(h, (span[0], keep), "according_to")
        return according_parts(doc, clause_lo, a, c, se, attr)  # the subject before it too
    if lows[a - 1] in ("and", "but") and c is None and e < tj and looks_like_clause(toks, e, tj):
        # "P and according to X Q": the report is the clause after the source, not P
        return [Found(starts[e], se, "indirect", attr, "according_to")]
    if words[a - 1] == "," and a - 2 > ti and lows[a - 2] in ("and", "but") and c is not None and (
            c + 2 < tj):
        # "largely Kurdish and, according to Turkey, supportive of the PKK": the source's
        # report is the predicate after it, not the author's words before "and"
        return [Found(ends[c], se, "indirect", attr, "according_to")]
    if a <= ti + 2 or quote_note_cue_between(doc, quote_cues, starts[ti], starts[a - 1]):
        # "“…,” the minister said, according to RIA": a source note on the quote's attribution
        return []
    before = a - 1 if words[a - 1] == "," else a
    # "followed by, according to X, nearly 2000 people": what follows completes the stretch
    # before (according_scope.py), a part however short ("Friday was when, according to X, …")
    open_end = c is not None and c + 2 < tj and open_before_source(toks, a)
    if before - ti < (3 if open_end else 4):
        return []  # the report is the sentence before the cue: "On Wednesday X filed …"
    framing = framing_phrase(toks, ti, before)  # "On Sunday in London, England, according …"
    # ", killing at least 20 according to X": the participle's clause alone (according_scope)
    first = participle_scope(toks, ti, a)
    out = [] if framing else [Found(starts[first], starts[before], "indirect", attr,
                                    "according_to")]
    if c is not None and words[c] == "," and ((c + 3 < tj and (
            lows[c + 1] in _LINK_AFTER_COMMA or looks_like_clause(toks, c + 1, tj))) or (
            words[a - 1] == "," and completes_head(toks, c, tj)) or open_end):
        q_end = open_end_close(toks, a, c, tj) if open_end else tj
        # "P, according to X, Q"
        out.append(Found(ends[c], se if q_end >= tj else starts[q_end], "indirect", attr,
                         "according_to"))
    return out


def _phrase_comma(toks: Toks, e: int, tj: int) -> int | None:
    """The comma closing a speaker phrase that ends at token ``e`` (at most 20 tokens on, not
    inside parentheses), None when the sentence ends first."""
    words, lows = toks.words, toks.lows
    depth = 0
    for k in range(e, min(tj, e + 20)):
        w = words[k]
        if w == "(":
            depth += 1
        elif w == ")":
            depth = max(depth - 1, 0)
        elif depth == 0 and w == ",":
            return k
        elif depth == 0 and (w in ";:.!?" or lows[k] in ("that", "said", "says")):
            return None
    return None


def _after_name_apposition(toks: Toks, c: int, tj: int) -> int:
    """``…, Chris Kervick, P``: the comma after a capitalised name in apposition, else ``c``."""
    words = toks.words
    k = c + 1
    while k < tj and k - c <= 5 and (cap(words[k]) or words[k] in ".-'’"):
        k += 1
    return k if k > c + 1 and k < tj and words[k] == "," else c


def _after_description_apposition(toks: Toks, c: int, tj: int) -> int:
    """``According to Dr. Tom Frieden, formerly the director of the CDC, P``: the comma after a
    description in apposition (no verb in it), else ``c``."""
    words, lows = toks.words, toks.lows
    bare_role = c + 2 < tj and cap(words[c - 1]) and lows[c + 2] in ("of", "at", "for") and (
        words[c + 1].isalpha() and not cap(words[c + 1]) and lows[c + 1] not in AUX
        and lows[c + 1] not in _QUANTIFIERS and lows[c + 1] not in _NOT_ROLES)
    # "According to Amy Cook, director of the event," (not "…, as of Wednesday,")
    if c + 1 >= tj or (lows[c + 1] not in _APPOSITION_START and not bare_role):
        return c
    for k in range(c + 2, min(tj, c + 25)):
        if words[k] == ",":
            return k
        if lows[k] in AUX or lows[k] in SAY_IRREGULAR or words[k] in ";:":
            return c
    return c


# An appositive after "According to X," opens with one of these ("formerly the director of the
# CDC"); a determiner would as often open the report itself ("the current head of state, …").
_APPOSITION_START = frozenset("formerly former now currently then also previously".split())
_NOT_ROLES = frozenset("as because instead ahead out regardless up down".split())
_QUANTIFIERS = frozenset("""most many some all none one each both half much part several few any
    more less rest majority number""".split())
_VAGUE = _QUANTIFIERS | {"various", "numerous", "multiple", "different", "other"}  # no keeper


def _carrier(toks: Toks, b: int, e: int) -> tuple[int, tuple[int, int]]:
    """``according to a statement from X``: the speaker is X, the phrase runs to X's end."""
    lows = toks.lows
    if (lows[e - 1] in CARRIER_NOUNS or lows[e - 1] in NON_SPEAKERS) and e + 1 < len(lows):
        f = e + 1 if lows[e] in _PUBLISHED and lows[e + 1] == "by" else e
        if lows[f] in ("from", "by", "of"):
            # "a statement from X", "data from the WHO", "a poll published by NBC News"
            e2 = np_forward(toks, f + 1)
            if e2 > f + 1:
                return e2, (f + 1, e2)
    return e, (b, e)


_PUBLISHED = frozenset("published released conducted issued compiled commissioned".split())


# "The beat, according to Cohn, is on the back of …": a predicate after the source is reported.
_PREDICATE_AUX = ("is", "are", "was", "were", "has", "have", "had", "will", "would")
# what may follow "P, according to X," and start the rest of the report: a conjunction or an
# auxiliary (one set made once; see _NOT_OBJECT)
_LINK_AFTER_COMMA = frozenset(("and", "but", "as", "with", "while", *_PREDICATE_AUX))


def _with_closing_sources(text: str, kept: list[Found], found: list[Found]) -> list[Found]:
    """``X said P, according to Reuters``: the source's report over the clause holds X's report
    of P; both are kept (the gold annotates both), X's cut before ", according to"."""
    for f in found:
        if f.rule != "according_to" or f.attr is None or f.attr.cue_start < f.end or f in kept or (
                not f.attr.cue.startswith("according")):
            continue  # only "according to" ("P quoted by name in the article" is no source)
        inner = [g for g in kept if g.end > f.start and g.start < f.end]
        if not inner or any(g.rule == "according_to" or g.start < f.start or (
                g.end > f.end and not (
                g.start < f.attr.cue_start < g.end)) for g in inner):
            continue  # not a clause holding whole reports of a verb ("P, according to the
            # JHU data; Q according to Vox": two sources side by side)
        for g in inner:
            if g.end > f.end:
                kept[kept.index(g)] = Found(g.start, trim_end(text, g.start, f.end), g.kind,
                                            g.attr, g.rule, g.parent)
        kept.append(f)
    return kept
