"""Speed pass twenty-seven: module constants annotated ``Final`` (``typing.Final``).

mypyc reads a module-level name that is not ``Final`` from the module's dictionary at every use
(a hash lookup of the name, then a generic ``in`` on whatever it found); a ``Final`` name is a
C static of its own type, set once at import (a frozenset's ``in`` is then ``PySet_Contains``).
Python ignores the annotation: pure and compiled outputs stay byte for byte the same.

Two consequences are held here:
- a test that replaces a module constant with ``monkeypatch.setattr`` would change only the
  module's attribute, which compiled code no longer reads: no constant so replaced may be
  ``Final``;
- the shared English word sets (``lang/en/words.py``), read by nearly every English rule, stay
  ``Final``: a set added there without the annotation fails (add ``: Final``).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
PACKAGE = REPO / "discourse"
_SETATTR = re.compile(r"setattr\(\s*[\w.]+\s*,\s*[\"'](\w+)[\"']")


def _final_names(path: Path) -> set[str]:
    """The module-level names annotated ``Final`` (or ``Final[...]``) in ``path``."""
    names = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            ann = node.annotation
            head = ann.value if isinstance(ann, ast.Subscript) else ann
            if isinstance(head, ast.Name) and head.id == "Final":
                names.add(node.target.id)
    return names


def _constants(path: Path) -> dict[str, bool]:
    """Each module-level constant (an upper-case name) bound to a set, tuple, frozenset or pattern
    in ``path``, and whether it is ``Final``."""
    final = _final_names(path)
    out = {}
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        target = node.targets[0] if isinstance(node, ast.Assign) and len(node.targets) == 1 else (
            node.target if isinstance(node, ast.AnnAssign) else None)
        if isinstance(target, ast.Name) and re.fullmatch(r"_?[A-Z][A-Z0-9_]*", target.id):
            out[target.id] = target.id in final
    return out


def test_no_final_constant_is_monkeypatched():
    finals = {name for path in PACKAGE.rglob("*.py") for name in _final_names(path)}
    patched = {m.group(1) for path in (REPO / "tests").rglob("test_*.py")
               for m in _SETATTR.finditer(path.read_text(encoding="utf-8"))}
    assert patched, "the pattern finds the tests' setattr calls"
    assert not finals & patched, sorted(finals & patched)


def test_the_shared_english_words_are_final():
    words = _constants(PACKAGE / "extract" / "quotes" / "lang" / "en" / "words.py")
    assert len(words) > 10 and "AUX" in words
    assert [name for name, final in words.items() if not final] == []


def test_the_finder_sees_a_plain_constant(tmp_path):
    module = tmp_path / "m.py"
    module.write_text('from typing import Final\n\nA: Final = frozenset("a b".split())\n'
                      'B = frozenset("c".split())\nC: Final[tuple[str, ...]] = ("x",)\n',
                      encoding="utf-8")
    assert _constants(module) == {"A": True, "B": False, "C": True}
