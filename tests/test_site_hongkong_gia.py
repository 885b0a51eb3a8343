"""The hongkong-gia profile on 18 real press releases of www.info.gov.hk/gia.

The pages (tests/fixtures/sites/hongkong-gia/, see its README) are the English edition of the
template the profile crawls in Chinese. Every page goes through the crawl's own chain with the
real profile. The expected titles and times below were read by hand from each page's
span#PRHeadlineSpan and its closing "Ends/<date>" + "Issued at HKT hh:mm" lines.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from lxml import etree

from crawler.extract.dom import collapse_space
from crawler.items import Article
from crawler.processing import Processor
from crawler.sites import get_profile
from crawler.sites.profile import SiteProfile
from crawler.urls import url_matches

PAGES = Path(__file__).resolve().parent / "fixtures" / "sites" / "hongkong-gia"
WUHAN = "Public hospital daily update on Wuhan-related cases"
MERS = "Suspected MERS case reported"
# P-number -> (headline as the page shows it, publication time from its closing lines)
EXPECTED = {
    "P2019123100667": (
        "CHP closely monitors cluster of pneumonia cases on Mainland",
        "2019-12-31T19:06:00+08:00",
    ),
    "P2019123100709": (MERS, "2019-12-31T19:50:00+08:00"),
    "P2019123100711": (
        "Public hospitals heighten vigilance against suspected pneumonia cases on Mainland",
        "2019-12-31T19:30:00+08:00",
    ),
    # Three nested spans in the headline: "…meeting on ", "cluster of … in Wuhan ", "(with photo)"
    "P2020010200831": (
        "Government holds inter-departmental meeting on cluster of pneumonia cases in Wuhan"
        " (with photo)",
        "2020-01-02T23:56:00+08:00",
    ),
    "P2020010300836": (
        "CHP provides latest information on cluster of pneumonia cases in Wuhan (with photo)",
        "2020-01-03T21:08:00+08:00",
    ),
    "P2020010400582": (WUHAN, "2020-01-04T17:35:00+08:00"),
    "P2020010500493": (WUHAN, "2020-01-05T17:00:00+08:00"),
    "P2020010500498": (MERS, "2020-01-05T18:00:00+08:00"),
    "P2020010600511": (WUHAN, "2020-01-06T17:20:00+08:00"),
    "P2020010600666": (MERS, "2020-01-06T18:40:00+08:00"),
    "P2020010700549": (WUHAN, "2020-01-07T17:12:00+08:00"),
    "P2020010700560": (
        "Blood Donation Precautionary Measures in Response to the Wuhan Pneumonia Cases",
        "2020-01-07T20:05:00+08:00",
    ),
    "P2020010700619": (
        "Suspected case tests negative for MERS-CoV",
        "2020-01-07T18:42:00+08:00",
    ),
    "P2020010800491": (WUHAN, "2020-01-08T17:15:00+08:00"),
    "P2020010800800": (
        "Public hospitals further enhances surveillance and infection control measures",
        "2020-01-08T20:25:00+08:00",
    ),
    "P2020010900455": (
        "Update on latest MERS situation in United Arab Emirates",
        "2020-01-09T15:00:00+08:00",
    ),
    "P2020010900622": (WUHAN, "2020-01-09T20:12:00+08:00"),
    "P2020010900740": (
        "CHP provides update on latest progress on cluster of pneumonia cases in Wuhan",
        "2020-01-09T20:14:00+08:00",
    ),
}
ONE_SENTENCE = (
    "The Centre for Health Protection of the Department of Health today (January 7) reported"
    " that the suspected case of Middle East Respiratory Syndrome (MERS) pending results"
    " yesterday (January 6), upon preliminary testing, tested negative for MERS Coronavirus."
)
CLOSING = ("Ends/", "Issued at HKT", "NNNN")


def recorded(number: str) -> tuple[bytes, dict[str, str]]:
    stem = PAGES / f"en_article_{number}"
    provenance = json.loads(stem.with_suffix(".json").read_text(encoding="utf-8"))
    return stem.with_suffix(".htm").read_bytes(), provenance


def process(number: str, profile: SiteProfile | None = None) -> Article:
    body, provenance = recorded(number)
    result = Processor().process_bytes(body, provenance["url"], profile=profile)
    assert isinstance(result, Article), f"{number}: {result}"
    return result


def headline_on_page(body: bytes) -> str:
    """span#PRHeadlineSpan's text, read with lxml alone (not through the extractor)."""
    root = etree.HTML(body)
    (span,) = root.xpath("//span[@id='PRHeadlineSpan']")
    return collapse_space("".join(span.itertext()))


