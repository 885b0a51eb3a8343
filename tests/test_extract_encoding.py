"""crawler.extract.encoding: every real page decodes as labelled; wrong declarations are caught."""

from __future__ import annotations

import codecs
import json
import re
from pathlib import Path

import pytest

from crawler.extract import extract_article
from crawler.extract.encoding import MAX_LOSS_RATIO, declared_charsets, decode_html
from crawler.extract.errors import UndecodableError

REAL = Path(__file__).resolve().parent / "fixtures" / "real"
PAGES = sorted(p for p in REAL.glob("*.html"))

# WHATWG decodes the gb2312 label with GBK (Python's gb2312 codec maps A1A4 to U+30FB "・",
# browsers and GBK to U+00B7 "·"); that is the text the page shows.
WHATWG = {"gb2312": "gbk"}


def provenance(page: Path) -> dict[str, str]:
    return json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_real_page_decodes_as_labelled(page: Path) -> None:
    labelled = provenance(page)["encoding"]
    body = page.read_bytes()
    decoded = decode_html(body)
    assert decoded.text == body.decode(WHATWG.get(labelled, labelled))
    assert "lossy" not in decoded.evidence


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_real_page_evidence_names_the_declaration(page: Path) -> None:
    meta = provenance(page)
    body = page.read_bytes()
    decoded = decode_html(body)
    if body.startswith(codecs.BOM_UTF8):  # 101, 106: a byte-order mark outranks any declaration
        assert decoded.evidence == "bom:utf-8"
        return
    if not meta["declared_charset"]:  # 122, 204, 205…: no declaration at all
        assert decoded.evidence.startswith("detected:")
        assert decoded.encoding in ("utf-8", "gb18030")
        return
    declared = meta["declared_charset"].lower()
    assert decoded.evidence.startswith(f"meta:{declared}")
    if codecs.lookup(declared).name != codecs.lookup(meta["encoding"]).name:
        if meta["encoding"] == "gb18030":  # 203: gb2312 declared, characters only GB18030 has
            assert decoded.evidence == f"meta:{declared}->gb18030"
            return
        # 030-people, 031-163, 057-163: gb2312 declared over UTF-8 bytes.
        assert decoded.evidence == f"meta:{declared}->utf-8(valid-utf8)"
        assert decoded.encoding == "utf-8"


def test_gb_family_is_decoded_with_the_gb18030_superset() -> None:
    # 镕 is GBK but not GB2312, 𠀀 only exists in GB18030: both occur under a gb2312 label.
    text = '<meta charset="gb2312"><p>朱镕基 𠀀</p>'
    decoded = decode_html(text.encode("gb18030"))
    assert decoded.text == text
    assert decoded.encoding == "gb18030"
    assert decoded.evidence == "meta:gb2312->gb18030"


def test_gb2312_declared_but_utf8_bytes() -> None:
    text = '<meta http-equiv="Content-Type" content="text/html; charset=gb2312"><p>市政府新闻</p>'
    decoded = decode_html(text.encode("utf-8"))
    assert decoded.text == text
    assert decoded.evidence == "meta:gb2312->utf-8(valid-utf8)"


def test_big5_declared_page_with_hkscs_characters() -> None:
    # 𨋢 (lift) and 滙 are written with HKSCS code points that plain Big5 does not have.
    text = '<meta charset="big5"><p>大廈𨋢服務 滙豐</p>'
    decoded = decode_html(text.encode("big5hkscs"))
    assert decoded.text == text
    assert decoded.encoding == "big5hkscs"
    assert decoded.evidence == "meta:big5->big5hkscs"


def test_http_header_comes_before_meta() -> None:
    body = '<meta charset="utf-8"><p>新聞公報</p>'.encode("big5")
    decoded = decode_html(body, http_charset="Big5")
    assert decoded.text.endswith("新聞公報</p>")
    assert decoded.evidence == "http:big5->big5hkscs"
    assert declared_charsets(body, "Big5") == [("http", "big5"), ("meta", "utf-8")]


