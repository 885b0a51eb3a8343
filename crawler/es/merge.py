"""One article, one document: copies of an article under other URLs merge into the first.

Mainland portals serve the same article at a Simplified URL and at a Traditional-script gateway
URL, or under several paths. Their `fingerprint` (a hash of the normalized Simplified text) is
equal, so whichever copy was indexed first keeps its document and `_id`; a later copy only adds
its URLs to that document's `alternate_urls`. Short texts never merge: "详见附件" is not an article.

Adding URLs must never take any away, also when several writers (workers of a distributed
crawl, a spool replay beside a crawl) add to one document at once: `guarded_url_updates`
rewrites each URL update against the document as it is now (its URLs joined with the update's)
and makes it conditional on the document's sequence number, so a concurrent change fails the
update (409) instead of being overwritten, and the update is made again (crawler/es/indexer.py).
Scripted updates would do it in one step, but the integ-test distribution has no scripting.

An update re-indexes the document from its `_source`, which leaves out the Simplified and
Traditional copies (template version 4): every search goes through them, so an update that did
not bring them would make the article unfindable. A copy merged has the same fingerprint, which
hashes the normalized title and content, so its copies are the document's own: the update
carries them (`SEARCH_COPIES`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from elasticsearch import Elasticsearch

MIN_MERGE_CHARS = 80
# Indexed but not in _source (es_mappings: `_source.excludes`): an update must send them again.
SEARCH_COPIES = ("title_norm", "content_norm", "title_hant", "content_hant")


@dataclass
class KnownCopy:
    doc_id: str
    canonical_url: str
    urls: set[str] = field(default_factory=set)


Lookup = Callable[[list[str]], dict[str, KnownCopy]]


def _urls(source: dict[str, Any]) -> set[str]:
    found = {source.get("url"), source.get("canonical_url"), *source.get("alternate_urls", [])}
    return {url for url in found if url}


def mergeable(source: dict[str, Any]) -> bool:
    return (
        bool(source.get("fingerprint")) and len(source.get("content_norm", "")) >= MIN_MERGE_CHARS
    )


def merge_copies(
    actions: list[dict[str, Any]], known: dict[str, KnownCopy], lookup: Lookup
) -> tuple[list[dict[str, Any]], int]:
    """Rewrite a batch so every copy of an already-known article becomes an update of its URLs.

    `known` (fingerprint -> copy) is this run's memory and is updated in place; `lookup` asks
    the index for fingerprints indexed by earlier runs. Returns the actions and how many merged.
    """
    missing = [a["_source"]["fingerprint"] for a in actions if mergeable(a.get("_source", {}))]
    known.update(lookup([fp for fp in dict.fromkeys(missing) if fp not in known]))
    result: list[dict[str, Any]] = []
    pending_updates: dict[str, dict[str, Any]] = {}
    merged = 0
    for action in actions:
        source = action.get("_source")
        if source is None:  # already an update (e.g. replayed from the spool): keep as is
            result.append(action)
            continue
        copy = known.get(source.get("fingerprint", "")) if mergeable(source) else None
        if copy is None or copy.doc_id == action["_id"]:
            result.append(action)
            if mergeable(source):
                known[source["fingerprint"]] = _copy(action["_id"], source)
            continue
        copy.urls |= _urls(source)
        merged += 1
        pending_updates[copy.doc_id] = _alternates_update(action["_index"], copy, source)
    return _apply_updates(result, pending_updates), merged


def _alternates_update(index: str, copy: KnownCopy, source: dict[str, Any]) -> dict[str, Any]:
    """The document's URLs with the copy's, and the search copies (the copy's are its own)."""
    return {
        "_op_type": "update",
        "_index": index,
        "_id": copy.doc_id,
        "doc": {
            "alternate_urls": sorted(copy.urls - {copy.canonical_url}),
            **search_copies(source),
        },
    }


def search_copies(source: dict[str, Any]) -> dict[str, Any]:
    return {name: source[name] for name in SEARCH_COPIES if name in source}


def _apply_updates(
    actions: list[dict[str, Any]], updates: dict[str, dict[str, Any]]
) -> list[dict[str, Any]]:
    """A copy whose first version is in this same batch changes that action instead."""
    for action in actions:
        update = updates.pop(action["_id"], None) if "_source" in action else None
        if update is not None:
            canonical = action["_source"].get("canonical_url")
            action["_source"]["alternate_urls"] = [
                u for u in update["doc"]["alternate_urls"] if u != canonical
            ]
    return actions + list(updates.values())


def copies_from_hits(hits: Iterable[dict[str, Any]]) -> dict[str, KnownCopy]:
    copies: dict[str, KnownCopy] = {}
    for hit in hits:
        source = hit["_source"]
        copies.setdefault(source["fingerprint"], _copy(hit["_id"], source))
    return copies


def _copy(doc_id: str, source: dict[str, Any]) -> KnownCopy:
    return KnownCopy(doc_id, str(source.get("canonical_url", "")), _urls(source))


def index_lookup(client: Elasticsearch, index: str) -> Lookup:
    """A Lookup asking `index` for documents with these fingerprints (earlier runs' copies)."""

    def lookup(fingerprints: list[str]) -> dict[str, KnownCopy]:
        if not fingerprints:
            return {}
        response = client.search(
            index=index,
            query={"terms": {"fingerprint": fingerprints}},
            size=len(fingerprints) * 2,
            source_includes=["fingerprint", "url", "canonical_url", "alternate_urls"],
            sort=["fetched_at"],  # the first fetched copy keeps the document
            # An answer from only some shards would miss copies and make duplicates: a shard
            # that cannot answer fails the lookup (503), and the caller keeps the batch.
            allow_partial_search_results=False,
        )
        return copies_from_hits(response["hits"]["hits"])

    return lookup


def is_url_update(action: dict[str, Any]) -> bool:
    return action.get("_op_type") == "update" and "alternate_urls" in action.get("doc", {})


def guarded_url_updates(
    client: Elasticsearch, updates: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """Each URL update as the union of the document's current URLs and its own, conditional
    on the document not changing before it lands. An update whose document is not there (yet)
    is returned as it is."""
    if not updates:
        return []
    found: dict[tuple[str, str], dict[str, Any]] = {}
    by_index: dict[str, list[str]] = {}
    for update in updates:
        by_index.setdefault(update["_index"], []).append(str(update["_id"]))
    for index, ids in by_index.items():
        response = client.mget(
            index=index, ids=ids, source_includes=["url", "canonical_url", "alternate_urls"]
        )
        for doc in response["docs"]:
            if doc.get("found"):
                found[(index, str(doc["_id"]))] = doc
    return [
        _guarded(update, found.get((update["_index"], str(update["_id"])))) for update in updates
    ]


def _guarded(update: dict[str, Any], current: dict[str, Any] | None) -> dict[str, Any]:
    if current is None:
        return update
    source = current["_source"]
    canonical = source.get("canonical_url")
    urls = (_urls(source) | set(update["doc"]["alternate_urls"])) - {canonical}
    return {
        "_op_type": "update",
        "_index": update["_index"],
        "_id": update["_id"],
        "if_seq_no": current["_seq_no"],
        "if_primary_term": current["_primary_term"],
        "doc": {**update["doc"], "alternate_urls": sorted(urls)},
    }
