"""Link each quote to its speaker: mention → canonical actor → camp.

:func:`discourse.extract.quotes.extract_quotes` records the speaker mention that the syntax of the
sentence gives (``…,” said Peskov``, ``According to her, …``). This stage resolves those mentions
and fills in the quotes that have none:

- names resolve through the registry (aliases, transliterations, titles), else to the most
  complete form of that name seen in the article (``Miller`` → ``John Miller``), camp ``unknown``;
- pronouns (``he``, ``she``, ``they``, ``it``, ``him``, ``her``) resolve to the most recent
  compatible actor mentioned outside quotation marks (gender for persons, organisations for
  ``it``/``they``);
- role descriptions (``the Lithuanian diplomat``) resolve to the most recent earlier actor the
  registry finds compatible, else to the one actor the description identifies on its own;
- media are never speakers (``RIA Novosti quoted him as saying`` → the speaker is *him*);
- a quote without a syntactic speaker continues the previous quote's speaker in the same or the
  preceding paragraph (“A,” she said. “B.”), or takes the speaker introduced by a line ending in
  a colon, or named in the previous or next sentence.

Each row records the rule that attributed it (``attribution``) and a ``confidence`` in [0, 1].
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import pandas as pd

from discourse.core import schema
from discourse.core.runtime import collector_paused
from discourse.text import paragraph_spans, sentence_end, sentence_start

__all__ = ["attribute_speakers", "RULE_CONFIDENCE"]

# Confidence of each attribution rule: how often the rule names the right speaker in news text
# (ordered by how direct the evidence is; checked on the seed gold, not calibrated).
RULE_CONFIDENCE: dict[str, float] = {
    "embedded_signature": 0.95,
    "cue_after": 0.9,
    "cue_before": 0.9,
    "according_to": 0.9,
    "previous_sentence": 0.8,
    "pronoun": 0.75,
    "role_description": 0.7,
    "colon_line": 0.7,
    "continuation": 0.65,
    "next_sentence": 0.5,
    "unresolved": 0.3,
    "medium": 0.2,
    "none": 0.0,
}

_MALE = frozenset("he him his himself".split())
_FEMALE = frozenset("she her hers herself".split())
_PLURAL = frozenset("they them their theirs themselves".split())
_NEUTER = frozenset("it its itself".split())
_FIRST_SECOND = frozenset("i me my we us our you your".split())
_PRONOUNS = _MALE | _FEMALE | _PLURAL | _NEUTER
_TRAILING_HANDLE = re.compile(r"\s*\(@\w+\)\s*$")
_DETERMINERS = frozenset(
    "the a an this that these those his her their its our some many several most all both each "
    "every other another few no one two three".split()
)
# Words that make a description but name nobody on their own ("some", "others", "many").
_EMPTY_DESCRIPTIONS = frozenset(
    "some someone somebody others other many several few most all people one they".split()
)
# Titles stripped when looking for the surname of an unknown person.
_TITLES = frozenset(
    """mr mrs ms miss dr prof sen senator rep representative gov governor gen general col lt
    sgt capt president vice prime minister secretary chairman chairwoman chair speaker mayor
    judge justice ambassador commissioner spokesman spokeswoman spokesperson leader
    former deputy acting chief sir lady lord""".replace(".", "").split()
)
_NAME_RUN = re.compile(
    r"(?:[A-Z][\w'’\-]*\.?|[A-Z]\.)(?:\s+(?:[A-Z][\w'’\-]*\.?|[A-Z]\.|de|van|von|bin|al|la|le)"
    r"){0,4}"
)

_MENTION_WORD = re.compile(r"[\w'’\-.]+")
_DESCRIPTION_WORD = re.compile(r"[\w'’\-]+")


@dataclass(slots=True)
class _Entity:
    """Someone mentioned in the text, for pronoun and description resolution."""

    pos: int
    actor: Any  # discourse.extract.actors.Actor or None
    name: str | None  # canonical name, or the name as written for unknown people
    gender: str | None
    kind: str  # person | organisation | unknown


def _date_of(articles: pd.DataFrame) -> dict[str, str | None]:
    # .tolist() gives the same Python values as iterating the column, much faster for
    # Arrow-backed string columns
    if "date" not in articles.columns:
        return {str(d): None for d in articles["doc_id"].tolist()}
    out: dict[str, str | None] = {}
    for d, v in zip(articles["doc_id"].tolist(), articles["date"].tolist(), strict=True):
        v = "" if v is None or (isinstance(v, float) and v != v) else str(v)[:10]
        out[str(d)] = v if re.fullmatch(r"\d{4}-\d{2}-\d{2}", v) else None
    return out


def _name_form(run: str) -> tuple[str, str] | None:
    """``(surname key, name)`` of a capitalised run, titles dropped; None when all are titles."""
    words = [w for w in run.split() if w.strip(".").lower() not in _TITLES]
    if not words:
        return None
    return words[-1].lower(), " ".join(words)


# The same runs recur in every article ("The", "But", "White House"): each distinct run is split
# and stripped of titles once per process, not once per occurrence.
_name_form_cached = lru_cache(maxsize=1 << 14)(_name_form)


def _fullest(forms: dict[str, int]) -> str:
    """The form to prefer: with two words or more, then the most frequent, then the longest
    (the first of them in sorted order on a tie)."""
    if len(forms) == 1:
        return next(iter(forms))
    return max(sorted(forms), key=lambda f: (" " in f, forms[f], len(f)))


class _FullNames:
    """Surname → the most complete name ending in it seen in the text.

    Forms are counted as whole capitalised runs (titles dropped); the most frequent form with
    at least two words wins, then the longer one, so that "national leader of Belarus Svetlana
    Tikhanovskaya" does not make "Belarus" part of her name when "Svetlana Tikhanovskaya" also
    occurs on its own.

    An article has dozens of capitalised runs and one or two unknown speakers: the runs are
    found once, but only those that may end in a surname asked for are read.
    """

    def __init__(self, text: str):
        # (run, occurrences, run lower-cased), each distinct run once (Counter counts in C)
        self._runs = [(run, n, run.lower())
                      for run, n in Counter(_NAME_RUN.findall(text)).items()]
        self._best: dict[str, str] = {}

    def get(self, key: str, default: str) -> str:
        """The fullest form for surname ``key`` (lower-cased), ``default`` when none ends in it."""
        best = self._best.get(key)
        if best is None:
            forms = self._forms_of(key)
            if not forms:
                return default
            best = self._best[key] = _fullest(forms)
        return best

    def _forms_of(self, key: str) -> dict[str, int]:
        """Name form -> occurrences, over the runs whose surname key is ``key``."""
        forms: dict[str, int] = {}
        for run, n, low in self._runs:
            # A run's key is one of its words lower-cased, hence a part of the run lower-cased:
            # str.lower maps each character on its own. The Greek capital sigma is the one
            # exception (its lower case depends on its neighbours): runs with one are read.
            if key in low or "Σ" in run:
                form = _name_form_cached(run)
                if form is not None and form[0] == key:
                    forms[form[1]] = forms.get(form[1], 0) + n
        return forms


# How many earlier entity mentions a pronoun or role description may reach back to.
_LOOKBACK = 60


def _position(ent: _Entity) -> int:
    return ent.pos


class _Resolver:
    """Per-article state: actor mentions outside quotes and speakers resolved so far."""

    def __init__(self, text: str, registry: Any, on: str | None, quote_spans: list[tuple[int, int]]):
        self.text = text
        self.registry = registry
        self.on = on
        self.quote_spans = sorted(quote_spans)
        # Quote spans of one article may nest or overlap; a running maximum of their ends lets
        # one bisection answer "is this offset inside any quote?".
        self._q_starts = [s for s, _ in self.quote_spans]
        self._q_max_end: list[int] = []
        top = -1
        for _, e in self.quote_spans:
            top = max(top, e)
            self._q_max_end.append(top)
        # Entities (actor mentions outside quotes, speakers added) sorted by position, so that
        # "the most recent entity before pos" is a bisection plus a short walk backwards. Most
        # rules need none, and those that do look back from the quote: the text is scanned for
        # mentions only up to the furthest offset asked for (see entities_before).
        self._entities: list[_Entity] = []
        self._scanned_to = 0
        self._full_names: _FullNames | None = None

    def entities_before(self, end: int) -> list[_Entity]:
        """The entities, complete (as if the whole text were scanned) before offset ``end``."""
        if end > self._scanned_to:
            self._scan(self._scanned_to, end)
        return self._entities

    def _scan(self, start: int, end: int) -> None:
        """Add the mentions outside quotes that start in ``[start, end)``.

        Entities at ``start`` or after are speakers added (add()); a mention goes before those
        at its offset, as when the whole text was scanned before any was added.
        """
        find = getattr(self.registry, "find_mentions_in", None)
        if find is None:  # a registry without it: the whole text at once
            found = self.registry.find_mentions(self.text, on=self.on)
            end = len(self.text)
        else:
            found = find(self.text, start, end, on=self.on)
        ents = self._entities
        for m in found:
            if not self._in_quote(m.start):
                ent = self._entity(m.start, m.actor)
                ents.insert(bisect.bisect_left(ents, m.start, key=_position), ent)
        self._scanned_to = end

    @property
    def full_names(self) -> _FullNames:
        """Surname -> fullest form (:class:`_FullNames`), found only when a name is unknown."""
        if self._full_names is None:
            self._full_names = _FullNames(self.text)
        return self._full_names

    def _in_quote(self, pos: int) -> bool:
        k = bisect.bisect_right(self._q_starts, pos) - 1
        # spans starting at or before pos: the one reaching furthest decides
        return k >= 0 and pos < self._q_max_end[k]

    def _entity(self, pos: int, actor: Any) -> _Entity:
        return _Entity(pos, actor, actor.name, actor.gender, actor.kind)

    def add(self, pos: int, actor: Any, name: str | None) -> None:
        if actor is not None:
            bisect.insort_right(self._entities, self._entity(pos, actor), key=_position)
        elif name:
            bisect.insort_right(self._entities, _Entity(pos, None, name, None, "unknown"),
                                key=_position)

    def _before(self, pos: int) -> Iterator[_Entity]:
        """Entities before ``pos``, most recent first, at most ``_LOOKBACK`` of them.

        The bound keeps attribution linear in the length of the text: a pronoun or a role
        description refers back a few paragraphs, not to the 500th name before it.
        """
        ents = self.entities_before(pos)
        k = bisect.bisect_left(ents, pos, key=_position)
        for i in range(k - 1, max(-1, k - 1 - _LOOKBACK), -1):
            yield ents[i]

    # -- the rules -----------------------------------------------------------------------------

    def pronoun(self, word: str, pos: int) -> _Entity | None:
        """Most recent compatible entity before ``pos``."""
        w = word.lower()
        for ent in self._before(pos):
            if w in _MALE and ent.kind != "organisation" and ent.gender in ("male", None):
                return ent
            if w in _FEMALE and ent.kind != "organisation" and ent.gender in ("female", None):
                return ent
            if w in _NEUTER and ent.kind == "organisation":
                return ent
            if w in _PLURAL and ent.kind == "organisation":
                return ent
        return None

    def description(self, desc: str, pos: int) -> tuple[Any, str] | None:
        """Resolve a role description to an actor: recency + compatibility, else unique."""
        if _describes_nobody(desc):
            return None
        seen: set[str] = set()
        for ent in self._before(pos) if self._describes_any(desc) else ():
            if ent.actor is None or ent.name in seen:
                continue
            seen.add(ent.name)
            if self.registry.compatible(ent.actor, desc, on=self.on):
                return ent.actor, "role_description"
        actor = self.registry.resolve_description(desc, on=self.on)
        if actor is not None:
            return actor, "role_description"
        return None

    def _describes_any(self, desc: str) -> bool:
        """Can ``desc`` fit any actor? When not, no earlier entity is compatible, and the text
        need not be scanned for them."""
        test = getattr(self.registry, "describes_any", None)
        return test is None or test(desc, on=self.on)

    def name(self, mention: str) -> Any:
        """Registry actor named by ``mention`` (a name, possibly with title or description)."""
        actor = self.registry.lookup(mention, on=self.on)
        if actor is not None:
            return actor
        found = self.registry.find_mentions(mention, on=self.on)
        if not found:
            return None
        # "the press secretary of the President of Russia Dmitry Peskov": the name at the end
        # is the head of the appositive; people before organisations.
        people = [m for m in found if m.actor.kind == "person"]
        pick = max(people or found, key=lambda m: m.end)
        return pick.actor

    def unknown_name(self, mention: str) -> str | None:
        """The most complete form of an unknown person's name seen in the article."""
        parts = _name_in_mention(mention)
        if parts is None:
            return None
        name, last = parts
        full = self.full_names.get(last.lower(), name)
        return full if len(full) > len(name) and full.endswith(last) else name


