"""Room: extract — dates: parsing every way these sites write one (`dateline.py` chooses which
date is the page's publication date).

Formats: 2020-10-09, 2020年10月9日, 2020/10/09 18:37, 2020.10.09, full-width digits, weekday
suffixes, 上午/下午 times, colon look-alikes in times (10∶08 with U+2236, 10︰08), ISO timestamps
with offsets, Chinese numerals (一九九八年九月七日, 二○二二年十二月三十一日), ASP's US clock
("7/5/2005 9:23:57 PM", month first) and Taiwan's ROC years (民國113年5月20日 and
中華民國一一五年九月四日 anywhere; 113/05/20, 113.05.20, 113-05-20 and 115年9月4日 only on
Taiwanese sites, where a 3-digit year can mean nothing else). Results are ISO 8601 in the site's
time zone (profile, else by TLD: .hk Hong Kong, .mo Macau, .tw/.taipei Taipei, otherwise
Shanghai); a stated offset ("Z", "+09:00") is converted into that zone. A date without a time is
local midnight, and the evidence of such a publication date ends in "(date-only)".

Also here: publication/update meta tags and JSON-LD fields, and the URL date (last resort).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from lxml import etree

# Full-width digits and separators appear in both scripts' pages. The patterns accept both
# widths directly (int() reads full-width digits), since translating whole pages is slow.
_D = "[0-9０-９]"
_D01 = "[01０１]"
_D03 = "[0-3０-３]"
_D05 = "[0-5０-５]"
_D02 = "[0-2０-２]"
_SEP = "[-/.－／．]"
# Colon look-alikes: full-width "：", RATIO "∶" (U+2236, Shanghai's TRS PubDate "10∶08"),
# the vertical presentation forms "︰" and "﹕".
_COLON = "[:：∶︰﹕]"

_TIME = (
    r"(?:[\sT\-]*(?:(?P<ampm>上午|下午|中午|晚上|凌晨|早上|AM|PM|am|pm)\s*)?"
    rf"(?P<H>{_D02}?{_D})\s*(?:{_COLON}|[时時点點])\s*(?P<M>{_D05}{_D})"
    rf"(?:\s*(?:{_COLON}|分)\s*(?P<S>{_D05}{_D}))?"
    rf"(?:\.{_D}+)?(?P<tz>Z|[+-]\d{{2}}:?\d{{2}})?)?"
)
_WEEKDAY = r"(?:\s*[(（]?\s*(?:星期|週|周|礼拜|禮拜)[一二三四五六日天]\s*[)）]?)?"
# The year's look-behind is checked after its first digit, not before: a pattern that starts
# with a character class lets the regex engine skip ahead to candidate digits (3x faster on
# a page; same matches: "(?<=1)9" is "19" where the 1 was just matched).
_YMD_YEAR = rf"(?P<y>[12１２](?<![0-9０-９.．].)(?:(?<=1)9|(?<=2)0|(?<=１)９|(?<=２)０){_D}{{2}})"
_YMD = re.compile(
    rf"{_YMD_YEAR}\s*(?:年\s*|(?P<sep>{_SEP})\s*)(?P<m>{_D01}?{_D})"
    rf"\s*(?:月\s*|(?P=sep)\s*)(?P<d>{_D03}?{_D})(?![0-9０-９])\s*日?" + _WEEKDAY + _TIME
)
_ROC = re.compile(
    rf"(?:民國|民国)\s*(?P<y>{_D}{{2,3}})\s*年\s*(?P<m>{_D01}?{_D})\s*月\s*(?P<d>{_D03}?{_D})\s*日"
    + _WEEKDAY
    + _TIME
)
# Bare ROC dates (113/05/20, 113.05.20, 113-05-20): only trusted on Taiwanese sites.
_ROC_BARE = re.compile(
    r"(?<![\d./-])(?P<y>1\d{2}|[89]\d)(?P<sep>[-/.])(?P<m>[01]?\d)(?P=sep)(?P<d>[0-3]?\d)"
    r"(?![\d./-])" + _WEEKDAY + _TIME
)
# Chinese-numeral dates (一九九八年九月七日, 二〇二〇年十月九日, 二○二二年十二月三十一日), common
# in Hong Kong releases and mainland government documents. Zero is written 〇, 零, ○ (a circle
# symbol) or a full-width Ｏ.
_CN_DIGIT = "〇零○◯Ｏ一二三四五六七八九"
_CN_VALUE = {char: index for index, char in enumerate("〇一二三四五六七八九")} | {
    "零": 0, "○": 0, "◯": 0, "Ｏ": 0
}  # fmt: skip
_CN_SMALL = r"(?:[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])"
_CN_DATE = re.compile(
    rf"(?P<y>[{_CN_DIGIT}]{{4}})\s*年\s*(?P<m>{_CN_SMALL})\s*月\s*(?P<d>{_CN_SMALL})\s*日"
    + _WEEKDAY
    + _TIME
)
# ROC years in Chinese numerals, digit by digit (中華民國一一五年) or positional (民國一百一十五年,
# 民國九十九年); only after 民國/民国, where a two- or three-numeral year can mean nothing else.
_CN_ROC_YEAR = rf"(?:[{_CN_DIGIT}]{{2,3}}|一百(?:零[一二三四五六七八九]|{_CN_SMALL})?|[二三四五六七八九]?十[一二三四五六七八九]?)"
_ROC_CN = re.compile(
    rf"(?:民國|民国)\s*(?P<y>{_CN_ROC_YEAR})\s*年\s*(?P<m>{_CN_SMALL})\s*月\s*(?P<d>{_CN_SMALL})\s*日"
    + _WEEKDAY
    + _TIME
)
# "115年9月4日" without 民國: Taiwanese sites write their own year so (trusted only there).
_ROC_BARE_CJK = re.compile(
    rf"(?<![0-9０-９])(?P<y>[1１]{_D}{{2}}|[89８９]{_D})\s*年\s*(?P<m>{_D01}?{_D})\s*月"
    rf"\s*(?P<d>{_D03}?{_D})\s*日" + _WEEKDAY + _TIME
)
_COMPACT = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})(?P<m>[01]\d)(?P<d>[0-3]\d)(?!\d)")

PUBLICATION_LABELS = (
    "发布时间", "发布日期", "發佈日期", "發布日期", "發佈時間", "發布時間", "发表时间", "發表時間",
    "发表日期", "發表日期", "发稿时间", "發稿時間", "出版日期", "刊登日期", "发布于", "發佈於",
    "發布於", "首發", "发表于", "發表於", "张贴于", "張貼於", "发帖时间", "發帖時間", "发贴时间",
    "發貼時間", "日期", "时间", "時間", "Published", "Posted", "Date",
)  # fmt: skip
# The date a government document was written or signed (成文日期), as opposed to the day it was
# published: kept in `document_date`, never taken for the publication date while one is stated.
DOCUMENT_LABELS = (
    "成文日期", "成文时间", "成文時間", "印发日期", "印發日期", "发文日期", "發文日期",
    "签发日期", "簽發日期", "签署日期", "簽署日期",
)  # fmt: skip
UPDATE_LABELS = (
    "更新时间", "更新日期", "更新時間", "最新更新", "最後更新", "最后更新", "修订日期", "修訂日期",
    "修改日期", "修改时间", "修改時間", "更新于", "更新於", "Updated", "Last updated", "Modified",
)  # fmt: skip

PUBLICATION_META = (
    "article:published_time", "og:article:published_time", "datepublished", "publishdate",
    "pubdate", "publish_date", "publishtime", "publish-time", "publication_date",
    "firstpublishedtime", "og:release_date", "release_date", "dc.date.issued", "dcterms.issued",
    "dcterms.created", "dc.date", "datecreated", "date.available", "date", "ptime",
    "weibo:article:create_at", "bytedance:published_time", "parsely-pub-date", "sailthru.date",
    "enpproperty:date",
)  # fmt: skip
UPDATE_META = (
    "article:modified_time", "og:updated_time", "datemodified", "lastmodifiedtime",
    "dcterms.modified", "last-modified", "weibo:article:update_at",
)  # fmt: skip

_TLD_ZONES = {
    ".hk": "Asia/Hong_Kong",
    ".mo": "Asia/Macau",
    ".tw": "Asia/Taipei",
    ".taipei": "Asia/Taipei",
}
_DEFAULT_ZONE = "Asia/Shanghai"
_UTC = ZoneInfo("UTC")
_URL_DATE = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})[/_-]?(?P<m>[01]\d)[/_-]?(?P<d>[0-3]\d)(?!\d)"
    r"|(?<!\d)(?P<y2>(?:19|20)\d{2})[/_-](?P<m2>[01]?\d)[/_-](?P<d2>[0-3]?\d)(?!\d)"
)


@dataclass(frozen=True)
class FoundDate:
    when: datetime  # aware, in the site's zone
    has_time: bool
    evidence: str
    start: int = 0  # where the date is written in the text it was found in
    end: int = 0


@dataclass(frozen=True)
class DateResult:
    published_at: str | None
    updated_at: str | None
    evidence: str
    document_date: str | None = None  # 成文日期: when a government document was written


def zone_for(url: str, timezone: str | None = None) -> ZoneInfo:
    """The site's zone: the profile's when given, else by the host's top-level domain."""
    if timezone:
        return ZoneInfo(timezone)
    host = (urlsplit(url).hostname or "").lower()
    for tld, zone in _TLD_ZONES.items():
        if host.endswith(tld):
            return ZoneInfo(zone)
    return ZoneInfo(_DEFAULT_ZONE)


