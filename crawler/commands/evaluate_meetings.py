"""`scrapy evaluate_meetings DIR` — score meeting detection and fields on labelled reports.

Every `*.json` with a `ground_truth` in DIR (see tests/fixtures/meetings) goes through the
meeting detection the processing chain applies; the metric is crawler/quality/meetings.py.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from scrapy.exceptions import UsageError

from crawler.es_command import QuietCommand
from crawler.quality.meetings import evaluate, format_report, load_items, report_json


class Command(QuietCommand):
    requires_project = False

    def syntax(self) -> str:
        return "DIR [--json] [--cleaned]"

    def short_desc(self) -> str:
        return "Score meeting detection, name, date and people on labelled reports"

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.add_argument("--json", action="store_true", help="print the scores as JSON")
        parser.add_argument(
            "--cleaned",
            action="store_true",
            help="clean each item as the crawl does before detecting (the saved text otherwise)",
        )

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if len(args) != 1 or not Path(args[0]).is_dir():
            raise UsageError("give one folder of labelled meeting reports", print_help=False)
        items = load_items(Path(args[0]))
        if not items:
            raise UsageError(f"no labelled items (JSON with ground_truth) in {args[0]}")
        report = evaluate(items, cleaned=opts.cleaned)
        if opts.json:
            print(json.dumps(report_json(report), ensure_ascii=False, indent=2))
        else:
            print(format_report(report))
