"""Index layout and analysis on the real Elasticsearch."""

from __future__ import annotations

import json

import pytest
from elasticsearch import Elasticsearch

from crawler.es import layout
from crawler.es.bulk import send_batch
from crawler.es.documents import index_action
from crawler.es.layout import MAPPINGS_DIR, TEMPLATE_FILE
from crawler.es.query import SearchRequest, build_search, format_hits

pytestmark = pytest.mark.es


def test_setup_is_idempotent(es: Elasticsearch, es_prefix: str) -> None:
    names = layout.IndexNames(es_prefix)
    first = layout.setup(es, names)
    second = layout.setup(es, names)
    assert first["created_index"] is True and second["created_index"] is False
    assert second["read_alias"] == {es_prefix: [f"{es_prefix}-v1"]}
    assert second["write_alias"] == {f"{es_prefix}-write": [f"{es_prefix}-v1"]}


def test_status_names_the_template_version_each_index_was_made_with(
    es: Elasticsearch, es_prefix: str
) -> None:
    names = layout.IndexNames(es_prefix)
    layout.setup(es, names)
    current = layout.load_template(es_prefix)["version"]
    assert current >= 2
    report = layout.status(es, names)
    assert report["index_template_versions"] == {f"{es_prefix}-v1": current}
    assert report["template_version"] == current and "hint" not in report
    # An index made before the version was recorded: its mapping's _meta lacks it (an update
    # of _meta replaces the whole object).
    index = names.versioned(1)
    es.indices.put_mapping(index=index, meta={"mapping_version": "v1"})
    report = layout.status(es, names)
    assert report["index_template_versions"] == {index: 1}
    assert report["hint"].startswith(f"{index} made by an older template; `scrapy reprocess`")


def test_word_analyzers(es: Elasticsearch, es_prefix: str) -> None:
    layout.setup(es, layout.IndexNames(es_prefix))
    index = f"{es_prefix}-v1"

    def tokens(analyzer: str, text: str) -> list[str]:
        found = es.indices.analyze(index=index, analyzer=analyzer, text=text)["tokens"]
        return [t["token"] for t in found]

    assert tokens("zh_words", "季度工作") == [
        "季", "季度", "季度工", "度", "度工", "度工作", "工", "工作", "作"
    ]  # fmt: skip
    assert tokens("zh_words", "COVID 19") == ["COVID", "COVID19", "19"]
    assert tokens("zh_4gram", "上海市委季度") == ["上海市委", "海市委季", "市委季度"]
    assert tokens("zh_4gram", "市政府") == []  # a 3-character term is one .words token


def test_the_copies_are_indexed_only_through_their_fields_subfields(
    es: Elasticsearch, es_prefix: str
) -> None:
    layout.setup(es, layout.IndexNames(es_prefix))
    mapping = es.indices.get_mapping(index=f"{es_prefix}-v1")[f"{es_prefix}-v1"]["mappings"]
    for part in ("title", "content"):
        for script in ("norm", "hant"):
            copy = mapping["properties"][f"{part}_{script}"]
            assert copy["index"] is False and copy["copy_to"] == [f"{part}_scripts"]
            assert "fields" not in copy
        scripts = mapping["properties"][f"{part}_scripts"]
        assert sorted(scripts["fields"]) == ["long", "words"] and scripts["index"] is False


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
    # An empty new version does not replace the live one holding 2 documents, unless forced.
    with pytest.raises(layout.SwapRefused) as refused:
        layout.swap_aliases(es, names, new_index)
    assert str(refused.value) == (
        f"{new_index} holds 0 documents, the live {es_prefix}-v1 holds 2: aliases left unchanged"
    )
    assert layout.alias_targets(es, names.read_alias) == [f"{es_prefix}-v1"]
    left = layout.swap_aliases(es, names, new_index, force=True)
    assert left == [f"{es_prefix}-v1"]
    assert layout.alias_targets(es, names.read_alias) == [new_index]
    assert layout.alias_targets(es, names.write_alias) == [new_index]


def test_latin_words_match_in_any_case_and_full_width(es: Elasticsearch, es_prefix: str) -> None:
    names = layout.IndexNames(es_prefix)
    layout.setup(es, names)
    text = "香港APEC峰会今天开幕"
    doc = article("http://t/apec", "峰会", text, text, "香港APEC峰會今天開幕")
    assert send_batch(es, [index_action(names.write_alias, doc)]).indexed == 1
    es.indices.refresh(index=names.read_alias)
    for query in ("apec峰会", "APEC峰會", "ＡＰＥＣ"):
        response = es.search(index=names.read_alias, **build_search(SearchRequest(query=query)))
        assert [h["url"] for h in format_hits(response.body)] == ["http://t/apec"], query


def test_a_phrase_does_not_run_from_one_script_into_the_other(
    es: Elasticsearch, es_prefix: str
) -> None:
    # Both forms are values of one field: the gap between values keeps a phrase from joining
    # the last run of the Simplified form to the first of the Traditional one. The forms are
    # made up so that "甲乙丙丁戊" would match were they one text: its runs 甲乙丙丁 and 乙丙丁戊
    # end the one and start the other.
    names = layout.IndexNames(es_prefix)
    layout.setup(es, names)
    doc = article("http://t/gap", "会议", "甲乙丙丁", "甲乙丙丁", "乙丙丁戊")
    assert send_batch(es, [index_action(names.write_alias, doc)]).indexed == 1
    es.indices.refresh(index=names.read_alias)

    def count(phrase: str) -> int:
        query = {"match_phrase": {"content_scripts.long": phrase}}
        return int(es.count(index=names.read_alias, query=query)["count"])

    assert count("甲乙丙丁") == 1 and count("乙丙丁戊") == 1
    assert count("甲乙丙丁戊") == 0


def test_the_mapping_file_is_named_after_its_version() -> None:
    files = sorted(MAPPINGS_DIR.glob("articles-v*.json"))
    assert len(files) == 1
    version = json.loads(files[0].read_text(encoding="utf-8"))["version"]
    assert files[0].name == f"articles-v{version}.json" == TEMPLATE_FILE
