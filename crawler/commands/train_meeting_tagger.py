"""`scrapy train_meeting_tagger` — train the meeting models on the labelled sets.

Writes the people tagger and the report classifier into crawler/text/meeting_people/ (or
--out) from the training groups of crawler/quality/meeting_model.py; `--cross-validate`
instead prints the tagger's scores on each group trained on the others, `--thresholds` the
attendees the whole extraction finds on each group's items at each probability threshold of
the tagger, by script, and `--rescue` the detection at each threshold of the report
classifier, trained without the group it scores.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from scrapy.exceptions import UsageError

from crawler.es_command import QuietCommand
from crawler.quality.meeting_model import (
    cross_validate,
    cross_validate_reports,
    cross_validate_thresholds,
    format_report_scores,
    format_scores,
    format_thresholds,
    train_all,
    training_items,
)
from crawler.text.meeting_tagger import MODEL_DIR


class Command(QuietCommand):
    requires_project = False

    def syntax(self) -> str:
        return "[--out PATH] [--cross-validate | --thresholds | --rescue]"

    def short_desc(self) -> str:
        return "Train the meeting people tagger and report classifier on the labelled sets"

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.add_argument("--out", type=Path, default=MODEL_DIR, help="where to write the model")
        parser.add_argument(
            "--cross-validate",
            action="store_true",
            help="score each group of sets with a model trained on the others; write nothing",
        )
        parser.add_argument(
            "--thresholds",
            action="store_true",
            help="cross-validate the tagger's probability thresholds by script; write nothing",
        )
        parser.add_argument(
            "--rescue",
            action="store_true",
            help="cross-validate the report classifier's rescue thresholds; write nothing",
        )

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if args:
            raise UsageError("train_meeting_tagger takes no arguments", print_help=False)
        if opts.cross_validate:
            with tempfile.TemporaryDirectory() as workdir:
                print(format_scores(cross_validate(Path(workdir))))
            return
        if opts.thresholds:
            with tempfile.TemporaryDirectory() as workdir:
                print(format_thresholds(cross_validate_thresholds(Path(workdir))))
            return
        if opts.rescue:
            with tempfile.TemporaryDirectory() as workdir:
                print(format_report_scores(cross_validate_reports(Path(workdir))))
            return
        items = training_items()
        train_all(items, opts.out)
        reports = sum(item.is_meeting for item in items)
        print(
            f"trained on {len(items)} labelled items ({reports} meeting reports); "
            f"models written to {opts.out}"
        )
