"""Room: extract — source, authors and editors stated outside the article body's text.

Where pages say who wrote what: the info bar under the headline ("来源：新华日报 作者：张三",
"2019-03-18 23:59 聯合報 記者陳嘉寧／桃園機場報導", 澎湃's unlabelled "石佳/中国青年报"), a credit
line just after the body ("来源：巴彦淖尔日报 编辑：苏亮"), the dateline opening a news lead
("（中央社記者邱俊欽桃園19日電）", read but left in the text), meta tags (TRS `ContentSource`,
`source`, `author`) and JSON-LD `author`. Each candidate line is parsed by the cleaning stage's
`parse_credit_line`, so one set of rules decides what a credit is (a line it rejects as a whole
is retried one "label：value" segment at a time); credit lines inside the body are the cleaning
stage's. Meta values that are ids ("L_104485"), URLs or site names are not people: ignored.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from crawler.text.credit_labels import is_agency
from crawler.text.credits import Credits, merge_credits, parse_credit_line
from crawler.text.names import is_person_name

_INFO_LINES_AFTER_TITLE = 12
_INFO_LINES_AFTER_BODY = 10
_TITLE_OCCURRENCES = 3
_MAX_LABEL_LINE = 40  # "2019年06月15日08:18 来源：" + the linked source on the next line
_MAX_LINE = 60
_SOURCE_META = ("contentsource", "source", "og:article:source", "article:source", "mediaid")
_AUTHOR_META = ("author", "article:author", "dc.creator", "byl")
_SOURCE_PREFIX = re.compile(r"^\s*(?:信息)?(?:来源|來源)\s*[:：]\s*")
_LABEL_ONLY = re.compile(r"[:：]\s*$")
_SPLIT_NAMES = re.compile(r"[、,，;；/／\s]+")
# Every credit line has one of these (labels of all roles in both scripts, "摄", "報導", and
# the slash of "石佳/中国青年报"); lines without one are not worth a full parse.
_CREDIT_HINT = re.compile(
    r"来源|來源|稿源|出处|出處|供稿|作者|撰文|撰稿|执笔|執筆|文字|记者|記者|通讯员|通訊員|实习生|"
    r"實習生|编|編|审|審|校|签发|簽發|监制|監製|摄|攝|图|圖|视频|視頻|报道|報導|报导|[/／]"
)
_LABELLED_SEGMENT = re.compile(r"\s+(?=[^\s:：]{1,6}[:：])")
_EDITOR_CODE = re.compile(r"_[A-Z]{2,8}\d{2,8}\b")
_NAME_OUTLET = re.compile(
    r"^(?P<name>[\u4e00-\u9fff·]{2,4})\s*[/／|｜]\s*(?P<outlet>[\u4e00-\u9fffA-Za-z·]{2,16})$"
)
_DATE_TIME = re.compile(r"\d{2,4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{1,2}:\d{2}(?::\d{2})?")
_LEAD_PARAGRAPHS = 2
_LEAD_CHARS = 60
_REPORTER = r"(?:記者|记者)"
_DAY_WIRE = r"(?:\d{1,2}|[一二三]?十?[一二三四五六七八九十])日\s*(?:專電|专电|電|电)"
_CNA_DATELINE = re.compile(
    rf"^[（(]\s*(?P<agency>[^（()）記记\s]{{0,8}}?)\s*{_REPORTER}\s*(?P<names>[^（()）]{{2,40}}?)"
    rf"\s*{_DAY_WIRE}\s*[)）]"
)
_WIRE_DATELINE = re.compile(
    rf"^[^，。（()）]{{2,24}}?(?:\d{{1,2}}月\d{{1,2}}日)?\s*(?:電|电|讯|訊)\s*[（(]\s*{_REPORTER}"
    rf"\s*(?P<names>[^）)]{{2,30}})[）)]"
)
_LEAD_PREFIX = re.compile(r"^([^：:，,。]{4,30})[：:]")


@dataclass
class Byline:
    source: str = ""
    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    photographers: list[str] = field(default_factory=list)


def extract_byline(
    info_lines: Iterable[str],
    meta: dict[str, str],
    jsonld: dict[str, str],
    selected: Sequence[str] = (),
    lead: Sequence[str] = (),
) -> Byline:
    """Credits from (in order of trust) profile-selected text, info lines, the lead's dateline,
    meta tags and JSON-LD; `lead` is the first body paragraphs (read, never modified)."""
    credits = Credits()
    for raw in [*selected, *_joined_labels(info_lines)]:
        line = _EDITOR_CODE.sub("", raw)  # NetEase: "责任编辑：王晓_NBJS5678"
        if len(line) > _MAX_LINE or not _CREDIT_HINT.search(line):
            continue  # parse_credit_line is thorough (script conversion); skip obvious misses
        for parsed in _parse_info_line(line):
            credits = merge_credits(credits, parsed)
    credits = merge_credits(credits, lead_credits(lead))
    credits = merge_credits(credits, _meta_credits(meta, jsonld))
    return Byline(credits.source, credits.authors, credits.editors, credits.photographers)


def info_lines_near(lines: Sequence[str], title: str, paragraphs: Sequence[str]) -> list[str]:
    """Short visible lines right after the title and right after the body's last paragraph.

    The title shows up more than once (breadcrumb, <title> in broken pages, the headline), so
    the lines after each of its first few occurrences are taken.
    """
    found: list[str] = []
    title_key = _key(title)[:10]
    hint = title_key[:2]  # cheap pre-check before normalizing a line
    starts = [
        i for i, line in enumerate(lines) if title_key and hint in line and title_key in _key(line)
    ]
    for start in starts[:_TITLE_OCCURRENCES]:
        found.extend(lines[start + 1 : start + 1 + _INFO_LINES_AFTER_TITLE])
    end = _body_end_line(lines, paragraphs)
    if end >= 0:
        found.extend(lines[end + 1 : end + 1 + _INFO_LINES_AFTER_BODY])
    return [line for line in found if len(line) <= _MAX_LINE]


def lead_credits(paragraphs: Sequence[str]) -> Credits:
    """Reporters named in the dateline that opens a news lead.

    "（中央社記者邱俊欽桃園19日電）", "新华社乌鲁木齐5月9日电（记者邹伟）", "长江网10月4日讯（记者陈智
    整合）", "东方网记者曹磊5月13日报道：". The dateline stays in the body (it is part of the
    story as published); only the names are taken.
    """
    credits = Credits()
    for paragraph in paragraphs[:_LEAD_PARAGRAPHS]:
        head = paragraph.strip()[:_LEAD_CHARS]
        bracketed = _CNA_DATELINE.match(head)
        if bracketed:
            names = _glued_names(bracketed.group("names"))
            agency = bracketed.group("agency").strip()
            return Credits(source=agency if agency else "", authors=names)
        wired = _WIRE_DATELINE.match(head)
        if wired:
            names = [n for n in _SPLIT_NAMES.split(wired.group("names")) if _is_name(n)]
            return Credits(authors=names)
        prefix = _LEAD_PREFIX.match(head)
        parsed = parse_credit_line(prefix.group(1)) if prefix else None
        if parsed is not None and parsed.authors:
            return parsed
    return credits


def _parse_info_line(line: str) -> list[Credits]:
    """Credits of one info line; when the whole line is not a credit line (an unknown label or
    counter shares it), each "label：value" segment is tried on its own."""
    parsed = parse_credit_line(line) or _name_and_outlet(line)
    if parsed is not None:
        return [parsed]
    segments = _LABELLED_SEGMENT.split(line)
    if len(segments) < 2:
        return []
    found = (parse_credit_line(segment) for segment in segments)
    return [credit for credit in found if credit is not None]


def _name_and_outlet(line: str) -> Credits | None:
    """An unlabelled "石佳/中国青年报" info line (澎湃 and others): a person and an outlet."""
    match = _NAME_OUTLET.match(_DATE_TIME.sub("", line).strip())
    if not match:
        return None
    name, outlet = match.group("name"), match.group("outlet")
    if not (is_person_name(name, bare=True) and is_agency(outlet)):
        return None
    return Credits(source=outlet, authors=[name])


def _glued_names(text: str) -> list[str]:
    """Reporter names from "王揚宇、邱俊欽桃園": the dateline's place is glued to the last."""
    tokens = [t for t in _SPLIT_NAMES.split(text) if t]
    names = [t for t in tokens[:-1] if _is_name(t)]
    last = tokens[-1] if tokens else ""
    for size in (3, 2):  # Chinese names are mostly three characters, places two or more
        if len(last) >= size + 2 and _is_name(last[:size]):
            return [*names, last[:size]]
    return [*names, last] if _is_name(last) else names


