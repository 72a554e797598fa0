# The two commands a new user needs: `make generate` and `make test`.
# Each depends on the virtual environment, which is made on first use.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
INSTALLED := $(VENV)/.installed
NODE_INSTALLED := node_modules/.installed

.PHONY: generate test check bench bench-gen corpus fuzz diff clean

$(INSTALLED): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet --constraint requirements.lock --editable '.[dev]'
	touch $(INSTALLED)

# Prism (npm) for the request-validation test; skipped with a note where npm is missing.
$(NODE_INSTALLED): package.json package-lock.json
	@if command -v npm >/dev/null; then npm ci --no-audit --no-fund --loglevel=error && touch $(NODE_INSTALLED); \
	else echo "npm not found: the Prism test will be skipped"; fi

generate: $(INSTALLED)
	$(PY) -m generator generate

# The generator's own tests (on fixtures under tests/), then the SDK generated from spec/:
# its own tests and mypy --strict, whatever spec/ holds.
test: $(INSTALLED) $(NODE_INSTALLED)
	$(PY) -m pytest -q
	$(PY) -m generator verify

check: $(INSTALLED)
	$(PY) -m generator check

# The SDK-level changes since a git commit, e.g. `make diff BASE=origin/main`; fails on a breaking one.
BASE ?= HEAD
diff: $(INSTALLED)
	$(PY) -m generator diff --base $(BASE)

# The runtime against bare httpx and the official SDK (a benchmark, not a test).
bench: $(INSTALLED)
	$(PY) bench/runtime.py

# Generation speed and output size against openapi-python-client (needs ../shared/twilio-oai).
bench-gen: $(INSTALLED)
	$(PY) bench/generation.py

# Every published Twilio spec into one package in a temp dir: summary, mypy --strict, its tests.
CORPUS_SPECS ?= ../shared/twilio-oai/yaml
corpus: $(INSTALLED)
	$(PY) tools/corpus.py $(CORPUS_SPECS)

# Random valid specs through generation, black, import and the generated tests (make test runs 5).
FUZZ_EXAMPLES ?= 150
fuzz: $(INSTALLED)
	FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) $(PY) -m pytest -q -s tests/test_fuzz.py -k random

clean:
	rm -rf $(VENV)
