"""The Russian sentiment rule: lexicon by lemma, negation, contrast, boosters, one rule per length."""

from __future__ import annotations

import pandas as pd
import pytest

from discourse.measure import russian
from discourse.measure.sentiment import score_sentiment, sentiment_of


def test_words_are_looked_up_by_lemma_whatever_their_form():
    forms = ["Его обвинили.", "Её обвиняют.", "Прокурор обвинил его.", "Обвинение прозвучало."]
    assert all(russian.sentence_score(s) < 0 for s in forms)
    assert russian.lemma("обвинила") == "обвинить"
    assert russian.lemma("ёлка") == "елка"


def test_negation_flips_and_damps():
    plain, negated = russian.sentence_score("Это успех."), russian.sentence_score("Это не успех.")
    assert plain > 0 > negated
    assert abs(negated) < plain  # damped by VADER's factor 0.74 before normalising


def test_contrast_weighs_what_follows():
    # "трудный" alone is not in the lexicon; after "но" the positive word weighs 1.5
    assert russian.sentence_score("Это провал, но есть и успех.") > 0 > russian.sentence_score(
        "Это успех, но есть и провал.")
    # a joining "а" ("а также") is not a contrast: the words before it keep their weight
    joined = russian.sentence_score("Провал переговоров а также успех выставки.")
    assert joined == russian.sentence_score("Провал переговоров и успех выставки.")


def test_boosters_strengthen():
    assert russian.sentence_score("Это очень большой успех.") > russian.sentence_score(
        "Это большой успех.")


def test_neutral_news_sentence_scores_zero():
    assert russian.sentence_score("Встреча прошла в Минске в понедельник.") == 0.0


def test_quote_rule_is_the_mean_over_evaluative_sentences_at_every_length():
    one = "Мы осуждаем это преступление."
    neutral = " Встреча прошла в Минске."
    base = sentiment_of(one, "ru")
    assert base < 0
    for k in range(1, 5):
        assert sentiment_of(one + neutral * k, "ru") == base


def test_score_sentiment_picks_the_rule_by_the_lang_column_or_by_the_text():
    q = pd.DataFrame({"text": ["Это большой успех.", "We are grateful to our friends.",
                               "Это большой успех."], "lang": ["ru", "en", ""]})
    out = score_sentiment(q)
    assert out["sentiment"].iloc[0] == russian.sentence_score("Это большой успех.") > 0
    assert out["sentiment"].iloc[2] == out["sentiment"].iloc[0]  # empty lang: detected
    assert out["sentiment"].iloc[1] == sentiment_of("We are grateful to our friends.", "en")
    # without a lang column the language is detected per text
    assert score_sentiment(q.drop(columns="lang"))["sentiment"].tolist() == out["sentiment"].tolist()


def test_read_lexicon_reads_tsv_and_crowd_csv_and_names_bad_lines(tmp_path):
    tsv = tmp_path / "lex.tsv"
    tsv.write_text("# comment\nуспех\t2\nпровал\t-2.5\n", encoding="utf-8")
    assert dict(russian.read_lexicon(tsv)) == {"успех": 2.0, "провал": -2.5}
    csv = tmp_path / "raw.csv"
    csv.write_text("успех,2\nуспех,1\nстол,0\n", encoding="utf-8")
    assert dict(russian.read_lexicon(csv)) == {"успех": 2.25}
    custom = russian.read_lexicon(tsv)
    assert russian.sentence_score("Стол.", custom) == 0.0 < russian.sentence_score("Успех.", custom)
    tsv.write_text("успех\t9\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"lex.tsv, line 1: .*within \[-4, 4\]"):
        russian.read_lexicon(tsv)


def test_shipped_lexicon_is_a_few_hundred_to_a_few_thousand_lemmas():
    lex = russian.default_lexicon()
    assert 500 <= len(lex) <= 5000
    assert all(-4 <= v <= 4 for v in lex.values())
    assert lex["успех"] > 0 > lex["обвинить"]