@lru_cache(maxsize=8192)
def _name_in_mention(mention: str) -> tuple[str, str] | None:
    """``(name, its last word)`` of an unknown person's mention, titles dropped; None when the
    mention names nobody. Depends on the mention only: cached, as speakers recur."""
    words = _MENTION_WORD.findall(mention)
    caps = [w for w in words if w[:1].isupper() and w.strip(".").lower() not in _TITLES]
    if not caps:
        return None
    # the final capitalised run: "Ohio Gov. John Kasich" → "John Kasich"
    run: list[str] = []
    for w in reversed(words):
        if w[:1].isupper() and w.strip(".").lower() not in _TITLES:
            run.insert(0, w)
        elif run:
            break
    if not run:
        return None
    if words[: len(run)] == run and len(words) > len(run):
        # "Members of the committee": a capitalised head noun opening a description
        return None
    return " ".join(run), run[-1]


@lru_cache(maxsize=8192)
def _describes_nobody(desc: str) -> bool:
    """True for a description without words beyond determiners and empty ones ("some of
    them"); depends on the description only, so cached."""
    words = [w for w in _DESCRIPTION_WORD.findall(desc.lower()) if w not in _DETERMINERS]
    return not words or all(w in _EMPTY_DESCRIPTIONS for w in words)


