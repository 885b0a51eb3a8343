"""A pattern for a list's article links, to suggest when a profile's pattern no longer fits.

The most common URL shape among the links (crawler/links/shapes.py) written as a regex: the
host literal, digits as \\d+, hex runs and long ids as character classes, the rest literal;
query keys with any value (profile patterns match query parameters in any order).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from urllib.parse import parse_qsl, urlsplit

from crawler.links.shapes import url_shape

_VARIABLE = re.compile(
    r"(?P<id>(?=[0-9A-Za-z]*\d)(?=[0-9]*[A-Za-z])[0-9A-Za-z]{12,})"
    r"|(?P<hex>\b(?=[0-9]*[A-Fa-f])[0-9A-Fa-f]{8,}\b)|(?P<num>\d+)"
)
_CLASSES = {"id": "[0-9A-Za-z]+", "hex": "[0-9A-Fa-f]+", "num": r"\d+"}


def suggested_pattern(urls: Sequence[str]) -> str:
    """The regex of the shape most of `urls` share ("" for no URLs)."""
    if not urls:
        return ""
    shape = Counter(url_shape(url, with_host=False) for url in urls).most_common(1)[0][0]
    alike = [url for url in urls if url_shape(url, with_host=False) == shape]
    parts = urlsplit(alike[0])
    path = _path_regex(parts.path)
    keys = list(dict.fromkeys(key for key, _ in parse_qsl(parts.query, keep_blank_values=True)))
    query = "\\?" + "&".join(f"{re.escape(key)}=[^&]*" for key in keys) if keys else ""
    return f"^https?://{_host_regex(alike)}{path}{query}$"


def _host_regex(urls: Sequence[str]) -> str:
    """One host literally; several (news.163.com, ent.163.com) as any subdomain of the part
    they share."""
    addresses = {urlsplit(url).netloc.rpartition("@")[2].lower() for url in urls}
    if len(addresses) == 1:  # host and port, as the links give them
        return re.escape(addresses.pop())
    hosts = sorted({(urlsplit(url).hostname or "") for url in urls})
    shared = hosts[0].split(".")
    for host in hosts[1:]:
        labels = host.split(".")
        while shared and labels[-len(shared) :] != shared:
            shared = shared[1:]
    return r"(?:[\w-]+\.)*" + re.escape(".".join(shared)) if shared else r"[\w.-]+"


def _path_regex(path: str) -> str:
    pieces, end = [], 0
    for match in _VARIABLE.finditer(path):
        pieces.append(re.escape(path[end : match.start()]))
        pieces.append(_CLASSES[str(match.lastgroup)])
        end = match.end()
    pieces.append(re.escape(path[end:]))
    return "".join(pieces)
