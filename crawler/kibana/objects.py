"""Room: crawler/kibana — the shipped saved objects as data: ndjson, index prefix, field checks.

Reads and writes the ndjson Kibana exports, points the data view at another index prefix, and
checks every field the objects use against the index mapping (a field Kibana cannot use the
way an object asks fails a test here rather than a chart in Kibana). Pure functions and the
stdlib only, no network: the HTTP import is `client.py`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SAVED_OBJECTS_FILE = Path(__file__).resolve().parents[2] / "kibana" / "saved_objects.ndjson"
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
