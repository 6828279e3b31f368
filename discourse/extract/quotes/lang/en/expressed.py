"""English: "expressed concern/support/a desire/disappointment": a stance, no report (issue 14).

*Express* takes a noun of feeling or stance ("expressed concern about the number of …",
"expressed a desire to work with Warren", "expressed dissatisfaction with Bolton", "expressed
their disappointment on Twitter", "expressed a preference to proceed …"); the English Wikinews
gold annotates none of these (annotator X: "expressed a preference to" is a stance; C, V, W
likewise leave them out) and annotates *express* only with a clause ("has expressed she is
uninterested in …", "expressed disappointment and that the prime minister's office intends
…"). On the Wikinews dev splits dev3, dev4, dev7, dev8 and dev9 the noun objects gave eleven
reports, none in the gold. A report of *express* that reads as a clause (subject and finite
verb) or opens after "that" is kept, and so is an intention ("Cummings expressed intent to
become a lawyer": annotator C reads an intention as a report, as "stated her intention to").
"""

from __future__ import annotations

from discourse.extract.quotes.document import Doc, Found
from discourse.extract.quotes.lang.en.clause_like import looks_like_clause

__all__ = ["expressed_stance"]

_INTENT = frozenset("intent intention intentions plan plans".split())


def expressed_stance(doc: Doc, f: Found) -> bool:
    """Is ``f`` a report of a form of *express* whose span is a noun object, not a clause?"""
    a = f.attr
    if a is None or f.kind != "indirect" or not a.cue.startswith("express"):
        return False
    i, j = doc.tok_index(f.start), doc.tok_index(f.end)
    if i > 0 and doc.toks.lows[i - 1] == "that":
        return False
    if any(low in _INTENT for low in doc.toks.lows[i:min(j, i + 4)]):
        return False
    return not looks_like_clause(doc.toks, i, j)
