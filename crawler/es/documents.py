"""Article -> Elasticsearch document: `_id` from the canonical URL so a re-crawl updates in place."""

from __future__ import annotations

import hashlib
from dataclasses import asdict
from typing import Any

from itemadapter import ItemAdapter

from crawler.items import Article


def document_id(canonical_url: str) -> str:
    # A hash keeps ids short and valid whatever the URL's length or characters (ES caps _id at 512 bytes).
    return hashlib.sha256(canonical_url.encode("utf-8")).hexdigest()


def to_document(item: Article | dict[str, Any]) -> dict[str, Any]:
    data = asdict(item) if isinstance(item, Article) else dict(ItemAdapter(item).items())
    return {key: value for key, value in data.items() if value not in (None, "")}


def index_action(index: str, item: Article | dict[str, Any]) -> dict[str, Any]:
    document = to_document(item)
    url = document.get("canonical_url") or document["url"]
    return {"_op_type": "index", "_index": index, "_id": document_id(url), "_source": document}
