"""English: a report ends before ", with X <participle of saying> Q".

"The bus driver told reporters he lost control, with some local press claiming he was attempting
to pass another vehicle" (Wikinews dev12): the absolute clause after "with" is a second report,
by its own subject ("some local press"), not part of the first. The sentence rules cut a report
at ", claiming Q" (:func:`.report_cuts._cut_at_coordinated_cue`) but not when "with" and the
participle's subject stand between the comma and the cue. :func:`with_participle_comma` finds
that comma; the cut then leaves Q to its own report, whose speaker the attribution reads after
"with" (``en_participle_source.participle_subject``). "…, with work starting on Monday" (no cue) is left
alone.
"""

from __future__ import annotations

from discourse.extract.quotes.tokens import Toks, wordish

__all__ = ["with_participle_comma"]

# Words that end the search for "with": the subject of the participle holds none of them.
_STOP = frozenset("that which who and but or said says".split())


def with_participle_comma(toks: Toks, a: int) -> int | None:
    """The token of the comma before ", with <one to six words> <participle at a>", the
    participle in "-ing" (a cue of the lexicon at ``a``), else None."""
    words, lows = toks.words, toks.lows
    if not lows[a].endswith("ing"):
        return None
    for w in range(a - 2, max(1, a - 8), -1):
        if lows[w] == "with":
            return w - 1 if words[w - 1] == "," else None
        if not wordish(words[w]) or lows[w] in _STOP:
            return None
    return None
