"""crawler.extract.dates / dateline: every way a date is written, and which one is the page's."""

from __future__ import annotations

import random
import re
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from crawler.extract import dateline
from crawler.extract.dateline import PageDates, choose_dates
from crawler.extract.dates import FoundDate, parse_date, url_date, url_month, zone_for

SHANGHAI = ZoneInfo("Asia/Shanghai")
TAIPEI = ZoneInfo("Asia/Taipei")


def iso(text: str, zone: ZoneInfo = SHANGHAI, *, roc_bare: bool = False) -> str | None:
    found = parse_date(text, zone, roc_bare=roc_bare)
    return found.when.isoformat() if found else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2020-10-09", "2020-10-09T00:00:00+08:00"),
        ("2020年10月9日", "2020-10-09T00:00:00+08:00"),
        ("2020/10/09 18:37", "2020-10-09T18:37:00+08:00"),
        ("2020.10.09", "2020-10-09T00:00:00+08:00"),
        ("2020-1-5", "2020-01-05T00:00:00+08:00"),
        ("2022年02月13日07:48", "2022-02-13T07:48:00+08:00"),
        ("2019-09-26 07:19:52", "2019-09-26T07:19:52+08:00"),
        ("2020年10月9日18时37分", "2020-10-09T18:37:00+08:00"),
        ("２０２０年１０月９日 １８：３７", "2020-10-09T18:37:00+08:00"),
        ("２０２０／１０／０９", "2020-10-09T00:00:00+08:00"),
        ("2024年5月22日週三 下午8:21", "2024-05-22T20:21:00+08:00"),
        ("2024年5月20日（星期一）", "2024-05-20T00:00:00+08:00"),
        ("一九九八年九月七日（星期一）", "1998-09-07T00:00:00+08:00"),
        ("二〇二〇年十月三十一日", "2020-10-31T00:00:00+08:00"),
        ("民國113年5月20日", "2024-05-20T00:00:00+08:00"),
        ("民国99年12月1日", "2010-12-01T00:00:00+08:00"),
        ("2007-08-20-23:59:59", "2007-08-20T23:59:59+08:00"),  # gov.cn's firstpublishedtime
    ],
)
def test_formats(text: str, expected: str) -> None:
    assert iso(text) == expected


@pytest.mark.parametrize("text", ["2020-13-09", "2020-02-30", "编号 12345678", "第2020期"])
def test_non_dates(text: str) -> None:
    assert iso(text) is None


def test_iso_offsets_are_converted_to_the_site_zone() -> None:
    assert iso("2024-05-22T00:21:04.000Z") == "2024-05-22T08:21:04+08:00"
    assert iso("2020-10-09T18:37:00+09:00") == "2020-10-09T17:37:00+08:00"


def test_bare_roc_dates_only_on_taiwanese_sites() -> None:
    for text in ("113/05/20", "113.05.20", "113-05-20"):
        assert iso(text, TAIPEI, roc_bare=True) == "2024-05-20T00:00:00+08:00"
        assert iso(text, SHANGHAI) is None
    assert iso("113/05/20 10:30", TAIPEI, roc_bare=True) == "2024-05-20T10:30:00+08:00"


@pytest.mark.parametrize(
    ("url", "zone"),
    [
        ("https://www.info.gov.hk/gia/general/202405/22/P1.htm", "Asia/Hong_Kong"),
        ("https://www.gov.mo/zh-hant/news/1/", "Asia/Macau"),
        ("https://www.cna.com.tw/news/asoc/201603190029.aspx", "Asia/Taipei"),
        ("https://www.gov.taipei/News_Content.aspx?n=1", "Asia/Taipei"),
        ("http://www.bynr.gov.cn/a.html", "Asia/Shanghai"),
    ],
)
def test_zone_by_top_level_domain(url: str, zone: str) -> None:
    assert zone_for(url).key == zone
    assert zone_for(url, "Asia/Macau").key == "Asia/Macau"  # the profile wins


