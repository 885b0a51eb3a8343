"""`scrapy profile new URL` — propose a profile for a new site from one of its list pages.

    scrapy profile new https://www.gz.gov.cn/xw/gzyw/index.html
    scrapy profile new https://www.gz.gov.cn/xw/gzyw/index.html --file saved.html --samples 0
    scrapy profile new URL --name guangzhou-gov --save

Prints the proposed profile (JSON, the `--profile-file` format), the article links and next
pages the link classifier found, and what the normal processing chain makes of a few sampled
articles (title, date, authors, length), for the user to check. `--save` writes the profile as
`crawler/sites/<name>.py` (or into --out), marked unverified. The list page comes from --file
when given; the sampled articles are fetched (robots.txt obeyed), and a sample that cannot be
fetched is named, not fatal.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import urllib.error
import urllib.request
import urllib.robotparser
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

from scrapy.exceptions import UsageError

from crawler.es_command import QuietCommand, fail
from crawler.items import Article
from crawler.links import classify_page
from crawler.links.propose import Proposal, propose_profile
from crawler.processing import Processor
from crawler.sites.profile import SiteProfile

FETCH_TIMEOUT_S = 20
SITES_PACKAGE = Path(__file__).resolve().parents[1] / "sites"


class Command(QuietCommand):
    def syntax(self) -> str:
        return "new URL [--file FILE] [--name NAME] [--samples N] [--save [--out DIR]]"

    def short_desc(self) -> str:
        return "Propose a site profile from one of the site's list pages"

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.add_argument("--file", default="", help="the list page, saved (else fetched)")
        parser.add_argument("--name", default="", help="the site's short id (from the host)")
        parser.add_argument("--samples", type=int, default=3, help="articles to try (3)")
        parser.add_argument("--save", action="store_true", help="write the profile module")
        parser.add_argument("--out", default="", help="folder for --save (crawler/sites)")

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if len(args) != 2 or args[0] != "new":
            raise UsageError("usage: scrapy profile new URL")
        assert self.settings is not None
        url, agent = args[1], str(self.settings.get("USER_AGENT"))
        try:
            body, content_type = (
                (Path(opts.file).read_bytes(), "") if opts.file else fetch(url, agent)
            )
        except (OSError, ValueError) as error:
            fail("profile", f"{opts.file or url}: cannot read the list page: {error}")
        proposal = propose_profile(url, classify_page(body, url, "", content_type), opts.name)
        samples = [sample(link, proposal.profile, agent) for link in _firsts(proposal, opts)]
        print(json.dumps(report(proposal, samples), ensure_ascii=False, indent=2))
        if not proposal.article_links:
            print("profile: no article links found on the list page; is it a list page?")
            self.exitcode = 1
        elif opts.save:
            path = save(proposal.profile, Path(opts.out) if opts.out else SITES_PACKAGE)
            print(f"profile: written to {path}; check it, then `scrapy savefixture` the site")


def _firsts(proposal: Proposal, opts: argparse.Namespace) -> list[str]:
    return list(proposal.article_links[: max(opts.samples, 0)])


def fetch(url: str, user_agent: str) -> tuple[bytes, str]:
    """The page's bytes and Content-Type, if robots.txt lets this crawler have it."""
    robots = urllib.robotparser.RobotFileParser(urljoin(url, "/robots.txt"))
    try:
        robots.read()
    except (OSError, urllib.error.URLError):
        robots.parse([])  # no robots.txt to be had: as Scrapy does, go on
    if not robots.can_fetch(user_agent, url):
        raise ValueError("robots.txt disallows it")
    request = urllib.request.Request(url, headers={"User-Agent": user_agent})
    with urllib.request.urlopen(request, timeout=FETCH_TIMEOUT_S) as response:
        return response.read(), response.headers.get("Content-Type", "")


def sample(url: str, profile: SiteProfile, user_agent: str) -> dict[str, Any]:
    """What the crawl's own chain makes of one article of the proposed site."""
    try:
        body, content_type = fetch(url, user_agent)
    except (OSError, ValueError) as error:
        return {"url": url, "error": f"cannot fetch: {error}"}
    outcome = Processor().process_bytes(body, url, profile, content_type)
    if not isinstance(outcome, Article):
        return {"url": url, "error": outcome.message}
    return {
        "url": url,
        "title": outcome.title,
        "published_at": outcome.published_at,
        "authors": list(outcome.authors),
        "source": outcome.source,
        "characters": len(outcome.content),
        "begins": outcome.content[:60],
    }


def report(proposal: Proposal, samples: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "profile": _profile_json(proposal.profile),
        "article_links": list(proposal.article_links),
        "next_pages": list(proposal.next_pages),
        "samples": samples,
    }


def _profile_json(profile: SiteProfile) -> dict[str, Any]:
    data = dataclasses.asdict(profile)
    # Only what was proposed: the rest stays at its documented default.
    keep = (
        "name",
        "city",
        "start_urls",
        "article_url_pattern",
        "list_url_pattern",
        "allowed_domains",
        "timezone",
        "unverified",
    )
    return {key: list(data[key]) if isinstance(data[key], tuple) else data[key] for key in keep}


def save(profile: SiteProfile, folder: Path) -> Path:
    """The profile as a module of the site registry; an existing file is never replaced."""
    path = folder / f"{profile.name.replace('-', '_')}.py"
    if path.exists():
        fail("profile", f"{path} exists; choose another --name or edit that file")
    fields = "\n".join(
        f"    {key}={tuple(value) if isinstance(value, list) else value!r},"
        for key, value in _profile_json(profile).items()
    )
    path.write_text(
        f'"""Site profile: {profile.name} (proposed by `scrapy profile new`; check every field)."""'
        "\n\nfrom crawler.sites.profile import SiteProfile\n\n"
        f"PROFILE = SiteProfile(\n{fields}\n)\n",
        encoding="utf-8",
    )
    return path
