# The two commands (see README): `make run` crawls the configured sites into the local archive,
# `make test` runs every check. Both set everything up first, idempotently.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_PORT ?= 8765

.PHONY: setup es-start es-stop es-status redis-server run test lint unit demo clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

es-start: setup
	$(BIN)/python -m crawler.es_local start

es-stop: setup
	$(BIN)/python -m crawler.es_local stop

es-status: setup
	$(BIN)/python -m crawler.es_local status

# The main job: crawl every enabled site into the archive; exits non-zero if a site failed.
run: es-start
	$(BIN)/scrapy es setup
	$(BIN)/scrapy crawl-all

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

# The distributed tests start their own Redis from Debian's redis-server (installed here when
# missing and run as root, as on CI; otherwise the message says what to install).
redis-server:
	@command -v redis-server >/dev/null || { [ "$$(id -u)" = 0 ] && apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q redis-server >/dev/null; } || { echo "redis-server is missing: apt-get install redis-server (needed by the distributed tests)"; exit 1; }

# Every test, the Elasticsearch ones included, against the real local server.
test: es-start redis-server lint
	$(BIN)/python -m pytest

# Offline demo: serve the demo site (demo/site/) on 127.0.0.1, crawl it, search it. It has its
# own archive folder and index, so a later `scrapy reprocess archive/warc` never sees its pages.
DEMO_ENV := ES_INDEX_PREFIX=demo ARCHIVE_DIR=.cache/demo-archive
demo: es-start
	mkdir -p .cache
	$(BIN)/python -m demo.server --port $(DEMO_PORT) --write-profile .cache/demo-site.json & \
	  server=$$!; sleep 1; \
	  $(DEMO_ENV) $(BIN)/scrapy crawl news -a profile_file=.cache/demo-site.json \
	    -s DOWNLOAD_DELAY=0 -s AUTOTHROTTLE_ENABLED=False -s LOG_LEVEL=WARNING; \
	  kill $$server; \
	  $(DEMO_ENV) $(BIN)/scrapy search 李强 && $(DEMO_ENV) $(BIN)/scrapy search 輪胎行

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache
