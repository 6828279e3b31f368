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
from operator import attrgetter
from typing import TYPE_CHECKING, Any

from discourse.core import schema
from discourse.core.runtime import collector_paused
from discourse.extract.speakers.lang import DEFAULT_LANGUAGE, speaker_language
from discourse.extract.speakers.lang.en_nearer import nearer_mention
from discourse.extract.speakers.language import SpeakerLanguage
from discourse.extract.speakers.mentions import resolve_mention, resolve_trimmed
from discourse.extract.speakers.named_after import named_after
from discourse.extract.speakers.resolver import Resolver
from discourse.extract.speakers.subject_before import last_subject, short_subject
from discourse.extract.speakers.turns import (
    LABEL_RULES,
    OPENING,
    adding,
    after_report,
    alone_in_paragraph,
    before_marks,
    colon_block,
    initials_owner,
    interviewee,
    names_only,
    participle_report,
    quoted_as_saying,
    same_sentence,
    signed,
    speaker_of,
    taken_over,
)
from discourse.text import paragraph_spans, sentence_end, sentence_start

if TYPE_CHECKING:  # the tables; ``attribute_rows`` reads and returns plain rows (no pandas)
    import pandas as pd

__all__ = ["ATTRIBUTION_READ", "ATTRIBUTION_WRITTEN", "RULE_CONFIDENCE", "article_date",
           "attribute_rows", "attribute_speakers"]

