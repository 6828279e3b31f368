"""English: a role after the name in a line that signs a quote belongs to the mention.

Wikinews signs a quote template's text on its own line: '"More women getting into technical
fields has been a big change." — Aparna Garg, Mysore Divisional Railway Manager'. The gold
mentions keep a name's appositive, so the role after the comma is kept with the name; an outlet
or a platform there ("— Kathleen Parker, The Washington Post", "Meghan McCain, Twitter") names
where the words appeared, not who the speaker is, and stays out. :data:`ROLE` is the pattern of
such a role, the named group ``role`` of :data:`.en_names.SIGNATURE_LINE` that
:func:`discourse.extract.speakers.turns.signature` ends the mention with.

>>> from discourse.extract.speakers.lang.en import SIGNATURE_LINE
>>> SIGNATURE_LINE.fullmatch("— Aparna Garg, Mysore Divisional Railway Manager").group("role")
'Mysore Divisional Railway Manager'
>>> SIGNATURE_LINE.fullmatch("— Kathleen Parker, The Washington Post").group("role") is None
True
"""

from __future__ import annotations

from discourse.extract.speakers.lang.en_signature_lower import LOWER_ROLE

__all__ = ["ROLE"]

# Words that make a title-case phrase a person's role, not an outlet's name.
_ROLE_WORDS = (r"Manager|Director|Minister|President|Secretary|Chief|Chairman|Chairwoman|Chair|"
               r"CEO|Spokesman|Spokeswoman|Spokesperson|Officer|Ambassador|Governor|Mayor|"
               r"Professor|Commissioner|Senator|General|Head|Founder|Leader|Editor|Coordinator")
# A title-case phrase after the comma holding a role word, up to the end of the phrase (a date
# or the line's end follows).
# Or a role in lower case ("chair of the committee", :mod:`.en_signature_lower`).
ROLE = (r"(?P<role>(?=[A-Za-z'’.&\- ]{0,60}?\b(?:" + _ROLE_WORDS + r")\b)"
        r"[A-Z][\w'’.&\-]*(?:[ \t]+(?:of|for|and|the|[A-Z][\w'’.&\-]*))*"
        r"|" + LOWER_ROLE + r")")
