"""`scrapy evaluate DIR` — score extraction + cleaning on labelled pages (crawler/evaluate.py).

Every `*.json` in DIR with a `ground_truth` beside its `*.html` is run through exactly the code
of `scrapy extract` and scored: body bigram precision/recall/F1, date, author, containment.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from pathlib import Path
from typing import Any

from scrapy.exceptions import UsageError

from crawler.commands.extract import article_fields
from crawler.es_command import QuietCommand
from crawler.evaluate import evaluate_dir, format_report
from crawler.processing import Dropped, Processor


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
        processor = Processor.from_settings(self.settings)

        def extract_for_scoring(body: bytes, url: str) -> dict[str, Any]:
            outcome = processor.process_bytes(body, url)
            if isinstance(outcome, Dropped):
                raise ValueError(outcome.message)
            return article_fields(outcome)

        report = evaluate_dir(Path(args[0]), extract_for_scoring)
        if not report.pages:
            raise UsageError(f"no labelled pages (JSON with ground_truth) in {args[0]}")
        if opts.json:
            pages = [asdict(page) for page in report.pages]
            print(
                json.dumps({"pages": pages, "means": report.means()}, ensure_ascii=False, indent=2)
            )
        else:
            print(format_report(report))