def test_all_recorded_pages_are_listed() -> None:
    numbers = {path.stem.removeprefix("en_article_") for path in PAGES.glob("*.htm")}
    assert numbers == set(EXPECTED)
    assert all((PAGES / f"en_article_{n}.json").is_file() for n in numbers)


@pytest.mark.parametrize("number", sorted(EXPECTED))
def test_every_release_is_an_article_with_its_whole_headline(number: str) -> None:
    article = process(number, get_profile("hongkong-gia"))
    title, published_at = EXPECTED[number]
    assert article.title == title
    assert article.title == headline_on_page(recorded(number)[0])
    assert article.published_at == published_at
    assert article.site == "hongkong-gia" and article.city == "香港"
    assert article.paragraphs and article.paragraphs[0] != title


@pytest.mark.parametrize("number", sorted(EXPECTED))
def test_the_closing_lines_are_not_content(number: str) -> None:
    article = process(number, get_profile("hongkong-gia"))
    for paragraph in article.paragraphs:
        assert not any(mark in paragraph for mark in CLOSING), paragraph
    assert not any(mark in article.content for mark in CLOSING)
    # Removed as boilerplate, and only they: "Ends/<weekday>, <date>", "Issued at HKT hh:mm".
    removed = article.removed["boilerplate"]
    assert isinstance(removed, list) and len(removed) == 3
    assert removed[0].startswith("Ends/") and removed[0].endswith(f", {number[1:5]}")
    assert removed[1:] == [f"Issued at HKT {EXPECTED[number][1][11:16]}", "NNNN"]


def test_a_one_sentence_release_is_that_sentence() -> None:
    article = process("P2020010700619", get_profile("hongkong-gia"))
    assert article.paragraphs == [ONE_SENTENCE]
    assert article.content == ONE_SENTENCE


@pytest.mark.parametrize("number", ["P2020010700619", "P2020010400582", "P2020010200831"])
def test_without_the_profile_the_generic_extractor_gives_the_same(number: str) -> None:
    """The generic extractor skipped span#pressrelease (class "fontSize1" read as a font-size
    widget) on short releases and cut hyphenated <title>s; it now agrees with the profile."""
    generic = process(number)
    profiled = process(number, get_profile("hongkong-gia"))
    assert generic.title == profiled.title == EXPECTED[number][0]
    assert generic.paragraphs == profiled.paragraphs
    assert generic.published_at == profiled.published_at


def test_the_profile_follows_the_chinese_edition() -> None:
    profile = get_profile("hongkong-gia")
    assert profile.start_urls == ("https://www.info.gov.hk/gia/general/ctoday.htm",)
    for number in EXPECTED:
        provenance = recorded(number)[1]
        assert url_matches(profile.article_url_pattern, provenance["url"])
        # Each JSON names the Traditional Chinese counterpart: the page the profile crawls.
        chinese = re.search(r"https://\S+?\.htm", provenance["language"])
        assert chinese is not None and chinese.group() != provenance["url"]
        assert url_matches(profile.article_url_pattern, chinese.group())
    day_index = "https://www.info.gov.hk/gia/general/202001/07c.htm"
    assert url_matches(profile.list_url_pattern, day_index)
    assert not url_matches(profile.list_url_pattern, day_index.replace("07c", "07"))  # English
    assert not url_matches(profile.article_url_pattern, day_index)
    # English pages of the template are recorded, the Chinese list page and live site are not.
    assert "Not checked" in profile.unverified
