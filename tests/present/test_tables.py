"""Tests for discourse.present.tables: wide tables and the offline quotes table."""

from __future__ import annotations

import pandas as pd

from discourse.present.tables import frames_wide, quotes_table_html, shorten, stance_wide


def test_frames_wide_one_row_per_frame_one_column_per_camp():
    long = pd.DataFrame({
        "camp": ["russian_official", "russian_official", "western", "western"],
        "frame": ["economic", "security", "economic", "security"],
        "n": [16, 16, 3, 3], "mean": [0.16, 0.30, 0.0, float("nan")],
        "ci_low": [0.02, 0.1, 0.0, float("nan")], "ci_high": [0.35, 0.5, 0.0, float("nan")],
        "small_n": [False, False, True, True]})
    wide = frames_wide(long, frame_labels={"economic": "Economic", "security": "Security"})
    assert list(wide.columns) == ["Frame", "Russian officials (n=16)", "Western officials (n=3)"]
    assert wide.to_dict("list")["Russian officials (n=16)"] == ["0.16 (0.02–0.35)",
                                                                 "0.30 (0.10–0.50)"]
    assert wide.to_dict("list")["Western officials (n=3)"] == ["0.00 (0.00–0.00)*", "–"]


def test_stance_wide_gives_shares_for_and_against_with_n():
    long = pd.DataFrame({"camp": ["western", "opposition"], "target": ["russia", "russia"],
                         "label": ["Russia", "Russia"], "n": [12, 0],
                         "share_favour": [0.25, float("nan")], "share_against": [0.5, float("nan")],
                         "small_n": [False, True]})
    wide = stance_wide(long)
    assert wide.to_dict("records") == [{"Target": "Russia", "Western officials":
                                        "for 25%, against 50% (n=12)", "Opposition": "–"}]


def test_quotes_table_is_escaped_shortened_capped_and_needs_no_network():
    long_text = "We will never accept <b>this</b> " + "word " * 100
    q = pd.DataFrame({"text": [long_text, "short"], "camp": ["Western officials", "Unknown"],
                      "confidence": [0.91234, float("nan")]})
    markup = quotes_table_html(q, numeric=["confidence"], max_rows=1, max_chars=60,
                               caption="Quotes")
    assert "<b>this</b>" not in markup and "&lt;b&gt;this&lt;/b&gt;" in markup
    assert "first 1 of 2; every quote, in full, is in tables/quotes.csv" in markup
    assert "short" not in markup.split("<tbody>")[1]
    assert '<td class="dq-num">0.91</td>' in markup
    assert "<script>" in markup and "http" not in markup and "src=" not in markup
    assert len(shorten(long_text, 60)) <= 62 and shorten(long_text, 60).endswith(" …")
    assert shorten("a\n\nb", 60) == "a b"
