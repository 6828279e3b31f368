# discourse: `make report` builds the example report, `make test` runs the test suite.
# Both create .venv and install the package (editable) with its dependencies on first use, and
# write the package's bytecode (see the install recipe).

PYTHON ?= python3
# PURE=1: install without compiling (the same results; extraction about half as fast)
PURE   ?=
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
REPORT ?= reports/example
REPORT_UN ?= reports/un

.PHONY: install compiled pure report report-un test lint bench clean help

help:
	@echo "make report   install into .venv and write the example report to $(REPORT)/"
	@echo "make report-un  the same for the embedded UN speeches (camps compared with tests) in $(REPORT_UN)/"
	@echo "make test     install into .venv and run the test suite"
	@echo "make compiled compile the quote rules again after editing them (make install does it once)"
	@echo "make pure     remove the compiled modules (pure Python: the same results, slower)"
	@echo "make lint     ruff check"
	@echo "make bench    scale benchmarks (1k, 10k, 100k articles) into bench/results.json"
	@echo "make clean    remove .venv and generated reports"

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 10), "discourse needs Python >= 3.10, found " + sys.version.split()[0]'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,compile]'
	$(BIN)/python -m ipykernel install --sys-prefix --name python3 --display-name "Python 3 (discourse)" >/dev/null
# Write the package's bytecode now: an editable install otherwise compiles its ~60 modules
# at every start when PYTHONDONTWRITEBYTECODE is set (0.06-0.1 s of CPU per run), which a
# pip-installed package such as spaCy never pays. A module edited later is recompiled in
# memory until the next `make install` (or `python -m compileall discourse`).
	$(BIN)/python -m compileall -q discourse
# Compile the quote and speaker rules with mypyc (tools/compile.py): the same code, about twice
# as fast on long documents. A failed build leaves pure Python, which gives the same results.
ifeq ($(PURE),)
	@echo "compiling the quote rules with mypyc (about 4 minutes on 2 cores; PURE=1 skips it)"
	@$(BIN)/python tools/compile.py build || echo "WARNING: compiling failed (above); discourse runs as pure Python: the same results, slower"
endif
	@touch $(STAMP)

install: $(STAMP)

# After editing a compiled module: compile again (until then discourse warns and runs pure Python).
compiled: $(STAMP)
	$(BIN)/python tools/compile.py build

pure: $(STAMP)
	$(BIN)/python tools/compile.py clean

report: $(STAMP)
	$(BIN)/discourse report --output $(REPORT)

report-un: $(STAMP)
	$(BIN)/discourse report --corpus data/un_speeches --output $(REPORT_UN)

test: $(STAMP)
	$(BIN)/python -m pytest -q -n auto  # one worker per core (pytest-xdist)

lint: $(STAMP)
	$(BIN)/ruff check discourse tests bench tools conftest.py

BENCH_STAMP := $(VENV)/.bench-stamp

$(BENCH_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev,bench]'
	@touch $(BENCH_STAMP)

bench: $(BENCH_STAMP)
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) reports/example reports/un reports/interactive build
	find discourse -name '*.so' -delete; rm -f discourse/compiled.txt
