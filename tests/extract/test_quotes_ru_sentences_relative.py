"""Russian quotation: a fragment in marks that the verb of a relative clause governs (``Госдеп,
который выразил «озабоченность»``) is the antecedent's wording, not the main clause speaker's
(``quotes/lang/ru/sentences_relative.py``). Short news sentences of our own, negatives included."""

from __future__ import annotations

import pandas as pd

from discourse.extract.quotes import extract_quotes


def partials(text: str) -> list[tuple[str, str, str]]:
    """``(span, cue, speaker mention)`` of each ``partial`` of one Russian article."""
    q = extract_quotes(pd.DataFrame({"doc_id": ["a"], "text": [text], "lang": ["ru"]}))
    return [(r.text, r.cue, r.speaker_mention) for r in q.itertuples() if r.kind == "partial"]


def test_the_relative_clause_speaks_for_its_antecedent():
    text = ("Министерство назвало «абсурдным» заявление Госдепартамента США, который выразил "
            "«глубокую озабоченность» решением суда.")
    assert partials(text) == [("абсурдным", "назвало", "Министерство"),
                              ("глубокую озабоченность", "выразил", "Госдепартамента США")]


def test_a_speech_act_in_the_relative_clause():
    text = ("Губернатор назвал «провокацией» акцию Навального, который потребовал «немедленной "
            "отставки всего правительства».")
    assert partials(text)[1] == ("немедленной отставки всего правительства", "потребовал",
                                 "Навального")


def test_an_unnamed_antecedent_leaves_the_speaker_unknown():
    text = ("Министр назвал «ошибкой» письмо группы депутатов, которые выразили «полное "
            "несогласие» с реформой.")
    assert partials(text)[1] == ("полное несогласие", "выразили", "")


def test_a_relative_clause_with_no_verb_of_saying_keeps_the_main_speaker():
    text = "Министр назвал Иванова человеком, который стал «настоящим героем нашего времени»."
    assert partials(text) == [("настоящим героем нашего времени", "назвал", "Министр")]


def test_the_noun_before_a_genitive_antecedent_is_left_out():
    text = ("Депутат назвал «позорным» выступление представителя МИД, который выразил «полную "
            "поддержку» решению.")
    assert partials(text)[1] == ("полную поддержку", "выразил", "представителя МИД")
