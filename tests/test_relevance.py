"""Search relevance: the metrics on tiny inputs, the labelled query set, and the targets on the
real Elasticsearch for `scrapy search` and for what Kibana sends for free text."""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from elasticsearch import Elasticsearch

from crawler.items import Article
from crawler.quality.corpus import build_corpus, contains, page_url
from crawler.quality.measure import drop_corpus, index_corpus, measure, search_keys
from crawler.quality.metrics import (
    TARGET_PRECISION,
    TARGET_RECALL,
    Means,
    Outcome,
    outranking,
    precision_at,
    recall,
    score_query,
    summary,
    target_failures,
)
from crawler.quality.queries import (
    DEFAULT_QUERIES,
    KINDS,
    SCRIPTS,
    LabelledQuery,
    QuerySet,
    QuerySetError,
    load_query_set,
)
from crawler.quality.report import format_table, report_json, width
from crawler.quality.shapes import SHAPES, applies, script_forms
from tests.conftest import es_client_for, run_scrapy


def query(
    text: str = "李强", relevant: set[str] | None = None, kind: str = "person"
) -> LabelledQuery:
    return LabelledQuery(text, "hans", kind, frozenset(relevant or {"a", "b"}))


# metrics ---------------------------------------------------------------------------------------


def test_precision_counts_the_first_ten_or_all_results_when_fewer() -> None:
    relevant = {"a", "b"}
    assert precision_at(["a", "b"], relevant) == 1.0
    assert precision_at(["a", "x", "b", "y"], relevant) == 0.5
    assert precision_at(["a", "b", *"cdefghijkl"], relevant) == 0.2
    assert precision_at(["x", *"cdefghi", "y", "z", "a"], relevant) == 0.0  # a is 11th


def test_no_results_score_one_only_when_nothing_is_relevant() -> None:
    assert precision_at([], set()) == 1.0
    assert precision_at([], {"a"}) == 0.0
    assert recall([], set()) == 1.0
    assert recall([], {"a"}) == 0.0


def test_recall_looks_at_every_result() -> None:
    assert recall(["x", "a", *"cdefghijk", "b"], {"a", "b"}) == 1.0
    assert recall(["a", "x"], {"a", "b", "c", "d"}) == 0.25


def test_scattered_rule_names_documents_lacking_the_word_above_one_with_it() -> None:
    assert outranking(["a", "b", "decoy"], {"a", "b"}) == []
    assert outranking(["a", "decoy", "b", "other"], {"a", "b"}) == ["decoy"]
    assert outranking(["decoy", "x", "a"], {"a"}) == ["decoy", "x"]
    assert outranking(["decoy"], {"a"}) == []  # nothing to outrank: recall says it


def test_query_scores_and_their_failures() -> None:
    q = query()
    good = score_query(q, "search", ["a", "b"])
    bad = score_query(q, "kql", ["decoy", "a"])
    assert (good.precision, good.recall, good.scattered_ok) == (1.0, 1.0, True)
    assert (bad.precision, bad.recall, bad.outranking) == (0.5, 0.5, ("decoy",))
    assert (bad.missed, bad.wrong) == (["b"], ["decoy"])
    failures = target_failures([good, bad])
    assert failures == [
        "kql: word-query precision@10 0.500",
        "kql: word-query recall 0.500",
        "kql: '李强': decoy outrank a document with the word",
    ]
    assert target_failures([good]) == []


def test_means_per_kind_word_and_multi_term_queries() -> None:
    word, place = query(kind="person"), query("上海", {"c"}, kind="place")
    terms = query("李强 新疆", {"a"}, kind="phrase")
    scores = [
        score_query(word, "search", ["a", "b"]),
        score_query(place, "search", ["x", "c"]),
        score_query(terms, "search", ["a", "x"]),
    ]
    means = summary(scores)["search"]
    assert set(means) == {"person", "place", "phrase", "word queries", "multi-term", "all"}
    assert means["word queries"] == Means(2, 0.75, 1.0, 0.5)
    assert means["multi-term"] == Means(1, 0.5, 1.0, 1.0)
    assert means["all"].queries == 3
    assert not means["word queries"].meets_targets() and means["person"].meets_targets()


