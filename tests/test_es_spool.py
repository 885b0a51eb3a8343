"""The spool and the bulk writer's failure path, against a port where nothing listens (a real
connection failure, not a mock)."""

from __future__ import annotations

import socket
from pathlib import Path

from crawler.es.bulk import send_batch
from crawler.es.client import EsConfig, make_client
from crawler.es.documents import document_id, index_action
from crawler.es.spool import Spool


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_unreachable_server_reports_every_document(tmp_path: Path) -> None:
    client = make_client(EsConfig(url=f"http://127.0.0.1:{closed_port()}", request_timeout=2))
    actions = [
        index_action("x-write", {"url": f"http://a.cn/{i}", "canonical_url": f"http://a.cn/{i}"})
        for i in range(3)
    ]
    result = send_batch(client, actions, max_retries=1, sleep=lambda _: None)
    assert result.indexed == 0
    assert [url for url, _ in result.failures] == [f"http://a.cn/{i}" for i in range(3)]
    assert all("connection failed after 2 attempts" in reason for _, reason in result.failures)


def test_spool_round_trip(tmp_path: Path) -> None:
    spool = Spool(tmp_path / "spool" / "es.jsonl")
    actions = [
        index_action("x-write", {"url": f"http://a.cn/{i}", "title": "標題"}) for i in range(5)
    ]
    spool.append(actions[:3])
    spool.append(actions[3:])
    assert len(spool) == 5
    pending = spool.take()
    assert len(spool) == 0 and len(pending) == 5
    assert [len(batch) for batch in pending.batches(2)] == [2, 2, 1]
    assert next(pending.batches(10))[0]["_source"]["title"] == "標題"
    pending.discard()
    assert len(pending) == 0


def test_document_id_is_stable_per_canonical_url() -> None:
    first = index_action(
        "i", {"url": "http://a.cn/x?utm_source=1", "canonical_url": "http://a.cn/x"}
    )
    again = index_action("i", {"url": "http://a.cn/x", "canonical_url": "http://a.cn/x"})
    assert first["_id"] == again["_id"] == document_id("http://a.cn/x")
