"""Where the Russian reports found in a sentence end: an agentless report and the closing
attribution of the same words merged («Сообщается, что P, сообщает РБК.»), a report cut before a
quotation built into it or after a colon, the unquoted part coordinated after a fragment kept,
and a report cut before a coordinated second report («X заявил, что P, и добавил, что Q»).

Apart from :mod:`.reported`, which finds the reports and then passes them through these.
"""

from __future__ import annotations

import bisect
import re

from discourse.extract.quotes.document import Doc, Found, Hit
from discourse.extract.quotes.lang.ru.words import ADVERBS
from discourse.extract.quotes.spans import THREE_WORDS, SpanSet
from discourse.extract.quotes.tokens import wordish

# Coordinators after which a verb shares the subject of the verb before them.
_COORDINATORS = frozenset("и а но однако".split())


def _agent_at_the_end(out: list[Found]) -> list[Found]:
    """``Сообщается, что P, сообщает РБК.``: the agentless report of P and the sentence-final
    one of the same words are one report, P, whose speaker the final attribution names."""
    tails = [f for f in out if f.rule == "cue_after" and f.attr is not None and f.attr.m_start >= 0]
    if not tails:
        return out
    merged: list[Found] = []
    used: set[int] = set()
    for f in out:
        t = next((t for t in tails if f.attr is not None and f.attr.m_start < 0 and f is not t
                  and t.start <= f.start < t.end and f.end >= t.end), None)
        if t is None:
            merged.append(f)
            continue
        used.add(id(t))
        merged.append(Found(f.start, t.end, f.kind, t.attr, t.rule, f.parent))
    return [f for f in merged if id(f) not in used]


def _before_quote(doc: Doc, f: Found, inside: SpanSet) -> Found | None:
    """A report holding a quotation: the quotation's, when a fragment is built into it (``что
    он «выбирает жить как гей»``: partial only, ANNOTATION.md); cut before it when the quotation
    follows a colon (``что, вероятно, P, буквально: «…»``); the report itself otherwise."""
    if inside.overlap(f.start, f.end) == 0:
        return f
    text = doc.text
    k = bisect.bisect_right(inside.starts, f.start)  # the first quote starting in the report
    q = inside.starts[k - 1] if k and inside.ends[k - 1] > f.start else (
        inside.starts[k] if k < len(inside.starts) else f.end)
    head = text[f.start:q].rstrip(" «„“\"'")
    if not head.endswith(":"):
        # "сказал, что он знал Ирвина и что страна потеряла «…»": the first что-clause, with no
        # quoted words, is a report of its own (ANNOTATION.md); the second is the fragment's
        # (and "заявили, что дата совпала случайно, а их выбор пал … «…»": a clause before
        # ", а" / ", но", round sixteen; not "не о преемнике, а о …", "…, а именно, что «…»")
        but = [m.start() for m in _BUT_CLAUSE.finditer(head)]
        cut = max(head.rfind(" и что "), head.rfind(", и что "), but[-1] if but else -1)
        end = f.start + cut
        return Found(f.start, end, f.kind, f.attr, f.rule, f.parent) if cut >= 12 else (
            _after_quote(doc, f, inside, k))
    cut = head.rfind(",")
    end = f.start + (cut if cut > 0 else len(head) - 1)
    while end > f.start and text[end - 1].isspace():
        end -= 1
    return Found(f.start, end, f.kind, f.attr, f.rule, f.parent) if end - f.start >= 12 else None


# ", а" / ", но" opening a clause of its own: not a preposition's parallel phrase ("не о X, а о
# Y") nor "а именно" / "а также".
_BUT_CLAUSE = re.compile(r", (?:а|но) (?!(?:именно|также|и|в|во|на|о|об|с|со|к|по|за|из|от|для|до|при|"
                         r"через|после|перед|у)\b)")
# "…, что она «просто в восторге» и очень рада вернуться": the unquoted part coordinated after
# the fragment, a lower-case clause or predicate of at least three words; after a comma ("«…»,
# и покинул зал") it is more often the main clause's second verb.
_AFTER_FRAGMENT = re.compile(r"[»“\"]\s+(?:и|а также)\s+(?!что\b)(?=[а-яё])")


def _after_quote(doc: Doc, f: Found, inside: SpanSet, k: int) -> Found | None:
    """The part of the report ``f`` coordinated after its one quotation (``k``: the index of
    the first quotation starting in it, in ``inside``), with no quoted words: a report of its own
    (ANNOTATION.md); else None."""
    text = doc.text
    if k >= len(inside.starts) or not f.start <= inside.starts[k] < f.end or (
            k + 1 < len(inside.starts) and inside.starts[k + 1] < f.end):
        return None  # no quotation starting in the report, or a second one
    qe = inside.ends[k]
    m = _AFTER_FRAGMENT.match(text, qe, f.end) or _AFTER_FRAGMENT.match(text, qe + 1, f.end)
    if m is None or not THREE_WORDS.search(text, m.end(), f.end) or any(
            c in text[m.end():f.end] for c in "«»„“\""):
        return None
    return Found(m.end(), f.end, f.kind, f.attr, f.rule, f.parent)


def _cut_at_next_cue(doc: Doc, f: Found, hits: list[Hit]) -> Found:
    """``X заявил, что P, и добавил (однако уточнил), что Q``: P ends before the coordinated
    second report."""
    toks = doc.toks
    starts, words, lows = toks.starts, toks.words, toks.lows
    for a, b, cue in hits:
        if not f.start < starts[a] < f.end or cue.type == "preposition":
            continue
        k = a - 1
        while k > 0 and lows[k] in ADVERBS and lows[k] not in _COORDINATORS:
            k -= 1
        if lows[k] not in _COORDINATORS and b + 1 < len(words) and words[b] == "," and lows[
                b + 1] == "что":
            # "по словам X, P, однако патологоанатом добавил, что Q": a second speaker's own
            # report after a coordinator and its subject
            m = next((m for m in range(k, max(0, k - 5), -1) if not wordish(words[m])
                      or lows[m] in _COORDINATORS), 0)
            k = m if lows[m] in _COORDINATORS and starts[m] > f.start else k
        # "…, и добавил, что Q" (a comma before, or the second verb opens its own clause:
        # "и добавил, что", "и сказал:"); "что завод закрыли и сообщили об этом рабочим" is
        # the reported clause's own second verb
        if lows[k] in _COORDINATORS and k > 0 and (words[k - 1] == "," or (
                b < len(words) and words[b] in (",", ":"))) or (
                words[k] == "," and lows[a].endswith(("в", "я"))):
            cut = k - 1 if k > 0 and words[k - 1] == "," else k
            if starts[cut] > f.start:
                end = starts[cut]
                text = doc.text
                while end > f.start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
                    end -= 1
                return Found(f.start, end, f.kind, f.attr, f.rule, f.parent)
    return f
