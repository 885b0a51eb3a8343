from __future__ import annotations

import json

from crawler.es.query import SearchRequest, build_search, merge_adjacent_highlights, query_terms


def test_adjacent_highlights_are_merged() -> None:
    assert merge_adjacent_highlights("市委書記【李】【強】在會上") == "市委書記【李強】在會上"
    assert (
        merge_adjacent_highlights("【四】【季】【度】是【收】【官】季") == "【四季度】是【收官】季"
    )
    assert merge_adjacent_highlights("【李】指【強】") == "【李】指【強】"


def test_query_terms_split_on_spaces_and_quotes() -> None:
    assert query_terms(' "四季度"  工作 ') == ["四季度", "工作"]


def test_a_query_searches_both_scripts_as_phrases() -> None:
    body = json.dumps(build_search(SearchRequest(query="龔正")), ensure_ascii=False)
    assert '"content_norm": {"query": "龚正"' in body
    assert '"content_hant": {"query": "龔正"' in body
    assert "match_phrase" in body and '"match"' not in body


def test_filters_and_sort() -> None:
    body = build_search(
        SearchRequest(
            query="李强",
            site="shanghai-gov",
            since="2020-01-01",
            until="2020-12-31",
            sort="date",
            size=5,
            offset=5,
        )
    )
    assert {"term": {"site": "shanghai-gov"}} in body["query"]["bool"]["filter"]
    assert {"range": {"published_at": {"gte": "2020-01-01", "lte": "2020-12-31"}}} in (
        body["query"]["bool"]["filter"]
    )
    assert body["sort"][0] == {"published_at": {"order": "desc", "missing": "_last"}}
    assert (body["size"], body["from"]) == (5, 5)
