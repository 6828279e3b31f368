"""Stance of quotes toward configured targets, by transparent rules.

A *target* (``data/targets.yaml``, read by :mod:`discourse.measure.targets`) is something a
speaker can be for or against: Lukashenko and the Belarusian authorities, Russia, the West, the
2020 election, the protests. The unit of measurement is the **mention**: every match of a target's
patterns gets a score and a label; a quote's stance toward a target is built from its mentions.

1. **Mentions.** Each target pattern is a regular expression matched case-insensitively, with word
   boundaries, on the text as given; a match right after one of the target's ``not_after`` words
   (place prepositions: "in Russia") is not a mention.
2. **Clause.** A mention is evaluated inside its clause: its sentence (``discourse.text
   .sentence_spans``) cut at semicolons and colons. Words of any target mention are never evaluated
   themselves ("protest" is negative in VADER, but naming the protests is not a stance).
3. **Evaluative words.** Every other token (or phrase) of the clause within ``window`` tokens of the
   mention is looked up, longest entry first, in the stance lexicon of ``targets.yaml`` and then
   in VADER's lexicon (valence on VADER's -4..+4 scale; the stance lexicon wins; its ``neutral``
   words are ignored; VADER's valences are multiplied by ``vader_weight``, since VADER scores the
   tone of events -- "died", "crisis" -- as much as judgements of actors). *Directional* entries
   (support, condemn, sanction, recognise, ...) carry the attitude of a subject toward an object, so
   they count only for a mention *after* them ("we condemn Lukashenko"), or *before* them in the
   passive ("Lukashenko was condemned"), and never for the agent of a passive or of an action
   noun ("by the EU", "support from Russia"). A directional word also separates the subject side
   from the object side: in "the EU condemned the violent crackdown", "violent" is not counted for
   the EU -- unless it is the act of a possessive or demonym mention right before it (the
   language's ``owner``: "Western sanctions are illegal" is against the West). When its subject
   is itself a target mention (up to ``REPORTED_REACH`` tokens before it), the attitude is that
   target's, reported by the speaker: it counts for neither ("Putin supported Lukashenko",
   "Western documents accuse Russia"), except that a target supporting or defending a cause
   rather than another target stands for it, ``ADVOCACY_SCALAR`` times the valence ("Belarus has
   always supported peace"; not after a modal, not a bare participle: "Russia-backed").
   *Demand* entries (withdraw, stop, lift, ...) count against their subject right after a modal
   ("Russia must withdraw"; else they are read as VADER reads them). *Possessor* entries
   (proposal, initiative) count only for the mention right before them or their agent ("Russia's
   proposal", "a proposal by Minsk"), not for a subject that plans one. *Agentive* entries
   (attacked, aggression, ignored, helped, ...) evaluate their doer:
   the subject ("Russia attacked"), the possessor ("Russia's aggression") or the agent ("by
   Russia"). A harmful act also counts for its victim, reversed and halved
   (``VICTIM_SCALAR``), since the codebook reads a target presented as wronged as favour:
   the object up to ``VICTIM_DISTANCE`` tokens after it ("NATO threatens Russia", "deaf to the
   Russian proposal") or the subject of its passive ("Russia was attacked"); never after a word
   that may introduce the doer as well as the victim ("the invasion of Russia"), nor across a
   conjunction or relative word ("occupation because Putin decided").
4. **Negation.** A negator ("not", "never", "no", "non", "n't" forms, ...) among the three tokens
   before an evaluative word flips it and damps it by VADER's factor 0.74: "not support" is -0.74
   times the valence of "support". A negator is used up by the first word it flips: in "we do
   not recognise the illegitimate regime", "illegitimate" is not flipped.
5. **Contrast.** As in VADER, when the clause contains "but" (or "however"), words before it weigh
   0.5 and words after it 1.5.
6. **Mention score.** The weighted mean of its evaluative words' valences divided by 4 and clipped
   to [-1, 1], with weight ``contrast / distance`` (distance in tokens, at least 1): nearer words
   count more. A mention without any evaluative word scores 0.0.
7. **Mention label.** ``favour`` if its score >= ``threshold``, ``against`` if <= -``threshold``,
   else ``neither``.
8. **Quote.** Per target: ``stance_<id>_mentions`` (number of mentions), ``stance_<id>_favour``
   and ``stance_<id>_against`` (mentions with that label; the rest are neither), the score
   ``stance_<id>_score`` = the **mean of the mention scores** (mentions without evaluative words
   count 0.0; NaN when not mentioned), and the label ``stance_<id>``: ``favour`` when its favour
   mentions outnumber its against mentions, ``against`` for the reverse, else ``none``. So "We
   condemn Lukashenko. Lukashenko met Putin on Monday." is two mentions, one against and one
   neither, with the same score (-0.3125) and shares as one quote or as two.

**Languages.** Patterns and lexicon entries of every language live side by side in
``targets.yaml`` (a Cyrillic entry never matches an English word). The function words the rules
read (negators, contrast, the passive, agent markers, modals, owners, links) come from the quote's
language, :data:`LANGUAGES` of :mod:`discourse.measure.stance_language` (``score_stance`` reads
the ``lang`` column, else detects the language): Russian
(:data:`RUSSIAN`) also reads the genitive, so that "агрессия России" is Russia's aggression.

This is a first, rule-based method (see ``schema.MEASURES["stance"]`` for its measured accuracy on
hand-coded quotes, ``docs/validation.md``): it has no syntax, so it misreads evaluations aimed at a
nearby non-target (VADER's "peace" near "Russia tries to exchange peace for freedom"), sarcasm
and rhetorical questions, self-praise without evaluative words, and pronoun or description
references ("its aggression", "the aggressor").

References
----------
Hutto, C. J. & Gilbert, E. (2014). VADER: A Parsimonious Rule-based Model for Sentiment Analysis
of Social Media Text. ICWSM-14 (negation factor, "but" weights, lexicon).
Mohammad, S. et al. (2016). SemEval-2016 Task 6: Detecting Stance in Tweets (favour/against/none).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import pandas as pd

from discourse.measure.stance_language import (
    ENGLISH,
    LANGUAGES,
    RUSSIAN,
    StanceLanguage,
    stance_language,
)
from discourse.measure.targets import StanceLexicon, Target, load_stance_lexicon, load_targets
from discourse.text import sentence_spans, token_spans

__all__ = ["ENGLISH", "LANGUAGES", "RUSSIAN", "STANCE_LABELS", "MentionStance", "StanceLanguage",
           "StanceLexicon", "StanceRules", "Target", "TargetStance", "load_stance_lexicon", "load_targets",
           "score_stance", "score_stance_toward", "stance_label", "stance_language",
           "stance_mentions", "stance_of", "stance_toward"]

STANCE_LABELS: tuple[str, ...] = ("favour", "against", "none")
NEGATION_SCALAR = -0.74  # VADER's N_SCALAR
NEGATION_SCOPE = 3  # tokens before an evaluative word searched for a negator (as VADER)
CONTRAST_BEFORE, CONTRAST_AFTER = 0.5, 1.5  # VADER's weights around "but"
# The victim of a harmful act is presented as wronged (codebook: "a victim of unjust treatment" is
# favour): the act's valence, flipped and halved, since naming a victim is a weaker stance than
# naming a doer.
VICTIM_SCALAR = -0.5
VICTIM_DISTANCE = 3  # farthest victim from the act, in tokens ("attacked the Russian embassy")
# An attitude whose subject is a target mention at most this many tokens before it is that
# target's, reported by the speaker ("Putin supported Lukashenko", "Western documents accuse
# Russia"), not the speaker's own stance toward its object.
REPORTED_REACH = 4
ADVOCACY_SCALAR = 0.5
_CLAUSE_BREAK = re.compile(r"[;:]")


@dataclass(frozen=True)
class StanceRules:
    """Constants of the stance rules (module docstring).

    Attributes
    ----------
    window : int
        Farthest evaluative word counted, in tokens from the mention.
    threshold : float
        Smallest absolute mention score labelled ``favour`` / ``against``.
    vader_weight : float
        Factor on VADER valences (the stance lexicon's count 1).
    vader_min : float
        VADER words with a smaller absolute valence are ignored (mild, mostly ambiguous words:
        "commitments" 0.5, "fine" 0.8).
    """

    window: int = 12
    threshold: float = 0.05
    vader_weight: float = 1.0
    vader_min: float = 0.6

    def check(self, func: str) -> None:
        if isinstance(self.window, bool) or not isinstance(self.window, int) or self.window < 1:
            raise ValueError(f"The 'window' rule of {func} must be an int >= 1; got {self.window!r}.")
        if not 0.0 <= self.threshold < 1.0:
            raise ValueError(f"The 'threshold' rule of {func} must be in [0, 1); got "
                             f"{self.threshold!r}.")
        if not 0.0 <= self.vader_weight <= 1.0:
            raise ValueError(f"The 'vader_weight' rule of {func} must be in [0, 1]; got "
                             f"{self.vader_weight!r}.")


DEFAULT_RULES = StanceRules()


@dataclass(frozen=True)
class MentionStance:
    """One mention of a target: ``target`` id, character ``start``/``end``, ``score`` in [-1, 1]
    (0.0 without evaluative words), ``label`` (favour, against or neither)."""

    target: str
    start: int
    end: int
    score: float
    label: str


@dataclass(frozen=True)
class TargetStance:
    """A quote's stance toward one target, from its mentions (module docstring, step 8)."""

    mentions: int
    favour: int
    against: int
    score: float
    label: str


# --------------------------------------------------------------------------- matching


def _norm_token(tok: str) -> str:
    return tok.lower().replace("’", "'")


@dataclass(frozen=True)
class _Entry:
    words: tuple[str, ...]
    prefix: tuple[bool, ...]
    valence: float | None  # None: neutral (matched, then ignored)
    kind: str  # "directional", "agentive" or "evaluative"

    def matches(self, toks: Sequence[str], i: int) -> bool:
        if i + len(self.words) > len(toks):
            return False
        for k, (w, pre) in enumerate(zip(self.words, self.prefix, strict=True)):
            t = toks[i + k]
            if not (t.startswith(w) if pre else t == w):
                return False
        return True


class _Matcher:
    """Longest-match lookup of stance-lexicon entries, then VADER words, at a token position."""

    def __init__(self, lexicon: StanceLexicon, vader: Mapping[str, float],
                 language: StanceLanguage) -> None:
        entries = []
        for d, kind in ((lexicon.directional, "directional"), (lexicon.agentive, "agentive"),
                        (lexicon.possessor, "possessor"), (lexicon.demand, "demand"),
                        (lexicon.evaluative, "evaluative")):
            for key, val in d.items():
                entries.append(self._entry(key, val, kind))
        entries += [self._entry(key, None, "evaluative") for key in lexicon.neutral]
        entries += [self._entry(key, 0.0, "boundary") for key in lexicon.boundary]
        # Longest first; exact words before wildcards of the same length; then alphabetical.
        entries.sort(key=lambda e: (-len(e.words), sum(e.prefix), e.words))
        self.entries = entries
        self.vader = vader
        self.language = language

    @staticmethod
    def _entry(key: str, val: float | None, kind: str) -> _Entry:
        words = key.split()
        return _Entry(
            words=tuple(w.rstrip("*") for w in words),
            prefix=tuple(w.endswith("*") for w in words),
            valence=val,
            kind=kind,
        )

    def match(self, toks: Sequence[str], i: int) -> tuple[int, float | None, str, bool]:
        """(length, valence or None, kind, from VADER) of the entry matching at ``i``; length 0:
        none."""
        for e in self._candidates(toks[i]):
            if e.matches(toks, i):
                return len(e.words), e.valence, e.kind, False
        val = self.vader.get(toks[i])
        lang = self.language
        if val is not None and toks[i] not in lang.negators and toks[i] not in lang.contrast:
            return 1, float(val), "evaluative", True
        return 0, None, "evaluative", False

    @lru_cache(maxsize=65536)  # noqa: B019 - matcher objects are few and long-lived
    def _candidates(self, first: str) -> tuple[_Entry, ...]:
        return tuple(
            e
            for e in self.entries
            if (first.startswith(e.words[0]) if e.prefix[0] else first == e.words[0])
        )


@lru_cache(maxsize=8)
def _matcher(lexicon: StanceLexicon, language: StanceLanguage = ENGLISH) -> _Matcher:
    from discourse.measure.sentiment import sentiment_analyzer

    return _Matcher(lexicon, sentiment_analyzer().lexicon, language)


def _clauses(text: str) -> list[tuple[int, int]]:
    """Sentence spans further cut at semicolons and colons."""
    out = []
    for s, e in sentence_spans(text):
        start = s
        for m in _CLAUSE_BREAK.finditer(text, s, e):
            out.append((start, m.start()))
            start = m.end()
        out.append((start, e))
    return [(s, e) for s, e in out if e > s]


# --------------------------------------------------------------------------- scoring


@dataclass(frozen=True)
class _Eval:
    """An evaluative match in a clause: token range, signed valence, kind, contrast weight."""

    start: int
    end: int
    valence: float
    kind: str
    contrast: float


def _evaluations(toks: list[str], excluded: np.ndarray, matcher: _Matcher,
                 rules: StanceRules) -> list[_Eval]:
    """Evaluative matches of a clause, after negation and contrast."""
    lang = matcher.language
    contrast_at = next((i for i, t in enumerate(toks) if t in lang.contrast), None)
    out = []
    i = 0
    prev_end = 0  # end of the last matched word: a negator before it is used up by it
    while i < len(toks):
        if excluded[i]:
            i += 1
            continue
        length, val, kind, from_vader = matcher.match(toks, i)
        if length == 0 or excluded[i:i + length].any():
            i += 1
            continue
        if kind == "demand" and not any(t in lang.modals for t in toks[max(0, i - 2):i]):
            # without a modal the verb reports an act ("Russia withdrew"): read as VADER reads it
            val, kind, from_vader = matcher.vader.get(toks[i]), "evaluative", True
        if kind == "boundary":
            out.append(_Eval(i, i + length, 0.0, kind, 1.0))
        elif val is not None and not (from_vader and abs(val) < rules.vader_min):
            if from_vader:
                val *= rules.vader_weight
            # "not recognise the illegitimate regime": "not" negates "recognise", not the
            # evaluative words after it
            if any(lang.is_negator(t) for t in toks[max(0, i - NEGATION_SCOPE, prev_end):i]):
                val *= NEGATION_SCALAR
            contrast = 1.0
            if contrast_at is not None:
                contrast = CONTRAST_BEFORE if i < contrast_at else CONTRAST_AFTER
            if val != 0.0:
                out.append(_Eval(i, i + length, val, kind, contrast))
                prev_end = i + length
        i += length
    return [_reported(e, out, toks, excluded, lang) for e in out]


def _is_passive(toks: list[str], start: int, end: int, language: StanceLanguage) -> bool:
    """Whether the word at ``start:end`` is a passive participle after a form of "be"."""
    return toks[end - 1].endswith(language.participle_suffixes) and any(
        t in language.be_forms for t in toks[max(0, start - 2):start])


def _reported(e: _Eval, evals: list[_Eval], toks: list[str], excluded: np.ndarray,
              language: StanceLanguage) -> _Eval:
    """An active attitude word whose subject is a target mention (within ``REPORTED_REACH``
    tokens before it, no other attitude, act or verb of saying between) becomes ``reported``:
    it still separates subject from object but evaluates neither."""
    if e.kind != "directional" or _is_passive(toks, e.start, e.end, language):
        return e
    lo = max(0, e.start - REPORTED_REACH)
    lo = max([lo] + [x.end for x in evals if x.kind != "evaluative" and x.end <= e.start])
    if not excluded[lo:e.start].any():
        return e
    before = toks[max(0, e.start - 3):e.start]
    if (e.valence > 0 and not excluded[e.end:e.end + REPORTED_REACH].any()
            and not any(t in language.modals for t in before)
            and (not toks[e.end - 1].endswith(language.participle_suffixes)
                 or any(t in language.perfect for t in before))):
        # support of a cause, not of a target: the subject stands for it ("Russia will continue
        # to support the central role of the United Nations", "Belarus has always supported";
        # codebook: self-presentation); not a demand ("the West must recognise"), not a
        # participle ("Russia-backed formations", "the US and its allies supported the coup")
        return _Eval(e.start, e.end, e.valence * ADVOCACY_SCALAR, "advocacy", e.contrast)
    return _Eval(e.start, e.end, e.valence, "reported", e.contrast)


def _mention_score(toks: list[str], mention: tuple[int, int], evals: list[_Eval],
                   language: StanceLanguage, rules: StanceRules) -> float:
    """Weighted mean valence (divided by 4) of the evaluative words around one mention."""
    m_start, m_end = mention  # token indices, end exclusive
    is_agent = m_start > 0 and toks[m_start - 1] in language.agent_markers
    num = den = 0.0
    owned = language.owner is not None and bool(language.owner(toks[m_end - 1]))
    # the separators: attitudes, acts and verbs of saying, except the owner's own right after it
    verbs = [(e.start, e.end) for e in evals if e.kind not in ("evaluative", "possessor")
             and not (owned and e.start == m_end)]
    for e in evals:
        if e.kind in ("boundary", "reported"):
            continue
        if e.end <= m_start:
            dist, before, gap = m_start - e.end + 1, True, (e.end, m_start)
        elif e.start >= m_end:
            dist, before, gap = e.start - m_end + 1, False, (m_end, e.start)
        else:
            continue
        if dist > rules.window:
            continue
        # A verb between them separates subject side from object side: in "the EU condemned the
        # violent crackdown", "violent" describes the object, not the EU.
        if any(gap[0] <= a and b <= gap[1] for a, b in verbs):
            continue
        valence = e.valence
        if e.kind != "evaluative":
            passive = _is_passive(toks, e.start, e.end, language)
            if e.kind == "advocacy":
                applies = not before and not passive
            elif e.kind == "demand":
                # a demand on its subject: "Russia must withdraw" (not "we must stop Russia")
                applies = not before and not passive
            elif e.kind == "possessor":
                # a noun naming the act of the mention right before it ("Russia's proposal") or
                # of its agent ("a proposal by Russia")
                applies = (not before and dist == 1) or (before and is_agent and dist <= 3)
            elif e.kind == "directional":
                # the attitude of the subject toward the object: "we condemn X", "X was condemned"
                applies = (before and not passive and not is_agent) or (not before and passive)
            else:
                # an act that evaluates its doer: "X attacked", "X's aggression", "attacked by X"
                applies = ((not before and not passive) or (before and is_agent and dist <= 3)
                           or (before and dist == 1 and language.doer_after_noun is not None
                               and language.doer_after_noun(toks[m_start])))
                if not applies and e.valence < 0 and _is_victim(toks, m_start, before, passive,
                                                                 is_agent, dist, language):
                    valence = e.valence * VICTIM_SCALAR
                    applies = True
            if not applies:
                continue
        w = e.contrast / dist
        num += w * valence
        den += w
    if den == 0.0:
        return 0.0
    return float(np.clip(num / den / 4.0, -1.0, 1.0))


def _is_victim(toks: list[str], m_start: int, before: bool, passive: bool, is_agent: bool,
               dist: int, language: StanceLanguage) -> bool:
    """Whether a mention is the victim of an act next to it: its object ("NATO threatens Russia",
    "deaf to the Russian proposal") or the subject of its passive ("Russia was attacked"), but
    not its agent ("by X"), not after a word that may introduce either ("the invasion of X"),
    not across a conjunction or relative word ("occupation because Putin decided"), and not a
    genitive doer ("агрессия России")."""
    if not before:
        return passive
    if is_agent or dist > VICTIM_DISTANCE or (m_start > 0 and toks[m_start - 1]
                                              in language.doer_or_victim):
        return False
    if any(t in language.links for t in toks[m_start - dist + 1:m_start]):
        return False
    return not (language.doer_after_noun is not None and language.doer_after_noun(toks[m_start]))


def mention_label(score: float, *, threshold: float = DEFAULT_RULES.threshold) -> str:
    """``favour`` if score >= threshold, ``against`` if <= -threshold, else ``neither``."""
    if score >= threshold:
        return "favour"
    if score <= -threshold:
        return "against"
    return "neither"


def _clause_tokens(text: str, c_start: int, c_end: int) -> tuple[list[str], np.ndarray, np.ndarray]:
    tspans = [(c_start + a, c_start + b) for a, b in token_spans(text[c_start:c_end])]
    toks = [_norm_token(text[a:b]) for a, b in tspans]
    starts = np.array([a for a, _ in tspans], dtype=int)
    ends = np.array([b for _, b in tspans], dtype=int)
    return toks, starts, ends


def _tok_range(starts: np.ndarray, ends: np.ndarray, span: tuple[int, int]) -> tuple[int, int]:
    hit = np.nonzero((starts < span[1]) & (ends > span[0]))[0]
    return (int(hit[0]), int(hit[-1]) + 1) if len(hit) else (-1, -1)


def stance_mentions(
    text: str,
    targets: Sequence[Target],
    lexicon: StanceLexicon,
    *,
    rules: StanceRules = DEFAULT_RULES,
    language: StanceLanguage | None = None,
) -> list[MentionStance]:
    """Every mention of every target in ``text`` with its score and label (module docstring).

    Returns
    -------
    list of MentionStance
        In target order, then text order. A match that holds no word token (only punctuation
        between clauses) is not a mention.

    Examples
    --------
    >>> lex = load_stance_lexicon()
    >>> [(m.target, m.label) for m in stance_mentions(
    ...     "We condemn Lukashenko. Lukashenko met Putin on Monday.", load_targets(), lex)]
    [('lukashenko', 'against'), ('lukashenko', 'neither'), ('russia', 'neither')]
    """
    language = language if language is not None else stance_language(text)
    matcher = _matcher(lexicon, language)
    found = {t.id: t.mentions(text) for t in targets}
    all_spans = sorted(s for spans in found.values() for s in spans)
    if not all_spans:
        return []
    scored: dict[tuple[str, int, int], float] = {}
    for c_start, c_end in _clauses(text):
        inside = [s for s in all_spans if c_start <= s[0] < c_end]
        if not inside:
            continue
        toks, starts, ends = _clause_tokens(text, c_start, c_end)
        excluded = np.zeros(len(toks), dtype=bool)
        for span in inside:
            a, b = _tok_range(starts, ends, span)
            if a >= 0:
                excluded[a:b] = True
        evals = _evaluations(toks, excluded, matcher, rules)
        for tid, spans in found.items():
            for span in spans:
                if not c_start <= span[0] < c_end:
                    continue
                rng = _tok_range(starts, ends, span)
                if rng[0] >= 0:
                    scored[(tid, *span)] = _mention_score(toks, rng, evals, language, rules)
    out = []
    for t in targets:
        for a, b in found[t.id]:
            score = scored.get((t.id, a, b))
            if score is not None:
                out.append(MentionStance(t.id, a, b, score,
                                         mention_label(score, threshold=rules.threshold)))
    return out


def _target_stance(mentions: list[MentionStance]) -> TargetStance:
    if not mentions:
        return TargetStance(0, 0, 0, math.nan, "none")
    favour = sum(m.label == "favour" for m in mentions)
    against = sum(m.label == "against" for m in mentions)
    label = "favour" if favour > against else "against" if against > favour else "none"
    return TargetStance(len(mentions), favour, against,
                        float(np.mean([m.score for m in mentions])), label)


def stance_of(
    text: str,
    targets: Sequence[Target],
    lexicon: StanceLexicon,
    *,
    rules: StanceRules = DEFAULT_RULES,
    language: StanceLanguage | None = None,
) -> dict[str, TargetStance]:
    """Stance of one text toward each target, from its mentions (module docstring, step 8).

    Returns
    -------
    dict
        ``{target_id: TargetStance}`` for every target (``mentions == 0``, score NaN, label
        ``none`` when not mentioned).

    Examples
    --------
    >>> lex, targets = load_stance_lexicon(), load_targets()
    >>> s = stance_of("We condemn Lukashenko. Lukashenko met Putin on Monday.", targets, lex)
    >>> s["lukashenko"]
    TargetStance(mentions=2, favour=0, against=1, score=-0.3125, label='against')
    """
    by_target: dict[str, list[MentionStance]] = {t.id: [] for t in targets}
    for m in stance_mentions(text, targets, lexicon, rules=rules, language=language):
        by_target[m.target].append(m)
    return {tid: _target_stance(ms) for tid, ms in by_target.items()}


def stance_label(score: float, *, threshold: float = DEFAULT_RULES.threshold) -> str:
    """``favour`` if score >= threshold, ``against`` if <= -threshold, else (or NaN) ``none``."""
    if score is None or math.isnan(score):
        return "none"
    if score >= threshold:
        return "favour"
    if score <= -threshold:
        return "against"
    return "none"


def _resolve_targets(targets: Iterable[Target] | None) -> list[Target]:
    if targets is None:
        return load_targets()
    targets = list(targets)
    bad = [t for t in targets if not isinstance(t, Target)]
    if bad:
        raise ValueError(
            "The 'targets' parameter of score_stance must be a list of Target (see load_targets); "
            f"got {bad[:3]!r} instead."
        )
    ids = [t.id for t in targets]
    if len(set(ids)) != len(ids):
        raise ValueError(f"The 'targets' parameter of score_stance has duplicate ids: {ids}.")
    return targets


def score_stance(
    quotes: pd.DataFrame,
    targets: Sequence[Target] | None = None,
    *,
    text_col: str = "text",
    lexicon: StanceLexicon | None = None,
    rules: StanceRules = DEFAULT_RULES,
    lang_col: str = "lang",
) -> pd.DataFrame:
    """Add a rule-based stance toward each target to every quote.

    The rules (mentions, clause, directional and evaluative words, negation, contrast, distance
    weighting, mentions combined into a quote) are in the module docstring; in short, a mention's
    score is ``clip(sum(w_i * v_i) / sum(w_i) / 4, -1, 1)`` over the evaluative words ``i`` of its
    clause within ``window`` tokens, with ``v_i`` the (negation-adjusted) valence and ``w_i =
    contrast_i / distance_i``.

    Parameters
    ----------
    quotes : DataFrame
        One row per quote (or speech); uses ``text_col``, keeps every other column.
    targets : list of Target, default=None
        ``None`` loads ``data/targets.yaml``.
    text_col : str, default="text"
    lexicon : StanceLexicon, default=None
        ``None`` loads the ``stance_lexicon`` of ``data/targets.yaml``.
    rules : StanceRules, default=DEFAULT_RULES
        Window, thresholds and VADER weight.
    lang_col : str, default="lang"
        Column with each quote's language code, which picks the function words the rules read
        (negators, contrast, passive, agents: :data:`LANGUAGES`); when the column is absent or a
        value empty, the language is detected from the text. Patterns and lexicon entries of
        every language are matched together (a Cyrillic entry never matches English words).

    Returns
    -------
    DataFrame
        A copy of ``quotes`` (same rows, order and index) plus, per target in order,
        ``stance_<id>`` (``favour``, ``against`` or ``none``), ``stance_<id>_score`` (mean of the
        mention scores, in [-1, 1]; NaN when the quote does not mention the target),
        ``stance_<id>_mentions``, ``stance_<id>_favour``, ``stance_<id>_against`` (int counts of
        mentions).

    Raises
    ------
    ValueError
        If ``text_col`` is missing, ``targets`` is not a list of :class:`Target`, or a rule is out
        of range.

    Examples
    --------
    >>> q = pd.DataFrame({"text": ["We condemn Lukashenko's regime.", "Minsk is our closest ally."]})
    >>> score_stance(q)[["stance_lukashenko", "stance_lukashenko_score"]]
      stance_lukashenko  stance_lukashenko_score
    0           against                   -0.625
    1            favour                    0.500
    """
    if text_col not in quotes.columns:
        raise ValueError(
            f"The 'text_col' parameter of score_stance must name a column of quotes; "
            f"got {text_col!r}, columns are {list(quotes.columns)}."
        )
    rules.check("score_stance")
    targets = _resolve_targets(targets)
    lexicon = lexicon if lexicon is not None else load_stance_lexicon()
    none = {t.id: _target_stance([]) for t in targets}
    langs = quotes[lang_col].tolist() if lang_col in quotes.columns else [None] * len(quotes)
    rows = [stance_of(t, targets, lexicon, rules=rules, language=stance_language(t, code))
            if isinstance(t, str) else none
            for t, code in zip(quotes[text_col].tolist(), langs, strict=True)]
    out = quotes.copy()
    for t in targets:
        ts = [r[t.id] for r in rows]
        out[f"stance_{t.id}"] = pd.Series([s.label for s in ts], index=quotes.index, dtype=object)
        out[f"stance_{t.id}_score"] = pd.Series([s.score for s in ts], index=quotes.index,
                                                dtype="float64")
        for part in ("mentions", "favour", "against"):
            out[f"stance_{t.id}_{part}"] = pd.Series([getattr(s, part) for s in ts],
                                                     index=quotes.index, dtype="int64")
    return out


def stance_toward(
    text: str, start: int, end: int, lexicon: StanceLexicon, *,
    rules: StanceRules = DEFAULT_RULES, language: StanceLanguage | None = None,
) -> float:
    """Stance score toward one mention given by character offsets, by the rules of this module.

    The same clause, lexicon, negation, contrast and distance rules as :func:`stance_mentions`,
    but the mention is ``text[start:end]`` (e.g. a coded target span) instead of pattern matches,
    and only that mention's words are masked.

    Returns
    -------
    float
        In [-1, 1]; 0.0 when no evaluative word applies to the mention.
    """
    language = language if language is not None else stance_language(text)
    for c_start, c_end in _clauses(text):
        if not (c_start <= start < c_end or (start < c_start < end)):
            continue
        toks, starts, ends = _clause_tokens(text, c_start, c_end)
        a, b = _tok_range(starts, ends, (start, end))
        if a < 0:
            return 0.0
        excluded = np.zeros(len(toks), dtype=bool)
        excluded[a:b] = True
        evals = _evaluations(toks, excluded, _matcher(lexicon, language), rules)
        return _mention_score(toks, (a, b), evals, language, rules)
    return 0.0


def score_stance_toward(
    df: pd.DataFrame,
    *,
    text_col: str = "text",
    start_col: str = "start",
    end_col: str = "end",
    lexicon: StanceLexicon | None = None,
    rules: StanceRules = DEFAULT_RULES,
) -> pd.DataFrame:
    """Add the rule-based stance toward each row's mention, given by character offsets.

    Parameters
    ----------
    df : DataFrame
        One row per (text, mention): ``text_col`` and the mention's offsets ``start_col``,
        ``end_col`` (``0 <= start < end <= len(text)``, checked by the caller). Other columns kept.
    text_col, start_col, end_col : str, default="text", "start", "end"
    lexicon : StanceLexicon, default=None
        ``None`` loads the ``stance_lexicon`` of ``data/targets.yaml``.
    rules : StanceRules, default=DEFAULT_RULES

    Returns
    -------
    DataFrame
        A copy of ``df`` plus ``stance_score`` (float in [-1, 1], see :func:`stance_toward`)
        and ``stance`` (``favour``, ``against`` or ``none``, see :func:`stance_label`).

    Examples
    --------
    >>> df = pd.DataFrame({"text": ["We condemn Lukashenko's regime."], "start": [11], "end": [23]})
    >>> score_stance_toward(df)[["stance", "stance_score"]]
        stance  stance_score
    0  against        -0.625
    """
    rules.check("score_stance_toward")
    lexicon = lexicon if lexicon is not None else load_stance_lexicon()
    scores = [stance_toward(t, int(a), int(b), lexicon, rules=rules)
              for t, a, b in zip(df[text_col], df[start_col], df[end_col])]
    out = df.copy()
    out["stance_score"] = pd.Series(scores, index=df.index, dtype="float64")
    out["stance"] = pd.Series([stance_label(s, threshold=rules.threshold) for s in scores],
                              index=df.index, dtype=object)
    return out
