"""Unit tests for discourse.extract.quotes: small synthetic cases, one per pattern and robustness rule."""

from __future__ import annotations

import time

import pandas as pd
import pytest

from discourse.extract.quotes import extract_quotes, load_cues


@pytest.fixture(scope="module")
def lex():
    return load_cues()


def run(text: str, lex, **kw) -> pd.DataFrame:
    arts = pd.DataFrame({"doc_id": ["d"], "text": [text]})
    return extract_quotes(arts, cues=lex, **kw)


def spans(text: str, lex) -> list[tuple[str, str, str]]:
    q = run(text, lex)
    return [(r.kind, r.text, r.speaker_mention) for r in q.itertuples()]


# --- the table ---------------------------------------------------------------------------------


def test_table_contract(lex):
    text = "“We are open,” she said. Officials said that talks would resume on Monday."
    q = run(text, lex)
    assert list(q.columns[:10]) == ["quote_id", "doc_id", "start", "end", "text", "kind", "cue",
                                    "speaker_mention", "mention_start", "mention_end"]
    for r in q.itertuples():
        assert text[r.start : r.end] == r.text
        assert r.quote_id == f"d:{r.start}-{r.end}"
        if r.mention_start >= 0:
            assert text[r.mention_start : r.mention_end] == r.speaker_mention
    assert list(q["start"]) == sorted(q["start"])


def test_no_speaker_gives_minus_one(lex):
    q = run("The book “was a long and winding story about how we all got here.”", lex)
    assert (q["mention_start"] == -1).all() and (q["speaker_mention"] == "").all()


def test_bad_kinds_message(lex):
    with pytest.raises(ValueError, match=r"'kinds' parameter of extract_quotes must be a subset"):
        run("x", lex, kinds=["drect"])


def test_kinds_filter(lex):
    text = "“We won,” she said. He said that the vote was rigged."
    assert set(run(text, lex, kinds=["indirect"])["kind"]) == {"indirect"}


def test_deterministic(lex):
    text = "“A b c d,” she said. “E f g.” Smith said the plan would fail."
    assert run(text, lex).equals(run(text, lex))


# --- direct quotes -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, content, mention",
    [
        ("“We will win this fight,” Smith said.", "We will win this fight,", "Smith"),
        ('"We will win this fight," said Smith, a Democrat from Ohio.',
         "We will win this fight,", "Smith"),
        ("Putin said: «We are for dialogue with each other.»", "We are for dialogue with each other.",
         "Putin"),
        ('Smith said "the plan is dead."', "the plan is dead.", "Smith"),
        ("„Wir schaffen das“, sagte sie. “It works,” she said.", "It works,", "she"),
        ("‘We are ready to talk,’ the minister said.", "We are ready to talk,", "the minister"),
        ("“This is a disaster,” he told reporters.", "This is a disaster,", "he"),
        ("“We regret nothing,” the State Department said in a statement.", "We regret nothing,",
         "the State Department"),
        ("“I will not resign,” said Sen. Ted Cruz.", "I will not resign,", "Sen. Ted Cruz"),
    ],
)
def test_direct_patterns(lex, text, content, mention):
    got = [s for s in spans(text, lex) if s[1] == content]
    assert got, spans(text, lex)
    assert got[0][0] in ("direct", "partial")
    assert got[0][2] == mention


def test_direct_kind_for_full_sentences(lex):
    assert spans("“We will win this fight,” Smith said.", lex)[0][0] == "direct"
    assert spans("Putin said: “We are for dialogue.”", lex)[0][0] == "direct"


def test_medium_is_not_the_speaker(lex):
    text = "“We are the closest allies,” RIA Novosti quoted him as saying."
    (kind, content, mention), = spans(text, lex)
    assert kind == "direct" and mention == "him"
    q = run("“We talk,” he told CNN.", lex)
    assert q.loc[0, "speaker_mention"] == "he"


def test_interrupted_quote_gives_two_spans(lex):
    text = "“We are open,” she said. “But not to pressure.”"
    got = spans(text, lex)
    assert [g[1] for g in got] == ["We are open,", "But not to pressure."]
    assert got[0][2] == "she"
    text2 = "“We are open,” she said, “but not to pressure.”"
    assert [g[0] for g in spans(text2, lex)] == ["direct", "direct"]


