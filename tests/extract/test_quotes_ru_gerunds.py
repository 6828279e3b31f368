"""The subject a Russian gerund of saying hangs on (discourse.extract.quotes.lang.ru.gerunds)."""

import pandas as pd

from discourse.extract.quotes import extract_quotes
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


def test_an_object_opening_the_clause_leaves_the_subject_after_the_verb():
    # «Эту информацию подтвердила X, сообщив, что P»: «эту» is no subject (it took "Эту
    # информацию" for the speaker)
    text = ("Эту информацию подтвердила пресс-секретарь премьера Наталья Тимакова, сообщив, что "
            "Дмитрий Медведев был в курсе возможной отставки.")
    q = extract_quotes(pd.DataFrame({"doc_id": ["a"], "text": [text], "lang": ["ru"]}))
    assert list(zip(q["text"], q["speaker_mention"])) == [
        ("Дмитрий Медведев был в курсе возможной отставки",
         "пресс-секретарь премьера Наталья Тимакова")]
    # a subject before the verb is unchanged
    text = "Министр подтвердил эту информацию, сообщив, что отставка Медведева не обсуждалась."
    q = extract_quotes(pd.DataFrame({"doc_id": ["a"], "text": [text], "lang": ["ru"]}))
    assert list(q["speaker_mention"]) == ["Министр"]
