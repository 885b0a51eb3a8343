"""Issue 17, part B: dates outside the usual meta tags, pages without a title, forum and blog
pages. Golden strings for each date pattern in both scripts, the title fallback, and real saved
forum/blog pages (tests/fixtures/real/2xx, provenance beside each)."""

from __future__ import annotations

import json
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from crawler.commands.search import render_text
from crawler.extract import extract_article
from crawler.extract.dateline import PageDates, choose_dates
from crawler.extract.dates import comment_properties, named_date_texts, parse_date
from crawler.extract.dom import parse_html
from crawler.extract.title import first_line_title
from crawler.items import Article
from crawler.processing import Dropped, Processor
from crawler.processing.stages import clean_article

SHANGHAI = ZoneInfo("Asia/Shanghai")
TAIPEI = ZoneInfo("Asia/Taipei")
REAL = Path(__file__).resolve().parent / "fixtures" / "real"


def iso(text: str, zone: ZoneInfo = SHANGHAI, *, roc_bare: bool = False) -> str | None:
    found = parse_date(text, zone, roc_bare=roc_bare)
    return found.when.isoformat() if found else None


# --- how dates are written --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Colon look-alikes: Shanghai's TRS PubDate writes U+2236 RATIO.
        ("2023-08-19 10∶08", "2023-08-19T10:08:00+08:00"),
        ("发布时间：2023-08-19 10︰08︰33", "2023-08-19T10:08:33+08:00"),
        ("發佈時間：2023/08/19 10﹕08", "2023-08-19T10:08:00+08:00"),
        ("2023年08月19日 10：08", "2023-08-19T10:08:00+08:00"),
        # Chinese numerals with the zero written 〇 or ○ (a circle symbol), both scripts.
        ("二〇二二年二月十三日", "2022-02-13T00:00:00+08:00"),
        ("二○二二年十二月三十一日", "2022-12-31T00:00:00+08:00"),
        ("二〇二二年十二月三十一日（星期六）", "2022-12-31T00:00:00+08:00"),
        # ROC years anywhere when 民國/民国 says so: digits, numerals digit by digit, positional.
        ("民國115年9月4日", "2026-09-04T00:00:00+08:00"),
        ("中華民國一一五年九月四日", "2026-09-04T00:00:00+08:00"),
        ("中华民国一一五年九月四日", "2026-09-04T00:00:00+08:00"),
        ("民國一百一十五年九月四日", "2026-09-04T00:00:00+08:00"),
        ("民國一百零五年一月一日", "2016-01-01T00:00:00+08:00"),
        ("民國九十九年十二月一日", "2010-12-01T00:00:00+08:00"),
        # ASP's US-locale clock: month first, 12 AM is midnight.
        ("7/5/2005 9:23:57 PM", "2005-07-05T21:23:57+08:00"),
        ("9/17/2004 5:54:13 AM", "2004-09-17T05:54:13+08:00"),
        ("1/2/2006 12:30 AM", "2006-01-02T00:30:00+08:00"),
    ],
)
def test_date_patterns(text: str, expected: str) -> None:
    assert iso(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("發布日期：115-09-04", "2026-09-04T00:00:00+08:00"),
        ("發布日期：115年09月04日", "2026-09-04T00:00:00+08:00"),
        ("发布日期：115年9月4日 14∶30", "2026-09-04T14:30:00+08:00"),
        ("發布日期：2022年9月4日", "2022-09-04T00:00:00+08:00"),  # an AD year stays AD
    ],
)
def test_bare_roc_years_on_taiwanese_sites(text: str, expected: str) -> None:
    assert iso(text, TAIPEI, roc_bare=True) == expected


@pytest.mark.parametrize("text", ["115年9月4日", "第115年", "12/5/2005 9:23"])
def test_not_dates_elsewhere(text: str) -> None:
    # A bare 3-digit year is an ROC year only on a Taiwanese site; a US clock needs its AM/PM.
    assert iso(text) is None


# --- which date is the page's ---------------------------------------------------------------


