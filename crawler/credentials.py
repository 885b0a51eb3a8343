"""Room: crawler — credentials for the HTTP services we talk to (Elasticsearch, Kibana).

One place builds the Authorization header from an API key or a user and password (given, or
in the URL's user-info), and one place keeps secrets out of what we print: URLs lose their
user-info, and text that came from outside (a server's answer, an OS error) has every secret
replaced by ``***``. Elasticsearch's client, the local server tool and the Kibana importer
all use these, so a rule about secrets is written once.
"""

from __future__ import annotations

import base64
import urllib.parse
from collections.abc import Iterable
from dataclasses import dataclass, field

MASK = "***"


@dataclass(frozen=True)
class Authorization:
    """An Authorization header value ('' for none) and every string that must never be shown."""

    header: str = ""
    secrets: tuple[str, ...] = field(default=(), repr=False)


def split_urls(value: str) -> list[str]:
    """The URLs of a comma-separated list (ELASTICSEARCH_URL may name every node of a
    cluster), each stripped of spaces and a trailing slash; empty parts are dropped."""
    return [part.strip().rstrip("/") for part in value.split(",") if part.strip()]


def redacted_url(url: str) -> str:
    """The URL (or comma-separated URLs) without any user:password part and without a
    trailing slash, for messages."""
    if "," in url:
        return ",".join(redacted_url(one) for one in split_urls(url))
    parts = urllib.parse.urlsplit(url.strip())
    if not parts.netloc:
        return url.strip().rpartition("@")[2].rstrip("/")
    return parts._replace(netloc=parts.netloc.rpartition("@")[2]).geturl().rstrip("/")


def url_credentials(url: str) -> tuple[str, str]:
    """The user and password written in the URL's user-info ('' when absent), unquoted; of
    a comma-separated list, the first URL's that has them."""
    for one in split_urls(url) or [""]:
        parts = urllib.parse.urlsplit(one)
        if parts.username:
            return urllib.parse.unquote(parts.username), urllib.parse.unquote(parts.password or "")
    return "", ""


def authorization(
    url: str = "", api_key: str = "", username: str = "", password: str = ""
) -> Authorization:
    """API key first, then user/password, then the user-info of ``url``.

    An API key may be given encoded (as Elasticsearch and Kibana print it) or as ``id:key``.
    """
    if api_key:
        token = base64.b64encode(api_key.encode()).decode() if ":" in api_key else api_key
        return Authorization(f"ApiKey {token}", _present(api_key, token))
    if not username:
        username, password = url_credentials(url)
    if not username:
        return Authorization()
    token = base64.b64encode(f"{username}:{password}".encode()).decode("ascii")
    return Authorization(f"Basic {token}", _present(token, password, username))


def scrub(text: str, secrets: Iterable[str]) -> str:
    """Text from outside on one line, every secret (longest first) replaced by ``***``."""
    text = " ".join(text.split())
    for secret in sorted((s for s in secrets if s), key=len, reverse=True):
        text = text.replace(secret, MASK)
    return text


def _present(*values: str) -> tuple[str, ...]:
    return tuple(value for value in values if value)
