"""The subject a Russian gerund of saying hangs on (discourse.extract.quotes.lang.ru.gerunds)."""

from discourse.extract.quotes.lang.ru.gerunds import gerund_subject, is_gerund
from discourse.extract.quotes.tokens import Toks, token_columns


def _subject(sentence: str, gerund: str) -> str | None:
    toks = Toks(*token_columns(sentence))
    a = toks.lows.index(gerund)
    span = gerund_subject(toks, 0, a)
    return None if span is None else " ".join(toks.words[span[0]:span[1]])


def test_gerund_forms():
    assert all(map(is_gerund, ("заявив", "отметив", "добавив", "заявляя", "подчеркнувши")))
    assert not any(map(is_gerund, ("заявил", "сказала", "мэр")))


def test_the_main_clause_subject_speaks_for_the_gerund():
    assert _subject("Министр Иван Петров выступил с критикой проверки, заявив: «Это ошибка».",
                    "заявив") == "Министр Иван Петров"


def test_no_subject_before_the_main_verb_names_nobody():
    # no comma before the gerund: no main clause it hangs on (unless the caller allows it)
    assert _subject("Мэр города выступил заявив: «Мы рады».", "заявив") is None
    # no finite verb before the gerund
    assert _subject("Сразу, заявив: «Мы рады».", "заявив") is None
