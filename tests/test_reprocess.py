"""WARC archive and re-processing: crawl, check the WARC files, re-process into v2, swap aliases."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from elasticsearch import Elasticsearch

from crawler.archive.warc import read_pages
from crawler.es import layout
from demo.server import FixtureSite
from tests.conftest import crawl_args, run_scrapy, write_profile

pytestmark = pytest.mark.es


def test_crawl_archives_warc_and_reprocess_swaps_aliases(
    es: Elasticsearch, es_url: str, es_prefix: str, fixture_site: FixtureSite, tmp_path: Path
) -> None:
    profile = write_profile(fixture_site, tmp_path)
    crawl = run_scrapy(crawl_args(profile), es_url, es_prefix, tmp_path)
    assert crawl.returncode == 0, crawl.stderr[-3000:]
    warc_dir = tmp_path / "archive" / "warc"
    files = sorted(warc_dir.glob("*.warc.gz"))
    assert files
    check = subprocess.run(
        [sys.executable, "-m", "warcio.cli", "check", *map(str, files)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert check.returncode == 0, check.stdout + check.stderr

    kinds = [page.kind for path in files for page in read_pages(path, kind=None)]
    # 4 list responses (index_4.html is a 404, archived too) and 10 article pages (3 bad ones)
    assert kinds.count("list") == 4 and kinds.count("article") == 10

    es.indices.refresh(index=es_prefix)
    docs = es.search(index=es_prefix, size=20, query={"match_all": {}})["hits"]["hits"]
    for doc in docs:  # every document points at its WARC record
        pointer = doc["_source"]["archive"]
        page = next(
            p
            for p in read_pages(warc_dir / pointer["warc_file"])
            if p.record_id == pointer["warc_record_id"]
        )
        assert page.url == doc["_source"]["url"]

    result = run_scrapy(["reprocess", str(warc_dir)], es_url, es_prefix, tmp_path)
    assert result.returncode == 0, result.stderr[-3000:]
    assert (
        f"{es_prefix}-v2: 6 documents from 7 article pages (1 copies merged), 3 pages failed"
        in result.stdout
    )
    # the progress bar: archive bytes read of the files' total, at a rate, with the pages so far
    assert "reprocess: 100%" in result.stderr and "B/s" in result.stderr
    assert re.search(r"\b\d+ pages\b", result.stderr)
    names = layout.IndexNames(es_prefix)
    assert layout.alias_targets(es, names.read_alias) == [f"{es_prefix}-v2"]
    assert layout.alias_targets(es, names.write_alias) == [f"{es_prefix}-v2"]
    assert es.count(index=names.read_alias)["count"] == 6
    hits = es.search(
        index=names.read_alias,
        query={"match": {"content_scripts.words": "李强"}},
    )
    assert hits["hits"]["total"]["value"] == 1

    pruned = run_scrapy(["es", "prune"], es_url, es_prefix, tmp_path)
    assert f"deleted 1 old index versions: {es_prefix}-v1" in pruned.stdout
    assert not es.indices.exists(index=f"{es_prefix}-v1")
