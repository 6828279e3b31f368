"""The English cue scan of :mod:`discourse.extract.quotes.lang.en.cues` as it was.

``reference_cue_at`` reads a tuple per token (now ``_cue_at`` reads the token columns);
``reference_cue_loop`` tests every token (now a C loop picks the candidates);
``reference_find_cues`` finds candidates with one trie regex opening with a lookbehind.
"""

from __future__ import annotations

import re

from discourse.extract.quotes import CueLexicon
from discourse.extract.quotes.lang.en import cues as en_cues
from discourse.extract.quotes.lang.en.cues import QUOTE_WORDS, QUOTED_AS_SAYING
from discourse.extract.quotes.lang.en.words import (
    AUX,
    NOUN_MARKERS,
    PREPOSITIONS_BEFORE_NOUN,
    PRONOUN_CONTRACTIONS,
    SAY_IRREGULAR,
)
from discourse.extract.quotes.tokens import Tok
from discourse.text import trie_pattern


def reference_cue_at(toks: list[Tok], i: int, lex: CueLexicon) -> tuple | None:
    """``_cue_at`` as it was, reading a tuple per token (now it reads the token columns)."""
    w = toks[i].low
    m = None
    for form, cue in lex.by_first.get(w, ()):
        if tuple(t.low for t in toks[i : i + len(form)]) == form:
            m = (len(form), cue)
            break
    if m and toks[i].is_cap and i > 0 and toks[i - 1].text not in en_cues._SENTENCE_PUNCT:
        m = None
    if m and m[1].type == "verb" and i > 0 and (
        toks[i - 1].low in NOUN_MARKERS or toks[i - 1].low.endswith("'s")
    ):
        m = None
    # issue 14: a bare form after a preposition, a number, or a capitalised word ("state",
    # "report", …), and before a plural noun and an auxiliary, is a noun (the rules of
    # en.cues._cue_at, read here token by token)
    if m and m[1].type == "verb" and i > 0 and m[0] == 1 and not w.endswith(("ing", "ed")) and (
            toks[i - 1].low in PREPOSITIONS_BEFORE_NOUN or toks[i - 1].low.isdigit()
            or (w in en_cues._NOUN_LIKE and toks[i - 1].is_cap and i + 1 < len(toks)
                and not toks[i + 1].is_cap and toks[i + 1].low.isalpha()
                and toks[i + 1].low not in AUX and toks[i + 1].low != "that")):
        m = None
    if m and m[1].type == "verb" and m[0] == 1 and i + 2 < len(toks) and not w.endswith(
            ("ed", "ing")) and toks[i + 1].low.isalpha() and not toks[i + 1].is_cap and (
            # issue 14 (saying set 5): not after "said", "says" ("said prosecutors had")
            w not in ("said", "told", "wrote", "says", "tells", "writes")) and (
            toks[i + 1].low.endswith("s") and toks[i + 2].low in AUX) and (
            # issue 14 (dev5): "said this is", "says those were": no plural noun
            toks[i + 1].low not in en_cues._S_FUNCTION_WORDS):
        m = None
    if m and w == "highlights" and i > 0 and toks[i - 1].low == "story":
        m = None  # issue 14: CNN's "Story highlights" label
    if m and w in ("reason", "reasons") and (i + 1 == len(toks) or not toks[i + 1].is_word):
        m = None  # issue 14 (saying set 3): "for political reasons," is the noun
    # issue 14 (NewsMTSC saying set): the bare form after a singular noun phrase ("a social
    # media post") is a noun (en.cues._singular_phrase_before, read here token by token)
    if m and m[1].type == "verb" and m[0] == 1 and w == m[1].lemma:
        for k in range(i - 1, max(-1, i - 4), -1):
            if toks[k].low in ("a", "an", "each", "every", "another"):
                m = None
                break
            # issue 14 (saying set 5): "a Senate rule": a name right before the form
            if k == i - 1 and toks[k].is_cap and toks[k].text.isalpha() and k > 0 and (
                    toks[k - 1].low in ("a", "an", "each", "every", "another")):
                m = None
                break
            if not toks[k].text.isalpha() or toks[k].is_cap or toks[k].low.endswith("s") or (
                    toks[k].low in ("few", "lot", "number", "couple")):
                break
    if m and m[1].type == "verb" and i + m[0] < len(toks):
        nxt = toks[i + m[0]].low
        # issue 14 (NewsMTSC saying set): not after a pronoun subject or a relative and one
        # word ("what he said was", "which officials said were": en.cues._relative_subject_before)
        # (round 17: present forms of warn/claim/argue/insist too: "which Democrats warn could")
        relative = i > 1 and (w.endswith("ed") or w in SAY_IRREGULAR or w in (
            "say", "says", "warn", "warns", "claim", "claims", "argue", "argues", "insist", "insists")) and (
            toks[i - 1].low in ("he", "she", "they", "we", "i", "you") or (
                toks[i - 2].low in ("what", "which", "that") and toks[i - 1].text.isalpha())
            or ((w.endswith("ed") or w in SAY_IRREGULAR) and _longer_relative(toks, i))
            or _titled_relative(toks, i))
        # issue 14 (dev5): "said they're" (en.words.PRONOUN_CONTRACTIONS) opens a clause
        if nxt in AUX and nxt not in PRONOUN_CONTRACTIONS and (
                nxt not in ("had", "has", "have", "would", "will")
                or not w.endswith(("ed", "s"))) and not relative:
            m = None
    if m is None and w in QUOTE_WORDS:
        for k in range(i + 2, min(i + 10, len(toks) - 1)):
            if toks[k].low == "as" and toks[k + 1].low == "saying":
                m = (k + 2 - i, QUOTED_AS_SAYING)
                break
            if not toks[k - 1].is_word:
                break
    return None if m is None else (i, i + m[0], m[1])


