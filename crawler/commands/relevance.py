"""`scrapy relevance [--queries FILE] [--json]` — search relevance on the real Elasticsearch.

Builds the labelled corpus (crawler/relevance.py) into a throw-away index under
`<ES_INDEX_PREFIX>-relevance-<random>` on the configured Elasticsearch, runs every query the
way `scrapy search` sends it and the way Kibana sends free text (Lucene `query_string` and KQL
`multi_match` over `index.query.default_field`, each unquoted and quoted), checks that each
query typed in Simplified and in Traditional finds the same documents, prints P@10, recall and
the scattered rule per query and the means, and deletes the index and template by name.
Exit status 0 when the targets hold, 1 when they do not, 2 when Elasticsearch is unavailable.
"""

from __future__ import annotations

import argparse
import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from elasticsearch import Elasticsearch
from scrapy.exceptions import UsageError

from crawler import relevance
from crawler.es import layout
from crawler.es.bulk import send_batch
from crawler.es.documents import document_id, index_action
from crawler.es_command import EsCommand
from crawler.items import Article

EITHER_SCRIPT_SHAPES = ("search", *relevance.KIBANA_FREE_TEXT)


class Command(EsCommand):
    def syntax(self) -> str:
        return "[--queries FILE] [--json]"

    def short_desc(self) -> str:
        return "Measure search relevance (scrapy search and Kibana free text) on a labelled set"

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.add_argument(
            "--queries",
            type=Path,
            default=relevance.DEFAULT_QUERIES,
            help="labelled query set (default: tests/fixtures/relevance/queries.json)",
        )
        parser.add_argument("--json", action="store_true", help="one JSON document on stdout")

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if args:
            raise UsageError("no arguments; say --queries FILE for another query set")
        try:
            query_set = relevance.load_query_set(opts.queries)
            articles = relevance.build_corpus(query_set)
        except relevance.QuerySetError as error:
            raise UsageError(str(error), print_help=False) from None
        client, config = self.es_client()
        outcome = measure(client, f"{config.index_prefix}-relevance", query_set, articles)
        if opts.json:
            print(json.dumps(outcome.to_json(), ensure_ascii=False))
        else:
            print(outcome.to_text())
        self.exitcode = 1 if outcome.failures else 0


@dataclass(frozen=True)
class Outcome:
    scores: list[relevance.QueryScore]
    diagnostics: list[relevance.QueryScore]
    differ: list[str]  # where Simplified and Traditional find different documents
    documents: int

    @property
    def failures(self) -> list[str]:
        return relevance.target_failures(self.scores) + self.differ

    def to_text(self) -> str:
        return report_text(self)

    def to_json(self) -> dict[str, Any]:
        return report_json(self)


def measure(
    client: Elasticsearch,
    prefix: str,
    query_set: relevance.QuerySet,
    articles: dict[str, Article],
) -> Outcome:
    """Index the corpus under a fresh `<prefix>-<random>`, run everything, drop the index."""
    unique = f"{prefix}-{uuid.uuid4().hex[:8]}"
    try:
        alias, keys = index_corpus(client, unique, articles)
        return Outcome(
            scores=run_queries(client, alias, keys, query_set.queries),
            diagnostics=run_queries(client, alias, keys, query_set.diagnostics),
            differ=either_script(client, alias, keys, query_set.queries),
            documents=len(articles),
        )
    finally:
        drop_corpus(client, unique)


def index_corpus(
    client: Elasticsearch, prefix: str, articles: dict[str, Article]
) -> tuple[str, dict[str, str]]:
    """Template, index and aliases under `prefix`, the corpus indexed and refreshed; returns
    the read alias and document _id -> corpus key."""
    names = layout.IndexNames(prefix)
    layout.setup(client, names)
    actions = [index_action(names.write_alias, article) for article in articles.values()]
    result = send_batch(client, actions)
    if result.failures:
        url, reason = result.failures[0]
        raise UsageError(f"corpus not indexed: {url}: {reason}", print_help=False)
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
    response = client.search(index=alias, **relevance.SHAPES[shape](text, len(keys)))
    return [keys.get(hit["_id"], hit["_id"]) for hit in response["hits"]["hits"]]


