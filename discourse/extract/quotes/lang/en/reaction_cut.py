"""English: a report ends before a coordinated clause in which someone else reacts to it (issue
14, the second English grid).

"Doerr said the agency will review the rules, but Ellison disagreed, saying Q": the clause "but
Ellison disagreed" has its own subject and a verb of reacting to what was said (disagreed,
objected, countered, dissented, ...). It is the author's narration of the reply, not part of
Doerr's report, which ends at the comma before "but". The sentence rules ran the report to the
participle's comma (``report_cuts``), since "disagreed" is no verb of saying.

Cut only when the reaction clause is the report's last clause (nothing but an object of the
reaction, "with the assessment", after it), its conjunction is contrastive ("but", "while",
"though", "although", "whereas") and its subject is a name, a pronoun or a determined noun
phrase without a comma: a report that goes on after the verb ("but the mayor objected to the
fee and the council …") is left alone.
"""

from __future__ import annotations

import re

from discourse.extract.quotes.document import Doc, Found
from discourse.extract.quotes.spans import trim_end

__all__ = ["reaction_end"]

# ", but <subject> [adverb] <reaction verb> [with/on/to <a few words>]" at the report's end.
_REACTION_CLAUSE = re.compile(
    r",\s+(?:but|while|though|although|whereas)\s+"
    r"(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"  # "Ellison", "Sen. Mark Ellison"
    r"|he|she|they"
    r"|(?:the|his|her|their|its|other|some|many)\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2})"
    r"\s+(?:(?:strongly|sharply|quickly|flatly|firmly|openly)\s+)?"
    r"(?:disagreed|objected|dissented|demurred|countered|differed|balked|pushed\s+back)"
    r"(?:\s+(?:with|on|to)\s+[^,;:\"“”]{1,40})?\s*$")


def reaction_end(doc: Doc, f: Found | None) -> Found | None:
    """``f`` ended before a closing contrastive clause of reaction ("…, but Y disagreed"), or
    ``f`` as it is (None stays None; a report closed by its attribution is not read)."""
    if f is None or f.kind != "indirect" or f.rule == "cue_after":
        return f
    text = doc.text
    comma = text.rfind(",", f.start, f.end)
    if comma < 0:
        return f
    # (the clause starts at one of the report's commas; the last few are enough)
    for _ in range(3):
        m = _REACTION_CLAUSE.match(text, comma, f.end)
        if m is not None:
            end = trim_end(text, f.start, comma)
            return f if end <= f.start else Found(f.start, end, f.kind, f.attr, f.rule, f.parent)
        comma = text.rfind(",", f.start, comma)
        if comma < 0:
            break
    return f
