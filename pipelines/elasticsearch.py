"""Pipeline: Elasticsearch indexing — bulk writes through the write alias, spool on failure.

Thin adapter: connection, layout, the indexer (copies merged, bulk requests) and the spool
live in crawler.es. Each batch of ES_BULK_SIZE items has its copies merged in the crawl's
thread (in order), then goes out as one bulk request from a sender thread, up to
ES_BULK_IN_FLIGHT at once. What cannot be indexed is spooled; the spool is replayed, by the
same `Spool.replay` as `scrapy es spool`, when the next crawl opens.
"""

from __future__ import annotations

import logging
import threading
from typing import Any

from elasticsearch import ApiError, Elasticsearch, TransportError
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.signalmanager import SignalManager
from scrapy.statscollectors import StatsCollector

from crawler import stats_keys as keys
from crawler.es import layout
from crawler.es.bulk import BulkResult, is_unavailable
from crawler.es.client import EsConfig, SearchUnavailable, check_available, make_client
from crawler.es.documents import index_action
from crawler.es.indexer import Indexer, IndexUnavailable
from crawler.es.merge import index_lookup
from crawler.es.sender import BackgroundSender
from crawler.es.spool import Refused, Spool, retry_and_refused
from crawler.paths import ArchivePaths
from crawler.signals import article_stored

logger = logging.getLogger(__name__)


