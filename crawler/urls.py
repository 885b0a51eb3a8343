"""Room: crawler — URL canonicalization and crawl scope (pure functions, no Scrapy).

One article, one `_id`: the canonical URL drops fragments and tracking parameters and sorts the
query, so the same page reached through different links is indexed once.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterable
from dataclasses import dataclass
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
    """True when `url` matches a profile pattern: as a regex (search), or with its query
    parameters in any order and with parameters the pattern does not name.

    Sites link one page with its parameters in different orders and add or leave out
    parameters that do not say which page it is (Taipei links
    `News_Content.aspx?n=…&sms=…&s=…` as `?n=…&s=…&sms=…` and as `?n=…&s=…`, and pages its
    lists with `&page=2&PageSize=20`). So a pattern whose query is a chain of `key=regex`
    terms joined by `&` is also matched term by term: every term must find its parameter
    (key case-insensitive, value matched whole), a term written as an optional group
    `(&key=regex)?` only when the parameter is there, and other parameters are allowed.
    """
    if not pattern:
        return False
    if re.search(pattern, url) is not None:
        return True
    query_pattern = QueryPattern.parse(pattern)
    return query_pattern is not None and query_pattern.matches(url)


@dataclass(frozen=True)
class QueryPattern:
    """A pattern split at its `\\?`: the regex of what comes before, and the query's terms."""

    before_query: str
    required: tuple[tuple[str, str], ...]  # (key, value regex)
    optional: tuple[tuple[str, str], ...]

    @classmethod
    def parse(cls, pattern: str) -> QueryPattern | None:
        """None when the pattern has no query, or one that is not a chain of key=regex terms."""
        before, mark, query = pattern.partition("\\?")
        if not mark:
            return None
        query = query.removesuffix("$")
        optional = [_term(group) for group in _OPTIONAL_TERM.findall(query)]
        rest = _OPTIONAL_TERM.sub("", query)
        required = [_term(term) for term in rest.split("&")] if rest else []
        terms = optional + required
        if any(term is None for term in terms) or not terms:
            return None
        return cls(
            before,
            tuple(term for term in required if term is not None),
            tuple(term for term in optional if term is not None),
        )

    def matches(self, url: str) -> bool:
        before, _mark, query = url.partition("?")
        if re.search(f"(?:{self.before_query})$", before) is None:
            return False
        params: dict[str, list[str]] = {}
        for key, value in parse_qsl(query, keep_blank_values=True):
            params.setdefault(key.lower(), []).append(value)
        for key, value_pattern in self.required:
            if not any(re.fullmatch(value_pattern, v) for v in params.get(key, [])):
                return False
        for key, value_pattern in self.optional:
            values = params.get(key)
            if values is not None and not any(re.fullmatch(value_pattern, v) for v in values):
                return False
        return True


# An optional query term: (&key=regex)? or (?:&key=regex)?
_OPTIONAL_TERM = re.compile(r"\((?:\?:)?&([^()]*)\)\?")
_TERM = re.compile(r"([\w.\-\[\]]+)=(.*)")


def _term(text: str) -> tuple[str, str] | None:
    match = _TERM.fullmatch(text)
    if match is None:
        return None
    key, value = match.groups()
    try:
        re.compile(value)
    except re.error:
        return None
    return key.lower(), value
