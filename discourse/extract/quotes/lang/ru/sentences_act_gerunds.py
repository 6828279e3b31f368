"""The speaker of a fragment in marks after a gerund of a speech act: ``Аккаунт принёс
извинения, обещав быть более «социально ответственным»``.

A gerund after a comma shares the subject of its main clause (the rule of Russian grammar that
the gerund's doer is the sentence's subject). A fragment in marks that a gerund of promising,
calling or asking governs («обещав быть «…»», «призвав «…»») is that subject's words, as the
fragment after a finite «пообещал» is (:mod:`.mainclause`); the finite reading there asks for a
past or present tense ending, so a gerund leaves the fragment without a speaker.

:func:`act_gerund_subjects` revises the quotations found in marks. Before: ``partial``
fragments with no attribution. After: those whose sentence holds, before the fragment and after
a comma, a gerund of a cue or of a speech act (:func:`.mainclause.is_speech_act`) with no
sentence or clause break («;», «:») between it and the fragment get the gerund as the cue and
its main clause's subject (:func:`.gerunds.gerund_subject`) as the mention; others unchanged.
"""

from __future__ import annotations

from discourse.extract.quotes.document import Attr, Doc, Found
from discourse.extract.quotes.lang.ru.gerunds import gerund_subject, is_gerund
from discourse.extract.quotes.lang.ru.mainclause import is_speech_act
from discourse.extract.quotes.tokens import cap
from discourse.text import sentence_start

__all__ = ["act_gerund_subjects"]

# Most tokens between the gerund and the fragment («обещав быть более «…» и «…»»: marks count).
_REACH = 12


def act_gerund_subjects(doc: Doc, found: list[Found]) -> list[Found]:
    """``found`` with the main clause's subject for a fragment a gerund of a speech act governs
    (see the module docstring)."""
    toks = doc.toks
    words, lows, starts, ends = toks.words, toks.lows, toks.starts, toks.ends
    for f in found:
        if f.kind != "partial" or f.attr is not None:
            continue
        ps, _ = doc.para_of(f.start)
        ti, a = doc.tok_index(sentence_start(doc.text, ps, f.start)), doc.tok_index(f.start)
        hits = doc.hits_between(ti, a)
        firsts = {h[0] for h in hits}
        v = next((m for m in range(a - 1, max(ti, a - 1 - _REACH), -1)
                  if not cap(words[m]) and is_gerund(lows[m]) and (
                      m in firsts or is_speech_act(lows[m]))), -1)
        if v <= ti or words[v - 1] != "," or any(w in (";", ":", "!", "?", ".") for w in words[v:a]):
            continue
        span = gerund_subject(toks, ti, v, tuple(h[0] for h in hits))
        if span is None:
            continue
        f.attr = Attr(lows[v], starts[v], ends[v], starts[span[0]], ends[span[1] - 1], "cue_before")
        f.rule = "cue_before"
    return found
