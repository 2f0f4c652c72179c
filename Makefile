# guard — the two commands a new user needs: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: install system-deps lint test demo bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

system-deps:
	bash scripts/system-deps.sh

lint: install
	$(BIN)/ruff check guard tests benchmarks examples
	$(BIN)/mypy

test: install system-deps lint
	$(BIN)/pytest -n 2 -q

# The demo chat server behind GuardMiddleware: open http://$(DEMO_HOST):$(DEMO_PORT)/
DEMO_HOST ?= 127.0.0.1
DEMO_PORT ?= 8000
demo: install
	$(BIN)/guard demo --host $(DEMO_HOST) --port $(DEMO_PORT)

bench: install
	$(BIN)/python benchmarks/bench_engine.py
	$(BIN)/python benchmarks/bench_middleware.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis
