"""The seed: a meeting report with repeated headline banners, boilerplate and credits, in
Traditional script. clean_paragraphs must give exactly the expected cleaned result."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path

import pytest

from crawler.items import Article
from crawler.processing.stages import clean_article
from crawler.text.clean import CleanResult, clean_paragraphs
from crawler.text.convert import to_simplified

SEED = Path(__file__).resolve().parent / "fixtures" / "seed"
LINES = (SEED / "quarterly-meeting-report.txt").read_text(encoding="utf-8").split("\n")
EXPECTED = json.loads((SEED / "quarterly-meeting-report.expected.json").read_text(encoding="utf-8"))


def assert_matches_expected(result: CleanResult, expected: Mapping[str, object]) -> None:
    assert result.title == expected["title"]
    assert result.paragraphs == expected["paragraphs"]
    assert result.credits.photographers == expected["photographers"]
    assert result.credits.editors == expected["editors"]
    removed = expected["removed"]
    assert isinstance(removed, dict)
    assert result.removed_banners == removed["repeated_title_banners"]
    assert result.removed_boilerplate == removed["boilerplate"]


@pytest.mark.parametrize("title", ["", EXPECTED["title"]], ids=["title-from-text", "title-given"])
def test_seed_cleans_to_expected(title: str) -> None:
    result = clean_paragraphs(title, LINES)
    assert_matches_expected(result, EXPECTED)
    assert len(result.paragraphs) == 24
    assert result.removed_banners == 7
    assert result.removed_boilerplate == ["分享到:", "相關文章:"]
    assert result.credits.photographers == ["陳正寶"]
    assert result.credits.editors == ["林欣"]
    assert result.credits.source == ""
    assert result.credits.authors == []
    assert result.removed_credits == ["攝影:陳正寶", "編輯:林欣"]


def test_seed_sub_headings_containing_the_title_words_are_kept_and_marked() -> None:
    result = clean_paragraphs("", LINES)
    heading = "只爭朝夕推進四季度各項工作,精心組織、齊心協力完成好收官衝刺、謀篇開局任務"
    assert heading in result.paragraphs
    marked = [result.paragraphs[i] for i in result.headings]
    assert heading in marked
    assert "在把握上海經濟特徵中不斷增創發展優勢" in marked
    assert all(not p.endswith("。") for p in marked)
    assert len(marked) == 8


def test_seed_in_simplified_cleans_identically() -> None:
    simplified_lines = [to_simplified(line) for line in LINES]
    expected = {
        "title": to_simplified(str(EXPECTED["title"])),
        "paragraphs": [to_simplified(p) for p in EXPECTED["paragraphs"]],
        "photographers": [to_simplified(p) for p in EXPECTED["photographers"]],
        "editors": [to_simplified(p) for p in EXPECTED["editors"]],
        "removed": {"repeated_title_banners": 7, "boilerplate": ["分享到:", "相关文章:"]},
    }
    result = clean_paragraphs("", simplified_lines)
    assert_matches_expected(result, expected)
    assert result.headings == clean_paragraphs("", LINES).headings


def test_seed_banners_match_across_scripts() -> None:
    # Traditional body, Simplified title (e.g. from a <title> of the Simplified page).
    result = clean_paragraphs(to_simplified(str(EXPECTED["title"])), LINES)
    assert result.removed_banners == 7
    assert result.paragraphs == EXPECTED["paragraphs"]


def test_seed_through_clean_article() -> None:
    article = Article(title="", paragraphs=LINES, editors=["林欣"], source="上海发布")
    cleaned = clean_article(article)
    assert cleaned.title == EXPECTED["title"]
    assert cleaned.paragraphs == EXPECTED["paragraphs"]
    assert cleaned.content == "\n\n".join(EXPECTED["paragraphs"])
    assert cleaned.photographers == ["陳正寶"]
    assert cleaned.editors == ["林欣"]
    assert cleaned.source == "上海发布"
    assert cleaned.removed == {
        "repeated_title_banners": 7,
        "boilerplate": ["分享到:", "相關文章:"],
        "credits": ["攝影:陳正寶", "編輯:林欣"],
    }
    assert article.paragraphs == LINES  # the input is not modified
