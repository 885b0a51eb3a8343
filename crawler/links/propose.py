"""Room: crawler/links — a first profile for a new site, proposed from one of its list pages.

`scrapy profile new URL` (crawler/commands/profile.py) fetches or reads the list page; this
module turns it into a `SiteProfile` for the user to check: the allowed domain from the host,
time zone and city from the host's country domain and name, the article links and pagination
from the link classifier (crawler/links), and patterns written from the URLs it found. The
proposal is marked unverified until pages recorded from the live site back it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urlsplit

from crawler.links import LinkReport
from crawler.links.suggest import suggested_pattern
from crawler.sites.profile import SiteProfile

# Country-code domains of the regions the archive covers, most specific first.
_REGIONS = (
    ((".hk",), "Asia/Hong_Kong", "香港"),
    ((".mo",), "Asia/Macau", "澳門"),
    ((".taipei",), "Asia/Taipei", "臺北"),
    ((".tw",), "Asia/Taipei", ""),
)
# Host labels of mainland city portals (www.<label>.gov.cn) and the city's name.
_CITY_LABELS = {
    "beijing": "北京",
    "shanghai": "上海",
    "sh": "上海",
    "tj": "天津",
    "tianjin": "天津",
    "cq": "重庆",
    "gz": "广州",
    "sz": "深圳",
    "hangzhou": "杭州",
    "nanjing": "南京",
    "wuhan": "武汉",
    "chengdu": "成都",
    "xa": "西安",
    "suzhou": "苏州",
}
_GENERIC_LABELS = {"www", "gov", "cn", "com", "org", "net", "news", "hk", "mo", "tw"}


@dataclass(frozen=True)
class Proposal:
    profile: SiteProfile
    article_links: tuple[str, ...]
    next_pages: tuple[str, ...]


def propose_profile(list_url: str, links: LinkReport, name: str = "") -> Proposal:
    host = (urlsplit(list_url).hostname or "").lower()
    timezone, city = region(host)
    profile = SiteProfile(
        name=name or site_name(host),
        city=city,
        start_urls=(list_url,),
        article_url_pattern=suggested_pattern(links.article_links),
        list_url_pattern=pagination_pattern(list_url, links.next_pages[0])
        if links.next_pages
        else "",
        allowed_domains=(registered_domain(host),),
        timezone=timezone,
        unverified=(
            f"Proposed by `scrapy profile new` from {list_url} on "
            f"{datetime.now(UTC):%Y-%m-%d}: {len(links.article_links)} article links and "
            f"{len(links.next_pages)} next pages found by the link classifier. Not yet checked: "
            "record pages with `scrapy savefixture` and replay them."
        ),
    )
    return Proposal(profile, links.article_links, links.next_pages)


def pagination_pattern(first: str, second: str) -> str:
    """A regex for every page of a list from its first two pages' URLs: what the second adds
    or changes (`_2`, `&page=2`, `index_1`) becomes an optional part with any number.

    index.html + index_2.html -> …/index(?:_\\d+)?\\.html$"""
    start = 0
    while start < min(len(first), len(second)) and first[start] == second[start]:
        start += 1
    end = 0
    while end < min(len(first), len(second)) - start and first[-1 - end] == second[-1 - end]:
        end += 1
    # Digits next to the change belong to it (page 1 -> 2 differs only in the digit itself).
    while start > 0 and first[start - 1].isdigit():
        start -= 1
    while end > 0 and first[len(first) - end].isdigit():
        end -= 1
    head, tail = first[:start], first[len(first) - end :] if end else ""
    changed = {first[start : len(first) - end], second[start : len(second) - end]}
    variants = sorted({_digits_as_class(part) for part in changed if part})
    middle = "|".join(variants)
    optional = "" in changed
    group = f"(?:{middle})?" if optional else f"(?:{middle})"
    return f"^{re.escape(head)}{group}{re.escape(tail)}$"


def _digits_as_class(text: str) -> str:
    return r"\d+".join(re.escape(piece) for piece in re.split(r"\d+", text))


def region(host: str) -> tuple[str, str]:
    """(time zone, city as written locally) from the host; the city may be unknown ('')."""
    for suffixes, timezone, city in _REGIONS:
        if host.endswith(suffixes):
            return timezone, city
    labels = host.split(".")
    city = next((_CITY_LABELS[label] for label in labels if label in _CITY_LABELS), "")
    return "Asia/Shanghai", city


def site_name(host: str) -> str:
    """A short id: the host's distinctive labels, e.g. www.gz.gov.cn -> gz-gov."""
    labels = [
        label for label in host.split(".") if label not in ("www", "cn", "com", "hk", "mo", "tw")
    ]
    distinctive = [label for label in labels if label not in _GENERIC_LABELS]
    base = distinctive[:2] if distinctive else labels[:1]
    suffix = ["gov"] if "gov" in labels else []
    return re.sub(r"[^a-z0-9-]", "-", "-".join(base + suffix)) or "site"


def registered_domain(host: str) -> str:
    """The host without `www.`: the offsite rules allow its subdomains too."""
    return host.removeprefix("www.")