def to_iso(found: FoundDate | None) -> str | None:
    return found.when.isoformat(timespec="seconds") if found else None


def parse_date(text: str, zone: ZoneInfo, *, roc_bare: bool = False) -> FoundDate | None:
    """The first date in `text`, or None; `roc_bare` allows 113/05/20 (Taiwanese sites)."""
    return next(iter_dates(text, zone, roc_bare=roc_bare), None)


def iter_dates(
    text: str, zone: ZoneInfo, *, roc_bare: bool = False, evidence: str = "text"
) -> Iterator[FoundDate]:
    """Every valid date in `text`, in order of position."""
    patterns = _ROC_PATTERNS if roc_bare else _PATTERNS
    matches: list[tuple[int, re.Match[str], int]] = []
    for pattern, offset, marks in patterns:
        # A pattern that needs a character the text lacks is not run: str's `in` is a C scan,
        # a regex tries every digit position of the page.
        if marks and not any(mark in text for mark in marks):
            continue
        matches.extend((m.start(), m, offset) for m in pattern.finditer(text))
    for _, match, offset in sorted(matches, key=lambda item: item[0]):
        found = _from_match(match, offset, zone, evidence)
        if found is not None:
            yield found


# ASP/IIS pages print the server's US-locale time: "7/5/2005 9:23:57 PM" is July 5. Month
# first only where the clock says AM/PM, which no day-first writing carries.
_US_CLOCK = re.compile(
    r"(?<![\d/])(?P<m>[01]?\d)/(?P<d>[0-3]?\d)/(?P<y>(?:19|20)\d{2})\s+"
    r"(?P<H>[012]?\d):(?P<M>[0-5]\d)(?::(?P<S>[0-5]\d))?\s*(?P<ampm>AM|PM|am|pm)(?![A-Za-z])"
)

