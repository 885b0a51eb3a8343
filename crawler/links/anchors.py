"""The followable links of a page: absolute URL, visible text, and the element they sit in."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urldefrag, urljoin, urlsplit

from lxml import etree

from crawler.extract.dom import Element, collapse_space

_FOLLOWABLE = ("http", "https")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_WORD = re.compile(r"[A-Za-z]+|\d+")
# Links that cannot lead to a page of their own.
_NOT_A_PAGE = re.compile(r"^\s*(?:javascript:|mailto:|tel:|#|data:)", re.IGNORECASE)


@dataclass(frozen=True)
class Anchor:
    element: Element
    url: str  # absolute, without fragment
    text: str  # visible text, else the title attribute, else an image's alt text
    position: int  # order on the page


def page_base(root: Element, page_url: str) -> str:
    """The URL relative links resolve against: <base href> when the page has one."""
    for href in root.xpath("//base/@href"):
        if str(href).strip():
            return urljoin(page_url, str(href).strip())
    return page_url


def page_anchors(root: Element, page_url: str) -> list[Anchor]:
    """Every <a href> that leads to an http(s) page, in page order."""
    base = page_base(root, page_url)
    found: list[Anchor] = []
    for element in root.iter("a"):
        href = element.get("href")
        if href is None or _NOT_A_PAGE.match(href):
            continue
        try:
            url = urldefrag(urljoin(base, href.strip()))[0]
        except ValueError:  # a malformed href (bad IPv6 literal…) is no link
            continue
        if urlsplit(url).scheme not in _FOLLOWABLE:
            continue
        found.append(Anchor(element, url, anchor_text(element), len(found)))
    return found


def anchor_text(element: Element) -> str:
    text = collapse_space("".join(element.itertext()))
    if text:
        return text
    title = collapse_space(element.get("title") or "")
    if title:
        return title
    alts = element.xpath(".//img/@alt")
    return collapse_space(str(alts[0])) if alts else ""


def text_weight(text: str) -> int:
    """How much a reader gets from a link's text: one per Han character, two per Latin word
    or number (a Latin word carries about what two Han characters do)."""
    return len(_CJK.findall(text)) + 2 * len(_WORD.findall(text))


def is_element(node: object) -> bool:
    return isinstance(node, etree._Element) and isinstance(node.tag, str)
