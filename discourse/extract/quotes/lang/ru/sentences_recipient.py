"""The institution a plural verb speaks for, past the outlet that heard it: ``В уфимской мэрии
"Ъ" сообщили, что …``.

Russian puts the addressee (a dative: «журналистам», «Интерфаксу», "Ъ") between the place a
statement comes from and the verb: ``В пресс-службе МВД журналистам сообщили, что …``. The
plural verb has no subject (an indefinite plural: «they told us»); the outlet only heard the
words, and the institution after «в» speaks for them, as in ``В пресс-службе МВД сообщили``.
A singular outlet cannot be the subject of a plural verb either.

:func:`institution_past_recipient` is a revision (a ``QuoteLanguage.revisions`` entry and, for
reports, called from :mod:`.sentences_reports`): a mention that stands right before a cue that is
a plural finite verb (…ли, …ют, …ят) and is, or ends in, a recipient (a word of ``RECIPIENTS`` or
an outlet of ``OUTLET_WORDS``, bare or in quotation marks) becomes the noun phrase after a
clause-opening «в/во» before the recipient (not a time: «В четверг»); with no such phrase, a
mention that is only the recipient is dropped (a wrong speaker is worse than none). Whatever the
verb's number, an addressee of ``RECIPIENTS`` (a dative: «журналистам», «агентству») that ends a
longer mention is cut from it: «Губернатор журналистам сообщил» → «Губернатор».

Before: ``Found`` with the mention ``"Ъ"`` / ``мэрии журналистам``. After: the same attribution
with the mention ``уфимской мэрии`` / ``мэрии``; others unchanged.
"""

from __future__ import annotations

from discourse.extract.quotes.document import Doc, Found
from discourse.extract.quotes.lang.ru.sentences_agreement import mention_right_before_cue, without_mention
from discourse.extract.quotes.lang.ru.words import CONJUNCTIONS, OUTLET_WORDS, RECIPIENTS, TIME_WORDS
from discourse.extract.quotes.tokens import Toks, wordish

__all__ = ["institution_past_recipient"]

# Endings of a plural finite verb (сообщили, заявляют, говорят): the only verbs that take an
# institution after «в» for their speaker.
_PLURAL = ("ли", "ют", "ят")
_OPEN, _CLOSE = "«„“\"", "»“”\""
# How far back from the recipient the «в» phrase may start (as ``speakers._source_in``).
_REACH = 9


def _recipient_start(toks: Toks, i: int, j: int) -> int:
    """The first token of a recipient that ends the mention ``[i, j)`` («журналистам»,
    «Интерфаксу», "Ъ" in its marks), or -1 when the mention ends in none."""
    words, lows = toks.words, toks.lows
    if words[j - 1] in _CLOSE and j - 1 > i:
        o = next((m for m in range(j - 2, max(i, j - 5) - 1, -1) if words[m] in _OPEN), -1)
        inner = [low for low in lows[o + 1:j - 1]] if o >= 0 else []
        return o if inner and all(low in OUTLET_WORDS for low in inner) else -1
    if lows[j - 1] in RECIPIENTS or lows[j - 1] in OUTLET_WORDS:
        return j - 1
    return -1


def _place_before(toks: Toks, r: int) -> tuple[int, int] | None:
    """The noun phrase after a «в/во» that opens the clause and runs up to the token ``r`` (only
    words between, no conjunction), or None."""
    words, lows = toks.words, toks.lows
    for p in range(r - 1, max(0, r - _REACH) - 1, -1):
        if not wordish(words[p]) or lows[p] in CONJUNCTIONS:
            return None
        if lows[p] in ("в", "во") and (p == 0 or not wordish(words[p - 1])):
            return (p + 1, r) if p + 1 < r and lows[p + 1] not in TIME_WORDS else None
    return None


def institution_past_recipient(doc: Doc, found: list[Found]) -> list[Found]:
    """``found`` with the institution after «в» for the mention of an outlet or addressee that
    only heard an indefinite plural's words."""
    toks = doc.toks
    out: list[Found] = []
    for f in found:
        got = mention_right_before_cue(doc, f)
        a = f.attr
        if got is not None and a is not None:
            i, j, c = got
            if j - 1 > i and toks.lows[j - 1] in RECIPIENTS and wordish(toks.words[j - 2]):
                # «Губернатор журналистам сообщил»: the addressee closes no subject, whatever
                # the verb's number
                f = Found(f.start, f.end, f.kind, a._replace(m_end=toks.ends[j - 2]),
                          f.rule, f.parent)
            elif j > i and c < len(toks.lows) and toks.lows[c].endswith(_PLURAL):
                r = _recipient_start(toks, i, j)
                if r >= 0:
                    place = _place_before(toks, r)
                    if place is not None:
                        f = Found(f.start, f.end, f.kind, a._replace(
                            m_start=toks.starts[place[0]], m_end=toks.ends[place[1] - 1]),
                            f.rule, f.parent)
                    elif r == i:
                        f = without_mention(f)
        out.append(f)
    return out
