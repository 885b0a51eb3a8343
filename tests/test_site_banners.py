"""Site-wide lines learned, not listed (crawler/processing/site_banners.py): what a site
repeats is learned from its pages, kept between runs, applied from the next run on, taken
off the body's edges only, and never a sentence of the articles themselves."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from crawler.items import Article
from crawler.processing import Processor
from crawler.processing.site_banners import WINDOW_PAGES, SiteBannerBook
from crawler.sites import get_profile
from crawler.sites.profile import SiteProfile
from crawler.text.clean import clean_paragraphs
from crawler.text.keys import match_key

FIXTURES = Path(__file__).resolve().parent / "fixtures"
GIA = FIXTURES / "sites" / "hongkong-gia"
THEPAPER = [
    *sorted((FIXTURES / "real").glob("02[678]-thepaper.cn.html")),
    *sorted((FIXTURES / "site-banners" / "thepaper").glob("*.html")),
]
PAPER = SiteProfile(name="thepaper", city="上海", start_urls=(), article_url_pattern="")
FOOTER = ["主办：示例市人民政府办公厅", "网站标识码：3100000001", "扫一扫在手机打开当前页"]
REFRAIN = "会议要求，各区各部门要抓好落实。"


def site_pages(profile: SiteProfile, files: list[Path]) -> list[tuple[bytes, str]]:
    return [(path.read_bytes(), f"http://{profile.name}.example/{path.name}") for path in files]


def run(
    book: SiteBannerBook | None, profile: SiteProfile, pages: list[tuple[bytes, str]]
) -> list[Article]:
    processor = Processor(site_banners=book)
    articles = [processor.process_bytes(body, url, profile) for body, url in pages]
    assert all(isinstance(article, Article) for article in articles)
    return articles  # type: ignore[return-value]


def paragraphs(n: int) -> list[str]:
    body = [
        f"第{n}篇文章的第{i}段正文，讲述市政府本周推进的第{n}项重点工作的进展、存在的问题和下一步的具体安排。"
        for i in range(3)
    ]
    return ["要闻动态", *body[:2], REFRAIN, body[2], *FOOTER]


def test_learned_lines_apply_from_the_next_run_and_only_at_the_edges(tmp_path: Path) -> None:
    first = SiteBannerBook(tmp_path)
    assert first.keys("city") == frozenset()
    for n in range(6):
        first.learn("city", paragraphs(n))
    assert first.keys("city") == frozenset()  # nothing changes within the run that learns
    first.save()

    second = SiteBannerBook(tmp_path)
    expected = {match_key(line) for line in ["要闻动态", REFRAIN, *FOOTER]}
    assert second.keys("city") == expected
    cleaned = clean_paragraphs("标题", paragraphs(7), site_banner_keys=second.keys("city"))
    # 网站标识码 and 扫一扫 are known boilerplate anyway; the column name and 主办 line are not.
    assert cleaned.removed_site_lines == ["要闻动态", FOOTER[0]]
    assert cleaned.removed_boilerplate == FOOTER[1:]
    assert REFRAIN in cleaned.paragraphs  # recurs in every article, but inside it: content


def test_what_a_real_site_repeats_is_its_telex_end_mark_and_nothing_of_its_text(
    tmp_path: Path,
) -> None:
    """18 real GIA releases: the only line on most of them is "NNNN"; applied, it changes no
    document (the generic release-closing rule already takes it out)."""
    profile = get_profile("hongkong-gia")
    pages = site_pages(profile, sorted(GIA.glob("*.htm")))
    learner = SiteBannerBook(tmp_path)
    before = run(learner, profile, pages)
    learner.save()
    applied = SiteBannerBook(tmp_path)
    assert applied.keys(profile.name) == {"nnnn"}
    after = run(applied, profile, pages)
    assert [a.paragraphs for a in after] == [b.paragraphs for b in before]


def test_real_news_pages_of_one_site_lose_nothing(tmp_path: Path) -> None:
    """Five real thepaper.cn articles: no short line is on most of them, so nothing is learned
    and every document is what it was without learning."""
    pages = site_pages(PAPER, THEPAPER)
    learner = SiteBannerBook(tmp_path)
    before = run(None, PAPER, pages)
    run(learner, PAPER, pages)
    learner.save()
    applied = SiteBannerBook(tmp_path)
    assert applied.keys(PAPER.name) == frozenset()
    assert [a.paragraphs for a in run(applied, PAPER, pages)] == [b.paragraphs for b in before]


def test_counts_are_kept_to_a_window_so_a_redesign_is_learned(tmp_path: Path) -> None:
    book = SiteBannerBook(tmp_path)
    for _ in range(WINDOW_PAGES * 2):
        book.learn("city", ["旧版页脚：示例市政府"])
    book.save()
    stored = json.loads((tmp_path / "city.json").read_text(encoding="utf-8"))
    assert stored["pages"] == WINDOW_PAGES
    redesigned = SiteBannerBook(tmp_path)
    for _ in range(WINDOW_PAGES * 2):
        redesigned.learn("city", ["新版页脚：示例市政府"])
    redesigned.save()
    assert SiteBannerBook(tmp_path).keys("city") == {match_key("新版页脚：示例市政府")}


def test_a_damaged_counts_file_is_reported_and_learning_starts_again(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / "city.json").write_text('{"pages": 9, "counts": [', encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        assert SiteBannerBook(tmp_path).keys("city") == frozenset()
    assert "city.json: site banner counts unreadable, learning again" in caplog.text


def test_a_site_name_never_leaves_the_folder(tmp_path: Path) -> None:
    book = SiteBannerBook(tmp_path / "state")
    book.learn("../../etc/passwd", ["一行"])
    (written,) = book.save()
    assert written.parent == tmp_path / "state"
