"""English: how far a mid-sentence "according to X" reaches (issue 14, whole articles).

``according_to._according_to`` reads "P, according to X, Q" and "P according to X." with P the
clause from its start. Two shapes of whole news articles (Wikinews dev to dev12) bound the
source's reach otherwise:

- **An open end before the source** (:func:`open_before_source`): when P stops on a word that
  needs what follows — a preposition or "when"/"where" ("The relic was carried in procession
  followed by, according to varying reports, nearly 2000 people", "Friday was when, according to
  earlier event plans, millions of people were to storm …") — Q completes P and is the source's
  report too, whatever its first word (a count, a noun phrase), and a short P is still a part;
  after a preposition Q is a noun phrase and ends at its comma (:func:`open_end_close`).
- **A participle clause before a closing source with no comma** (:func:`participle_scope`):
  "The typhoon made landfall on Tuesday, killing at least 20 according to officials" and "…, with
  the number rising by 1,000 a day according to the Vox website": with no comma before it, the
  source attaches to the nearest clause, the participle's (after "with", its subject on); the
  main clause before the comma is the article's narration.
"""

from __future__ import annotations

from discourse.extract.quotes.tokens import Toks, cap

__all__ = ["open_before_source", "open_end_close", "participle_scope"]

# Words that cannot end a clause or a phrase: what follows them completes them.
_OPEN_ENDS = frozenset("of by to from with for than about at in on into when where".split())

# "-ing" words that are no participle opening a clause ("during", "according"; nouns of time).
_NOT_PARTICIPLES = frozenset("""during according including excluding regarding concerning
    morning evening something nothing anything everything thing things king""".split())


def open_before_source(toks: Toks, a: int) -> bool:
    """Does the stretch before ", according to" at token ``a`` end in a word that needs what
    follows (a preposition, "when", "where": "followed by, according to X, nearly 2000 people")?
    """
    return a >= 2 and toks.words[a - 1] == "," and toks.lows[a - 2] in _OPEN_ENDS


def open_end_close(toks: Toks, a: int, c: int, tj: int) -> int:
    """Token where the completion after the source's comma ``c`` ends, the source at ``a``
    after an open end (:func:`open_before_source`): after a preposition a noun phrase, to its
    comma ("followed by, according to X, nearly 2000 people, perhaps some hundreds more"); after
    "when"/"where" a clause, to the sentence's end ``tj``."""
    words = toks.words
    if toks.lows[a - 2] in ("when", "where"):
        return tj
    for k in range(c + 2, tj):
        if words[k] in ",;:" and not (words[k] == "," and words[k - 1][-1:].isdigit() and (
                k + 1 < tj and words[k + 1][:1].isdigit())):
            return k
    return tj


def _participle(toks: Toks, k: int) -> bool:
    """Is token ``k`` a lower-case "-ing" form that may open a participle clause ("killing")?"""
    low = toks.lows[k]
    return low.endswith("ing") and len(low) > 4 and not cap(toks.words[k]) and (
        low not in _NOT_PARTICIPLES)


def participle_scope(toks: Toks, ti: int, a: int) -> int:
    """First token of the report before "according to" at ``a`` (no comma between them), the
    clause starting at ``ti``: the participle after the last comma (", killing at least 20
    according to X"), or the subject after ", with" when a participle follows it within six
    words (", with the number rising … according to X"); else ``ti``."""
    words, lows = toks.words, toks.lows
    if a - 1 <= ti or words[a - 1] == ",":
        return ti
    for k in range(a - 1, ti, -1):
        if words[k] in ";:()\"“”":
            return ti  # another clause or a quotation: leave the reading as it was
        if words[k] != "," or (words[k - 1][-1:].isdigit() and words[k + 1][:1].isdigit()):
            continue  # (a comma inside a number, "1,000", as the tokens may split it)
        if k + 2 < a and _participle(toks, k + 1):
            return k + 1
        if k + 3 < a and lows[k + 1] == "with" and any(
                _participle(toks, m) for m in range(k + 3, min(a, k + 8))):
            return k + 2
        return ti  # only the last comma before the source is read
    return ti