@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("http://www.shanxi.gov.cn/yw/sxyw/201909/t20190918_693227.shtml", "2019-09-18"),
        ("http://fgw.zj.gov.cn/art/2016/11/22/art_1621004_30332664.html", "2016-11-22"),
        ("https://www.info.gov.hk/gia/general/202405/22/P2024052200321.htm", "2024-05-22"),
        ("http://culture.people.com.cn/n1/2019/0615/c1013-31153719.html", "2019-06-15"),
    ],
)
def test_url_dates(url: str, day: str) -> None:
    found = url_date(url, SHANGHAI)
    assert found is not None and found.when.date().isoformat() == day


@pytest.mark.parametrize(
    ("url", "filed_under"),
    [
        ("https://suihua.example.cn/sh/cwhy/202603/c12_228982.shtml", "2026-03"),
        ("https://county.example.cn/a/2020/newsshow_28174.html", "2020"),
        ("https://daily.example.tw/2021/07/blog-post_763.html", "2021-07"),
        ("https://news.example.mo/2017-11/", "2017-11"),
        ("http://culture.example.cn/n1/2019/0615/c1013-31153719.html", None),  # url_date's
        ("https://news.example.cn/a/123456.html", None),
        ("https://news.example.cn/2020.html", None),  # a file, not a folder
        ("https://news.example.cn/202613/a.html", None),  # no 13th month: no folder of a month
        ("https://city.example.cn/info/1941/1090792.htm", None),  # a column, not a year of the web
    ],
)
def test_url_month(url: str, filed_under: str | None) -> None:
    assert url_month(url) == filed_under


def page(stream: str, **extra: object) -> PageDates:
    fields: dict[str, object] = {
        "url": "http://news.example.cn/a.html",
        "zone": SHANGHAI,
        "stream": stream,
        "title": "市政府召开常务会议",
    }
    fields.update(extra)
    return PageDates(**fields)  # type: ignore[arg-type]


def test_publication_label_beats_update_label() -> None:
    stream = (
        "首页\n市政府召开常务会议\n更新时间：2020-10-12 09:00\n发布时间：2020-10-09 18:37\n正文"
    )
    result = choose_dates(page(stream))
    assert result.published_at == "2020-10-09T18:37:00+08:00"
    assert result.updated_at == "2020-10-12T09:00:00+08:00"
    assert result.evidence == "label:发布时间"


def test_traditional_labels() -> None:
    stream = "市政府召開常務會議\n最新更新：2016/03/19 10:48\n發佈日期：2016/03/19 08:15"
    result = choose_dates(page(stream, title="市政府召開常務會議"))
    assert result.published_at == "2016-03-19T08:15:00+08:00"
    assert result.updated_at == "2016-03-19T10:48:00+08:00"


def test_meta_tag_beats_visible_text_and_borrows_its_time() -> None:
    stream = "市政府召开常务会议\n2022年02月13日07:48 | 来源：新华日报\n正文"
    result = choose_dates(page(stream, meta=(("publishdate", "2022-02-13"),)))
    assert result.published_at == "2022-02-13T07:48:00+08:00"
    assert result.evidence == "meta:publishdate+time:visible"


def test_json_ld_date_published() -> None:
    jsonld = (("datepublished", "2019-03-18T23:59:13+08:00"),)
    result = choose_dates(page("正文", jsonld=jsonld))
    assert result.published_at == "2019-03-18T23:59:13+08:00"
    assert result.evidence == "jsonld:datepublished"


def test_info_bar_date_after_the_title() -> None:
    stream = "热点\n2020-09-01\n市政府召开常务会议\n2020-10-04 20:30\n来源: 长江网\n正文……"
    result = choose_dates(page(stream))
    assert result.published_at == "2020-10-04T20:30:00+08:00"
    assert result.evidence == "visible"


