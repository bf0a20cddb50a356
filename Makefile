# Two commands on a fresh machine:  make app   |   make test
# Each creates .venv and installs requirements.lock (every dependency pinned, with hashes) on first use.
# Outside this project's machines, torch's CPU wheel comes from PyTorch's index:
#   make test PIP_OPTS="--extra-index-url https://download.pytorch.org/whl/cpu"
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
PORT ?= 8501
PIP_OPTS ?=

.PHONY: app test build bench

$(VENV)/.installed: requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q --require-hashes -r requirements.lock $(PIP_OPTS)
	touch $@

app: $(VENV)/.installed
	$(PY) -m streamlit run graph_app.py --server.port $(PORT)

test: $(VENV)/.installed
	$(PY) -m pytest

build: $(VENV)/.installed
	$(PY) -m pipeline build corpus --out graphs
