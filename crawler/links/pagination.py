"""The link(s) to a list's next page: 下一页 / 下一頁 / next / ›, else the head's `<link
rel="next">`, else the page numbered one more than the current one, else a TRS pager written by
script. Never the first or last page."""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

from crawler.extract.dom import Element, collapse_space
from crawler.links.anchors import Anchor

_NEXT_WORDS = frozenset(
    {"下一页", "下一頁", "下页", "下頁", "后页", "後頁", "后一页", "後一頁", "next", "nextpage"}
)
_SINGLE_ARROWS = frozenset({">", "›", "»", "→", "＞", "〉"})
_DECORATION = re.compile(r"[\s<>›»«‹→←＞＜〈〉\[\]【】()（）.:：·|]+")
_CURRENT_CLASS = re.compile(r"\b(?:current|cur|on|active|pageon|selected|now)\b", re.IGNORECASE)
_PAGE_PARAM = re.compile(
    r"(?:^|&)(?:page|pageno|pagenum|pageindex|p|pn|curpage|currentpage)=\d+", re.I
)
_PAGE_IN_URL = re.compile(
    r"(?:[?&](?:page|pageno|pagenum|pageindex|p|pn|curpage|currentpage)=(\d+))"
    r"|(?:[_-](\d+)\.s?html?$)|(?:/(\d+)/?$)",
    re.IGNORECASE,
)
# TRS WCM pages build their pager in script: createPageHTML(pageCount, currentIndex, "index",
# "html"), with numbers or with variables set just before (`var countPage = 18`,
# `var currentPage = 0`); page 1 is index.html, page n+1 is index_n.html.
_TRS_PAGER = re.compile(
    r"createPageHTML\(\s*(\w+)\s*,\s*(\w+)\s*,\s*[\"']([\w-]+)[\"']\s*,\s*[\"'](\w+)[\"']"
)


def next_pages(root: Element, anchors: list[Anchor], page_url: str) -> list[str]:
    found = [a.url for a in anchors if is_next_link(a) and a.url != page_url]
    if not found:
        found = _declared_next(root, page_url)
    if not found:
        found = _numbered_next(root, anchors, page_url)
    if not found:
        found = _script_pager_next(root, page_url)
    return list(dict.fromkeys(found))


def is_next_link(anchor: Anchor) -> bool:
    element = anchor.element
    if "next" in (element.get("rel") or "").lower().split():
        return True
    for text in (anchor.text, element.get("title") or "", element.get("aria-label") or ""):
        if _says_next(text):
            return True
    classes = (element.get("class") or "").lower().split()
    return any(c in ("next", "nxt", "next-page", "nextpage", "page-next") for c in classes)


def _says_next(text: str) -> bool:
    text = collapse_space(text)
    if text in _SINGLE_ARROWS:
        return True
    core = _DECORATION.sub("", text).lower()
    return core in _NEXT_WORDS


def _declared_next(root: Element, page_url: str) -> list[str]:
    """`<link rel="next" href="…">` in the head: the page's own statement of what follows it
    (HTML's link type for a series, written by CMSs for search engines), where the visible
    pager has no link that says so (numbers only, or a pager built by script)."""
    found = []
    for link in root.iter("link"):
        href = (link.get("href") or "").strip()
        if href and "next" in (link.get("rel") or "").lower().split():
            url = urljoin(page_url, href)
            if url != page_url and urlsplit(url).scheme in ("http", "https"):
                found.append(url)
    return found


def _numbered_next(root: Element, anchors: list[Anchor], page_url: str) -> list[str]:
    """The pager link numbered one more than the current page. Only links beside the page
    (same host and folder, or a page parameter) count: a calendar of daily snapshots on
    another host is numbered too."""
    numbered = [a for a in anchors if _is_page_number(a.text) and _beside(a.url, page_url)]
    if not numbered:
        return []
    wanted = str(_current_number(numbered, page_url) + 1)
    return [a.url for a in numbered if a.text == wanted and a.url != page_url]


def _is_page_number(text: str) -> bool:
    return text.isdigit() and len(text) <= 4


def _beside(url: str, page_url: str) -> bool:
    link, page = urlsplit(url), urlsplit(page_url)
    if link.hostname != page.hostname:
        return False
    folder = page.path.rsplit("/", 1)[0]
    return link.path.rsplit("/", 1)[0] == folder or bool(_PAGE_PARAM.search(link.query))


def _current_number(numbered: list[Anchor], page_url: str) -> int:
    """The page's own number in the pager: one marked current (`<span class="current">2</span>`,
    `<a class="pageOn">1</a>`, an <a> without href), else one in bold or a span that is no
    link (`<strong>1</strong>`); else the number in the page's URL; else 1 (a list's first page
    usually has no number). The pager is the numbers' parent or, when each number has a
    wrapper of its own (`<li><a>2</a></li>`), their grandparent."""
    pagers: dict[int, Element] = {}
    for anchor in numbered:
        parent = anchor.element.getparent()
        for pager in (parent, parent.getparent() if parent is not None else None):
            if pager is not None:
                pagers.setdefault(id(pager), pager)
    numbers = [
        element
        for pager in pagers.values()
        for element in pager.iter()
        if len(element) == 0 and _is_page_number(collapse_space("".join(element.itertext())))
    ]
    for accepts in (_marked_current, _plain_number):
        for element in numbers:
            if accepts(element):
                return int(collapse_space("".join(element.itertext())))
    match = _PAGE_IN_URL.search(page_url)
    if match:
        return int(next(group for group in match.groups() if group))
    return 1


def _marked_current(element: Element) -> bool:
    if _CURRENT_CLASS.search(element.get("class") or ""):
        return True
    return element.tag == "a" and element.get("href") is None


def _plain_number(element: Element) -> bool:
    return element.tag in ("strong", "b", "em", "span", "font")


def _script_pager_next(root: Element, page_url: str) -> list[str]:
    for script in root.iter("script"):
        code = script.text or ""
        match = _TRS_PAGER.search(code)
        if match is None:
            continue
        count_arg, current_arg, name, extension = match.groups()
        count, current = _script_number(code, count_arg), _script_number(code, current_arg)
        if count is not None and current is not None and current + 1 < count:
            return [urljoin(page_url, f"{name}_{current + 1}.{extension}")]
    return []


def _script_number(code: str, argument: str) -> int | None:
    """A number written as is, or the last value a script gave the variable of that name."""
    if argument.isdigit():
        return int(argument)
    values = re.findall(rf"\b{re.escape(argument)}\s*=\s*(\d+)", code)
    return int(values[-1]) if values else None
