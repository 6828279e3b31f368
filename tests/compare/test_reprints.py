"""Reprint keys: same words and speaker match whatever the typography; others never do."""

from __future__ import annotations

import pandas as pd

from discourse.compare.reprints import find_reprints, reprint_keys


def test_keys_ignore_typography_but_not_words_or_speaker():
    u = pd.DataFrame({
        "quote_id": ["a:0-9", "b:5-14", "c:0-9", "d:0-9", "e:0-9"],
        "doc_id": ["a", "b", "c", "d", "e"],
        "outlet": ["X", "Y", "Z", "W", "V"],
        "text": ["“We are the closest allies”", "We are the  CLOSEST allies —",
                 "We are the closest allies", "We are close allies", "We are the closest allies"],
        "speaker": ["Dmitry Peskov", "Dmitry Peskov", "Alexander Lukashenko", "Dmitry Peskov", ""],
        "speaker_mention": ["Peskov", "he", "Lukashenko", "Peskov", "The Spokesman"],
    })
    keys = reprint_keys(u)
    assert keys.dtype.name == "uint64" and len(set(keys.tolist())) == 4
    drop, rep = find_reprints(keys, u)
    assert drop.tolist() == [False, True, False, False, False]
    assert rep.to_dict("records") == [{"quote_id": "b:5-14", "doc_id": "b", "outlet": "Y",
                                       "first_quote_id": "a:0-9", "first_doc_id": "a"}]
    # stable across runs and row subsets: a key depends on the row only
    assert reprint_keys(u.iloc[[1]]).tolist() == keys[[1]].tolist()


def test_no_units_no_reprints():
    empty = pd.DataFrame(columns=["quote_id", "text", "speaker"])
    drop, rep = find_reprints(reprint_keys(empty), empty)
    assert len(drop) == 0 and rep.empty and list(rep.columns)[0] == "quote_id"
