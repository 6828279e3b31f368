"""Reported speech, round twenty-two (the saying misses of every dev part, saying set 9 among
them, sorted by why): a report nested in a report is kept at both levels also when the inner
speaker is a possessive's noun ("said her husband had told her P"), a bare plural of people or
sources ("intelligence officials warned the administration that P" inside "According to X,
…"), or the inner verb another finite verb of saying ("warned", "confirmed", "noted", …);
"the virus claimed 6606 lives" stays no report. English sentences of our own."""

from __future__ import annotations

import pandas as pd
import pytest

from discourse.extract.quotes import extract_quotes


def _reports(text: str) -> list[tuple[str, str]]:
    """(span text, mention) of every ``indirect`` quote found in ``text``."""
    q = extract_quotes(pd.DataFrame({"doc_id": ["d"], "text": [text]}))
    return [(r.text, r.speaker_mention) for r in q.itertuples() if r.kind == "indirect"]


@pytest.mark.parametrize("text, inner, mention", [
    # a possessive before the inner speaker (the mention is the noun the reader gives)
    ("The widow said her brother had told her the mayor never met the donor.",
     "the mayor never met the donor", "brother"),
    ("Ms. Lund said her lawyer told her the hearing was postponed.",
     "the hearing was postponed", "lawyer"),
    # a bare plural of people or sources inside an "according to" report
    ("According to the Herald, intelligence officials warned the council last spring that the "
     "bridge could fail.", "the bridge could fail", "intelligence officials"),
    ("The radio station reported two independent sources confirmed the mayor would resign.",
     "the mayor would resign", "two independent sources"),
    # another finite verb of saying as the inner cue
    ("Ms. Okafor said the auditors noted the accounts were incomplete.",
     "the accounts were incomplete", "the auditors"),
])
def test_inner_report_kept(text, inner, mention):
    reports = _reports(text)
    assert (inner, mention) in reports, reports
    # the outer report stays beside it
    assert any(s != inner and s.endswith(inner) for s, _ in reports), reports


@pytest.mark.parametrize("text, not_inner", [
    # "claim" takes lives: a toll, no speech, even inside a report
    ("According to the ministry, the flood claimed 212 lives in the valley.",
     "212 lives in the valley"),
    ("Officials said the storm claimed the lives of four fishermen.",
     "the lives of four fishermen"),
    # a bare singular noun before the verb is no speaker of its own
    ("The coach said practice confirmed the plan to rest the starters.",
     "the plan to rest the starters"),
])
def test_no_inner_report(text, not_inner):
    assert all(s != not_inner for s, _ in _reports(text)), _reports(text)
