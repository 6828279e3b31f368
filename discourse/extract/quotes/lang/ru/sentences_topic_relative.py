"""A colon after a relative clause about the antecedent: its subject does not speak the block.

«Екатерина Сабирова также пролила свет на загадочное письмо, о котором ранее говорил
пресс-секретарь президента Дмитрий Песков:» and her words follow. The verb of saying before the
colon stands in a relative clause whose pronoun is the object of «о» (``о котором``, ``об
этом``-like: the antecedent is what that clause's subject once spoke about); the clause names a
past statement on the topic, and the colon closes the whole sentence, whose main clause
introduces what follows. Attribution before a mark (:func:`.quoted.attr_before`) took the
relative clause's subject, a wrong person (and camp). :func:`topic_relative` tells such a cue:
the speaker is then the main clause's named subject (:func:`.mainclause.main_subject`), or
nobody, never the relative clause's own subject. Token offsets are the sentence's.
"""

from __future__ import annotations

from discourse.extract.quotes.lang.ru.mainclause import main_subject
from discourse.extract.quotes.lang.ru.phrases import TokSpan
from discourse.extract.quotes.tokens import Toks, wordish

__all__ = ["topic_relative"]

# «о»/«об» + a relative pronoun in the prepositional case: the antecedent is a topic
_TOPIC_RELATIVES = frozenset("котором которой которых".split())
# words that may stand between the pronoun and the verb ("о котором ранее говорил")
_MAX_BETWEEN = 3


def topic_relative(toks: Toks, lo: int, a: int, tj: int) -> tuple[bool, TokSpan | None]:
    """``(True, main clause subject or None)`` when the cue at ``a`` opens a relative clause
    ", о котором … V X" that runs to the colon at ``tj`` (the end of the attribution before a
    mark); ``(False, None)`` otherwise."""
    words, lows = toks.words, toks.lows
    for k in range(a - 1, max(lo, a - 2 - _MAX_BETWEEN), -1):
        if lows[k] in _TOPIC_RELATIVES:
            break
    else:
        return False, None
    if k - 2 < lo or lows[k - 1] not in ("о", "об") or words[k - 2] != "," or any(
            not wordish(w) for w in words[k:a]):
        return False, None  # (the cue in the relative clause: "X, о котором писали газеты, заявил")
    if tj - 1 <= a or words[tj - 1] != ":" or any(w in (",", ";", ".") for w in words[a:tj - 1]):
        return False, None  # the relative clause must run to the colon
    span = main_subject(toks, lo, k - 1)
    if span is not None and "," in words[span[0]:span[1]]:
        # "Екатерина Сабирова, которой сейчас 23 года,": the name, not its relative clause
        span = (span[0], span[0] + words[span[0]:span[1]].index(","))
    return True, span
