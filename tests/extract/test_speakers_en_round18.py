"""English speakers, round eighteen (issue 14, the third direct-quote set ``newsmtsc_direct3``):
what fresh US political news showed the rules still missed, on sentences written for these
tests, through ``attribute_speakers``; registry of one person (Claire Dubois), none of these
people."""

from __future__ import annotations

import pytest

from tests.attribute_en import attribute


@pytest.fixture(scope="module")
def registry(dubois_registry):
    return dubois_registry


def _quoted(text, registry, lex):
    """``(speaker_mention, speaker)`` of the first quote in marks of ``text`` (direct or
    partial: the extractor reads a quote after an aside as a fragment of the aside's clause)."""
    out = attribute(text, registry, lex)
    row = out[out["kind"].isin(["direct", "partial"])].iloc[0]
    return row["speaker_mention"], row["speaker"]


@pytest.mark.parametrize("text, mention, speaker", [
    # a bracketed aside (a link's headline) right before the quote holds no speaker of it: the
    # name after the quote's verb is, with the role in apposition the gold keeps
    ('(Also on our site: Tom Reyes tells of his illness) "She will step back from the campaign '
     'for a week," said Ann Hale, deputy campaign manager.',
     "Ann Hale, deputy campaign manager", "Ann Hale"),
    ('(Read more: Tom Reyes tells of the fire) "We lost everything that night," said Ann Hale, '
     'a spokeswoman for the family, on Monday.',
     "Ann Hale, a spokeswoman for the family", "Ann Hale"),
    ('(Also on our site: Tom Reyes tells of his illness) "She will step back from the campaign '
     'for a week," said Ann Hale, who ran it.', "Ann Hale", "Ann Hale"),
])
def test_a_bracketed_aside_before_the_quote_gives_way_to_the_name_after_it(
        text, mention, speaker, registry, lex):
    assert _quoted(text, registry, lex) == (mention, speaker)


@pytest.mark.parametrize("text, mention", [
    # nobody named after the quote, or no bracket before it: the mention before stays
    ('(Also on our site: Tom Reyes tells of his illness) "She will step back from the campaign '
     'for a week," it was announced.', "Tom Reyes"),
    # (a "he" tag right after the quote is its mention since round 31, the speaker still Reyes)
    ('Tom Reyes (D-Ohio) told us "We will not pass this budget at all," he added.', "he"),
])
def test_the_mention_before_stays_without_a_bracket_right_before(text, mention, registry, lex):
    got, _ = _quoted(text, registry, lex)
    assert got == mention


@pytest.mark.parametrize("text, outer, inner", [
    # a quotation nested in a quote that opens in lower case: the subject of the verb right
    # before it, a verb of motion joined by "and" allowed between them
    ('But then, Tom Reyes said, "a guard came and said, \'come with me.\'" He was led away.',
     "Tom Reyes", "a guard"),
    ('Ann Hale recalled, "the officer walked over and asked, \'where are you going?\'" She froze.',
     "Ann Hale", "the officer"),
    ('"His brother turned around and shouted, \'run!\' and we ran," Ann Hale said.',
     "Ann Hale", "His brother"),
])
def test_a_nested_quotation_is_the_subject_of_the_verb_before_it(text, outer, inner,
                                                                  registry, lex):
    out = attribute(text, registry, lex)
    nested = out[out["kind"] == "nested"]
    assert list(nested["speaker_mention"]) == [inner]
    assert out[out["kind"] != "nested"].iloc[0]["speaker_mention"] == outer


def test_a_nested_quotation_without_a_verb_before_it_names_nobody_new(registry, lex):
    # 'the word "run"' has no verb of saying before it: not "the word"
    out = attribute('"Then a guard came in and the word \'run\' was written on the wall," Ann Hale '
                    'said.', registry, lex)
    assert "a guard" not in set(out["speaker_mention"])


@pytest.mark.parametrize("text, mention", [
    # an agency's dateline opens the sentence; the main verb is progressive before ", saying"
    ('(AP) — Ann Hale is keeping the heat on Tom Reyes, saying "we are trying to elect a mayor, '
     'not a king."', "Ann Hale"),
    ('(Reuters) - Ann Hale is stepping up her attacks on Tom Reyes, adding: "we will not let '
     'this go unanswered."', "Ann Hale"),
    ('The senator was pressing the White House on the budget, saying "we will not accept this '
     'kind of deal at all."', "The senator"),
])
def test_the_subject_behind_a_dateline_or_a_progressive_verb(text, mention, registry, lex):
    assert _quoted(text, registry, lex)[0] == mention


@pytest.mark.parametrize("text", [
    # "X is ..." describes X when no participle of saying introduces the quote; a clause with
    # its own subject ("with critics saying") is not the progressive's
    '(AP) — The bill is heading to the Senate, with critics saying "it will not pass in this '
    'form at all."',
    '(AP) — The plan is facing a difficult road, and "we will not pass it in this form at all."',
])
def test_no_subject_from_a_progressive_without_a_participle_of_saying(text, registry, lex):
    out = attribute(text, registry, lex)
    assert not set(out["speaker_mention"]) & {"The bill", "The plan"}


@pytest.mark.parametrize("text, mention", [
    # a title with its name after the verb; a title run into the name without a space is no name
    ('(Also on our site: Tom Reyes tells of his illness) "She will step back from the campaign '
     'for a week," said Sen. Ann Hale.', "Sen. Ann Hale"),
])
def test_a_title_after_the_verb_stays_with_its_name(text, mention, registry, lex):
    assert _quoted(text, registry, lex)[0] == mention


def test_a_title_run_into_the_name_is_no_mention(registry, lex):
    out = attribute('"Senator Tom Reyes is importing problems," said Col.Ann Hale," Tom Reyes '
                    'wrote.', registry, lex)
    assert "Col" not in set(out["speaker_mention"])