def _longer_relative(toks: list[Tok], i: int) -> bool:
    # issue 14 (dev9): "which the mayor said was", "which his wife Bernadette said was": a
    # relative two to four words before a past cue, the words between opening with a
    # determiner or a name (en.cues._longer_relative_subject)
    for k in range(i - 2, max(-1, i - 6), -1):
        if toks[k].low in ("which", "that") and k < i - 2:
            return toks[k + 1].low in ("the", "his", "her", "their", "its", "our", "a", "an",
                                       "local", "state", "federal") or toks[k + 1].is_cap
        if not toks[k].text.isalpha():
            return False
    return False


def _titled_relative(toks: list[Tok], i: int) -> bool:
    # issue 14 (round 36, saying set 15): "which Mr. Sanders argues did", "which Sen. Ada Holm
    # said was": a relative, a title and one to three capitalised words before a cue of saying,
    # present or past, a perfect auxiliary allowed (en.relative_title.titled_relative_subject)
    if toks[i].low not in _TITLED_CUES:
        return False
    j = i - 1 if i > 0 and toks[i - 1].low in ("has", "have", "had") else i
    k, n = j - 1, 0
    while k > 0 and n < 3 and toks[k].is_cap and toks[k].text.replace("-", "").isalpha():
        k, n = k - 1, n + 1
    return n > 0 and k >= 1 and toks[k].low in _TITLES and toks[k - 1].low in (
        "which", "that", "what")


_TITLED_CUES = frozenset("""say says said claim claims claimed argue argues argued insist insists
    insisted allege alleges alleged warn warns warned note notes noted""".split())
_TITLES = frozenset("""mr. mrs. ms. dr. sen. rep. gov. gen. lt. col. sgt. prof. rev. mr mrs ms dr
    sen rep gov gen prof""".split())


def reference_cue_loop(toks: list[Tok], lex: CueLexicon) -> list[tuple]:
    """The cue scan at its simplest: test every token, skip past each hit."""
    hits = []
    i = 0
    while i < len(toks):
        hit = reference_cue_at(toks, i, lex)
        if hit:
            hits.append(hit)
            i = hit[1]
        else:
            i += 1
    return hits


def reference_find_cues(toks: list[Tok], lex: CueLexicon, text: str) -> list[tuple]:
    """The cue scan as it was: one trie regex opening with a lookbehind."""
    seqs = set()
    for form in [f for c in lex.cues for f in c.forms] + list(QUOTE_WORDS):
        elems: list[str] = []
        for k, word in enumerate(form.split()):
            if k:
                elems.append(r"[\s_]+")
            elems.extend("['’]" if ch == "'" else re.escape(ch) for ch in word)
        seqs.add(tuple(elems))
    body = r"(?<![^\W_])(?:" + trie_pattern(sorted(seqs)) + r")(?![^\W_])"
    lowered = text.lower()
    if len(lowered) == len(text):
        finder, haystack = re.compile(body), lowered
    else:
        finder, haystack = re.compile(body, re.IGNORECASE), text
    starts = [t.start for t in toks]
    hits = []
    pos = 0
    while (m := finder.search(haystack, pos)) is not None:
        i = starts.index(m.start()) if m.start() in starts else -1
        hit = reference_cue_at(toks, i, lex) if i >= 0 else None
        if hit:
            hits.append(hit)
            pos = toks[hit[1] - 1].end
        else:
            pos = m.start() + 1
    return hits
