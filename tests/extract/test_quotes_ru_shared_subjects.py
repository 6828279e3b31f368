"""The speaker of a fragment after a verb that shares an earlier verb's subject, and a short end
of a quotation before a dash attribution (round thirty, branch ru-sentences9:
``discourse/extract/quotes/lang/ru/sentences_shared_subjects.py`` and
``sentences_short_closers.py``). Sentences written for this test."""

from __future__ import annotations

import pandas as pd
import pytest

from discourse.extract.attributed import extract_attributed_quotes

_QUOTED = ["direct", "partial", "nested"]


def _extract(text: str) -> pd.DataFrame:
    return extract_attributed_quotes(pd.DataFrame({"doc_id": ["d"], "text": [text]}))


def _quote(pred: pd.DataFrame, words: str) -> pd.Series:
    rows = pred[(pred["text"] == words) & pred["kind"].isin(_QUOTED)]
    assert len(rows) == 1, pred[["text", "kind", "speaker_mention"]].to_string()
    return rows.iloc[0]


@pytest.mark.parametrize(("text", "words", "mention"), [
    # a coordinated predicate: the second verb has the first one's subject
    ("Вчера Лукашенко осудил санкции и пообещал в ответ «ударить по самому больному для Европы».",
     "ударить по самому больному для Европы", "Лукашенко"),
    ("В своём выступлении Меркель поддержала беженцев и призвала соседей «не закрывать границы».",
     "не закрывать границы", "Меркель"),
    # a particle between the subject and the first verb
    ("В суд поступило письмо, в котором он якобы прощает соседа и просит «не сажать его, потому что "
     "тюрьму он не выдержит».", "не сажать его, потому что тюрьму он не выдержит", "он"),
    # the same with the quotation's closing mark lost to the next sentence: a lower-case direct
    ("В суд поступило письмо, в котором он якобы прощает соседа и просит «не сажать его, потому "
     "что тюрьму он не выдержит.", "не сажать его, потому что тюрьму он не выдержит.", "он"),
    # a relative clause with no subject of its own shares the main clause's
    ("Навальный опубликовал обращение, в котором призвал сторонников «прийти на площадь».",
     "прийти на площадь", "Навальный"),
])
def test_a_verb_with_a_shared_subject_gives_the_fragment_its_speaker(text, words, mention):
    row = _quote(_extract(text), words)
    assert row["speaker_mention"] == mention


@pytest.mark.parametrize(("text", "words"), [
    # «и» joins two clauses with subjects of their own: the second verb's subject is «Рада»
    ("Президент уехал в Брюссель, и Рада предложила «отложить голосование».", "отложить голосование"),
    # the verbs do not agree: «обещали» is not the singular «осудил»'s partner
    ("Министр осудил решение и обещали «пересмотреть тарифы».", "пересмотреть тарифы"),
    # the first predicate's subject is a common noun: too weak to name a speaker
    ("Вчера чиновник осудил санкции и пообещал «адекватные меры».", "адекватные меры"),
])
def test_no_shared_subject_is_invented(text, words):
    pred = _extract(text)
    rows = pred[(pred["text"] == words) & pred["kind"].isin(_QUOTED)]
    assert rows.empty or rows.iloc[0]["speaker_mention"] not in ("Президент", "Министр", "чиновник"), \
        rows.to_string()


@pytest.mark.parametrize(("text", "words", "mention"), [
    ("Отлично», — сказал тренер сборной Станислав Черчесов.", "Отлично", "тренер сборной Станислав Черчесов"),
    ("Спасибо, друзья!», — написал губернатор Александр Беглов.", "Спасибо, друзья!",
     "губернатор Александр Беглов"),
    ("Полный провал», — заявил депутат Олег Смолин.", "Полный провал", "депутат Олег Смолин"),
])
def test_a_short_end_of_a_quotation_before_a_dash_attribution_is_direct(text, words, mention):
    row = _quote(_extract(text), words)
    assert row["kind"] == "direct" and row["speaker_mention"] == mention


@pytest.mark.parametrize("text", [
    # the tail of a name before a full stop: no dash attribution, no quotation
    "Газпром». Компания сообщила о росте добычи.",
    # a dash after the mark but no verb of saying after it
    "Спартак» — чемпион страны.",
    # a lower-case start is the middle of a sentence, not a remark's end
    "нефти», — сообщил министр.",
])
def test_no_short_closer_without_a_cue(text):
    pred = _extract(text)
    assert not (pred["kind"] == "direct").any(), pred[["text", "kind"]].to_string()
