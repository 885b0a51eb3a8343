"""A local HTTP server for the demo site (demo/site/: real saved pages), on 127.0.0.1 only.

Used by the end-to-end tests, and by the offline demo:
    .venv/bin/python -m demo.server --port 8765
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar

SITE_DIR = Path(__file__).resolve().parent / "site"
# What a web application firewall answers instead of the page (HTTP 200, a few hundred bytes).
BLOCK_PAGE = """<html><head><title>Request Rejected</title></head><body>The requested URL was
rejected. Please consult with your administrator.<br><br>Your support ID is: 1462091834</body></html>"""
BAD_DATE_PAGE = """<html><head><meta charset="utf-8"><title>市政府召开防汛工作会议_示例市</title></head>
<body><h1>市政府召开防汛工作会议</h1><div class="info">发布时间：2020-13-45 25:61　来源：示例市政府办公厅</div>
<div class="content"><p>今天上午，市政府召开防汛工作会议，部署今年汛期各项准备工作。会议要求各区、各部门压实防汛责任，
加强隐患排查，确保城市安全度汛。</p><p>会议强调，要完善应急预案，加强值班值守，及时发布预警信息，做好人员转移和物资储备等工作。</p></div>
</body></html>"""


def load_manifest(site_dir: Path = SITE_DIR) -> dict[str, dict[str, Any]]:
    raw = json.loads((site_dir / "manifest.json").read_text(encoding="utf-8"))
    return {path: entry for path, entry in raw.items() if not path.startswith("_")}


class FixtureHandler(BaseHTTPRequestHandler):
    manifest: ClassVar[dict[str, dict[str, Any]]] = {}
    site_dir: Path = SITE_DIR
    requests_seen: ClassVar[list[str]] = []
    # (start, end) monotonic times of each request: politeness is measured from them
    request_spans: ClassVar[list[tuple[float, float]]] = []
    overrides: ClassVar[dict[str, bytes]] = {}  # path -> bytes served instead of the file
    article_delay: ClassVar[float] = 0.0  # seconds before answering an article (a slow site)

    def do_GET(self) -> None:
        started = time.monotonic()
        try:
            self._answer()
        finally:
            self.request_spans.append((started, time.monotonic()))

    def _answer(self) -> None:
        path = self.path.split("?", 1)[0].split("#", 1)[0]
        if path == "/":
            path = "/index.html"
        self.requests_seen.append(self.path)
        if path.startswith("/news/") and self.article_delay:
            time.sleep(self.article_delay)
        if path.startswith("/hostile/"):
            self.hostile(path)
            return
        entry = self.manifest.get(path)
        if entry is None:
            self.send_error(404)
            return
        body = self.overrides.get(path) or (self.site_dir / entry["file"]).read_bytes()
        etag = f'"{hashlib.sha1(body).hexdigest()[:16]}"' if entry.get("etag") else ""
        if etag and self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.send_header("ETag", etag)
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", entry["content_type"])
        self.send_header("Content-Length", str(len(body)))
        if etag:
            self.send_header("ETag", etag)
        self.end_headers()
        self.wfile.write(body)

    def hostile(self, path: str) -> None:
        """Pages that misbehave on purpose: loops, endless pagination, huge or lying bodies."""
        if path in ("/hostile/loop-a.html", "/hostile/loop-b.html"):
            other = "b" if path.endswith("a.html") else "a"
            self.send_response(302)
            self.send_header("Location", f"/hostile/loop-{other}.html")
            self.end_headers()
            return
        if path == "/hostile/moved.html":  # a portal that moved to another host
            self.send_response(302)
            self.send_header(
                "Location", f"http://localhost:{self.server.server_address[1]}/index.html"
            )
            self.end_headers()
            return
        if path == "/hostile/blocked.html":  # a firewall's answer, with status 200
            self.send_body(BLOCK_PAGE.encode())
            return
        if path.startswith("/hostile/page-"):  # every list page links the next one, forever
            number = int(path.removeprefix("/hostile/page-").removesuffix(".html"))
            links = f'<a href="/hostile/page-{number + 1}.html">下一页</a>'
            self.send_body(
                f"<html><head><title>第{number}页</title></head><body>{links}</body></html>".encode()
            )
            return
        if path == "/hostile/huge.html":  # over DOWNLOAD_MAXSIZE
            self.send_body(
                b"<html><body>" + b"<p>" + "新闻".encode() * 10_500_000 + b"</p></body></html>"
            )
            return
        if path == "/hostile/pdf.html":  # a PDF that the server calls text/html
            self.send_body((self.site_dir / "notice.pdf").read_bytes())
            return
        if path == "/hostile/bad-date.html":  # a date no calendar has
            self.send_body(BAD_DATE_PAGE.encode())
            return
        if path == "/hostile/truncated.html":  # the connection gave out halfway
            page = (self.site_dir / "cna-hant.html").read_bytes()
            self.send_body(page[: len(page) * 3 // 4])
            return
        self.send_error(404)

    def send_body(self, body: bytes, content_type: str = "text/html; charset=utf-8") -> None:
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        # The crawler hangs up on bodies over its size limit; that is the point of the test.
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:  # keep test output quiet
        pass


class FixtureSite:
    """The site in a background thread: `with FixtureSite() as site: site.url("/index.html")`."""

    def __init__(self, port: int = 0, site_dir: Path = SITE_DIR) -> None:
        handler = type(
            "Handler",
            (FixtureHandler,),
            {
                "manifest": load_manifest(site_dir),
                "site_dir": site_dir,
                # Per-server state: never share it with other servers through the base class.
                "requests_seen": [],
                "request_spans": [],
                "overrides": {},
                "article_delay": 0.0,
            },
        )
        self.handler = handler
        self.server = ThreadingHTTPServer(("127.0.0.1", port), handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def port(self) -> int:
        return int(self.server.server_address[1])

    @property
    def requests_seen(self) -> list[str]:
        return self.handler.requests_seen

    @property
    def request_spans(self) -> list[tuple[float, float]]:
        """(start, end) of every request answered, in order of their ends."""
        return self.handler.request_spans

    def slow_down(self, seconds: float) -> None:
        """Answer every article request only after `seconds`."""
        self.handler.article_delay = seconds

    def replace(self, path: str, body: bytes) -> None:
        """Serve `body` at `path` from now on (an article that changed on the server)."""
        self.handler.overrides[path] = body

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def profile(self, name: str = "fixture-site") -> dict[str, Any]:
        """A site profile (as JSON data) for crawling this server."""
        return {
            "name": name,
            "city": "示例市",
            "start_urls": [self.url("/index.html")],
            "article_url_pattern": r"^http://127\.0\.0\.1:\d+/news/\d{4}/\d{4}/[\w-]+\.html",
            "list_url_pattern": r"^http://127\.0\.0\.1:\d+/index(_\d+)?\.html$",
            "allowed_domains": ["127.0.0.1"],
            "allow_private_hosts": True,
            "max_list_pages": 5,
            "timezone": "Asia/Shanghai",
        }

    def __enter__(self) -> FixtureSite:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--write-profile", default="", help="write a site profile JSON here")
    args = parser.parse_args()
    site = FixtureSite(args.port)
    if args.write_profile:
        Path(args.write_profile).write_text(
            json.dumps(site.profile(), ensure_ascii=False, indent=2)
        )
    print(f"serving the fixture site at {site.url('/index.html')}", flush=True)
    with contextlib.suppress(KeyboardInterrupt):
        site.server.serve_forever()


if __name__ == "__main__":
    main()
