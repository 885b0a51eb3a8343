from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from crawler.sites import REGISTRY, load_profile_file
from crawler.sites.check import profile_problems
from crawler.sites.profile import FieldSelectors
from tests.conftest import FAST_CRAWL, run_scrapy


@pytest.mark.parametrize("name", sorted(REGISTRY))
def test_shipped_profiles_are_valid(name: str) -> None:
    assert profile_problems(REGISTRY[name]) == []


def test_broken_selectors_patterns_and_zones_are_named() -> None:
    profile = replace(
        REGISTRY["shanghai-gov"],
        article_url_pattern="/nw4411/(\\d{8}",
        selectors=FieldSelectors(body="div[[class=x", date="//span[@class='date'"),
        timezone="Asia/Shang_hai",
    )
    problems = "\n".join(profile_problems(profile))
    assert "article_url_pattern '/nw4411/(\\\\d{8}' is not a valid regex" in problems
    assert "selectors.body 'div[[class=x' is broken" in problems
    assert "selectors.date \"//span[@class='date'\" is broken" in problems
    assert "timezone 'Asia/Shang_hai' is unknown" in problems


def test_json_profile_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "p.json"
    path.write_text(
        json.dumps(
            {
                "name": "x",
                "city": "澳門",
                "start_urls": ["https://www.gcs.gov.mo/list/zh-hant/news/"],
                "article_url_pattern": "/detail/",
                "selectors": {"title": "h1"},
                "timezone": "Asia/Macau",
            }
        ),
        encoding="utf-8",
    )
    profile = load_profile_file(path)
    assert profile.start_urls == ("https://www.gcs.gov.mo/list/zh-hant/news/",)
    assert profile.selectors.title == "h1" and profile_problems(profile) == []


def test_a_broken_profile_is_reported_when_the_crawl_starts(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text(
        json.dumps(
            {
                "name": "broken",
                "city": "",
                "start_urls": ["http://127.0.0.1:9/"],
                "article_url_pattern": "/a/",
                "selectors": {"body": "div[[x"},
                "allow_private_hosts": True,
            }
        ),
        encoding="utf-8",
    )
    result = run_scrapy(
        ["crawl-all", "--profile-file", str(path), *FAST_CRAWL],
        "http://127.0.0.1:9",
        "unused",
        tmp_path,
    )
    assert result.returncode == 1
    assert "FAILED: 1 profile errors" in result.stdout
    log = next((tmp_path / "archive" / "runs").glob("*.log")).read_text()
    assert "site broken: profile error: selectors.body 'div[[x' is broken" in log


SITE_RECORDINGS = Path(__file__).resolve().parent / "fixtures" / "sites"


@pytest.mark.parametrize("name", sorted(REGISTRY))
def test_every_profile_is_checked_against_its_site_or_says_it_is_not(name: str) -> None:
    """Pages recorded from the live site under tests/fixtures/sites/<name>/, or an explicit
    'never checked' with the evidence the profile was written from."""
    recorded = SITE_RECORDINGS / name
    has_pages = recorded.is_dir() and any(recorded.glob("*.json"))
    assert has_pages or len(REGISTRY[name].unverified) > 40, (
        f"{name}: save real pages under {recorded} or set unverified= with the evidence"
    )


def test_profiles_are_discovered_from_the_package() -> None:
    modules = {
        path.stem
        for path in (Path(__file__).resolve().parents[1] / "crawler" / "sites").glob("*.py")
        if path.stem not in {"__init__", "profile", "check", "arguments"}
    }
    assert len(REGISTRY) == len(modules) and "shanghai-gov" in REGISTRY
