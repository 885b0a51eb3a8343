"""Recorded sites replayed offline: `scrapy savefixture` records a live site (here the local
fixture site stands in for one) as WARC, and `scrapy crawl --replay DIR` crawls the recording
through the same profile with nothing asked of the network. Every site recorded under
tests/fixtures/sites/<name>/ is replayed through its real profile."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crawler.sites import REGISTRY
from demo.server import FixtureSite
from tests.conftest import FAST_CRAWL, run_scrapy, write_profile

SITES = Path(__file__).resolve().parent / "fixtures" / "sites"
RECORDED = sorted(path.parent.name for path in SITES.glob("*/recording.json"))
NOWHERE = "http://127.0.0.1:9"  # Elasticsearch is off in these runs; never asked


def replay(
    args: list[str], folder: Path, tmp_path: Path
) -> tuple[int, list[dict[str, object]], str]:
    out = tmp_path / "replayed.jsonl"
    result = run_scrapy(
        ["crawl", "news", *args, "--replay", str(folder), "-o", str(out), *FAST_CRAWL],
        NOWHERE,
        "replay",
        tmp_path,
    )
    articles = (
        [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
        if out.exists()
        else []
    )
    return result.returncode, articles, result.stderr


def test_a_recorded_site_is_crawled_again_offline(
    fixture_site: FixtureSite, tmp_path: Path
) -> None:
    profile = write_profile(fixture_site, tmp_path)
    folder = tmp_path / "recorded"
    saved = run_scrapy(
        [
            "savefixture",
            "--profile-file",
            str(profile),
            "--articles",
            "3",
            "--out",
            str(folder),
            *FAST_CRAWL,
        ],
        NOWHERE,
        "replay",
        tmp_path,
    )
    assert saved.returncode == 0, saved.stderr[-3000:]
    assert "recorded 1 list pages and " in saved.stdout
    recording = json.loads((folder / "recording.json").read_text(encoding="utf-8"))
    assert recording["start_urls"] == [fixture_site.url("/index.html")]
    recorded_articles = {p["url"] for p in recording["pages"] if p["kind"] == "article"}
    assert len(recorded_articles) >= 3 and list(folder.glob("fixture-site-*.warc.gz"))

    asked_before = len(fixture_site.requests_seen)
    code, articles, log = replay(["-a", f"profile_file={profile}"], folder, tmp_path)
    assert code == 0, log[-3000:]
    assert len(fixture_site.requests_seen) == asked_before  # nothing asked of the live site
    # Every recorded article page that gave an article gives it again (a recorded bad page
    # gives none); links to pages that were not recorded are counted, not failed.
    assert {a["url"] for a in articles} <= recorded_articles and len(articles) >= 2
    assert "'replay/not_recorded'" in log and "download failed" not in log


def test_replay_refuses_a_folder_without_recordings(
    fixture_site: FixtureSite, tmp_path: Path
) -> None:
    profile = write_profile(fixture_site, tmp_path)
    code, _, log = replay(["-a", f"profile_file={profile}"], tmp_path, tmp_path)
    assert code == 2 and f"--replay {tmp_path}: no WARC files there" in log


@pytest.mark.parametrize("site", RECORDED)
def test_every_recorded_site_replays_through_its_real_profile(site: str, tmp_path: Path) -> None:
    assert site in REGISTRY, (
        f"tests/fixtures/sites/{site} is recorded, but no profile has that name"
    )
    code, articles, log = replay(["-a", f"site={site}"], SITES / site, tmp_path)
    assert code == 0, log[-3000:]
    assert articles, f"{site}: the recorded pages gave no article through the profile"
    assert all(a["title"] and a["content"] for a in articles)