def _is_name(token: str) -> bool:
    return 2 <= len(token) <= 4 and is_person_name(token, bare=True)


def _body_end_line(lines: Sequence[str], paragraphs: Sequence[str]) -> int:
    """Index of the line holding the end of the last paragraph, or -1."""
    if not paragraphs:
        return -1
    tail = _key(paragraphs[-1])[-10:]
    if not tail:
        return -1
    for index in range(len(lines) - 1, -1, -1):
        if tail[-1] not in lines[index]:
            continue  # cheap pre-check before normalizing a line
        key = _key(lines[index])
        if tail in key or (len(key) >= 4 and key in tail):
            return index
    return -1


def _joined_labels(lines: Iterable[str]) -> list[str]:
    """Each line, plus a bare label joined to its value on the next line ("来源：" + "新华社")."""
    out: list[str] = []
    pending = ""
    for line in lines:
        text = f"{pending}{line}" if pending else line
        out.append(text)
        pending = text if _LABEL_ONLY.search(text) and len(text) <= _MAX_LABEL_LINE else ""
    return out


def _meta_credits(meta: dict[str, str], jsonld: dict[str, str]) -> Credits:
    credits = Credits()
    for key in _SOURCE_META:
        value = meta.get(key, "")
        if value and not credits.source:
            credits.source = _meta_source(value)
    for value in [*(meta.get(key, "") for key in _AUTHOR_META), jsonld.get("author", "")]:
        if value and not value.startswith(("http", "/")):
            credits = merge_credits(credits, _meta_people(value))
    return credits


def _meta_source(value: str) -> str:
    parsed = parse_credit_line(value if _SOURCE_PREFIX.match(value) else f"来源：{value}")
    if parsed is not None and parsed.source:
        return parsed.source
    stripped = _SOURCE_PREFIX.sub("", value).strip()
    return stripped if 0 < len(stripped) <= 30 and not stripped.isdigit() else ""


def _meta_people(value: str) -> Credits:
    """A meta/JSON-LD author: a credit line ("記者陳嘉寧／桃園機場報導") or bare person names."""
    parsed = parse_credit_line(value)
    if parsed is not None and (parsed.authors or parsed.editors):
        return Credits(authors=parsed.authors, editors=parsed.editors)
    names = [n for n in _SPLIT_NAMES.split(value.strip()) if n]
    if names and all(is_person_name(name, bare=True) for name in names):
        return Credits(authors=names)
    return Credits()


def _key(text: str) -> str:
    return "".join(text.split())
