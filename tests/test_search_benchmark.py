"""benchmarks/search.py: the synthetic archive, and one small run against the real
Elasticsearch checking the JSON it prints (never its timings)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from elasticsearch import Elasticsearch

from benchmarks.archive import SITES, ArchiveBuilder, Seeds, load_seeds
from benchmarks.search_shapes import build_shapes

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def seeds() -> Seeds:
    return load_seeds()


def test_the_archive_is_made_of_the_real_articles_in_both_scripts_with_meetings_and_copies(
    seeds: Seeds,
) -> None:
    articles = list(ArchiveBuilder(seeds).articles(400))
    assert [a.url for a in articles] == [a.url for a in ArchiveBuilder(seeds).articles(400)]
    assert {a.script for a in articles} == {"zh-Hans", "zh-Hant"}
    assert {a.site for a in articles} == {site[0] for site in SITES}
    assert all(a.content_norm and a.content_hant and a.fingerprint for a in articles)
    assert any(a.is_meeting_report and a.people for a in articles)
    # Near-duplicates: the same story under another URL (a paragraph fewer, or re-punctuated).
    titles = [a.title_norm for a in articles]
    assert len(set(titles)) < len(titles)
    years = {a.published_at[:4] for a in articles if a.published_at}
    assert len(years) >= 9


def test_every_shape_has_its_bodies(seeds: Seeds) -> None:
    shapes = build_shapes(seeds, queries=4)
    assert all(len(shape.bodies) == 4 for shape in shapes)
    names = {shape.name for shape in shapes}
    assert {"search-2-common-hant", "search-meetings-person", "kibana-kql-quoted"} <= names
    aggregations = [shape for shape in shapes if shape.aggregation]
    assert aggregations and all(b["size"] == 0 for s in aggregations for b in s.bodies)


@pytest.mark.es
def test_a_small_run_prints_every_figure_and_leaves_nothing_behind(
    es_url: str, es: Elasticsearch
) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.search", "--docs", "300", "--queries", "2",
         "--repeat", "1", "--es-url", es_url],
        cwd=REPO, capture_output=True, text=True, timeout=900,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["docs"] == 300 and result["index_count"] == 300
    assert result["index_failed"] == 0
    assert result["index_docs_per_s"] > 0 and result["index_bytes_per_doc"] > 0
    assert result["index_bytes_per_text_byte"] > 0
    # The heaviest fields on disk: the runs of the copies' forms are among them.
    assert "content_scripts.words" in result["field_bytes"]
    assert sum(result["field_bytes"].values()) <= result["index_bytes"]
    assert len(result["shapes"]) == len(build_shapes(load_seeds(), queries=1))
    for figures in result["shapes"].values():
        assert figures["samples"] == 2
        assert 0 < figures["p50_ms"] <= figures["p95_ms"] <= figures["p99_ms"]
    assert result["p95_ms_max"] == max(s["p95_ms"] for s in result["shapes"].values())
    assert result["relevance_ok"] is True, result["relevance_failures"]
    assert not es.indices.get(index=f"{result['prefix']}-*", allow_no_indices=True).body
