"""One list of participles of saying, every shape reading it (en_participle_source).

Sentences written for these tests. Each participle below stood in only one of the two former
lists ("confirming", "alleging" and "adding"), or the shape is one the other list's rules read.
"""

from __future__ import annotations

import pytest

from discourse.extract.speakers.lang.en import ENGLISH, sentence_subject
from discourse.extract.speakers.lang.en_participle_source import participle_subject


@pytest.mark.parametrize(("text", "report", "mention"), [
    # after "by": the clause's subject, for a participle the "with"/statement rules read before
    ("The minister ended the rumours by confirming that he would resign in May.", "he would",
     "The minister"),
    # a cited source, for "confirming"
    ("The senator cited a report by the auditor confirming the agency lost the funds.",
     "the agency", "a report by the auditor"),
    # the noun phrase that opens the sentence, for "alleging"
    ("Several local residents alleging the vote was rigged gathered on Saturday.", "the vote",
     "Several local residents"),
    # the "with" reader leaves a time adverb out for every participle, "saying" too
    ("The march was banned, with officials today saying it was for security reasons.", "it was",
     "officials"),
    # "with" and a subject holding a preposition
    ("Turnout fell, with 40 percent of local voters saying the race did not matter.", "the race",
     "40 percent of local voters"),
    # "adding" after a statement the clause's subject issued
    ("On Friday, the water board issued a short statement adding the pipes had been cleaned.",
     "the pipes", "the water board"),
    # no plain subject after "with": none for every participle
    ("The plant stayed shut, with it later saying that the road had been reopened.", "the road",
     None),
])
def test_one_list_of_participles_reaches_every_shape(text, report, mention):
    got = participle_subject(text, 0, text.index(report), sentence_subject)
    assert (None if got is None else text[got[0]:got[1]]) == mention
    # the language's entry point reads the same mechanism
    assert ENGLISH.participle_subject(text, 0, text.index(report)) == got


def test_no_participle_no_speaker():
    text = "The minister ended the rumours by resigning, and the party voted on Monday."
    assert participle_subject(text, 0, text.index("the party"), sentence_subject) is None