def _is_medium(registry: Any, mention: str) -> bool:
    try:
        return bool(registry.is_medium(mention))
    except Exception:  # noqa: BLE001 - a registry without media support has none
        return False


def _resolve_mention(res: _Resolver, mention: str, ms: int) -> tuple[Any, str | None, str]:
    """``(actor, speaker name, rule)`` for a syntactic mention; rule '' keeps the syntactic one."""
    # "Linas Linkevicius (@LinkeviciusL)": the name before the handle
    if "@" in mention:
        mention = _TRAILING_HANDLE.sub("", mention) or mention
    low = mention.lower().strip()
    if low in _PRONOUNS:
        ent = res.pronoun(low, ms)
        if ent is None:
            return None, None, "unresolved"
        return ent.actor, ent.name, "pronoun"
    if low in _FIRST_SECOND or low in _EMPTY_DESCRIPTIONS:
        return None, None, ""
    if _is_medium(res.registry, mention):
        return None, None, "medium"
    first = low.split()[0]
    if first in _DETERMINERS or mention[:1].islower():
        # A description; a name at its end wins ("the press secretary … Dmitry Peskov").
        found = res.registry.find_mentions(mention, on=res.on)
        people = [m for m in found if m.actor.kind == "person" and m.end >= len(mention) - 1]
        if people:
            return people[-1].actor, people[-1].actor.name, ""
        got = res.description(mention, ms)
        if got is not None:
            return got[0], got[0].name, got[1]
        orgs = [m for m in found if m.actor.kind != "person"]
        if orgs:
            return orgs[-1].actor, orgs[-1].actor.name, ""
        return None, None, "unresolved"
    actor = res.name(mention)
    if actor is not None:
        return actor, actor.name, ""
    # "Russian President", "Lithuanian diplomat"; a mention that is a run of capitalised words
    # is taken for a name, so its description would not be used: it is not resolved at all
    if not _NAME_RUN.fullmatch(mention.strip()):
        got = res.description(mention, ms)
        if got is not None:
            return got[0], got[0].name, got[1]
    return None, res.unknown_name(mention), "unresolved"


