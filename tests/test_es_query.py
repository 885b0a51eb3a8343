from __future__ import annotations

from typing import Any

from crawler.es.query import SearchRequest, build_search, merge_adjacent_highlights, query_terms


def test_adjacent_highlights_are_merged() -> None:
    assert merge_adjacent_highlights("市委書記【李】【強】在會上") == "市委書記【李強】在會上"
    assert (
        merge_adjacent_highlights("【四】【季】【度】是【收】【官】季") == "【四季度】是【收官】季"
    )
    assert merge_adjacent_highlights("【李】指【強】") == "【李】指【強】"


def test_query_terms_split_on_spaces_and_quotes() -> None:
    assert query_terms(' "四季度"  工作 ') == ["四季度", "工作"]


def term_clause_of(query: str) -> dict[str, Any]:
    clause: dict[str, Any] = build_search(SearchRequest(query=query))["query"]["bool"]["must"][0]
    return clause["bool"]


def test_a_han_term_is_found_by_its_runs_in_both_scripts() -> None:
    clause = term_clause_of("龔正")
    assert clause["minimum_should_match"] == 1
    expected = [
        {"match": {f"{field}_scripts.words": {"query": form, "boost": boost}}}
        for field, boost in (("title", 3.0), ("content", 1.0))
        for form in ("龚正", "龔正")
    ]
    # Only the clause that can match: a 2-character term has no 4-character run for `.long`,
    # and no phrase over single characters, whose position lists are what made search slow.
    assert clause["should"] == expected


def test_from_four_tokens_a_term_is_a_phrase_of_long_runs() -> None:
    clause = term_clause_of("长三角一体化")
    assert {"match_phrase": {"content_scripts.long": {"query": "长三角一体化", "boost": 1.0}}} in (
        clause["should"]
    )
    assert {"match_phrase": {"title_scripts.long": {"query": "長三角一體化", "boost": 3.0}}} in (
        clause["should"]
    )
    assert len(clause["should"]) == 4


def test_a_digit_run_is_one_token() -> None:
    # "2022年" is two tokens (a number and a character), so one `.words` token, not a phrase.
    # Both scripts write it alike, so it is asked once of each field: the field holds both forms.
    should = term_clause_of("２０２２年")["should"]
    assert should == [
        {"match": {"title_scripts.words": {"query": "2022年", "boost": 3.0}}},
        {"match": {"content_scripts.words": {"query": "2022年", "boost": 1.0}}},
    ]
    assert {"match_phrase": {"content_scripts.long": {"query": "2022年12月", "boost": 1.0}}} in (
        term_clause_of("2022年12月")["should"]
    )


def test_a_latin_term_is_a_phrase_on_the_lowercased_original_in_both_forms() -> None:
    # Full-width letters become ASCII (NFKC) before the phrase is built, as in *_norm.
    clause = term_clause_of("ＣＯＶＩＤ疫情")
    required = clause["must"][0]["bool"]["should"]
    assert {"match_phrase": {"title": {"query": "COVID疫情", "boost": 3.0}}} in required
    assert {"match_phrase": {"content": {"query": "COVID疫情", "boost": 1.0}}} in required
    # `.words` keeps no positions (template version 4): no phrase may be asked of it.
    assert all(".words" not in str(p) for p in required)
    assert {"match": {"content_scripts.words": {"query": "COVID疫情", "boost": 1.0}}} in clause[
        "should"
    ]


def test_inner_punctuation_makes_a_phrase_of_single_tokens() -> None:
    # "粤港澳·大湾区": the runs are made without the dot, so the typed term is no run.
    required = term_clause_of("粤港澳·大湾区")["must"][0]["bool"]["should"]
    assert all("match_phrase" in p for p in required)


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
