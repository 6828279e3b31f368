"""English speakers, round nine (issue 14, the fresh Wikinews split dev7): what fresh text showed
the rules still missed, on sentences written for these tests, through ``attribute_speakers``;
registry of one person (Claire Dubois), none of these people."""

from __future__ import annotations

import pytest

from tests.attribute_en import attribute


@pytest.fixture(scope="module")
def registry(dubois_registry):
    return dubois_registry


def test_a_pull_quote_signed_after_no_break_spaces_and_a_zero_width_joiner(registry, lex):
    # web pages put no-break spaces before the dash and a joiner after it (dev7, an interview's
    # pull quote)
    text = ("The manager spoke about her staff.\n\n"
            "\"More women are getting into technical fields.\"\u00a0\u00a0— \u200dAnn Bell, "
            "Divisional Manager\n\nThe interview follows.")
    out = attribute(text, registry, lex)
    assert list(out["speaker"]) == ["Ann Bell"]
    assert list(out["attribution"]) == ["signature_line"]


def test_a_passive_in_the_reported_clause_leaves_the_subject_speaking(registry, lex):
    # the passive belongs to what is reported, not to the verb of the subject (dev7)
    text = ("The council of Lakeford issued a statement agreeing the matter should be decided by "
            "voters and not by judges: \"A ruling from the bench would ignore the town.\"")
    out = attribute(text, registry, lex)
    direct = out[out["kind"] == "direct"]
    assert list(direct["speaker_mention"]) == ["The council of Lakeford"]


def test_a_block_under_a_line_ending_with_a_colon_is_that_line_s_subject(registry, lex):
    # the subject of the line before the colon speaks, not the person in its object, and not
    # the last speaker quoted (dev7)
    text = ("\"We will not withdraw,\" Ann Bell said.\n\n"
            "Tom Hale provided reporters with the text of a message he sent to party chair "
            "Mark Reed:\n\"Please tell the board that I will withdraw.\"\n\n"
            "Reed defended the payments in a comment and denied any wrongdoing:\n"
            "\"[T]he money went to travel expenses. None of it went to the campaign.\"")
    out = attribute(text, registry, lex)
    direct = out[out["kind"] == "direct"].reset_index(drop=True)
    assert list(direct["speaker"]) == ["Ann Bell", "Tom Hale", "Mark Reed"]
    assert list(direct["attribution"])[1:] == ["colon_line", "colon_line"]


def test_a_line_ending_with_a_colon_that_names_nobody_gives_no_speaker(registry, lex):
    text = ("Tom Hale spoke first.\n\nThe full text follows:\n\"We will not withdraw.\"")
    out = attribute(text, registry, lex)
    assert "colon_line" not in set(out["attribution"])


@pytest.mark.parametrize("line, speaker", [
    # the one quoted speaks, not the line's subject (a speech at the UN)
    ("In the epigraph to the novel, Tom Hale quoted the poet Mark Reed:", "Mark Reed"),
    # a subject the sentence splitter cut wrongly opens with a preposition: no subject
    ("In the context of assessing the relations of Ruritania a century ago. the diplomat Mark "
     "Reed said that:", "Mark Reed"),
    # an adverbial of time before the subject is no part of the mention
    ("Seventy years ago, Mark Reed, one of the founders of the club, said at the college:",
     "Mark Reed"),
])
def test_lines_ending_with_a_colon_whose_subject_is_not_the_speaker(registry, lex, line, speaker):
    text = f"Tom Hale spoke first.\n\n{line}\n\"No town is an island, entire of itself.\""
    out = attribute(text, registry, lex)
    direct = out[out["kind"] == "direct"]
    assert list(direct["speaker"]) == [speaker]
    assert not list(direct["speaker_mention"])[0].startswith(("In ", "Seventy"))


def test_a_sentence_that_introduces_the_next_quote_does_not_sign_the_one_before(registry, lex):
    # '"B." He posted, "C"': he speaks C; B continues the speaker of A (dev7)
    text = ("\"They were the best in the world,\" said Tom Hale after the race. \"I thank them. "
            "We did this together.\" He posted on Twitter, \"Today we went to the Moon!\"")
    out = attribute(text, registry, lex)
    direct = out[out["kind"] == "direct"].reset_index(drop=True)
    assert list(direct["speaker_mention"]) == ["Tom Hale", "Tom Hale", "He"]
    assert set(direct["speaker"]) == {"Tom Hale"}


def test_a_pronoun_and_verb_after_a_quote_still_sign_it(registry, lex):
    # (no quote after the clause: "He said it twice." signs the quote before it)
    text = "Tom Hale spoke last. \"We did this together.\" He said it twice."
    out = attribute(text, registry, lex)
    direct = out[out["kind"] == "direct"].reset_index(drop=True)
    assert direct.at[0, "speaker_mention"] == "He"


@pytest.mark.parametrize("sentence, mention, speaker", [
    # a time adverbial with the platform before the name; the platform is no first name (dev7)
    ("The next day on Twitter Hale accused his rival of \"lying to me\" about the vote.",
     "Hale", "Tom Hale"),
    # a linking adverb before the subject and a relative clause after it are no part of it
    ("Lastly, excerpts from Mark Reed's book Rage, for which Hale gave access, revealed that "
     "Hale hid the report.", "excerpts from Mark Reed's book Rage", None),
    # what a person said, in part: the person (not "Part of Hale's")
    ("Part of Hale's tweet included the statement, \"when the looting starts, the shooting "
     "starts.\"", "Hale", "Tom Hale"),
])
def test_openers_and_relative_clauses_are_cut_from_the_mention(registry, lex, sentence, mention,
                                                               speaker):
    text = f"The rapper Tom Hale ran for mayor. {sentence}"
    out = attribute(text, registry, lex)
    row = out.iloc[0]
    assert row["speaker_mention"] == mention
    if speaker is not None:
        assert row["speaker"] == speaker


@pytest.mark.parametrize("sentence, mention", [
    # an institution's name goes on after "on" (dev7), a web domain after its dot (dev5)
    ("According to the Commission on Presidential Debates, moderators would have more tools.",
     "the Commission on Presidential Debates"),
    ("The Democratic National Committee on Saturday said the rules were followed.",
     "The Democratic National Committee"),
])
def test_an_institution_s_name_is_not_cut_at_on(registry, lex, sentence, mention):
    out = attribute(sentence, registry, lex)
    assert list(out["speaker_mention"]) == [mention]


def test_the_name_that_names_a_thing_in_a_relative_clause_owns_the_fragment(registry, lex):
    # the relative clause's subject, not the thing "which" stands for (dev7); a description
    # there is left to the description rules (a wrong camp is worse than none)
    text = ("The matter came to light in a release of documents related to the audit, which "
            "Mayor Tom Hale described as \"a witch hunt.\"")
    out = attribute(text, registry, lex)
    frag = out[out["kind"] == "partial"]
    assert list(frag["speaker_mention"]) == ["Mayor Tom Hale"]
    assert list(frag["speaker"]) == ["Tom Hale"]
