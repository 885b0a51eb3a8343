"""`scrapy relevance [--queries FILE] [--json]` — search relevance on the real Elasticsearch.

Builds the labelled corpus (crawler/quality/corpus.py) into a throw-away index under
`<ES_INDEX_PREFIX>-relevance-<random>` on the configured Elasticsearch, runs every query the
way `scrapy search` sends it and the way Kibana sends free text (Lucene `query_string` and KQL
`multi_match` over `index.query.default_field`, each unquoted and quoted), checks that each
query typed in Simplified and in Traditional finds the same documents, prints P@10, recall and
the scattered rule per query and the means, and deletes the index and template by name.
Exit status 0 when the targets hold, 1 when they do not, 2 when Elasticsearch is unavailable.
The work is done by crawler/quality/ (measure.py runs it, report.py prints it).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from scrapy.exceptions import UsageError

from crawler.es_command import EsCommand
from crawler.quality.corpus import build_corpus
from crawler.quality.measure import CorpusNotIndexed, measure
from crawler.quality.queries import DEFAULT_QUERIES, QuerySetError, load_query_set
from crawler.quality.report import report_json, report_text


class Command(EsCommand):
    def syntax(self) -> str:
        return "[--queries FILE] [--json]"

    def short_desc(self) -> str:
        return "Measure search relevance (scrapy search and Kibana free text) on a labelled set"

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.add_argument(
            "--queries",
            type=Path,
            default=DEFAULT_QUERIES,
            help="labelled query set (default: tests/fixtures/relevance/queries.json)",
        )
        parser.add_argument("--json", action="store_true", help="one JSON document on stdout")

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if args:
            raise UsageError("no arguments; say --queries FILE for another query set")
        try:
            query_set = load_query_set(opts.queries)
            articles = build_corpus(query_set)
        except QuerySetError as error:
            raise UsageError(str(error), print_help=False) from None
        client, config = self.es_client()
        try:
            outcome = measure(client, f"{config.index_prefix}-relevance", query_set, articles)
        except CorpusNotIndexed as error:
            raise UsageError(str(error), print_help=False) from None
        if opts.json:
            print(json.dumps(report_json(outcome), ensure_ascii=False))
        else:
            print(report_text(outcome))
        self.exitcode = 1 if outcome.failures else 0
