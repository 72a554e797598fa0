# The two commands a new user needs: `make generate` and `make test`.
# Each depends on the virtual environment, which is made on first use.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
INSTALLED := $(VENV)/.installed

.PHONY: generate test check bench clean

$(INSTALLED): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet --constraint requirements.lock --editable '.[dev]'
	touch $(INSTALLED)

generate: $(INSTALLED)
	$(PY) -m generator generate

test: $(INSTALLED)
	$(PY) -m pytest -q

check: $(INSTALLED)
	$(PY) -m generator check

# The runtime against bare httpx and the official SDK (a benchmark, not a test).
bench: $(INSTALLED)
	$(PY) bench/runtime.py

clean:
	rm -rf $(VENV)