def test_multi_paragraph_convention(lex):
    text = ("“The first paragraph of the statement.\n\n“The second paragraph,” Smith said.\n\n"
            "Later he left.")
    (kind, content, mention), = spans(text, lex)
    assert kind == "direct" and content.startswith("The first") and content.endswith("second paragraph,")
    assert mention == "Smith"


def test_multi_paragraph_inconsistent_typography(lex):
    text = ("“We have a union, we are allies.\n\nAnd the trust guarantees everything, \"RIA "
            "quoted him as saying.\n\nNext paragraph.")
    (kind, content, mention), = spans(text, lex)
    assert content.startswith("We have") and content.endswith("everything,")
    assert mention == "him"


def test_nested_quote(lex):
    text = ("“We hear that some say: \"Why do we give loans to others?\" But we do,” "
            "Siluanov said.")
    got = {g[0]: g for g in spans(text, lex)}
    assert got["nested"][1] == "Why do we give loans to others?"
    assert got["nested"][2] == "some"
    assert got["direct"][2] == "Siluanov"


# --- partial quotes and non-quotes -----------------------------------------------------------


def test_partial_called(lex):
    text = "He declared his support and called Tikhanovskaya a “national leader”."
    got = [g for g in spans(text, lex) if g[0] == "partial"]
    assert got == [("partial", "national leader", "He")]


def test_partial_according_to(lex):
    text = 'According to her, "it is a pity that the talks failed."'
    assert spans(text, lex) == [("partial", "it is a pity that the talks failed.", "her")]


def test_partial_inside_reported_clause(lex):
    text = "Smith said the bill was “a disaster for working families” and would fail."
    got = spans(text, lex)
    assert ("partial", "a disaster for working families", "Smith") in got


@pytest.mark.parametrize(
    "text",
    [
        'In an interview with the TV channel "Russia 1", he spoke at length.',
        'They met representatives of the Belarusian "civil society".',
        "She starred in “The Late Show with Seth Meyers” last year.",
        "The song “Hey Jude” was played twice.",
        "So-called “experts” gathered in the hall.",
    ],
)
def test_names_titles_and_scare_quotes_are_not_quotes(lex, text):
    assert spans(text, lex) == []


# --- robustness ----------------------------------------------------------------------------


def test_apostrophes_are_not_marks(lex):
    text = "The Bidens’ plan “works,” he said. Belarus' national leader didn't say 'no'."
    got = spans(text, lex)
    assert ("direct", "works,", "he") in got or ("partial", "works,", "he") in got
    assert all("Belarus" not in g[1] and "plan" not in g[1] for g in got)


def test_unclosed_mark_is_capped_at_paragraph(lex):
    text = ("He said: “We will never give up.\n\nThe weather was fine. Markets rose.\n\n"
            "Officials met later.")
    got = spans(text, lex)
    assert len(got) == 1
    assert got[0][1] == "We will never give up."


def test_stray_mark_does_not_swallow(lex):
    text = "A stray “ mark here.\n\nAnother paragraph with “real words,” she said."
    got = spans(text, lex)
    assert all("\n" not in g[1] for g in got)


def test_crlf_and_no_blank_lines(lex):
    text = "“First quote here,” she said.\r\n“Second one now,” he added.\r\nPlain."
    q = run(text, lex)
    assert list(q["text"]) == ["First quote here,", "Second one now,"]
    assert list(q["speaker_mention"]) == ["she", "he"]


def test_several_speakers_in_one_paragraph(lex):
    text = "“We agree,” Smith said. “We do not,” Jones replied. Brown said that nothing had changed."
    got = spans(text, lex)
    assert [g[2] for g in got] == ["Smith", "Jones", "Brown"]


def test_linear_time_on_pathological_input(lex):
    text = ("“" + "word " * 4000 + "\n\n") * 20 + '"' * 2000
    t0 = time.perf_counter()
    run(text, lex)
    assert time.perf_counter() - t0 < 5.0  # generous: catastrophic backtracking would hang


# --- embedded posts --------------------------------------------------------------------------


def test_embedded_post_with_signature(lex):
    text = ("The minister wrote on Twitter.\n\nToday I met the opposition leader.\n\n"
            "pic.twitter.com/abc123\n\n- Jane Doe (@janedoe) September 20, 2020\n\nNext.")
    q = run(text, lex)
    row = q[q["kind"] == "embedded"].iloc[0]
    assert row["text"] == "Today I met the opposition leader."
    assert row["speaker_mention"] == "Jane Doe (@janedoe)"


