"""Russian «как сообщил X, P» variants (issue 12, branch ru-grid): two standard news shapes the
grid in ``tests/extract/test_quotes_ru_grid.py`` found missing.

- **a pronoun before the verb**: ``Как он заявил, P`` / ``Как она ранее отметила журналистам,
  P``. A pronoun subject stands before the verb in news Russian (a noun after it: «Как заявил
  Песков»), so «как» is two words before the verb, not one; the report is what follows the
  comma after the verb, as for «Как заявил X, P».
- **a name, then its apposition in commas**: ``Как заявил Песков, пресс-секретарь президента,
  P``. The role phrase between the two commas belongs to the speaker, and P starts after the
  second comma (after a relative clause on the role, «…, который …,», when one follows). The
  phrase must open with a role noun, hold no verb and be short; otherwise the first comma opens
  P, as before («Как заявил Песков, переговоры продолжатся»).
"""

from __future__ import annotations

from discourse.extract.quotes.lang.ru.phrases import TokSpan, is_adverb, is_verb_form
from discourse.extract.quotes.tokens import Toks

__all__ = ["apposition_end", "pronoun_before_verb"]

# Third-person subject pronouns: the reporter's own «мы», «я» are not this shape's speakers
# («Как мы сообщали» is the outlet's back-reference, not a report of someone's words).
_PRONOUNS = frozenset("он она они".split())

# The words that may stand between the verb and its comma: a listener or a time («журналистам»,
# «ранее», «в понедельник»); longer runs are a clause of their own.
_MAX_AFTER_VERB = 4

# Role nouns that open an apposition after a name («Песков, пресс-секретарь президента,»).
_ROLE_HEADS = frozenset(
    """пресс-секретарь глава министр председатель представитель официальный руководитель
    директор посол спикер губернатор мэр советник помощник заместитель замминистра депутат
    сенатор премьер-министр вице-премьер лидер генеральный секретарь начальник командующий
    координатор уполномоченный""".split()
)
# The longest apposition we read (tokens): a role and its genitive complements.
_MAX_APPOSITION = 6


def _comma_after(toks: Toks, b: int, tj: int) -> int:
    """The comma closing «как он заявил …» at most ``_MAX_AFTER_VERB`` words after the verb's end
    ``b``, or -1."""
    words = toks.words
    e = b
    while e < tj and e - b <= _MAX_AFTER_VERB and words[e] != ",":
        if not words[e][:1].isalnum():
            return -1
        e += 1
    return e if e < tj and words[e] == "," else -1


def pronoun_before_verb(toks: Toks, a: int, b: int, ti: int, tj: int) -> tuple[TokSpan, int] | None:
    """``Как он заявил, P``: the pronoun's span and the comma before P, when the cue ``[a, b)``
    is preceded by a third-person pronoun (and adverbs, «как он ранее заявил») after «как»
    opening the sentence ``[ti, tj)``; None otherwise."""
    lows = toks.lows
    k = a - 1
    while k > ti and is_adverb(lows[k]):
        k -= 1
    if k - 1 != ti or lows[k] not in _PRONOUNS or lows[k - 1] != "как":
        return None
    e = _comma_after(toks, b, tj)
    if e < 0 or e + 2 >= tj:
        return None
    return (k, k + 1), e


def apposition_end(toks: Toks, span: TokSpan, e: int, tj: int) -> int:
    """The comma after a name's apposition (``Как заявил Песков, пресс-секретарь президента,
    P``) when the comma ``e`` closes the speaker ``span`` ending in a capitalised name and a
    short role phrase without a verb follows it up to a second comma; ``e`` otherwise."""
    words, lows = toks.words, toks.lows
    if span[1] != e or e + 1 >= tj or not words[e - 1][:1].isupper():
        return e
    if lows[e + 1] not in _ROLE_HEADS:
        return e
    f = e + 1
    while f < tj and words[f] != ",":
        if not words[f][:1].isalnum() or f - e > _MAX_APPOSITION or is_verb_form(lows[f]):
            return e
        f += 1
    if f + 2 >= tj or f - e < 3:
        return e   # a bare role («Песков, президент, …») may be a subject of P: keep the reading
    if lows[f + 1].startswith("котор"):
        # «…, пресс-секретарь суда, который принял решение, P»: a relative clause on the role
        # is the apposition's too; it ends at its comma (none: no safe reading, keep ``e``)
        g = f + 1
        while g < tj and words[g] != ",":
            g += 1
        return g if g + 2 < tj else e
    return f
