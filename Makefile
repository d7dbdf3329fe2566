# Two commands do everything on a fresh machine: `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 3978
PLAYGROUND_PORT ?= 56150
PLAYGROUND_USER ?= lisbet
export DATABASE_URL ?= sqlite:///data/moedebot.db
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run test install install-dev system-deps migrate lint package translations cards lock clean

## run: install, migrate the SQLite default, start the bot and the Agents Playground
## (PLAYGROUND_USER=rie: signed in as Rie instead of Lisbet, the secretary)
run: install node_modules/.installed migrate
	@PLAYGROUND_USER=$(PLAYGROUND_USER) bash scripts/run-local.sh $(PORT) $(PLAYGROUND_PORT)

## test: install everything the suite needs (Python, chromium, PostgreSQL, npm) and run it all
test: install-dev node_modules/.installed system-deps lint
	$(BIN)/pytest -q -ra

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

# pip 25.3, its files checked against their hashes in requirements.lock (its entry there).
PIP_VERSION := 25.3
$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --require-hashes --no-deps \
		-r <(awk '/^[a-z]/ {p = /^pip==/} p' requirements.lock)

# requirements.lock pins every package the bot runs on, pip, and the setuptools that builds it, with
# the hashes of their files: pip refuses any file whose hash is not there, so a fresh install gets
# the very files that were tested. --no-deps: nothing outside the lock is resolved. The project
# itself is installed editable, from this checkout, which no hash can check; --no-build-isolation
# builds it with the locked setuptools instead of one pip would fetch unchecked. pip check fails
# if the lock misses a package something in it needs.
$(VENV)/.installed: $(BIN)/python pyproject.toml requirements.lock
	$(BIN)/pip install --quiet --require-hashes --no-deps -r requirements.lock
	$(BIN)/pip install --quiet --no-deps --no-build-isolation -e .
	$(BIN)/pip check
	touch $@

# requirements-dev.lock is requirements.lock (the same pins) plus the test and lint tools.
$(VENV)/.installed-dev: $(VENV)/.installed requirements-dev.lock
	$(BIN)/pip install --quiet --require-hashes --no-deps -r requirements-dev.lock
	$(BIN)/pip check
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

# Debian's chromium for the browser tests and a PostgreSQL server for the integration tests;
# Liberation Sans has the widths of Arial, close to Teams' Segoe UI, for the card gallery.
system-deps:
	@if ! command -v chromium >/dev/null || ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 \
		|| ! fc-list | grep -q LiberationSans; then \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends \
			chromium postgresql fonts-dejavu-core fonts-liberation2 >/dev/null; \
	fi

migrate: install
	$(BIN)/python -m storage.migrate upgrade

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/lint-imports

## package: the Teams app package (needs APP_ID; PUBLIC_URL for validDomains)
package: install node_modules/.installed
	$(BIN)/python -m manifest.package --out build/appPackage.zip
	rm -rf build/appPackage && $(BIN)/python -m zipfile -e build/appPackage.zip build/appPackage
	node manifest/validate.mjs build/appPackage/manifest.json build/appPackage/en.json

## translations: extract new texts into the catalogs after changing user-facing strings
translations: install-dev
	$(BIN)/pybabel extract -F babel.cfg -o build/messages.pot --no-location --sort-output -k N_ \
		app.py bot dialogs cards meetings
	$(BIN)/pybabel update -i build/messages.pot -d meetings/locale --no-fuzzy-matching

## cards: every card template in Danish and English as Teams shows it, in build/cards/
cards: install-dev node_modules/.installed system-deps
	$(BIN)/python -m tests.gallery build/cards

## lock: pin every package again, with hashes, after a dependency changed in pyproject.toml
## (a pin stays as it is unless pyproject.toml asks otherwise; LOCK_FLAGS="-P jinja2" upgrades one)
LOCK_VENV := build/lock-venv
LOCK := $(LOCK_VENV)/bin/uv pip compile --quiet --generate-hashes --python-version 3.11 \
	--custom-compile-command "make lock" $(LOCK_FLAGS)
lock:
	[ -x $(LOCK_VENV)/bin/uv ] || { mkdir -p build && $(PYTHON) -m venv $(LOCK_VENV) \
		&& $(LOCK_VENV)/bin/pip install --quiet uv==0.13.9; }
	$(PYTHON) -c 'import tomllib; f = open("pyproject.toml", "rb"); \
		print("pip==$(PIP_VERSION)", *tomllib.load(f)["build-system"]["requires"], sep="\n")' \
		> build/installers.txt
	$(LOCK) -o requirements.lock pyproject.toml build/installers.txt
	$(LOCK) -o requirements-dev.lock --extra dev -c requirements.lock \
		pyproject.toml build/installers.txt

clean:
	rm -rf $(VENV) node_modules build .pytest_cache
