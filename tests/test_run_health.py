"""Why a site broke, in words: the checks behind `scrapy crawl-all`'s status column, and its
alerts (sent for real to a local HTTP server and a local SMTP server)."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar

import pytest
from aiosmtpd.controller import Controller

from crawler.extract.block_page import block_reason
from crawler.runs.alerts import AlertConfig, send_alerts
from crawler.runs.health import coverage, problems
from crawler.runs.history import article_link_history

HEALTHY: dict[str, Any] = {
    "downloader/response_count": 30,
    "news/start_pages": 1,
    "news/list_pages": 3,
    "news/pagination_expected": 1,
    "news/article_links": 24,
    "process/extracted": 24,
    "process/articles": 24,
    "finish_reason": "finished",
}


def test_a_healthy_run_has_no_problems() -> None:
    assert problems(HEALTHY, history=[22, 25, 24, 23]) == []
    assert coverage(HEALTHY) == {"title": 1.0, "date": 1.0}


@pytest.mark.parametrize(
    ("text", "links", "start_page", "expected"),
    [
        ("当前访问疑似黑客攻击，请求已被拦截。网站防火墙", 0, False, "'请求已被拦截'"),
        (
            "The requested URL was rejected. Please consult with your administrator.",
            0,
            True,
            "'The requested URL was rejected'",
        ),
        ("系統忙碌中，請稍後再試", 1, False, "'系統忙碌'"),
        ("", 0, True, "nearly empty start page"),
        ("", 0, False, None),  # an empty page further down a list: pagination ended
        ("要闻动态（第3页） 上一页 下一页", 2, False, None),
        ("新闻 " * 80, 40, True, None),  # a real list
    ],
)
def test_block_pages_are_named(
    text: str, links: int, start_page: bool, expected: str | None
) -> None:
    reason = block_reason(text, links, start_page=start_page)
    if expected is None:
        assert reason is None
    else:
        assert reason is not None and expected in reason


def test_an_article_quoting_a_block_phrase_is_not_a_block_page() -> None:
    article = "市网信办通报：部分网站存在访问被拒绝的问题，" + "相关部门正在排查处理。" * 400
    assert block_reason(article, 0, start_page=False) is None


def test_blocked_and_refused_pages_are_named_blocked_not_no_body() -> None:
    blocked = {**HEALTHY, "process/extracted": 0, "news/blocked_pages": 24}
    blocked["news/blocked_example"] = "http://a.gov.cn/1.html: a block or error page ('拒絕訪問' …)"
    found = problems(blocked)
    assert found[0].startswith(
        "blocked: 24 pages were a block or error page, first http://a.gov.cn/1.html"
    )
    assert not any("failed extraction" in problem for problem in found)
    refused = {**HEALTHY, "news/download_errors/http_429": 20}
    assert problems(refused) == ["blocked: 20 pages answered HTTP 429"]


def test_start_page_problems_come_first_and_alone() -> None:
    gone = {
        **HEALTHY,
        "news/article_links": 0,
        "news/start_page_problem": "start page http://a/ answered HTTP 404",
    }
    assert problems(gone) == ["start page http://a/ answered HTTP 404"]
    refused = {**gone, "news/start_page_problem": "start page http://a/ answered HTTP 403"}
    assert problems(refused) == ["blocked: start page http://a/ answered HTTP 403"]


def test_a_drop_against_the_sites_own_history_is_named() -> None:
    dropped = {**HEALTHY, "news/article_links": 9}
    (problem,) = problems(dropped, history=[20, 24, 0, 22, 25])
    assert problem.startswith("article links fell to 9 against a median of 23 over its last 4 runs")
    assert problems(dropped, history=[20, 24]) == []  # two runs are no history yet
    assert problems({**HEALTHY, "news/article_links": 12}, history=[20, 24, 22, 25]) == []


def test_pagination_that_never_reached_page_two_is_named() -> None:
    stuck = {**HEALTHY, "news/list_pages": 1}
    assert problems(stuck)[0].startswith("pagination never reached page 2")
    assert problems({**stuck, "news/pagination_expected": 0}) == []


def test_field_coverage_below_target_is_named_once_there_are_enough_articles() -> None:
    undated = {**HEALTHY, "process/undated": 3, "process/untitled": 1}
    assert coverage(undated) == {"title": 0.958, "date": 0.875}
    found = problems(undated)
    assert found == [
        "title found on 96% of 24 articles (expected at least 100%): the page template may have changed",
        "date found on 88% of 24 articles (expected at least 95%): the page template may have changed",
    ]
    few = {**undated, "process/articles": 5}
    assert coverage(few) == {} and problems(few) == []


def test_history_is_read_from_earlier_run_summaries(tmp_path: Path) -> None:
    for stamp, links in (
        ("20260101T000000Z", 20),
        ("20260102T000000Z", 0),
        ("20260103T000000Z", 30),
    ):
        report = {
            "sites": [{"site": "a", "article_links": links}, {"site": "b", "article_links": 5}]
        }
        (tmp_path / f"{stamp}.json").write_text(json.dumps(report))
    (tmp_path / "20260104T000000Z.json").write_text("{cut")
    (tmp_path / "20251231T000000Z.json").write_text(json.dumps({"sites": [{"site": "a"}]}))
    assert article_link_history(tmp_path, "a", limit=7) == [20, 30]
    assert article_link_history(tmp_path, "a", limit=1) == [30]


class _Receiver(BaseHTTPRequestHandler):
    received: ClassVar[list[dict[str, Any]]] = []

    def do_POST(self) -> None:
        length = int(self.headers["Content-Length"])
        self.received.append(json.loads(self.rfile.read(length)))
        self.send_response(204)
        self.end_headers()

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture()
def webhook() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Receiver)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/hook"
    server.shutdown()
    server.server_close()


class _Inbox:
    def __init__(self) -> None:
        self.messages: list[bytes] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append(envelope.content)
        return "250 OK"


def test_alerts_reach_a_webhook_and_an_inbox(webhook: str) -> None:
    inbox = _Inbox()
    with socket.socket() as probe:  # aiosmtpd needs a port number of its own
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    smtp = Controller(inbox, hostname="127.0.0.1", port=port)
    smtp.start()
    try:
        config = AlertConfig(
            webhook_url=webhook,
            mail_to=("ops@example.org",),
            mail_from="crawler@example.org",
            mail_host="127.0.0.1",
            mail_port=port,
        )
        run = {"failed": True, "sites": [{"site": "taipei-gov", "failed": True}]}
        outcomes = send_alerts(config, "crawl failed (taipei-gov)", "taipei-gov FAILED: 封鎖", run)
    finally:
        smtp.stop()
    assert outcomes == [
        f"alert: webhook sent to {webhook}",
        "alert: e-mail sent to ops@example.org",
    ]
    assert _Receiver.received[-1] == {"text": "taipei-gov FAILED: 封鎖", "run": run}
    (message,) = inbox.messages
    assert b"Subject: crawl failed (taipei-gov)" in message


def test_an_alert_that_cannot_be_sent_is_one_line() -> None:
    config = AlertConfig(webhook_url="http://user:secret@127.0.0.1:9/hook")
    (outcome,) = send_alerts(config, "s", "t", {})
    assert outcome.startswith("alert: webhook to http://127.0.0.1:9/hook failed: ")
    assert "secret" not in outcome