def page(stream: str, **extra: object) -> PageDates:
    fields: dict[str, object] = {
        "url": "http://www.example.gov.cn/a.html",
        "zone": SHANGHAI,
        "stream": stream,
        "title": "关于禁止新增建设项目的通告",
    }
    fields.update(extra)
    return PageDates(**fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("stream", "zone", "roc_bare"),
    [
        (
            "关于禁止新增建设项目的通告\n发文机关：\n示例省人民政府\n成文日期：\n2022年01月27日\n"
            "发布日期：\n2022年01月28日\n正文",
            SHANGHAI,
            False,
        ),
        (
            "關於禁止新增建設項目的通告\n發文日期：115年1月27日\n發布日期：115年1月28日\n正文",
            TAIPEI,
            True,
        ),
    ],
)
def test_document_date_is_kept_apart_from_the_publication_date(
    stream: str, zone: ZoneInfo, roc_bare: bool
) -> None:
    year = "2022" if zone == SHANGHAI else "2026"
    result = choose_dates(page(stream, zone=zone, roc_bare=roc_bare))
    assert result.published_at == f"{year}-01-28T00:00:00+08:00"
    assert result.document_date == f"{year}-01-27T00:00:00+08:00"
    assert result.evidence.startswith("label:发布日期") or result.evidence.startswith("label:發布")


def test_a_document_date_alone_stands_for_the_publication_date() -> None:
    result = choose_dates(page("关于禁止新增建设项目的通告\n成文日期：2022年01月27日\n正文"))
    assert result.published_at == "2022-01-27T00:00:00+08:00"
    assert result.document_date == result.published_at
    assert result.evidence == "document-only:label:成文日期(date-only)"


def test_a_named_date_element_dates_an_e_paper_page() -> None:
    html = (
        "<html><body><div id='paperdate'>2022年02月13日</div>"
        "<ul>"
        + "".join(f"<li><span class='date'>2022-02-{d:02d}</span></li>" for d in (1, 2))
        + "</ul>"
        "</body></html>"
    )
    named = named_date_texts(parse_html(html))
    assert named == ("2022年02月13日",)  # the repeated list column is not the page's date
    result = choose_dates(page("首页\n正文第一段。", named=lambda: named))
    assert (result.published_at, result.evidence) == (
        "2022-02-13T00:00:00+08:00",
        "named-element(date-only)",
    )


def test_an_e_paper_comment_date_is_read_without_a_parse() -> None:
    html = (
        "<p>西藏</p><!--enpproperty <articleid>1</articleid><date>2022-02-13 00:00:00:0</date>-->"
    )
    for encoding in ("utf-8", "gb18030"):
        found = comment_properties(html.encode(encoding))
        assert found == {"enpproperty:date": "2022-02-13 00:00:00:0"}
    assert comment_properties(b"<p>no comment here</p>") == {}


def test_a_post_header_dates_the_post_below_it() -> None:
    stream = (
        "博客标题\n最新文章\n湘菜粤菜 兵分两路\n2005-06-14 03:25:55\n湘菜粤菜兵分两路，新鲜的是。"
    )
    result = choose_dates(
        page(stream, title="blog.example.com", paragraphs=("湘菜粤菜兵分两路，新鲜的是。",))
    )
    assert (result.published_at, result.evidence) == ("2005-06-14T03:25:55+08:00", "body-start")


# --- pages without a title --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            ["北京市儿童心理素质调查报告", "为了贯彻落实儿童发展规划，开展了本次调查。"],
            ("北京市儿童心理素质调查报告", "first-line"),
        ),
        (
            ["当前位置：首页->军事技术", "飛行物理學常識", "飛行歸因於作用在飛機上的幾個力。"],
            ("飛行物理學常識", "first-line"),
        ),
        (["本报讯 13岁的李某成了妈妈。", "她已辍学"], ("", "none")),
        (["2005-07-18 13:03:17", "正文第一段，内容很长。"], ("", "none")),
        (["只有一行标题"], ("", "none")),  # a headline needs a body below it
    ],
)
def test_first_line_title(paragraphs: list[str], expected: tuple[str, str]) -> None:
    title = first_line_title(paragraphs)
    assert (title.title, title.evidence) == expected


