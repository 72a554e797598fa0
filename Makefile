# The two commands a new user needs: `make generate` and `make test`; `make help` lists the rest.
# Each depends on the virtual environment, which is made on first use.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
INSTALLED := $(VENV)/.installed
NODE_INSTALLED := node_modules/.installed

.PHONY: help generate test lint check verify bench bench-gen corpus history parity fuzz diff changelog sdk-dist clean
.DEFAULT_GOAL := help

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/^([a-z-]+):.*## (.*)/  make \1\t\2/' | expand -t 22

$(INSTALLED): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet --constraint requirements.lock --editable '.[dev]'
	touch $(INSTALLED)

# Prism (npm) for the request-validation test; skipped with a note where npm is missing.
$(NODE_INSTALLED): package.json package-lock.json
	@if command -v npm >/dev/null; then npm ci --no-audit --no-fund --loglevel=error && touch $(NODE_INSTALLED); \
	else echo "npm not found: the Prism test will be skipped"; fi

generate: $(INSTALLED) ## spec/*.yaml -> generated/, as [tool.sdkgen] in pyproject.toml says
	$(PY) -m generator generate

test: $(INSTALLED) $(NODE_INSTALLED) ## the generator's tests, the lint, then the generated SDK's tests and mypy --strict
	$(PY) -m pytest -q -n auto
	$(PY) tools/lint.py
	$(PY) -m generator verify

lint: $(INSTALLED) ## ruff and mypy --strict over the generator, runtime, fake, tools, bench and tests
	$(PY) tools/lint.py

check: $(INSTALLED) ## fail if generated/ is not exactly what the specs produce
	$(PY) -m generator check

verify: $(INSTALLED) ## only the generated SDK's own tests and mypy --strict
	$(PY) -m generator verify

BASE ?= HEAD
diff: $(INSTALLED) ## the SDK-level changes since BASE (default HEAD); fails on a breaking one
	$(PY) -m generator diff --base $(BASE)

changelog: $(INSTALLED) ## a changelog entry for the changes since BASE, by product
	$(PY) -m generator changelog --base $(BASE)

sdk-dist: $(INSTALLED) ## wheel and sdist of generated/ into dist/, twine-checked, tried in a fresh venv
	$(PY) tools/sdk_dist.py

bench: $(INSTALLED) ## the runtime against bare httpx and the official SDK (a benchmark, not a test)
	$(PY) bench/runtime.py

bench-gen: $(INSTALLED) ## generation speed and output size against openapi-python-client (needs ../shared)
	$(PY) bench/generation.py

# KEEP=dir keeps the generated corpus SDK there instead of in a temporary folder.
CORPUS_SPECS ?= ../shared/twilio-oai/yaml
corpus: $(INSTALLED) ## every published Twilio spec into one SDK: summary, mypy --strict, its tests
	$(PY) -m tools.corpus $(CORPUS_SPECS) $(if $(KEEP),--keep $(KEEP))

# KEEP=dir works there (releases, SDKs, reports) instead of in a temporary folder.
HISTORY ?= ../shared/twilio-oai-history
# HISTORY_ARGS: e.g. --unit ends, as .ci/run passes it
HISTORY_ARGS ?=
history: $(INSTALLED) ## every past release in HISTORY generated strictly and checked, then the diff of each pair
	$(PY) -m tools.history $(HISTORY) $(HISTORY_ARGS) $(if $(KEEP),--keep $(KEEP))

parity: $(INSTALLED) ## every official twilio call through both SDKs: a table per product (needs ../shared)
	$(PY) -m tools.parity --specs $(CORPUS_SPECS)

FUZZ_EXAMPLES ?= 150
fuzz: $(INSTALLED) ## random valid specs through generation, black, import and the generated tests
	FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) $(PY) -m pytest -q -s tests/test_fuzz.py -k random

clean: ## remove the virtual environment and built archives
	rm -rf $(VENV) dist
