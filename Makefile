# Quickstart: `make demo` (set-up + the demo on the embedded store) and `make test` (set-up + the whole suite);
# `make notebooks` opens the notebooks in JupyterLab.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python

.PHONY: demo test install notebooks neo4j-start neo4j-stop clean

# PYTHONWARNINGS: setuptools' notice about editable installs is advice for package authors, not for people
# running the demo.
$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	PYTHONWARNINGS=ignore $(PY) -m pip install -q -e ".[dev]"
	touch $@

install: $(VENV)/.installed

demo: $(VENV)/.installed
	$(VENV)/bin/techpact demo --out out

# The notebooks extra (JupyterLab, pandas) on top of the dev install; JupyterLab opens notebooks/.
# TECHPACT_STORE=DIR make notebooks: the notebooks open that store instead of ingesting the example corpus.
# JUPYTER_ARGS="--no-browser --port 8889" passes options on; as root JupyterLab needs --allow-root.
$(VENV)/.notebooks: $(VENV)/.installed
	PYTHONWARNINGS=ignore $(PY) -m pip install -q -e ".[notebooks]"
	touch $@

notebooks: $(VENV)/.notebooks
	$(VENV)/bin/jupyter lab notebooks/ $$([ "$$(id -u)" = 0 ] && echo --allow-root) $(JUPYTER_ARGS)

# Starts the real Neo4j (fetched from Maven Central on first use), runs pytest, stops Neo4j.
test: $(VENV)/.installed
	@command -v chromium >/dev/null || { echo "chromium not found: apt-get install -y chromium (the browser tests need it)"; exit 1; }
	scripts/neo4j start
	$(PY) -m pytest $(PYTEST_ARGS); rc=$$?; scripts/neo4j stop; exit $$rc

neo4j-start: $(VENV)/.installed
	scripts/neo4j start

neo4j-stop:
	scripts/neo4j stop

clean:
	rm -rf out techpact-data .pytest_cache test-artifacts
