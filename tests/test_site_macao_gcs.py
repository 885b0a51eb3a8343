"""The macao-gcs profile against one real response of the bureau's news feed.

The feed (tests/fixtures/sites/macao-gcs/, see its README) is what public code reads instead of
the script-filled list page; the profile's notes describe it and the support a crawl would need.
These tests hold the notes to the recorded bytes: the item links are the article pages the
profile's pattern expects, and the dates are what the notes say they are.
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from pathlib import Path

from lxml import etree

from crawler.sites import get_profile
from crawler.urls import url_matches

RECORDED = Path(__file__).resolve().parent / "fixtures" / "sites" / "macao-gcs"
FEED = RECORDED / "rss_20260414_151035.xml"
DC = "{http://purl.org/dc/elements/1.1/}"


def provenance() -> dict[str, str]:
    return json.loads(FEED.with_suffix(".json").read_text(encoding="utf-8"))


def items() -> list[etree._Element]:
    root = etree.fromstring(FEED.read_bytes())
    return root.findall("./channel/item")


def test_the_recorded_feed_is_the_saved_response() -> None:
    record = provenance()
    assert hashlib.sha256(FEED.read_bytes()).hexdigest() == record["sha256"]
    assert record["url"] == "https://govinfohub.gcs.gov.mo/api/rss/n/zh-hant"
    assert len(record["commit"]) == 40 and record["repo"] and record["path"].endswith(".xml")


def test_every_item_links_an_article_the_profile_accepts() -> None:
    profile = get_profile("macao-gcs")
    links = [item.findtext("link") for item in items()]
    assert len(links) == 24 and len(set(links)) == 24
    for item, link in zip(items(), links, strict=True):
        assert link is not None and url_matches(profile.article_url_pattern, link), link
        assert item.findtext("guid") == link
        assert "www.gcs.gov.mo" in profile.allowed_domains and "//www.gcs.gov.mo/" in link
    # The list page and the feed are not articles.
    assert not url_matches(profile.article_url_pattern, profile.start_urls[0])
    assert not url_matches(profile.article_url_pattern, provenance()["url"])


def test_item_dates_are_iso_times_in_macao_time_and_dc_date_is_the_same_instant() -> None:
    for item in items():
        published = datetime.fromisoformat(item.findtext("pubDate") or "")
        offset = published.utcoffset()
        assert offset is not None and offset.total_seconds() == 8 * 3600
        in_utc = datetime.fromisoformat((item.findtext(f"{DC}date") or "").replace("Z", "+00:00"))
        assert in_utc.tzinfo == UTC and in_utc == published


def test_the_profile_starts_from_the_feed_it_cites() -> None:
    profile = get_profile("macao-gcs")
    assert profile.enabled and profile.start_urls == (provenance()["url"],)
    assert provenance()["url"] in profile.notes
    assert provenance()["commit"] in profile.notes
    assert profile.timezone == "Asia/Macau"
    assert "Never checked against the live site" in profile.unverified