def _colon_line(text: str, ps: int, pe: int) -> tuple[int, int] | None:
    """The introducer in a paragraph ending with a colon: "And from the chairwoman:"."""
    para = text[ps:pe].rstrip()
    if not para.endswith(":"):
        return None
    m = re.search(r"(?:from|by|of)\s+((?:the\s+)?[\w'’\-. ]{2,80}?)\s*:$", para, re.IGNORECASE)
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


def _attribute_doc(
    rows_in: list[dict[str, Any]], text: str, registry: Any, on: str | None
) -> list[dict[str, Any]]:
    """Attribute the quotes of one article; ``rows_in`` are its quote rows sorted by start, end.

    The rows are filled in place and returned: they are the records :func:`attribute_speakers`
    made for this call, so a copy of each would only cost time.
    """
    spans = [
        (int(r["start"]), int(r["end"]))
        for r in rows_in
        if r["kind"] in ("direct", "nested", "partial", "embedded")
    ]
    res = _Resolver(text, registry, on, spans)
    paras = _Paragraphs(text)

    rows: list[dict[str, Any]] = []
    prev: dict[str, Any] | None = None
    for row in rows_in:
        mention = row.get("speaker_mention") or ""
        ms, me = int(row["mention_start"]), int(row["mention_end"])
        rule = str(row.get("_rule") or "none")
        actor, name = None, None
        if ms >= 0 and mention:
            actor, name, how = _resolve_mention(res, mention, ms)
            if how:
                rule = how if how != "unresolved" or name is None else rule
                if how == "unresolved" and name is None:
                    rule = "unresolved"
        elif row["kind"] != "indirect":
            got = _fallback(res, row, prev, paras.spans, paras.index, text)
            if got is not None:
                actor, name, rule, ms, me = got
                mention = text[ms:me] if ms >= 0 else ""
        if row["kind"] == "nested" and ms < 0:
            actor, name, rule = None, None, "none"
        speaker = actor.name if actor is not None else name
        camp = registry.camp_of(actor, on=on) if actor is not None else "unknown"
        conf = RULE_CONFIDENCE.get(rule, 0.5)
        if speaker is None and rule not in ("none", "medium"):
            conf = min(conf, RULE_CONFIDENCE["unresolved"])
        if speaker is None and ms < 0:
            rule, conf = "none", 0.0
        out = row  # a record of this call (see attribute_speakers): filled in place
        out.update(
            speaker_mention=mention, mention_start=ms, mention_end=me, speaker=speaker,
            camp=camp, attribution=rule, confidence=float(conf),
        )
        rows.append(out)
        if ms >= 0 and speaker is not None and row["kind"] != "nested":
            res.add(ms, actor, speaker)
        if row["kind"] in ("direct", "partial", "embedded"):
            prev = out
    return rows