# (pattern, year offset, characters one of which a match needs: none = always run)
_Pattern = tuple[re.Pattern[str], int, tuple[str, ...]]
_PATTERNS: tuple[_Pattern, ...] = (
    (_YMD, 0, ()),
    (_ROC, 1911, ("民",)),
    (_ROC_CN, 1911, ("民",)),
    (_CN_DATE, 0, ("年",)),
    (_US_CLOCK, 0, ("AM", "PM", "am", "pm")),
)
_ROC_PATTERNS = (*_PATTERNS, (_ROC_BARE, 1911, ()), (_ROC_BARE_CJK, 1911, ("年",)))


def _from_match(
    match: re.Match[str], year_offset: int, zone: ZoneInfo, evidence: str
) -> FoundDate | None:
    groups = match.groupdict()
    hour = int(groups["H"]) if groups.get("H") else None
    if hour is not None and groups.get("ampm") in {"下午", "晚上", "PM", "pm"} and hour < 12:
        hour += 12
    elif hour == 12 and groups.get("ampm") in {"AM", "am", "凌晨"}:
        hour = 0  # 12:30 AM is half past midnight
    try:
        when = datetime(
            _number(groups["y"]) + year_offset,
            _number(groups["m"]),
            _number(groups["d"]),
            hour or 0,
            int(groups["M"]) if hour is not None else 0,
            int(groups["S"] or 0) if hour is not None else 0,
        )
    except ValueError:  # 2020-13-45, 24:00 and friends are not dates
        return None
    local = _localize(when, groups.get("tz"), zone)
    return FoundDate(local, hour is not None, evidence, match.start(), match.end())


