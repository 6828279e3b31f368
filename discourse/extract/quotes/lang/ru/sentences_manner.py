"""The speaker after the verb when a manner phrase stands before it: ``«…», — упавшим голосом
сказала она по телефону журналистам`` (the speaker is «она»).

After a quotation and a dash the attribution may open with how the words were said (упавшим
голосом, тихо, со вздохом), the verb and then its subject. The shared reading takes the words
between the dash and the verb for the subject and, finding none there, gives no mention.
:func:`manner_before_verb` is a revision (``QuoteLanguage.revisions``): a quotation whose cue
follows it after a dash with one to three lower-case words between, none of them a possible
nominative (a manner, not a subject: «— министр сказал» keeps its own reading), and no mention but
these words («тихо», which names nobody), gets the subject after the verb
(:func:`.speakers.speaker_of` on the words after the cue).

Before: ``Found`` with ``Attr(<verb>, …)`` and no mention or the manner words as mention. After:
the same attribution with the subject after the verb as mention (rule ``manner_before_verb``);
others unchanged.
"""

from __future__ import annotations

import re

from discourse.extract.quotes.document import Doc, Found
from discourse.extract.quotes.lang.ru.morph import maybe_nominative
from discourse.extract.quotes.lang.ru.speakers import speaker_of
from discourse.text import sentence_end

__all__ = ["manner_before_verb"]

# The closing mark (wiki italics '' may follow it), the dash and one to three lower-case words
# before the verb.
_MANNER = re.compile(r"^[»\"“”']*[,!?.…]*\s*[—–-]\s*((?:[а-яё]+\s+){1,3})$")


def manner_before_verb(doc: Doc, found: list[Found]) -> list[Found]:
    """``found`` with the subject after the verb as the mention of a dash attribution that opens
    with a manner phrase."""
    text, toks = doc.text, doc.toks
    out: list[Found] = []
    for f in found:
        a = f.attr
        if f.kind in ("direct", "partial") and a is not None and a.cue_start >= f.end and (
                a.m_start < 0 or f.end <= a.m_start < a.m_end <= a.cue_start):
            m = _MANNER.match(text[f.end:a.cue_start])
            if m is not None and not any(maybe_nominative(w) for w in m.group(1).split()):
                c = doc.tok_index(a.cue_start)
                hits = doc.hits_between(c, c + 1)
                _, pe = doc.para_of(a.cue_start)
                hi = doc.tok_index(sentence_end(text, a.cue_end, pe))
                span = speaker_of(toks, hits[0], c, hi) if hits else None
                if span is not None and span[0] >= hits[0][1]:
                    attr = a._replace(m_start=toks.starts[span[0]], m_end=toks.ends[span[1] - 1],
                                      rule="manner_before_verb")
                    f = Found(f.start, f.end, f.kind, attr, "manner_before_verb", f.parent)
        out.append(f)
    return out