def test_quoted_shapes_run_one_term_queries_only() -> None:
    assert applies("lucene-quoted", query("李强"))
    assert not applies("kql-quoted", query("李强 新疆"))
    assert applies("kql", query("李强 新疆"))


def test_kibana_free_text_names_no_field() -> None:
    """What Kibana sends: KQL `multi_match` and Lucene `query_string`, over the default fields."""
    assert SHAPES["kql"]("李強", 5) == {
        "query": {"multi_match": {"type": "best_fields", "query": "李強", "lenient": True}},
        "size": 5,
    }
    assert SHAPES["kql-quoted"]("李強", 5)["query"]["multi_match"]["type"] == "phrase"
    lucene = SHAPES["lucene-quoted"]("李強", 5)["query"]["query_string"]
    assert lucene == {"query": '"李強"', "analyze_wildcard": True}
    assert SHAPES["search"]("李強", 5)["size"] == 5


def test_script_forms_convert_every_term() -> None:
    assert script_forms("李強 師生") == ("李强 师生", "李強 師生")


def test_table_pads_chinese_to_its_display_width() -> None:
    scores = [score_query(query(), shape, ["a", "b"]) for shape in ("search", "kql")]
    table = format_table(scores, ["search", "kql"]).splitlines()
    assert table[0].index("| search") == width(table[3].split("|")[0]) == 40
    assert table[3].endswith("| 1.00 1.00 ok   | 1.00 1.00 ok")
    assert table[-1].startswith("mean all (1)") and table[-1].endswith("1.00 1.00 1.00")


# the query set ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def query_set() -> QuerySet:
    return load_query_set(DEFAULT_QUERIES)


@pytest.fixture(scope="module")
def corpus(query_set: QuerySet) -> dict[str, Article]:
    return build_corpus(query_set)


def test_query_set_covers_both_scripts_kinds_and_lengths(query_set: QuerySet) -> None:
    queries = query_set.queries
    assert len(queries) >= 30
    assert {q.script for q in queries} == set(SCRIPTS)
    assert {q.kind for q in queries} == set(KINDS)
    lengths = {len(q.query) for q in queries if q.is_word}
    assert set(range(2, 7)) <= lengths
    assert {"李强", "李強", "市委季度工作会议", "市委季度工作會議", "師生", "桃園", "巴彦淖尔"} <= {
        q.query for q in queries
    }
    assert all(q.relevant for q in queries)


def test_corpus_is_every_real_article_the_meeting_page_and_the_decoys(
    corpus: dict[str, Article], query_set: QuerySet
) -> None:
    index = json.loads((query_set.real_dir / "index.json").read_text(encoding="utf-8"))
    articles = {Path(row["file"]).stem for row in index if row["kind"] == "article"}
    decoys = {d.key for d in query_set.decoys}
    assert set(corpus) == articles | decoys | {"site/meeting-hant-banners"}
    assert decoys and all(key.startswith("decoy-") for key in decoys)
    assert {a.script for a in corpus.values()} == {"zh-Hans", "zh-Hant"}


def test_labels_are_the_documents_containing_the_query(
    corpus: dict[str, Article], query_set: QuerySet
) -> None:
    """The labels were checked by eye; this catches a change of extraction that moves them."""
    for q in (*query_set.queries, *query_set.diagnostics):
        found = {key for key, article in corpus.items() if contains(article, q.query)}
        assert found == q.relevant, q.query


def test_decoys_hold_the_characters_but_not_the_word(corpus: dict[str, Article]) -> None:
    for key, word in [
        ("decoy-li-qiang", "李强"),
        ("decoy-teachers-garden", "师生"),
        ("decoy-teachers-garden", "桃园"),
        ("decoy-quarterly-meeting", "市委季度工作会议"),
        ("decoy-bayannur", "巴彦淖尔"),
        ("decoy-sea", "上海"),
        ("decoy-japan", "日本企业"),
    ]:
        text = corpus[key].content_norm
        assert set(word) <= set(text) and word not in text, (key, word)