def _number(text: str) -> int:
    """An integer written in ASCII digits or Chinese numerals (一九九八, 十一, 二十三, 一百零五)."""
    if text.isdigit():  # ASCII or full-width digits
        return int(text)
    if "百" in text:  # ROC years: 一百一十五, 一百零五, 一百
        hundreds, _, rest = text.partition("百")
        rest = rest.lstrip("零〇○")
        return _CN_VALUE[hundreds] * 100 + (_number(rest) if rest else 0)
    if "十" not in text:  # digit by digit, as years are written
        return int("".join(str(_CN_VALUE[char]) for char in text))
    tens, _, units = text.partition("十")
    return (_CN_VALUE[tens] if tens else 1) * 10 + (_CN_VALUE[units] if units else 0)


def _localize(when: datetime, tz: str | None, zone: ZoneInfo) -> datetime:
    """Attach the site's zone; a stated offset ("Z", "+08:00") is honoured and converted."""
    if not tz:
        return when.replace(tzinfo=zone)
    utc = when
    if tz != "Z":
        sign = 1 if tz[0] == "+" else -1
        digits = tz[1:].replace(":", "")
        utc = when - sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
    return utc.replace(tzinfo=_UTC).astimezone(zone)


def parse_iso_or_text(value: str, zone: ZoneInfo, evidence: str) -> FoundDate | None:
    """A meta/JSON-LD value: ISO with offset, "2007-08-20-23:59:59", "2016/03/19 08:15", 2020年…"""
    found = next(iter_dates(value, zone, evidence=evidence), None)
    if found is None:
        compact = _COMPACT.search(value)
        if compact and len(value.strip()) <= 14:
            found = _from_match(compact, 0, zone, evidence)
    return found


def meta_dates(
    meta: dict[str, str], jsonld: dict[str, str], zone: ZoneInfo
) -> tuple[FoundDate | None, FoundDate | None]:
    """(publication, update) from meta tags, then JSON-LD."""
    published = _first_meta(meta, PUBLICATION_META, zone, "meta")
    updated = _first_meta(meta, UPDATE_META, zone, "meta")
    published = published or _first_meta(jsonld, ("datepublished", "datecreated"), zone, "jsonld")
    updated = updated or _first_meta(jsonld, ("datemodified",), zone, "jsonld")
    return published, updated


def _first_meta(
    values: dict[str, str], keys: Iterable[str], zone: ZoneInfo, kind: str
) -> FoundDate | None:
    for key in keys:
        if values.get(key):
            found = parse_iso_or_text(values[key], zone, f"{kind}:{key}")
            if found is not None:
                return found
    return None


def jsonld_fields(root: etree._Element) -> dict[str, str]:
    """datePublished/dateModified/author names from JSON-LD (first article object), lowercased.

    Must run before scripts are dropped from the tree. Broken JSON-LD is common (udn's
    BreadcrumbList repeats a key); a block that does not parse is skipped.
    """
    found: dict[str, str] = {}
    for script in root.iter("script"):
        if "ld+json" not in (script.get("type") or "") or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            continue
        for node in _walk_jsonld(data):
            for key in ("datePublished", "dateCreated", "dateModified"):
                value = node.get(key)
                if isinstance(value, str):
                    found.setdefault(key.lower(), value)
            author = _jsonld_name(node.get("author"))
            if author:
                found.setdefault("author", author)
    return found


# Founder's e-paper system writes each article's properties into a comment,
# "<!--enpproperty <articleid>…</articleid><date>2022-02-13 00:00:00:0</date>…/enpproperty-->".
_ENP_MARK = b"enpproperty"
_ENP_DATE = re.compile(rb"<date>\s*([0-9][0-9: ./-]{5,38}?)\s*</date>")
_ENP_WINDOW = 2000


