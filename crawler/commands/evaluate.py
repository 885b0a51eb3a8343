"""`scrapy evaluate DIR` — score extraction + cleaning on labelled pages.

Every `*.json` in DIR with a `ground_truth` beside its `*.html` is run through exactly the code
of `scrapy extract` and scored: body bigram precision/recall/F1, date, author, containment.
The metric is crawler/quality/extraction.py; the page processing crawler/quality/pages.py.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from scrapy.exceptions import UsageError

from crawler.es_command import QuietCommand
from crawler.processing import Processor
from crawler.quality.extraction import evaluate_dir, format_report, report_json
from crawler.quality.pages import processed_with, scored_fields


class Command(QuietCommand):
    def syntax(self) -> str:
        return "DIR [--json]"

    def short_desc(self) -> str:
        return "Score extraction on labelled pages (per page and mean)"

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.add_argument("--json", action="store_true", help="print the scores as JSON")

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if len(args) != 1 or not Path(args[0]).is_dir():
            raise UsageError("give one folder of labelled pages", print_help=False)
        assert self.settings is not None
        process = processed_with(Processor.from_settings(self.settings))
        report = evaluate_dir(Path(args[0]), lambda body, url: scored_fields(body, url, process))
        if not report.pages:
            raise UsageError(f"no labelled pages (JSON with ground_truth) in {args[0]}")
        if opts.json:
            print(json.dumps(report_json(report), ensure_ascii=False, indent=2))
        else:
            print(format_report(report))