def test_a_date_inside_a_sentence_is_not_the_publication_date() -> None:
    lead = "2019年2月27日下午，佛山顺德区大良街道党工委委员一行到众创金融街开展调研，市金融局副局长陪同。"
    stream = f"市政府召开常务会议\n来源于：东区办事处\n{lead}\n发布日期：2019-03-06 责任编辑：龙慧"
    result = choose_dates(page(stream, paragraphs=(lead,)))
    assert result.published_at == "2019-03-06T00:00:00+08:00"
    assert result.evidence == "label:发布日期(date-only)"


def test_url_date_is_the_last_resort() -> None:
    url = "http://www.shanxi.gov.cn/yw/201909/t20190918_693227.shtml"
    assert choose_dates(page("正文没有日期", url=url)).evidence == "url(date-only)"
    stated = choose_dates(page("市政府召开常务会议\n发布日期：2019-09-17", url=url))
    assert stated.published_at == "2019-09-17T00:00:00+08:00"


def test_press_release_closing_date_line() -> None:
    paragraphs = ("以下為今日的答覆：" + "政府會繼續留意。" * 50, "完")
    stream = (
        f"立法會十八題\n{paragraphs[0]}\n{paragraphs[1]}\n2024年5月22日（星期三）\n香港時間15時10分"
    )
    hong_kong = ZoneInfo("Asia/Hong_Kong")
    result = choose_dates(page(stream, title="立法會十八題", paragraphs=paragraphs, zone=hong_kong))
    assert result.published_at == "2024-05-22T15:10:00+08:00"
    assert result.evidence == "body-end"


def test_english_press_release_closing() -> None:
    paragraphs = (
        "The Centre for Health Protection today (January 7) reported a negative result.",
        "Ends/Tuesday, January 7, 2020",
        "Issued at HKT 18:42",
        "NNNN",
    )
    hong_kong = ZoneInfo("Asia/Hong_Kong")
    url = "https://www.info.gov.hk/gia/general/202001/07/P2020010700619.htm"
    stream = "\n".join(("Suspected case tests negative for MERS-CoV", *paragraphs))
    result = choose_dates(
        page(stream, url=url, title="Suspected case", paragraphs=paragraphs, zone=hong_kong)
    )
    assert result.published_at == "2020-01-07T18:42:00+08:00"
    assert result.evidence == "body-end"
    # Without the "Issued at" line: the closing's date, no time.
    stream = "\n".join(("Suspected case tests negative for MERS-CoV", *paragraphs[:2]))
    dated = choose_dates(page(stream, paragraphs=paragraphs[:2], zone=hong_kong))
    assert dated.published_at == "2020-01-07T00:00:00+08:00"
    assert dated.evidence == "body-end(date-only)"


def test_update_date_only_as_a_last_resort() -> None:
    result = choose_dates(page("正文\n修订日期: 2004年2月19日"))
    assert result.published_at == "2004-02-19T00:00:00+08:00"
    assert result.evidence == "update-only:label:修订日期(date-only)"


def test_profile_selector_text_wins() -> None:
    stream = "市政府召开常务会议\n发布时间：2020-10-09"
    result = choose_dates(page(stream, selector_text="2020年10月8日 09:00"))
    assert result.published_at == "2020-10-08T09:00:00+08:00"
    assert result.evidence == "selector"


def test_roc_dates_on_a_taiwanese_page() -> None:
    stream = "臺北市推動綠色運輸計畫\n發布日期：113-05-20\n內容"
    result = choose_dates(page(stream, title="臺北市推動綠色運輸計畫", zone=TAIPEI, roc_bare=True))
    assert result.published_at == "2024-05-20T00:00:00+08:00"


# The regex-based search `_near_title` and `_lines_after_body` used before `_spaced_ends`, kept
# as the oracle: `_spaced_ends` replaced it (a re.compile per page) and must give the same ends.
def regex_ends(text: str, chars: str) -> list[int]:
    pattern = re.compile(r"\s*".join(map(re.escape, chars)))
    return [match.end() for match in pattern.finditer(text)]


