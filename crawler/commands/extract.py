"""`scrapy extract FILE...` — run the crawl's processing chain on saved pages, offline.

One JSON object per line and per page, in the order given. Quality is measured from outside
through this command, so its output fields are a stable interface (crawler/quality/fields.py,
shared with `scrapy evaluate`). Each page is processed on its own, as a crawl's first page.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from scrapy.exceptions import UsageError

from crawler.es_command import QuietCommand
from crawler.processing import Dropped, Processor
from crawler.quality.fields import article_fields
from crawler.sites import UnknownSite, get_profile, load_profile_file
from crawler.sites.profile import SiteProfile


class Command(QuietCommand):
    def syntax(self) -> str:
        return (
            "FILE [FILE ...] [--url URL] [--site SITE | --profile-file FILE] [--content-type TYPE]"
        )

    def short_desc(self) -> str:
        return "Extract and clean saved pages offline; one JSON object per page"

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.add_argument("--url", default="", help="the URL the page was fetched from")
        parser.add_argument("--site", default="", help="apply this site profile")
        parser.add_argument("--profile-file", default="", help="apply this JSON site profile")
        parser.add_argument(
            "--content-type",
            default="",
            help="the Content-Type the server sent, e.g. 'text/html; charset=gb2312'",
        )

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if not args:
            raise UsageError("give at least one saved HTML file")
        profile = _profile(opts)
        assert self.settings is not None
        processor = Processor.from_settings(self.settings)
        failures = 0
        for name in args:
            processor.new_run()  # every file on its own, even under one --url
            record = extract_file(Path(name), opts.url, profile, processor, opts.content_type)
            failures += "error" in record
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        sys.stdout.flush()
        self.exitcode = 1 if failures else 0


def _profile(opts: argparse.Namespace) -> SiteProfile | None:
    try:
        if opts.profile_file:
            return load_profile_file(opts.profile_file)
        return get_profile(opts.site) if opts.site else None
    except UnknownSite as error:
        raise UsageError(str(error.args[0]), print_help=False) from None
    except (OSError, ValueError, TypeError) as error:
        raise UsageError(f"bad --profile-file: {error}", print_help=False) from None


def extract_file(
    path: Path,
    url: str,
    profile: SiteProfile | None,
    processor: Processor,
    content_type: str = "",
) -> dict[str, Any]:
    try:
        body = path.read_bytes()
    except OSError as error:
        return {"file": str(path), "error": f"cannot read file: {error.strerror}"}
    page_url = url or path.resolve().as_uri()
    outcome = processor.process_bytes(body, page_url, profile, content_type)
    if isinstance(outcome, Dropped):
        return {"file": str(path), "url": page_url, "error": outcome.message}
    return {"file": str(path), **article_fields(outcome)}
