"""Index layout and analysis on the real Elasticsearch."""

from __future__ import annotations

import pytest
from elasticsearch import Elasticsearch

from crawler.es import layout
from crawler.es.bulk import send_batch
from crawler.es.documents import index_action
from crawler.es.query import SearchRequest, build_search, format_hits

pytestmark = pytest.mark.es


def test_setup_is_idempotent(es: Elasticsearch, es_prefix: str) -> None:
    names = layout.IndexNames(es_prefix)
    first = layout.setup(es, names)
    second = layout.setup(es, names)
    assert first["created_index"] is True and second["created_index"] is False
    assert second["read_alias"] == {es_prefix: [f"{es_prefix}-v1"]}
    assert second["write_alias"] == {f"{es_prefix}-write": [f"{es_prefix}-v1"]}


def test_bigram_analyzer_makes_words(es: Elasticsearch, es_prefix: str) -> None:
    layout.setup(es, layout.IndexNames(es_prefix))
    tokens = es.indices.analyze(index=f"{es_prefix}-v1", analyzer="zh_bigram", text="四季度工作")
    assert [t["token"] for t in tokens["tokens"]] == ["四季", "季度", "度工", "工作"]


def article(
    url: str, title: str, content: str, simplified: str, traditional: str
) -> dict[str, object]:
    return {
        "url": url,
        "canonical_url": url,
        "site": "t",
        "title": title,
        "content": content,
        "title_norm": title,
        "content_norm": simplified,
        "title_hant": title,
        "content_hant": traditional,
        "published_at": "2020-10-09T18:37:00+08:00",
    }


def test_word_beats_scattered_characters_and_alias_swap(es: Elasticsearch, es_prefix: str) -> None:
    names = layout.IndexNames(es_prefix)
    layout.setup(es, names)
    docs = [
        article(
            "http://t/1",
            "会议",
            "市委书记李强在会上指出",
            "市委书记李强在会上指出",
            "市委書記李強在會上指出",
        ),
        article(
            "http://t/2", "其他", "李明说，要强化工作", "李明说，要强化工作", "李明說，要強化工作"
        ),
    ]
    result = send_batch(es, [index_action(names.write_alias, d) for d in docs])
    assert result.indexed == 2 and not result.failures
    es.indices.refresh(index=names.read_alias)
    for query in ("李强", "李強"):
        response = es.search(index=names.read_alias, **build_search(SearchRequest(query=query)))
        hits = format_hits(response.body)
        assert [h["url"] for h in hits] == ["http://t/1"], query
        assert "【李强】" in hits[0]["highlights"][0]

    new_index = names.versioned(layout.next_version(es, names))
    es.indices.create(index=new_index)
    left = layout.swap_aliases(es, names, new_index)
    assert left == [f"{es_prefix}-v1"]
    assert layout.alias_targets(es, names.read_alias) == [new_index]
    assert layout.alias_targets(es, names.write_alias) == [new_index]
