"""`scrapy search` filters: meeting reports only and a person in either script, beside site, city
and dates; the command line's request, paging and output. No Elasticsearch here (see
tests/test_meetings_e2e.py for the same filters on the real one)."""

from __future__ import annotations

import argparse
from typing import Any

import pytest
from scrapy.exceptions import UsageError

from crawler.commands.search import (
    MEETING_SOURCE,
    meeting_line,
    render_text,
    search_request,
    with_meeting_source,
)
from crawler.es.query import InvalidSearch, SearchRequest, build_search, filters
from crawler.text.meetings import person_key


def options(**given: Any) -> argparse.Namespace:
    defaults: dict[str, Any] = {
        "site": "",
        "city": "",
        "since": "",
        "until": "",
        "meetings": False,
        "person": "",
        "sort": None,
        "size": 10,
        "page": 1,
        "json": False,
    }
    return argparse.Namespace(**{**defaults, **given})


def test_no_filter_by_default() -> None:
    assert filters(SearchRequest(query="李强")) == []


def test_meetings_only_is_a_term_on_the_boolean() -> None:
    assert filters(SearchRequest(query="", meetings=True)) == [
        {"term": {"is_meeting_report": True}}
    ]


@pytest.mark.parametrize("typed", ["李强", "李強", " 李 強 ", "李强"])
def test_person_in_either_script_is_one_term_on_people(typed: str) -> None:
    assert filters(SearchRequest(query="", person=typed)) == [{"term": {"people": "李强"}}]


def test_person_key_is_simplified_without_spaces() -> None:
    assert person_key("龔正") == "龚正"
    assert person_key("諸葛 宇傑") == "诸葛宇杰"
    assert person_key("   ") == ""


def test_blank_person_adds_no_filter() -> None:
    assert filters(SearchRequest(query="x", person="  ")) == []


def test_all_filters_together_go_in_filter_context() -> None:
    request = SearchRequest(
        query="工作",
        site="shanghai-gov",
        city="上海",
        since="2020-10-01",
        until="2020-10-31",
        meetings=True,
        person="龔正",
    )
    body = build_search(request)
    assert body["query"]["bool"]["filter"] == [
        {"term": {"site": "shanghai-gov"}},
        {"term": {"city": "上海"}},
        {"range": {"published_at": {"gte": "2020-10-01", "lte": "2020-10-31"}}},
        {"term": {"is_meeting_report": True}},
        {"term": {"people": "龚正"}},
    ]
    assert body["query"]["bool"]["must"]  # the query still scores


def test_filters_without_a_query_match_everything_they_allow() -> None:
    body = build_search(SearchRequest(query="", meetings=True))
    assert body["query"]["bool"]["must"] == []
    assert body["query"]["bool"]["filter"] == [{"term": {"is_meeting_report": True}}]


# the command line ----------------------------------------------------------------------------------


def test_command_line_request_with_meeting_filters_and_paging() -> None:
    request = search_request(
        ["四季度", "工作"], options(meetings=True, person="李強", page=3, size=5)
    )
    assert request == SearchRequest(
        query="四季度 工作",
        meetings=True,
        person="李強",
        sort="relevance",
        size=5,
        offset=10,
    )


def test_without_a_query_a_filter_is_enough_and_newest_come_first() -> None:
    request = search_request([], options(person="李强"))
    assert (request.query, request.person, request.sort) == ("", "李强", "date")
    assert search_request([], options(meetings=True, sort="relevance")).sort == "relevance"
    assert search_request(["李强"], options(sort="date")).sort == "date"


def test_neither_query_nor_filter_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match="give a query or a filter"):
        search_request([], options())


@pytest.mark.parametrize("given", [{"page": 0}, {"size": 0}, {"page": -1}])
def test_paging_starts_at_one(given: dict[str, int]) -> None:
    with pytest.raises(InvalidSearch, match="start at 1"):
        search_request(["李强"], options(**given))


def test_hits_carry_the_meeting_fields() -> None:
    body = with_meeting_source(build_search(SearchRequest(query="李强")))
    assert set(MEETING_SOURCE) <= set(body["_source"])
    assert len(body["_source"]) == len(set(body["_source"]))
    assert "title" in body["_source"]


def test_text_output_names_the_meeting() -> None:
    hit = {
        "title": "市委季度工作会议举行",
        "site": "shanghai-gov",
        "published_at": "2020-10-09T18:37:00+08:00",
        "url": "https://example.org/a.html",
        "highlights": [],
        "is_meeting_report": True,
        "meeting_name": "市委季度工作会议",
        "meeting_date": "2020-10-09",
        "people": ["李强", "龚正", "于绍良", "郑钢淼", "刘学新", "陈寅", "吴清"],
    }
    assert (
        meeting_line(hit)
        == "会议: 市委季度工作会议  2020-10-09  李强、龚正、于绍良、郑钢淼、刘学新、陈寅…"
    )
    text = render_text("", 1, [hit], 0)
    assert text.splitlines()[0] == "1 articles match"
    assert "   会议: 市委季度工作会议" in text
    plain = {**hit, "is_meeting_report": False}
    assert "会议:" not in render_text("李强", 1, [plain], 0)
