"""A listener in the dative after the verb is no speaker: ``Д’Хоге поместил её на втором этаже
…, и говорил всем, что это «небольшой личный подарок …»`` (the speaker is Д’Хоге, not «всем»).

When the verb of saying has no subject of its own in its clause (a second verb of one subject:
«X сделал …, и говорил всем, что …»), the word after the verb may be whom the words were said
to, in the dative («всем», «журналистам», «ему»). :func:`listeners` is a revision
(``QuoteLanguage.revisions``): a mention after the cue that is one lower-case word, a noun or a
pronoun in the dative with no reading in the nominative, right after the verb (not «отмечается
в его телеграмме», a carrier), is replaced by the named subject before
the verb in its sentence (:func:`.mainclause.act_subject`; after «и», the subject of the first
verb of the chain), or dropped when there is none (a
listener is never the speaker: unknown is better than wrong).

Before: ``Found`` whose mention after its cue is a listener. After: the subject as mention (rule
``listener_subject``) or no mention; others unchanged.
"""

from __future__ import annotations

from functools import lru_cache

from discourse.extract.quotes.document import Doc, Found
from discourse.extract.quotes.lang.ru.mainclause import act_subject
from discourse.extract.quotes.lang.ru.morph import (
    dative_listener,
    finite_verb,
    maybe_nominative,
    readings,
)
from discourse.extract.quotes.tokens import cap
from discourse.text import sentence_start

__all__ = ["listeners"]


@lru_cache(maxsize=1024)
def _listener(low: str) -> bool:
    """A noun or pronoun in the dative with no nominative reading (журналистам, ему), or «всем»
    (a pronoun adjective standing for people, in the plural dative)."""
    if maybe_nominative(low):
        return False
    return dative_listener(low) or any(
        p.tag.POS == "ADJF" and "Subx" in p.tag and "plur" in p.tag and p.tag.case == "datv"
        for p in readings(low))


def listeners(doc: Doc, found: list[Found]) -> list[Found]:
    """``found`` with a dative listener after the verb replaced by the verb's named subject."""
    text, toks = doc.text, doc.toks
    out: list[Found] = []
    for f in found:
        a = f.attr
        if a is not None and a.cue_start >= 0 and a.m_start >= a.cue_end:
            word = text[a.m_start:a.m_end]
            low = word.lower()
            # right after the verb: «говорил всем», not a carrier «отмечается в его телеграмме»
            adjacent = not text[a.cue_end:a.m_start].strip()
            if " " not in word and word.islower() and adjacent and _listener(low):
                ps, _ = doc.para_of(a.cue_start)
                ti, v = doc.tok_index(sentence_start(text, ps, a.cue_start)), doc.tok_index(a.cue_start)
                span = act_subject(toks, v, ti) if v > ti else None
                if span is None and v > ti and toks.lows[v - 1] in ("и", ","):
                    # «X поместил …, и говорил всем»: the subject of the first verb of the chain
                    first = next((k for k in range(ti + 1, v) if finite_verb(toks.lows[k])
                                  and not cap(toks.words[k])), -1)
                    span = act_subject(toks, first, ti) if first > ti else None
                if span is not None:
                    attr = a._replace(m_start=toks.starts[span[0]], m_end=toks.ends[span[1] - 1],
                                      rule="listener_subject")
                else:
                    attr = a._replace(m_start=-1, m_end=-1)
                f = Found(f.start, f.end, f.kind, attr, attr.rule, f.parent)
        out.append(f)
    return out