def old_near_title(page: PageDates, visible: list[dateline._Visible]) -> list[dateline._Visible]:
    prefix = "".join(page.title.split())[: dateline._TITLE_PREFIX]
    if len(prefix) < 4:
        return []
    for end in regex_ends(page.stream, prefix):
        near = [v for v in visible if end <= v.start <= end + dateline._NEAR_TITLE_CHARS]
        if near:
            return near
    return []


def old_lines_after_body(page: PageDates) -> list[str]:
    if not page.paragraphs:
        return []
    tail = "".join("".join(page.paragraphs[-3:]).split())[-dateline._TITLE_PREFIX :]
    if len(tail) < 4:
        return []
    ends = regex_ends(page.stream, tail)
    if not ends:
        return []
    return page.stream[ends[-1] :].split("\n")[1 : 1 + dateline._BODY_END_BLOCKS]


# Whitespace text nodes put inside headlines: spaces, ideographic space, newlines, nbsp, tabs.
SPACES = (" ", "\u3000", "\n", "\xa0", "\t", "\r\n", " \n\u3000", "\u2003")
# Regex metacharacters, CJK, digits, and few enough characters that occurrences overlap.
CHARACTERS = "市政府召开会议。a1.*+?()[]{}|^$\\-"


def spaced(rng: random.Random, text: str) -> str:
    """`text` with whitespace runs inserted between (and around) some of its characters."""
    out = []
    for char in text:
        if rng.random() < 0.3:
            out.append("".join(rng.choice(SPACES) for _ in range(rng.randint(1, 3))))
        out.append(char)
    return "".join(out)


def random_text(rng: random.Random, chars: str, alphabet: str) -> str:
    """Copies of `chars` (whole, cut short, spaced out) among noise from `alphabet`."""
    pieces = []
    for _ in range(rng.randint(0, 6)):
        roll = rng.random()
        if roll < 0.4:
            pieces.append(spaced(rng, chars))
        elif roll < 0.6:
            pieces.append(spaced(rng, chars[: rng.randint(0, len(chars))]))
        else:
            noise = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 8)))
            pieces.append(spaced(rng, noise))
    return "".join(pieces)


@pytest.mark.parametrize("few_places", [32, 2, 0])  # 0: always anchors on the rarest character
@pytest.mark.parametrize("alphabet", [CHARACTERS, "ab", "市.*"])
def test_spaced_search_matches_the_regex_it_replaced(
    alphabet: str, few_places: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dateline, "_FEW_PLACES", few_places)
    rng = random.Random(f"{alphabet}{few_places}")
    for _ in range(2000):
        chars = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 10)))
        text = random_text(rng, chars, alphabet)
        if rng.random() < 0.3:  # more than `_FEW_PLACES` of some characters: other anchors
            text += spaced(rng, "".join(rng.choice(chars) for _ in range(rng.randint(0, 80))))
        assert list(dateline._spaced_ends(text, chars)) == regex_ends(text, chars), (text, chars)


def test_title_and_body_end_searches_match_the_regex_versions() -> None:
    rng = random.Random(20240522)
    when = datetime(2024, 5, 22, tzinfo=SHANGHAI)
    for _ in range(1000):
        title = spaced(rng, "".join(rng.choice(CHARACTERS) for _ in range(rng.randint(2, 14))))
        last = spaced(rng, "".join(rng.choice(CHARACTERS) for _ in range(rng.randint(0, 12))))
        needles = ("".join(title.split()), "".join(last.split()))
        lines = [
            random_text(rng, rng.choice(needles), CHARACTERS) for _ in range(rng.randint(1, 12))
        ]
        stream = "\n".join(lines)
        paragraphs = tuple(rng.sample(("正文", last, spaced(rng, "完"), title), rng.randint(0, 3)))
        visible = [
            dateline._Visible(FoundDate(when, False, "visible"), start, False, False)
            for start in sorted(rng.sample(range(len(stream) + 1), min(3, len(stream) + 1)))
        ]
        dates = page(stream, title=title, paragraphs=paragraphs)
        assert dateline._near_title(dates, visible) == old_near_title(dates, visible)
        assert dateline._lines_after_body(dates) == old_lines_after_body(dates)
