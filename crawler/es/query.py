"""Search requests and results: either script, word = phrase, merged highlights.

A query term is converted to Simplified and to Traditional (as the index's `*_norm` and
`*_hant` copies are, which it indexes together in `title_scripts` and `content_scripts`) and
must occur whole, so an article where the term's characters only appear scattered does not
match, whatever the term's length. A term of Han characters and digits is found by the runs of
those fields, in each of its forms (once when both scripts write it alike): one `.words` token
up to three tokens, a phrase of `.long` 4-token runs from four (`run_clause`), which reads far
shorter position lists than a phrase of single common characters. Any other term (Latin letters, inner punctuation) is a phrase of
single characters on the original-script `title` and `content`, in both scripts' forms; they
are lowercased (`.words` is not), so a Latin word matches in any case, and it scores higher
where it is one whole `.words` token, so a word ranks above the same letters inside a longer
one.

`check_request` refuses, before anything is sent, what Elasticsearch would refuse with a 400
(a date it cannot parse, a page past its result window); its messages name the options of
`scrapy search`, whose fields SearchRequest mirrors.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from elasticsearch import ApiError, Elasticsearch, TransportError

from crawler.es.client import EsConfig, SearchUnavailable
from crawler.es.layout import IndexNames, template_versions
from crawler.text.meetings import person_key
from crawler.text.script import search_forms, to_simplified, to_traditional

HIGHLIGHT_TAGS = ("\u3010", "\u3011")  # 【 】 reads well in a terminal and in Chinese text
_ADJACENT = re.compile(re.escape(HIGHLIGHT_TAGS[1]) + r"(\s*)" + re.escape(HIGHLIGHT_TAGS[0]))
# Elasticsearch's default `index.max_result_window`: it refuses a search with from + size above.
MAX_RESULT_WINDOW = 10_000
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)


class InvalidSearch(ValueError):
    """A search that cannot be made as asked; the message says what is accepted, in one line."""


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


def check_request(request: SearchRequest) -> None:
    """InvalidSearch for dates that are not YYYY-MM-DD days, and for paging past the window."""
    for option, value in (("--since", request.since), ("--until", request.until)):
        if value:
            check_day(option, value)
    if request.size < 1 or request.offset < 0:
        raise InvalidSearch("--size and --page start at 1")
    if request.offset + request.size > MAX_RESULT_WINDOW:
        page = request.offset // request.size + 1
        raise InvalidSearch(
            f"--page {page} with --size {request.size} asks for results {request.offset + 1}"
            f" to {request.offset + request.size}; Elasticsearch gives at most the first"
            f" {MAX_RESULT_WINDOW} (from + size): narrow the search with a query or filter"
        )


def check_day(option: str, value: str) -> None:
    """A day as YYYY-MM-DD (what the index's dates are compared with), or InvalidSearch."""
    accepted = "give a day as YYYY-MM-DD, e.g. 2022-03-31"
    if not _DAY.fullmatch(value):
        raise InvalidSearch(f"{option} {value!r} is not a date: {accepted}")
    try:
        date.fromisoformat(value)
    except ValueError as error:
        raise InvalidSearch(f"{option} {value!r} is not a date ({error}): {accepted}") from None


def query_terms(query: str) -> list[str]:
    """Whitespace separates terms; quotes only group."""
    return [term for term in re.split(r"\s+", query.replace('"', " ").strip()) if term]


# Han characters of the BMP (unified, extension A, compatibility) and ASCII digits: what the
# standard tokenizer splits into tokens that, joined without separators, give the term back, so
# the term is one `.words` token (up to three tokens) or a phrase of `.long` runs (four or more).
_RUN_TERM = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff0-9]+", re.ASCII)
_RUN_TOKEN = re.compile(r"[0-9]+|[^0-9]", re.ASCII)  # a digit run is one token, a character one
WORDS_MAX_TOKENS = 3  # the longest run `.words` indexes (template: zh_words_shingle)
# The template version that made `title_scripts`/`content_scripts`: an index made before it has
# its runs under other names, so a term of Han characters finds nothing in it.
RUNS_TEMPLATE_VERSION = 5