class ElasticsearchPipeline:
    def __init__(
        self,
        config: EsConfig,
        stats: StatsCollector,
        bulk_size: int,
        max_retries: int,
        spool: Spool,
        in_flight: int = 1,
    ) -> None:
        self.config = config
        self.stats = stats
        self.bulk_size = bulk_size
        self.max_retries = max_retries
        self.spool = spool
        self.names = layout.IndexNames(config.index_prefix)
        self.client: Elasticsearch | None = None
        self.indexer: Indexer | None = None
        self.available = False
        self.buffer: list[dict[str, Any]] = []
        # Page URLs whose articles are durable (acknowledged or spooled), filled by the sender
        # threads and announced as `article_stored` from the crawl's thread.
        self.stored: list[str] = []
        self.signals: SignalManager | None = None
        # Copies are merged in the crawl's thread, in batch order; only the bulk requests go
        # out from worker threads, which share the stats and the spool under this lock.
        self.lock = threading.Lock()
        self.sender = BackgroundSender(self._bulk, in_flight)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ElasticsearchPipeline:
        settings = crawler.settings
        if not settings.getbool("ES_ENABLED"):
            raise NotConfigured("ES_ENABLED is off")
        assert crawler.stats is not None
        pipeline = cls(
            EsConfig.from_settings(settings),
            crawler.stats,
            settings.getint("ES_BULK_SIZE"),
            settings.getint("ES_MAX_RETRIES"),
            Spool(ArchivePaths.from_settings(settings).spool_file),
            settings.getint("ES_BULK_IN_FLIGHT"),
        )
        pipeline.signals = crawler.signals
        return pipeline

    def open_spider(self) -> None:
        self.client = make_client(self.config)
        try:
            check_available(self.client, self.config)
            layout.setup(self.client, self.names, shape=self.config.shape)
        except SearchUnavailable as error:
            logger.error(
                "%s; articles will be spooled to %s for the next run", error, self.spool.path
            )
            self.stats.set_value(keys.ES_UNAVAILABLE, 1)
            self.stats.set_value(keys.ES_UNAVAILABLE_REASON, str(error))
            return
        self.indexer = Indexer(
            self.client,
            self.names.write_alias,
            index_lookup(self.client, self.names.read_alias),
            self.max_retries,
            self.config.shard_wait_s,
        )
        self.available = True
        # What earlier runs indexed must be visible to the copy lookup (a search) before the
        # refresh interval passes: else a copy of an article indexed by a run that was killed
        # a moment ago becomes a second document.
        self._refresh(self.client)
        self.replay_spool()

    def process_item(self, item: Any) -> Any:
        self.buffer.append(index_action(self.names.write_alias, item))
        if len(self.buffer) >= self.bulk_size:
            self.flush()
        self._announce_stored()
        return item

    def close_spider(self) -> None:
        self.flush()
        self.sender.close()
        self._announce_stored()
        if self.client is not None:
            self._refresh(self.client)
            self.client.close()

    def _refresh(self, client: Elasticsearch) -> None:
        """Make what is indexed searchable now, not at the next refresh interval (30 s)."""
        if not self.available:
            return
        try:
            client.indices.refresh(index=self.names.write_alias)
        except (ApiError, TransportError) as error:
            # Indexed documents are safe either way; the interval refresh makes them visible.
            logger.warning("Elasticsearch refresh failed: %s", error)

    def _announce_stored(self) -> None:
        """`article_stored` for every page whose article became durable since the last call."""
        with self.lock:
            urls, self.stored = self.stored, []
        if self.signals is None:
            return
        for url in urls:
            self.signals.send_catch_log(signal=article_stored, url=url)

    def flush(self) -> None:
        actions, self.buffer = self.buffer, []
        prepared = self._prepare(actions)
        if not prepared:
            return
        if any(action.get("_op_type") == "update" for action in prepared):
            # An update may name a document whose index request is still out: it must not
            # overtake it (a document_missing error), so the batches before it finish first.
            self.sender.barrier()
        self.sender.submit(prepared)

    def _prepare(self, actions: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Copies of known articles become URL updates; spooled (and none returned) when the
        server is gone: nothing is lost."""
        if not actions:
            return []
        if not self.available or self.indexer is None:
            self._spool(actions)
            return []
        merged_before = self.indexer.merged
        try:
            prepared = self.indexer.prepare(actions)
        except IndexUnavailable as error:
            self.available = False
            self._note_unreachable(f"it stopped answering during the run ({error})")
            self._spool(actions)
            return []
        self.stats.inc_value(keys.ES_MERGED_COPIES, self.indexer.merged - merged_before)
        return prepared

    def _bulk(self, actions: list[dict[str, Any]]) -> None:
        """One bulk request (in a sender thread); spool the batch if the server is gone."""
        if not self.available or self.indexer is None:
            self._spool(actions)
            return
        result = self.indexer.send(actions)
        self._count(result)
        waiting = result.unavailable
        if waiting:
            # The server or the index's shards stopped answering: what follows is spooled at
            # once rather than each batch waiting out the same outage.
            self.available = False
            reason = next(reason for _, reason in result.failures if is_unavailable(reason))
            self._note_unreachable(f"it stopped answering during the run ({reason})")
            self._spool(waiting)
        rejected = {id(action) for action in result.unacknowledged}
        # A rejected article is not done: its page is fetched again next run.
        self._mark_stored([a for a in actions if id(a) not in rejected])

    def replay_spool(self) -> None:
        """Index what earlier runs spooled (crawler/es/spool.py: kept until acknowledged)."""
        waiting = len(self.spool)
        if not waiting:
            return
        logger.info("indexing %d spooled articles from %s", waiting, self.spool.path)
        report = self.spool.replay(self._replay_batch, self.bulk_size)
        if report.kept:
            logger.warning("%d spooled articles stay in %s", report.kept, self.spool.path)
        if report.refused:
            logger.error(
                "%d spooled articles refused by Elasticsearch, set aside in %s (their pages are"
                " in the WARC archive: scrapy reprocess indexes them once the cause is fixed)",
                report.refused,
                self.spool.refused_path,
            )
            self.stats.inc_value(keys.ES_SPOOL_REFUSED, report.refused)

    def _replay_batch(self, batch: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], Refused]:
        """Send one spooled batch now, in this thread; returns what was not acknowledged (to
        try again) and what was refused."""
        if not self.available or self.indexer is None:
            return batch, []
        try:
            prepared = self.indexer.prepare(batch)
        except IndexUnavailable:
            self.available = False
            return batch, []
        result = self.indexer.send(prepared)
        self._count(result, replayed=True)
        if result.unavailable:
            self.available = False
        return retry_and_refused(result)

    def _count(self, result: BulkResult, replayed: bool = False) -> None:
        with self.lock:
            self._count_locked(result, replayed)

    def _count_locked(self, result: BulkResult, replayed: bool) -> None:
        prefix = "elasticsearch/replayed" if replayed else "elasticsearch"
        self.stats.inc_value(f"{prefix}/indexed", result.indexed)
        self.stats.inc_value(f"{prefix}/created", result.created)
        self.stats.inc_value(f"{prefix}/updated", result.updated)
        for url, reason in result.failures:
            if not is_unavailable(reason):  # those are spooled, with a warning
                logger.error("%s: not indexed: %s", url, reason)
                self.stats.inc_value(f"{prefix}/failed")

    def _note_unreachable(self, reason: str) -> None:
        """Say once why the rest of the run is spooled (each batch's warning says where)."""
        with self.lock:
            if self.stats.get_value(keys.ES_UNAVAILABLE_REASON):
                return
            self.stats.set_value(keys.ES_UNAVAILABLE_REASON, reason)
        logger.warning("Elasticsearch %s; the rest of this run is spooled", reason)

    def _mark_stored(self, actions: list[dict[str, Any]]) -> None:
        urls = [url for action in actions for url in _page_urls(action)]
        with self.lock:
            self.stored.extend(urls)

    def _spool(self, actions: list[dict[str, Any]]) -> None:
        if not actions:
            return
        with self.lock:
            self.spool.append(actions)  # fsync'd: durable from here on
            self.stats.inc_value(keys.ES_SPOOLED, len(actions))
        self._mark_stored(actions)
        logger.warning(
            "Elasticsearch unavailable: %d articles spooled to %s", len(actions), self.spool.path
        )


def _page_urls(action: dict[str, Any]) -> list[str]:
    """The pages an action stores: its document's URL and alternate URLs, which hold the copies
    merged into it (crawler/es/merge.py), whether in the same batch or by a later update."""
    fields = action.get("_source") or action.get("doc") or {}
    urls = [fields["url"]] if fields.get("url") else []
    return [str(url) for url in [*urls, *fields.get("alternate_urls", [])]]
