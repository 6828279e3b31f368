"""An outlet that cites its source speaks (issue 12, branch ru-grid2).

After a verb of saying an outlet's name followed by a lower-case word is read as the listener
(«сообщил ТАСС источник»: the source told TASS). «Как сообщает ТАСС со ссылкой на источник»,
«сообщает BBC со ссылкой на источник в правительстве» are no such thing: «со ссылкой на» says the
outlet reports, citing someone. When the cited source is named, the rules of
:mod:`.speakers` give it; when it is not («на источник»), the outlet is the speaker, as
the gold annotates it (tests/gold/wikinews_ru/NOTES.md, train-539).
"""

from __future__ import annotations

from discourse.extract.quotes.lang.ru.words import OUTLET_WORDS
from discourse.extract.quotes.tokens import Toks

__all__ = ["cites_source"]


def cites_source(toks: Toks, j: int, hi: int) -> bool:
    """Does the outlet's name opening at token ``j`` (its words in ``OUTLET_WORDS``: «ТАСС»,
    «РИА Новости») run up to «со ссылкой на» before ``hi``?"""
    lows = toks.lows
    k = j
    while k < hi and lows[k] in OUTLET_WORDS:
        k += 1
    return k + 2 < hi and lows[k] == "со" and lows[k + 1] == "ссылкой" and lows[k + 2] == "на"