# --- indirect speech ---------------------------------------------------------------------------


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


# --- the cue lexicon ----------------------------------------------------------------------------


def test_cue_lexicon_size_and_forms(lex):
    assert len(lex) >= 150
    words = ["he", "said", "that"]
    assert lex.match(words, 1)[1].lemma == "say"
    assert lex.match(["according", "to", "x"], 0)[1].type == "preposition"
    for form in ("told", "warned", "insisted", "denied", "tweeted", "conceded", "vowed"):
        assert lex.match([form], 0) is not None, form


def test_cue_lexicon_validation_names_file_and_entry(tmp_path):
    bad = tmp_path / "cues.yaml"
    bad.write_text("cues:\n  - {lemma: say, type: verb, forms: [say]}\n"
                   "  - {lemma: shout, type: verbb, forms: [Shout]}\n", encoding="utf-8")
    with pytest.raises(ValueError) as err:
        load_cues(bad)
    msg = str(err.value)
    assert "cues.yaml, entry 2 ('shout')" in msg and "type" in msg and "forms" in msg
    dup = tmp_path / "dup.yaml"
    dup.write_text("cues:\n  - {lemma: say, type: verb, forms: [say]}\n"
                   "  - {lemma: said, type: verb, forms: [say]}\n", encoding="utf-8")
    with pytest.raises(ValueError, match="already listed in entry 1"):
        load_cues(dup)
    with pytest.raises(ValueError, match="expected a mapping with a 'cues' list"):
        (tmp_path / "e.yaml").write_text("- a\n", encoding="utf-8")
        load_cues(tmp_path / "e.yaml")


# --- real news sentences (read-only, skipped when ../shared is absent) ---------------------------


def test_real_news_sentences_keep_offsets(shared_dir, lex):
    import json

    path = shared_dir / "datasets" / "newsmtsc" / "train.jsonl"
    if not path.exists():
        pytest.skip("newsmtsc is not available")
    with path.open(encoding="utf-8") as fh:
        sents = sorted({json.loads(line)["sentence"] for line in fh})[:1500]
    arts = pd.DataFrame({"doc_id": [f"s{i}" for i in range(len(sents))], "text": sents})
    q = extract_quotes(arts, cues=lex)
    assert len(q) > 200
    texts = dict(zip(arts["doc_id"], arts["text"], strict=True))
    for r in q.itertuples():
        assert texts[r.doc_id][r.start : r.end] == r.text
        assert r.end > r.start and not r.text[:1].isspace()
        if r.mention_start >= 0:
            assert texts[r.doc_id][r.mention_start : r.mention_end] == r.speaker_mention
    # a direct quote never contains an unmatched opening mark at its start
    assert not q[q["kind"] == "direct"]["text"].str.match(r"^[“\"«„]").any()


# --- patterns found on the NewsMTSC development set (synthetic sentences, one per rule) ---------


def test_quote_opening_a_paragraph_without_close_is_direct(lex):
    # news style: a quote running on into the next paragraph has no closing mark here
    text = "“The budget cuts will hurt every school district in the state.\n\nOther news follows."
    assert spans(text, lex)[:1] == [
        ("direct", "The budget cuts will hurt every school district in the state.", "")]


def test_orphan_closing_mark_closes_a_quote_from_the_paragraph_start(lex):
    text = "Nobody expected the vote to pass so easily,” the senator said."
    assert spans(text, lex) == [
        ("direct", "Nobody expected the vote to pass so easily,", "the senator")]
    text = "We will keep fighting for these families.”"
    assert spans(text, lex) == [("direct", "We will keep fighting for these families.", "")]


def test_orphan_closing_mark_needs_an_attribution_or_the_paragraph_end(lex):
    text = "The band played Yesterday,” and the crowd sang along with them."
    assert [k for k, *_ in spans(text, lex) if k == "direct"] == []


def test_whole_sentence_after_cue_and_intervening_clause_is_direct(lex):
    text = "He asked, if the plan failed, “Who will pay for the damage?”"
    assert spans(text, lex) == [("direct", "Who will pay for the damage?", "He")]


