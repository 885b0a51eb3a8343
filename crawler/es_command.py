"""Room: commands — the base of our commands that talk to Elasticsearch, and `fail`.

Kept outside crawler/commands/ because Scrapy makes a command of every module in that package.
"""

from __future__ import annotations

import argparse
import sys
from typing import NoReturn

from elasticsearch import Elasticsearch
from scrapy.commands import ScrapyCommand

from crawler.es.client import EsConfig, SearchUnavailable, check_available, make_client


def fail(command: str, message: str, exitcode: int = 2) -> NoReturn:
    """End the command with one line on stderr, `scrapy COMMAND: MESSAGE`, and `exitcode`.

    For what the user has to fix (a setting, an argument, a file, a server to start): Scrapy's
    UsageError would print the usage text around it, and an exception a traceback. Called
    before any crawl starts, so nothing is left to stop.
    """
    print(f"scrapy {command}: {message}", file=sys.stderr)
    raise SystemExit(exitcode)


class QuietCommand(ScrapyCommand):
    """A command whose output is its result: only warnings are logged unless --loglevel says."""

    requires_project = True

    def process_options(self, args: list[str], opts: argparse.Namespace) -> None:
        super().process_options(args, opts)
        if not opts.loglevel and self.settings is not None:
            self.settings.set("LOG_LEVEL", "WARNING", priority="cmdline")

    @property
    def command_name(self) -> str:
        """The command's name, as typed: Scrapy names a command after its module."""
        return type(self).__module__.rsplit(".", 1)[-1]


class EsCommand(QuietCommand):
    def es_config(self) -> EsConfig:
        assert self.settings is not None
        try:
            return EsConfig.from_settings(self.settings)
        except ValueError as error:  # a bad ES_SHARDS or ES_REPLICAS
            fail(self.command_name, str(error))

    def es_client(self) -> tuple[Elasticsearch, EsConfig]:
        """A connected client, or a one-line exit (status 2) with the reason."""
        config = self.es_config()
        client = make_client(config)
        try:
            check_available(client, config)
        except SearchUnavailable as error:
            client.close()
            fail(self.command_name, str(error))
        return client, config
