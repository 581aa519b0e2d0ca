# Two commands matter: `make run` and `make test`. Both create .venv when needed.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
LOCK_FLAGS := --generate-hashes --strip-extras --allow-unsafe --no-emit-index-url --no-emit-find-links \
	$(if $(UPGRADE),--upgrade)

.PHONY: run test lint check eval chat bench fuzz clean hardening soak audit lock screenshot

# The exact, hash-checked releases of requirements-dev.lock (runtime + dev tools), so a new
# release of ruff or pytest cannot change `make test` overnight; then jadbot itself, editable.
$(STAMP): pyproject.toml requirements-dev.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check --require-hashes -r requirements-dev.lock
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $(STAMP)

run: $(STAMP)  ## start the bot (no TELEGRAM_BOT_TOKEN: local server, terminal chat and web chat)
	$(BIN)/jadbot run --web

# Browser tests use a Playwright-installed Chromium, else Debian's; with neither they are skipped
# (one line in the summary says how to get them) unless JADBOT_TEST_CHROMIUM=require (.ci/run).
test: $(STAMP)  ## lint, validate the data (warnings fail), run every test; leaves tracked files alone
	$(BIN)/ruff check src tests
	$(BIN)/ruff format --check src tests
	$(BIN)/jadbot check --strict
	$(BIN)/pytest -q

screenshot: $(STAMP)  ## regenerate docs/chat.png (make test writes its screenshot to build/)
	JADBOT_SCREENSHOT=docs/chat.png JADBOT_TEST_CHROMIUM=require \
		$(BIN)/pytest -q -p no:cacheprovider tests/webchat/test_webchat_browser.py -k screenshot

lint: $(STAMP)
	$(BIN)/ruff check --fix src tests
	$(BIN)/ruff format src tests

check: $(STAMP)
	$(BIN)/jadbot check --strict

eval: $(STAMP)  ## accuracy on our own labelled set
	$(BIN)/jadbot eval tests/data/labelled.jsonl

chat: $(STAMP)
	$(BIN)/jadbot chat --explain

bench: $(STAMP)  ## latency, scaling, cold start, a classic peer: prints tables, writes benchmarks/results.md
	$(BIN)/pip install --quiet --disable-pip-version-check -e '.[dev,bench]'
	$(BIN)/python -m benchmarks

fuzz: $(STAMP)  ## 100,000 generated inputs per property (outside the default suite)
	HYPOTHESIS_PROFILE=fuzz JADBOT_TEST_TIME_LIMIT=0 $(BIN)/pytest -q -p no:cacheprovider tests/test_properties.py

hardening: $(STAMP)  ## faults, load, broken data, secrets, shutdown; prints the measured figures
	$(BIN)/pytest -q -p no:cacheprovider tests/hardening

soak: $(STAMP)  ## 200 users x 20 questions, then 10,000 messages with the bot's memory watched (~5 min)
	JADBOT_SOAK=1 JADBOT_TEST_TIME_LIMIT=1800 $(BIN)/pytest -q -p no:cacheprovider -m soak tests/hardening

# pip-audit looks each pinned release up in a vulnerability database. It exits 1 on a finding;
# a package it could not look up is only listed as skipped, so that is flagged loudly here.
audit: $(STAMP)  ## known vulnerabilities in requirements.lock; fails only on a finding
	$(BIN)/pip install --quiet --disable-pip-version-check pip-audit
	@status=0; $(BIN)/pip-audit -r requirements.lock --no-deps --disable-pip --progress-spinner off \
		> $(VENV)/audit.txt 2>&1 || status=$$?; cat $(VENV)/audit.txt; \
	if grep -Eq "^Found [0-9]+ known vulnerabilit" $(VENV)/audit.txt; then \
		echo "pip-audit: known vulnerabilities in requirements.lock (above): upgrade, then make lock"; exit 1; fi; \
	if [ $$status -ne 0 ]; then \
		echo "WARNING: pip-audit could not run (exit $$status, above): requirements.lock was NOT audited"; fi; \
	if grep -q "could not be audited" $(VENV)/audit.txt; then \
		echo "WARNING: pip-audit could not look up the packages listed as skipped: they were NOT audited"; \
		echo "         (its database was unreachable: PyPI's per-release JSON API or api.osv.dev)"; fi

# Both locks pin every package with the hashes of all its published files (pip-tools). Existing
# pins are kept; `make lock UPGRADE=1` moves everything to the newest allowed release.
lock:  ## requirements.lock (runtime, what the image installs) and requirements-dev.lock (+ dev tools)
	rm -rf $(VENV)-lock
	$(PYTHON) -m venv $(VENV)-lock
	$(VENV)-lock/bin/pip install --quiet --disable-pip-version-check pip-tools
	CUSTOM_COMPILE_COMMAND="make lock" $(VENV)-lock/bin/pip-compile --quiet $(LOCK_FLAGS) \
		-o requirements.lock pyproject.toml
	CUSTOM_COMPILE_COMMAND="make lock" $(VENV)-lock/bin/pip-compile --quiet $(LOCK_FLAGS) \
		--extra dev -o requirements-dev.lock pyproject.toml
	rm -rf $(VENV)-lock

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
