"""English speakers, round thirty (issue 14): a name's appositive keeps no relative clause and no
participle's phrase in any order ('Ann Lee, a lawyer who runs the clinic, said:' -> "Ann Lee, a
lawyer", as '"...," said Ann Lee, a lawyer who runs the clinic and ...' already gave); "for X to
say" names X, not the words before "for" ('enough for me to say, ‘...’'); a sentence that opens
with a subordinate clause has its subject after the clause's comma ('As the guard moved closer,
he began yelling, "..."'). Sentences written for these tests, with negatives; registry of one
person (Claire Dubois), none of these people."""

from __future__ import annotations

import pytest

from discourse.extract.speakers.lang.en import _HEADS
from discourse.extract.speakers.lang.en_appositive_clause import appositive_clause_end
from discourse.extract.speakers.lang.en_for_subject import for_subject
from discourse.extract.speakers.lang.en_subordinate import subject_after_subordinate
from tests.attribute_en import attribute


@pytest.fixture(scope="module")
def registry(dubois_registry):
    return dubois_registry


def _mentions(text, registry, lex, kinds=("direct", "nested")):
    """The mention of each quote of ``text`` of ``kinds``, in order."""
    out = attribute(text, registry, lex)
    return list(out[out["kind"].isin(list(kinds))]["speaker_mention"])


CLAUSE = [
    ('Ann Lee, a lawyer who runs the clinic, said: "We will not back down from this fight."',
     "Ann Lee, a lawyer"),
    ('"We will not back down from this fight," Ann Lee, a lawyer known for her work on civil '
     'rights, said.', "Ann Lee, a lawyer"),
    ('"We will not back down from this fight," said Ann Lee, a lawyer who runs the clinic.',
     "Ann Lee, a lawyer"),
    ('Tom Hale, the former director accused of hiding the files from the board, said, "We will '
     'not back down."', "Tom Hale, the former director"),
    ('"We will not back down," Tom Hale, a former prosecutor now running for mayor, told '
     'reporters.', "Tom Hale, a former prosecutor"),
    ('Nurse Ida Marsh, a graduate student who led the study, said "The results surprised us all."',
     "Nurse Ida Marsh, a graduate student"),
]


@pytest.mark.parametrize("text, mention", CLAUSE)
def test_appositive_without_its_clause(text, mention, registry, lex):
    assert _mentions(text, registry, lex)[0] == mention


@pytest.mark.parametrize("mention", [
    "Ann Lee, a retired nurse",  # a participle before the noun
    "Ann Lee, a highly regarded lawyer",  # an adverb before the participle
    "Ann Lee, the head of the funding for",  # no noun before the participle
    "Ann Lee, a lawyer for the city",  # no clause
    "Ann Lee, in a statement whose text",  # an adverbial, no appositive
    "the city's lawyer who runs the clinic",  # no name before a comma
    "Ann Lee, a claim whose author",  # no person before the clause
    "Jean Okafor, director of the institute that ran the trial",  # "that": the institution's
    "Ann Lee, a lawyer who runs the clinic, and Tom Hale",  # a second name after the clause
])
def test_no_clause_cut(mention):
    assert appositive_clause_end(mention, 0, len(mention), _HEADS) == len(mention)


def test_relative_clause_right_after_the_name():
    mention = "Tom Hale, who chairs the committee"
    assert mention[:appositive_clause_end(mention, 0, len(mention), _HEADS)] == "Tom Hale"


@pytest.mark.parametrize("text, mention", [
    ("“It was not enough for me to say, ‘We tried our best here,’ and move on,” she said.", "me"),
])
def test_for_subject_of_a_nested_quote(text, mention, registry, lex):
    assert _mentions(text, registry, lex, ("nested",)) == [mention]


def test_for_subject_of_a_fragment(registry, lex):
    text = "Tom Hale said it was not enough for him to say, ‘I am sorry for all of it,’ and leave."
    assert _mentions(text, registry, lex, ("partial",)) == ["him"]


