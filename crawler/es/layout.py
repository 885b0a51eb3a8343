"""Index layout: the template from es_mappings/, versioned indexes, and read/write aliases.

The template's shards and replicas come from ES_SHARDS/ES_REPLICAS (crawler/es/shards.py),
written over the file's when it is installed.

    <prefix>-v1, <prefix>-v2 …   versioned indexes created from the template
    <prefix>                      read alias (what Kibana and `scrapy search` query)
    <prefix>-write                write alias (what the crawl indexes into)

Everything here is idempotent: running set-up twice changes nothing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from elasticsearch import BadRequestError, Elasticsearch, NotFoundError

from crawler.es.shards import IndexShape

MAPPINGS_DIR = Path(__file__).resolve().parents[2] / "es_mappings"
TEMPLATE_FILE = "articles-v5.json"  # the name carries the template's "version"


@dataclass(frozen=True)
class IndexNames:
    prefix: str

    @property
    def read_alias(self) -> str:
        return self.prefix

    @property
    def write_alias(self) -> str:
        return f"{self.prefix}-write"

    @property
    def template(self) -> str:
        return f"{self.prefix}-articles"

    def versioned(self, version: int) -> str:
        return f"{self.prefix}-v{version}"


def load_template(prefix: str, path: Path | None = None) -> dict[str, Any]:
    """The template body with `{prefix}` filled in and `_comment` keys dropped.

    The template's `version` is also written into the mapping's `_meta`, so every index records
    the version it was made with: the template itself only applies when an index is created.
    """
    text = (path or MAPPINGS_DIR / TEMPLATE_FILE).read_text(encoding="utf-8")
    body = json.loads(text.replace("{prefix}", prefix))
    mappings = body["template"]["mappings"]
    mappings["_meta"] = {**mappings.get("_meta", {}), "template_version": body["version"]}
    return {key: value for key, value in body.items() if not key.startswith("_comment")}


def put_template(
    client: Elasticsearch,
    names: IndexNames,
    template: Path | None = None,
    shape: IndexShape | None = None,
) -> None:
    """The template from es_mappings/, or `template` (a candidate file, for measuring one),
    with the shards and replicas of `shape` (default: ES_SHARDS/ES_REPLICAS unset)."""
    body = load_template(names.prefix, template)
    index_settings = (shape or IndexShape()).index_settings(client)
    body["template"]["settings"] = {**body["template"].get("settings", {}), **index_settings}
    client.indices.put_index_template(name=names.template, **body)


def alias_targets(client: Elasticsearch, alias: str) -> list[str]:
    try:
        return sorted(client.indices.get_alias(name=alias).body)
    except NotFoundError:
        return []


def setup(
    client: Elasticsearch,
    names: IndexNames,
    template: Path | None = None,
    shape: IndexShape | None = None,
) -> dict[str, Any]:
    """Template, first versioned index and both aliases; returns what exists afterwards."""
    put_template(client, names, template, shape)
    created = False
    if not alias_targets(client, names.write_alias):
        index = names.versioned(1)
        if not client.indices.exists(index=index):
            created = _create(client, index)
        client.indices.update_aliases(
            actions=[
                {"add": {"index": index, "alias": names.read_alias}},
                {"add": {"index": index, "alias": names.write_alias, "is_write_index": True}},
            ]
        )
    return {
        "template": names.template,
        "created_index": created,
        "read_alias": {names.read_alias: alias_targets(client, names.read_alias)},
        "write_alias": {names.write_alias: alias_targets(client, names.write_alias)},
    }


def _create(client: Elasticsearch, index: str) -> bool:
    """Create `index`; False when another process created it first (workers, or the sites
    one worker crawls at once, all set up a fresh deployment's index together)."""
    try:
        client.indices.create(index=index)
    except BadRequestError as error:
        if error.error != "resource_already_exists_exception":
            raise
        return False
    return True


def status(client: Elasticsearch, names: IndexNames) -> dict[str, Any]:
    """What the read alias serves, and which template version made each of its indexes."""
    indexes = alias_targets(client, names.read_alias)
    current = load_template(names.prefix)["version"]
    made_by = template_versions(client, indexes)
    report: dict[str, Any] = {
        "read_alias": names.read_alias,
        "indexes": indexes,
        "documents": client.count(index=names.read_alias)["count"] if indexes else 0,
        "template_version": current,
        "index_template_versions": made_by,
    }
    outdated = [index for index, version in made_by.items() if version < current]
    if outdated:
        report["hint"] = (
            f"{', '.join(outdated)} made by an older template; `scrapy reprocess` rebuilds the"
            f" archive under version {current}"
        )
    return report


def template_versions(client: Elasticsearch, indexes: list[str]) -> dict[str, int]:
    """index -> template version it was made with; 1 for indexes from before it was recorded.
    An alias among `indexes` gives the indexes it points at."""
    if not indexes:
        return {}
    found = client.indices.get_mapping(index=",".join(indexes)).body
    return {
        index: int(body["mappings"].get("_meta", {}).get("template_version", 1))
        for index, body in found.items()
    }


def next_version(client: Elasticsearch, names: IndexNames) -> int:
    existing = client.indices.get(index=f"{names.prefix}-v*", allow_no_indices=True).body
    versions = [
        int(name.rsplit("-v", 1)[1]) for name in existing if name.rsplit("-v", 1)[1].isdigit()
    ]
    return max(versions, default=0) + 1


class SwapRefused(Exception):
    """The aliases stay where they are; the message says why."""


def swap_aliases(
    client: Elasticsearch, names: IndexNames, new_index: str, *, force: bool = False
) -> list[str]:
    """Point both aliases at `new_index` in one atomic request; returns the indexes left behind.

    Refused (SwapRefused) when `new_index` holds fewer documents than the live indexes, those the
    read alias points at, unless `force`: a new version must not quietly serve less.
    """
    live = alias_targets(client, names.read_alias)
    if live and not force:
        client.indices.refresh(index=[new_index, *live])
        held = client.count(index=new_index)["count"]
        serving = client.count(index=names.read_alias)["count"]
        if held < serving:
            raise SwapRefused(
                f"{new_index} holds {held} documents, the live {', '.join(live)} holds"
                f" {serving}: aliases left unchanged"
            )
    old = sorted(set(live) | set(alias_targets(client, names.write_alias)))
    actions: list[dict[str, Any]] = [
        {"remove": {"index": index, "alias": alias}}
        for index in old
        for alias in (names.read_alias, names.write_alias)
        if index in alias_targets(client, alias)
    ]
    actions += [
        {"add": {"index": new_index, "alias": names.read_alias}},
        {"add": {"index": new_index, "alias": names.write_alias, "is_write_index": True}},
    ]
    client.indices.update_aliases(actions=actions)
    return [index for index in old if index != new_index]
