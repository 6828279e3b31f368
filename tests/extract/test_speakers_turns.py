"""Turns of speech (discourse.extract.speakers.turns): block quotes signed after them, a report
or a participle that hands the next quote to its speaker, on sentences written for these tests,
through ``attribute_speakers``; registry of one person (Claire Dubois), none of these people."""

from __future__ import annotations

import pytest

from tests.attribute_en import attribute


@pytest.fixture(scope="module")
def registry(dubois_registry):
    return dubois_registry


def test_block_quotes_signed_on_their_own_line_or_under_the_last_paragraph(registry, lex):
    # an embedded post signed after a dash on the quote's line, with its handle and date, and
    # a block quote of two paragraphs signed under the second (issue 14)
    text = ("Reactions poured in.\n\n"
            "“I am so proud of my father today. He deserved so much better.” — Meghan McCain "
            "(@MeghanMcCain) January 5, 2019\n\n"
            "Commentators were harsher.\n\n"
            "\"The president has lost the argument, and he knows it.\"\n\n"
            "\"Nobody in this town believes otherwise, not even his friends.\"\n\n"
            "— Kathleen Parker, The Washington Post\n\nOthers were less sure.")
    out = attribute(text, registry, lex)
    assert list(out["speaker"]) == ["Meghan McCain", "Kathleen Parker", "Kathleen Parker"]
    assert set(out["attribution"]) == {"signature_line"}
    assert list(out["speaker_mention"]) == ["Meghan McCain", "Kathleen Parker", "Kathleen Parker"]


@pytest.mark.parametrize("text", [
    "Reactions poured in.\n\n“We will win this.” — that was the message from the rally.",
    "Reactions poured in.\n\n“We will win this.” - Meghan McCain said so on Monday.",
    "He was clear: “We will win this.” — Meghan McCain, Twitter",
])
def test_a_dash_after_a_quote_that_signs_nothing(registry, lex, text):
    out = attribute(text, registry, lex)
    assert "signature_line" not in set(out["attribution"])


def test_a_second_verb_of_saying_keeps_the_subject_of_the_first(registry, lex):
    # the participle opening the sentence is nobody; the second report is the first's subject's
    # (issue 14, dev5)
    text = ("Speaking to Harbour Radio, Ann Bell, the port's director, explained that the port "
            "held a small share of the market, and stated they want to stay in Dunmore.")
    out = attribute(text, registry, lex)
    assert len(out) == 2 and set(out["speaker"]) == {"Ann Bell"}
    assert "Speaking" not in set(out["speaker_mention"])


def test_a_quote_after_a_report_continues_the_reporter_not_the_last_quote(registry, lex):
    # the officials spoke last: the quote is theirs, not the sheriff's (issue 14)
    text = ("\"We will not back down,\" Sheriff Ann Bell said.\n\n"
            "Other law enforcement officials said the suspect was armed. \"He is dangerous.\"\n\n"
            "\"We will find him,\" Bell said. The weather was cold. \"Stay inside.\"")
    out = attribute(text, registry, lex)
    direct = out[out["kind"] == "direct"].reset_index(drop=True)
    assert direct.at[1, "speaker_mention"] == "Other law enforcement officials"
    assert direct.at[1, "speaker"] == "" and direct.at[1, "camp"] == "unknown"
    # a sentence without a report between them: the last quote's speaker goes on
    assert direct.at[3, "speaker"] == direct.at[0, "speaker"] != ""


def test_a_quote_after_adding_keeps_the_speaker_of_the_quote_before(registry, lex):
    # "further remarking," joins the second quote to the first's speaker; the name after the
    # second quote opens a sentence of narration, no cue (issue 14, dev)
    text = ('Senator Ann Bell remarked, "It has been a long, hard fight," further remarking, '
            '"Women in Dunmore have said, \'It is time to change course.\'" Democrat Bell, a '
            "former colonel, was first elected in 2012.")
    out = attribute(text, registry, lex)
    second = out[out["start"] == text.index("Women")].iloc[0]
    assert second["speaker_mention"] == "Senator Ann Bell"
    assert second["attribution"] == "continuation"
