"""Room: benchmarks — processing plus bulk indexing into a real Elasticsearch.

The calls are the crawl's: the processing chain (``Processor.process``, provenance included), then, as
``pipelines/elasticsearch.py`` does, ``layout.setup`` under a prefix, ``index_action`` on the
write alias with the item, ``send_batch`` every 200 documents from background threads, two
batches in flight while the next is processed, as in the pipeline. The pipeline's fingerprint
merge (``crawler.es.merge``: one ``terms`` search per batch, copies of a known article become
``alternate_urls`` updates) is left out on purpose: the replayed pages repeat the same 22
articles, so it would fold every page into 22 documents and measure URL-list updates instead of
article indexing. The prefix is throw-away (``bench-<random>``); its indexes and template are
deleted by name afterwards (wildcard deletes are refused by the cluster).
"""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from elasticsearch import ApiError, Elasticsearch
from scrapy.utils.project import get_project_settings

from benchmarks.pages import BenchPage
from crawler.es import layout
from crawler.es.bulk import send_batch
from crawler.es.client import EsConfig, check_available, make_client
from crawler.es.documents import index_action
from crawler.es.sender import BackgroundSender
from crawler.items import FetchedPage
from crawler.processing import Dropped, Processor

BULK_SIZE = 200  # ES_BULK_SIZE in crawler/settings.py
IN_FLIGHT = 2  # ES_BULK_IN_FLIGHT
# One untimed batch first, into the same index: a freshly started server compiles its indexing
# code paths (JIT) on the first documents, which a long crawl pays once, not per page. The
# processing phase has the same kind of warm-up.
WARMUP_PAGES = BULK_SIZE
MAX_RETRIES = 5  # ES_MAX_RETRIES
# Elasticsearch recomputes its process CPU figure at most once a second
# (monitor.process.refresh_interval, 1 s by default). Read right after the work it lags by up to
# that much, so a short pass reported no server CPU at all; read after a longer pause, with the
# server idle, it includes everything done before the pause.
STATS_SETTLE_S = 1.1


@dataclass
class EsResult:
    pages: int = 0
    indexed: int = 0
    skipped: int = 0  # extraction failures and pages empty after cleaning: never sent
    failures: list[tuple[str, str]] = field(default_factory=list)  # first few (url, reason)
    failed: int = 0
    seconds: float = 0.0  # processing + bulk requests, as the crawl spends them
    cpu_seconds: float = 0.0  # this process (processing, serializing, HTTP)
    server_cpu_seconds: float | None = None  # Elasticsearch's process, from its node stats
    index_seconds: float | None = None  # the bench index's own indexing + refresh time
    bulk_seconds: float = 0.0  # spent in send_batch (in the sender thread, overlapping)
    refresh_seconds: float = 0.0
    count: int = -1  # documents found after refresh (warm-up documents included)
    warmup_indexed: int = 0  # untimed documents indexed first
    # How long the server's JVM had been running when the timed pass began (the least of its
    # nodes): one started minutes earlier is still compiling its code and indexes slower.
    server_uptime_s: float | None = None
    prefix: str = ""
    url: str = ""

    @property
    def pages_per_s(self) -> float:
        return self.pages / self.seconds if self.seconds else 0.0

    @property
    def expected(self) -> int:
        return self.pages - self.skipped + self.warmup_indexed


def es_url() -> str:
    """ELASTICSEARCH_URL when set, else the project's local server (started if need be)."""
    from crawler import es_local

    return str(get_project_settings().get("ES_URL") or "").rstrip("/") or es_local.ensure_running()


def connect(url: str) -> tuple[Elasticsearch, EsConfig]:
    """The crawl's own Elasticsearch settings (credentials, CA, certificate checks) at ``url``."""
    settings = get_project_settings()
    settings.set("ES_URL", url)
    settings.set("ES_REQUEST_TIMEOUT", 60)
    config = EsConfig.from_settings(settings)
    client = make_client(config)
    check_available(client, config)
    return client, config


