"""The interviewer's questions in a Russian interview set as dash lines.

Russian print interviews give each turn as a paragraph opening with a dash and no attribution::

    — Когда продолжатся переговоры?

    — Переговоры продолжатся на следующей неделе.

`dialogue.dialogue_lines` reads a dash line without an attribution as an interview answer,
``direct`` with no speaker; the question before it was read the same way, and the speaker pass
then gave it to the person the sentence before names (the interviewee), a wrong speaker. The
question is the reporter's own words, not a quote: the shared interview rule
(:mod:`discourse.extract.quotes.interview`, "the interviewer's turns are the reporter's own
words, not quotes") applies to the dash form too. A question line is taken as the interviewer's
only when the next paragraph is another dash line (the answer); a question that closes a
dialogue, or is followed by narration, is left as it was.

Before: ``Found(kind="direct", attr=None)`` over ``Когда продолжатся переговоры?``; after: none.
"""

from __future__ import annotations

from discourse.extract.quotes.document import Doc

# the dashes a dialogue line opens with (as `dialogue._LINE_DASH`)
_DASHES = "—–-"


def interviewer_question(doc: Doc, content_end: int, para_index: int) -> bool:
    """Is the unattributed dash line ``doc.paras[para_index]``, whose content ends at
    ``content_end``, a question answered by the next paragraph's dash line?"""
    text = doc.text
    if content_end <= 0 or text[content_end - 1] != "?":
        return False
    if para_index + 1 >= len(doc.paras):
        return False
    nxt = doc.paras[para_index + 1][0]
    return text[nxt] in _DASHES and text[nxt + 1:nxt + 2] in (" ", "\t", "\u00a0")
