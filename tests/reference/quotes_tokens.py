"""The tokenizer of :mod:`discourse.extract.quotes.tokens` as it was: one match object per
token of ``TOKEN``, the abbreviation fix-up per token (before ``token_columns``: one ``re.split``
of ``SPLIT_TOKENS``, offsets as running sums, lower-casing in a C loop)."""

from __future__ import annotations

from discourse.extract.quotes.tokens import TOKEN, Tok
from discourse.text import ABBREVIATIONS


def reference_tokens(text: str, start: int = 0, end: int | None = None) -> list[Tok]:
    """The tokenizer as it was: one match object per token, abbreviation fix-up per token."""
    toks: list[Tok] = []
    n = len(text)
    last_end = -1
    finditer = TOKEN.finditer(text, start) if end is None else TOKEN.finditer(text, start, end)
    for m in finditer:
        s, e = m.span()
        if s < last_end:  # the full stop was absorbed by the previous token
            continue
        word = m.group()
        if e < n and text[e] == "." and word[:1].isalpha() and (
            word.lower() in ABBREVIATIONS or (len(word) == 1 and word.isupper())
        ):
            e += 1
            word += "."
        low = word.lower().replace("’", "'")
        toks.append(Tok(s, e, word, low))
        last_end = e
    return toks
