"""An index with no started copy of its shard (red: the node holding its only copy went away),
for real: the test's index is made with an allocation rule no node meets, so its shard stays
unassigned on the shared server until the rule is lifted. Writes wait a bounded time, then
are kept (spooled) rather than reported as refused; the lookup of earlier copies fails rather
than answering "none"; a crawl against such an index ends promptly with every article spooled,
and the next crawl, once the shard is back, indexes the spool: the same index as a clean run.

Also a server that accepts connections but never answers (a real socket): a timeout is not
tried again on top of the client's own retries."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from elasticsearch import Elasticsearch

from crawler.es.bulk import send_batch
from crawler.es.client import EsConfig, make_client
from crawler.es.documents import index_action
from crawler.es.indexer import Indexer, IndexUnavailable
from crawler.es.layout import IndexNames, put_template
from crawler.es.merge import MIN_MERGE_CHARS, index_lookup
from crawler.es.spool import Spool
from demo.server import FixtureSite
from tests.conftest import (
    clean_crawl,
    crawl_args,
    delete_prefix,
    indexed_urls,
    run_scrapy,
    write_profile,
)
from tests.test_faults import losses

pytestmark = [pytest.mark.es, pytest.mark.faults]

NO_NODE = {"index.routing.allocation.require._name": "no-such-node"}


def create_unassigned(client: Elasticsearch, index: str) -> None:
    """`index` with its one shard unassigned: no node has the name the rule asks for."""
    client.indices.create(
        index=index, settings={**NO_NODE, "number_of_replicas": 0}, wait_for_active_shards="0"
    )
    assert client.cluster.health(index=index)["status"] == "red"


def assign(client: Elasticsearch, index: str) -> None:
    """Lift the rule: the shard starts on the server, as a node rejoining brings its copy back."""
    client.indices.put_settings(
        index=index, settings={"index.routing.allocation.require._name": None}
    )
    health = client.cluster.health(index=index, wait_for_status="yellow", timeout="60s")
    assert health["status"] in ("yellow", "green"), health


def article(number: int) -> dict[str, object]:
    url = f"http://a.cn/{number}"
    return {
        "url": url,
        "canonical_url": url,
        "title": "標題",
        "fingerprint": f"fp-{number}",
        "content_norm": "字" * MIN_MERGE_CHARS,
    }


@pytest.fixture()
def red_index(es: Elasticsearch, es_prefix: str) -> str:
    index = IndexNames(es_prefix).versioned(1)  # deleted with es_prefix's indexes
    create_unassigned(es, index)
    return index


@pytest.fixture()
def crawl_prefixes(es: Elasticsearch, es_prefix: str) -> Iterator[tuple[str, str]]:
    """A clean crawl's prefix and a red one's, their indexes and templates deleted afterwards
    even when the test fails: a red index left behind would turn the shared server red."""
    prefixes = (f"{es_prefix}-clean", f"{es_prefix}-red")
    yield prefixes
    for prefix in prefixes:
        delete_prefix(es, prefix)


def test_writes_to_a_shard_with_no_started_copy_wait_then_are_kept(
    es: Elasticsearch, red_index: str
) -> None:
    actions = [index_action(red_index, article(n)) for n in range(3)]
    result = send_batch(es, actions, max_retries=1, shard_wait_s=1)
    assert result.indexed == 0
    assert result.unavailable == actions  # all kept, to be sent again
    assert result.refused == []  # none of them is the document's fault
    assert all(r.startswith("unavailable_shards_exception") for _, r in result.failures)


def test_lookup_of_earlier_copies_fails_rather_than_finding_none(
    es: Elasticsearch, red_index: str
) -> None:
    indexer = Indexer(es, red_index, index_lookup(es, red_index), max_retries=1, shard_wait_s=1)
    with pytest.raises(IndexUnavailable, match="search_phase_execution_exception"):
        indexer.prepare([index_action(red_index, article(1))])
    assert indexer.known_copies == {}  # nothing remembered from a lookup that did not happen


def test_crawl_into_an_index_without_a_started_shard_spools_then_next_run_indexes_it(
    es: Elasticsearch,
    es_url: str,
    crawl_prefixes: tuple[str, str],
    fixture_site: FixtureSite,
    tmp_path: Path,
) -> None:
    clean_prefix, red = crawl_prefixes
    profile = write_profile(fixture_site, tmp_path)
    args = crawl_args(profile, ES_BULK_SIZE=1, ES_REQUEST_TIMEOUT=4)
    reference = clean_crawl(args, es_url, es, clean_prefix, tmp_path / "clean")

    put_template(es, IndexNames(red))  # the index as an earlier crawl made it,
    create_unassigned(es, IndexNames(red).versioned(1))  # then the node with its copy died
    first = run_scrapy(args, es_url, red, tmp_path / "red")
    assert first.returncode == 0, first.stderr[-3000:]
    log = first.stderr
    # Why, said once: the lookup of earlier copies (a search) or a write found no started shard.
    assert "the rest of this run is spooled" in log, log[-3000:]
    assert "_exception" in log.split("the rest of this run is spooled")[0].splitlines()[-1]
    assert "not indexed" not in log and "Error processing" not in log, log[-3000:]
    spool = Spool(tmp_path / "red" / "archive" / "spool" / "es-spool.jsonl")
    assert len(spool) == 7  # every article page kept (one is a copy); none reported as refused

    assign(es, IndexNames(red).versioned(1))
    second = run_scrapy(args, es_url, red, tmp_path / "red")
    assert second.returncode == 0, second.stderr[-3000:]
    assert "indexing 7 spooled articles" in second.stderr, second.stderr[-3000:]
    assert len(spool) == 0
    found = indexed_urls(es, red)
    assert losses(found, reference) == (0, 0) and found == reference


class SilentServer:
    """A TCP server that accepts every connection and never answers: a hung Elasticsearch."""

    def __init__(self) -> None:
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = int(self.listener.getsockname()[1])
        self.accepted: list[socket.socket] = []
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self) -> None:
        while True:
            try:
                connection, _ = self.listener.accept()
            except OSError:  # closed
                return
            self.accepted.append(connection)

    def close(self) -> None:
        self.listener.close()
        for connection in self.accepted:
            connection.close()
        self.thread.join(timeout=5)


def test_a_timeout_is_not_tried_again_on_top_of_the_clients_retries() -> None:
    server = SilentServer()
    try:
        client = make_client(EsConfig(url=f"http://127.0.0.1:{server.port}", request_timeout=1))
        actions = [index_action("x-write", article(n)) for n in range(2)]
        result = send_batch(client, actions, max_retries=2, sleep=lambda _: None)
        client.close()
    finally:
        server.close()
    assert result.unavailable == actions
    assert all(
        reason == "connection failed: timed out on every node tried"
        for _, reason in result.failures
    )
    # The client's own attempts (its max_retries 3, retry_on_timeout), and no more: before,
    # each of send_batch's 3 attempts made 4 requests, 12 in all.
    assert len(server.accepted) == 4


def test_spool_command_keeps_what_an_index_without_a_started_shard_cannot_take(
    es: Elasticsearch, es_url: str, crawl_prefixes: tuple[str, str], tmp_path: Path
) -> None:
    _, red = crawl_prefixes
    names = IndexNames(red)
    put_template(es, names)
    create_unassigned(es, names.versioned(1))
    es.indices.update_aliases(
        actions=[
            {"add": {"index": names.versioned(1), "alias": names.read_alias}},
            {"add": {"index": names.versioned(1), "alias": names.write_alias}},
        ]
    )
    spool = Spool(tmp_path / "archive" / "spool" / "es-spool.jsonl")
    spool.append([index_action(names.write_alias, article(n)) for n in range(2)])
    replay = run_scrapy(["es", "spool", "-s", "ES_REQUEST_TIMEOUT=4"], es_url, red, tmp_path)
    assert replay.returncode == 1, replay.stderr[-3000:]
    assert "2 articles not indexed now, kept" in replay.stdout, replay.stdout
    assert "indexed 0 spooled articles, 2 failed" in replay.stdout, replay.stdout
    assert len(spool) == 2  # nothing lost, nothing set aside as refused
