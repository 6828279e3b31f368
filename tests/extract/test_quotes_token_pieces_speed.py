"""``token_columns`` cutting the text at its spaces (speed pass twenty-four): the same columns as
one ``re.split`` of the whole text (``tests/reference/quotes_token_columns.py``), from any start
and to any end, on sentences written for the pieces' shapes, generated texts and real news."""

from __future__ import annotations

import csv
import sys

from hypothesis import example, given
from hypothesis import strategies as st

from discourse.extract.quotes.tokens import token_columns
from discourse.text import paragraph_spans
from tests.reference.quotes_token_columns import reference_token_columns
from tests.strategies import SETTINGS, TEXTS

# Pieces of every shape the fast path reads: a word alone, a word and one mark (comma, full
# stop after an abbreviation or an initial, apostrophe, hyphen, a combining mark, "_", a line
# break or a no-break space), and the others left to the pattern (contractions, marks before a
# word, dotted acronyms, handles, runs of spaces, tabs and line breaks inside a piece).
WRITTEN = [
    "Sen. Ted Cruz, R-Texas, met U.S. envoys on Monday.",
    "“We won’t stop,” she said. \"Never,\" he replied; voters' hopes rose 2,300% in 2019.",
    "A. B. Smith (Dr. Jones' aide) said: it's fine -- really — fine... e.g. Mr.",
    "  two  spaces,\tthen a tab\nand a line break.\n\n\nNew paragraph_with_underscore_ end_",
    "Hindi नमस्ते दुनिया, a combining mark ा and e\u0301 (é decomposed); ΑΣ. Σ’Σ İstanbul.",
    "no\u00a0break\u00a0space, thin\u2009space and ideographic\u3000space; @handle #tag @ # _x",
    "x- -x x-- x' 'x x’ ’x x_ _x 1. 1.a. a.1. U.S.A. u.s. Inc.. Jan.\nFeb. word.\n",
    " ", "", ".", "a", "a.", "Mr.", "A.", " Mr. ", "said,", "_", "__a__", "\n", "a\u0301",
]


def _check(text: str, a: int, b: int | None) -> None:
    assert token_columns(text, a, b) == reference_token_columns(text, a, b), (text, a, b)


def test_written_pieces_give_the_reference_columns():
    for text in WRITTEN:
        _check(text, 0, None)
        # every start at a space or a paragraph start (``start`` must not cut a token) and
        # every end, a range ending right before a full stop among them
        starts = [0] + [i + 1 for i, c in enumerate(text) if c.isspace()]
        for a in starts:
            for b in range(a, len(text) + 1):
                _check(text, a, b)


_PIECES = st.text(alphabet=st.sampled_from(list("aZé1_ .,'’-\n\t\u00a0\u0301“”@#.ा"))
                  | st.characters(), max_size=60)


@SETTINGS
@given(text=_PIECES | TEXTS, cut=st.tuples(st.integers(0, 80), st.integers(0, 80)))
@example(text="Mr. A. said, U.S. voters' x_ y.", cut=(0, 2))
def test_generated_texts_give_the_reference_columns(text, cut):
    _check(text, 0, None)
    a, b = sorted(cut)
    b = min(b, len(text))
    # a start at the text's start or right after white space, as the callers pass it
    a = next((i for i in range(min(a, len(text)), len(text)) if i == 0 or text[i - 1].isspace()),
             len(text))
    _check(text, a, max(a, b))
    _check(text, a, None)


def test_real_news_gives_the_reference_columns(shared_dir):
    """The first 80 Wikinews texts of 2019 and 100 Russian ones (94 dev, 6 train): whole and paragraph by
    paragraph."""
    csv.field_size_limit(sys.maxsize)
    with (shared_dir / "corpora" / "wikinews_en" / "wikinews_2019.csv").open(
            newline="", encoding="utf-8") as f:
        texts = [row["text"] for _, row in zip(range(80), csv.DictReader(f))]
    ru = sorted((shared_dir / "corpora" / "wikinews_ru" / "texts").iterdir())[:100]
    texts += [p.read_text(encoding="utf-8") for p in ru]
    assert len(texts) == 180
    for text in texts:
        _check(text, 0, None)
        for ps, pe in paragraph_spans(text):
            _check(text, ps, pe)