@pytest.mark.parametrize(
    ("bom", "codec"),
    [(codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le")],
)
def test_byte_order_mark_wins(bom: bytes, codec: str) -> None:
    text = '<meta charset="gbk"><p>澳門特別行政區</p>'
    decoded = decode_html(bom + text.encode(codec))
    assert decoded.text == text
    assert decoded.evidence == f"bom:{codec}"


def test_undeclared_gbk_is_detected() -> None:
    decoded = decode_html("<p>巴彦淖尔市人民政府新闻发布会今天举行。</p>".encode("gbk"))
    assert decoded.encoding == "gb18030"
    assert decoded.evidence == "detected:gb18030(detected)"


def test_pure_ascii_reports_the_declared_codec() -> None:
    decoded = decode_html(b'<meta charset="gb2312"><p>2020</p>')
    assert decoded.text == '<meta charset="gb2312"><p>2020</p>'
    assert decoded.evidence == "meta:gb2312(ascii)"


def test_a_few_bad_bytes_are_replaced_and_recorded() -> None:
    good = "<meta charset=utf-8><p>" + "长江日报讯，武汉市今天召开新闻发布会。" * 20 + "</p>"
    body = good.encode("utf-8") + b"\xff"  # one stray byte, e.g. a truncated include
    decoded = decode_html(body)
    assert decoded.encoding == "utf-8"
    assert decoded.evidence == "meta:utf-8(lossy:1)"
    assert decoded.text == good + "\ufffd"


def test_truncated_last_character_is_tolerated() -> None:
    body = "<meta charset=utf-8><p>中国人民政府新闻</p>中".encode()[:-1]
    decoded = decode_html(body)
    assert decoded.text.startswith("<meta charset=utf-8><p>中国人民政府新闻</p>")
    assert "lossy:1" in decoded.evidence


def test_undecodable_bytes_raise_with_a_reason() -> None:
    # Byte pairs that no Chinese codec (nor UTF-8) can read: 0xFF is never a lead byte there.
    body = b"<p>" + b"\xff\x80\xff\x30" * 400 + b"</p>"
    with pytest.raises(UndecodableError) as caught:
        decode_html(body)
    assert caught.value.reason.startswith("undecodable bytes")
    assert caught.value.kind == "undecodable"


def test_loss_threshold_is_small() -> None:
    assert 0 < MAX_LOSS_RATIO <= 0.05


# --- Big5 bytes labelled gb2312 --------------------------------------------------------------
# GB18030 decodes almost any Big5 byte pair without error, into private-use characters, kana
# and rare characters. A real Traditional Chinese page (cna.com.tw, UTF-8) is re-encoded to
# Big5 and labelled gb2312; its few characters Big5 lacks become character references.
CNA = REAL / "046-cna.com.tw.html"
CNA_META = '<meta charset="utf-8" />'


def cna_in_big5(meta: str) -> tuple[str, bytes]:
    """The page as it should decode, and its Big5 bytes with `meta` for its declaration."""
    text = CNA.read_text(encoding="utf-8").replace(CNA_META, meta)
    body = text.encode("big5hkscs", "xmlcharrefreplace")
    return body.decode("big5hkscs"), body


@pytest.mark.parametrize(
    ("meta", "http", "evidence"),
    [
        ('<meta charset="gb2312" />', None, "meta:gb2312->big5hkscs("),
        ('<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />', None,
         "meta:gb2312->big5hkscs("),
        ('<meta charset="gb2312" />', "gb2312", "http:gb2312->big5hkscs("),
        (CNA_META, "GB2312", "http:gb2312->big5hkscs("),  # header wrong, meta (utf-8) too
    ],
    ids=["meta-charset", "meta-http-equiv", "http-and-meta", "http-over-utf8-meta"],
)  # fmt: skip
def test_big5_bytes_labelled_gb2312_decode_as_big5(
    meta: str, http: str | None, evidence: str
) -> None:
    expected, body = cna_in_big5(meta)
    assert body.decode("gb18030")  # the label's codec "succeeds": the old code kept its garble
    decoded = decode_html(body, http_charset=http)
    assert decoded.text == expected
    assert decoded.encoding == "big5hkscs"
    assert decoded.evidence.startswith(evidence)
    # What was seen, with numbers: the GB reading's private-use/kana count, then the Big5 one's
    # (the page's Japanese-edition menu has some kana).
    assert re.fullmatch(
        r".*\(gb18030 gave \d{3,} private-use/kana/bopomofo characters, big5hkscs \d{1,2}\)",
        decoded.evidence,
    )


def test_big5_page_labelled_gb2312_extracts_like_the_original() -> None:
    _, body = cna_in_big5('<meta charset="gb2312" />')
    url = "https://www.cna.com.tw/news/asoc/201603190029.aspx"
    original = extract_article(CNA.read_bytes(), url)
    article = extract_article(body, url, http_charset="gb2312")
    assert article.encoding == "big5hkscs"
    assert article.encoding_evidence.startswith("http:gb2312->big5hkscs(gb18030 gave ")
    assert article.title == original.title == "平鎮輪胎行惡火 疏散7人1女命喪"
    assert article.paragraphs == original.paragraphs
    assert "桃園市平鎮區一家輪胎行" in article.content
    assert (article.published_at, article.authors) == (original.published_at, original.authors)


@pytest.mark.parametrize("http", [None, "gb2312"])
def test_genuine_gb2312_page_is_unaffected(http: str | None) -> None:
    body = (REAL / "012-people.com.cn.html").read_bytes()
    decoded = decode_html(body, http_charset=http)
    assert decoded.text == body.decode("gbk")
    assert decoded.evidence == f"{'http' if http else 'meta'}:gb2312->gb18030"


def test_gb2312_text_with_icons_and_a_japanese_word_stays_gb() -> None:
    # Private-use icon glyphs and kana in a Chinese page are few; these bytes also decode
    # strictly as Big5, which must not win.
    text = (
        '<meta charset="gb2312"><p>\ue001\ue002 市政府新闻：中日友好交流活动在东京举行，'
        "双方代表（日方称“ありがとう”）签署了合作协议，并就经贸、文化等领域深入交换意见。"
        "市领导在会上表示，将继续推动两地在教育、旅游和科技创新方面的务实合作。</p>"
    )
    body = text.encode("gb18030")
    decoded = decode_html(body)
    assert decoded.text == text
    assert decoded.evidence == "meta:gb2312->gb18030"


def test_implausible_decoding_without_a_better_codec_is_kept_and_said() -> None:
    # Mostly private-use characters, and a GB18030 four-byte character (𠀀) that no Big5 codec
    # decodes: nothing reads better, so the text stays as declared and the evidence says why.
    text = '<meta charset="gb2312"><p>市政府𠀀' + "\ue000\ue001\ue002\ue003" * 5 + "</p>"
    decoded = decode_html(text.encode("gb18030"))
    assert decoded.text == text
    assert decoded.evidence == (
        "meta:gb2312->gb18030(gb18030 gave 20 private-use/kana/bopomofo characters; "
        "no other codec reads it plausibly)"
    )
