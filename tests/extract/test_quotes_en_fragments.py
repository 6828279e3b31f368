"""Quoted fragments whose naming verb stands further back (round ten, ``lang/en/fragments.py``).

Fragments coordinated after a first one (``calling it "A" and "B"``) belong to the first one's
verb; a fragment after a long object and "as" belongs to the verb that judges it ("described the
meeting between X and Y as “historic”", "hailed the agreements as the “…”"). English sentences of
our own, with the negatives: names and titles after "known as" / "released as", a verb of saying
before the fragments (unchanged), and a report of naming whose fragments are coordinated (kept as
a report beside its fragments).
"""

from __future__ import annotations

import pandas as pd
import pytest

from discourse.extract.quotes import extract_quotes


def _quotes(text: str) -> list[tuple[str, str, str, str]]:
    """(kind, span text, cue, mention) of every quote found in ``text``."""
    q = extract_quotes(pd.DataFrame({"doc_id": ["d"], "text": [text]}))
    return [(r.kind, r.text, r.cue, r.speaker_mention) for r in q.itertuples()]


@pytest.mark.parametrize("text, fragments, cue, mention", [
    ('The minister also spoke about the treaty, calling it "null and void" and "plainly '
     'absurd". Talks went on.', ["null and void", "plainly absurd"], "calling", "The minister"),
    ('The senator called the proposal "unworkable" and "deeply unfair".',
     ["unworkable", "deeply unfair"], "called", "The senator"),
    ('She described the budget as "reckless" and "short-sighted" on Monday.',
     ["reckless", "short-sighted"], "described", "She"),
    ('The mayor referred to the protesters as "thugs", "vandals" and "outsiders."',
     ["thugs", "vandals", "outsiders."], "referred", "The mayor"),
    ('The agency has described the talks between the two delegations in Geneva as “productive” '
     'and “frank”.', ["productive", "frank"], "described", "The agency"),
    ('The governor hailed the new budget deal as the "start of a better decade."',
     ["start of a better decade."], "hailed", "The governor"),
    ('Known for sharp remarks on many shows, the host was fired after he denounced the whole '
     'city council as a "pack of crooks." He later apologized.',
     ["pack of crooks."], "denounced", "he"),
])
def test_fragments_belong_to_the_verb_further_back(text, fragments, cue, mention):
    got = [q for q in _quotes(text) if q[0] == "partial"]
    assert [q[1] for q in got] == fragments
    assert {q[2] for q in got} == {cue}
    assert {q[3] for q in got} == {mention}


@pytest.mark.parametrize("text", [
    'The band, known as "The Birds" and "The Bees", played on.',
    'The film was released as "Red Dawn" and "Blue Sky" in Europe.',
    'He works at a shop known as "Bits" and "Bytes".',
    # a clause boundary between the verb and "as": the fragment is not the verb's
    'He praised the hospital staff in the city, who served as "first responders" in the storm.',
])
def test_names_and_other_clauses_are_no_fragments(text):
    assert [q for q in _quotes(text) if q[0] == "partial"] == []


def test_saying_verb_before_fragments_is_unchanged():
    got = _quotes('He said the plan was "reckless" and "dangerous".')
    assert ("indirect", 'the plan was "reckless" and "dangerous"', "said", "He") in got
    assert [q[1] for q in got if q[0] == "partial"] == ["reckless", "dangerous"]


def test_report_of_naming_with_coordinated_fragments_stays():
    # the predicate is the author's coordination of two fragments, not one quotation: the
    # report "X Y" stands beside the fragments (a single fragment predicate stays a partial)
    got = _quotes('Commenters termed her a "corrupt oaf" and a "lousy traitor".')
    assert ("indirect", 'her a "corrupt oaf" and a "lousy traitor"', "termed",
            "Commenters") in got
    assert [q[1] for q in got if q[0] == "partial"] == ["corrupt oaf", "lousy traitor"]
    single = _quotes('Commenters called the demand "unprecedented".')
    assert [q[0] for q in single] == ["partial"]
