"""English: a lower-case role after the name in a line that signs a quote.

A block quote signed on the line under it names its speaker with a role in lower case as often
as in title case: '"..." // — Rachel Burns, chair of the committee', '— Mark Devlin, a former
player'. :data:`.en_names.SIGNATURE_LINE` took only a title-case phrase after the comma, so the whole
line failed to read as a signature and the quote kept no mention. The role is an appositive of
the name, which the gold mentions keep (as :mod:`.en_signature` keeps "Mysore Divisional
Railway Manager"). A phrase opening with a preposition ("via Twitter", "on Facebook", "in a
statement") names a channel or a circumstance, not a role, and is no part of this pattern.

>>> import re
>>> re.fullmatch(LOWER_ROLE, "chair of the committee") is not None
True
>>> re.fullmatch(LOWER_ROLE, "via Twitter") is None
True
"""

from __future__ import annotations

__all__ = ["LOWER_ROLE"]

# Words that open a phrase of channel, place or time after a signing name, not a role.
_NOT_ROLE_OPENERS = r"via|on|in|at|from|through|for|to|with|by|during|after|before|and|or"
# A lower-case appositive of up to twelve words, no comma inside (a date may follow it).
LOWER_ROLE = (r"(?!(?:" + _NOT_ROLE_OPENERS + r")\b)[a-z][\w'’.&\-]*"
              r"(?:[ \t]+[\w'’.&\-]+){0,11}")
