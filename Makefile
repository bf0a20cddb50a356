# Two commands on a fresh machine:  make app   |   make test
# Each creates .venv and installs requirements.txt on first use.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
PORT ?= 8501

.PHONY: app test build bench

$(VENV)/.installed: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -r requirements.txt
	touch $@

app: $(VENV)/.installed
	$(PY) -m streamlit run graph_app.py --server.port $(PORT)

test: $(VENV)/.installed
	$(PY) -m pytest

build: $(VENV)/.installed
	$(PY) -m pipeline build corpus --out graphs
