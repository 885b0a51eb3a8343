"""Room: extract — where a page states source, authors and editors outside the body's text.

The places: an author element (`<div class="author"><a href="/reporter/899">謝明俊</a>`), the
info bar under the headline ("来源：新华日报 作者：张三", "2019-03-18 23:59 聯合報
記者陳嘉寧／桃園機場報導", 澎湃's unlabelled "石佳/中国青年报"), a credit line just after the body
("来源：巴彦淖尔日报 编辑：苏亮"), the dateline opening a news lead ("据新华社拉萨电（记者 格桑边觉）",
read but left in the text), meta tags (TRS `ContentSource`, `source`, `author`) and JSON-LD
`author`. This module only finds those places; what a credit is, in either script, is decided
by crawler/text/credits (the cleaning stage uses the same functions on credit lines inside the
body). Meta values that are ids ("L_104485"), URLs or site names are not people: ignored, and
metadata's authors count only when the page itself names no author (a JSON-LD author is often
the web editor who posted the story).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from lxml import etree

from crawler.extract.dom import Element, text_of
from crawler.extract.measure import TreeStats
from crawler.text.credits import (
    Credits,
    bare_names,
    foot_signature,
    head_signature,
    lead_credits,
    merge_credits,
    might_be_stamp,
    nickname,
    parse_credit_line,
    parse_info_line,
    poster_credits,
)
from crawler.text.keys import match_key
from crawler.text.names import is_person_name

_INFO_LINES_AFTER_TITLE = 12
_INFO_LINES_AFTER_BODY = 10
_INFO_LINES_BEFORE_BODY = 8  # a forum post's author cell and time sit right above its text
_STAMP_LINES = 3  # a poster stamp split over text nodes: "本贴由" / "大卫" / "于2005年8月12日…"
_STAMP_PARAGRAPHS = 2  # a post's stamp may open or close its text block
_TITLE_OCCURRENCES = 3
_MAX_LABEL_LINE = 40  # "2019年06月15日08:18 来源：" + the linked source on the next line
_MAX_LINE = 60
_SOURCE_META = ("contentsource", "source", "og:article:source", "article:source", "mediaid")
_AUTHOR_META = ("author", "article:author", "dc.creator", "byl")
_SOURCE_PREFIX = re.compile(r"^\s*(?:信息)?(?:来源|來源)\s*[:：]\s*")
# A line ending in a label (and maybe the bracket opening its value): "来源：", "来源：[".
_LABEL_ONLY = re.compile(r"[:：]\s*[\[［【(（]?\s*$")
_SPLIT_NAMES = re.compile(r"[、,，;；/／\s]+")
_EDITOR_CODE = re.compile(r"_[A-Z]{2,8}\d{2,8}\b")
# Elements that name the article's author by their markup: class/id/itemprop/rel naming an
# author, byline or reporter, and links to a reporter's or author's page. They sit in the
# article's header with the headline, so only the headline's neighbourhood is searched (a walk
# of the whole tree would cost a tenth of the extraction). Comment and reply widgets name
# commenters, not authors.
_AUTHOR_ATTRIBUTES = etree.XPath(
    "descendant-or-self::*/@class[contains(.,'author') or contains(.,'byline')"
    " or contains(.,'reporter') or contains(.,'writer')]"
    " | descendant-or-self::*/@id[contains(.,'author')]"
    " | descendant-or-self::*/@itemprop[contains(.,'author')]"
    " | descendant-or-self::*/@rel[contains(.,'author')]"
    " | descendant-or-self::a/@href[contains(.,'/reporter/') or contains(.,'/author/')]"
)
_NOT_AUTHOR_WIDGETS = ("comment", "reply")
# A forum post's author cell beside the post's text: Discuz ('<div class="authi"><a
# class="xw1">', '<td class="postauthor">'), phpwind ('<div class="readName">'), and
# others' poster cells, or a link to the poster's profile. Searched only around the
# first post's text (the body's container), so the repliers' cells further down are not read.
# Not any "author" or "user-name" class: around a news story those are teasers' authors and
# commenters (author_element_texts reads the article's own, next to its headline).
# A plain scan of the scope's elements: cheaper than an XPath of many contains() clauses.
_POSTER_CLASS = re.compile(r"postauthor|authi|readName|poster")
_PROFILE_HREF = re.compile(r"space-uid-|mod=space&uid=|space\.php\?uid=|u\.php\?uid=|lookuserid=")
_POSTER_CELLS_READ = 3
_HEADER_LEVELS = 4  # ancestors of the headline that may hold the article's header
_HEADER_ELEMENTS = 400  # a larger subtree is the page, not a header
_AUTHOR_ELEMENTS_READ = 4  # the byline comes before any list of other stories' authors
_MAX_AUTHOR_TEXT = 30


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
    marked: Sequence[str] = (),
    posted: Credits | None = None,
) -> Byline:
    """Credits from (in order of trust) profile-selected text, author elements (`marked`), info
    lines, the lead's dateline, a forum or blog post's poster and an essay's signature
    (`posted`, see ``post_credits``), then meta tags and JSON-LD; `lead` is the first body
    paragraphs (read, never modified)."""
    credits = _line_credits(selected)
    credits = merge_credits(credits, _marked_credits(marked))
    credits = merge_credits(credits, _line_credits(_joined_labels(info_lines)))
    credits = merge_credits(credits, lead_credits(lead))
    credits = merge_credits(credits, posted or Credits())
    credits = merge_credits(credits, _unstated(_meta_credits(meta, jsonld), credits))
    return Byline(credits.source, credits.authors, credits.editors, credits.photographers)


def _unstated(described: Credits, stated: Credits) -> Credits:
    """What metadata adds to the page's own credits: authors only when the page names none
    (a JSON-LD author is often the web editor who posted the story), and no name the page
    already credits in another role."""
    known = {match_key(name) for name in [*stated.authors, *stated.editors, *stated.photographers]}

    def new(names: list[str]) -> list[str]:
        return [name for name in names if match_key(name) not in known]

    authors = [] if stated.authors else new(described.authors)
    return Credits(described.source, authors, new(described.editors), new(described.photographers))


def _line_credits(lines: Iterable[str]) -> Credits:
    credits = Credits()
    for raw in lines:
        line = _EDITOR_CODE.sub("", raw)  # NetEase: "责任编辑：王晓_NBJS5678"
        if len(line) <= _MAX_LINE:
            for parsed in parse_info_line(line):
                credits = merge_credits(credits, parsed)
    return credits


def post_credits(
    info_lines: Sequence[str],
    paragraphs: Sequence[str],
    title: str,
    preamble: Sequence[str],
    cells: Sequence[str] = (),
) -> Credits:
    """Who posted a forum or blog post and who signed an essay. In order: the first post's
    author cell (`cells`, ``poster_element_names``); a poster stamp on a short first or last
    paragraph (the post's stamp inside its own text block) or on the info lines (a stamp split
    over a few text nodes is read joined); names signed under the headline line at the body's
    head (`preamble` holds a headline repeated above the body) or in brackets at its foot
    (crawler/text/credits/posts.py)."""
    if cells:
        return Credits(authors=[cells[0]])
    ends = [*paragraphs[:_STAMP_PARAGRAPHS], *paragraphs[-_STAMP_PARAGRAPHS:]]
    # Only the windows holding a stamp's word are joined and read: most info lines hold none.
    stamped = [index for index, line in enumerate(info_lines) if might_be_stamp(line)]
    starts = sorted({start for i in stamped for start in range(i - _STAMP_LINES + 1, i + 1)})
    candidates = [
        *(p for p in ends if len(p) <= _MAX_LINE),
        *(" ".join(info_lines[start : start + _STAMP_LINES]) for start in starts if start >= 0),
    ]
    for candidate in candidates:
        found = poster_credits(candidate)
        if found is not None:
            return found
    head = [*preamble[-1:], *paragraphs]
    signed = head_signature(head, [title, *info_lines]) or foot_signature(paragraphs)
    return signed or Credits()


def author_element_texts(stats: TreeStats, headline: Element | None) -> list[str]:
    """The short texts of the first author elements near the headline, in document order."""
    scope = _header_scope(stats, headline)
    if scope < 0:
        return []
    texts: list[str] = []
    for attribute in _AUTHOR_ATTRIBUTES(stats.elements[scope]):
        element = attribute.getparent()
        classes = element.get("class") or ""
        if any(word in classes for word in _NOT_AUTHOR_WIDGETS):
            continue
        text = text_of(element)
        if 0 < len(text) <= _MAX_AUTHOR_TEXT and text not in texts:
            texts.append(text)
            if len(texts) == _AUTHOR_ELEMENTS_READ:
                break
    return texts


def poster_element_names(stats: TreeStats, container: Element | None) -> list[str]:
    """The poster named by the first author cells beside the first post's text (`container`,
    the body's), in document order: a cell's first link, else its text, when it is a name
    alone (crawler/text/credits/posts.py ``nickname``)."""
    scope = _header_scope(stats, container)
    if scope < 0:
        return []
    names: list[str] = []
    cells = 0
    for index in range(scope, stats.ends[scope] + 1):
        element = stats.elements[index]
        classes = element.get("class") or ""
        profile = stats.tags[index] == "a" and _PROFILE_HREF.search(element.get("href") or "")
        if not (profile or _POSTER_CLASS.search(classes)):
            continue
        if any(word in classes for word in _NOT_AUTHOR_WIDGETS):
            continue
        link = element if profile else element.find(".//a")
        name = nickname(text_of(link if link is not None else element))
        if name:
            names.append(name)
        cells += 1
        if cells == _POSTER_CELLS_READ:  # the first post's cells come first
            break
    return names


def _header_scope(stats: TreeStats, headline: Element | None) -> int:
    """The highest of the headline's first ancestors whose subtree is still header-sized."""
    index = stats.index_of(headline) if headline is not None else -1
    scope = index
    for _ in range(_HEADER_LEVELS):
        parent = stats.parents[scope] if scope >= 0 else -1
        if parent < 0 or stats.ends[parent] - parent > _HEADER_ELEMENTS:
            break
        scope = parent
    return scope


