"""Room: commands — the base of our commands that talk to Elasticsearch.

Kept outside crawler/commands/ because Scrapy makes a command of every module in that package.
"""

from __future__ import annotations

import argparse

from elasticsearch import Elasticsearch
from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError

from crawler.es.client import EsConfig, SearchUnavailable, check_available, make_client


class QuietCommand(ScrapyCommand):
    """A command whose output is its result: only warnings are logged unless --loglevel says."""

    requires_project = True

    def process_options(self, args: list[str], opts: argparse.Namespace) -> None:
        super().process_options(args, opts)
        if not opts.loglevel and self.settings is not None:
            self.settings.set("LOG_LEVEL", "WARNING", priority="cmdline")


class EsCommand(QuietCommand):
    def es_config(self) -> EsConfig:
        assert self.settings is not None
        return EsConfig.from_settings(self.settings)

    def es_client(self) -> tuple[Elasticsearch, EsConfig]:
        """A connected client, or a one-line UsageError-style exit with the reason."""
        config = self.es_config()
        client = make_client(config)
        try:
            check_available(client, config)
        except SearchUnavailable as error:
            self.exitcode = 2
            raise UsageError(str(error), print_help=False) from None
        return client, config
