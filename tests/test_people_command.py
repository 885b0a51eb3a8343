"""`scrapy people NAME`: real labelled reports go through the chain's meeting stage into a
fresh index of the real Elasticsearch; a person's meetings come back by date, in either script,
with the role and the title the report used, and the filters by date and role hold."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from elasticsearch import Elasticsearch

from crawler.es.appearances import (
    AppearancesRequest,
    InvalidAppearances,
    appearances,
    appearances_query,
    check_request,
)
from crawler.es.bulk import send_batch
from crawler.es.documents import index_action
from crawler.es.layout import IndexNames, setup
from crawler.items import Article
from crawler.processing.stages import apply_meeting
from tests.conftest import run_scrapy

MEETINGS = Path(__file__).resolve().parent / "fixtures" / "meetings"
REPORTS = (
    "001-cctv-state-council-executive",
    "002-cctv-state-council-party-group",
    "004-cctv-premier-experts-forum",
    "012-cctv-study-session-opening",
    "028-hkcnews-house-committee-extradition",
    "019-cctv-premier-inspection-tour",  # names 李强, but reports no meeting
)


def labelled_article(stem: str) -> Article:
    data = json.loads((MEETINGS / f"{stem}.json").read_text(encoding="utf-8"))
    url = f"http://127.0.0.1/meetings/{stem}.html"
    article = Article(
        url=url,
        canonical_url=url,
        site="fixture",
        title=data["title"],
        paragraphs=data["paragraphs"],
        content="\n\n".join(data["paragraphs"]),
        published_at=data["published_at"],
    )
    return apply_meeting(article)


def index_reports(es: Elasticsearch, prefix: str) -> IndexNames:
    names = IndexNames(prefix)
    setup(es, names)
    result = send_batch(es, [index_action(names.write_alias, labelled_article(s)) for s in REPORTS])
    assert (result.indexed, result.failures) == (len(REPORTS), [])
    es.indices.refresh(index=names.read_alias)
    return names


def ask(es: Elasticsearch, names: IndexNames, request: AppearancesRequest) -> list[Any]:
    body = appearances_query(request)
    return appearances(es.search(index=names.read_alias, **body).body)


def test_requests_are_checked() -> None:
    check_request(AppearancesRequest("李强", since="2025-01-01", role="chair"))
    for bad in (
        AppearancesRequest(" "),
        AppearancesRequest("李强", role="host"),
        AppearancesRequest("李强", until="2025/01/01"),
    ):
        with pytest.raises(InvalidAppearances):
            check_request(bad)


def test_the_stage_keeps_each_role_with_its_title() -> None:
    article = labelled_article("001-cctv-state-council-executive")
    assert article.people_roles == [{"name": "李强", "role": "chair", "title": "国务院总理"}]


@pytest.mark.es
def test_a_persons_meetings_by_date_in_either_script(es: Elasticsearch, es_prefix: str) -> None:
    names = index_reports(es, es_prefix)
    found = ask(es, names, AppearancesRequest("李強"))  # Traditional input
    assert [(a.date, a.meeting) for a in found] == [
        ("2025-01-03", "国务院常务会议"),
        ("2025-01-10", "国务院党组会议"),
        ("2025-01-20", "专家、企业家和教科文卫体等领域代表座谈会"),
        ("2026-01-20", "省部级主要领导干部学习贯彻党的二十届四中全会精神专题研讨班"),
    ]
    assert found[0].roles == {"chair": "国务院总理"}
    assert found[1].roles == {"chair": "国务院总理、党组书记"}
    # He spoke with the title the report gives him where he chairs (the title used at the time).
    title = "中共中央政治局常委、国务院总理"
    assert found[2].roles == {"chair": title, "speaker": title}
    assert found[3].roles["chair"] == "中共中央政治局常委"

    chaired = ask(es, names, AppearancesRequest("李强", since="2025-01-05", until="2025-12-31"))
    assert [a.date for a in chaired] == ["2025-01-10", "2025-01-20"]
    spoke = ask(es, names, AppearancesRequest("李强", role="speaker"))
    assert [a.date for a in spoke] == ["2025-01-20", "2026-01-20"]
    assert ask(es, names, AppearancesRequest("李强", role="attendee")) == []

    # A Hong Kong report: a Simplified query finds the Traditional page, title as written.
    (hk,) = ask(es, names, AppearancesRequest("李慧琼"))
    assert (hk.date, hk.meeting) == ("2019-05-24", "立法会内务委员会加长会议")
    assert hk.roles == {"chair": "主席", "speaker": "主席", "attendee": "主席"}


@pytest.mark.es
def test_appearances_per_person_over_time_as_the_dashboard_asks(
    es: Elasticsearch, es_prefix: str
) -> None:
    # The aggregation of the Kibana chart municipal-news-appearances-per-person.
    names = index_reports(es, es_prefix)
    answer = es.search(
        index=names.read_alias,
        size=0,
        query={"bool": {"filter": [{"match_phrase": {"is_meeting_report": True}}]}},
        aggs={
            "person": {
                "terms": {"field": "people", "size": 10},
                "aggs": {
                    "held": {
                        "date_histogram": {"field": "meeting_date", "calendar_interval": "year"}
                    }
                },
            }
        },
    )
    buckets = {b["key"]: b for b in answer["aggregations"]["person"]["buckets"]}
    assert buckets["李强"]["doc_count"] == 4
    per_year = {b["key_as_string"][:4]: b["doc_count"] for b in buckets["李强"]["held"]["buckets"]}
    assert per_year == {"2025": 3, "2026": 1}


@pytest.mark.es
def test_people_command(es: Elasticsearch, es_url: str, es_prefix: str, tmp_path: Path) -> None:
    index_reports(es, es_prefix)
    result = run_scrapy(
        ["people", "李強", "--role", "chair", "--until", "2025-12-31", "--json"],
        es_url,
        es_prefix,
        tmp_path,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    page = json.loads(result.stdout)
    assert [m["date"] for m in page["meetings"]] == ["2025-01-03", "2025-01-10", "2025-01-20"]
    assert page["meetings"][0]["roles"] == [{"role": "chair", "title": "国务院总理"}]
    assert page["meetings"][0]["reports"][0]["url"].endswith(
        "001-cctv-state-council-executive.html"
    )

    text = run_scrapy(["people", "丁薛祥"], es_url, es_prefix, tmp_path)
    assert text.returncode == 0, text.stderr[-4000:]
    lines = text.stdout.splitlines()
    assert lines[0] == "2 meetings with 丁薛祥"
    assert lines[1] == "2025-01-10  国务院党组会议  出席"
    assert lines[2].endswith("002-cctv-state-council-party-group.html")
    assert lines[3] == (
        "2026-01-20  省部级主要领导干部学习贯彻党的二十届四中全会精神专题研讨班  出席 (中共中央政治局常委)"
    )
    bad = run_scrapy(["people", "李强", "--since", "yesterday"], es_url, es_prefix, tmp_path)
    assert bad.returncode == 2 and "YYYY-MM-DD" in bad.stderr
