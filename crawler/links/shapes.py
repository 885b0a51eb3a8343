"""URL shapes: what an article URL looks like next to the menu and column URLs of one site.

Article URLs carry an identity: a date in the path (`/2020/0703/`, `/202301/t20230105_123.html`,
`/20/0704/20/FGN….html`), a long number (`content_123456.htm`, `art_1229_4191896.html`,
`?id=8123`), or a long hex or upper-case id (`?s=A96715627B83D676`, `/omn/20200704A04HVX00`).
Columns and menus mostly do not (`/ch/ent/`, `/fund/bond.html`, `index.html`).
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlsplit

_DATE_IN_PATH = re.compile(
    r"(?:19|20)\d{2}(?:[-/_]?(?:0[1-9]|1[0-2]))(?:[-/_]?(?:0[1-9]|[12]\d|3[01]))?"
    r"|/\d{2}/\d{4}/"  # NetEase's /20/0704/
)
_LONG_NUMBER = re.compile(r"\d{4,}")
_LONG_ID = re.compile(r"(?=[0-9A-Za-z]*\d)[0-9A-Za-z]{12,}")
_DIGITS = re.compile(r"\d+")
_ROOT_PATH = re.compile(r"/?(?:(?:index|default|home|main)\.\w+)?", re.IGNORECASE)
_HEX_RUN = re.compile(r"\b[0-9A-Fa-f]{8,}\b")
# Parts of a host that say nothing about which site it is.
_GENERIC_LABELS = frozenset(
    {"www", "m", "wap", "com", "net", "org", "gov", "edu", "cn", "hk", "mo", "tw"}
)


def has_identity(url: str) -> bool:
    """True when the URL carries a date, a long number or a long id (see the module doc)."""
    parts = urlsplit(url)
    path = parts.path
    if _DATE_IN_PATH.search(path) or _LONG_NUMBER.search(path) or _LONG_ID.search(path):
        return True
    for _key, value in parse_qsl(parts.query, keep_blank_values=True):
        if _LONG_ID.fullmatch(value) or (value.isdigit() and len(value) >= 3):
            return True
    return False


def is_site_root(url: str) -> bool:
    """A site's home page (`/`, `/index.html`, `/default.aspx`…): never an article, and what
    directories of departments and sister sites link to."""
    parts = urlsplit(url)
    return not parts.query and _ROOT_PATH.fullmatch(parts.path) is not None


def url_shape(url: str, with_host: bool = True) -> str:
    """A URL with its variable parts blanked: siblings of one list share it.

    `https://a.gov.cn/col/202301/t20230105_123.html` → `a.gov.cn/col/D/tD_D.html`, ids of 12 or
    more letters and digits become `I`; query
    values are dropped and keys sorted, so `?id=1&p=2` and `?p=5&id=9` share a shape.
    Without the host, the sections of a portal (news.163.com, ent.163.com) share shapes too.
    """
    parts = urlsplit(url)
    path = _LONG_ID.sub("I", parts.path)
    path = _HEX_RUN.sub("H", path)
    path = _DIGITS.sub("D", path)
    keys = sorted({key.lower() for key, _value in parse_qsl(parts.query, keep_blank_values=True)})
    query = "?" + "&".join(keys) if keys else ""
    host = (parts.hostname or "").lower() if with_host else ""
    return f"{host}{path}{query}"


def site_key(url: str) -> str:
    """The part of a host that names the site: `news.163.com` and `dy.163.com` → `163`,
    `www.gov.taipei` → `taipei`; used to tell a site's own links from other sites'."""
    labels = [label for label in (urlsplit(url).hostname or "").lower().split(".") if label]
    named = [label for label in labels if label not in _GENERIC_LABELS]
    return named[-1] if named else ".".join(labels)
