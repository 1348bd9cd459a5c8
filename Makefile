# The two commands a newcomer types: `make demo` and `make test`. Both create or reuse .venv.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint typecheck bench install clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Reinstall whenever the dependency list changes.
$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/synthcomp demo --out demo-output --overwrite

# mypy cannot follow the package-dir mapping (graphs/ -> synthcomp.graphs), so it checks a
# tree of symlinks laid out as the installed package is.
typecheck: $(STAMP)
	rm -rf .typecheck && mkdir -p .typecheck/synthcomp
	ln -s $(CURDIR)/synthcomp/* .typecheck/synthcomp/
	for d in graphs tools prompts; do ln -s $(CURDIR)/$$d .typecheck/synthcomp/$$d; done
	MYPYPATH=.typecheck $(BIN)/mypy -p synthcomp

lint: $(STAMP)
	$(BIN)/ruff check .

test: lint typecheck
	$(BIN)/python -m pytest -n 2

bench: $(STAMP)
	$(BIN)/python bench/bench_world_builder.py
	$(BIN)/python bench/bench_simulation.py

clean:
	rm -rf $(VENV) .typecheck demo-output .mypy_cache .ruff_cache .pytest_cache