def test_a_bad_query_set_is_refused_with_its_name(tmp_path: Path) -> None:
    path = tmp_path / "q.json"
    path.write_text('{"corpus": {"real_dir": "."}, "queries": [{"query": "x"}]}', "utf-8")
    with pytest.raises(QuerySetError, match=r"q\.json: malformed"):
        load_query_set(path)
    path.write_text(
        json.dumps(
            {
                "corpus": {"real_dir": "."},
                "queries": [{"query": "x", "script": "hans", "kind": "word", "relevant": ["n"]}],
            }
        ),
        "utf-8",
    )
    with pytest.raises(QuerySetError, match=r"labels name no document: \['n'\]"):
        build_corpus(load_query_set(path))


# on the real Elasticsearch -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def client(es_url: str) -> Iterator[Elasticsearch]:
    es = es_client_for(es_url)
    yield es
    es.close()


@pytest.fixture(scope="module")
def outcome(client: Elasticsearch, query_set: QuerySet, corpus: dict[str, Article]) -> Outcome:
    return measure(client, f"test-{uuid.uuid4().hex[:10]}", query_set, corpus)


@pytest.fixture(scope="module")
def indexed(
    client: Elasticsearch, corpus: dict[str, Article]
) -> Iterator[tuple[str, dict[str, str]]]:
    prefix = f"test-{uuid.uuid4().hex[:10]}"
    try:
        yield prefix, index_corpus(client, prefix, corpus)[1]
    finally:
        drop_corpus(client, prefix)


@pytest.mark.es
def test_targets_hold_for_scrapy_search_and_kibana_free_text(outcome: Outcome) -> None:
    means = summary(outcome.scores)
    assert set(means) == set(SHAPES)
    for shape, by_group in means.items():
        word = by_group["word queries"]
        assert word.queries >= 30, shape
        assert word.precision >= TARGET_PRECISION, shape
        assert word.recall >= TARGET_RECALL, shape
    assert [s for s in outcome.scores if not s.scattered_ok] == []
    assert outcome.differ == [] and outcome.failures == []


@pytest.mark.es
def test_decoys_never_match_the_word_they_imitate(outcome: Outcome) -> None:
    for score in outcome.scores:
        if score.query.is_word:
            decoys = [key for key in score.ranked if key.startswith("decoy-")]
            assert set(decoys) <= score.query.relevant, (score.shape, score.query.query)


@pytest.mark.es
@pytest.mark.parametrize("shape", ["lucene", "lucene-quoted", "kql", "kql-quoted"])
@pytest.mark.parametrize(
    ("simplified", "traditional", "expected"),
    [
        ("李强", "李強", {"036-news.cn", "site/meeting-hant-banners"}),
        # 101-dahe.cn holds 师生 only inside 教师生涯: contiguous, so relevant by the labels' rule
        (
            "师生",
            "師生",
            {"012-people.com.cn", "101-dahe.cn", "206-beijing.qianlong.com", "208-cdp1998.org"},
        ),
        ("桃园", "桃園", {"046-cna.com.tw", "048-udn.com"}),
        ("巴彦淖尔", "巴彥淖爾", {"001-bynr.gov.cn"}),
        ("日本企业", "日本企業", {"044-hk.finance.yahoo.com"}),
    ],
)
def test_kibana_free_text_in_either_script_finds_the_same_articles(
    client: Elasticsearch,
    indexed: tuple[str, dict[str, str]],
    shape: str,
    simplified: str,
    traditional: str,
    expected: set[str],
) -> None:
    prefix, keys = indexed
    found = [set(search_keys(client, prefix, keys, shape, q)) for q in (simplified, traditional)]
    assert found == [expected, expected]


