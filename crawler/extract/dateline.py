"""Room: extract — which of the dates a page shows is its publication date (and its update date).

`dates.py` knows how dates are written; this module knows where a page states its own date.
Evidence, strongest first: the profile's date selector; publication meta tags and JSON-LD
(`article:published_time`, TRS `PubDate`, `publishdate`, `datePublished`, an e-paper's
`enpproperty` comment…); a labelled
publication date ("发布时间：", "發佈日期") in the info bar after the title; an unlabelled date
there ("2020-10-04 20:30 来源: 长江网") unless it sits inside a sentence; a labelled publication
date anywhere; the date line closing a press release ("2024年5月20日（星期一）" + "香港時間12時30分", or in
English "Ends/Tuesday, January 7, 2020" + "Issued at HKT 18:42");
a short date line just above the body (a post's header); the URL (/2020/10/09/,
t20201009_); and only when the page states nothing else, its update date.
Update labels ("更新时间", "修訂日期", "最新更新") and modified meta tags feed `updated_at` and
never win over a publication date; document labels ("成文日期", "發文日期") feed `document_date`
and stand for the publication date only on a page that states no other. An element the page
names for its date (an e-paper's `<span id="paperdate">`) ranks after labelled dates. A date-only value borrows the time of a visible same-day date
in the info bar or a labelled line.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import datetime
from zoneinfo import ZoneInfo

from crawler.extract.dates import (
    DOCUMENT_LABELS,
    PUBLICATION_LABELS,
    UPDATE_LABELS,
    DateResult,
    FoundDate,
    iter_dates,
    meta_dates,
    parse_date,
    to_iso,
    url_date,
)

_NEAR_TITLE_CHARS = 300
_LABEL_LOOKBACK = 16
_TITLE_PREFIX = 10
_BODY_END_BLOCKS = 4
_PROSE_LINE = 80
_DATE_LINE_MAX = 30
_FEW_PLACES = 32  # more places of a character than this: `_spaced_ends` finds a rarer one
_HK_TIME = re.compile(r"(?:香港時間|香港时间)\s*(\d{1,2})\s*[時时]\s*(\d{1,2})\s*分")
# The English closing of a Hong Kong government press release: "Ends/Tuesday, January 7, 2020",
# then (next line, or the same one) "Issued at HKT 18:42".
_ENDS_DATE = re.compile(
    r"^Ends\s*/\s*(?:[A-Za-z]+day\s*,\s*)?([A-Za-z]+)\s+(\d{1,2})\s*,\s*(\d{4})(?!\d)",
    re.IGNORECASE,
)
_ISSUED_AT = re.compile(r"\bIssued at HKT\s*(\d{1,2})\s*:\s*(\d{2})(?!\d)", re.IGNORECASE)
_MONTHS = {
    name: number
    for number, name in enumerate(
        ("january", "february", "march", "april", "may", "june", "july", "august",
         "september", "october", "november", "december"),
        start=1,
    )
}  # fmt: skip
# Longest labels first, so "发布日期" is found before its tail "日期" and "修订日期" is an update.
# "成文日期" is found before its tail "日期" and is a document date, not a publication date.
_UPDATE = frozenset(UPDATE_LABELS)
_DOCUMENT = frozenset(DOCUMENT_LABELS)
_LABEL_RE = re.compile(
    "|".join(
        re.escape(label)
        for label in sorted(
            {*PUBLICATION_LABELS, *UPDATE_LABELS, *DOCUMENT_LABELS}, key=lambda text: -len(text)
        )
    )
)


@dataclass(frozen=True)
class PageDates:
    """What `choose_dates` reads: everything is already extracted text, no tree."""

    url: str
    zone: ZoneInfo
    stream: str  # visible text of the page, one text node per line
    title: str
    paragraphs: tuple[str, ...] = ()
    meta: tuple[tuple[str, str], ...] = ()
    jsonld: tuple[tuple[str, str], ...] = ()
    selector_text: str = ""  # text the profile's date selector matched
    # Texts of elements named for a date (<span id="paperdate">); a function, so the tree is
    # searched only on the pages that state no stronger date.
    named: Callable[[], tuple[str, ...]] = tuple
    roc_bare: bool = False  # accept 113/05/20 (Taiwanese sites)


@dataclass(frozen=True)
class _Visible:
    found: FoundDate
    start: int
    update: bool
    labelled: bool
    document: bool = False  # labelled 成文日期: the document's date

    @property
    def publication(self) -> bool:
        """Labelled, and the label names the publication (not an update or the document)."""
        return self.labelled and not self.update and not self.document


def choose_dates(page: PageDates) -> DateResult:
    """Publication and update dates with the evidence for the publication date."""
    visible = _visible_dates(page)
    near = _near_title(page, visible)
    meta_pub, meta_upd = meta_dates(dict(page.meta), dict(page.jsonld), page.zone)
    selected = (
        parse_date(page.selector_text, page.zone, roc_bare=page.roc_bare)
        if page.selector_text
        else None
    )
    # Strongest first, each looked for only when every stronger one found nothing: most pages
    # stop at a meta tag or the info bar, before the costlier searches below.
    candidates: tuple[Callable[[], FoundDate | None], ...] = (
        lambda: selected,
        lambda: meta_pub,
        lambda: next((v.found for v in near if v.publication), None),
        lambda: next((v.found for v in near if not v.labelled and not _in_prose(page, v)), None),
        lambda: next((v.found for v in visible if v.publication), None),
        lambda: _named_date(page),
        lambda: _body_start_date(page),
        lambda: next((v.found for v in near if not v.labelled), None),
        lambda: _body_end_date(page),
        lambda: url_date(page.url, page.zone),
    )
    updated = meta_upd or next((v.found for v in near + visible if v.update), None)
    document = next((v.found for v in near + visible if v.document), None)
    published = next((found for find in candidates if (found := find()) is not None), None)
    # A page stating only when its document was written: that day is also its publication day.
    for fallback, kind in ((document, "document-only"), (updated, "update-only")):
        if published is None and fallback is not None:
            published = replace(fallback, evidence=f"{kind}:{fallback.evidence}")
    if published is not None and not published.has_time:
        published = _borrow_time(published, near + [v for v in visible if v.labelled])
    if selected is not None:
        published = replace(published or selected, evidence="selector")
    evidence = published.evidence if published else "none"
    if published is not None and not published.has_time:
        evidence += "(date-only)"
    return DateResult(to_iso(published), to_iso(updated), evidence, to_iso(document))


def _named_date(page: PageDates) -> FoundDate | None:
    """The date in an element the page names for it (an e-paper's <span id="paperdate">)."""
    for text in page.named():
        found = parse_date(text, page.zone, roc_bare=page.roc_bare)
        if found is not None:
            return replace(found, evidence="named-element")
    return None


def _visible_dates(page: PageDates) -> list[_Visible]:
    """Every date in the visible text with its label (publication/update/none)."""
    found: list[_Visible] = []
    previous_end = 0
    for date in iter_dates(page.stream, page.zone, roc_bare=page.roc_bare, evidence="visible"):
        # The label sits just before the date, never before the previous date.
        before = page.stream[max(previous_end, date.start - _LABEL_LOOKBACK) : date.start]
        labels = _LABEL_RE.findall(before)
        label = labels[-1] if labels else ""  # the one closest to the date
        labelled = replace(date, evidence=f"label:{label}" if label else "visible")
        update, document = label in _UPDATE, label in _DOCUMENT
        found.append(_Visible(labelled, date.start, update, bool(label), document))
        previous_end = date.end
    return found


def _near_title(page: PageDates, visible: list[_Visible]) -> list[_Visible]:
    """Dates within a few lines after an occurrence of the title (the article's info bar)."""
    prefix = "".join(page.title.split())[:_TITLE_PREFIX]
    if len(prefix) < 4:
        return []
    # The title's characters with any whitespace between them: text nodes split headlines.
    for end in _spaced_ends(page.stream, prefix):
        near = [v for v in visible if end <= v.start <= end + _NEAR_TITLE_CHARS]
        if near:
            return near
    return []


def _in_prose(page: PageDates, date: _Visible) -> bool:
    """Whether an unlabelled date sits inside a sentence of the body ("2019年2月27日下午，…").

    Info-bar dates stand on a short line of their own; a date on a long line, or on a line that
    is part of a long body paragraph, is an event the article talks about.
    """
    line_start = page.stream.rfind("\n", 0, date.start) + 1
    line_end = page.stream.find("\n", date.start)
    line = page.stream[line_start : line_end if line_end >= 0 else len(page.stream)]
    if len(line) > _PROSE_LINE:
        return True
    return any(line in block for block in page.paragraphs if len(block) > _PROSE_LINE // 2)


def _body_end_date(page: PageDates) -> FoundDate | None:
    """A short line that is only a date, closing the body or just after it.

    Press releases end with their date ("2024年5月20日（星期一）" then "香港時間12時30分"),
    sometimes inside the body container, sometimes in the block after it.
    """
    closing = [*page.paragraphs[-_BODY_END_BLOCKS:], *_lines_after_body(page)]
    for index, block in enumerate(closing):
        text = block.strip()
        ends = _ends_date(text, closing[index + 1 : index + 2], page.zone)
        if ends is not None:
            return ends
        if not text or len(text) > _DATE_LINE_MAX:
            continue
        found = parse_date(text, page.zone, roc_bare=page.roc_bare)
        if found is None:
            continue
        clock = _HK_TIME.search(" ".join(closing[index + 1 : index + 2]))
        if clock and not found.has_time:
            when = found.when.replace(hour=int(clock.group(1)), minute=int(clock.group(2)))
            return FoundDate(when, True, "body-end")
        return replace(found, evidence="body-end")
    return None


def _body_start_date(page: PageDates) -> FoundDate | None:
    """A short line that is only a date, just above the first body paragraph.

    A post's header (forums, blog archives: "湘菜粤菜 兵分两路" then "2005-06-14 03:25:55")
    dates the post the body was taken from, where the page's title names only the site.
    """
    for line in reversed(_lines_before_body(page)):
        text = line.strip()
        if text and len(text) <= _DATE_LINE_MAX:
            found = parse_date(text, page.zone, roc_bare=page.roc_bare)
            if found is not None:
                return replace(found, evidence="body-start")
    return None


def _lines_before_body(page: PageDates) -> list[str]:
    """The few visible lines that precede the first body paragraph."""
    head = "".join(page.paragraphs[0].split())[:_TITLE_PREFIX] if page.paragraphs else ""
    if len(head) < 4:
        return []
    end = next(_spaced_ends(page.stream, head), -1)
    if end < 0:
        return []
    # The paragraph's own line starts before its first characters (written without gaps, or
    # nearly: the line break is searched for from where the head would start unspaced).
    start = page.stream.rfind("\n", 0, max(0, end - len(head)))
    return page.stream[: max(start, 0)].split("\n")[-_BODY_END_BLOCKS:]


def _ends_date(text: str, following: list[str], zone: ZoneInfo) -> FoundDate | None:
    """The date (and time) of an English release closing, "Ends/…, January 7, 2020"."""
    found = _ENDS_DATE.match(text)
    month = _MONTHS.get(found.group(1).lower(), 0) if found else 0
    if found is None or not month:
        return None
    clock = _ISSUED_AT.search(" ".join([text, *following]))
    hour, minute = (int(clock.group(1)), int(clock.group(2))) if clock else (0, 0)
    try:
        when = datetime(int(found.group(3)), month, int(found.group(2)), hour, minute, tzinfo=zone)
    except ValueError:  # February 30, 25:00: not a date
        return None
    return FoundDate(when, clock is not None, "body-end")


def _lines_after_body(page: PageDates) -> list[str]:
    """The few visible lines that follow the last body paragraph."""
    if not page.paragraphs:
        return []
    # The last paragraphs together: the very last one may be a lone "完".
    tail = "".join("".join(page.paragraphs[-3:]).split())[-_TITLE_PREFIX:]
    if len(tail) < 4:
        return []
    # The last of the non-overlapping matches (their ends only grow along the text).
    end = max(_spaced_ends(page.stream, tail), default=-1)
    if end < 0:
        return []
    return page.stream[end:].split("\n")[1 : 1 + _BODY_END_BLOCKS]


def _spaced_ends(text: str, chars: str) -> Iterator[int]:
    r"""Where each occurrence of `chars` in `text` ends, with any whitespace between its characters.

    The same ends, in the same order, as `re.finditer(r"\s*".join(map(re.escape, chars)), text)`
    when `chars` holds no whitespace: each gap is then a whole whitespace run (`str.isspace` is
    exactly `\s`), so an occurrence is fixed by any one of its characters, and finditer keeps the
    occurrences that do not overlap an earlier kept one. Compiling that pattern cost ~0.25 ms per
    call; titles and closing lines differ on every page of a crawl, so re's cache never hits.
    """
    anchor = _anchor(text, chars)
    pivot, before, after = chars[anchor], chars[:anchor], chars[anchor + 1 :]
    kept_end = 0
    found = text.find(pivot)
    while found >= 0:
        start = found - anchor
        if start >= 0 and text.startswith(chars, start):  # the usual case: no whitespace inside
            end = start + len(chars)
        else:
            start = _spaced_start(text, before, found)
            end = _spaced_end(text, after, found + 1) if start >= 0 else -1
        if end >= 0 and start >= kept_end:
            yield end
            kept_end = end
        found = text.find(pivot, found + 1)


def _anchor(text: str, chars: str) -> int:
    """Which character of `chars` to look for with str.find: a rare one in `text`.

    Each place it is found costs a step in Python, and a tail of body text often starts with a
    character the page holds hundreds of times ("，").
    """
    best, fewest = 0, text.count(chars[0])
    for index in range(1, len(chars)):
        if fewest <= _FEW_PLACES:
            break
        count = text.count(chars[index])
        if count < fewest:
            best, fewest = index, count
    return best


def _spaced_start(text: str, chars: str, stop: int) -> int:
    """Where `chars` starts if it ends just before `text[stop]` (whitespace allowed), or -1."""
    start = stop
    for char in reversed(chars):
        start -= 1
        while start >= 0 and text[start].isspace():
            start -= 1
        if start < 0 or text[start] != char:
            return -1
    return start


def _spaced_end(text: str, chars: str, start: int) -> int:
    """Where `chars` ends if it starts at `text[start]` or after whitespace there, or -1."""
    end, size = start, len(text)
    for char in chars:
        while end < size and text[end].isspace():
            end += 1
        if end == size or text[end] != char:
            return -1
        end += 1
    return end


def _borrow_time(published: FoundDate, visible: list[_Visible]) -> FoundDate:
    """A date-only publication date takes the time of a visible date on the same day."""
    for item in visible:
        same_day = item.found.when.date() == published.when.date()
        if item.found.has_time and same_day and not item.update and not item.document:
            return FoundDate(item.found.when, True, f"{published.evidence}+time:visible")
    return published