def _fallback(res: _Resolver, row: dict, prev: dict | None, paras, para_index, text: str):
    """Speaker of a quote without a syntactic mention: continuation, colon line, neighbours."""
    start, end = int(row["start"]), int(row["end"])
    p = para_index(start)
    # a quote continuing the previous one: same paragraph, or the paragraph right after it
    # ("A,” she said. “B.”: B's mention is the one after A's closing mark, resolved or not)
    if prev is not None and prev["mention_start"] >= 0:
        pp = para_index(int(prev["end"]))
        gap = text[int(prev["end"]) : start]
        if (pp == p or pp == p - 1) and len(gap) < 400:
            actor = (res.name(prev["speaker"]) if prev["camp"] != "unknown" and prev["speaker"]
                     else None)
            return (actor, prev["speaker"], "continuation", int(prev["mention_start"]),
                    int(prev["mention_end"]))
    # "And from the chairwoman:" on the line before
    if p > 0:
        ps, pe = paras[p - 1]
        span = _colon_line(text, ps, pe)
        if span is not None:
            mention = text[span[0] : span[1]]
            actor, name, how = _resolve_mention(res, mention, span[0])
            if name is not None:
                return actor, name, "colon_line", span[0], span[1]
    # the speaker named in the previous or the next sentence
    ps, pe = paras[p]
    lo = sentence_start(text, ps, start)
    prev_lo = sentence_start(text, paras[p - 1][0] if lo == ps and p > 0 else ps, max(lo - 1, 0))
    cand = [e for e in res.entities_before(lo) if prev_lo <= e.pos < lo and e.actor is not None
            and e.kind == "person"]
    if cand:
        ent = cand[-1]
        return ent.actor, ent.name, "previous_sentence", -1, -1
    hi = sentence_end(text, end + 1, pe) if end + 1 < pe else pe
    nxt_end = sentence_end(text, hi + 1, pe) if hi + 1 < pe else hi
    cand = [e for e in res.entities_before(nxt_end) if hi <= e.pos < nxt_end
            and e.actor is not None and e.kind == "person"]
    if cand:
        ent = cand[0]
        return ent.actor, ent.name, "next_sentence", -1, -1
    return None


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
        ``embedded_signature``, ``continuation``, ``colon_line``, ``next_sentence``,
        ``unresolved``, ``medium``, ``none``) and ``confidence`` in [0, 1].
    """
    for col in ("doc_id", "text"):
        if col not in articles.columns:
            raise ValueError(f"attribute_speakers: the articles table has no {col!r} column.")
    texts = {str(d): t for d, t in zip(articles["doc_id"].tolist(), articles["text"].tolist(),
                                        strict=True)}
    dates = _date_of(articles)
    if "_rule" not in quotes.columns:
        quotes = quotes.assign(_rule=["cue_before" if s >= 0 else "none"
                                      for s in quotes["mention_start"]])
    # Plain Python rows for the whole chunk: per-article DataFrame slicing and to_dict cost more
    # than the attribution itself. One DataFrame is built at the end.
    in_cols = list(quotes.columns)
    values = [quotes[c].tolist() for c in in_cols]
    records = [dict(zip(in_cols, vals, strict=True)) for vals in zip(*values, strict=True)]
    by_doc: dict[Any, list[dict[str, Any]]] = {}
    for rec in records:
        by_doc.setdefault(rec["doc_id"], []).append(rec)
    rows: list[dict[str, Any]] = []
    for doc_id in sorted(by_doc):
        text = texts.get(str(doc_id))
        if text is None:
            raise ValueError(f"attribute_speakers: quotes refer to doc_id {doc_id!r}, which is "
                             "not in the articles table.")
        group = sorted(by_doc[doc_id], key=lambda r: (r["start"], r["end"]))
        rows.extend(_attribute_doc(group, text, registry, dates.get(str(doc_id))))
    cols = list(schema.TABLES["attributed"]["fields"])
    extra = [c for c in quotes.columns if c not in cols]
    df = pd.DataFrame(rows, columns=cols + extra)
    if len(df):
        df = df.sort_values(["doc_id", "start", "end"], kind="mergesort").reset_index(drop=True)
    # unresolved is the empty string (schema: "empty when unresolved"), never None/NaN
    df["speaker"] = df["speaker"].astype(object).where(df["speaker"].notna(), "").astype(str)
    for c in ("start", "end", "mention_start", "mention_end"):
        df[c] = df[c].astype("int64")
    df["confidence"] = df["confidence"].astype(float)
    return schema.enforce_schema(df, "attributed")
