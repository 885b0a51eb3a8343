"""crawler.extract.page: what is not an article page is rejected with a short, countable reason."""

from __future__ import annotations

import pytest

from crawler.extract import ExtractionError, extract_article
from crawler.extract.errors import (
    EmptyPageError,
    NoBodyError,
    NotHtmlError,
    UndecodableError,
)

URL = "http://www.example.gov.cn/art/2020/10/9/art_1.html"
ARTICLE = (
    "<html><head><title>市政府召开常务会议_示例市人民政府</title></head><body>"
    "<h1>市政府召开常务会议</h1><div class='content'>"
    "<p>10月9日，市长主持召开市政府常务会议，研究部署近期重点工作。</p>"
    "<p>会议指出，要扎实做好民生保障，确保各项任务落到实处。</p></div></body></html>"
)


def reason_of(body: bytes) -> ExtractionError:
    with pytest.raises(ExtractionError) as caught:
        extract_article(body, URL)
    return caught.value


@pytest.mark.parametrize("body", [b"", b"   \r\n  "])
def test_empty(body: bytes) -> None:
    error = reason_of(body)
    assert isinstance(error, EmptyPageError)
    assert error.kind == "empty"
    assert error.reason == "empty page: no bytes in the response body"


def test_pdf() -> None:
    error = reason_of(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>")
    assert isinstance(error, NotHtmlError)
    assert error.reason == "not HTML: PDF document"


@pytest.mark.parametrize(
    ("body", "what"),
    [(b"\x89PNG\r\n\x1a\n\x00\x00", "PNG image"), (b"PK\x03\x04\x14\x00", "ZIP archive")],
)
def test_other_binary_formats(body: bytes, what: str) -> None:
    assert reason_of(body).reason.startswith(f"not HTML: {what}")


def test_binary_with_nul_bytes() -> None:
    error = reason_of(bytes(range(256)) * 16)
    assert isinstance(error, NotHtmlError)
    assert error.reason == "not HTML: binary data (control bytes)"


def test_text_without_markup() -> None:
    error = reason_of(b'{"code": 0, "data": []}')
    assert error.reason == "not HTML: no markup in the page"


def test_undecodable() -> None:
    error = reason_of(b"<html><body><p>" + b"\xff\x80\xff\x30" * 400 + b"</p></body></html>")
    assert isinstance(error, UndecodableError)
    assert error.reason.startswith("undecodable bytes")


def test_a_page_without_a_title_is_kept_untitled() -> None:
    # An archive does not throw text away: no <title>, heading or meta tag, and a body that
    # opens with a sentence (no headline line), so the title stays empty and says so.
    article = extract_article(
        "<html><body><p>只有一段没有标题的文字。</p></body></html>".encode(), URL
    )
    assert (article.title, article.title_evidence) == ("", "none")
    assert article.paragraphs == ["只有一段没有标题的文字。"]


def test_no_body() -> None:
    html = "<html><head><title>网站首页</title></head><body><a href='/'>首页</a></body></html>"
    error = reason_of(html.encode())
    assert isinstance(error, NoBodyError)
    assert error.reason.startswith("no body text")


def test_truncated_html_still_extracts() -> None:
    # A download cut off mid-tag and mid-character: lxml recovers, the decoder tolerates it.
    body = ARTICLE.encode("utf-8")
    cut = body[: body.index("确保".encode()) + 4]
    article = extract_article(cut, URL)
    assert article.title == "市政府召开常务会议"
    assert article.paragraphs[0].startswith("10月9日，市长主持召开")
    assert "lossy" in article.encoding_evidence


def test_a_good_page_passes() -> None:
    article = extract_article(ARTICLE.encode("gbk"), URL, http_charset="gbk")
    assert article.paragraphs == [
        "10月9日，市长主持召开市政府常务会议，研究部署近期重点工作。",
        "会议指出，要扎实做好民生保障，确保各项任务落到实处。",
    ]
    assert article.encoding == "gb18030"
    assert article.published_at == "2020-10-09T00:00:00+08:00"  # from the URL, nothing else
    assert article.date_evidence == "url(date-only)"
