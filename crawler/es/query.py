"""Search requests and results: either script, word = phrase, merged highlights.

A query term is converted to Simplified and to Traditional (as the index's `*_norm` and
`*_hant` copies are) and must occur as a phrase of single tokens: the copies' `.words`
subfields index every character as a token (next to the runs of up to three that Kibana
needs), so an article where the term's characters only appear scattered does not match,
whatever the term's length. The phrase is also tried on the original-script `title` and
`content`, which are lowercased (`.words` is not), so a Latin word matches in any case. A
term found as one whole `.words` token scores higher, so a word ranks above the same
characters split across two words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from crawler.text.meetings import person_key
from crawler.text.script import search_forms, to_simplified, to_traditional

HIGHLIGHT_TAGS = ("\u3010", "\u3011")  # 【 】 reads well in a terminal and in Chinese text
_ADJACENT = re.compile(re.escape(HIGHLIGHT_TAGS[1]) + r"(\s*)" + re.escape(HIGHLIGHT_TAGS[0]))


@dataclass(frozen=True)
class SearchRequest:
    query: str
    site: str = ""
    city: str = ""
    since: str = ""  # ISO date, inclusive
    until: str = ""  # ISO date, inclusive
    sort: str = "relevance"  # or "date"
    size: int = 10
    offset: int = 0
    meetings: bool = False  # only meeting reports
    person: str = ""  # chaired, spoke at or attended a meeting (either script)


def query_terms(query: str) -> list[str]:
    """Whitespace separates terms; quotes only group."""
    return [term for term in re.split(r"\s+", query.replace('"', " ").strip()) if term]


def term_clause(term: str) -> dict[str, Any]:
    """The term as a phrase in some copy (required); as one whole word token (scores higher)."""
    simplified, traditional = search_forms(term)
    forms = ((simplified, "norm"), (traditional, "hant"))
    phrases: list[dict[str, Any]] = []
    words: list[dict[str, Any]] = []
    for field, boost in (("title", 3.0), ("content", 1.0)):
        for form, suffix in forms:
            # Single tokens: the characters, which .words indexes beside its runs. The built-in
            # analyzer (it also lowercases Latin words, which the original fields catch) keeps
            # this query valid on indexes made by earlier versions of the template.
            tokens = {"query": form, "analyzer": "standard", "boost": boost}
            phrases.append({"match_phrase": {f"{field}_{suffix}.words": tokens}})
            # The original text, lowercased by its own analyzer (zh_unigram).
            phrases.append({"match_phrase": {field: {"query": form, "boost": boost}}})
            words.append({"match": {f"{field}_{suffix}.words": {"query": form, "boost": boost}}})
    return {
        "bool": {
            "must": [{"bool": {"should": phrases, "minimum_should_match": 1}}],
            "should": words,
        }
    }


def highlight_clause(terms: list[str]) -> dict[str, Any]:
    should = [
        {"match_phrase": {field: form}}
        for term in terms
        for form in dict.fromkeys((term, to_simplified(term), to_traditional(term)))
        for field in ("title", "content")
    ]
    return {
        "pre_tags": [HIGHLIGHT_TAGS[0]],
        "post_tags": [HIGHLIGHT_TAGS[1]],
        "highlight_query": {"bool": {"should": should}},
        "fields": {
            "title": {"number_of_fragments": 0},
            "content": {"fragment_size": 80, "number_of_fragments": 3},
        },
    }


def filters(request: SearchRequest) -> list[dict[str, Any]]:
    clauses: list[dict[str, Any]] = []
    if request.site:
        clauses.append({"term": {"site": request.site}})
    if request.city:
        clauses.append({"term": {"city": request.city}})
    if request.since or request.until:
        bounds = {"gte": request.since or None, "lte": request.until or None}
        clauses.append({"range": {"published_at": {k: v for k, v in bounds.items() if v}}})
    if request.meetings:
        clauses.append({"term": {"is_meeting_report": True}})
    person = person_key(request.person)
    if person:
        clauses.append({"term": {"people": person}})
    return clauses


def build_search(request: SearchRequest) -> dict[str, Any]:
    terms = query_terms(request.query)
    body: dict[str, Any] = {
        "query": {"bool": {"must": [term_clause(t) for t in terms], "filter": filters(request)}},
        "highlight": highlight_clause(terms),
        "size": request.size,
        "from": request.offset,
        "_source": [
            "title",
            "site",
            "city",
            "published_at",
            "url",
            "canonical_url",
            "source",
            "authors",
            "editors",
            "script",
        ],
        "track_total_hits": True,
    }
    if request.sort == "date":
        body["sort"] = [{"published_at": {"order": "desc", "missing": "_last"}}, "_score"]
    return body


def merge_adjacent_highlights(fragment: str) -> str:
    """【李】【强】 -> 【李强】: per-character tokens highlight one character at a time."""
    return _ADJACENT.sub(r"\1", fragment)


def format_hits(response: dict[str, Any]) -> list[dict[str, Any]]:
    hits = []
    for hit in response["hits"]["hits"]:
        source = hit["_source"]
        highlight = hit.get("highlight", {})
        hits.append(
            {
                **source,
                "score": hit.get("_score"),
                "title_highlight": merge_adjacent_highlights((highlight.get("title") or [""])[0]),
                "highlights": [merge_adjacent_highlights(f) for f in highlight.get("content", [])],
            }
        )
    return hits
