"""`scrapy es setup|status|spool` — the index layout and the spool of unindexed articles."""

from __future__ import annotations

import argparse
import json
from typing import Any

from elasticsearch import Elasticsearch
from scrapy.exceptions import UsageError

from crawler.es import layout
from crawler.es.client import EsConfig
from crawler.es.indexer import Indexer, IndexUnavailable
from crawler.es.merge import index_lookup
from crawler.es.spool import Refused, Spool, retry_and_refused
from crawler.es_command import EsCommand
from crawler.paths import ArchivePaths

ACTIONS = ("setup", "status", "spool", "prune")


class Command(EsCommand):
    def syntax(self) -> str:
        return "setup|status|spool|prune"

    def short_desc(self) -> str:
        return "Index template/aliases set-up, status, spooled articles, old versions (prune)"

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if len(args) != 1 or args[0] not in ACTIONS:
            raise UsageError(f"say one of: {', '.join(ACTIONS)}")
        client, config = self.es_client()
        names = layout.IndexNames(config.index_prefix)
        if args[0] == "setup":
            print(
                json.dumps(
                    layout.setup(client, names, shape=config.shape), ensure_ascii=False, indent=2
                )
            )
        elif args[0] == "status":
            self._status(client, names)
        elif args[0] == "prune":
            self._prune(client, names)
        else:
            self._replay(client, names, config)

    def _status(self, client: Elasticsearch, names: layout.IndexNames) -> None:
        print(json.dumps(layout.status(client, names), ensure_ascii=False, indent=2))

    def _replay(self, client: Elasticsearch, names: layout.IndexNames, config: EsConfig) -> None:
        """Index the spooled articles, as the next crawl would (crawler/es/spool.py)."""
        assert self.settings is not None
        layout.setup(client, names, shape=config.shape)
        spool = Spool(ArchivePaths.from_settings(self.settings).spool_file)
        indexer = Indexer(
            client,
            names.write_alias,
            index_lookup(client, names.read_alias),
            self.settings.getint("ES_MAX_RETRIES"),
            config.shard_wait_s,
        )

        def send(batch: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], Refused]:
            try:
                result = indexer.index_now(batch)
            except IndexUnavailable as error:
                print(f"{len(batch)} articles not indexed now, kept: {error}")
                return batch, []
            for url, reason in result.failures:
                print(f"{url}: not indexed: {reason}")
            return retry_and_refused(result)

        report = spool.replay(send, self.settings.getint("ES_BULK_SIZE"))
        if report.acknowledged:  # searchable now rather than at the index's refresh interval
            client.indices.refresh(index=names.write_alias)
        print(
            f"indexed {report.acknowledged} spooled articles, {report.kept} failed"
            + (f" (kept in {spool.path})" if report.kept else "")
            + (
                f", {report.refused} refused (set aside in {spool.refused_path})"
                if report.refused
                else ""
            )
        )
        self.exitcode = 1 if report.kept or report.refused else 0

    def _prune(self, client: Elasticsearch, names: layout.IndexNames) -> None:
        """Delete versioned indexes that neither alias points at (left by re-processing)."""
        live = set(layout.alias_targets(client, names.read_alias))
        live |= set(layout.alias_targets(client, names.write_alias))
        versions = client.indices.get(index=f"{names.prefix}-v*", allow_no_indices=True).body
        stale = sorted(set(versions) - live)
        if stale:
            client.indices.delete(index=",".join(stale))
        print(
            f"deleted {len(stale)} old index versions: {', '.join(stale) or 'none'}; kept {sorted(live)}"
        )