LONG_NAME = ("市委季度工作会议", "市委季度工作會議")
WITH_LONG_NAME = "site/meeting-hant-banners"


@pytest.mark.es
@pytest.mark.parametrize("shape", ["lucene-quoted", "kql-quoted"])
def test_kibana_quoted_long_name_finds_only_articles_with_the_whole_name(
    client: Elasticsearch, indexed: tuple[str, dict[str, str]], shape: str
) -> None:
    prefix, keys = indexed
    found = [set(search_keys(client, prefix, keys, shape, name)) for name in LONG_NAME]
    assert found == [{WITH_LONG_NAME}, {WITH_LONG_NAME}]


@pytest.mark.es
@pytest.mark.parametrize("shape", ["lucene", "kql"])
def test_kibana_unquoted_long_name_ranks_the_whole_name_first_then_shared_four_runs(
    client: Elasticsearch,
    indexed: tuple[str, dict[str, str]],
    corpus: dict[str, Article],
    shape: str,
) -> None:
    """Unquoted, a name longer than four characters is the OR of its 4-character runs (the
    .long subfield): the article with the whole name first, then only articles sharing a run."""
    prefix, keys = indexed
    ranked = [search_keys(client, prefix, keys, shape, name) for name in LONG_NAME]
    assert ranked[0] == ranked[1] and ranked[0][0] == WITH_LONG_NAME
    runs = [LONG_NAME[0][i : i + 4] for i in range(len(LONG_NAME[0]) - 3)]
    for key in ranked[0][1:]:
        text = corpus[key].title_norm + "\n" + corpus[key].content_norm
        assert LONG_NAME[0] not in text and any(run in text for run in runs), key


@pytest.mark.es
def test_scrapy_search_in_either_script_finds_the_same_articles(
    es_url: str, indexed: tuple[str, dict[str, str]], tmp_path: Path
) -> None:
    prefix, _ = indexed
    urls = []
    for text in ("师生", "師生"):
        result = run_scrapy(["search", text, "--json"], es_url, prefix, tmp_path)
        assert result.returncode == 0, result.stderr[-2000:]
        urls.append({hit["url"] for hit in json.loads(result.stdout)["hits"]})
    assert (
        urls[0]
        == urls[1]
        == {
            page_url("012-people.com.cn"),
            page_url("101-dahe.cn"),
            "http://beijing.qianlong.com/3825/2005/03/06/1060@2538939.htm",  # 206: 师生关系
            "http://cdp1998.org/details.asp?detailsid=2359",  # 208: 回校的师生
        }
    )


@pytest.mark.es
def test_the_json_report_has_the_figures(outcome: Outcome) -> None:
    report = json.loads(json.dumps(report_json(outcome), ensure_ascii=False))
    assert report["passed"] is True and report["failures"] == []
    assert report["means"]["lucene"]["word queries"]["precision_at_10"] >= 0.9
    assert len(report["queries"]) >= 30 and report["either_script"]["differ"] == []
    first = report["queries"][0]
    assert set(first["shapes"]) == set(SHAPES)
    assert set(first["shapes"]["kql"]) >= {"precision_at_10", "recall", "scattered_ok", "ranked"}


@pytest.mark.es
def test_the_command_prints_the_figures_and_leaves_nothing_behind(
    es_url: str, client: Elasticsearch, tmp_path: Path
) -> None:
    prefix = f"test-{uuid.uuid4().hex[:10]}"
    result = run_scrapy(["relevance"], es_url, prefix, tmp_path)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "Targets met" in result.stdout and "the same documents" in result.stdout
    assert re.search(r"^mean word queries \(\d+\) +\| 1\.00 1\.00 1\.00", result.stdout, re.M)
    assert client.indices.get(index=f"{prefix}-*", allow_no_indices=True).body == {}
    templates = client.options(ignore_status=404).indices.get_index_template(name=f"{prefix}-*")
    assert not templates.body.get("index_templates")
