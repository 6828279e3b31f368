"""Pass 3, reported speech and transcript lines (:mod:`discourse.extract.quotes.reported`, with the
English rules of :mod:`discourse.extract.quotes.lang.en.reported`)."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from discourse.extract.quotes import extract_quotes
from discourse.extract.quotes.classify import classify_pairs
from discourse.extract.quotes.document import Doc
from discourse.extract.quotes.lang.en import ENGLISH
from discourse.extract.quotes.lang.en.words import LABEL_FIRST, LABEL_SECOND, SPEAKER_LABEL
from discourse.extract.quotes.marks import pair_marks
from discourse.extract.quotes.reported import Sentences
from discourse.extract.quotes.spans import SpanSet
from discourse.text import sentence_spans
from tests.strategies import QUOTE_TEXTS, SETTINGS, TEXTS


def run(text: str, lex, **kw) -> pd.DataFrame:
    arts = pd.DataFrame({"doc_id": ["d"], "text": [text]})
    return extract_quotes(arts, cues=lex, **kw)


def spans(text: str, lex) -> list[tuple[str, str, str]]:
    q = run(text, lex)
    return [(r.kind, r.text, r.speaker_mention) for r in q.itertuples()]


@pytest.mark.parametrize(
    "text, content, mention",
    [
        ("Smith said that the plan would fail.", "the plan would fail", "Smith"),
        ("Smith said the plan would fail.", "the plan would fail", "Smith"),
        ("The plan would fail, Smith said.", "The plan would fail", "Smith"),
        ("The plan would fail, said Smith.", "The plan would fail", "Smith"),
        ("According to Peskov, the leaders discussed the events in Belarus.",
         "the leaders discussed the events in Belarus", "Peskov"),
        ("The leaders discussed the events in Belarus, according to Peskov.",
         "The leaders discussed the events in Belarus", "Peskov"),
        ("In her opinion, the election was not fair at all.", "the election was not fair at all",
         "her"),
        ("The minister's spokesperson said the talks had stalled.", "the talks had stalled",
         "The minister's spokesperson"),
        ("Smith told reporters that the vote was rigged.", "the vote was rigged", "Smith"),
        ("He also stressed that Minsk has never violated the terms.",
         "Minsk has never violated the terms", "He"),
        ("He noted the opportunity of the presidents to exchange views.",
         "the opportunity of the presidents to exchange views", "He"),
        ("Earlier, Russian President Vladimir Putin said that the residents should decide.",
         "the residents should decide", "Russian President Vladimir Putin"),
        ("Smith said in an interview with CNN that the deal was dead.", "the deal was dead",
         "Smith"),
        ("Peskov was quoted as saying that the talks were useful.", "the talks were useful",
         "Peskov"),
        ("According to a statement from the White House, the visit was postponed.",
         "the visit was postponed", "the White House"),
    ],
)
def test_indirect_patterns(lex, text, content, mention):
    q = run(text, lex)
    got = [(r.text, r.speaker_mention) for r in q.itertuples() if r.kind == "indirect"]
    assert got == [(content, mention)]


def test_this_was_stated_by_refers_back(lex):
    text = ("Relations between the two countries are excellent. This was stated by the press "
            "secretary Dmitry Peskov in an interview.")
    q = run(text, lex)
    assert list(q["text"]) == ["Relations between the two countries are excellent"]
    assert q.loc[0, "speaker_mention"] == "the press secretary Dmitry Peskov"


@pytest.mark.parametrize(
    "text",
    [
        "The press secretary mentioned the issue of constitutional reform.",
        "Siluanov explained why Russia is considering a loan.",
        "She spoke about her perception of relations.",
        "Let us remind you that elections were held in August.",
        "According to data, the economy grew by 2%.",
        "The United States supports the demands of the people.",
        "The level of trust guarantees complete non-interference.",
    ],
)
def test_narration_is_not_reported_speech(lex, text):
    assert spans(text, lex) == []


def test_relative_pronoun_resolves_to_its_noun(lex):
    text = "Police answered a call from a neighbor who said she saw two men break the window."
    assert spans(text, lex) == [
        ("indirect", "she saw two men break the window", "a neighbor")]


def test_adverbs_and_weekday_before_the_cue(lex):
    text = "Smith also on Monday argued that the tax would hurt small farms."
    assert spans(text, lex) == [("indirect", "the tax would hurt small farms", "Smith")]


def test_participle_cue_after_introductory_phrase_and_in_saying(lex):
    text = "The professor is right in saying that the state budget is too small."
    assert spans(text, lex) == [
        ("indirect", "the state budget is too small", "The professor")]


def test_subject_through_auxiliary_and_adverb(lex):
    text = "Critics of the plan have long argued that it will fail."
    assert spans(text, lex) == [("indirect", "it will fail", "Critics of the plan")]


def test_infinitive_and_passive_cues_report_nothing(lex):
    for text in ("It was a last bid to somehow deny the senator the nomination at the convention.",
                 "The law targets people who are believed to be a danger to others in the town."):
        assert spans(text, lex) == [], text


def test_inverted_tail_after_introductory_phrase(lex):
    text = "At times, the company paid workers in cash to avoid the taxes, he said."
    assert spans(text, lex) == [
        ("indirect", "At times, the company paid workers in cash to avoid the taxes", "he")]


def test_several_reports_in_one_sentence(lex):
    text = ("Jones informed the board that the audit had found errors, and warned that the "
            "company could lose its license.")
    got = spans(text, lex)
    assert ("indirect", "the audit had found errors", "Jones") in got
    assert ("indirect", "the company could lose its license", "Jones") in got


def test_according_to_a_medium_after_an_attributed_quote_is_not_a_new_quote(lex):
    text = "“We have a Union State,” the minister said, according to RIA Novosti."
    assert spans(text, lex) == [("direct", "We have a Union State,", "the minister")]
    # a real "P, according to X" still is one
    text = "The talks would resume next week in Geneva, according to RIA Novosti."
    assert spans(text, lex) == [
        ("indirect", "The talks would resume next week in Geneva", "RIA Novosti")]


def test_nominal_object_stops_at_a_coordinated_verb_phrase(lex):
    text = ("He declared Lithuania's support for the Belarusian opposition and called "
            "Tikhanovskaya a “national leader”.")
    got = spans(text, lex)
    assert ("indirect", "Lithuania's support for the Belarusian opposition", "He") in got
    text = "She announced new sanctions against Minsk and met the opposition leader on Friday."
    assert spans(text, lex) == [("indirect", "new sanctions against Minsk", "She")]
    # a coordination inside the reported clause is kept
    text = "She said the economy grew and unemployment fell."
    assert spans(text, lex) == [("indirect", "the economy grew and unemployment fell", "She")]


def test_a_cue_after_a_closed_quote_in_the_same_sentence_still_reports(lex):
    text = "He called it “a mistake” and said the talks would resume next week."
    assert ("indirect", "the talks would resume next week", "He") in spans(text, lex)


def test_transcript_speaker_labels(lex):
    # English transcript lines are turns of the transcript pass (extract/quotes/transcript.py):
    # the answer an embedded quote of its label, the host's question left out (issue 14)
    text = "HOST: Are voters paying attention yet?\nSMITH: Most of them are not, honestly.\nUPDATE: Added."
    assert spans(text, lex) == [("embedded", "Most of them are not, honestly.", "SMITH")]


# --- sentences split on demand, transcript labels tried only where one can start --------------


def test_previous_sentence_lookup_matches_the_full_list(lex, seed_text):
    text = seed_text + "\n\n“All of this.”\n\n“And this.”\n\nThis was stated by the minister."
    doc = Doc(text, lex, ENGLISH.find_cues)
    found = classify_pairs(doc, pair_marks(text, doc.paras, lex, doc.toks, doc.tok_starts),
                           ENGLISH)
    inside = SpanSet([(f.start, f.end) for f in found])
    every: list[tuple[int, int, int]] = []  # (paragraph, start, end) of sentences kept
    for p, (ps, pe) in enumerate(doc.paras):
        every += [(p, s + ps, e + ps) for s, e in sentence_spans(text[ps:pe])
                  if not inside.contains(s + ps)]
    sents = Sentences(doc, inside)
    for p in reversed(range(len(doc.paras))):  # asked out of order: the memo must not mind
        before = [(s, e) for q, s, e in every if q < p]
        assert sents.last_before(p) == (before[-1] if before else None)
        assert sents.of(p) == [(s, e) for q, s, e in every if q == p]


@SETTINGS
@given(text=TEXTS | QUOTE_TEXTS | st.text(max_size=80),
       spans=st.lists(st.tuples(st.integers(0, 80), st.integers(0, 30)), max_size=4))
@example("He said.” Then she left… Yes! No.) Ok] Fine? “Q”", [])
@example("He said.” Then she left", [])
@example("Wait… Then go", [])
@example("He left.) Then she came", [])
@example("Mr. Smith said so. A.” B e.g. c", [(3, 5)])
def test_sentences_of_a_paragraph_equal_the_splitter(lex, text, spans):
    doc = Doc(text, lex, ENGLISH.find_cues)
    inside = SpanSet([(s, s + n) for s, n in spans])
    sentences = Sentences(doc, inside)
    for p, (ps, pe) in enumerate(doc.paras):
        want = [(s + ps, e + ps) for s, e in sentence_spans(text[ps:pe])
                if not inside.contains(s + ps)]
        assert sentences.of(p) == want


@SETTINGS
@given(spans=st.lists(st.tuples(st.integers(0, 40), st.integers(0, 8)), max_size=5),
       s=st.integers(0, 50), n=st.integers(0, 10))
@example(spans=[(3, 2)], s=5, n=0)
@example(spans=[(3, 2)], s=0, n=3)
@example(spans=[(3, 0)], s=0, n=5)
def test_a_span_set_meets_a_stretch_when_it_holds_a_position_of_it(spans, s, n):
    # Sentences.of asks contains() of each sentence start only where meets() is True
    inside = SpanSet([(a, a + k) for a, k in spans])
    assert inside.meets(s, s + n) == any(inside.contains(x) for x in range(s, s + n + 1))


@SETTINGS
@given(text=st.text(alphabet=st.sampled_from(list("ABZaz'’.-: \t\nÄ1")), max_size=20) | TEXTS)
def test_speaker_labels_start_with_a_capital_and_a_label_character(text):
    # transcript_lines tries the label pattern only at such paragraph starts
    if not (text[:1] and text[0] in LABEL_FIRST and text[1:2] in LABEL_SECOND):
        assert SPEAKER_LABEL.match(text) is None
