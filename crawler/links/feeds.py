"""Room: crawler/links — a list page that is an RSS or Atom feed: its items' links.

Portals whose news list is filled by script often publish the same list as a feed (Macao's
Government Information Bureau, news.gov.hk). A feed names its articles outright, so no block
analysis is needed: the items' links, in feed order. Parsed with lxml (already a dependency;
only the links are wanted, not a feed library's full model), tolerant of broken markup.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin

from lxml import etree

# The start of a feed document, after an XML declaration, stylesheet and comments.
_FEED_ROOT = re.compile(rb"^\s*(?:<\?[^>]*\?>\s*|<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF)\b", re.S)
_SNIFF_BYTES = 2048
_PARSER = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=False)


def is_feed(body: bytes, content_type: str = "") -> bool:
    """An RSS 1.0/2.0 or Atom document (by its root element; servers label feeds variously)."""
    head = body[:_SNIFF_BYTES].lstrip(b"\xef\xbb\xbf")
    return bool(_FEED_ROOT.match(head)) or (
        ("rss" in content_type.lower() or "atom" in content_type.lower()) and b"<" in head
    )


def feed_links(body: bytes, feed_url: str) -> list[str]:
    """Each item's or entry's link, absolute, in feed order, without repeats."""
    root = etree.fromstring(body, _PARSER)
    if root is None:
        return []
    links: list[str] = []
    for item in root.iter("{*}item", "{*}entry"):
        link = _item_link(item)
        if link:
            links.append(urljoin(feed_url, link))
    return list(dict.fromkeys(links))


def _item_link(item: etree._Element) -> str:
    for link in item.iter("{*}link"):
        # Atom: <link rel="alternate" href=…/> (rel absent means alternate); RSS: <link>url</link>
        href = link.get("href")
        if href is not None:
            if link.get("rel", "alternate") == "alternate":
                return href.strip()
            continue
        if link.text and link.text.strip():
            return link.text.strip()
    guid = next(item.iter("{*}guid"), None)
    if guid is not None and guid.get("isPermaLink", "true") == "true" and guid.text:
        return guid.text.strip()
    return ""
