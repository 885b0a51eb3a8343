"""Shared plumbing for our commands: an Elasticsearch client from the project settings."""

from __future__ import annotations

from typing import Any, ClassVar

from elasticsearch import Elasticsearch
from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError

from crawler.es.client import EsConfig, SearchUnavailable, check_available, make_client


class EsCommand(ScrapyCommand):
    requires_project = True
    default_settings: ClassVar[dict[str, Any]] = {"LOG_LEVEL": "WARNING"}

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
