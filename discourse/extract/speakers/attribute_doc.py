"""The attribution of one article's quotes: each quote's mention resolved, the quotes without
one given a speaker by the rules of :mod:`.fallback` and :mod:`.turns`, each row's rule and
confidence set (``RULE_CONFIDENCE``).

Split from :mod:`.attribute` so that it is compiled (``tools/compile.py``): it is the loop over
every quote, while :mod:`.attribute` keeps the documented verbs (``attribute_speakers``,
``attribute_rows``) in Python for ``help()``.
"""

from __future__ import annotations

from typing import Any, Final

from discourse.extract.speakers.fallback import _carried, _fallback
from discourse.extract.speakers.lang import DEFAULT_LANGUAGE
from discourse.extract.speakers.language import SpeakerLanguage
from discourse.extract.speakers.mentions import resolve_trimmed
from discourse.extract.speakers.named_after import named_after
from discourse.extract.speakers.quote_rows import _Paragraphs, _Quote
from discourse.extract.speakers.resolver import Resolver
from discourse.extract.speakers.turns import (
    LABEL_RULES,
    adding,
    after_report,
    before_marks,
    initials_owner,
    interviewee,
    participle_report,
    quoted_as_saying,
    same_sentence,
    speaker_of,
    taken_over,
)
from discourse.text import sentence_start

__all__ = ["EXTENDED_KEPT", "RULE_CONFIDENCE", "attribute_doc"]

# Confidence of each attribution rule: the share of the quotes it attributed whose speaker was
# right (mention or actor) on the English Wikinews gold, the two tuning splits dev and dev2
# together (issue 14; bench/attribution_rules.py), Laplace-smoothed ((right + 1) / (n + 2)) and
# rounded; right/n on dev+dev2 in the comment. Rules too rare there to measure (n < 5) keep the
# prior they had. Test was never used to set them.
RULE_CONFIDENCE: Final[dict[str, float]] = {
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


# Mentions whose extension an article's memo keeps (see _Paragraphs.extended): a document of
# 600,000 quotes, each with its own mention, kept them all (75 MiB more at 17 MB).
EXTENDED_KEPT = 64


def attribute_doc(
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
        if ms >= 0 and mention and (lang.names_nobody(mention) and not lang.cited_before.search(
                text, max(0, ms - 40), ms) or _joined(text, row, ms, me, lang)):
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
            near = name and given[2] == "cue_before" and lang.nearer_mention(text, me, row)
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