def run_es(pages: Iterable[BenchPage], url: str, warmup: Iterable[BenchPage] = ()) -> EsResult:
    client, _ = connect(url)
    names = layout.IndexNames(f"bench-{uuid.uuid4().hex[:10]}")
    result = EsResult(prefix=names.prefix, url=url)
    try:
        layout.setup(client, names)
        if warmup:
            warm = EsResult()
            _index_all(client, names, warmup, warm)
            result.warmup_indexed = warm.indexed
            result.failed += warm.failed
            result.failures.extend(warm.failures)
        before = _settled_server_nodes(client)
        result.server_uptime_s = _least_uptime_seconds(before)
        _index_all(client, names, pages, result)
        server_cpu, after = _cpu_seconds(before), _cpu_seconds(_settled_server_nodes(client))
        if server_cpu is not None and after is not None:
            result.server_cpu_seconds = after - server_cpu
        start = time.perf_counter()
        client.indices.refresh(index=names.read_alias)
        result.refresh_seconds = time.perf_counter() - start
        result.count = int(client.count(index=names.read_alias)["count"])
        result.index_seconds = _index_seconds(client, names.read_alias)
    finally:
        _delete(client, names)
        client.close()
    return result


def _index_all(
    client: Elasticsearch, names: layout.IndexNames, pages: Iterable[BenchPage], result: EsResult
) -> None:
    fetched_at = datetime.now(UTC).isoformat(timespec="seconds")
    processor = Processor()
    buffer: list[dict[str, Any]] = []
    # As the pipeline does: IN_FLIGHT batches out while the next one is processed.
    lock = threading.Lock()  # the sender threads add to one result
    sender = BackgroundSender(lambda batch: _flush(client, batch, result, lock), IN_FLIGHT)
    cpu_start, start = time.process_time(), time.perf_counter()
    for page in pages:
        result.pages += 1
        article = processor.process(FetchedPage(page.url, page.body, fetched_at=fetched_at))
        if isinstance(article, Dropped):
            result.skipped += 1
            continue
        buffer.append(index_action(names.write_alias, article))
        if len(buffer) >= BULK_SIZE:
            sender.submit(buffer)
            buffer = []
    sender.submit(buffer)
    sender.close()
    result.seconds = time.perf_counter() - start
    result.cpu_seconds = time.process_time() - cpu_start


def _server_nodes(client: Elasticsearch) -> list[dict[str, Any]]:
    """Each node's process and JVM stats, in one request; empty if the cluster refuses them."""
    try:
        return list(client.nodes.stats(metric="process,jvm")["nodes"].values())
    except (KeyError, TypeError, ApiError):
        return []


def _settled_server_nodes(client: Elasticsearch) -> list[dict[str, Any]]:
    """Node stats read once the server's cached CPU figure has caught up (untimed)."""
    time.sleep(STATS_SETTLE_S)
    return _server_nodes(client)


def _cpu_seconds(nodes: list[dict[str, Any]]) -> float | None:
    """CPU time of the Elasticsearch process(es), summed over nodes; None if not reported.

    It includes whatever else the cluster does meanwhile (other clients, GC, refreshes).
    """
    if not nodes:
        return None
    try:
        return float(sum(node["process"]["cpu"]["total_in_millis"] for node in nodes)) / 1000
    except (KeyError, TypeError):
        return None


def _least_uptime_seconds(nodes: list[dict[str, Any]]) -> float | None:
    """JVM uptime of the least long-running node; None if not reported."""
    try:
        return min(float(node["jvm"]["uptime_in_millis"]) for node in nodes) / 1000
    except (KeyError, TypeError, ValueError):  # ValueError: min() of no nodes
        return None


def _flush(
    client: Elasticsearch, actions: list[dict[str, Any]], result: EsResult, lock: threading.Lock
) -> None:
    if not actions:
        return
    start = time.perf_counter()
    outcome = send_batch(client, actions, MAX_RETRIES)
    with lock:
        result.bulk_seconds += time.perf_counter() - start
        result.indexed += outcome.indexed
        result.failed += len(outcome.failures)
        result.failures.extend(outcome.failures[: max(0, 5 - len(result.failures))])


def _index_seconds(client: Elasticsearch, index: str) -> float | None:
    """Lucene indexing + refresh (segment flush) time of the bench index alone: unlike node CPU,
    not mixed with other clients of a shared cluster."""
    try:
        stats = client.indices.stats(index=index, metric="indexing,refresh")["_all"]["total"]
        millis = (
            stats["indexing"]["index_time_in_millis"] + stats["refresh"]["total_time_in_millis"]
        )
        return float(millis) / 1000
    except (KeyError, TypeError, ApiError):
        return None


def _delete(client: Elasticsearch, names: layout.IndexNames) -> None:
    pattern = f"{names.prefix}-v*"
    indexes = list(client.indices.get(index=pattern, allow_no_indices=True).body)
    if indexes:
        client.indices.delete(index=",".join(indexes))
    client.options(ignore_status=404).indices.delete_index_template(name=names.template)
