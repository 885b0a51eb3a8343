"""Room: extract — the article title, from the best evidence a page offers.

Order: the profile's title selector; the TRS `ArticleTitle` meta tag that Chinese government CMSs
emit; the page heading (<h1>…<h3>) that best matches <title>; og:title / twitter:title; <title>
itself. Whatever is taken from <title> or og:title loses its site-name suffix ("_xx市人民政府",
" - 新华网", " | 中央社 CNA"). Hong Kong government pages space titles out character by character
("財 政 司 司 長"); those are joined back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from crawler.extract.dom import (
    collapse_space,
    run_selector,
    strip_tags,
    text_of,
    unspace_spaced_out,
)

_TITLE_XPATH = etree.XPath("(//title)[1]")
# Headings plus the "title"-classed blocks many portals use instead of <h1>; capped, since a
# page's first few dozen candidates always include the article heading.
_HEADING_XPATH = etree.XPath(
    "//body//*[self::h1 or self::h2 or self::h3 or "
    "((self::div or self::p or self::td or self::span or self::strong) and "
    "contains(translate(@class, 'TITLE', 'title'), 'title'))]"
)
_MAX_HEADINGS = 60
_META_KEYS = ("og:title", "twitter:title", "title")

# A separator followed by a site or channel name: "_", "|", "--", " - ", "——" before short text.
_SUFFIX_SPLIT = re.compile(r"\s*(?:_+|\||｜|--+|\s[-–—]\s|-(?=[^\d\-]{2,16}$))\s*")
_PUNCT_SPACE = re.compile(r"[\s\u3000]+")


@dataclass(frozen=True)
class TitleResult:
    title: str
    evidence: str  # selector, meta:articletitle, h1, og:title, title…


def extract_title(
    root: etree._Element, meta: dict[str, str], selector: str = ""
) -> TitleResult:
    """The article title and where it came from; empty title when the page has none."""
    if selector:
        texts = [collapse_space(" ".join(s.xpath(".//text()").getall())) for s in run_selector(
            root, selector
        )]
        found = next((t for t in texts if t), "")
        if found:
            return TitleResult(unspace_title(found), "selector")
    trs = strip_tags(meta.get("articletitle", ""))
    if trs:
        return TitleResult(unspace_title(trs), "meta:articletitle")
    title_el = _TITLE_XPATH(root)
    doc_title = text_of(title_el[0]) if title_el else ""
    heading = best_heading(root, doc_title)
    if heading:
        return TitleResult(unspace_title(heading[1]), f"heading:{heading[0]}")
    for key in _META_KEYS:
        if meta.get(key):
            return TitleResult(unspace_title(strip_site_suffix(strip_tags(meta[key]))), key)
    if doc_title:
        return TitleResult(unspace_title(strip_site_suffix(doc_title)), "title")
    first_h1 = next((text_of(h) for h in root.iter("h1") if text_of(h)), "")
    return TitleResult(unspace_title(first_h1), "h1" if first_h1 else "none")


def best_heading(root: etree._Element, doc_title: str) -> tuple[str, str] | None:
    """(tag, text) of the heading that best matches <title>: the longest one contained in it.

    Compared with <title> minus its site suffix, so a logo <h1> holding the site name never
    wins; a heading containing the whole <title> counts too (<title> is sometimes truncated).
    Headings of fewer than 4 characters, or under a third of the <title>, are site names or
    section labels, not the article heading.
    """
    key_title = _key(strip_site_suffix(doc_title)) or _key(doc_title)
    if len(key_title) < 4:
        return None
    best: tuple[tuple[int, bool], str, str] | None = None
    for element in _HEADING_XPATH(root)[:_MAX_HEADINGS]:
        text = text_of(element)
        key = _key(text)
        if len(key) < 4 or len(key) * 3 < len(key_title):
            continue
        # A container holding the title plus a date line or share widget is not a heading.
        if key in key_title or (key_title in key and len(key) * 2 <= len(key_title) * 3):
            score = (len(key), element.tag == "h1")
            if best is None or score > best[0]:
                best = (score, str(element.tag), text)
    return (best[1], best[2]) if best else None


def strip_site_suffix(title: str) -> str:
    """Drop site and channel names around the article title in <title> or og:title.

    The article title is the first segment unless that segment is too short to be one (then
    the longest segment is), which also handles "站点名_标题" layouts.
    """
    segments = [s for s in _SUFFIX_SPLIT.split(collapse_space(title)) if s]
    if not segments:
        return ""
    first = segments[0]
    if len(first) >= 6 or len(segments) == 1:
        return first
    return max(segments, key=len)


def unspace_title(title: str) -> str:
    """Join a title spaced out character by character ("財 政 司 司 長" -> "財政司司長")."""
    return unspace_spaced_out(title)


def _key(text: str) -> str:
    return _PUNCT_SPACE.sub("", text)


def title_element(root: etree._Element, title: str) -> etree._Element | None:
    """The heading element that shows `title` in the page body (the article's anchor)."""
    key = _key(title)
    if len(key) < 4:
        return None
    best: tuple[int, etree._Element] | None = None
    for element in _HEADING_XPATH(root)[:_MAX_HEADINGS]:
        text_key = _key(unspace_title(text_of(element)))
        if not text_key or not (text_key in key or key in text_key):
            continue
        # Closest in length to the title: the heading itself, not a wrapper around it.
        distance = abs(len(text_key) - len(key))
        if len(text_key) * 2 >= len(key) and (best is None or distance < best[0]):
            best = (distance, element)
    return best[1] if best else None
