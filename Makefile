# Entry points documented in README.md. Everything installs into .venv/ at the project root.
PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install demo test bench dev clean

$(STAMP): pyproject.toml
	@command -v $(PY) >/dev/null 2>&1 || { echo "need $(PY) on PATH"; exit 1; }
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e ".[dev]"
	touch $(STAMP)

# Compiling is a no-op while claims/_compiled matches the sources; without a compiler the
# package stays pure Python (same results, slower).
install: $(STAMP)
	$(BIN)/python scripts/compile_claims.py

demo: install
	$(BIN)/tinhso demo

test: install
	$(BIN)/python -m pytest

bench: install
	$(BIN)/python -m bench.extraction
	$(BIN)/python -m bench.scraping

dev: install
	DAGSTER_HOME=$(CURDIR)/data/dagster_home $(BIN)/dagster dev -w workspace.yaml

clean:
	rm -rf data/warehouse data/published data/dagster_home dbt_project/target dbt_project/logs
