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


def test_quotes_table_filters_and_sorts_in_a_browser_with_no_network(tmp_path):
    import shutil
    import tempfile

    from tests.browser import FLAGS, browser_paths

    chromium, driver_path = browser_paths()  # skips where Chromium is not installed
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By

    q = pd.DataFrame({"quote": ["Sanctions will follow", "We respect the choice", "Minsk is an ally"],
                      "camp": ["Western officials", "Russian officials", "Russian officials"],
                      "confidence": [0.9, 0.7, 0.25]})
    page = tmp_path / "quotes.html"
    page.write_text("<html><body>" + quotes_table_html(q, text_col="quote", numeric=["confidence"])
                    + "</body></html>", encoding="utf-8")
    profile = tempfile.mkdtemp()
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in (*FLAGS, f"--user-data-dir={profile}"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(driver_path), options=options)
    try:
        driver.get(page.as_uri())
        visible = ("return Array.from(document.querySelectorAll('tbody tr'))"
                   ".filter(r => r.style.display !== 'none').map(r => r.cells[0].textContent);")
        driver.find_element(By.CSS_SELECTOR, "input[type=search]").send_keys("russian")
        assert driver.execute_script(visible) == ["We respect the choice", "Minsk is an ally"]
        assert driver.find_element(By.CSS_SELECTOR, ".dq-count").text == "2 of 3 rows shown"
        driver.find_elements(By.TAG_NAME, "th")[2].click()  # confidence, as numbers
        assert driver.execute_script(visible) == ["Minsk is an ally", "We respect the choice"]
        driver.find_elements(By.TAG_NAME, "th")[2].click()  # again: descending
        assert driver.execute_script(visible) == ["We respect the choice", "Minsk is an ally"]
        assert [e for e in driver.get_log("browser") if e["level"] == "SEVERE"] == []
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)