def _marked_credits(texts: Sequence[str]) -> Credits:
    """An author element holds a credit line ("記者 陳嘉寧") or names alone ("謝明俊")."""
    credits = Credits()
    for text in texts:
        for parsed in parse_info_line(text) or [bare_names(text) or Credits()]:
            credits = merge_credits(credits, parsed)
    return credits


def info_lines_near(lines: Sequence[str], title: str, paragraphs: Sequence[str]) -> list[str]:
    """Short visible lines right after the title, right before the body's first paragraph
    and right after its last one, each line once, in the order found.

    The title shows up more than once (breadcrumb, <title> in broken pages, the headline), so
    the lines after each of its first few occurrences are taken; so are the lines before the
    first few occurrences of the body's first line (a post's title may head a list above it).
    """
    ranges: list[range] = []
    title_key = _key(title)[:10]
    hint = title_key[:2]  # cheap pre-check before normalizing a line
    starts = [
        i for i, line in enumerate(lines) if title_key and hint in line and title_key in _key(line)
    ]
    for start in starts[:_TITLE_OCCURRENCES]:
        ranges.append(range(start + 1, min(len(lines), start + 1 + _INFO_LINES_AFTER_TITLE)))
    for start in _body_start_lines(lines, paragraphs)[:_TITLE_OCCURRENCES]:
        ranges.append(range(max(0, start - _INFO_LINES_BEFORE_BODY), start))
    end = _body_end_line(lines, paragraphs)
    if end >= 0:
        ranges.append(range(end + 1, min(len(lines), end + 1 + _INFO_LINES_AFTER_BODY)))
    taken = dict.fromkeys(index for indexes in ranges for index in indexes)
    return [lines[index] for index in taken if len(lines[index]) <= _MAX_LINE]


def _body_start_lines(lines: Sequence[str], paragraphs: Sequence[str]) -> list[int]:
    """Indexes of the lines holding the start of the first paragraph (a short first line, a
    post's title, may also stand in a list above the post)."""
    head = _key(paragraphs[0])[:10] if paragraphs else ""
    if not head:
        return []
    return [
        index
        for index, line in enumerate(lines)
        if head[0] in line  # cheap pre-check before normalizing a line
        and (head in (key := _key(line)) or (len(key) >= 4 and key in head))
    ]


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
