"""The spool and the bulk writer's failure path, against a port where nothing listens (a real
connection failure, not a mock), and refusals by the real Elasticsearch."""

from __future__ import annotations

import json
import socket
from pathlib import Path
from typing import Any

import pytest

from crawler.es.bulk import send_batch
from crawler.es.client import EsConfig, make_client
from crawler.es.documents import document_id, index_action
from crawler.es.spool import Refused, Spool
from tests.conftest import run_scrapy


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


def spooled(tmp_path: Path, count: int) -> tuple[Spool, list[dict[str, Any]]]:
    spool = Spool(tmp_path / "spool" / "es.jsonl")
    actions = [
        index_action("x-write", {"url": f"http://a.cn/{i}", "title": "標題"}) for i in range(count)
    ]
    spool.append(actions[:3])
    spool.append(actions[3:])
    return spool, actions


def test_spool_round_trip(tmp_path: Path) -> None:
    spool, actions = spooled(tmp_path, 5)
    assert len(spool) == 5
    sent: list[list[dict[str, Any]]] = []

    def acknowledge_all(batch: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], Refused]:
        sent.append(batch)
        return [], []

    report = spool.replay(acknowledge_all, batch_size=2)
    assert [len(batch) for batch in sent] == [2, 2, 1]
    assert [a for batch in sent for a in batch] == actions  # the title survives the round trip
    assert (report.replayed, report.acknowledged, report.kept) == (5, 5, 0)
    assert len(spool) == 0 and not spool.path.exists() and not spool.replaying_path.exists()


def test_what_was_not_acknowledged_stays_in_the_spool(tmp_path: Path) -> None:
    spool, actions = spooled(tmp_path, 5)
    report = spool.replay(
        lambda batch: (batch[1:], []), batch_size=2
    )  # the first of each batch only
    assert (report.acknowledged, report.kept) == (3, 2)
    left: list[dict[str, Any]] = []
    spool.replay(lambda batch: (left.extend(batch) or [], []), batch_size=10)
    assert left == [actions[1], actions[3]]
    assert len(spool) == 0


def test_a_replay_cut_short_is_replayed_with_the_new_spool(tmp_path: Path) -> None:
    spool, actions = spooled(tmp_path, 4)
    # a crash mid-replay leaves the file moved aside; later failures start a new spool
    spool.path.rename(spool.replaying_path)
    extra = index_action("x-write", {"url": "http://a.cn/new"})
    spool.append([extra])
    assert len(spool) == 5
    sent: list[dict[str, Any]] = []
    spool.replay(lambda batch: (sent.extend(batch) or [], []), batch_size=10)
    assert sent == [*actions, extra] and len(spool) == 0


def test_a_damaged_line_is_reported_and_the_rest_replayed(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    spool, actions = spooled(tmp_path, 2)
    with spool.path.open("a", encoding="utf-8") as handle:
        handle.write('{"_op_type": "index", "_id": "cut')  # a crash mid-append
    later = index_action("x-write", {"url": "http://a.cn/later"})
    spool.append([later])  # starts on a line of its own
    sent: list[dict[str, Any]] = []
    spool.replay(lambda batch: (sent.extend(batch) or [], []), batch_size=10)
    assert sent == [*actions, later]
    assert f"{spool.replaying_path} line 3: damaged spool line skipped" in caplog.text


def test_document_id_is_stable_per_canonical_url() -> None:
    first = index_action(
        "i", {"url": "http://a.cn/x?utm_source=1", "canonical_url": "http://a.cn/x"}
    )
    again = index_action("i", {"url": "http://a.cn/x", "canonical_url": "http://a.cn/x"})
    assert first["_id"] == again["_id"] == document_id("http://a.cn/x")


def test_refused_actions_are_set_aside_with_their_reason_and_not_tried_again(
    tmp_path: Path,
) -> None:
    spool, actions = spooled(tmp_path, 3)

    def refuse_the_second(batch: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], Refused]:
        return [], [(batch[1], "document_parsing_exception: failed to parse")]

    report = spool.replay(refuse_the_second, batch_size=10)
    assert (report.replayed, report.acknowledged, report.kept, report.refused) == (3, 2, 0, 1)
    assert len(spool) == 0
    lines = spool.refused_path.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == [
        {"reason": "document_parsing_exception: failed to parse", "action": actions[1]}
    ]
    sent: list[dict[str, Any]] = []
    spool.replay(lambda batch: (sent.extend(batch) or [], []), batch_size=10)
    assert sent == []


@pytest.mark.es
def test_a_spooled_article_elasticsearch_refuses_is_set_aside_for_good(
    es_url: str, es_prefix: str, tmp_path: Path
) -> None:
    """A real refusal: a field the strict mapping does not know (as after a template change)."""
    good = index_action(f"{es_prefix}-write", {"url": "http://a.cn/good", "title": "好"})
    bad = index_action(f"{es_prefix}-write", {"url": "http://a.cn/bad", "no_such_field": 1})
    spool = Spool(tmp_path / "archive" / "spool" / "es-spool.jsonl")
    spool.append([good, bad])

    first = run_scrapy(["es", "spool"], es_url, es_prefix, tmp_path)
    assert "http://a.cn/bad: not indexed: strict_dynamic_mapping_exception" in first.stdout
    assert "indexed 1 spooled articles, 0 failed, 1 refused" in first.stdout
    assert first.returncode == 1
    (line,) = spool.refused_path.read_text(encoding="utf-8").splitlines()
    assert json.loads(line)["action"]["_source"]["url"] == "http://a.cn/bad"
    assert json.loads(line)["reason"].startswith("strict_dynamic_mapping_exception")

    again = run_scrapy(["es", "spool"], es_url, es_prefix, tmp_path)
    assert (again.returncode, again.stdout.strip()) == (0, "indexed 0 spooled articles, 0 failed")
