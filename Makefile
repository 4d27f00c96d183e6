# Quick start: `make site` builds the example site into site/, `make test` runs every test.
# Both create a local virtual environment in .venv/ first; only Python 3.11+ and make are needed.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip --disable-pip-version-check --quiet
# Editable installs as a path entry (no import hook loaded by every Python process: about 15 ms of each start).
EDITABLE := --config-settings editable_mode=compat -e

.PHONY: site serve check test bench clean catalogues templates

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed (set PYTHON=...)")'
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml Makefile | $(BIN)/python
	$(PIP) install $(EDITABLE) .
	@touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(PIP) install $(EDITABLE) '.[test]'
	@touch $@

site: $(VENV)/.installed
	$(BIN)/expectations build

serve: $(VENV)/.installed
	$(BIN)/expectations serve

check: $(VENV)/.installed
	$(BIN)/expectations check

test: $(VENV)/.installed-test
	$(BIN)/python -m pytest

bench: $(VENV)/.installed-test
	$(BIN)/python benchmarks/run.py

# Re-extract the generated wording, merge it into every language's catalogue and compile them (README, "Languages").
catalogues: $(VENV)/.installed
	$(BIN)/pybabel extract -F generator/locale/babel.cfg -o generator/locale/expectations.pot --no-location --sort-output .
	$(BIN)/pybabel update -D expectations -i generator/locale/expectations.pot -d generator/locale --no-fuzzy-matching --ignore-obsolete -w 0
	$(BIN)/pybabel compile -D expectations -d generator/locale

# Compile the page templates to Python modules shipped in the package (generator/render/precompiled.py).
templates: $(VENV)/.installed
	$(BIN)/python -m generator.render.precompiled

clean:
	rm -rf site site-staff .pytest_cache .hypothesis
