"""Name normalisation (discourse.extract.actors.names): folding keeps lengths and equals the
translation table it is built from (normalise_name has its doctests in the module)."""

from __future__ import annotations

import random

from discourse.extract.actors.names import FOLD_TABLE, fold


def test_fold_substitution_equals_the_translation_table():
    rng = random.Random(0)
    alphabet = [chr(c) for c in range(0x3000)] + ["\U0001d400", "ł", "—", "’", "\t", "`"]
    for _ in range(500):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        assert fold(text) == text.translate(FOLD_TABLE)
    assert fold("Tab\tand `tick`") == "Tab and 'tick'"
