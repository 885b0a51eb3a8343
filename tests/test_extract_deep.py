"""crawler.extract: deep or unclosed markup is parsed whole, or refused with a reason.

libxml2 stops an HTML parse at 256 levels of nesting and keeps only what came before, without
failing: an old page that leaves `<font>` open in every paragraph lost everything after its
127th paragraph.
"""

from __future__ import annotations

import pytest

from crawler.extract import extract_article
from crawler.extract.dom import parse_html
from crawler.extract.errors import TooDeepError

URL = "http://www.example.gov.cn/art/2005/3/1/art_1.html"
TITLE = "市政府召开全体会议"


def page(body: str) -> bytes:
    head = f"<html><head><meta charset='utf-8'><title>{TITLE}</title></head>"
    return f"{head}<body><h1>{TITLE}</h1><div>{body}</div></body></html>".encode()


def paragraph(number: int) -> str:
    return f"第{number}段：会议研究部署了当前各项重点工作，要求各部门抓好落实。"


@pytest.mark.parametrize("opener", ["<font color='#000000'>", "<FONT size=3><b>"])
def test_every_paragraph_of_unclosed_font_tags_is_kept(opener: str) -> None:
    body = "".join(f"{opener}<p>{paragraph(n)}" for n in range(400))
    article = extract_article(page(body), URL)
    assert article.paragraphs == [paragraph(n) for n in range(400)]


def test_more_unclosed_tags_than_even_a_huge_tree_holds() -> None:
    # 1,500 paragraphs nest about 3,000 levels deep: past libxml2's XML_PARSE_HUGE limit (2048).
    body = "".join(f"<font face='宋体'><p>{paragraph(n)}" for n in range(1500))
    article = extract_article(page(body), URL)
    assert len(article.paragraphs) == 1500
    assert article.paragraphs[-1] == paragraph(1499)


def test_shallow_pages_keep_their_formatting_tags() -> None:
    # The flattening re-parse is only for pages past the limit; others are parsed as written.
    root = parse_html("<html><body><p><font color=red>市政府</font><b>通知</b></p></body></html>")
    assert root.find(".//font") is not None
    assert root.find(".//b") is not None


def test_structure_nested_beyond_the_limit_is_refused_with_a_reason() -> None:
    # No page nests 200,000 blocks; the text at the bottom cannot be reached by the parser, and
    # removing structural tags would invent an article from a broken or hostile page. Refused,
    # with the reason counted (extract/error/too-deep), rather than "no content block found".
    depth = 200_000
    body = "<div>" * depth + paragraph(1) + "</div>" * depth
    with pytest.raises(TooDeepError) as caught:
        extract_article(page(body), URL)
    assert caught.value.kind == "too-deep"
    assert caught.value.reason.startswith("markup nested too deeply to parse whole")
    assert "Excessive depth" in caught.value.reason


def test_formatting_tags_do_not_hide_deep_structure() -> None:
    # 300 nested tables, each cell opening a <font>: too deep with or without the fonts.
    body = "<table><tr><td><font>" * 300 + paragraph(1)
    with pytest.raises(TooDeepError):
        extract_article(page(body), URL)
