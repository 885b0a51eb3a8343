"""Room: crawler/quality — one relevance run on a real Elasticsearch, cleaned up after itself.

Builds the labelled corpus (`corpus.py`) into a throw-away index under `<prefix>-<random>` with
the project's own template and aliases, runs every query in every shape that applies to it
(`shapes.py`), checks that each query typed in Simplified and in Traditional finds the same
documents, and deletes the indexes and template by name. The only module of the package that
talks to a server; what it returns (`Outcome`) is scored by `metrics.py` and printed by
`report.py`.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from pathlib import Path

from elasticsearch import Elasticsearch

from crawler.es import layout
from crawler.es.bulk import send_batch
from crawler.es.documents import document_id, index_action
from crawler.items import Article
from crawler.quality.metrics import Outcome, QueryScore, score_query
from crawler.quality.queries import LabelledQuery, QuerySet
from crawler.quality.shapes import EITHER_SCRIPT_SHAPES, SHAPES, applies, script_forms


class CorpusNotIndexed(RuntimeError):
    """Elasticsearch refused a document of the corpus; the message names the first one."""


def measure(
    client: Elasticsearch,
    prefix: str,
    query_set: QuerySet,
    articles: dict[str, Article],
    template: Path | None = None,
) -> Outcome:
    """Index the corpus under a fresh `<prefix>-<random>`, run everything, drop the index.
    `template`: a candidate template file instead of the project's (benchmarks/search.py)."""
    unique = f"{prefix}-{uuid.uuid4().hex[:8]}"
    try:
        alias, keys = index_corpus(client, unique, articles, template)
        return Outcome(
            scores=run_queries(client, alias, keys, query_set.queries),
            diagnostics=run_queries(client, alias, keys, query_set.diagnostics),
            differ=either_script(client, alias, keys, query_set.queries),
            documents=len(articles),
        )
    finally:
        drop_corpus(client, unique)


def index_corpus(
    client: Elasticsearch,
    prefix: str,
    articles: dict[str, Article],
    template: Path | None = None,
) -> tuple[str, dict[str, str]]:
    """Template, index and aliases under `prefix`, the corpus indexed and refreshed; returns
    the read alias and document _id -> corpus key."""
    names = layout.IndexNames(prefix)
    layout.setup(client, names, template)
    actions = [index_action(names.write_alias, article) for article in articles.values()]
    result = send_batch(client, actions)
    if result.failures:
        url, reason = result.failures[0]
        raise CorpusNotIndexed(f"corpus not indexed: {url}: {reason}")
    client.indices.refresh(index=names.read_alias)
    keys = {
        document_id(article.canonical_url or article.url): key for key, article in articles.items()
    }
    return names.read_alias, keys


def drop_corpus(client: Elasticsearch, prefix: str) -> None:
    """Delete the throw-away indexes and template, by name (wildcard deletes are refused)."""
    names = layout.IndexNames(prefix)
    indexes = client.indices.get(index=f"{prefix}-v*", allow_no_indices=True).body
    if indexes:
        client.indices.delete(index=",".join(sorted(indexes)))
    client.options(ignore_status=404).indices.delete_index_template(name=names.template)


def search_keys(
    client: Elasticsearch, alias: str, keys: dict[str, str], shape: str, text: str
) -> list[str]:
    """The ranked corpus keys one shape finds for `text`; it asks for the whole corpus so
    recall sees every hit."""
    response = client.search(index=alias, **SHAPES[shape](text, len(keys)))
    return [keys.get(hit["_id"], hit["_id"]) for hit in response["hits"]["hits"]]


def run_queries(
    client: Elasticsearch,
    alias: str,
    keys: dict[str, str],
    queries: Sequence[LabelledQuery],
    shapes: Sequence[str] = tuple(SHAPES),
) -> list[QueryScore]:
    """Every query in every shape that applies to it."""
    return [
        score_query(query, shape, search_keys(client, alias, keys, shape, query.query))
        for query in queries
        for shape in shapes
        if applies(shape, query)
    ]


def either_script(
    client: Elasticsearch,
    alias: str,
    keys: dict[str, str],
    queries: Sequence[LabelledQuery],
    shapes: Sequence[str] = EITHER_SCRIPT_SHAPES,
) -> list[str]:
    """Where a query typed in Simplified and the same query typed in Traditional find
    different documents (empty when either script finds the same articles everywhere)."""
    differ = []
    for query in queries:
        simplified, traditional = script_forms(query.query)
        for shape in shapes:
            hans = set(search_keys(client, alias, keys, shape, simplified))
            hant = set(search_keys(client, alias, keys, shape, traditional))
            if hans != hant:
                differ.append(
                    f"{shape}: {simplified!r} and {traditional!r} differ: "
                    f"only {sorted(hans - hant)} / only {sorted(hant - hans)}"
                )
    return differ
