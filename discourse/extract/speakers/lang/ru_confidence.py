"""How often each attribution rule names the right speaker in Russian: the ``confidence`` column.

``RULE_CONFIDENCE`` (``speakers/attribute.py``) was measured on English Wikinews dev and dev2. On
the Russian Wikinews dev splits (dev .. dev12, 300 articles less the test split; 899 matched
quotes; ``bench/attribution_rules.py`` with the split list, IoU >= 0.5, right = the mention
overlaps the gold mention or the speaker is the gold actor) some rules are right more or less
often than in English, most of all ``continuation`` (3 of 9: a quotation in the next paragraph
inside a sentence of its own is often somebody else's). Laplace-smoothed, ``(right + 1) / (n +
2)``, for the rules seen at least 5 times; the others keep the shared values.
"""

from __future__ import annotations

RULE_CONFIDENCE_RU: dict[str, float] = {
    "according_to": 0.98,  # 41/41
    "continuation": 0.36,  # 3/9
    "cue_after": 0.99,  # 79/79
    "cue_before": 0.97,  # 263/270
    "medium": 0.91,  # 19/20
    "previous_sentence": 0.83,  # 14/16
    "pronoun": 0.96,  # 75/77
    "role_description": 0.93,  # 27/28
    "unresolved": 0.93,  # 284/306
}
