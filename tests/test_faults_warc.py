"""Damaged WARC files on the real crawler, the local fixture site and the real Elasticsearch: a
crawl's WARC file cut inside its last article record, and a copy with bytes flipped inside that
record's gzip member, are re-processed. Each run must name the file and the offset, index no
truncated article, exit non-zero and leave the aliases on the live index (the new version holds
fewer documents) unless --force. Prints one summary line to quote, e.g.
"faults: 2 damaged WARC refused (truncated, corrupted); aliases kept"."""

from __future__ import annotations

import shutil
import zlib
from pathlib import Path
from typing import Any

import pytest
from elasticsearch import Elasticsearch

from crawler.archive.warc import read_pages
from crawler.es import layout
from demo.server import FixtureSite
from tests.conftest import crawl_args, run_scrapy, write_profile

pytestmark = [pytest.mark.es, pytest.mark.faults]


def member_end(data: bytes, offset: int) -> int:
    """Where the gzip member starting at `offset` ends."""
    member = zlib.decompressobj(16 + zlib.MAX_WBITS)
    member.decompress(data[offset:])
    assert member.eof
    return len(data) - len(member.unused_data)


def indexed(es: Elasticsearch, index: str) -> dict[str, dict[str, Any]]:
    """url -> source of every document of `index`."""
    es.indices.refresh(index=index)
    hits = es.search(index=index, size=100, query={"match_all": {}})["hits"]["hits"]
    return {hit["_source"]["url"]: hit["_source"] for hit in hits}


def test_damaged_warc_is_reported_and_never_replaces_the_live_index(
    es: Elasticsearch,
    es_url: str,
    es_prefix: str,
    fixture_site: FixtureSite,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    profile = write_profile(fixture_site, tmp_path)
    crawl = run_scrapy(crawl_args(profile), es_url, es_prefix, tmp_path)
    assert crawl.returncode == 0, crawl.stderr[-3000:]
    names = layout.IndexNames(es_prefix)
    live = indexed(es, names.read_alias)
    assert len(live) == 6
    (warc,) = sorted((tmp_path / "archive" / "warc").glob("*.warc.gz"))
    # The last article record that alone made a document (no copy merged into it): without
    # it, a re-process holds 5 documents where the live index holds 6.
    victim = [
        page
        for page in read_pages(warc)
        if page.url in live and set(live[page.url].get("alternate_urls", [])) <= {page.url}
    ][-1]
    intact = warc.read_bytes()
    end = member_end(intact, victim.offset)
    middle = victim.offset + (end - victim.offset) // 2
    reprocess = ["reprocess", "--profile-file", str(profile)]

    # (a) The file cut in the middle of the record.
    warc.write_bytes(intact[:middle])
    cut = run_scrapy([*reprocess, str(warc.parent)], es_url, es_prefix, tmp_path)
    assert cut.returncode == 1, cut.stderr[-3000:]
    assert f"{warc} at offset {victim.offset}: gzip member cut short" in cut.stderr
    assert "Traceback" not in cut.stderr
    assert f"{es_prefix}-v2: 5 documents" in cut.stdout
    assert (
        f"{es_prefix}-v2 holds 5 documents, the live {es_prefix}-v1 holds 6:"
        " aliases left unchanged (use --force to swap anyway)"
    ) in cut.stderr
    rebuilt = indexed(es, f"{es_prefix}-v2")
    assert victim.url not in rebuilt and set(rebuilt) < set(live)
    assert not any("\ufffd" in doc["content"] for doc in rebuilt.values())
    assert layout.alias_targets(es, names.read_alias) == [f"{es_prefix}-v1"]
    assert layout.alias_targets(es, names.write_alias) == [f"{es_prefix}-v1"]

    # (c) A whole copy with bytes flipped inside the record's gzip member.
    corrupted = tmp_path / "corrupted" / warc.name
    corrupted.parent.mkdir()
    flipped = bytearray(intact)
    flipped[middle : middle + 8] = bytes(b ^ 0xA5 for b in flipped[middle : middle + 8])
    corrupted.write_bytes(bytes(flipped))
    bad = run_scrapy([*reprocess, str(corrupted.parent)], es_url, es_prefix, tmp_path)
    assert bad.returncode == 1, bad.stderr[-3000:]
    assert (
        f"{corrupted} at offset {victim.offset}: gzip member cannot be decompressed" in bad.stderr
    )
    assert "Traceback" not in bad.stderr
    assert f"{es_prefix}-v3 holds 5 documents, the live {es_prefix}-v1 holds 6" in bad.stderr
    assert victim.url not in indexed(es, f"{es_prefix}-v3")
    assert layout.alias_targets(es, names.read_alias) == [f"{es_prefix}-v1"]

    # (b) --force swaps all the same, and the run still says the archive was damaged.
    forced = run_scrapy([*reprocess, "--force", str(warc.parent)], es_url, es_prefix, tmp_path)
    assert forced.returncode == 1, forced.stderr[-3000:]
    assert f"{warc} at offset {victim.offset}" in forced.stderr
    assert f"-> {es_prefix}-v4; previous: ['{es_prefix}-v1']" in forced.stdout
    assert layout.alias_targets(es, names.read_alias) == [f"{es_prefix}-v4"]
    assert layout.alias_targets(es, names.write_alias) == [f"{es_prefix}-v4"]
    assert set(indexed(es, names.read_alias)) == set(live) - {victim.url}

    # And the intact file put back: a clean run, exit 0, as many documents as before.
    warc.write_bytes(intact)
    shutil.rmtree(corrupted.parent)
    clean = run_scrapy([*reprocess, str(warc.parent)], es_url, es_prefix, tmp_path)
    assert clean.returncode == 0, clean.stderr[-3000:]
    assert set(indexed(es, names.read_alias)) == set(live)
    with capsys.disabled():
        print("\nfaults: 2 damaged WARC refused (truncated, corrupted); aliases kept")
