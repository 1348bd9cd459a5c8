# The two commands a newcomer types: `make demo` and `make test`. Both create or reuse .venv.
# Paths are the repository's, so `make -f <repo>/Makefile demo` from another folder writes its
# outputs there and still uses the repository's .venv (the README test runs it so).
ROOT := $(patsubst %/,%,$(dir $(abspath $(firstword $(MAKEFILE_LIST)))))
PYTHON ?= python3
VENV := $(ROOT)/.venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test test-fast lint typecheck bench install clean studio fonts

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Reinstall whenever the dependency list changes.
$(STAMP): $(ROOT)/pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '$(ROOT)[dev]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/synthcomp demo --out demo-output --overwrite

# mypy cannot follow the package-dir mapping (graphs/ -> synthcomp.graphs), so it checks a
# tree of symlinks laid out as the installed package is.
typecheck: $(STAMP)
	rm -rf .typecheck && mkdir -p .typecheck/synthcomp
	ln -s $(ROOT)/synthcomp/* .typecheck/synthcomp/
	for d in graphs tools prompts; do ln -s $(ROOT)/$$d .typecheck/synthcomp/$$d; done
	MYPYPATH=.typecheck $(BIN)/mypy -p synthcomp

lint: $(STAMP)
	$(BIN)/ruff check .

test: lint typecheck
	$(BIN)/python -m pytest -n 2
	$(BIN)/python -m pytest --nbmake notebooks  # one kernel at a time: two starting at once can race for a port

# The inner loop: everything but the tests marked slow (make test runs them all).
test-fast: $(STAMP)
	$(BIN)/python -m pytest -n 2 -m "not slow"

# LangGraph Studio on the offline model: open the URL it prints (Studio runs in the browser and
# talks to this local server; the graphs, models and files stay on this machine).
# Studio's graphs read and write only under STUDIO_DIR (default ./studio-output; STUDIO_DIR=.
# lets it work on the computers of the current folder, e.g. for `simulate --via-server`).
STUDIO_PORT ?= 2024
STUDIO_DIR ?=
studio: $(STAMP)
	$(BIN)/python -c "from synthcomp.cli.dev import refuse_taken_port; refuse_taken_port('127.0.0.1', $(STUDIO_PORT))"
	$(if $(STUDIO_DIR),SYNTHCOMP_STUDIO_DIR=$(abspath $(STUDIO_DIR)) )LANGGRAPH_CLI_NO_ANALYTICS=1 $(BIN)/langgraph dev --host 127.0.0.1 --port $(STUDIO_PORT) --no-browser --config $(ROOT)/langgraph.json

bench: $(STAMP)
	$(BIN)/python bench/bench_world_builder.py
	$(BIN)/python bench/bench_simulation.py
	$(BIN)/python bench/bench_http_concurrency.py
	$(BIN)/python bench/bench_turn_cpu.py
	$(BIN)/python bench/bench_grader.py
	$(BIN)/python bench/bench_cli_import.py
	$(BIN)/python bench/bench_sandbox.py
	$(BIN)/python bench/bench_materialize.py
	$(BIN)/python bench/bench_pdf_fonts.py
	$(BIN)/python bench/bench_world_quality.py
	$(BIN)/python bench/bench_postgres.py
	$(BIN)/python bench/bench_batch_http.py
	$(BIN)/python bench/bench_batch.py
	$(BIN)/python bench/bench_learning.py

# PDFs in Chinese, Japanese, Greek... need Unicode fonts on the machine (see README, "Fonts for
# PDFs"); this lists the ones found. Debian/Ubuntu: apt-get install fonts-dejavu-core
# fonts-droid-fallback (and poppler-utils for the test that renders a page).
fonts: $(STAMP)
	$(BIN)/python -c "from synthcomp.office.fonts import find_fonts; print(find_fonts().describe())"

clean:
	rm -rf $(VENV) .typecheck demo-output studio-output .langgraph_api .mypy_cache .ruff_cache .pytest_cache
