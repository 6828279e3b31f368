# discourse: `make report` builds the example report, `make test` runs the test suite.
# Both create .venv and install the package (editable) with its dependencies on first use, and
# write the package's bytecode (see the install recipe).

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
REPORT ?= reports/example
REPORT_UN ?= reports/un

.PHONY: install report report-un test lint bench clean help

help:
	@echo "make report   install into .venv and write the example report to $(REPORT)/"
	@echo "make report-un  the same for the embedded UN speeches (camps compared with tests) in $(REPORT_UN)/"
	@echo "make test     install into .venv and run the test suite"
	@echo "make lint     ruff check"
	@echo "make bench    scale benchmarks (1k, 10k, 100k articles) into bench/results.json"
	@echo "make clean    remove .venv and generated reports"

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 10), "discourse needs Python >= 3.10, found " + sys.version.split()[0]'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	$(BIN)/python -m ipykernel install --sys-prefix --name python3 --display-name "Python 3 (discourse)" >/dev/null
# Write the package's bytecode now: an editable install otherwise compiles its ~60 modules
# at every start when PYTHONDONTWRITEBYTECODE is set (0.06-0.1 s of CPU per run), which a
# pip-installed package such as spaCy never pays. A module edited later is recompiled in
# memory until the next `make install` (or `python -m compileall discourse`).
	$(BIN)/python -m compileall -q discourse
	@touch $(STAMP)

install: $(STAMP)

report: $(STAMP)
	$(BIN)/discourse report --output $(REPORT)

report-un: $(STAMP)
	$(BIN)/discourse report --corpus data/un_speeches --output $(REPORT_UN)

test: $(STAMP)
	$(BIN)/python -m pytest -q -n auto  # one worker per core (pytest-xdist)

lint: $(STAMP)
	$(BIN)/ruff check discourse tests bench

BENCH_STAMP := $(VENV)/.bench-stamp

$(BENCH_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev,bench]'
	@touch $(BENCH_STAMP)

bench: $(BENCH_STAMP)
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) reports/example reports/un reports/interactive