# Confidence of each attribution rule: the share of the quotes it attributed whose speaker was
# right (mention or actor) on the English Wikinews gold, the two tuning splits dev and dev2
# together (issue 14; bench/attribution_rules.py), Laplace-smoothed ((right + 1) / (n + 2)) and
# rounded; right/n on dev+dev2 in the comment. Rules too rare there to measure (n < 5) keep the
# prior they had. Test was never used to set them.
RULE_CONFIDENCE: dict[str, float] = {
    "embedded_signature": 0.95,  # prior (n=0)
    "signature_line": 0.9,  # prior (n=0): a block quote signed on the line below
    "interview_label": 0.95,  # prior (n=0): an interview answer under the speaker's label
    "transcript_label": 0.95,  # prior (n=0): a transcript turn under "TAPPER:", "A:" (issue 14)
    "post_inline": 0.95,  # prior (n=0): a post signed inside its paragraph (issue 14)
    "cue_before": 0.98,  # 118/119
    "pronoun": 0.97,  # 34/34
    "cue_after": 0.94,  # 15/15
    "unresolved": 0.95,  # 95/99: the mention is right, the speaker not resolved
    "medium": 0.93,  # 13/13: the outlet that reports, as the gold names it
    "previous_sentence": 0.8,  # prior (n=0)
    "sentence_subject": 0.92,  # 11/11: the subject of the clause that introduces the quote
    "subject_after": 0.8,  # prior (n=1): named right after the quote, before a verb of saying
    "continuation": 0.85,  # 22/25
    "carried": 0.7,  # prior (n=0): an answer alone in its paragraph, the last speaker carried
    "according_to": 0.94,  # 14/14
    "role_description": 0.7,  # prior (n=3)
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


# Mentions whose extension an article's memo keeps (see _Paragraphs.extended): a document of
# 600,000 quotes, each with its own mention, kept them all (75 MiB more at 17 MB).
EXTENDED_KEPT = 64


class _Paragraphs:
    """Paragraph spans of an article, split only when a quote needs a fallback rule."""

    def __init__(self, text: str):
        self.text = text
        self._spans: list[tuple[int, int]] | None = None
        self._starts: list[int] = []
        # (ms, me) -> lang.extend_mention(text, ms, me): a function of the article's text and
        # the offsets only, asked again for each quote of one mention (a sixth of the calls);
        # at most EXTENDED_KEPT entries
        self.extended: dict[tuple[int, int], tuple[int, int]] = {}

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

    prev: _Quote | None = None  # the last quote in quotation marks or a block
    said: _Quote | None = None  # the last quote of any kind given a speaker
    reported: _Quote | None = None  # the last reported speech with a mention
    repaired: dict[tuple[int, int, str], tuple[int, int, str, int]] = {}  # extractor's -> mended
    for row in rows_in:
        mention = row.speaker_mention
        ms, me = row.mention_start, row.mention_end
        rule = row.rule
        actor, name, carried = None, None, False
        nested_first = False  # a nested quotation of the outer quote's own speaker ("I said")
        if ms >= 0 and mention and (lang.names_nobody(mention) or _joined(text, row, ms, me, lang)):
            # "audibly", "a concept": a word the rules took for a speaker; as if none was found
            nobody_at = ms
            mention, ms, me, rule = "", -1, -1, "none"
            if (row.kind == "indirect" and said is not None and said.mention_start > nobody_at
                    and same_sentence(text, paras, said, row)):
                # "Speaking to X, Y explained that ..., and stated ...": the second verb's
                # subject is Y, named after the word taken for it
                actor, name, rule, ms, me = taken_over(res, said)
                mention, carried = said.speaker_mention, True
        if row.kind == "nested" and prev is not None and prev.start <= row.start < prev.end:
            # 'I've always said, "No matter ..."' inside a quote: the subject of the verb right
            # before it, and "I" is the outer quote's speaker (a (span, first) pair, not a ``got``)
            nested = lang.nested_speaker(text, prev.start, row.start)
            if nested is not None:
                (ms, me), first = nested
                mention, rule = text[ms:me], "cue_before"
                if first:
                    carried = nested_first = True
                    actor, name = speaker_of(res, prev)
        if (row.kind in ("direct", "partial") and prev is not None and prev.mention_start >= 0
                and ((rule == "cue_after" and prev.speaker) or ms < 0 or prev.start <= ms < prev.end)
                and adding(text, prev, row)):
            # '"A," X remarked, further remarking, "B." Democrat X, a minister, was elected':
            # the participle carries the first quote's speaker; the name after B is no cue, nor
            # a word inside A ('"But I believe it," he said, adding: "I am a fan."')
            actor, name, rule, ms, me = taken_over(res, prev)
            mention, carried = prev.speaker_mention, True
        if nested_first:
            pass
        elif ms >= 0 and mention and not carried:
            given = (ms, me, rule)
            ms, me, rule, head = _repair_mention(text, row, ms, me, rule, paras, lang)
            if (ms, me, rule) == given and given in repaired:
                # 'explained that crews might turn them off on purpose for security reasons,
                # such as "A" in order to "B"': B's clause is A's, and A's marks now stand
                # between B and the subject the repair found for A
                ms, me, rule, head = repaired[given]
            elif (ms, me, rule) != given:
                repaired[given] = (ms, me, rule, head)
            mention = text[ms:me]
            actor, name, how = _resolve_head(res, text, ms, me, head)
            near = name and given[2] == "cue_before" and nearer_mention(text, me, row, lang.code)
            if near:  # 'X told jurors he was thinking: "..."': X's pronoun speaks (en_nearer.py)
                (ms, me), mention = near, text[near[0]:near[1]]
            if actor is None and row.rule in LABEL_RULES:  # "NG:" after "Natasha Gownaris"
                owner = initials_owner(res, text, ms, me)
                if owner is not None:
                    actor, name = owner
            if how == "pronoun" and said is not None and said.speaker and said.speaker != name:
                last = _last_speaker_continues(res, text, ms, me, said, paras)
                if last is not None:
                    actor, name = last
            if how:
                rule = how if how != "unresolved" or name is None else rule
                if how == "unresolved" and name is None:
                    rule = "unresolved"
            owner = (_fragment_owner(text, row, paras, lang)
                     if row.kind == "partial" and rule != "subject_after" else None)
            if owner is not None and owner != (ms, me):
                # 'Acosta asked if Trump's claim that the "fake news media" ...', 'an amount he
                # described as "remarkable"': the claim's owner, the naming verb's subject (a
                # pronoun there is the clause subject's, resolved as the subject was when it
                # named somebody); not kept in ``repaired``, a later clause is the subject's
                pronoun = text[owner[0]:owner[1]].lower() in ("he", "she", "they")
                ms, me = owner
                mention, rule = text[ms:me], "cue_before"
                if not (pronoun and name):
                    actor, name, how = _resolve_head(res, text, ms, me, me)
                    rule = how if how and how != "unresolved" else rule
        elif row.kind == "indirect":
            # "The BBC also cited Budi Gunawan, chief of ..., as saying the suspects were ..."
            got = quoted_as_saying(res, row, paras, text) or participle_report(res, row, paras, text)
            if got is not None:
                actor, name, rule, ms, me = got
                mention = text[ms:me]
        else:
            got = None
            if (row.kind == "partial" and reported is not None
                    and reported.start <= row.start and row.end <= reported.end
                    and (prev is None or prev.end <= reported.start)):
                # 'referring to commentary ... suggesting that Obama used "police state"
                # tactics': a fragment inside a report that has a mention is the report's (the
                # first fragment: 'said Trump dubbed it "A" and accused X of "B"' keeps A's)
                got = taken_over(res, reported)
            if got is None:
                got = after_report(res, row, prev, reported, paras, text)
            if got is None:
                got = _fallback(res, row, prev, paras.spans, paras.index, text)
            if got is None and row.kind == "direct":
                got = _carried(res, row, prev, said, paras, text)
            if got is None and row.kind == "direct":
                got = interviewee(res, row, prev, said, paras, text)
            if got is not None:
                actor, name, rule, ms, me = got
                mention = text[ms:me] if ms >= 0 else ""
        if row.kind == "nested" and ms < 0:
            actor, name, rule = None, None, "none"
        speaker = actor.name if actor is not None else name
        camp = registry.camp_of(actor, on=on) if actor is not None else "unknown"
        confidences = res.lang.rule_confidence
        conf = confidences.get(rule, RULE_CONFIDENCE.get(rule, 0.5))
        if speaker is None and rule not in ("none", "medium"):
            # a rule that found no speaker is as good as its mention
            conf = min(conf, confidences.get("unresolved", RULE_CONFIDENCE["unresolved"]))
        if speaker is None and ms < 0:
            rule, conf = "none", 0.0
        row.speaker_mention, row.mention_start, row.mention_end = mention, ms, me
        row.speaker, row.camp, row.attribution, row.confidence = speaker, camp, rule, float(conf)
        if ms >= 0 and speaker is not None and row.kind != "nested":
            res.add(ms, actor, speaker)
            said = row
        if row.kind in ("direct", "partial", "embedded") and row.rule != "post_inline":
            prev = row  # (a post signed inline ends where the story resumes: no carrying on)
        elif row.kind == "indirect" and ms >= 0:
            reported = row


def _joined(text: str, row: _Quote, ms: int, me: int, lang: SpeakerLanguage) -> bool:
    """Is the mention ``[ms, me)`` after the quote another noun phrase joined to it ('"Lock him
    up" and other derogatory remarks'), or the subject of a verb that introduces the next block
    ('"...," and editor Tom Hale tweeted:'), no speaker of this quote?"""
    if ms < row.end:
        return False
    m = lang.joined_to_quote.match(text, row.end, ms + 40)
    if m is not None and m.end() == ms:
        return True
    # '"...," and editor Tom Hale tweeted:' at the line's end: Hale's verb opens the next block
    return row.rule == "cue_after" and lang.introduces_next.match(text, me) is not None


def _last_speaker_continues(res: Resolver, text: str, ms: int, me: int, said: _Quote,
                            paras: _Paragraphs):
    """``(actor, name)`` of the last speaker when a pronoun ``[ms, me)`` opens a sentence with
    a verb that continues a statement ('X told The Post radio was used to alert ships such as
    MV Namse Bangdzod. He added authorities "are still waiting"': X adds, not the ship named
    last) and that speaker's mention is in the sentence before; else None. A pronoun of the
    other gender than the speaker's (when the registry knows it) keeps its own antecedent."""
    if not res.lang.continues_last(text, ms, me):
        return None
    if (said.mention_start, said.mention_end) == (ms, me):
        # the same pronoun, already read for the report its fragment is part of
        return speaker_of(res, said)
    ps = paras.spans[paras.index(ms)][0]
    lo = sentence_start(text, ps, ms)
    if text[lo:ms].strip() or lo <= ps:
        return None  # the pronoun does not open a sentence after another in its paragraph
    end = len(text[:lo].rstrip())  # the sentence before ends where the spaces before lo start
    before = sentence_start(text, ps, max(end - 1, ps))
    if not before <= said.mention_start < lo:
        return None
    actor, name = speaker_of(res, said)
    cls = res.lang.pronoun_class(text[ms:me].lower(), text, me)
    gender = getattr(actor, "gender", None)
    if gender is not None and cls is not None and gender != cls:
        return None
    return actor, name


# How many paragraphs back an unattributed answer may carry the last speaker (interviews).
CARRY_PARAGRAPHS = 4


def _carried(res: Resolver, row: _Quote, prev: _Quote | None, said: _Quote | None,
             paras: _Paragraphs, text: str):
    """``(actor, name, "carried", ms, me)``: a quote alone in its paragraph, with no speaker of
    its own, keeps the speaker of the last quote up to :data:`CARRY_PARAGRAPHS` paragraphs back
    when only questions stand between them (an interview's answers, the speaker named once
    before them) and nobody else has spoken or been named since; else None."""
    if prev is None or not prev.speaker or prev.mention_start < 0:
        return None
    if said is not None and said is not prev and said.speaker != prev.speaker:
        return None  # someone else was quoted since, in reported speech
    p, pp = paras.index(row.start), paras.index(prev.end)
    if p - pp > CARRY_PARAGRAPHS or not alone_in_paragraph(text, paras.spans[p], row.start,
                                                            row.end):
        return None
    # only questions between them: an interview ("What happens if the bill fails?")
    if not all(text[a:b].rstrip().endswith("?") for a, b in paras.spans[pp + 1:p]):
        return None
    if _someone_else_named(res, prev, prev.end, row.start, text):
        return None
    return taken_over(res, prev, "carried")


def _someone_else_named(res: Resolver, prev: _Quote, lo: int, hi: int, text: str) -> bool:
    """Is a person other than ``prev``'s speaker named outside quotes in ``[lo, hi)`` (a
    registry person, or a name the registry does not know, in any of its forms)? Then a quote
    in the next paragraph does not continue ``prev``: «Татьяна так описывает увиденное: «…»»
    after her brother's words is hers."""
    for ent in _people_between(res, lo, hi):
        if ent.name != prev.speaker:
            return True
    words = set((prev.speaker or prev.speaker_mention).split())
    for a, b in res.lang.person_runs(text, lo, hi):
        if res.in_quote(a) or prev.mention_start <= a < prev.mention_end:
            continue
        run = text[a:b]
        if words.intersection(run.split()) or words.intersection(res.lang.normal_name(run).split()):
            continue
        actor = res.name(run)
        if actor is None or actor.name != prev.speaker:
            return True
    return False


def _people_between(res: Resolver, lo: int, hi: int) -> list:
    """The registry's people among the entities at offsets ``[lo, hi)`` (by bisection: a long
    document has many)."""
    ents = res.entities_before(hi)
    a = bisect.bisect_left(ents, lo, key=_position)
    b = bisect.bisect_left(ents, hi, key=_position)
    return [e for e in ents[a:b] if e.actor is not None and e.kind == "person"]


# An entity's offset, the key of the bisections (in C).
_position = attrgetter("pos")


def _repair_mention(text: str, row: _Quote, ms: int, me: int, rule: str, paras: _Paragraphs,
                    lang: SpeakerLanguage) -> tuple[int, int, str, int]:
    """The syntactic mention ``[ms, me)`` of ``row``, mended: the subject of the clause when the
    mention is the object of a preposition in it ("Jennifer Daskal of American University and
    contributor to *Slate* wrote, ``"...``"), and completed where the extractor cut it short
    ("PG&E", "a statement posted to his official Twitter account"), never into the quote.
    Returns ``(ms, me, rule, head_end)``: the mention is resolved by ``[ms, head_end)`` (the
    subject, not the phrases that modify it)."""
    head = None
    if rule == "cue_before" and me <= row.start:
        # '"We do not know ...," he said Tuesday.' after a sentence the extractor read as its
        # introduction: the speaker named right after the quote
        after = named_after(text, row.start, row.end, ms, me,
                            paras.spans[paras.index(row.start)][1], lang)
        if after is not None:
            return after[0], after[1], "subject_after", after[1]
        lo = sentence_start(text, paras.spans[paras.index(ms)][0], ms)
        # 'X commented — which the BBC noted as unusual — "..."': the clause before the aside;
        # 'a pattern described by Marine Bulletin as "..."': the passive's agent
        other = (lang.aside_subject(text, lo, ms, me, row.start)
                 or lang.passive_agent(text, lo, before_marks(text, lo, row.start)))
        if other is not None and other != (ms, me):
            return other[0], other[1], "sentence_subject", other[1]
        # "X spoke to student Y who said P", "WPTZ-TV reports police say P": the nearer speaker
        inner = lang.inner_speaker(text, ms, me, row.start)
        if inner is not None:
            return inner[0], inner[1], rule, inner[1]
        # (lo as above: the sentence start was read a second time here, 8 µs a quote)
        if lang.prepositional_object(text, lo, ms):
            sub = lang.sentence_subject(text, lo, before_marks(text, lo, row.start))
            if sub is not None and sub[1] <= ms and lang.inner_speaker(text, sub[0], sub[1],
                                                                      row.start) is not None:
                # "Y spoke to student X who said P": the preposition's object is the relative
                # clause's subject, the speaker; the mention stays
                sub = None
            if sub is not None and sub[1] <= ms and not lang.names_nobody(text[sub[0]:sub[1]]):
                # "Scientists from the World Wildlife Fund": the whole phrase, when only
                # prepositional phrases tie the mention to the subject; the subject alone when
                # a verb of saying stands between them; else the mention stays
                link = lang.subject_link(text, sub[1], ms)
                if link:
                    # "Greek prime minister X speaking to the Atlantic Council": a participle's
                    # phrase is no part of the subject, as a prepositional one is
                    first = text[sub[1]:ms].split()[:1]
                    participle = bool(first) and first[0].lower().endswith("ing")
                    me = me if link == "modifier" and not participle else sub[1]
                    ms, head, rule = sub[0], sub[1], "sentence_subject"
            if head is None:
                # 'while ALDI, in a Facebook post, called it "..."': the clause's own subject
                sub = lang.interposed_subject(text, lo, ms, me)
                if sub is not None:
                    ms, me, head, rule = sub[0], sub[1], sub[1], "sentence_subject"
    memo = paras.extended
    got = memo.get((ms, me))
    if got is None:
        if len(memo) >= EXTENDED_KEPT:
            memo.clear()  # (the repeats are near each other: a long document's memo stays small)
        got = memo[ms, me] = lang.extend_mention(text, ms, me)
    es, ee = got
    if not _overlaps(es, ee, row) and ee - es < 120:
        ms, me = es, ee
    return ms, me, rule, me if head is None else head


def _fragment_owner(text: str, row: _Quote, paras: _Paragraphs,
                    lang: SpeakerLanguage) -> tuple[int, int] | None:
    """The owner of the claim or the naming verb whose clause holds the fragment ``row`` in its
    sentence (``lang.fragment_owner``), or None."""
    lo = sentence_start(text, paras.spans[paras.index(row.start)][0], row.start)
    return lang.fragment_owner(text, lo, row.start)


def _overlaps(a: int, b: int, row: _Quote) -> bool:
    return a < row.end and row.start < b


def _resolve_head(res: Resolver, text: str, ms: int, me: int, head: int):
    """:func:`resolve_trimmed` of the mention's head ``[ms, head)`` when it names somebody
    ("Greek prime minister Kyriakos Mitsotakis" speaking to the Atlantic Council), else of the
    whole mention ("The judge presiding over the case, Bernard Schwartz")."""
    if head < me:
        got = resolve_trimmed(res, text, ms, head)
        if got[0] is not None or (got[1] is not None and res.lang.person_runs(text, ms, head)):
            return got
    return resolve_trimmed(res, text, ms, me)


def _reads_as_sentence(text: str, row: _Quote) -> bool:
    """Does a quote open like a sentence of its own (a direct one, or a fragment that starts
    with a capital), after a comma, a colon or a verb of saying ('read in part, "[I]t is
    concluded'), not inside the author's phrase ('called it "a pattern of abuse"', 'led Biden to
    express "I shouldn't ..."')?"""
    first = text[row.start:row.start + 1]
    if not (first.isupper() or first == "[" or row.kind == "direct"):
        return False
    k = row.start
    while k > 0 and text[k - 1] in OPENING:
        k -= 1
    before = text[max(0, k - 15):k].rstrip().lower()
    if before.endswith(" that"):
        before = before[:-5].rstrip()  # 'saying that "their lives are the top priority."'
    return text[k - 1:k] in (",", ":") or before.endswith(
        ("read", "reads", "saying", "says", "said", "wrote", "writes", "stated", "states",
         "told", "added", "tweeted", "reports"))


def _in_sentence(res: Resolver, row: _Quote, para: tuple[int, int], text: str):
    """``(actor, name, rule, ms, me)`` from the quote's own sentence: the subject of the clause
    that introduces it (``sentence_subject``), or the speaker named right after a quote that
    opens the sentence (``subject_after``); None when neither names anybody."""
    lang = res.lang
    ps, pe = para
    lo = sentence_start(text, ps, row.start)
    hi = before_marks(text, lo, row.start)
    if hi > lo:
        if _reads_as_sentence(text, row):
            # 'X justified it as "defensive": "..."', 'Y, 24, who cited rugby: "..."'
            span = lang.sentence_subject(text, lo, hi)
            if span is None and not _quote_row_between(res, text, lo, hi):
                span = lang.masked_subject(text, lo, hi) or lang.relative_antecedent(text, lo, hi)
            if span is None or lang.names_nobody(text[span[0]:span[1]]):
                # 'Here is the exchange: The President then returned to X, saying, "..."': the
                # clause after a colon has its own subject when the sentence's names nobody
                colon = text.rfind(":", lo, hi)
                if colon > lo:
                    span = lang.sentence_subject(text, colon + 1, hi)
        elif row.kind == "partial":
            # 'X has been described by the Daily Hive as a "..."': the agent, not X
            span = lang.passive_agent(text, lo, hi) or lang.fragment_subject(
                text, lo, hi) or lang.opening_participle(
                text, lo, row.start, row.end, pe)
        else:  # 'led Biden to express "I shouldn't ..."': a causative's object, else nobody
            span = lang.causative_speaker(text, lo, hi)
        rule = "sentence_subject"
    elif row.kind == "direct":
        span, rule = lang.subject_after(text, row.end, pe), "subject_after"
    else:
        return None
    if span is None or lang.names_nobody(text[span[0]:span[1]]):
        return None
    actor, name, _ = resolve_trimmed(res, text, *span)
    return actor, name, rule, span[0], span[1]


def _quote_row_between(res: Resolver, text: str, lo: int, hi: int) -> bool:
    """Does a quote of the article (not a title or a word in marks) open in ``[lo, hi)``? ('Mr.
    James said: "U bum," adding, "..."': the second quote continues the first one's speaker.)"""
    k = lo
    while True:
        k = min((j for j in (text.find(c, k, hi) for c in "\"“") if j >= 0), default=-1)
        if k < 0:
            return False
        if res.in_quote(k + 1):
            return True
        k += 1


def _subject_before(res: Resolver, row: _Quote, prev: _Quote | None, para: tuple[int, int],
                    text: str):
    """``(actor, name, "previous_sentence", ms, me)`` when a quote opens a sentence of its own after
    a sentence of its paragraph (no quote in it) whose subject names a person, not the last speaker
    ('Brett McGurk ... also criticized the decision via Twitter. "..."'; :mod:`.subject_before`)."""
    ps, _pe = para
    lo = sentence_start(text, ps, row.start)
    if lo <= ps or text[lo:row.start].strip(OPENING):
        return None  # the quote opens its paragraph, or sits inside the author's sentence
    hi = before_marks(text, ps, lo)
    if hi <= ps or text[hi - 1] not in ".!":
        return None  # no finished sentence before the quote
    prev_lo = sentence_start(text, ps, hi - 1)
    if (prev is not None and prev_lo < prev.end) or res.in_quote(prev_lo):
        return None
    span = res.lang.sentence_subject(text, prev_lo, hi - 1)  # without its stop: "X disagreed."
    full = span is not None and res.lang.person_runs(text, *span)
    got = resolve_trimmed(res, text, *span)[:2] if full else span and short_subject(res, text, *span)
    if not got or (full and got[1] is None):
        return None  # no subject, or nobody ("The plan was rejected.")
    actor, name = got
    if prev is not None and prev.speaker and name and (
            name == prev.speaker or set(name.split()) & set(prev.speaker.split())):
        return None  # the last speaker again: the continuation says as much
    return actor, name, "previous_sentence", span[0], span[1]


def _new_subject(res: Resolver, row: _Quote, prev: _Quote, para: tuple[int, int], text: str):
    """``(actor, name, "sentence_subject", ms, me)`` when the sentence of a quote opens with the
    name of a person and a verb, the person not ``prev``'s speaker; else None."""
    lo = sentence_start(text, para[0], row.start)
    hi = before_marks(text, lo, row.start)
    runs = res.lang.person_runs(text, lo, hi) if hi > lo else []
    if not runs or runs[0][0] != lo or not re.match(r" [a-z]", text[runs[0][1]:runs[0][1] + 2]):
        return None  # the sentence does not open with a name and its verb
    span = runs[0]
    actor, name, _ = resolve_trimmed(res, text, *span)
    if name is None or (prev.speaker and (name == prev.speaker
                                          or set(name.split()) & set(prev.speaker.split()))):
        return None
    return actor, name, "sentence_subject", span[0], span[1]


def _fallback(res: Resolver, row: _Quote, prev: _Quote | None, paras, para_index, text: str):
    """Speaker of a quote without a syntactic mention: continuation, colon line, neighbours."""
    start, end = row.start, row.end
    p = para_index(start)
    # a block quote signed after it, on its own line ("— Kathleen Parker, The Washington
    # Post") or on the quote's line ('"..." — Meghan McCain (@MeghanMcCain) January 5, 2019')
    if row.kind in ("direct", "partial"):
        got = signed(res, row, paras, p, text)
        if got is not None:
            return got
    # "Alan Dershowitz: Trump '...'", 'Robinson: "..."' (one word: vouched for by the rule): a
    # line that names its speaker
    if row.kind in ("direct", "partial"):
        span = res.lang.headline_speaker(text, paras[p][0], start)
        if span is not None and (" " not in text[span[0]:span[1]] or res.lang.person_runs(
                text, *span)):
            actor, name, _ = resolve_trimmed(res, text, *span)
            if name is not None:
                return actor, name, "colon_line", span[0], span[1]
        span = res.lang.text_source(text, paras[p][0], start)
        if span is not None:  # 'a quote from King that read: "..."': the text's source
            return (*resolve_trimmed(res, text, *span)[:2], "colon_line", *span)
    # '"Overall," he continued, "the presence ...": the interrupter speaks the second part
    # when the first was not kept as a quote
    if row.kind in ("direct", "partial"):
        span = res.lang.interrupter(text, paras[p][0], before_marks(text, paras[p][0], start))
        if span is not None and (prev is None or prev.end <= span[0] - 3):
            actor, name, _ = resolve_trimmed(res, text, *span)
            if name is not None:
                return actor, name, "cue_after", span[0], span[1]
    # the quote's own sentence names its speaker: 'X, the director, wrote, "..."'
    if row.kind in ("direct", "partial"):
        got = _in_sentence(res, row, paras[p], text)
        if got is not None:
            return got
    # 'X also criticized the decision via Twitter. "..."': a person, not the last speaker, is
    # the subject of the sentence right before a quote that opens its own sentence
    got = _subject_before(res, row, prev, paras[p], text)
    if got is not None:
        return got
    # a quote continuing the previous one: same paragraph, or the paragraph right after it
    # ("A,” she said. “B.”: B's mention is the one after A's closing mark, resolved or not)
    if prev is not None and prev.mention_start >= 0:
        pp = para_index(prev.end)
        # across a paragraph, unless somebody else is named in between (a language's choice)
        continues = pp == p or (pp == p - 1 and not (
            res.lang.new_name_stops_continuation
            and _someone_else_named(res, prev, prev.end, start, text)))
        if continues and pp < p and row.kind == "partial":
            # 'Lisa Mancini has been cosplaying for two years, her "passion" ...': a fragment in
            # a new paragraph whose sentence opens with another person is that person's
            got = _new_subject(res, row, prev, paras[p], text)
            if got is not None:
                return got
        if continues and start - prev.end < 400:
            return taken_over(res, prev)
    # "And from the chairwoman:" on the line before
    if p > 0:
        ps, pe = paras[p - 1]
        span = _colon_line(text, ps, pe, res.lang)
        if span is not None:
            mention = text[span[0] : span[1]]
            actor, name, how = resolve_mention(res, mention, span[0])
            if name is not None:
                return actor, name, "colon_line", span[0], span[1]
    # 'X denied any allegation:' / '"..."': a block under a line ending with a colon is the
    # subject's of that line, not a name in its object ('a message he sent to Y:')
    if row.kind in ("direct", "embedded"):
        got = colon_block(res, row, paras, p, text)
        if got is not None:
            return got
    # the speaker named in the previous or the next sentence
    ps, pe = paras[p]
    lo = sentence_start(text, ps, start)
    if not text[ps:lo].strip(OPENING):
        lo = ps  # the quote opens its paragraph: the previous sentence is the last one before
    if lo == ps and p > 0:
        prev_lo = sentence_start(text, paras[p - 1][0], max(paras[p - 1][1] - 1, 0))
    else:
        prev_lo = sentence_start(text, ps, max(lo - 1, 0))
    cand = _people_between(res, prev_lo, lo)
    if cand and not names_only(res, text, prev_lo, lo):
        ent = cand[-1]
        return ent.actor, ent.name, "previous_sentence", -1, -1
    # a person the registry does not know ("Her rival, Tom Hale, disagrees.")
    if alone_in_paragraph(text, paras[p], start, end):
        runs = [r for r in res.lang.person_runs(text, prev_lo, lo) if not res.in_quote(r[0])]
        if runs and not names_only(res, text, prev_lo, lo):
            a, b = runs[-1]
            actor, name, _ = resolve_mention(res, text[a:b], a)
            if name is not None:
                return actor, name, "previous_sentence", a, b
        got = last_subject(res, text, prev_lo, lo)  # "He spoke about it." (subject_before.py)
        if got is not None:
            return got
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
        ``embedded_signature``, ``post_inline``, ``signature_line``, ``interview_label``,
        ``transcript_label``, ``continuation``, ``colon_line``, ``next_sentence``,
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
