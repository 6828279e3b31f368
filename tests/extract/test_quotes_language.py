"""The seam between the shared passes and a language (:mod:`discourse.extract.quotes.language`):
English fills every field, the shared modules never import a language, and a language changes
what is found only through the fields it provides."""

from __future__ import annotations

import ast
import dataclasses
import re
import subprocess
import sys
from pathlib import Path

from discourse.extract.quotes import extract
from discourse.extract.quotes.document import Doc, Found
from discourse.extract.quotes.document_rows import document_rows
from discourse.extract.quotes.lang import DEFAULT_LANGUAGE, LANGUAGES
from discourse.extract.quotes.lang.en import ENGLISH
from discourse.extract.quotes.language import QuoteLanguage
from discourse.extract.quotes.transcript import TurnRules

QUOTES_DIR = Path(extract.__file__).resolve().parent


def rows(text: str, lex, lang: QuoteLanguage) -> list[tuple[str, str, str]]:
    """(kind, text, speaker mention) of each quote the passes find with ``lang``."""
    return [(r[3], r[2], r[5]) for r in document_rows(text, lex, lang)]


def test_english_is_the_default_and_fills_every_field():
    assert DEFAULT_LANGUAGE is ENGLISH and LANGUAGES["en"] is ENGLISH
    for f in dataclasses.fields(QuoteLanguage):
        value = getattr(ENGLISH, f.name)
        if f.name in ("code", "cues_file"):
            assert isinstance(value, str) and value
        elif isinstance(value, (frozenset, tuple)):
            assert all(isinstance(v, str) or callable(v) for v in value)
        elif f.name == "mixed_share":
            assert 0.5 <= value <= 1.0
        elif f.name == "turn_rules":
            assert isinstance(value, TurnRules)
        else:
            assert callable(value) or isinstance(value, re.Pattern), f.name


def test_russian_fills_every_field_and_is_looked_up_by_its_code():
    ru = LANGUAGES["ru"]
    assert ru.code == "ru" and ru.cues_file == "cues_ru.yaml" and ru is not DEFAULT_LANGUAGE
    for f in dataclasses.fields(QuoteLanguage):
        value = getattr(ru, f.name)
        if f.name in ("code", "cues_file"):
            continue
        if f.name == "mixed_share":
            assert 0.5 <= value <= 1.0
        elif f.name in ("turn_rules", "inline_signature"):
            assert value is None  # no transcript turns ("LABEL:" lines are reports), no inline posts
        elif isinstance(value, (frozenset, tuple)):
            assert value and all(isinstance(v, str) or callable(v) for v in value), f.name
        else:
            assert callable(value) or isinstance(value, re.Pattern), f.name


def test_the_seam_documents_every_field():
    doc = QuoteLanguage.__doc__
    for f in dataclasses.fields(QuoteLanguage):
        assert f.name in doc, f"QuoteLanguage's docstring does not say what {f.name!r} is"


def test_shared_modules_import_no_language():
    # only the entry point picks a language (the default); the passes are given one
    allowed = {"extract.py", "__init__.py"}
    for path in QUOTES_DIR.glob("*.py"):
        if path.name in allowed:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                lang_pkg = "discourse.extract.quotes.lang"
                assert not (node.module == lang_pkg or node.module.startswith(lang_pkg + ".")), (
                    path.name, node.module)


def test_a_language_changes_results_only_through_its_fields(lex):
    text = "UPDATE: The count was finished late on Sunday night.\n\nNext."
    assert rows(text, lex, ENGLISH) == []
    rules = dataclasses.replace(ENGLISH.turn_rules, not_speakers=frozenset())
    lenient = dataclasses.replace(ENGLISH, turn_rules=rules)
    assert rows(text, lex, lenient) == [
        ("embedded", "The count was finished late on Sunday night.", "UPDATE")]


def test_extra_passes_add_speech_marked_otherwise(lex):
    # a toy dialogue dash: a paragraph opening with "— " is the speech of nobody known
    def dash_lines(doc: Doc, found: list[Found]) -> list[Found]:
        return [Found(ps + 2, pe, "direct", None, "none") for ps, pe in doc.paras
                if doc.text.startswith("— ", ps)]

    text = "— We are ready to talk about everything.\n\n“Fine,” she said."
    plain = rows(text, lex, ENGLISH)
    assert plain == [("direct", "Fine,", "she")]
    dashed = dataclasses.replace(ENGLISH, extra_passes=(dash_lines,))
    assert rows(text, lex, dashed) == [("direct", "Fine,", "she"),
                                       ("direct", "We are ready to talk about everything.", "")]


def test_languages_are_listed_by_their_code_and_loaded_only_when_asked_for():
    # every listed code gives the language of that code
    assert sorted(LANGUAGES) == ["en", "ru"] and len(LANGUAGES) == 2
    assert all(LANGUAGES[code].code == code for code in LANGUAGES)
    assert LANGUAGES.get("de") is None and "de" not in LANGUAGES
    # an English text is read without importing the Russian rules (a start-up cost)
    probe = ("import sys, pandas as pd\n"
             "from discourse.extract.quotes import extract_quotes\n"
             "t = extract_quotes(pd.DataFrame({'doc_id': ['a'], 'text': ['“Yes,” she said.']}))\n"
             "assert len(t) == 1, t\n"
             "print(sorted(m for m in sys.modules if m.startswith('discourse.extract.quotes.lang.ru')))\n")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