def comment_properties(body: bytes) -> dict[str, str]:
    """Dates that e-paper pages keep in an HTML comment (the parser drops comments), as meta
    keys: {"enpproperty:date": "2022-02-13 00:00:00:0"}. Searched in the page's bytes (ASCII
    markup in every encoding these sites use): a byte scan in C, no decoding, no regex unless
    the mark is there."""
    start = body.find(_ENP_MARK)
    if start < 0:
        return {}
    found = _ENP_DATE.search(body, start, start + _ENP_WINDOW)
    return {"enpproperty:date": found.group(1).decode("ascii")} if found else {}


# Elements a page names for its date (<span id="paperdate">, <div class="pubdate">): one per
# page when it is the article's own date; a name repeated on many elements is a list's column.
# The attributes themselves are selected (cheaper for libxml2 than filtering elements on them).
_NAMES = etree.XPath("//body//@id | //body//@class")
_NAMED_DATE_MAX = 40  # a date element holds a date and a label, not a paragraph
_NAMED_DATE_CAP = 50


def named_date_texts(root: etree._Element) -> tuple[str, ...]:
    """Short texts of elements named for a date whose name no other element shares."""
    found: dict[tuple[str, str], list[str]] = {}
    seen: set[etree._Element] = set()
    for value in _NAMES(root):
        if "date" not in value.lower():
            continue
        element = value.getparent()
        if element in seen:  # reached again through its other name (id and class)
            continue
        seen.add(element)
        name = (element.get("id") or "", element.get("class") or "")
        found.setdefault(name, []).append(" ".join("".join(element.itertext()).split()))
        if len(seen) >= _NAMED_DATE_CAP:
            break
    return tuple(
        texts[0]
        for texts in found.values()
        if len(texts) == 1 and 6 <= len(texts[0]) <= _NAMED_DATE_MAX
    )


def _walk_jsonld(data: object) -> Iterator[dict[str, object]]:
    if isinstance(data, list):
        for item in data:
            yield from _walk_jsonld(item)
    elif isinstance(data, dict):
        yield data
        yield from _walk_jsonld(data.get("@graph", []))


def _jsonld_name(value: object) -> str:
    if isinstance(value, list):
        names = [_jsonld_name(item) for item in value]
        return "、".join(name for name in names if name)
    if isinstance(value, dict) and value.get("@type") in ("Person", None):
        name = value.get("name")
        return name.strip() if isinstance(name, str) else ""
    return value.strip() if isinstance(value, str) else ""


# A month or a year alone in the URL path: "/a/2020/", "/202603/", "/2020/06/", "/2020-06/".
# Only a year of the web's: a site's column number looks like a year as well
# ("/info/1941/1090792.htm" is column 1941 of a city's portal, not a page of 1941).
_URL_MONTH = re.compile(r"/(?P<y>199[5-9]|20\d{2})(?:[/_-]?(?P<m>0[1-9]|1[0-2]))?(?=/)")


def url_month(url: str) -> str | None:
    """The month ("2026-03") or the year ("2020") a URL's path files the page under, when it
    gives no full date; ``None`` otherwise. A report on a page without a date says "3月2日":
    the archive's folder supplies the year (and month) a reader would take from it."""
    path = urlsplit(url).path
    if _URL_DATE.search(path):
        return None  # a full date is url_date's
    match = _URL_MONTH.search(path)
    if match is None:
        return None
    year, month = match.group("y", "m")
    return f"{year}-{month}" if month else year


def url_date(url: str, zone: ZoneInfo) -> FoundDate | None:
    """A date in the URL path (/2020/10/09/, /202010/t20201009_, /2020-10-09/); last resort."""
    path = urlsplit(url).path
    for match in _URL_DATE.finditer(path):
        year, month, day = (
            match.group("y", "m", "d") if match.group("y") else match.group("y2", "m2", "d2")
        )
        try:
            return FoundDate(datetime(int(year), int(month), int(day), tzinfo=zone), False, "url")
        except ValueError:
            continue
    return None