def test_quote_completing_a_participle_cue_is_direct(lex):
    text = ("In the interview, Ms. Lopez also rejected the proposal, saying “there is no money "
            "left for it.”")
    assert spans(text, lex) == [("direct", "there is no money left for it.", "Ms. Lopez")]


def test_that_clause_entirely_in_marks_is_direct(lex):
    text = 'The governor declared that "every county will get the same funding."'
    assert spans(text, lex) == [
        ("direct", "every county will get the same funding.", "The governor")]


def test_title_in_marks_before_a_noun_is_part_of_the_speaker(lex):
    text = "“I was not invited to the meeting,” “The Daily Show” host told viewers Monday."
    assert spans(text, lex) == [
        ("direct", "I was not invited to the meeting,", "“The Daily Show” host")]


def test_speaker_noun_phrase_with_prepositional_modifier(lex):
    text = "“The deal is off,” the official on the call said."
    assert spans(text, lex) == [("direct", "The deal is off,", "the official on the call")]


def test_relayed_quote_belongs_to_the_inner_speaker(lex):
    text = "“You should resign,” Jones said Smith told him."
    assert spans(text, lex)[0] == ("direct", "You should resign,", "Smith")


def test_speaker_through_catenative_verb(lex):
    text = "She also plans to tell the committee, “I acted within the law at all times.”"
    assert spans(text, lex) == [("direct", "I acted within the law at all times.", "She")]


def test_speaker_of_coordinated_cue(lex):
    text = "He defended the bill and said: “It will lower costs for families.”"
    assert spans(text, lex) == [("direct", "It will lower costs for families.", "He")]
    text = "The mayor praised the workers and said the repairs would finish by May."
    assert spans(text, lex) == [("indirect", "the repairs would finish by May", "The mayor")]


def test_object_pronoun_after_cue_is_not_the_speaker(lex):
    text = "Reporters kept asking him whether the firm had “misled investors.”"
    assert all(m != "him" for _, _, m in spans(text, lex))


def test_relative_pronoun_resolves_to_its_noun(lex):
    text = "Police answered a call from a neighbor who said she saw two men break the window."
    assert spans(text, lex) == [
        ("indirect", "she saw two men break the window", "a neighbor")]


def test_accused_of_fragment_is_attributed(lex):
    text = "She accused the company of having “deliberately hidden the risks.”"
    assert spans(text, lex) == [("partial", "deliberately hidden the risks.", "She")]


def test_adverbs_and_weekday_before_the_cue(lex):
    text = "Smith also on Monday argued that the tax would hurt small farms."
    assert spans(text, lex) == [("indirect", "the tax would hurt small farms", "Smith")]


def test_participle_cue_after_introductory_phrase_and_in_saying(lex):
    text = "The professor is right in saying that the state budget is too small."
    assert spans(text, lex) == [
        ("indirect", "the state budget is too small", "The professor")]


def test_noun_readings_of_cue_forms_are_not_reports(lex):
    # "question will be", "other states where", "report prompted by": nouns, not verbs
    for text in ("The main question will be whether voters turn out in large numbers.",
                 "The law exists in Ohio and other states where it is rarely used by courts.",
                 "The chief quit after a federal report prompted by the shooting of a teenager."):
        assert [k for k, *_ in spans(text, lex) if k == "indirect"] == [], text


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


def test_transcript_speaker_labels(lex):
    text = "HOST: Are voters paying attention yet?\nSMITH: Most of them are not, honestly.\nUPDATE: Added."
    assert spans(text, lex) == [("indirect", "Are voters paying attention yet?", "HOST"),
                                ("indirect", "Most of them are not, honestly.", "SMITH")]


# --- recall must not depend on knowing the verb; robustness on messy news --------------------


@pytest.mark.parametrize(
    "text, content, cue, mention",
    [
        ("“We will not give in,” the minister harrumphed.", "We will not give in,", "harrumphed",
         "the minister"),
        ("“We will not give in,” harrumphed the minister.", "We will not give in,", "harrumphed",
         "the minister"),
        ("“We will not give in,” Sen. Ted Cruz (R-Texas) harrumphed on Tuesday.",
         "We will not give in,", "harrumphed", "Sen. Ted Cruz"),
        ("“We will not give in,” Smith, a Democrat from Ohio, harrumphed.",
         "We will not give in,", "harrumphed", "Smith"),
        ("“Stop the count right now,” protesters chanted.", "Stop the count right now,",
         "chanted", "protesters"),
        ("Smith harrumphed: “We will not give in to these demands.”",
         "We will not give in to these demands.", "harrumphed", "Smith"),
        ("“Why not?” Smith asked.", "Why not?", "asked", "Smith"),
        ("“I am not going anywhere!” the mayor hollered.", "I am not going anywhere!",
         "hollered", "the mayor"),
    ],
)
def test_direct_quote_with_an_unknown_verb_keeps_its_speaker(lex, text, content, cue, mention):
    q = run(text, lex)
    assert [(r.kind, r.text, r.cue, r.speaker_mention) for r in q.itertuples()] == [
        ("direct", content, cue, mention)]


