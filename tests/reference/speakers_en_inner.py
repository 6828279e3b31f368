"""``inner_speaker`` of ``discourse/extract/speakers/lang/en_inner.py`` at 1ed8863 (before speed
pass twenty): the joined-clause pattern and the inner verb's pattern were tried over every
stretch between a mention and its quote, also when it holds no comma or does not end with a
word that may end the verb's match. Only the name and the helpers' paths changed (they are read
from the package)."""

from __future__ import annotations

from discourse.extract.speakers.lang import en_inner
from discourse.extract.speakers.lang.en_inner import (
    _INNER_VERB,
    _OUTER,
    _RELATIVE,
    _SENTENCE_OR_LINE_END,
    _SET_OFF,
    _STOP,
    _coordinated_subject,
    _np_before,
)


def reference_inner_speaker(text: str, ms: int, me: int, qs: int) -> tuple[int, int] | None:
    """Offsets of the speaker of the verb of saying right before a quote at ``qs``, when that is
    not the mention ``[ms, me)`` before it but a relative clause's antecedent or the subject of a
    reported report between them; None when the stretch has neither shape."""
    if not (0 <= ms < me <= qs) or qs - me > 220:
        return None
    between = text[me:qs]
    if _SENTENCE_OR_LINE_END.search(between):
        return None  # another sentence
    got = _coordinated_subject(text, me, qs)
    if got is not None:
        return got
    verb = _INNER_VERB.search(text, me, qs)
    if verb is None or verb.start() <= me:
        return None
    v = verb.start()
    rel = _RELATIVE.search(text, me, v)
    if rel is not None and rel.end() == v:
        np_ = _np_before(text, me, rel.start())
        if np_ is not None and np_[0] > me and en_inner._usable(text, *np_):
            return np_
        return None
    outer = _OUTER.match(text, me, v)
    if outer is None:
        return None
    a, b = outer.end(), v
    set_off = _SET_OFF.search(text, a, b)
    if set_off is not None:
        b = set_off.start()
    b = len(text[:b].rstrip())
    phrase = text[a:b]
    words = phrase.split()
    if not words or len(words) > 8 or any(c in phrase for c in ",;:\"“”()"):
        return None
    if any(w.lower() in _STOP or (w[:1].islower() and len(w) > 4 and w.endswith("ed"))
           for w in words):
        return None  # not a plain noun phrase: another verb or a preposition in it
    return (a, b) if en_inner._usable(text, a, b) else None

