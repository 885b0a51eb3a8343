"""Room: crawler — URL canonicalization and crawl scope (pure functions, no Scrapy).

One article, one `_id`: the canonical URL drops fragments and tracking parameters and sorts the
query, so the same page reached through different links is indexed once.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterable
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from w3lib.url import canonicalize_url

TRACKING_PARAMS = frozenset(
    {"spm", "from", "scene", "share_token", "share_from", "isappinstalled", "fbclid", "gclid"}
)
TRACKING_PREFIXES = ("utm_",)
FOLLOWABLE_SCHEMES = ("http", "https")


def canonical_url(url: str, drop_params: Iterable[str] = ()) -> str:
    """The URL a document is known by: no fragment, no tracking parameters, sorted query."""
    dropped = TRACKING_PARAMS | frozenset(drop_params)
    parts = urlsplit(url.strip())
    query = [
        (key, value)
        for key, value in parse_qsl(parts.query, keep_blank_values=True)
        if key not in dropped and not key.startswith(TRACKING_PREFIXES)
    ]
    host = (parts.hostname or "").lower()
    netloc = host if parts.port in (None, 80, 443) else f"{host}:{parts.port}"
    rebuilt = urlunsplit((parts.scheme.lower(), netloc, parts.path or "/", urlencode(query), ""))
    return canonicalize_url(rebuilt)


def is_private_host(host: str) -> bool:
    """True for loopback, private, link-local and unspecified addresses (and names for them)."""
    host = host.strip("[]").lower()
    if host in ("localhost", "localhost.localdomain") or host.endswith(".localhost"):
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    return (
        address.is_private or address.is_loopback or address.is_link_local or address.is_unspecified
    )


def host_matches(host: str, allowed_domains: Iterable[str]) -> bool:
    host = host.lower()
    return any(host == d.lower() or host.endswith("." + d.lower()) for d in allowed_domains)


def out_of_scope_reason(
    url: str, allowed_domains: Iterable[str], allow_private_hosts: bool = False
) -> str | None:
    """Why a link must not be followed, or None when it may be."""
    parts = urlsplit(url)
    if parts.scheme not in FOLLOWABLE_SCHEMES:
        return "scheme"
    host = parts.hostname or ""
    if not host:
        return "no-host"
    if is_private_host(host) and not allow_private_hosts:
        return "private-host"
    domains = list(allowed_domains)
    if domains and not host_matches(host, domains):
        return "off-site"
    return None


def url_matches(pattern: str, url: str) -> bool:
    return bool(pattern) and re.search(pattern, url) is not None
