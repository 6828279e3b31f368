"""Posts signed inside their paragraph (extract/quotes/embedded.py, the inline form; issue 14)."""

from __future__ import annotations

import pandas as pd

from discourse.extract.actors import load_actors
from discourse.extract.quotes import extract_quotes
from discourse.extract.speakers import attribute_speakers


def _quotes(text: str) -> pd.DataFrame:
    return extract_quotes(pd.DataFrame({"doc_id": ["a"], "text": [text]}))


def _posts(text: str) -> pd.DataFrame:
    q = _quotes(text)
    return q[q["_rule"] == "post_inline"]


def test_a_post_between_marks_and_its_signature_in_one_paragraph():
    text = ("Cruz answered the critics: > Sean Spicer is the new press secretary. > — Ryan Lizza "
            "(@RyanLizza) July 27, 2017 > Get it together, Reince… pic.twitter.com/g7aLcMhuPU > — "
            "Mike Cernovich (@Cernovich) July 27, 2017 The feud went on.")
    posts = _posts(text)
    assert posts["text"].tolist() == ["Sean Spicer is the new press secretary.",
                                      "Get it together, Reince… pic.twitter.com/g7aLcMhuPU"]
    assert posts["speaker_mention"].tolist() == ["Ryan Lizza (@RyanLizza)",
                                                 "Mike Cernovich (@Cernovich)"]
    assert set(posts["kind"]) == {"embedded"}
    assert not _quotes(text)["text"].str.contains("The feud went on").any()


def test_a_post_from_the_paragraph_start_up_to_its_signature():
    text = ("Why fight that? https://t.co/YCLVyi5VT3 — Christopher C. Cuomo (@ChrisCuomo) "
            "February 21, 2018\nCooke said nothing about background checks.")
    posts = _posts(text)
    assert posts["text"].tolist() == ["Why fight that? https://t.co/YCLVyi5VT3"]
    assert posts["speaker_mention"].tolist() == ["Christopher C. Cuomo (@ChrisCuomo)"]


def test_no_post_without_a_signature_with_handle_and_date():
    for text in ("The senator — Ted Cruz — said nothing (@ the hearing) on Monday.",
                 "— SCOTUSblog (@SCOTUSblog) March 27, 2013 @nprpolitics our number is right.",
                 "He tweeted about it on Monday — Ted Cruz (@tedcruz) July 2, 2019",
                 "A hyphen-Word (@handle) is no signature without a date."):
        assert _posts(text).empty, text


def test_the_signer_is_not_carried_to_the_story_after_the_post():
    text = ("Even considering this nomination is a mistake #KavaNO — Joss Whedon (@joss) July 10, "
            "2018\nActor Ron Perlman presumed that a Justice Kavanaugh would bring America “back "
            "to Medieval Values, where old, bitter men get to tell women what is best.”")
    arts = pd.DataFrame({"doc_id": ["a"], "text": [text]})
    out = attribute_speakers(_quotes(text), arts, load_actors())
    post = out[out["attribution"] == "post_inline"]
    assert post["speaker"].tolist() == ["Joss Whedon"]
    assert "Joss Whedon" not in set(out.loc[out["kind"] != "embedded", "speaker"])
