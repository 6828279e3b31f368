"""Russian quotation: a lower-case list in marks with no verb near it is someone's wording (a
law's, a charge's), and a capitalised text whose comma joins clauses with a finite verb the
endings miss (an imperative, a second person) is a saying, not a title
(``quotes/lang/ru/content.py``). Short news sentences of our own, with the labels and titles
that must stay out."""

from __future__ import annotations

import pandas as pd

from discourse.extract.quotes import extract_quotes


def quotes(text: str) -> list[tuple[str, str, str]]:
    """``(kind, span, speaker mention)`` of each quote of one Russian article."""
    q = extract_quotes(pd.DataFrame({"doc_id": ["a"], "text": [text], "lang": ["ru"]}))
    return [(r.kind, r.text, r.speaker_mention) for r in q.itertuples()]


def quoted(text: str) -> list[tuple[str, str]]:
    return [(q[0], q[1]) for q in quotes(text) if q[0] in ("direct", "partial", "nested")]


def test_a_list_of_charges_in_marks_is_quoted_wording():
    text = ("Страницы известного блогера заблокированы за «ложные сведения, оскорбления, "
            "травлю и призывы к беспорядкам».")
    assert quoted(text) == [("partial", "ложные сведения, оскорбления, травлю и призывы к "
                                        "беспорядкам")]


def test_a_two_item_list_in_the_genitive():
    text = "Кроме того, штрафы могут ввести и за пропаганду «насилия, жестокости»."
    assert quoted(text) == [("partial", "насилия, жестокости")]


def test_a_label_of_one_noun_phrase_stays_out():
    text = "Против организации с ярлыком «иностранного агента» завели новое дело."
    assert quoted(text) == []


def test_a_capitalised_list_without_a_verb_stays_a_title():
    text = "В продажу поступил новый сборник рассказов писателя — «Весна, лето и осень»."
    assert quoted(text) == []


def test_imperatives_joined_by_a_comma_are_a_saying_nested_in_a_fragment():
    text = ("По словам священника, новый закон о митингах «прямо противоречит известной "
            "заповеди: „Любите врагов ваших, благословляйте проклинающих вас“».")
    assert ("nested", "Любите врагов ваших, благословляйте проклинающих вас") in quoted(text)


def test_a_capitalised_answer_with_a_present_verb_after_a_comma_is_direct():
    text = ("На вопросы о самочувствии журналист отвечает: ''«Вроде голова цела, трясёт "
            "только»''.")
    assert quoted(text) == [("direct", "Вроде голова цела, трясёт только")]


def test_a_short_clause_with_a_finite_verb_is_someones_wording():
    text = ("Депутат отметил, что в юности ему было трудно. В то же время его имя теперь "
            "«работает на пользу» его карьере.")
    assert ("partial", "работает на пользу") in quoted(text)


def test_a_short_noun_label_without_a_verb_stays_out():
    text = "Министерство опубликовало «дорожную карту» реформы и «белый список» компаний."
    assert quoted(text) == []


def test_a_finite_verb_the_endings_miss_is_read_from_the_dictionary():
    # "начнется" written with е: no ending rule takes it, pymorphy reads a finite verb
    text = ("Стрелок опубликовал манифест. В своём посте он обещал, что «скоро начнется "
            "прямая трансляция». Сеть удалила этот пост.")
    assert [q[:2] for q in quotes(text) if q[0] == "partial"] == [
        ("partial", "скоро начнется прямая трансляция")]
