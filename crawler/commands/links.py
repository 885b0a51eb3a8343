"""`scrapy links FILE [--url URL]` — the article links and next-page links of saved list pages.

One JSON line per file, `{"file", "url", "article_links": [...], "next_pages": [...]}`, links
absolute and in page order. Without --url, relative links resolve against the file's own URL
(file://…), so give the URL the page was fetched from. --site or --profile-file applies a
profile's article pattern, which refines what the classifier finds.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from scrapy.exceptions import UsageError

from crawler.es_command import QuietCommand
from crawler.links import classify_page
from crawler.sites import UnknownSite, get_profile, load_profile_file


class Command(QuietCommand):
    def syntax(self) -> str:
        return "FILE [FILE ...] [--url URL] [--site SITE | --profile-file FILE]"

    def short_desc(self) -> str:
        return "Find the article links and next-page links of saved list pages, offline"

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.add_argument("--url", default="", help="the URL the page was fetched from")
        parser.add_argument("--site", default="", help="refine with this site's article pattern")
        parser.add_argument(
            "--profile-file", default="", help="refine with this JSON profile's article pattern"
        )

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if not args:
            raise UsageError("give at least one saved HTML file")
        pattern = _article_pattern(opts)
        failures = 0
        for name in args:
            record = links_of_file(Path(name), opts.url, pattern)
            failures += "error" in record
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        sys.stdout.flush()
        self.exitcode = 1 if failures else 0


def _article_pattern(opts: argparse.Namespace) -> str:
    try:
        if opts.profile_file:
            return load_profile_file(opts.profile_file).article_url_pattern
        return get_profile(opts.site).article_url_pattern if opts.site else ""
    except UnknownSite as error:
        raise UsageError(str(error.args[0]), print_help=False) from None
    except (OSError, ValueError, TypeError) as error:
        raise UsageError(f"bad --profile-file: {error}", print_help=False) from None


def links_of_file(path: Path, url: str, article_pattern: str = "") -> dict[str, Any]:
    try:
        body = path.read_bytes()
    except OSError as error:
        return {"file": str(path), "error": f"cannot read file: {error.strerror}"}
    page_url = url or path.resolve().as_uri()
    report = classify_page(body, page_url, article_pattern)
    return {
        "file": str(path),
        "url": page_url,
        "article_links": list(report.article_links),
        "next_pages": list(report.next_pages),
    }
