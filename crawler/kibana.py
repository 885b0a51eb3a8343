"""Kibana saved objects: read the shipped ndjson, check its fields against the mapping, import it.

Pure logic and the stdlib only (no Scrapy), so the tests drive it directly and
`crawler/commands/kibana.py` stays a thin adapter. The import goes through Kibana's
`POST /api/saved_objects/_import?overwrite=true`: the objects have fixed ids, so a second import
replaces them instead of making copies.
"""

from __future__ import annotations

import base64
import http.client
import json
import re
import socket
import ssl
import urllib.error
import urllib.parse
import urllib.request
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SAVED_OBJECTS_FILE = Path(__file__).resolve().parents[1] / "kibana" / "saved_objects.ndjson"
DATA_VIEW_ID = "municipal-news-data-view"
DEFAULT_INDEX_PREFIX = "municipal-news"

INTEGERS = {"long", "integer", "short", "byte", "unsigned_long"}
NUMERIC = INTEGERS | {"double", "float", "half_float", "scaled_float"}
DATES = {"date", "date_nanos"}
EXACT = {"keyword", "constant_keyword", "boolean", "ip"} | NUMERIC
# What a field's mapping type must be for each way the saved objects use it; None = any leaf.
USABLE_TYPES: dict[str, set[str] | None] = {
    "time_field": DATES,
    "date_histogram": DATES,
    "terms": EXACT,
    "filter": EXACT | DATES,
    "sort": EXACT | DATES,
    "aggregate": EXACT | DATES,
    "metric": NUMERIC,
    "column": None,
    "query": None,
    "format": None,
}
# Lens operations and legacy aggregations by the use they make of their field; others are metrics.
AGG_USAGE = {
    "date_histogram": "date_histogram",
    "terms": "terms",
    "significant_terms": "terms",
    "count": "aggregate",
    "unique_count": "aggregate",
    "cardinality": "aggregate",
    "last_value": "aggregate",
    "top_hits": "aggregate",
}
FILTER_CLAUSES = ("match_phrase", "match", "term", "terms", "range", "prefix", "wildcard")
QUERY_FIELD = re.compile(r"(?<![\w.\\])([A-Za-z_][\w.]*)\s*:")


class KibanaImportError(RuntimeError):
    """The import did not happen, or not for every object; the message is one line, secret-free."""


@dataclass(frozen=True)
class FieldUse:
    object_type: str
    object_id: str
    usage: str  # a key of USABLE_TYPES

    def __str__(self) -> str:
        return f"{self.usage} in {self.object_type} {self.object_id}"


@dataclass(frozen=True)
class Problem:
    field: str
    use: FieldUse
    reason: str

    def __str__(self) -> str:
        return f"{self.field} ({self.use}): {self.reason}"


# ndjson --------------------------------------------------------------------------------------


def load_ndjson(data: bytes | str) -> list[dict[str, Any]]:
    text = data.decode("utf-8") if isinstance(data, bytes) else data
    objects = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as error:
            raise ValueError(f"line {number} is not JSON: {error.msg}") from None
        if not isinstance(value, dict):
            raise ValueError(f"line {number} is not a JSON object")
        objects.append(value)
    return objects


def dump_ndjson(objects: Iterable[Mapping[str, Any]]) -> bytes:
    lines = (json.dumps(obj, ensure_ascii=False, separators=(",", ":")) for obj in objects)
    return "".join(line + "\n" for line in lines).encode("utf-8")


def with_index_prefix(objects: list[dict[str, Any]], prefix: str) -> list[dict[str, Any]]:
    """The objects with the data view pointed at `prefix` (the read alias) instead of the default."""
    result = []
    for obj in objects:
        if obj.get("type") == "index-pattern" and obj.get("id") == DATA_VIEW_ID:
            obj = {**obj, "attributes": {**obj["attributes"], "title": prefix}}
        result.append(obj)
    return result


# fields --------------------------------------------------------------------------------------


def referenced_fields(objects: Iterable[Mapping[str, Any]]) -> dict[str, list[FieldUse]]:
    """Every index field the saved objects name, with how each object uses it."""
    found: dict[str, list[FieldUse]] = {}
    for obj in objects:
        for field, usage in _fields_of(obj):
            use = FieldUse(str(obj.get("type")), str(obj.get("id")), usage)
            uses = found.setdefault(field, [])
            if use not in uses:
                uses.append(use)
    return found


