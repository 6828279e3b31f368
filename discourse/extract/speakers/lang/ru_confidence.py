"""How often each attribution rule names the right speaker in Russian: the ``confidence`` column.

``RULE_CONFIDENCE`` (``speakers/attribute_doc.py``) is measured on English Wikinews. On the
Russian Wikinews dev splits (dev .. dev16, every article but the test split's; 1191 matched
quotes; ``bench/attribution_rules.py wikinews_ru --split devs``, IoU >= 0.5, right = the mention
overlaps the gold mention or the speaker is the gold actor) some rules are right more or less
often than in English, most of all ``continuation`` (6 of 12: a quotation in the next paragraph
inside a sentence of its own is often somebody else's). Laplace-smoothed, ``(right + 1) / (n +
2)``, for the rules seen at least 5 times; the others keep the shared values. ``none`` (no
speaker) is 0.0 in every language: it is set in ``attribute_doc``, not here.
"""

from __future__ import annotations

RULE_CONFIDENCE_RU: dict[str, float] = {
    "according_to": 0.98,  # 55/55
    "continuation": 0.5,  # 6/12
    "cue_after": 0.96,  # 99/102
    "cue_before": 0.98,  # 363/368
    "medium": 0.93,  # 24/25
    "previous_sentence": 0.91,  # 19/20
    "pronoun": 0.97,  # 112/114
    "role_description": 0.97,  # 31/31
    "unresolved": 0.97,  # 382/392
}
