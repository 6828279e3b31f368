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


def _quotes(text: str) -> list[tuple[str, str, str]]:
    """(kind, span text, mention) of every quote found in ``text``."""
    q = extract_quotes(pd.DataFrame({"doc_id": ["d"], "text": [text]}))
    return [(r.kind, r.text, r.speaker_mention) for r in q.itertuples()]


@pytest.mark.parametrize("text, report, mention", [
    # a third person's statement reported inside a direct quotation: both levels kept
    ("The coach added: “He already said he is ready to play on Sunday, which helps us a lot.”",
     "he is ready to play on Sunday, which helps us a lot", "He"),
    ("“At the meeting, the treasurer stated that the fund had run out of money,” Ms. Vance said.",
     "the fund had run out of money", "the treasurer"),
])
def test_report_inside_a_direct_quote(text, report, mention):
    quotes = _quotes(text)
    assert any(k == "direct" for k, _, _ in quotes), quotes
    assert ("indirect", report, mention) in quotes, quotes


@pytest.mark.parametrize("text", [
    # the quoted speaker's own voice: first and second person are no report of another's words
    "“I said we would finish the bridge before the winter comes,” the mayor told reporters.",
    "“We can say that the plan has worked better than anyone expected,” Ms. Diaz said.",
    # a passive's agent is no speaker, a plural noun in -s no verb
    "“There is nothing that I have been told by him that would change my mind,” she said.",
    "“You already have governors in some blue states that run their own campaigns,” he said.",
])
def test_no_report_inside_a_direct_quote(text):
    assert not [q for q in _quotes(text) if q[0] == "indirect"], _quotes(text)


@pytest.mark.parametrize("text, report, mention", [
    # a headline in title case or capitals: "Says" is the verb, the rest of the line the report
    ("Governor Reyes Says State Budget Will Balance By June", "State Budget Will Balance By June",
     "Governor Reyes"),
    ("Union Strikes Deal With Mayor, Council Chief Warns Taxes Must Rise Next Year",
     "Taxes Must Rise Next Year", "Council Chief"),
    ("OKAFOR SAYS THE COUNT WAS FAIR\nThe count ended on Monday.", "THE COUNT WAS FAIR", "OKAFOR"),
])
def test_title_case_headline(text, report, mention):
    assert (report, mention) in _reports(text), _reports(text)


@pytest.mark.parametrize("text", [
    # a poll or a report is no speaker; running text is no headline; two words are no report
    "New Poll Says Voters Want Change In Washington",
    "The mayor, who Says little in public, opened the new library on the corner of Main Street "
    "yesterday and thanked the volunteers who had raised the money for it over ten years.",
    "Ramos Says No",
])
def test_no_title_case_report(text):
    assert not _reports(text), _reports(text)


@pytest.mark.parametrize("text, report, mention", [
    # a document's report in a relative clause: the document is the speaker
    ("The senator cited a memo that said the agency had ignored the warnings.",
     "the agency had ignored the warnings", "a memo"),
    ("The board resigned after a long report in the Herald on Sunday which claimed the budget "
     "was falsified.", "the budget was falsified", "a long report in the Herald on Sunday"),
])
def test_document_relative_report(text, report, mention):
    assert (report, mention) in _reports(text), _reports(text)


@pytest.mark.parametrize("text", [
    # no clause after the verb; a person's relative is the sentence rules' (not a document)
    "He wrote the report that said nothing new about the fire.",
    "The council adopted the statement that says little about the budget.",
])
def test_no_document_relative_report(text):
    assert not _reports(text), _reports(text)
