"""docs/columns.md describes every column a user finds in tables/quotes.csv."""

from __future__ import annotations

from pathlib import Path

from discourse.core import schema
from discourse.run.pipeline import stream_pipeline

REPO = Path(__file__).resolve().parents[2]


def test_docs_columns_md_is_generated_from_the_schema():
    doc = (REPO / "docs" / "columns.md").read_text(encoding="utf-8")
    assert doc.endswith(schema.columns_markdown()), (
        "docs/columns.md is out of date with discourse/schema.py FIELDS; regenerate its table "
        "with schema.columns_markdown()")


def test_every_column_of_the_quotes_table_is_described(tmp_path):
    units = tmp_path / "quotes.csv"
    summary, _ = stream_pipeline(REPO / "data" / "corpus", units_csv=units)
    header = units.read_text(encoding="utf-8").splitlines()[0].split(",")
    undocumented = [c for c in header if schema.field_of(c) is None]
    assert not undocumented, f"columns of quotes.csv missing from schema.FIELDS: {undocumented}"
    assert all(schema.field_of(c) is not None for c in summary.scores.columns)
    assert schema.field_of("stance_russia_score") is schema.FIELDS["stance_<target>_score"]
    assert schema.field_of("frame_top") is schema.FIELDS["frame_top"]
    assert schema.field_of("no_such_column") is None


def test_docs_architecture_md_lists_every_module():
    # Every module appears by its path in the layer tables (a language's rule modules as one row,
    # `extract/quotes/lang/en/*`); every layer folder in the table of layers.
    doc = (REPO / "docs" / "architecture.md").read_text(encoding="utf-8")
    package = REPO / "discourse"
    missing = []
    for path in sorted(package.rglob("*.py")):
        rel = path.relative_to(package).with_suffix("").as_posix()
        if path.name in ("__init__.py", "__main__.py") or rel.count("/") == 0:
            continue
        lang_row = "/".join(rel.split("/")[:-1]) + "/*"
        if f"| `{rel}` |" not in doc and f"| `{lang_row}` |" not in doc:
            missing.append(rel)
    layers = sorted(p.name for p in package.iterdir() if (p / "__init__.py").is_file())
    missing += [f"{layer}/" for layer in layers if f"| `{layer}/` |" not in doc]
    assert not missing, f"docs/architecture.md does not describe: {missing}"
