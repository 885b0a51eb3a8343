"""crawler.extract.generic (through extract_article): golden files for every real article page,
and small hand-made pages for the rules the golden files rely on.

The expected files in tests/fixtures/real/expected/ were produced by the extractor and then
checked by eye against each page; where the output is knowingly imperfect the file says so in
`known_issues`, and the test ids and failure messages carry that note. Never regenerate them
blindly: a changed expectation is a reviewed decision.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from crawler.extract import extract_article
from crawler.sites.profile import FieldSelectors, SiteProfile

REAL = Path(__file__).resolve().parent / "fixtures" / "real"
EXPECTED = sorted((REAL / "expected").glob("*.expected.json"))
FIELDS = (
    "title",
    "title_evidence",
    "published_at",
    "date_evidence",
    "document_date",
    "source",
    "authors",
    "editors",
    "headings",
)


def case_id(path: Path) -> str:
    stem = path.name.removesuffix(".expected.json")
    known = "known_issues" in json.loads(path.read_text(encoding="utf-8"))
    return f"{stem}[known-issue]" if known else stem


def test_every_real_article_page_has_a_golden_file() -> None:
    articles = [
        p.stem
        for p in REAL.glob("*.json")
        if p.name != "index.json" and json.loads(p.read_text(encoding="utf-8"))["kind"] == "article"
    ]
    assert sorted(articles) == [p.name.removesuffix(".expected.json") for p in EXPECTED]


@pytest.mark.parametrize("expected_path", EXPECTED, ids=case_id)
def test_golden(expected_path: Path) -> None:
    expected: dict[str, Any] = json.loads(expected_path.read_text(encoding="utf-8"))
    page = REAL / expected_path.name.replace(".expected.json", ".html")
    article = extract_article(page.read_bytes(), expected["url"])
    note = f" (known issue: {expected['known_issues']})" if "known_issues" in expected else ""
    for field in FIELDS:
        assert getattr(article, field) == expected[field], f"{field}{note}"
    assert len(article.paragraphs) == expected["paragraph_count"], f"paragraph count{note}"
    assert article.paragraphs[0] == expected["first_paragraph"], f"first paragraph{note}"
    assert article.paragraphs[-1] == expected["last_paragraph"], f"last paragraph{note}"
    assert article.content == "\n\n".join(article.paragraphs)
    assert article.parser_version == "generic-1"


def test_known_issues_are_written_down() -> None:
    for path in EXPECTED:
        issue = json.loads(path.read_text(encoding="utf-8")).get("known_issues")
        assert issue is None or len(issue) > 20, path.name


URL = "http://www.example.gov.cn/art/2020/10/9/art_1.html"
NAV = "".join(f"<li><a href='/c{i}'>栏目{i}新闻动态</a></li>" for i in range(30))


def article(body: str, title: str = "市政府召开常务会议", head: str = "") -> Any:
    html = (
        f"<html><head><title>{title}_示例市人民政府</title>{head}</head><body>"
        f"<ul class='nav'>{NAV}</ul>{body}<div class='footer'>版权所有 示例市人民政府</div>"
        "</body></html>"
    )
    return extract_article(html.encode("utf-8"), URL)


def test_paragraphs_breaks_and_subheadings() -> None:
    result = article(
        "<div class='article'><h1>市政府召开常务会议</h1>"
        "<div class='info'>发布时间：2020-10-09 18:37 来源：市政府办公室</div>"
        "<div class='TRS_Editor'><p>10月9日，市长主持召开市政府常务会议，研究部署重点工作。</p>"
        "<h3>一、做好民生保障</h3><p>会议指出，要扎实做好民生保障，确保任务落到实处。</p>"
        "<p><strong>二、抓好安全生产</strong></p>"
        "<div>会议强调，要压实安全责任。<br>要加强隐患排查，坚决遏制事故发生。</div>"
        "</div></div>"
    )
    assert result.paragraphs == [
        "10月9日，市长主持召开市政府常务会议，研究部署重点工作。",
        "一、做好民生保障",
        "会议指出，要扎实做好民生保障，确保任务落到实处。",
        "二、抓好安全生产",
        "会议强调，要压实安全责任。",
        "要加强隐患排查，坚决遏制事故发生。",
    ]
    assert result.headings == [1, 3]
    assert result.published_at == "2020-10-09T18:37:00+08:00"
    assert result.source == "市政府办公室"


def test_share_bars_link_lists_and_hidden_text_are_skipped() -> None:
    related = "".join(f"<li><a href='/r{i}'>相关新闻标题第{i}条很长很长</a></li>" for i in range(8))
    result = article(
        "<h1>市政府召开常务会议</h1><div id='content'>"
        "<div class='bdshare'>分享到：微信 微博</div>"
        "<p>会议研究了城市更新工作，明确了今年的目标任务和责任分工。</p>"
        "<p style='display:none'>隐藏的采集干扰文字，不属于正文。</p>"
        f"<ul class='list'>{related}</ul>"
        "<p>会议要求，各部门要加强协作，形成工作合力，确保按期完成。</p>"
        "<div class='fontsize'>字号：大 中 小</div></div>"
    )
    assert result.paragraphs == [
        "会议研究了城市更新工作，明确了今年的目标任务和责任分工。",
        "会议要求，各部门要加强协作，形成工作合力，确保按期完成。",
    ]


def test_a_text_size_class_is_not_a_font_size_widget() -> None:
    """Hong Kong government releases set title and body in class "fontSize1" (a size tier of
    their font-size buttons); a short body in it was skipped as a widget ("no content block")."""
    result = article(
        "<div class='colLeft'><div class='font_size_btn'>字号：大 中 小</div>"
        "<div class='rel'><div class='fontSize1' id='PRHeadline'>"
        "<span id='PRHeadlineSpan'>市政府召开常务会议</span></div></div>"
        "<span id='pressrelease' class='fontSize1'>市政府今天召开常务会议，研究部署近期工作。<br>"
        "<div class='mB15 f15'>完</div></span></div>"
    )
    assert result.paragraphs == ["市政府今天召开常务会议，研究部署近期工作。", "完"]


def test_short_article_on_a_portal_page_is_still_found() -> None:
    teasers = "".join(
        f"<li><a href='/t{i}'>要闻{i}</a><p>这是第{i}条要闻的摘要，内容较长，包含多个句子。"
        f"它描述了另一件事情，并不是本文。读者可以点击阅读全文。</p></li>"
        for i in range(12)
    )
    result = article(
        "<div class='main'><article><header><h1>市政府召开常务会议</h1></header>"
        "<div class='body'><p>市政府今天召开常务会议，研究部署近期工作。</p></div></article></div>"
        f"<div class='stream'><ul>{teasers}</ul></div>"
    )
    assert result.paragraphs == ["市政府今天召开常务会议，研究部署近期工作。"]


def test_table_layout_answer_is_taken_whole() -> None:
    rows = "".join(
        f"<tr><td>({n})</td><td><p>第{n}项答复：政府会继续留意有关情况，适时检讨措施，"
        f"并向立法会汇报进展。</p></td></tr>"
        for n in "一二三"
    )
    result = article(
        "<div id='content'><h1>市政府召开常务会议</h1><p>问题：政府可否告知本会以下事项？</p>"
        f"<p>答复：主席：</p><table>{rows}</table></div>"
    )
    assert result.paragraphs[0] == "问题：政府可否告知本会以下事项？"
    assert result.paragraphs[-1].startswith("第三项答复")
    assert "(二)" in result.paragraphs


def test_profile_selectors_take_precedence() -> None:
    html = (
        "<html><head><title>新聞稿 - 臺北市政府</title></head><body>"
        "<div class='sidebar'><p>這是側欄的長文字，介紹市政府各局處的業務與聯絡方式，內容很多。</p>"
        "<p>另一段側欄文字，說明網站的使用方式與隱私權政策，也相當冗長。</p></div>"
        "<h3 class='news-title'>臺北市推動綠色運輸</h3><span class='pub'>發布日期：113-05-20</span>"
        "<div class='area-essay'><p>臺北市政府今日宣布推動綠色運輸。</p></div></body></html>"
    )
    profile = SiteProfile(
        name="taipei-test",
        city="臺北",
        start_urls=("https://www.gov.taipei/News.aspx",),
        article_url_pattern=r"News_Content",
        timezone="Asia/Taipei",
        selectors=FieldSelectors(title="h3.news-title", body="div.area-essay", date="span.pub"),
    )
    result = extract_article(
        html.encode("utf-8"), "https://www.gov.taipei/News_Content.aspx?n=1", profile=profile
    )
    assert result.title == "臺北市推動綠色運輸"
    assert result.paragraphs == ["臺北市政府今日宣布推動綠色運輸。"]
    assert result.published_at == "2024-05-20T00:00:00+08:00"
    assert result.date_evidence == "selector(date-only)"
    assert result.site == "taipei-test"


def test_a_stale_body_selector_falls_back_to_the_generic_extractor() -> None:
    profile = SiteProfile(
        name="stale",
        city="示例",
        start_urls=(URL,),
        article_url_pattern="art_",
        selectors=FieldSelectors(body="div.no-longer-there"),
    )
    html = (
        "<html><head><title>市政府召开常务会议</title></head><body><h1>市政府召开常务会议</h1>"
        "<div><p>会议研究部署了近期重点工作，要求各部门抓好落实。</p></div></body></html>"
    )
    result = extract_article(html.encode("utf-8"), URL, profile=profile)
    assert result.paragraphs == ["会议研究部署了近期重点工作，要求各部门抓好落实。"]


def test_a_lead_box_next_to_the_title_does_not_replace_the_article() -> None:
    result = article(
        "<div class='article'><h1>市政府召开常务会议</h1>"
        "<div class='summary'>导读：会议听取了前三季度经济运行情况汇报，研究了四季度重点工作，"
        "部署了安全生产、民生保障、城市更新等方面的任务，强调要确保全年目标完成。</div>"
        "<p>会议指出，前三季度全市经济稳中向好。</p><p>会议强调，要抓好四季度各项工作。</p></div>"
    )
    assert result.paragraphs[0].startswith("导读：")
    assert result.paragraphs[-1] == "会议强调，要抓好四季度各项工作。"
