"""Bad input: each case gives a log line naming the page and the reason, a stat, and the crawl
goes on. Also `scrapy extract` on broken files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from demo.server import FixtureSite
from tests.conftest import REPO, crawl_args, run_scrapy, write_profile

HOSTILE_INDEX = """<html><head><meta charset="utf-8"><title>异常页面</title></head><body>
<a href="/hostile/loop-a.html">重定向循环</a>
<a href="/hostile/page-1.html">无尽翻页</a>
<a href="/hostile/huge.html">超大页面</a>
<a href="/hostile/pdf.html">伪装成网页的PDF</a>
<a href="/hostile/truncated.html">被截断的页面</a>
<a href="/hostile/bad-date.html">日期错误的页面</a>
<a href="/news/2020/0210/people-gb2312.html?utm_source=wx&amp;spm=1.2.3#comments">正常文章</a>
<a href="/news/2020/0210/people-gb2312.html">同一篇文章</a>
<a href="javascript:alert(1)">脚本</a> <a href="mailto:a@b.cn">邮件</a> <a href="file:///etc/passwd">文件</a>
<a href="http://10.0.0.8/news/2020/0101/intranet.html">内网</a>
<a href="https://www.example.com/news/2020/0101/offsite.html">外站</a>
</body></html>"""


@pytest.mark.es
def test_hostile_site_is_survived_with_reasons(
    es_url: str, es_prefix: str, fixture_site: FixtureSite, tmp_path: Path
) -> None:
    fixture_site.replace("/index.html", HOSTILE_INDEX.encode())
    profile = write_profile(
        fixture_site,
        tmp_path,
        article_url_pattern=r"^http://127\.0\.0\.1:\d+/(news/\d{4}/\d{4}/[\w-]+|hostile/(?!page)[\w-]+)\.html",
        list_url_pattern=r"^http://127\.0\.0\.1:\d+/hostile/page-\d+\.html$",
        max_list_pages=4,
    )
    result = run_scrapy(crawl_args(profile), es_url, es_prefix, tmp_path)
    log = result.stderr
    assert result.returncode == 0, log[-3000:]

    def logged(path: str, reason: str) -> bool:
        return any(path in line and reason in line for line in log.splitlines())

    assert logged("/hostile/loop-a.html", "redirect loop") and "'news/redirect_loops': 1" in log
    assert logged("/hostile/huge.html", "download failed: DownloadCancelledError")
    assert "larger than download max size" in log and "'news/download_errors': 1" in log
    assert logged("/hostile/pdf.html", "not HTML: PDF")
    assert "'news/list_pages_over_limit'" in log  # endless pagination stopped
    pages_followed = [r for r in fixture_site.requests_seen if r.startswith("/hostile/page-")]
    assert len(pages_followed) <= 4
    for skipped in ("scheme", "off-site"):  # private hosts: see test_urls (allowed here)
        assert f"'news/links_skipped/{skipped}'" in log
    assert not any("intranet" in r or "offsite" in r for r in fixture_site.requests_seen)
    # tracking parameters and fragments canonicalize to one article, fetched once
    assert sum(r.startswith("/news/2020/0210/") for r in fixture_site.requests_seen) == 1
    assert logged("/hostile/bad-date.html", "no valid publication date")
    assert "'process/undated': 1" in log
    # the normal article, the truncated one and the one with the impossible date
    assert "'elasticsearch/created': 3" in log


def run_extract(*files: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "scrapy", "extract", *map(str, files)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_extract_on_broken_files_prints_json_errors(tmp_path: Path) -> None:
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    binary = tmp_path / "binary.html"
    binary.write_bytes(bytes(range(256)) * 40)
    truncated = tmp_path / "truncated.html"
    truncated.write_bytes(b"<html><head><title>\xe6\xa0\x87")
    good = REPO / "demo" / "site" / "cna-hant.html"
    result = run_extract(empty, binary, truncated, good, tmp_path / "missing.html")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [Path(r["file"]).name for r in records] == [
        "empty.html",
        "binary.html",
        "truncated.html",
        "cna-hant.html",
        "missing.html",
    ]
    assert "empty" in records[0]["error"]
    assert records[1]["error"] and records[2]["error"]
    assert "error" not in records[3] and records[3]["title"].startswith("平鎮輪胎行惡火")
    assert "cannot read file" in records[4]["error"]
