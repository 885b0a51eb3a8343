"""One chain: a crawl, a re-process of its WARC files and `scrapy extract` of the same pages
make identical documents (same fields, same values) on the fixture site, in the real
Elasticsearch. If any of them ran its own copy of a stage, a field would differ here."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from elasticsearch import Elasticsearch

from crawler.archive.warc import read_pages
from crawler.es.layout import load_template
from crawler.quality.fields import OUTPUT_FIELDS
from demo.server import FixtureSite
from tests.conftest import crawl_args, run_scrapy, write_profile

pytestmark = pytest.mark.es
# Fields the template leaves out of _source (the paragraphs are the content's own lines).
NOT_IN_SOURCE = set(load_template("x")["template"]["mappings"]["_source"]["excludes"])
# A paywall notice on the CNA page: boilerplate only the user's setting knows about, so a
# command that ignored CLEAN_EXTRA_BOILERPLATE (as `scrapy reprocess` once did) shows here.
NOTICE = "您所瀏覽的新聞已過查詢時效。建議您加入中央社付費會員找尋您要的新聞。"
PHRASES = ["-s", f"CLEAN_EXTRA_BOILERPLATE={NOTICE}"]


def documents(es: Elasticsearch, index: str) -> dict[str, dict[str, Any]]:
    es.indices.refresh(index=index)
    hits = es.search(index=index, size=100, query={"match_all": {}})["hits"]["hits"]
    return {hit["_id"]: hit["_source"] for hit in hits}


def extracted(
    page_url: str, body: bytes, content_type: str, profile: Path, run: Any, tmp_path: Path
) -> dict[str, Any]:
    saved = tmp_path / "saved.html"
    saved.write_bytes(body)
    args = ["extract", str(saved), "--url", page_url, "--profile-file", str(profile)]
    result = run([*args, "--content-type", content_type, *PHRASES])
    assert result.returncode == 0, result.stdout + result.stderr[-2000:]
    return dict(json.loads(result.stdout))


def test_crawl_reprocess_and_extract_make_the_same_documents(
    es: Elasticsearch, es_url: str, es_prefix: str, fixture_site: FixtureSite, tmp_path: Path
) -> None:
    def run(args: list[str]) -> Any:
        return run_scrapy(args, es_url, es_prefix, tmp_path)

    profile = write_profile(fixture_site, tmp_path)
    crawl = run(crawl_args(profile, CLEAN_EXTRA_BOILERPLATE=NOTICE))
    assert crawl.returncode == 0, crawl.stderr[-3000:]
    crawled = documents(es, es_prefix)
    assert len(crawled) == 6  # the untitled page is kept
    cna = next(doc for doc in crawled.values() if doc["url"].endswith("/cna-hant.html"))
    assert NOTICE not in cna["content"] and NOTICE in cna["removed"]["boilerplate"]

    # What the crawl learned of the site's repeated lines is kept for the next run (and applied
    # by reprocess and extract alike): the seven article pages that extraction accepted (six
    # documents: two of the pages are one article).
    learned = tmp_path / "archive" / "state" / "site-banners" / "fixture-site.json"
    assert json.loads(learned.read_text(encoding="utf-8"))["pages"] == 7

    warc_dir = tmp_path / "archive" / "warc"
    again = run(["reprocess", str(warc_dir), "--profile-file", str(profile), "--no-swap", *PHRASES])
    assert again.returncode == 0, again.stderr[-3000:]
    reprocessed = documents(es, f"{es_prefix}-v2")
    assert reprocessed == crawled  # every field of every document, fetched_at and archive too

    by_url = {doc["url"]: doc for doc in crawled.values()}
    pages = [page for path in sorted(warc_dir.glob("*.warc.gz")) for page in read_pages(path)]
    compared = 0
    for page in pages:
        document = by_url.get(page.url)
        if document is None:  # a bad page, or the second copy of a merged article
            continue
        content_type = page.headers.get("content-type", "")
        output = extracted(page.url, page.body, content_type, profile, run, tmp_path)
        for field in OUTPUT_FIELDS:
            if field in NOT_IN_SOURCE:
                assert field == "paragraphs"  # not kept: they are the content's own lines
                assert "\n\n".join(output[field]) == document["content"], page.url
                continue
            # Documents leave out empty values (crawler/es/documents.py).
            expected = document.get(field)
            got = output.get(field)
            assert (got if got not in ("", None) else None) == expected, (page.url, field)
        compared += 1
    assert compared == len(crawled)
