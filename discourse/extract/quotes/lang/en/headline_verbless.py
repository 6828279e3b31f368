"""Verbless "Name: proposition" headlines that quote the speaker's own words in marks.

:mod:`discourse.extract.quotes.lang.en.headlines` reads "Name: proposition" as a report only
when the proposition reads as a clause. Headline English drops the verb "to be" and keeps a
word or two of the speaker in marks: "Dianne Feinstein: Obama 'Too Cautious' On ISIS", "Steve
Bannon: Trump firing James Comey 'maybe' the worst mistake …", "Mike Pence: 'No comparison'
between his, Hillary Clinton's email practices", "Pence: US 'strongly supports NATO'". The
marks are the evidence that words were said (the NewsMTSC saying and label sets annotate each
of these as the named person's ``indirect`` report, the fragment as ``partial``); without them
a verbless line is as often a topic ("Pakistan PM: Brother of ousted Sharif lined up …",
"Executive Power Grab: Obama to Announce New Plans …"), so nothing else is read here.

Not a statement even with marks: a line all in marks (a column's or a film's title, or a direct
quote the mark pass finds), a question, and a line that opens with a possessive noun phrase
("Asia Bibi: Pakistan Supreme Court's 'historic' ruling" names a topic, not what Bibi said).
"""

from __future__ import annotations

import re

__all__ = ["fragment_statement"]

# A pair of marks around one to eight words, the fragment the speaker is quoted with.
_FRAGMENT = re.compile(r"(?:(?<![\w])'|‘|“|\")([^'‘’“”\"]{1,80}?)(?:'(?![\w])|’(?![\w])|”|\")")
_MAX_FRAGMENT_WORDS = 8
# A possessive noun phrase before the marks: "Pakistan Supreme Court's 'historic' ruling".
_POSSESSIVE = re.compile(r"\w['’]s\b")


def fragment_statement(rest: str) -> bool:
    """Does the headline's proposition quote a fragment of the speaker's words (see above)?

    ``rest`` is the text after "Name: " up to the end of the line.
    """
    body = rest.strip().rstrip(".")
    if not body or body.endswith("?"):
        return False
    for m in _FRAGMENT.finditer(body):
        words = m.group(1).split()
        if not words or len(words) > _MAX_FRAGMENT_WORDS:
            continue
        before, after = body[:m.start()].strip(), body[m.end():].strip(" .,")
        if not before and not after:
            return False  # all in marks: a title, or a direct quote the mark pass has
        if _POSSESSIVE.search(before):
            return False  # "Court's 'historic' ruling": a noun phrase, a topic
        return True
    return False
