"""Copies of one article (same fingerprint, other URL) merge into the first copy's document."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from elasticsearch import Elasticsearch

from crawler.es.documents import index_action
from crawler.es.indexer import Indexer
from crawler.es.layout import IndexNames, load_template, setup
from crawler.es.merge import SEARCH_COPIES, KnownCopy, index_lookup, merge_copies

TEXT = "市委季度工作会议今天下午举行。" * 10


def action(url: str, fingerprint: str = "fp1", content: str = TEXT) -> dict[str, Any]:
    return index_action(
        "w", {"url": url, "canonical_url": url, "fingerprint": fingerprint, "content_norm": content}
    )


def no_earlier_runs(fingerprints: list[str]) -> dict[str, KnownCopy]:
    return {}


def test_second_copy_in_the_same_batch_only_adds_its_url() -> None:
    first, second = action("http://a.cn/1.html"), action("http://big5.a.cn/gate/big5/a.cn/1.html")
    actions, merged = merge_copies([first, second], {}, no_earlier_runs)
    assert merged == 1 and len(actions) == 1
    assert actions[0]["_source"]["alternate_urls"] == ["http://big5.a.cn/gate/big5/a.cn/1.html"]


def test_copy_of_an_article_from_an_earlier_run_becomes_an_update() -> None:
    def earlier(fingerprints: list[str]) -> dict[str, KnownCopy]:
        return {"fp1": KnownCopy("old-id", "http://a.cn/1.html", {"http://a.cn/1.html"})}

    actions, merged = merge_copies([action("http://a.cn/copy.html")], {}, earlier)
    assert merged == 1
    assert actions == [
        {
            "_op_type": "update",
            "_index": "w",
            "_id": "old-id",
            # The copies are indexed but not in _source: the update must bring them back.
            "doc": {"alternate_urls": ["http://a.cn/copy.html"], "content_norm": TEXT},
        }
    ]


def test_the_copies_an_update_brings_are_those_the_template_leaves_out_of_source() -> None:
    mappings = load_template("x")["template"]["mappings"]
    # Indexed itself, through subfields, or copied into a field that is (copy_to).
    indexed = {
        name
        for name in mappings["_source"]["excludes"]
        if mappings["properties"][name].get("index", True)
        or "fields" in mappings["properties"][name]
        or "copy_to" in mappings["properties"][name]
    }
    assert indexed == set(SEARCH_COPIES)


def test_the_first_copy_itself_is_reindexed_normally_and_known_across_batches() -> None:
    known: dict[str, KnownCopy] = {}
    first = action("http://a.cn/1.html")
    merge_copies([first], known, no_earlier_runs)
    again, merged = merge_copies([action("http://a.cn/1.html")], known, no_earlier_runs)
    assert merged == 0 and again[0]["_op_type"] == "index"
    later, merged = merge_copies([action("http://a.cn/2.html")], known, no_earlier_runs)
    assert merged == 1 and later[0]["_op_type"] == "update" and later[0]["_id"] == first["_id"]


def test_short_or_different_texts_never_merge() -> None:
    short = [
        action("http://a.cn/1.html", content="详见附件"),
        action("http://a.cn/2.html", content="详见附件"),
    ]
    actions, merged = merge_copies(short, {}, no_earlier_runs)
    assert merged == 0 and len(actions) == 2
    other = [action("http://a.cn/1.html"), action("http://a.cn/2.html", fingerprint="fp2")]
    assert merge_copies(other, {}, no_earlier_runs)[1] == 0


def test_update_actions_from_the_spool_pass_through() -> None:
    update = {"_op_type": "update", "_index": "w", "_id": "x", "doc": {"alternate_urls": ["u"]}}
    actions, merged = merge_copies([update, action("http://a.cn/1.html")], {}, no_earlier_runs)
    assert merged == 0 and actions[0] is update and len(actions) == 2


@pytest.mark.es
def test_writers_adding_urls_to_one_document_at_once_lose_none(
    es: Elasticsearch, es_prefix: str
) -> None:
    """Eight writers, each with only its own memory (workers of a distributed crawl), add a
    copy's URL to the same document at the same moment: every URL ends up in it."""
    names = IndexNames(es_prefix)
    setup(es, names)
    first = action("http://a.cn/1.html")
    Indexer(es, names.write_alias, index_lookup(es, names.write_alias)).index_now([first])
    es.indices.refresh(index=names.write_alias)

    def add_copy(n: int) -> tuple[int, list[tuple[str, str]]]:
        writer = Indexer(es, names.write_alias, index_lookup(es, names.write_alias))
        result = writer.index_now([action(f"http://mirror{n}.a.cn/1.html")])
        return result.indexed, result.failures

    with ThreadPoolExecutor(max_workers=8) as pool:
        assert list(pool.map(add_copy, range(8))) == [(1, [])] * 8
    document = es.get(index=names.write_alias, id=first["_id"])["_source"]
    assert document["alternate_urls"] == sorted(f"http://mirror{n}.a.cn/1.html" for n in range(8))


@pytest.mark.es
def test_a_merged_article_is_still_found_in_either_script(
    es: Elasticsearch, es_prefix: str
) -> None:
    """A copy from a later run becomes an update, which Elasticsearch re-indexes from _source:
    the search copies it leaves out must come with the update, or the article is lost to search."""
    names = IndexNames(es_prefix)
    setup(es, names)
    article = {"fingerprint": "fp-merged", "title_norm": "季度会议", "title_hant": "季度會議"}
    article |= {"content_norm": TEXT, "content_hant": TEXT.replace("会议", "會議")}
    first = index_action(names.write_alias, {"url": "http://a.cn/1.html", **article})
    first["_source"]["canonical_url"] = "http://a.cn/1.html"
    Indexer(es, names.write_alias, index_lookup(es, names.write_alias)).index_now([first])
    es.indices.refresh(index=names.write_alias)
    copy = index_action(names.write_alias, {"url": "http://b.cn/1.html", **article})
    result = Indexer(es, names.write_alias, index_lookup(es, names.write_alias)).index_now([copy])
    assert result.failures == []
    es.indices.refresh(index=names.write_alias)
    assert es.get(index=names.write_alias, id=first["_id"])["_source"]["alternate_urls"] == [
        "http://b.cn/1.html"
    ]
    for field, term in (
        ("content_scripts.words", "会议"),
        ("content_scripts.words", "會議"),
        ("title_scripts.words", "季度"),
    ):
        found = es.search(index=names.read_alias, query={"match": {field: term}})
        assert [hit["_id"] for hit in found["hits"]["hits"]] == [first["_id"]], field
    phrase = {"match_phrase": {"content_scripts.long": "工作會議今天"}}
    assert es.count(index=names.read_alias, query=phrase)["count"] == 1
