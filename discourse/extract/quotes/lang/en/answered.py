"""English: "X answered some questions": an act of answering, not a report (issue 14, dev10).

Wikinews interviews open with "Carroll answered some questions about his campaign from Wikinews
accredited reporter …", "Gownaris answered a series of questions for our correspondent". The
cue *answer* takes a clause without "that" ("answered the plan was sound"), and the clause
reader takes the plural noun "questions" for a verb ("some | questions about …"), so the
object was read as a report. An object whose head is "question(s)" names what was answered,
not what was said; it is found within the first few words after the cue, after determiners,
quantifiers and adjectives only ("a series of", "some", "several further", "all of the").
Read on the Wikinews dev splits dev, dev9 and dev10 (four interview introductions, no gold
report among them).
"""

from __future__ import annotations

from discourse.extract.quotes.tokens import Toks

__all__ = ["answered_questions"]

_ANSWER = frozenset("answer answers answered answering".split())
_HEADS = frozenset("question questions queries query".split())
# Words that may stand between the cue and the head: no verb, no "that", no comma.
_BEFORE_HEAD = frozenset("""a an the some several few many all of series number couple
    dozen more further additional other these those his her their its our my your two three
    four five six ten reporters' readers' follow-up written detailed""".split())
_REACH = 5


def answered_questions(toks: Toks, a: int, k: int, tj: int) -> bool:
    """Is the cue at token ``a`` a form of *answer* whose object, from token ``k``, is headed
    by "question(s)" within :data:`_REACH` words, after determiners and quantifiers only?"""
    lows = toks.lows
    if lows[a] not in _ANSWER:
        return False
    for m in range(k, min(tj, k + _REACH)):
        if lows[m] in _HEADS:
            return True
        if lows[m] not in _BEFORE_HEAD:
            return False
    return False
