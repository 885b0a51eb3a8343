"""Room: crawler/quality — the query shapes relevance is measured in: our search and Kibana's.

A query is measured the way `scrapy search` sends it (`build_search`) and the way Kibana sends
free text typed in Discover: Lucene syntax becomes a `query_string`, KQL free text a
`multi_match` without fields, both over the index's `index.query.default_field`, each unquoted
and quoted. Kept as plain search bodies, apart from the run (`measure.py`), so a test can check
a shape without a server.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from crawler.es.query import SearchRequest, build_search
from crawler.quality.queries import LabelledQuery
from crawler.text.script import search_forms


def kibana_lucene(query: str) -> dict[str, Any]:
    """Kibana's Lucene syntax: a query_string over index.query.default_field."""
    return {"query_string": {"query": query, "analyze_wildcard": True}}


def kibana_kql(query: str, quoted: bool) -> dict[str, Any]:
    """KQL free text (Kibana's default language): a multi_match without fields."""
    kind = "phrase" if quoted else "best_fields"
    return {"multi_match": {"type": kind, "query": query, "lenient": True}}


def quote(query: str) -> str:
    return '"' + query.replace('"', "") + '"'


def search_body(query: str, size: int) -> dict[str, Any]:
    """Exactly what `scrapy search QUERY` sends, for `size` results."""
    return build_search(SearchRequest(query=query, size=size))


SHAPES: dict[str, Callable[[str, int], dict[str, Any]]] = {
    "search": search_body,
    "lucene": lambda q, size: {"query": kibana_lucene(q), "size": size},
    "lucene-quoted": lambda q, size: {"query": kibana_lucene(quote(q)), "size": size},
    "kql": lambda q, size: {"query": kibana_kql(q, quoted=False), "size": size},
    "kql-quoted": lambda q, size: {"query": kibana_kql(q, quoted=True), "size": size},
}
QUOTED_SHAPES = ("lucene-quoted", "kql-quoted")
KIBANA_FREE_TEXT = ("lucene", "kql")
EITHER_SCRIPT_SHAPES = ("search", *KIBANA_FREE_TEXT)  # where both scripts must find the same
SHAPE_NOTES = {
    "search": "scrapy search (build_search)",
    "lucene": 'Kibana, Lucene syntax: {"query_string": {"query": q}}',
    "lucene-quoted": 'Kibana, Lucene syntax, quoted: {"query_string": {"query": "\\"q\\""}}',
    "kql": 'Kibana, KQL free text: {"multi_match": {"type": "best_fields", "query": q}}',
    "kql-quoted": 'Kibana, KQL quoted: {"multi_match": {"type": "phrase", "query": q}}',
}


def applies(shape: str, query: LabelledQuery) -> bool:
    """Quoting asks for the terms side by side, which multi-term labels do not describe: the
    quoted shapes run the word queries only."""
    return query.is_word or shape not in QUOTED_SHAPES


def script_forms(query: str) -> tuple[str, str]:
    """The query typed in Simplified and in Traditional (each term through `search_forms`)."""
    forms = [search_forms(term) for term in query.split()]
    return " ".join(f[0] for f in forms), " ".join(f[1] for f in forms)
