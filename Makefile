# COMPETE IN — two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
HOST ?= 127.0.0.1
PORT ?= 8000

BROWSER_STAMP := $(VENV)/.browser-stamp
AXE := node_modules/axe-core/axe.min.js
# apt-get needs root; use sudo when not root and sudo exists.
SUDO := $(shell [ "$$(id -u)" = 0 ] || command -v sudo)

.PHONY: install run demo test test-pg test-browser browser-deps lint format messages compile clean

$(PY):
	$(PYTHON) -m venv $(VENV)

# Reinstall only when the dependencies change, so a second run is quick.
$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -e ".[dev]"
	touch $(STAMP)

install: $(STAMP) compile

compile: $(STAMP)
	$(PY) manage.py compile_translations

demo: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo

run: demo
	@echo ""
	@echo "  Public site: http://$(HOST):$(PORT)/  (/en/ /it/ /es/ /sv/ /pl/)"
	@echo "  Admin:       http://$(HOST):$(PORT)/admin/"
	@echo "  Login:       admin / $${DEMO_PASSWORD:-compete-in-demo}"
	@$(PY) manage.py demo_accounts
	@echo ""
	$(PY) manage.py runserver $(HOST):$(PORT)

# pytest-xdist workers for `make test` and `make test-pg`: one per core by default
# (auto); each worker has its own test database and media folders. TEST_WORKERS=0
# runs the suite in one process (as .ci/run does, where three legs share the cores).
TEST_WORKERS ?= auto
PYTEST_XDIST := -n $(TEST_WORKERS) --dist loadfile

test: install
	$(PY) -m pytest $(PYTEST_XDIST)

# The browser and validator suites (axe-core in Chromium, the Nu HTML Checker,
# real-browser flows), left out of `make test`. Installs what they need if missing:
# Debian's Chromium and a Java runtime, the Python `browser` extras, axe-core (npm).
test-browser: install browser-deps
	$(PY) -m pytest -m browser

browser-deps: $(BROWSER_STAMP) $(AXE)
	@if [ ! -x /usr/bin/chromium ] || ! command -v java >/dev/null 2>&1; then \
		echo "Installing Chromium and a Java runtime from Debian"; \
		$(SUDO) apt-get update -qq && \
		$(SUDO) apt-get install -y -qq chromium chromium-driver default-jre-headless; \
	fi

$(BROWSER_STAMP): pyproject.toml | $(STAMP)
	$(PY) -m pip install --quiet --disable-pip-version-check -e ".[dev,browser]"
	touch $(BROWSER_STAMP)

$(AXE): package.json package-lock.json
	@command -v npm >/dev/null 2>&1 || ($(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq npm)
	npm ci --no-audit --no-fund
	touch $(AXE)

# The same suite on PostgreSQL (DATABASE_URL defaults to the local server).
test-pg: install
	DATABASE_URL=$${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/competein} $(PY) -m pytest $(PYTEST_XDIST)

lint: install
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(VENV)/bin/lint-imports

format: install
	$(PY) -m ruff format .
	$(PY) -m ruff check --fix .

# Extract UI strings of every project app into its locale/ folder.
messages: install
	for app in cms home regions practices branding search; do \
		(cd $$app && mkdir -p locale && ../$(PY) ../manage.py makemessages -l it -l es -l sv -l pl --no-obsolete -i "migrations/*"); \
	done
	$(PY) manage.py compile_translations

clean:
	rm -rf $(VENV) db.sqlite3 media private-media static node_modules artifacts
