# Two commands do all the set-up on a fresh machine (see README):
#   make run    -- builds the environment from uv.lock, runs the pipeline on the bundled samples
#   make test   -- builds the environment from uv.lock, runs ruff and the whole test suite
# uv itself is pinned and installed into .tools/ with the machine's python3 (>= 3.11).

PYTHON ?= python3
UV_VERSION := 0.13.8
UV := .tools/bin/uv
export UV_PYTHON_DOWNLOADS := never
export UV_PROJECT_ENVIRONMENT := .venv

.PHONY: run test lint sync bench clean browser

$(UV):
	$(PYTHON) -m venv .tools
	.tools/bin/pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

sync: $(UV)
	$(UV) sync --locked --quiet

run: sync
	$(UV) run --locked --no-sync pipeline run

lint: sync
	$(UV) run --locked --no-sync ruff check .
	$(UV) run --locked --no-sync ruff format --check .

# The report test renders the HTML report in Debian's headless Chromium.
browser:
	@command -v chromium >/dev/null 2>&1 || { apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium; }

test: sync lint browser
	$(UV) run --locked --no-sync pytest

bench: $(UV)
	$(UV) sync --locked --quiet --group bench
	$(UV) run --locked --no-sync python benchmarks/run_all.py

clean:
	rm -rf .venv .tools data/
