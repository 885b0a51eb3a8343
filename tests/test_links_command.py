"""`scrapy links`, run as users run it: one JSON line per file, in the order given."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from statistics import fmean

from crawler.links.evaluate import TARGET_PRECISION, TARGET_RECALL, labelled_page, precision, recall
from tests.conftest import REPO

LISTS = REPO / "tests" / "fixtures" / "lists"


def run_links(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "scrapy", "links", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


# One page per shape (each run starts Scrapy, ~3 s); the whole set is measured in-process by
# tests/test_links_labelled.py.
SHAPES = (
    "gerapy-dfa66_announcement",  # ul/li with dates, numbered pager with 下一页
    "gerapy-hrfund_announcement",  # PDF titles beside download buttons, page 2 of 31
    "gerapy-tencent_important_news",  # portal channel with sidebars of 热点/推荐
    "gne-netease-forum-1",  # table rows, <base href>
    "govhk-search-hant",  # Traditional, ?page=N pager with 下一頁
)


def test_labelled_pages_through_the_command_meet_the_target() -> None:
    labels = [LISTS / f"{name}.json" for name in SHAPES]
    scores = []
    for label_path in labels:
        label = json.loads(label_path.read_text(encoding="utf-8"))
        html = labelled_page(label_path)
        result = run_links(str(html), "--url", label["original_url"])
        assert result.returncode == 0, result.stderr
        (line,) = result.stdout.splitlines()
        record = json.loads(line)
        assert list(record) == ["file", "url", "article_links", "next_pages"]
        assert record["url"] == label["original_url"]
        wanted = label["labels"]["article_links"]
        scores.append(
            (precision(record["article_links"], wanted), recall(record["article_links"], wanted))
        )
        assert record["next_pages"] == label["labels"]["next_pages"], html.name
    assert fmean(p for p, _ in scores) >= TARGET_PRECISION
    assert fmean(r for _, r in scores) >= TARGET_RECALL


def test_links_in_page_order_relative_to_url_and_a_missing_file(tmp_path: Path) -> None:
    rows = "".join(
        f'<li><a href="./2023010{n}/t2023010{n}_{900 + n}.html">第{n}条：市政府召开专题会议研究部署重点工作</a></li>'
        for n in (3, 1, 2)
    )
    page = tmp_path / "list.html"
    page.write_text(
        f'<html><body><ul class="nav"><li><a href="/">首页</a></li></ul><ul>{rows}</ul>'
        '<div><a href="index_1.html">下一页</a><a href="index_9.html">尾页</a></div></body></html>',
        encoding="utf-8",
    )
    result = run_links(str(page), str(tmp_path / "missing.html"), "--url", "https://a.gov.cn/xw/")
    assert result.returncode == 1  # one file could not be read
    first, second = (json.loads(line) for line in result.stdout.splitlines())
    assert first["article_links"] == [
        f"https://a.gov.cn/xw/2023010{n}/t2023010{n}_{900 + n}.html" for n in (3, 1, 2)
    ]
    assert first["next_pages"] == ["https://a.gov.cn/xw/index_1.html"]
    assert second == {
        "file": str(tmp_path / "missing.html"),
        "error": "cannot read file: No such file or directory",
    }


def test_a_profile_pattern_refines_the_links(tmp_path: Path) -> None:
    page = LISTS / "gerapy-dfa66_announcement.html"
    url = "https://www.dfa66.com/dfaets/news/infodisclosure/announcement/index.html"
    profile = {
        "name": "dfa66",
        "city": "",
        "start_urls": [url],
        "article_url_pattern": r"/contents/2020/6/",
    }
    profile_file = tmp_path / "dfa66.json"
    profile_file.write_text(json.dumps(profile), encoding="utf-8")
    result = run_links(str(page), "--url", url, "--profile-file", str(profile_file))
    record = json.loads(result.stdout)
    assert len(record["article_links"]) == 3  # the June items: 28th, 9th, 2nd
    assert all("/contents/2020/6/" in link for link in record["article_links"])
