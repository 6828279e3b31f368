"""English transcript labels: the data of :mod:`discourse.extract.quotes.transcript` (issue 14).

:data:`TURN_RULES` is ``ENGLISH.turn_rules``. The label forms of US news transcripts and
interviews: capitals (``TAPPER:``, ``SEN. KAINE:``, ``UNIDENTIFIED MALE:``), a title and a
surname (``Mr. Kaine:``, ``Dr. Fauci:``), a full name as written (``Natasha Gownaris:``), and
``Q:``/``A:``; and the capitalised words that head a line but name nobody.
"""

from __future__ import annotations

import re

from discourse.extract.quotes.lang.en.words import NOT_SPEAKER_LABELS
from discourse.extract.quotes.transcript import TurnRules

__all__ = ["TURN_RULES"]

_CAPS_WORD = r"[A-Z][A-Z'’\-]*\.?"
# Smith, O'Neil, McCain (not "JorgensenImage", a caption run into the name)
_NAME_WORD = r"(?:Mc|Mac)?[A-Z][a-z'’\-]+"
_LABEL = re.compile(
    r"(?:(?P<q>Q)|(?P<a>A)"
    # capitals, up to four words, the first of two letters at least ("NG", "SEN. KAINE")
    r"|(?P<caps>[A-Z][A-Z'’\-]+\.?(?: " + _CAPS_WORD + r"){0,3})"
    # a title and a surname, or a full name of two or three words (a middle initial allowed)
    r"|(?P<name>(?:Mr|Ms|Mrs|Dr|Sen|Rep|Gov)\. " + _NAME_WORD
    + r"|" + _NAME_WORD + r"(?: [A-Z]\.)?(?: " + _NAME_WORD + r"){1,2}))"
    r"[ \t]*:(?:[ \t]+(?=\S)|[ \t]*$)",
    re.MULTILINE,
)
# Words of a label that names nobody ("SEE ALSO:", "UPDATE II:", "THE FACTS:", "EDITOR'S NOTE:",
# "Photo:", "Source:"): the transcript-line list, the heads of news furniture, and the function
# words of a newsletter's section heads ("WHAT TRUMP SAID:", "KING ON THE HILL:").
_NOT_SPEAKERS = NOT_SPEAKER_LABELS | frozenset(
    """FACTS COVERAGE SPECIAL LATEST TODAY POLL POLLS REPORT REPORTS HIGHLIGHTS STORY TRANSCRIPT
    QUOTE QUOTES DATE TIME TOPICS TOPIC IMAGE IMAGES CAPTION PICTURE PICTURES GRAPHIC EDITOR
    EDITORS DISCLAIMER DISCLOSURE CORRECTIONS CLARIFICATION AGENDA ORIGINAL BELOW ABOVE
    ADDITIONAL REPORTING CONTRIBUTED TAGS FILED UNDER LISTEN JUST ICYMI EARLIER WHAT WHO HOW WHY
    WHEN SAID SAYS ON IN AT TO FOR""".split())
# The words of a turn end as a sentence does: a full stop, a question or exclamation mark, an
# ellipsis or a broken-off dash, maybe inside a closing mark or a bracket.
_SENTENCE_END = re.compile(r"(?:[.!?…]|--|[—–])[\"'”’)\]]*$")
# "in an interview with Jane Doe", "spoke with Jane Doe", "asked Jane Doe", "Jane Doe answered
# our questions": the person an "A:" label stands for.
_PERSON = r"(?P<name>[A-Z][\w'’\-]+(?: [A-Z]\.)?(?: [A-Z][\w'’\-]+){1,2})"
_INTERVIEWEE = re.compile(
    r"\b(?:interview(?:ed)?(?: with)?|spoke (?:with|to)|talked (?:with|to)|sat down with|"
    r"asked|questions? (?:to|for)|conversation with)\s+"
    r"(?:[a-z][\w\-]* ){0,3}(?:(?:Sen|Rep|Gov|Dr|Mr|Ms|Mrs|Gen|Prof)\.? )?" + _PERSON
)

TURN_RULES = TurnRules(
    label=_LABEL,
    first=frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
    not_speakers=_NOT_SPEAKERS,
    sentence_end=_SENTENCE_END,
    interviewee=_INTERVIEWEE,
)
