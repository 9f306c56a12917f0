# The two commands of the README: `make run` and `make test`. Everything else is a helper.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml constraints.txt | sha1sum | cut -c1-12)

.PHONY: run test venv index chat eval bench load clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

# Reinstall only when pyproject.toml or constraints.txt changed.
$(STAMP): $(BIN)/python pyproject.toml constraints.txt
	$(BIN)/pip install -q -c constraints.txt -e '.[test]'
	rm -f $(VENV)/.installed-* && touch $@

venv: $(STAMP)

index: venv
	$(BIN)/assistant build

run: index
	$(BIN)/python app.py

chat: index
	$(BIN)/assistant chat

test: venv
	bash scripts/test.sh

eval: index
	$(BIN)/assistant eval

bench: venv
	$(BIN)/python -m eval.bench

load: index
	$(BIN)/python -m eval.load

clean:
	rm -rf .data eval/reports