@pytest.mark.parametrize("text, said", [
    ("it was time for the mayor to say", "the mayor"),
    ("it was hard for Tom Hale to admit", "Tom Hale"),
    ("enough for us to tell", "us"),
])
def test_for_subject_spans(text, said):
    ms = 0 if text.startswith("enough") else text.index("time" if "time" in text else "hard")
    me = text.index(" for ") + 4
    got = for_subject(text, ms, me)
    assert got is not None and text[got[0]:got[1]] == said


@pytest.mark.parametrize("text, me", [
    ("enough for me to leave", 10),  # no verb of saying
    ("enough money to say", 12),  # no "for" at the mention's end
    ("waiting for them, to say", 11),  # a comma: no infinitive's subject
])
def test_no_for_subject(text, me):
    assert for_subject(text, 0, me) is None


SUBORDINATE = [
    ("As the guard moved closer, he began yelling, “Get away from my car right now!”", "he"),
    ("Because the bill failed, the senator began shouting, “This is a disgrace!”", "the senator"),
    ("Although the vote was close, Tom Hale started saying, “We won this fair and square.”",
     "Tom Hale"),
]


@pytest.mark.parametrize("text, mention", SUBORDINATE)
def test_subject_after_a_subordinate_clause(text, mention, registry, lex):
    assert _mentions(text, registry, lex) == [mention]


def _subject(text, lo, hi):
    """A stand-in for the clause rules: the first word after ``lo``."""
    words = text[lo:hi].split()
    if not words:
        return None
    start = text.index(words[0], lo)
    return start, start + len(words[0])


def test_subordinate_clause_spans():
    text = "As the guard moved closer, he began yelling, "
    got = subject_after_subordinate(text, 0, len(text), _subject)
    assert got is not None and text[got[0]:got[1]] == "he"
    assert subject_after_subordinate("As Tom Hale put it, ", 0, 20, _subject) is None
    assert subject_after_subordinate("As expected, he said, ", 0, 22, _subject) is None  # one word
    assert subject_after_subordinate("Asked about it, he said, ", 0, 25, _subject) is None
    assert subject_after_subordinate("In the end, he said, ", 0, 21, _subject) is None


ENDS = [
    ('"We will not back down," Mark Warner, D-Virginia, said.', "Mark Warner, D-Virginia"),
    ('Sen. Mark Warner, D-Va., told reporters, "We will not back down."', "Sen. Mark Warner, D-Va."),
    ('"We will not back down," Rep. Ann Lee (R-Texas) said.', "Rep. Ann Lee"),  # left as it was
    ('"It was a mistake," according to Ann Lee, the mayor of Springfield.',
     "Ann Lee, the mayor of Springfield"),
    ('"It was a mistake," according to Tom Hale, a lawyer who runs the clinic.',
     "Tom Hale, a lawyer"),
]


@pytest.mark.parametrize("text, mention", ENDS)
def test_party_label_and_according_appositive(text, mention, registry, lex):
    assert _mentions(text, registry, lex)[0] == mention


@pytest.mark.parametrize("text", [
    "according to Tom Hale, the city will appeal.",  # a clause after the comma: the report
    "according to Tom Hale, in a statement.",  # an adverbial
    "according to Tom Hale, speaking on Monday.",  # a participle's phrase
    "according to the city's lawyer, Tom Hale, on Monday.",  # closed by a comma, not the end
    "said Tom Hale, the mayor of Springfield.",  # no "according to"
])
def test_no_according_appositive(text):
    from discourse.extract.speakers.lang.en_mention_ends import according_appositive_end
    ms = text.index("Tom") if "Tom Hale," in text else text.index("the city")
    me = text.index(",", ms)
    assert according_appositive_end(text, ms, me, _HEADS) == me


@pytest.mark.parametrize("text", [
    "Tom Hale, Democrat, said",  # a party word, no label
    "the Democrat, D-Va., said",  # no name before the label
    "Tom Hale, DA-Va.",  # no party letter
])
def test_no_party_label(text):
    from discourse.extract.speakers.lang.en_mention_ends import party_label_end
    me = text.index(",")
    assert party_label_end(text, 0, me) == me