def run_queries(
    client: Elasticsearch,
    alias: str,
    keys: dict[str, str],
    queries: Sequence[relevance.LabelledQuery],
    shapes: Sequence[str] = tuple(relevance.SHAPES),
) -> list[relevance.QueryScore]:
    """Every query in every shape that applies to it."""
    return [
        relevance.score_query(query, shape, search_keys(client, alias, keys, shape, query.query))
        for query in queries
        for shape in shapes
        if relevance.applies(shape, query)
    ]


def either_script(
    client: Elasticsearch,
    alias: str,
    keys: dict[str, str],
    queries: Sequence[relevance.LabelledQuery],
    shapes: Sequence[str] = EITHER_SCRIPT_SHAPES,
) -> list[str]:
    """Where a query typed in Simplified and the same query typed in Traditional find
    different documents (empty when either script finds the same articles everywhere)."""
    differ = []
    for query in queries:
        simplified, traditional = relevance.script_forms(query.query)
        for shape in shapes:
            hans = set(search_keys(client, alias, keys, shape, simplified))
            hant = set(search_keys(client, alias, keys, shape, traditional))
            if hans != hant:
                differ.append(
                    f"{shape}: {simplified!r} and {traditional!r} differ: "
                    f"only {sorted(hans - hant)} / only {sorted(hant - hans)}"
                )
    return differ


def report_text(outcome: Outcome) -> str:
    shapes = list(relevance.SHAPES)
    queries = len({s.query for s in outcome.scores})
    lines = [
        f"{queries} labelled queries over {outcome.documents} documents: P@10, recall (R) and "
        "the scattered rule (S: no document lacking the word ranks above one containing it)",
        *(f"  {shape:14} {relevance.SHAPE_NOTES[shape]}" for shape in shapes),
        "",
        relevance.format_table(outcome.scores, shapes),
    ]
    if outcome.diagnostics:
        lines += [
            "",
            "Diagnostics (reported, not held to the targets):",
            relevance.format_table(outcome.diagnostics, shapes),
        ]
    verdict = "the same documents" if not outcome.differ else f"{len(outcome.differ)} differ"
    lines += [
        "",
        f"Either script: the {queries} queries typed in Simplified and in Traditional "
        f"({', '.join(EITHER_SCRIPT_SHAPES)}): {verdict}.",
    ]
    if outcome.failures:
        lines += ["Targets NOT met:", *(f"  {failure}" for failure in outcome.failures)]
    else:
        lines.append(
            f"Targets met: word-query P@10 >= {relevance.TARGET_PRECISION} and recall >= "
            f"{relevance.TARGET_RECALL} in every shape; the scattered rule holds everywhere."
        )
    return "\n".join(lines)


def report_json(outcome: Outcome) -> dict[str, Any]:
    return {
        "shapes": relevance.SHAPE_NOTES,
        "targets": {
            "precision_at_10": relevance.TARGET_PRECISION,
            "recall": relevance.TARGET_RECALL,
            "applies_to": "word queries (one term); the scattered rule: every query",
        },
        "documents": outcome.documents,
        "queries": _per_query(outcome.scores),
        "means": {
            shape: {name: relevance.means_to_json(m) for name, m in by_group.items()}
            for shape, by_group in relevance.summary(outcome.scores).items()
        },
        "diagnostics": _per_query(outcome.diagnostics),
        "either_script": {"shapes": list(EITHER_SCRIPT_SHAPES), "differ": outcome.differ},
        "passed": not outcome.failures,
        "failures": outcome.failures,
    }


def _per_query(scores: list[relevance.QueryScore]) -> list[dict[str, Any]]:
    rows: dict[relevance.LabelledQuery, dict[str, Any]] = {}
    for score in scores:
        row = rows.setdefault(
            score.query,
            {
                "query": score.query.query,
                "script": score.query.script,
                "kind": score.query.kind,
                "relevant": sorted(score.query.relevant),
                "shapes": {},
            },
        )
        row["shapes"][score.shape] = relevance.score_to_json(score)
    return list(rows.values())
