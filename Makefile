# Two commands matter: `make run` and `make test`. Both create .venv when needed.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: run test lint check eval chat bench fuzz clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)  ## start the bot (no TELEGRAM_BOT_TOKEN: local server, terminal chat and web chat)
	$(BIN)/jadbot run --web

test: $(STAMP)  ## lint, validate the data, run every test
	$(BIN)/ruff check src tests
	$(BIN)/ruff format --check src tests
	$(BIN)/jadbot check
	$(BIN)/pytest -q

lint: $(STAMP)
	$(BIN)/ruff check --fix src tests
	$(BIN)/ruff format src tests

check: $(STAMP)
	$(BIN)/jadbot check --strict

eval: $(STAMP)  ## accuracy on our own labelled set
	$(BIN)/jadbot eval tests/data/labelled.jsonl

chat: $(STAMP)
	$(BIN)/jadbot chat --explain

fuzz: $(STAMP)  ## 100,000 generated inputs per property (outside the default suite)
	HYPOTHESIS_PROFILE=fuzz JADBOT_TEST_TIME_LIMIT=0 $(BIN)/pytest -q -p no:cacheprovider tests/test_properties.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
