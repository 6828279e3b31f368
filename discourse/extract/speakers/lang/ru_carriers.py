"""Statement nouns that carry words but name nobody: «В заявлении также говорится», «говорится в
пресс-релизе».

A quotation attributed to a bare carrier noun (the statement, not its author) has no speaker of
its own: its author is named elsewhere, if at all («В заявлении МВД … В заявлении также
говорится»). Read as a role description it used to reach the most recent organisation the text
named («депутат Верховной Рады» → the Verkhovna Rada, not the ministry whose statement it is): a
wrong actor is worse than none. :data:`STATEMENT_NOUNS` joins the Russian
``empty_descriptions``, so that a mention made of these words alone resolves to nobody; a
mention that names the author («заявлении МВД») is read as before.
"""

from __future__ import annotations

__all__ = ["STATEMENT_NOUNS"]

# The carrier nouns of the quotation rules (``quotes/lang/ru/words.CARRIER_NOUNS``) in the
# prepositional case, less «сайте», «блоге», «микроблоге», «твиттере» (a medium the resolver
# reads as such) and «выступлении», «интервью», «речи» (said by a person named nearby).
STATEMENT_NOUNS = frozenset("""аннотации бюллетене декларации докладе документах документе
    заявлении заявлениях коммюнике материалах некрологе обращении описании определении отчете
    отчёте письме поздравлении послании постановлении пресс-релизе приговоре приказе протоколе
    публикации распоряжении резолюции релизе решении сообщении сообщениях статье тексте
    телеграмме уведомлении указе""".split())