def test_sentence_like_quote_without_attribution_is_direct(lex):
    text = "The vote was close. “We will not give in to these demands.”\n\nMarkets fell."
    assert spans(text, lex) == [("direct", "We will not give in to these demands.", "")]
    text = "“We will not give in to these demands,” is how the mayor put it."
    assert [k for k, *_ in spans(text, lex)] == ["direct"]


@pytest.mark.parametrize(
    "text",
    [
        "The phrase “drain the swamp” was everywhere that year.",
        "Trump’s “America First” agenda drew criticism from allies.",
        "“Medicare for All,” the plan pushed by Sanders, would cost trillions.",
        "“Saturday Night Live” parodied the debate.",
    ],
)
def test_titles_and_scare_quotes_stay_out_even_with_verb_like_words(lex, text):
    assert [k for k, *_ in spans(text, lex) if k == "direct"] == []


def test_new_reporting_verbs_in_the_lexicon(lex):
    for form in ("fumed", "quipped", "scoffed", "mused", "retorted", "snapped", "chuckled",
                 "gushed", "marveled", "lamented", "bristled", "pleaded", "boasted", "conceded",
                 "railed", "thundered", "testified", "recounted", "recalled", "tweeted",
                 "texted", "emailed", "wrote", "posted", "shot back"):
        assert lex.match(form.split(), 0) is not None, form
    assert lex.match(["snaped"], 0) is None  # misspelt forms are gone


def test_according_to_a_medium_after_an_attributed_quote_is_not_a_new_quote(lex):
    text = "“We have a Union State,” the minister said, according to RIA Novosti."
    assert spans(text, lex) == [("direct", "We have a Union State,", "the minister")]
    # a real "P, according to X" still is one
    text = "The talks would resume next week in Geneva, according to RIA Novosti."
    assert spans(text, lex) == [
        ("indirect", "The talks would resume next week in Geneva", "RIA Novosti")]


@pytest.mark.parametrize(
    "text, content",
    [
        ("Smith said “we will not stop until the job is done.\n\nOther news.",
         "we will not stop until the job is done."),
        ("The senator added that the bill “would never pass the House in its current form.\n\n"
         "Other news.", "would never pass the House in its current form."),
    ],
)
def test_unclosed_mark_runs_to_the_paragraph_end_as_direct(lex, text, content):
    got = spans(text, lex)
    assert ("direct", content) in [(k, t) for k, t, _ in got]
    assert not any(k == "indirect" and t[:1] in "“”\"" for k, t, _ in got)


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


def test_speaker_noun_phrase_keeps_its_head(lex):
    text = "A spokesperson for the Pentagon said the plan would fail."
    assert spans(text, lex) == [("indirect", "the plan would fail",
                                 "A spokesperson for the Pentagon")]
    text = "“This is wrong,” the head of the agency told reporters."
    assert spans(text, lex) == [("direct", "This is wrong,", "the head of the agency")]


def test_subject_through_auxiliary_and_adverb(lex):
    text = "Critics of the plan have long argued that it will fail."
    assert spans(text, lex) == [("indirect", "it will fail", "Critics of the plan")]


def test_absolute_participle_names_the_speaker(lex):
    text = 'They left the room, with Obama calling out "Mr. Premier!" to the others.'
    assert [(t, m) for _, t, m in spans(text, lex)] == [("Mr. Premier!", "Obama")]


# --- speed-ups that must not change results ----------------------------------------------------

