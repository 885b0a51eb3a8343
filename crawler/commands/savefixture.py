"""`scrapy savefixture SITE` — record a list page and a few articles of a live site as WARC.

    scrapy savefixture shanghai-gov                  # into tests/fixtures/sites/shanghai-gov/
    scrapy savefixture --profile-file site.json --articles 3 --out DIR

The site is crawled through its real profile and the real spider, with nothing indexed and
nothing marked seen, into a scratch archive; its WARC files then move to the fixture folder
beside a `recording.json` (what was recorded, when, from which start URLs). The replay test
(tests/test_replay.py) crawls every recorded folder offline with `scrapy crawl --replay`, so a
profile is checked on the pages its site really served. Exit status 1 when no article was
recorded, 2 (one line) when the site or profile is unusable.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import shutil
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import scrapy
from scrapy.commands import ScrapyCommand

from crawler.archive.warc import read_pages
from crawler.es_command import fail
from crawler.sites import ProfileError, get_profile, load_profile_file
from crawler.sites.arguments import NEWS_SPIDER
from crawler.sites.profile import SiteProfile

FIXTURE_SITES = Path("tests") / "fixtures" / "sites"
RECORDING = "recording.json"


class Command(ScrapyCommand):
    requires_project = True

    def syntax(self) -> str:
        return "SITE | --profile-file FILE [--articles N] [--list-pages N] [--out DIR]"

    def short_desc(self) -> str:
        return "Record a list page and a few articles of a live site as WARC test fixtures"

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.add_argument("--profile-file", default="", help="a JSON site profile")
        parser.add_argument("--articles", type=int, default=5, help="articles to record (5)")
        parser.add_argument("--list-pages", type=int, default=1, help="list pages to record (1)")
        parser.add_argument("--out", default="", help="folder (tests/fixtures/sites/<name>)")

    def process_options(self, args: list[str], opts: argparse.Namespace) -> None:
        super().process_options(args, opts)
        assert self.settings is not None
        try:
            self.profile = _profile(args, opts)
        except ProfileError as error:
            fail("savefixture", str(error))
        if opts.articles < 1 or opts.list_pages < 1:
            fail("savefixture", "--articles and --list-pages must be at least 1")
        self.scratch = Path(tempfile.mkdtemp(prefix="savefixture-"))
        for name, value in {
            "ARCHIVE_DIR": str(self.scratch),
            "ARCHIVE_WARC_PREFIX": self.profile.name,
            "ES_ENABLED": False,
            "INCREMENTAL_ENABLED": False,
            "CLOSESPIDER_ITEMCOUNT": opts.articles,
        }.items():
            self.settings.set(name, value, priority="cmdline")

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        assert self.crawler_process is not None
        profile = dataclasses.replace(self.profile, max_list_pages=opts.list_pages)
        out = Path(opts.out or FIXTURE_SITES / profile.name)
        try:
            self.crawler_process.crawl(NEWS_SPIDER, profile=profile)
            self.crawler_process.start()
            recorded = _move_recording(self.scratch / "warc", out, profile)
        finally:
            shutil.rmtree(self.scratch, ignore_errors=True)
        articles = [page for page in recorded if page["kind"] == "article"]
        print(
            f"savefixture: recorded {len(recorded) - len(articles)} list pages and "
            f"{len(articles)} article pages of {profile.name} into {out}\n"
            f"check it offline: scrapy crawl {NEWS_SPIDER} -a site={profile.name} --replay {out}"
        )
        self.exitcode = 0 if articles else 1


def _profile(args: list[str], opts: argparse.Namespace) -> SiteProfile:
    if opts.profile_file:
        return load_profile_file(opts.profile_file)
    if len(args) != 1:
        raise ProfileError("name one site (see `scrapy sites`) or give --profile-file")
    return get_profile(args[0])


def _move_recording(warc_dir: Path, out: Path, profile: SiteProfile) -> list[dict[str, object]]:
    """The scratch WARC files into `out`, and `out/recording.json` listing what they hold."""
    out.mkdir(parents=True, exist_ok=True)
    pages: list[dict[str, object]] = []
    for path in sorted(warc_dir.glob("*.warc.gz")):
        pages += [
            {"url": page.url, "kind": page.kind, "status": page.status, "date": page.date}
            for page in read_pages(path, kind=None)
        ]
        shutil.move(str(path), out / path.name)
    recording = {
        "site": profile.name,
        "recorded_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "recorded_with": f"scrapy savefixture (Scrapy {scrapy.__version__})",
        "start_urls": list(profile.start_urls),
        "pages": pages,
    }
    (out / RECORDING).write_text(
        json.dumps(recording, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return pages
