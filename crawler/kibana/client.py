"""Room: crawler/kibana — the HTTP side: import the saved objects through Kibana's API.

One request, `POST /api/saved_objects/_import?overwrite=true` with the ndjson as a multipart
file: the objects have fixed ids, so a second import replaces them instead of making copies.
Authorization and redaction are the project's (`crawler/credentials.py`), shared with
Elasticsearch, so a secret never reaches a message whichever service refused it. The stdlib
only (no Scrapy): `crawler/commands/kibana.py` stays a thin adapter and the tests drive this
against a local stand-in of Kibana.
"""

from __future__ import annotations

import http.client
import json
import socket
import ssl
import urllib.error
import urllib.parse
import urllib.request
import uuid
from collections.abc import Iterable, Mapping
from typing import Any

from crawler.credentials import authorization, redacted_url, scrub
from crawler.kibana.objects import load_ndjson


class KibanaImportError(RuntimeError):
    """The import did not happen, or not for every object; the message is one line, secret-free."""


def import_url(kibana_url: str, space: str | None = None) -> str:
    base = redacted_url(kibana_url)
    if space:
        base += "/s/" + urllib.parse.quote(space, safe="")
    return base + "/api/saved_objects/_import?overwrite=true"


def multipart_body(ndjson_bytes: bytes) -> tuple[bytes, str]:
    boundary = f"----municipal-news-{uuid.uuid4().hex}"
    head = (
        f"--{boundary}\r\n"
        'Content-Disposition: form-data; name="file"; filename="saved_objects.ndjson"\r\n'
        "Content-Type: application/ndjson\r\n\r\n"
    ).encode()
    return head + ndjson_bytes + f"\r\n--{boundary}--\r\n".encode(), boundary


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """A redirect would resend our credentials to wherever it points: report it instead."""

    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


def import_saved_objects(
    kibana_url: str,
    ndjson_bytes: bytes,
    *,
    api_key: str | None = None,
    username: str | None = None,
    password: str | None = None,
    ca_certs: str | None = None,
    space: str | None = None,
    timeout: float = 30,
) -> dict[str, Any]:
    """POST the ndjson to Kibana's import API with overwrite; Kibana's answer when every object
    was imported, else KibanaImportError."""
    where = f"Kibana at {redacted_url(kibana_url)}"
    if urllib.parse.urlsplit(kibana_url).scheme not in {"http", "https"}:
        raise KibanaImportError(f"{where}: the URL must start with http:// or https://")
    auth = authorization(kibana_url, api_key or "", username or "", password or "")
    request = _import_request(kibana_url, ndjson_bytes, space, auth.header)
    try:
        status, raw = _send(request, ca_certs, timeout)
    except (urllib.error.URLError, OSError, http.client.HTTPException) as error:
        raise KibanaImportError(
            f"{where} is unreachable ({_reason(error, auth.secrets)})"
        ) from None
    if status >= 300:
        raise KibanaImportError(_http_problem(where, status, raw, auth.secrets))
    answer = _json(raw)
    if answer is None:
        raise KibanaImportError(f"{where} answered {status} without JSON: is KIBANA_URL Kibana?")
    if not answer.get("success") or answer.get("errors"):
        raise KibanaImportError(_import_problem(where, answer, ndjson_bytes, auth.secrets))
    return answer


def _import_request(
    kibana_url: str, ndjson_bytes: bytes, space: str | None, header: str
) -> urllib.request.Request:
    body, boundary = multipart_body(ndjson_bytes)
    request = urllib.request.Request(import_url(kibana_url, space), data=body, method="POST")
    request.add_header("kbn-xsrf", "true")
    request.add_header("Content-Type", f"multipart/form-data; boundary={boundary}")
    if header:
        request.add_header("Authorization", header)
    return request


def _send(
    request: urllib.request.Request, ca_certs: str | None, timeout: float
) -> tuple[int, bytes]:
    """Status and body of the answer, whatever the status; TLS always verified."""
    try:
        context = ssl.create_default_context(cafile=ca_certs or None)
    except (OSError, ssl.SSLError) as error:
        raise KibanaImportError(f"cannot use the CA certificate file {ca_certs}: {error}") from None
    opener = urllib.request.build_opener(urllib.request.HTTPSHandler(context=context), _NoRedirect)
    try:
        with opener.open(request, timeout=timeout) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        with error:
            return error.code, error.read()


def _reason(error: BaseException, secrets: Iterable[str]) -> str:
    reason = getattr(error, "reason", error)
    if isinstance(reason, ConnectionRefusedError):
        return "connection refused"
    if isinstance(reason, ssl.SSLCertVerificationError):
        return "TLS certificate not trusted: set KIBANA_CA_CERTS to the CA file"
    if isinstance(reason, TimeoutError):
        return "no answer in time"
    if isinstance(reason, socket.gaierror):
        return "unknown host"
    return scrub(str(getattr(reason, "strerror", None) or reason), secrets)


def _http_problem(where: str, status: int, raw: bytes, secrets: Iterable[str]) -> str:
    if status == 401:
        return (
            f"{where} refused the credentials (401): set KIBANA_API_KEY, "
            "or KIBANA_USERNAME and KIBANA_PASSWORD"
        )
    if 300 <= status < 400:
        return f"{where} redirected the request ({status}): set KIBANA_URL to Kibana's own address"
    answer = _json(raw) or {}
    message = str(answer.get("message") or raw[:200].decode("utf-8", "replace")).strip()
    hint = {
        403: " (the user may not manage saved objects)",
        404: " (check KIBANA_URL, its base path and the space)",
    }.get(status, "")
    return f"{where} refused the import ({status}){hint}: {scrub(message, secrets)}"


def _import_problem(
    where: str, answer: Mapping[str, Any], ndjson_bytes: bytes, secrets: Iterable[str]
) -> str:
    total = len(load_ndjson(ndjson_bytes))
    failures = [_failed_object(item, secrets) for item in answer.get("errors") or []]
    return (
        f"{where} imported {answer.get('successCount', 0)} of {total} saved objects; "
        f"failed: {'; '.join(failures) or 'no reason given'}"
    )


def _failed_object(item: Mapping[str, Any], secrets: Iterable[str]) -> str:
    """One object Kibana did not import, and why: its missing references or its message."""
    error = item.get("error") or {}
    detail = str(error.get("type") or "unknown")
    missing = [f"{r.get('type')} {r.get('id')}" for r in error.get("references") or []]
    if missing:
        detail += ": " + ", ".join(missing)
    elif error.get("message"):
        detail += ": " + str(error["message"])[:200]
    return f"{item.get('type')} {item.get('id')} ({scrub(detail, secrets)})"


def _json(raw: bytes) -> dict[str, Any] | None:
    try:
        value = json.loads(raw)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None
