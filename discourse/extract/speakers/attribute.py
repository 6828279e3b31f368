"""Link each quote to its speaker: mention → canonical actor → camp.

:func:`discourse.extract.quotes.extract_quotes` records the speaker mention that the syntax of the
sentence gives (``…,” said Peskov``, ``According to her, …``). This stage resolves those mentions
(:func:`~discourse.extract.speakers.mentions.resolve_mention`) and fills in the quotes that have
none: a quote without a syntactic speaker continues the previous quote's speaker in the same or
the preceding paragraph (“A,” she said. “B.”), or takes the speaker introduced by a line ending in
a colon, or named in the previous or next sentence.

Each row records the rule that attributed it (``attribution``) and a ``confidence`` in [0, 1].
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from discourse.core import schema
from discourse.core.runtime import collector_paused
from discourse.extract.speakers.lang import DEFAULT_LANGUAGE, speaker_language
from discourse.extract.speakers.language import SpeakerLanguage
from discourse.extract.speakers.mentions import is_medium, resolve_mention
from discourse.extract.speakers.resolver import Resolver
from discourse.text import paragraph_spans, sentence_end, sentence_start

if TYPE_CHECKING:  # the tables; ``attribute_rows`` reads and returns plain rows (no pandas)
    import pandas as pd

__all__ = ["ATTRIBUTION_READ", "ATTRIBUTION_WRITTEN", "RULE_CONFIDENCE", "article_date",
           "attribute_rows", "attribute_speakers"]

# Confidence of each attribution rule: the share of the quotes it attributed whose speaker was
# right (mention or actor) on the English Wikinews gold, dev split (issue 14;
# bench/attribution_rules.py), Laplace-smoothed ((right + 1) / (n + 2)) and rounded; n on dev in
# the comment. Rules too rare on dev to measure (n < 5) keep the prior they had.
RULE_CONFIDENCE: dict[str, float] = {
    "embedded_signature": 0.95,  # prior (n=0)
    "signature_line": 0.9,  # prior (n=0): a block quote signed on the line below
    "cue_before": 0.97,  # 75/76
    "pronoun": 0.96,  # 21/21
    "cue_after": 0.9,  # 8/8
    "unresolved": 0.94,  # 64/67: the mention is right, the speaker not resolved
    "medium": 0.9,  # 8/8: the outlet that reports, as the gold names it
    "previous_sentence": 0.8,  # prior (n=0)
    "continuation": 0.84,  # 15/17
    "according_to": 0.75,  # 8/10
    "role_description": 0.7,  # prior (n=1)
    "colon_line": 0.7,  # prior (n=0)
    "next_sentence": 0.5,  # prior (n=0)
    "none": 0.0,  # 0/4: no speaker at all
}

def _date_of(articles: pd.DataFrame) -> dict[str, str | None]:
    # .tolist() gives the same Python values as iterating the column, much faster for
    # Arrow-backed string columns
    if "date" not in articles.columns:
        return {str(d): None for d in articles["doc_id"].tolist()}
    return {str(d): article_date(v) for d, v in zip(articles["doc_id"].tolist(),
                                                     articles["date"].tolist(), strict=True)}


def article_date(value: Any) -> str | None:
    """An article's date as the rules read it: ``YYYY-MM-DD`` (the first ten characters of the
    value), else None (empty, missing or no date)."""
    v = "" if value is None or (isinstance(value, float) and value != value) else str(value)[:10]
    return v if re.fullmatch(r"\d{4}-\d{2}-\d{2}", v) else None


def _colon_line(text: str, ps: int, pe: int, lang: SpeakerLanguage) -> tuple[int, int] | None:
    """The introducer in a paragraph ending with a colon: "And from the chairwoman:"."""
    para = text[ps:pe].rstrip()
    if not para.endswith(":"):
        return None
    m = lang.colon_intro.search(para)
    if m:
        return ps + m.start(1), ps + m.end(1)
    return None


class _Paragraphs:
    """Paragraph spans of an article, split only when a quote needs a fallback rule."""

    def __init__(self, text: str):
        self.text = text
        self._spans: list[tuple[int, int]] | None = None
        self._starts: list[int] = []

    @property
    def spans(self) -> list[tuple[int, int]]:
        if self._spans is None:
            self._spans = paragraph_spans(self.text)
            self._starts = [p[0] for p in self._spans]
        return self._spans

    def index(self, pos: int) -> int:
        """Index of the paragraph holding ``pos`` (the first one for leading whitespace)."""
        self.spans  # noqa: B018 - split on first use
        return max(bisect.bisect_right(self._starts, pos) - 1, 0)


class _Quote:
    """One quote row as the rules read and fill it (slots: a document may hold 600,000)."""

    __slots__ = ("i", "doc_id", "start", "end", "kind", "speaker_mention", "mention_start",
                 "mention_end", "rule", "speaker", "camp", "attribution", "confidence")

    def __init__(self, i: int, doc_id: Any, start: int, end: int, kind: str, mention: Any,
                 ms: int, me: int, rule: Any) -> None:
        self.i, self.doc_id, self.start, self.end, self.kind = i, doc_id, int(start), int(end), kind
        self.speaker_mention = mention if isinstance(mention, str) else ""
        self.mention_start, self.mention_end = int(ms), int(me)
        self.rule = str(rule or "none")
        self.speaker: str | None = None
        self.camp = "unknown"
        self.attribution = "none"
        self.confidence = 0.0


def _attribute_doc(
    rows_in: list[_Quote], text: str, registry: Any, on: str | None,
    lang: SpeakerLanguage = DEFAULT_LANGUAGE,
) -> None:
    """Attribute the quotes of one article, filling ``rows_in`` (sorted by start, end) in place."""
    spans = [(r.start, r.end) for r in rows_in
             if r.kind in ("direct", "nested", "partial", "embedded")]
    res = Resolver(text, registry, on, spans, lang)
    paras = _Paragraphs(text)

    prev: _Quote | None = None
    for row in rows_in:
        mention = row.speaker_mention
        ms, me = row.mention_start, row.mention_end
        rule = row.rule
        if ms >= 0 and mention and lang.names_nobody(mention):
            # "audibly", "a concept": a word the rules took for a speaker; as if none was found
            mention, ms, me, rule = "", -1, -1, "none"
        actor, name = None, None
        if ms >= 0 and mention:
            actor, name, how = resolve_mention(res, mention, ms)
            if how:
                rule = how if how != "unresolved" or name is None else rule
                if how == "unresolved" and name is None:
                    rule = "unresolved"
        elif row.kind != "indirect":
            got = _fallback(res, row, prev, paras.spans, paras.index, text)
            if got is not None:
                actor, name, rule, ms, me = got
                mention = text[ms:me] if ms >= 0 else ""
        if row.kind == "nested" and ms < 0:
            actor, name, rule = None, None, "none"
        speaker = actor.name if actor is not None else name
        camp = registry.camp_of(actor, on=on) if actor is not None else "unknown"
        conf = RULE_CONFIDENCE.get(rule, 0.5)
        if speaker is None and rule not in ("none", "medium"):
            # a rule that found no speaker is as good as its mention
            conf = min(conf, RULE_CONFIDENCE["unresolved"])
        if speaker is None and ms < 0:
            rule, conf = "none", 0.0
        row.speaker_mention, row.mention_start, row.mention_end = mention, ms, me
        row.speaker, row.camp, row.attribution, row.confidence = speaker, camp, rule, float(conf)
        if ms >= 0 and speaker is not None and row.kind != "nested":
            res.add(ms, actor, speaker)
        if row.kind in ("direct", "partial", "embedded"):
            prev = row


def _people_between(res: Resolver, lo: int, hi: int) -> list:
    """The registry's people among the entities at offsets ``[lo, hi)`` (by bisection: a long
    document has many)."""
    ents = res.entities_before(hi)
    a = bisect.bisect_left(ents, lo, key=_position)
    b = bisect.bisect_left(ents, hi, key=_position)
    return [e for e in ents[a:b] if e.actor is not None and e.kind == "person"]


def _position(ent) -> int:
    return ent.pos


def _alone_in_paragraph(text: str, para: tuple[int, int], start: int, end: int) -> bool:
    """Is the quote at ``[start, end)`` all its paragraph holds, but for its marks?"""
    ps, pe = para
    return not text[ps:start].strip(" \t\"'“”‘’«»") and not text[end:pe].strip(" \t\"'“”‘’«».")


def _signature(res: Resolver, text: str, para: tuple[int, int]):
    """``(actor, name, "signature_line", ms, me)`` when the paragraph ``para`` signs the quote
    above it, else None."""
    ps, pe = para
    if pe - ps > 120:
        return None
    m = res.lang.signature_line.fullmatch(text, ps, pe)
    if m is None:
        return None
    ms, me = m.span("name")
    if is_medium(res.registry, text[ms:me]):
        return None
    actor, name, _ = resolve_mention(res, text[ms:me], ms)
    return actor, name or text[ms:me], "signature_line", ms, me


def _fallback(res: Resolver, row: _Quote, prev: _Quote | None, paras, para_index, text: str):
    """Speaker of a quote without a syntactic mention: continuation, colon line, neighbours."""
    start, end = row.start, row.end
    p = para_index(start)
    # a block quote signed on the line below ("— Kathleen Parker, The Washington Post")
    if row.kind == "direct" and p + 1 < len(paras) and _alone_in_paragraph(text, paras[p], start,
                                                                           end):
        got = _signature(res, text, paras[p + 1])
        if got is not None:
            return got
    # a quote continuing the previous one: same paragraph, or the paragraph right after it
    # ("A,” she said. “B.”: B's mention is the one after A's closing mark, resolved or not)
    if prev is not None and prev.mention_start >= 0:
        pp = para_index(prev.end)
        if (pp == p or pp == p - 1) and start - prev.end < 400:
            actor = (res.name(prev.speaker) if prev.camp != "unknown" and prev.speaker
                     else None)
            return (actor, prev.speaker, "continuation", prev.mention_start, prev.mention_end)
    # "And from the chairwoman:" on the line before
    if p > 0:
        ps, pe = paras[p - 1]
        span = _colon_line(text, ps, pe, res.lang)
        if span is not None:
            mention = text[span[0] : span[1]]
            actor, name, how = resolve_mention(res, mention, span[0])
            if name is not None:
                return actor, name, "colon_line", span[0], span[1]
    # the speaker named in the previous or the next sentence
    ps, pe = paras[p]
    lo = sentence_start(text, ps, start)
    prev_lo = sentence_start(text, paras[p - 1][0] if lo == ps and p > 0 else ps, max(lo - 1, 0))
    cand = _people_between(res, prev_lo, lo)
    if cand:
        ent = cand[-1]
        return ent.actor, ent.name, "previous_sentence", -1, -1
    hi = sentence_end(text, end + 1, pe) if end + 1 < pe else pe
    nxt_end = sentence_end(text, hi + 1, pe) if hi + 1 < pe else hi
    cand = _people_between(res, hi, nxt_end)
    if cand:
        ent = cand[0]
        return ent.actor, ent.name, "next_sentence", -1, -1
    return None


# The columns the rules read, and those they write.
ATTRIBUTION_READ = _READ = ("doc_id", "start", "end", "kind", "speaker_mention", "mention_start",
                            "mention_end", "_rule")
ATTRIBUTION_WRITTEN = _WRITTEN = ("speaker_mention", "mention_start", "mention_end", "speaker",
                                  "camp", "attribution", "confidence")


@collector_paused
def attribute_speakers(
    quotes: pd.DataFrame, articles: pd.DataFrame, registry: Any
) -> pd.DataFrame:
    """Resolve each quote's speaker to a canonical actor and camp.

    Parameters
    ----------
    quotes : DataFrame
        The quotes table from :func:`discourse.extract.quotes.extract_quotes` (helper column ``_rule``
        is used when present).
    articles : DataFrame
        Articles table; uses ``doc_id``, ``text`` and, when present, ``date`` (ISO) to pick the
        role an actor held on that day.
    registry : discourse.extract.actors.ActorRegistry

    Returns
    -------
    attributed : DataFrame
        The quotes rows (same order: ``doc_id, start``) with ``speaker_mention``/``mention_start``/
        ``mention_end`` filled where a rule found one, plus ``speaker`` (canonical actor name; for
        people not in the registry the most complete form of their name in the article; ``""``
        when unresolved), ``camp`` (``registry.camp_of`` at the article date; ``"unknown"`` when
        not resolved to an actor), ``attribution`` (the rule: ``cue_after``, ``cue_before``,
        ``according_to``, ``pronoun``, ``role_description``, ``previous_sentence``,
        ``embedded_signature``, ``signature_line``, ``continuation``, ``colon_line``, ``next_sentence``,
        ``unresolved``, ``medium``, ``none``) and ``confidence`` in [0, 1].
    """
    for col in ("doc_id", "text"):
        if col not in articles.columns:
            raise ValueError(f"attribute_speakers: the articles table has no {col!r} column.")
    texts = {str(d): t for d, t in zip(articles["doc_id"].tolist(), articles["text"].tolist(),
                                        strict=True)}
    dates = _date_of(articles)
    langs = ({str(d): v for d, v in zip(articles["doc_id"].tolist(), articles["lang"].tolist(),
                                         strict=True)}
             if "lang" in articles.columns else {})
    if not langs and "lang" in quotes.columns:
        # the extractor detected each article's language and wrote it on its quotes
        langs = {str(d): v for d, v in zip(quotes["doc_id"].tolist(), quotes["lang"].tolist(),
                                           strict=True)}
    if "_rule" not in quotes.columns:
        quotes = quotes.assign(_rule=["cue_before" if s >= 0 else "none"
                                      for s in quotes["mention_start"]])
    # Plain Python rows for the whole chunk, holding only what the rules read and write (a
    # document of 600,000 quotes must fit in memory): per-article DataFrame slicing and to_dict
    # cost more than the attribution itself. The columns are set on the table at the end.
    values = [quotes[c].tolist() for c in _READ]
    records = attribute_rows(zip(*values, strict=True), texts, dates, langs, registry)
    del values
    cols = list(schema.TABLES["attributed"]["fields"])
    extra = [c for c in quotes.columns if c not in cols]
    df = quotes.reset_index(drop=True)
    new = {c: [getattr(rec, c) for rec in records] for c in _WRITTEN}
    del records
    df = df.assign(**new)[cols + extra]
    if len(df):
        df = df.sort_values(["doc_id", "start", "end"], kind="mergesort").reset_index(drop=True)
    # unresolved is the empty string (schema: "empty when unresolved"), never None/NaN
    df["speaker"] = df["speaker"].astype(object).where(df["speaker"].notna(), "").astype(str)
    for c in ("start", "end", "mention_start", "mention_end"):
        df[c] = df[c].astype("int64")
    df["confidence"] = df["confidence"].astype(float)
    return schema.enforce_schema(df, "attributed")


def attribute_rows(
    rows: Iterable[tuple], texts: Mapping[str, str], dates: Mapping[str, str | None],
    langs: Mapping[str, Any], registry: Any,
) -> list[_Quote]:
    """The attribution of :func:`attribute_speakers` on plain rows, without a table.

    Before: one tuple per quote of the values of ``ATTRIBUTION_READ`` (``_rule``: the syntactic
    rule of the extractor, or ``"none"``), and per ``doc_id`` (as a string) its text, its date
    (:func:`article_date`) and its language code. After: one row per quote in the same order,
    whose attributes ``ATTRIBUTION_WRITTEN`` hold what :func:`attribute_speakers` writes in
    those columns (``speaker`` None when unresolved: the table has ``""``).
    """
    records = [_Quote(i, *vals) for i, vals in enumerate(rows)]
    by_doc: dict[Any, list[_Quote]] = {}
    for rec in records:
        by_doc.setdefault(rec.doc_id, []).append(rec)
    for doc_id in sorted(by_doc):
        text = texts.get(str(doc_id))
        if text is None:
            raise ValueError(f"attribute_speakers: quotes refer to doc_id {doc_id!r}, which is "
                             "not in the articles table.")
        group = sorted(by_doc[doc_id], key=lambda r: (r.start, r.end))
        _attribute_doc(group, text, registry, dates.get(str(doc_id)),
                       speaker_language(langs.get(str(doc_id))))
    return records