def test_an_untitled_page_is_kept_with_its_whole_text_through_the_chain() -> None:
    html = (
        "<html><body><div class='content'><p>本报讯 13岁，正是花季的年龄，可13岁的李某却成了妈妈。</p>"
        "<p>昨日8时40分许，她在长春市某医院生下一名女婴。</p></div></body></html>"
    )
    outcome = Processor().process_bytes(html.encode(), "http://www.example.cn/a.html")
    assert not isinstance(outcome, Dropped)
    assert (outcome.title, outcome.title_evidence) == ("", "none")
    assert outcome.paragraphs[0].startswith("本报讯 13岁")  # not taken for a headline


def test_cleaning_still_infers_a_title_for_text_without_extraction_evidence() -> None:
    article = Article(title="", paragraphs=["市委召开季度工作会议", "会议指出，要抓好落实。"])
    assert clean_article(article).title == "市委召开季度工作会议"
    untitled = Article(title="", title_evidence="none", paragraphs=article.paragraphs)
    assert clean_article(untitled).title == ""


def test_search_shows_an_untitled_hit() -> None:
    hit = {"title": None, "site": "s", "url": "u", "highlights": [], "published_at": None}
    assert "(untitled / 无标题)" in render_text("x", 1, [hit], 0)


# --- forum and blog pages (real, saved) --------------------------------------------------------


def real(stem: str) -> Article:
    meta = json.loads((REAL / f"{stem}.json").read_text(encoding="utf-8"))
    url = meta["original_url"] or f"http://{meta['site']}/{meta['file']}"
    return extract_article((REAL / f"{stem}.html").read_bytes(), url)


@pytest.mark.parametrize(
    ("stem", "opening", "date"),
    [
        # Blog archive pages: five or more posts each; the first is the page's newest post.
        ("202-blog.wenxuecity.com", "湘菜粤菜兵分两路", "2005-06-14T03:25:55+08:00"),
        ("203-blog.wenxuecity.com", "距墨爾本西北約110公里處", "2005-03-21T01:20:44+08:00"),
        # A forum thread: the first post, not the reply tree below it (72 linked reply titles).
        ("210-bbs.cctv.com", "导游的收入很大一部分", "2005-08-22T19:13:18+08:00"),
        # A post followed by 63 comments: the post, not the comments.
        ("211-blog.joycode.com", "很高兴入住博客堂", "2004-12-27T12:40:00+08:00"),
    ],
)
def test_the_first_post_is_the_body(stem: str, opening: str, date: str) -> None:
    article = real(stem)
    assert article.paragraphs[0].startswith(opening) or article.paragraphs[1].startswith(opening)
    assert article.published_at == date
    assert not any(p.startswith("# re:") for p in article.paragraphs)  # no comment lines


def test_a_longer_reply_does_not_replace_the_topic() -> None:
    def post(number: int, text: str) -> str:
        return (
            f"<table class='plhin'><tr><td class='pls'>作者{number}</td><td>"
            f"<div class='pi'>发表于 2021-1-{number} 10:00</div>"
            f"<td class='t_f' id='postmessage_{1000 + number}'>{text}</td></td></tr></table>"
        )

    topic = "楼主的话题，讲的是本市的公交线路调整，希望大家讨论。线路调整从下月开始实施。"
    reply = "回复的内容很长，" * 40 + "完。"
    html = f"<html><head><title>公交线路调整</title></head><body>{post(1, topic)}{post(2, reply)}</body></html>"
    article = extract_article(html.encode(), "http://bbs.example.cn/thread-1-1-1.html")
    assert article.paragraphs == [topic]


def test_paragraphs_sharing_a_class_are_not_posts() -> None:
    body = "".join(
        f"<div class='para'>第{n}段，市政府召开常务会议，研究部署重点工作，会议要求抓好落实。</div>"
        for n in range(1, 6)
    )
    html = (
        "<html><head><title>市政府召开常务会议</title></head><body><h1>市政府召开常务会议</h1>"
        f"<div class='article'>{body}</div></body></html>"
    )
    article = extract_article(html.encode(), "http://www.example.gov.cn/a.html")
    assert len(article.paragraphs) == 5