def term_clause(term: str) -> dict[str, Any]:
    """The term where it occurs whole, in either script; other terms score higher as whole tokens."""
    forms = dict.fromkeys(search_forms(term))  # one form when both scripts write it alike
    runs = all(_RUN_TERM.fullmatch(form) for form in forms)
    found: list[dict[str, Any]] = []
    words: list[dict[str, Any]] = []
    for field, boost in (("title", 3.0), ("content", 1.0)):
        scripts = f"{field}_scripts"
        for form in forms:
            if runs:
                found.append(run_clause(scripts, form, boost))
            else:
                found += character_phrases(field, form, boost)
                words.append({"match": {f"{scripts}.words": {"query": form, "boost": boost}}})
    required = {"bool": {"should": found, "minimum_should_match": 1}}
    return {"bool": {"must": [required], "should": words}} if words else required


def run_clause(scripts: str, form: str, boost: float) -> dict[str, Any]:
    """A term of Han characters and digits, found where it occurs whole, by its longest runs.

    Up to three tokens it is one `.words` token (the whitespace search analyzer keeps it whole);
    from four, a phrase of the `.long` field's 4-token runs, which its own analyzer makes of the
    query. Either reads the short position lists of whole runs instead of a phrase over the
    long lists of single common characters: on a 10,000-article archive a 2-character search
    went from hundreds of milliseconds to a few (python -m benchmarks.search). Only the clause
    that can match is sent: every clause is scored on every document it matches, and a common
    word matches a third of the archive (python -m benchmarks.search).
    """
    if len(_RUN_TOKEN.findall(form)) <= WORDS_MAX_TOKENS:
        return {"match": {f"{scripts}.words": {"query": form, "boost": boost}}}
    return {"match_phrase": {f"{scripts}.long": {"query": form, "boost": boost}}}


def character_phrases(field: str, form: str, boost: float) -> list[dict[str, Any]]:
    """Any other term (Latin letters, punctuation inside, rare scripts) as a phrase of single
    characters on the original-script field, which is lowercased (so a Latin word matches in
    any case) and keeps positions; `.words` keeps none (template version 4), and its runs would
    not give such a term back whole. Both forms are asked, so the term is found in an article
    written in either script."""
    return [{"match_phrase": {field: {"query": form, "boost": boost}}}]


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


def outdated_for_search(client: Elasticsearch, config: EsConfig) -> dict[str, int]:
    """The indexes behind the read alias that an older template made (index -> its version),
    whose runs this query does not search; empty when there are none or no index yet."""
    try:  # one request: the read alias's mappings, keyed by the indexes it points at
        made_by = template_versions(client, [IndexNames(config.index_prefix).read_alias])
    except (ApiError, TransportError):
        return {}  # the search itself then says what is wrong
    return {index: v for index, v in made_by.items() if v < RUNS_TEMPLATE_VERSION}


def search(client: Elasticsearch, config: EsConfig, body: dict[str, Any]) -> dict[str, Any]:
    """The archive's answer to `body`; SearchUnavailable (one line) when there is nothing to
    search yet or Elasticsearch refuses."""
    index = IndexNames(config.index_prefix).read_alias
    where = f"Elasticsearch at {config.redacted_url()}"
    try:
        return dict(client.search(index=index, **body).body)
    except ApiError as error:
        if error.meta.status == 404:
            raise SearchUnavailable(
                f"nothing to search: {where} has no index {index!r}"
                f" (ES_INDEX_PREFIX={config.index_prefix}); crawl first (scrapy crawl-all)"
                " or check ES_INDEX_PREFIX"
            ) from None
        raise SearchUnavailable(
            f"{where} refused the search ({error.meta.status}): {error.message}"
        ) from None
    except TransportError as error:
        raise SearchUnavailable(f"{where} did not answer ({type(error).__name__})") from None


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
