"""Fault injection on the real crawler, the local fixture site and the real Elasticsearch:
hard kills (SIGKILL, as the OOM killer or a power cut leave a crawl) of a crawl and of a
re-process at random moments, each followed by a normal run. After each, the index must equal
a clean crawl's: the same URLs, each once. Prints one summary line to quote, e.g.
"faults: 10 hard kills of a crawl, 3 of a reprocess; 0 lost, 0 duplicated"."""

from __future__ import annotations

import random
import signal
import subprocess
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from elasticsearch import Elasticsearch

from demo.server import FixtureSite
from tests.conftest import (
    clean_crawl,
    crawl_args,
    delete_prefix,
    finish,
    indexed_urls,
    run_scrapy,
    scrapy_env,
    write_profile,
)

pytestmark = [pytest.mark.es, pytest.mark.faults]

CRAWL_KILLS = 10
REPROCESS_KILLS = 3
SEED = 20261203  # the moments are random, but a failure can be replayed


@pytest.fixture()
def prefixes(es: Elasticsearch) -> Iterator[list[str]]:
    """Index prefixes the test creates; their indexes and templates go afterwards."""
    made: list[str] = []
    yield made
    for prefix in made:
        delete_prefix(es, prefix)


def killed(args: list[str], env: dict[str, str], after: float) -> str:
    """Start `scrapy args`, SIGKILL it `after` seconds later (if still running): its stderr."""
    process = subprocess.Popen(
        [*_python_scrapy(), *args],
        cwd=Path(__file__).resolve().parents[1],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    time.sleep(after)
    if process.poll() is None:
        process.send_signal(signal.SIGKILL)
    return finish(process, timeout=120)


def _python_scrapy() -> list[str]:
    import sys

    return [sys.executable, "-m", "scrapy"]


def losses(found: list[list[str]], reference: list[list[str]]) -> tuple[int, int]:
    """(lost, duplicated) of an index's documents against the clean crawl's: a reference
    article none of whose URLs is indexed is lost; a URL in two documents is duplicated, and
    so is a document more than the clean crawl has."""
    urls = [url for document in found for url in document]
    lost = sum(not set(article) & set(urls) for article in reference)
    duplicated = len(urls) - len(set(urls)) + max(0, len(found) - len(reference))
    return lost, duplicated


def test_hard_kills_lose_and_duplicate_nothing(
    es: Elasticsearch,
    es_url: str,
    fixture_site: FixtureSite,
    prefixes: list[str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    moments = random.Random(SEED)
    profile = write_profile(fixture_site, tmp_path)
    # Slow articles spread the crawl over a few seconds, so a kill can land anywhere in it.
    fixture_site.slow_down(0.2)
    # Small bulk batches: some articles are acknowledged before the kill and some are not.
    args = crawl_args(profile, CONCURRENT_REQUESTS_PER_DOMAIN=1, ES_BULK_SIZE=2)

    run = uuid.uuid4().hex[:8]  # index names of their own: other test runs may share the server
    prefixes.append(reference_prefix := f"fault-{run}-reference")
    reference = clean_crawl(args, es_url, es, reference_prefix, tmp_path / "reference")

    lost = duplicated = 0
    for round_number in range(CRAWL_KILLS):
        prefixes.append(prefix := f"fault-{run}-crawl-{round_number}")
        home = tmp_path / f"crawl-{round_number}"
        killed(args, scrapy_env(es_url, prefix, home), after=moments.uniform(2.0, 5.5))
        again = run_scrapy(args, es_url, prefix, home)
        assert again.returncode == 0, again.stderr[-3000:]
        round_lost, round_duplicated = losses(indexed_urls(es, prefix), reference)
        assert (round_lost, round_duplicated) == (0, 0), f"round {round_number}"
        lost, duplicated = lost + round_lost, duplicated + round_duplicated

    # Re-process the last round's archive, killed at random moments, then once to the end.
    warc = str(tmp_path / f"crawl-{CRAWL_KILLS - 1}" / "archive" / "warc")
    prefix = f"fault-{run}-crawl-{CRAWL_KILLS - 1}"
    env = scrapy_env(es_url, prefix, tmp_path / f"crawl-{CRAWL_KILLS - 1}")
    for _ in range(REPROCESS_KILLS):
        killed(["reprocess", warc, "--profile-file", str(profile)], env, moments.uniform(0.5, 3.5))
        # Whatever the kill interrupted, the aliases still serve a whole index.
        assert losses(indexed_urls(es, prefix), reference) == (0, 0)
    finished = run_scrapy(
        ["reprocess", warc, "--profile-file", str(profile)], es_url, prefix, env_home(env)
    )
    # The killed crawl may have left its last exchange cut at the end of its WARC file: that
    # record is reported (exit 1) and skipped; its page was archived whole by the next run.
    damaged = "damaged WARC record, not indexed" in finished.stderr
    assert finished.returncode == (1 if damaged else 0), finished.stderr[-3000:]
    round_lost, round_duplicated = losses(indexed_urls(es, prefix), reference)
    lost, duplicated = lost + round_lost, duplicated + round_duplicated
    assert (lost, duplicated) == (0, 0)
    with capsys.disabled():
        print(
            f"\nfaults: {CRAWL_KILLS} hard kills of a crawl, {REPROCESS_KILLS} of a reprocess;"
            f" {lost} lost, {duplicated} duplicated"
        )


def env_home(env: dict[str, str]) -> Path:
    """The tmp folder whose archive `env` names (run_scrapy wants the folder above it)."""
    return Path(env["ARCHIVE_DIR"]).parent
