# Set-up and everyday commands. `make site` and `make test` work on a fresh clone.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
RUNTIME := $(VENV)/.runtime-installed
DEV := $(VENV)/.dev-installed
AXE := node_modules/axe-core/axe.min.js

.PHONY: site serve test fast lint typecheck unit evaluate bench lock clean briefings golden

# The lock files hold hashes, so pip checks every download; a pip before 23.3 cannot resolve a
# locked package required with an extra (weasel's smart-open[http]) in that mode.
$(RUNTIME): requirements.txt pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check "pip>=23.3"
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $@

$(DEV): $(RUNTIME) requirements-dev.txt $(AXE)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

# axe-core for the accessibility tests, pinned in package.json and package-lock.json.
$(AXE): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

## Build the briefings (incremental) and the site into site/.
site: $(RUNTIME)
	$(BIN)/mkdocs build --strict

## Serve the site; a new or changed seed is briefed and the page reloads.
serve: $(RUNTIME)
	$(BIN)/mkdocs serve

## Bring briefings/ up to date without building the site.
briefings: $(RUNTIME)
	$(BIN)/briefing build

## Lint, type-check and run every test (browser tests need Debian's chromium and chromium-driver).
test: lint typecheck unit

## Every test but the slow ones (processes started, sites built, the browser): about a minute.
fast: $(DEV)
	$(BIN)/pytest -m "not slow"

lint: $(DEV)
	$(BIN)/ruff check generator tests

typecheck: $(DEV)
	$(BIN)/mypy

unit: $(DEV)
	$(BIN)/pytest

## Rewrite the golden files in tests/golden/ after a reviewed change of output.
golden: $(DEV)
	$(BIN)/pytest tests/test_golden.py --update-golden

## Score every section against the development data in ../shared/eval: the annotated sections on all
## annotated articles, then on the new ones apart (those the generator was not tuned on).
evaluate: $(DEV)
	$(BIN)/python -m generator.evaluate actors --set all
	$(BIN)/python -m generator.evaluate actors --set new --skip-conll
	$(BIN)/python -m generator.evaluate quotes --set all
	$(BIN)/python -m generator.evaluate quotes --set new
	$(BIN)/python -m generator.evaluate sections --set all
	$(BIN)/python -m generator.evaluate sections --set new
	$(BIN)/python -m generator.evaluate summary --set all

## Measure builds, rebuilds, the site and search (Pagefind beside lunr) on synthetic seeds, at 1,000 and 10,000
## in one run (about an hour and a half on two idle cores). Sizes past GENERATE_UP_TO copy the briefings generated
## (see generator/bench/copies.py). One size: make bench SIZES=10000 (copies an earlier run's 1,000 briefings,
## or generates them first). Shorter: make bench BENCH_OPTIONS="--single-job-up-to 0 --serve-up-to 0".
SIZES ?= 1000,10000
GENERATE_UP_TO ?= 1000
BENCH_OPTIONS ?=
bench: $(DEV)
	$(BIN)/python -m generator.bench --sizes $(SIZES) --generate-up-to $(GENERATE_UP_TO) $(BENCH_OPTIONS)

## Pin every dependency, with hashes, from pyproject.toml: requirements-dev.txt (runtime and every extra,
## resolved together), then requirements.txt (runtime only, at the same versions). Pins already in the files
## are kept while they still fit; to move one: make lock UPGRADE="--upgrade-package NAME".
LOCK := CUSTOM_COMPILE_COMMAND="make lock" $(BIN)/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras \
	--no-emit-index-url --no-emit-find-links --no-emit-trusted-host $(UPGRADE)
lock: $(DEV)
	$(LOCK) --all-extras --output-file requirements-dev.txt pyproject.toml
	$(LOCK) --constraint requirements-dev.txt --output-file requirements.txt pyproject.toml

clean:
	rm -rf site $(VENV) node_modules
