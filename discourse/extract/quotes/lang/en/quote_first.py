"""English: the subject of a participle of saying in a sentence that opens with a quotation
(issue 14, round 32).

"“They’re not even trying to solve the problem,” the president said, adding they had offered
up “a message bill” …", "“In Russia, we took this news with regret,” Putin said, claiming Kim
“did everything he promised …”", ""We must be guided only by the interests of the people, this
is our only chance …," he said, adding he would continue …": the participle's subject is the
speaker of the attribution after the quotation. :func:`.phrases._main_subject` looks for it at
the sentence's first comma, which here stands inside the quotation (after "now", "Russia",
"people"), or behind a closing curly mark it does not skip, so the participle's report — its
that-less clause — had no subject and was lost; with "adding that" another rule read it. When
the sentence opens with a quotation mark, the subject is read after the mark that closes it.
Recurs on four independent dev parts (direct sets 2, 4, 5 and 6).
"""

from __future__ import annotations

from discourse.extract.quotes.tokens import Toks

__all__ = ["after_opening_quote"]

# The closing marks that may end a quotation opened by each opening mark.
_CLOSERS = {'"': ('"',), "“": ("”", '"'), "‘": ("’",), "'": ("'",)}


def after_opening_quote(toks: Toks, i: int, k: int) -> int:
    """Token after the mark that closes the quotation opening at token ``i`` (before ``k``, the
    participle), or -1 when ``i`` opens none or it does not close before ``k``."""
    closers = _CLOSERS.get(toks.words[i])
    if closers is None:
        return -1
    for m in range(i + 1, k - 1):
        if toks.words[m] in closers:
            return m + 1
    return -1