def _fields_of(obj: Mapping[str, Any]) -> Iterable[tuple[str, str]]:
    attributes = obj.get("attributes") or {}
    if obj.get("type") == "index-pattern":
        if attributes.get("timeFieldName"):
            yield attributes["timeFieldName"], "time_field"
        yield from ((f, "format") for f in json.loads(attributes.get("fieldFormatMap") or "{}"))
    yield from ((f, "column") for f in attributes.get("columns") or [])
    yield from ((pair[0], "sort") for pair in attributes.get("sort") or [])
    meta = attributes.get("kibanaSavedObjectMeta") or {}
    source = json.loads(meta.get("searchSourceJSON") or "{}")
    yield from _query_fields(source.get("query"), source.get("filter"))
    state = attributes.get("state") or {}
    yield from _query_fields(state.get("query"), state.get("filters"))
    yield from _lens_fields(state.get("datasourceStates") or {})
    for agg in json.loads(attributes.get("visState") or "{}").get("aggs") or []:
        field = (agg.get("params") or {}).get("field")
        if field:
            yield field, AGG_USAGE.get(agg.get("type"), "metric")


def _lens_fields(datasources: Mapping[str, Any]) -> Iterable[tuple[str, str]]:
    # `indexpattern` is the name Lens used before 8.6 for what is now `formBased`.
    for datasource in (datasources.get("formBased"), datasources.get("indexpattern")):
        for layer in ((datasource or {}).get("layers") or {}).values():
            for column in (layer.get("columns") or {}).values():
                field = column.get("sourceField")
                if field and field != "___records___":
                    yield field, AGG_USAGE.get(column.get("operationType"), "metric")


def _query_fields(query: Any, filters: Any) -> Iterable[tuple[str, str]]:
    if isinstance(query, dict) and isinstance(query.get("query"), str):
        yield from ((m, "query") for m in QUERY_FIELD.findall(query["query"]))
    for item in filters or []:
        if (item.get("meta") or {}).get("key"):
            yield item["meta"]["key"], "filter"
        clauses = item.get("query") or {}
        for clause in FILTER_CLAUSES:
            yield from ((f, "filter") for f in clauses.get(clause) or {})
        if (clauses.get("exists") or {}).get("field"):
            yield clauses["exists"]["field"], "filter"


def mapped_fields(mapping: Mapping[str, Any]) -> dict[str, Mapping[str, Any]]:
    """`{dotted.path: field mapping}` for an index template, a `mappings` body or its properties;
    multi-fields (`title.raw`) are paths of their own."""
    body: Mapping[str, Any] = mapping.get("template", mapping)
    body = body.get("mappings", body)
    flat: dict[str, Mapping[str, Any]] = {}

    def walk(properties: Mapping[str, Any], prefix: str) -> None:
        for name, spec in properties.items():
            path = prefix + name
            flat[path] = spec
            walk(spec.get("properties") or {}, path + ".")
            walk(spec.get("fields") or {}, path + ".")

    walk(body.get("properties", body), "")
    return flat


def check_fields(objects: Iterable[Mapping[str, Any]], mapping: Mapping[str, Any]) -> list[Problem]:
    """Each field use the mapping cannot serve: a missing field, or a type Kibana can't use so."""
    fields = mapped_fields(mapping)
    problems = []
    for field, uses in sorted(referenced_fields(objects).items()):
        spec = fields.get(field)
        for use in uses:
            reason = _unusable(spec, use.usage)
            if reason:
                problems.append(Problem(field, use, reason))
    return problems


def _unusable(spec: Mapping[str, Any] | None, usage: str) -> str:
    if spec is None:
        return "not in the mapping"
    kind = str(spec.get("type") or "object")
    if kind == "object" or "properties" in spec:
        return "an object, not a field"
    allowed = USABLE_TYPES[usage]
    if allowed is not None and kind not in allowed:
        return f"mapped as {kind}, which Kibana cannot use for {usage}"
    if usage in {"filter", "query"} and spec.get("index") is False:
        return "not indexed, so it cannot be searched"
    if (
        usage in {"terms", "aggregate", "sort", "date_histogram"}
        and spec.get("doc_values") is False
    ):
        return "has no doc values, so it cannot be aggregated or sorted on"
    return ""


# import --------------------------------------------------------------------------------------


