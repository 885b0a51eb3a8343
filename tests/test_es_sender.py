"""Bulk requests in flight: the sender's bounds, and the pipeline's order for copy updates."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from elasticsearch import Elasticsearch
from scrapy.statscollectors import MemoryStatsCollector
from scrapy.utils.test import get_crawler

from crawler.es.client import EsConfig
from crawler.es.sender import BackgroundSender, Batch
from crawler.es.spool import Spool
from crawler.items import Article
from pipelines.elasticsearch import ElasticsearchPipeline

WAIT_S = 10.0  # generous: only reached when something is broken


class GatedSend:
    """A send that records its batch and blocks until the test opens the gate."""

    def __init__(self) -> None:
        self.started: list[Batch] = []
        self.gate = threading.Event()
        self.lock = threading.Lock()
        self.two_started = threading.Event()

    def __call__(self, batch: Batch) -> None:
        with self.lock:
            self.started.append(batch)
            if len(self.started) == 2:
                self.two_started.set()
        if not self.gate.wait(WAIT_S):
            raise TimeoutError("gate never opened")


def test_two_batches_go_out_at_once_and_a_third_waits() -> None:
    send = GatedSend()
    sender = BackgroundSender(send, max_in_flight=2)
    sender.submit([{"n": 1}])
    sender.submit([{"n": 2}])
    assert send.two_started.wait(WAIT_S)  # both requests are out together
    third = threading.Thread(target=sender.submit, args=([{"n": 3}],))
    third.start()
    third.join(0.2)
    assert third.is_alive()  # bounded: the third batch waits for a slot
    send.gate.set()
    third.join(WAIT_S)
    sender.close()
    assert sorted(batch[0]["n"] for batch in send.started) == [1, 2, 3]


def test_barrier_waits_for_every_batch_and_reraises() -> None:
    done: list[int] = []

    def send(batch: Batch) -> None:
        if batch[0]["n"] == 2:
            raise RuntimeError("bulk failed")
        done.append(batch[0]["n"])

    sender = BackgroundSender(send, max_in_flight=2)
    sender.submit([{"n": 1}])
    sender.submit([{"n": 2}])
    with pytest.raises(RuntimeError, match="bulk failed"):
        sender.barrier()
    sender.barrier()  # nothing left in flight
    sender.close()
    assert done == [1]


def test_max_in_flight_must_be_positive() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        BackgroundSender(lambda batch: None, max_in_flight=0)


class RecordingSender:
    """Stands in for the sender threads to record the order of calls; the merge step
    before it talks to the real Elasticsearch."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, list[str]]] = []

    def submit(self, batch: Batch) -> None:
        self.calls.append(("submit", [a["_op_type"] for a in batch]))

    def barrier(self) -> None:
        self.calls.append(("barrier", []))

    def close(self) -> None:
        self.calls.append(("close", []))


def copy_of_report(url: str) -> Article:
    text = "市委季度工作会议今天下午举行。" * 10
    return Article(url=url, canonical_url=url, title="会议", content=text, content_norm=text,
                   fingerprint="f" * 64)  # fmt: skip


@pytest.mark.es
def test_a_copy_update_waits_for_the_batches_in_flight(
    es: Elasticsearch, es_url: str, es_prefix: str, tmp_path: Path
) -> None:
    crawler = get_crawler()
    stats = MemoryStatsCollector(crawler)
    config = EsConfig(url=es_url, index_prefix=es_prefix)
    pipeline = ElasticsearchPipeline(config, stats, 1, 2, Spool(tmp_path / "spool.jsonl"), 2)
    pipeline.open_spider()
    assert pipeline.available
    pipeline.sender.close()
    recorder = RecordingSender()
    pipeline.sender = recorder  # type: ignore[assignment]
    pipeline.process_item(copy_of_report("http://t/hant"))  # batch 1: indexed
    pipeline.process_item(copy_of_report("http://t/hans"))  # batch 2: the copy -> update
    assert recorder.calls == [
        ("submit", ["index"]),
        ("barrier", []),  # the update must not overtake the index request of batch 1
        ("submit", ["update"]),
    ]
    assert stats.get_value("elasticsearch/merged_copies") == 1
    if pipeline.client is not None:
        pipeline.client.close()