SPEED_TEXTS = [
    "“We will not give in,” the minister said on Tuesday.\n\nHe said that the plan would fail.",
    "The United States said in a statement that State officials would testify.",
    "Said Smith: “No.” Quoted by RIA, the aide quoted him as saying the talks were over.",
    "According\n\nto the report, his remarks were clear. She pointed out that it follows.",
    "İstanbul officials SAID the deal was done, according to a spokesman for the ministry.",
    "E-mailed statements: she e-mailed that the vote was rigged; they told reporters so.",
    "said told added according to stated warned, he said that " * 20,
    "",
]


def test_cue_candidates_from_one_regex_pass_equal_a_scan_of_every_token(lex, seed_text):
    from discourse.extract.quotes import _find_cues, _tokens, _Toks
    from tests.extract.test_quotes_speed_equivalence import reference_cue_loop

    for text in [*SPEED_TEXTS, seed_text]:
        toks = _tokens(text)
        assert _find_cues(_Toks.of(toks), lex) == reference_cue_loop(toks, lex), text[:60]


def test_cue_candidates_on_real_news_sentences(shared_dir, lex):
    import json

    from discourse.extract.quotes import _find_cues, _tokens, _Toks
    from tests.extract.test_quotes_speed_equivalence import reference_cue_loop

    lines = (shared_dir / "datasets" / "newsmtsc" / "train.jsonl").read_text(encoding="utf-8")
    sents = sorted({json.loads(line)["sentence"] for line in lines.splitlines()[:3000]})
    text = "\n\n".join(sents)
    toks = _tokens(text)
    fast, slow = _find_cues(_Toks.of(toks), lex), reference_cue_loop(toks, lex)
    assert len(fast) > 500 and fast == slow


def test_tokens_from_a_paragraph_start_equal_the_whole_text_tokens(seed_text):
    from discourse.extract.quotes import _paragraphs, _tokens

    whole = _tokens(seed_text)
    for ps, pe in _paragraphs(seed_text)[:20]:
        part = _tokens(seed_text, ps, pe)
        assert part == [t for t in whole if ps <= t.start and t.end <= pe]
    assert [t.text for t in _tokens("Sen. Ted Cruz, R-Texas, met U.S. envoys.")] == [
        "Sen.", "Ted", "Cruz", ",", "R-Texas", ",", "met", "U.S.", "envoys", "."]


def test_previous_sentence_lookup_matches_the_full_list(lex, seed_text):
    from discourse.extract.quotes import _classify_pairs, _Doc, _pair_marks, _Sentences, _SpanSet
    from discourse.text import sentence_spans

    text = seed_text + "\n\n“All of this.”\n\n“And this.”\n\nThis was stated by the minister."
    doc = _Doc(text, lex)
    found = _classify_pairs(doc, _pair_marks(text, doc.paras, lex, doc.toks, doc._tok_starts))
    inside = _SpanSet([(f.start, f.end) for f in found])
    every: list[tuple[int, int, int]] = []  # (paragraph, start, end) of sentences kept
    for p, (ps, pe) in enumerate(doc.paras):
        every += [(p, s + ps, e + ps) for s, e in sentence_spans(text[ps:pe])
                  if not inside.contains(s + ps)]
    sents = _Sentences(doc, inside)
    for p in reversed(range(len(doc.paras))):  # asked out of order: the memo must not mind
        before = [(s, e) for q, s, e in every if q < p]
        assert sents.last_before(p) == (before[-1] if before else None)
        assert sents.of(p) == [(s, e) for q, s, e in every if q == p]


@pytest.mark.parametrize(
    "text, content, mention",
    [
        ("“Many people have come out and said I am right,” Trump said in an interview.",
         "Many people have come out and said I am right,", "Trump"),
        ("“I don’t know him, but I’ll tell you it is a matter of concern to me,” McCain said.",
         "I don’t know him, but I’ll tell you it is a matter of concern to me,", "McCain"),
        ("\"It was unfortunate and she has admitted that the optics were not good,\" said Carl "
         "Tobias, a law professor.",
         "It was unfortunate and she has admitted that the optics were not good,", "Carl Tobias"),
    ],
)
def test_a_cue_inside_a_direct_quote_is_no_report_of_its_own(lex, text, content, mention):
    # "said I am right" inside the quote is the quoted person's words, not a second report
    assert spans(text, lex) == [("direct", content, mention)]


def test_a_cue_after_a_closed_quote_in_the_same_sentence_still_reports(lex):
    text = "He called it “a mistake” and said the talks would resume next week."
    assert ("indirect", "the talks would resume next week", "He") in spans(text, lex)
