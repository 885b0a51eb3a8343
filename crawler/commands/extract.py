"""`scrapy extract FILE...` — run the crawl's extraction and cleaning on saved pages, offline.

One JSON object per line and per page, in the order given. Quality is measured from outside
through this command, so its output fields are a stable interface (crawler/quality/fields.py,
shared with `scrapy evaluate`).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from scrapy.exceptions import UsageError

from crawler.es_command import QuietCommand
from crawler.extract import ExtractionError
from crawler.processing import process_page
from crawler.quality.fields import article_fields
from crawler.sites import UnknownSite, get_profile


class Command(QuietCommand):
    def syntax(self) -> str:
        return "FILE [FILE ...] [--url URL] [--site SITE]"

    def short_desc(self) -> str:
        return "Extract and clean saved pages offline; one JSON object per page"

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.add_argument("--url", default="", help="the URL the page was fetched from")
        parser.add_argument("--site", default="", help="apply this site profile's selectors")

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if not args:
            raise UsageError("give at least one saved HTML file")
        try:
            profile = get_profile(opts.site) if opts.site else None
        except UnknownSite as error:
            raise UsageError(str(error.args[0]), print_help=False) from None
        assert self.settings is not None
        extra = self.settings.getlist("CLEAN_EXTRA_BOILERPLATE")
        failures = 0
        for name in args:
            record = extract_file(Path(name), opts.url, profile, extra)
            failures += "error" in record
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        sys.stdout.flush()
        self.exitcode = 1 if failures else 0


def extract_file(path: Path, url: str, profile: Any, extra: list[str]) -> dict[str, Any]:
    try:
        body = path.read_bytes()
    except OSError as error:
        return {"file": str(path), "error": f"cannot read file: {error.strerror}"}
    page_url = url or path.resolve().as_uri()
    try:
        article = process_page(body, page_url, profile=profile, extra_phrases=extra)
    except ExtractionError as error:
        return {"file": str(path), "url": page_url, "error": str(error)}
    return {"file": str(path), **article_fields(article)}
