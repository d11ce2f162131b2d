# Quick start: `make run` (set up, process the bundled minutes, print a summary) and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
OUT ?= out

.PHONY: run test lint evaluate train bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

## run: process the seed and the bundled example minutes, then print what was found
run: $(STAMP)
	$(BIN)/minutes process examples/ --out $(OUT)
	$(BIN)/minutes summary $(OUT)

## test: lint and the whole test suite
test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check . && $(BIN)/ruff format --check .

## evaluate: score the pipeline on the corpus test split
evaluate: $(STAMP)
	$(BIN)/minutes evaluate corpus

## train: rebuild models/ from corpus/
train: $(STAMP)
	$(BIN)/minutes train corpus --out models

clean:
	rm -rf $(VENV) $(OUT) .pytest_cache