def redacted_url(url: str) -> str:
    """The URL without user:password and without a trailing slash, for messages."""
    parts = urllib.parse.urlsplit(url)
    return parts._replace(netloc=parts.netloc.rpartition("@")[2]).geturl().rstrip("/")


def import_url(kibana_url: str, space: str | None = None) -> str:
    base = redacted_url(kibana_url)
    if space:
        base += "/s/" + urllib.parse.quote(space, safe="")
    return base + "/api/saved_objects/_import?overwrite=true"


def credentials(
    kibana_url: str, api_key: str | None, username: str | None, password: str | None
) -> tuple[str | None, list[str]]:
    """The Authorization header (API key first, then user/password, given or in the URL) and
    every secret string that must never reach a message."""
    if api_key:
        # Kibana wants the encoded form; accept the `id:key` pair too.
        token = base64.b64encode(api_key.encode()).decode() if ":" in api_key else api_key
        return f"ApiKey {token}", [api_key, token]
    parts = urllib.parse.urlsplit(kibana_url)
    if not username and parts.username:
        username = urllib.parse.unquote(parts.username)
        password = urllib.parse.unquote(parts.password or "")
    if not username:
        return None, []
    token = base64.b64encode(f"{username}:{password or ''}".encode()).decode()
    return f"Basic {token}", [s for s in (token, password, username) if s]


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
    body, boundary = multipart_body(ndjson_bytes)
    request = urllib.request.Request(import_url(kibana_url, space), data=body, method="POST")
    request.add_header("kbn-xsrf", "true")
    request.add_header("Content-Type", f"multipart/form-data; boundary={boundary}")
    header, secrets = credentials(kibana_url, api_key, username, password)
    if header:
        request.add_header("Authorization", header)
    try:
        status, raw = _send(request, ca_certs, timeout)
    except (urllib.error.URLError, OSError, http.client.HTTPException) as error:
        raise KibanaImportError(f"{where} is unreachable ({_reason(error, secrets)})") from None
    if status >= 300:
        raise KibanaImportError(_http_problem(where, status, raw, secrets))
    answer = _json(raw)
    if answer is None:
        raise KibanaImportError(f"{where} answered {status} without JSON: is KIBANA_URL Kibana?")
    if not answer.get("success") or answer.get("errors"):
        raise KibanaImportError(_import_problem(where, answer, ndjson_bytes, secrets))
    return answer


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


def _reason(error: BaseException, secrets: list[str]) -> str:
    reason = getattr(error, "reason", error)
    if isinstance(reason, ConnectionRefusedError):
        return "connection refused"
    if isinstance(reason, ssl.SSLCertVerificationError):
        return "TLS certificate not trusted: set KIBANA_CA_CERTS to the CA file"
    if isinstance(reason, TimeoutError):
        return "no answer in time"
    if isinstance(reason, socket.gaierror):
        return "unknown host"
    return _scrub(str(getattr(reason, "strerror", None) or reason), secrets)


def _http_problem(where: str, status: int, raw: bytes, secrets: list[str]) -> str:
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
    return f"{where} refused the import ({status}){hint}: {_scrub(message, secrets)}"


def _import_problem(
    where: str, answer: Mapping[str, Any], ndjson_bytes: bytes, secrets: list[str]
) -> str:
    total = len(load_ndjson(ndjson_bytes))
    failures = []
    for item in answer.get("errors") or []:
        error = item.get("error") or {}
        detail = str(error.get("type") or "unknown")
        missing = [f"{r.get('type')} {r.get('id')}" for r in error.get("references") or []]
        if missing:
            detail += ": " + ", ".join(missing)
        elif error.get("message"):
            detail += ": " + str(error["message"])[:200]
        failures.append(f"{item.get('type')} {item.get('id')} ({_scrub(detail, secrets)})")
    return (
        f"{where} imported {answer.get('successCount', 0)} of {total} saved objects; "
        f"failed: {'; '.join(failures) or 'no reason given'}"
    )


def _json(raw: bytes) -> dict[str, Any] | None:
    try:
        value = json.loads(raw)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def _scrub(text: str, secrets: Iterable[str]) -> str:
    """Text that came from outside (Kibana's answer, the OS), on one line and without secrets."""
    text = " ".join(text.split())
    for secret in sorted(secrets, key=len, reverse=True):
        text = text.replace(secret, "***")
    return text
