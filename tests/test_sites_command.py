"""`scrapy sites`: every profile on one line with its enabled and verified flags."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from crawler.commands.sites import format_table, is_verified, profile_row
from crawler.sites import REGISTRY
from tests.conftest import run_scrapy


def test_the_command_lists_every_profile_with_its_flags(tmp_path: Path) -> None:
    result = run_scrapy(["sites"], "http://127.0.0.1:9", "unused", tmp_path)
    assert result.returncode == 0, result.stderr
    header, *lines = result.stdout.splitlines()
    assert header.split() == ["name", "city", "enabled", "verified", "start", "URL"]
    assert len(lines) == len(REGISTRY)
    for line in lines:
        name, city, enabled, verified, start = line.split()[:5]
        profile = REGISTRY[name]
        assert city == profile.city
        assert enabled == ("yes" if profile.enabled else "no")
        assert verified == ("no" if profile.unverified else "yes")
        assert start == profile.start_urls[0]


def test_json_gives_one_object_per_profile(tmp_path: Path) -> None:
    result = run_scrapy(["sites", "--json"], "http://127.0.0.1:9", "unused", tmp_path)
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [row["name"] for row in rows] == sorted(REGISTRY)
    macao = next(row for row in rows if row["name"] == "macao-gcs")
    assert macao["enabled"] is True and macao["verified"] is False
    tianjin = next(row for row in rows if row["name"] == "tianjin-gov")
    assert tianjin["enabled"] is False
    assert macao["timezone"] == "Asia/Macau"
    assert macao["start_urls"] == list(REGISTRY["macao-gcs"].start_urls)


def test_a_profile_without_an_unverified_note_is_verified() -> None:
    checked = replace(REGISTRY["shanghai-gov"], unverified="")
    assert is_verified(checked) and not is_verified(REGISTRY["shanghai-gov"])
    table = format_table([profile_row(checked), profile_row(REGISTRY["beijing-gov"])])
    first, second = table.splitlines()[1:]
    assert first.split()[:4] == ["shanghai-gov", "上海", "yes", "yes"]
    assert second.split()[:4] == ["beijing-gov", "北京", "yes", "no"]
    assert second.endswith("(+1 more)")
