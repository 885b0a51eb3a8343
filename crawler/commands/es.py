"""`scrapy es setup|status|spool` — the index layout and the spool of unindexed articles."""

from __future__ import annotations

import argparse
import json

from elasticsearch import Elasticsearch
from scrapy.exceptions import UsageError

from crawler.es import layout
from crawler.es.bulk import send_batch
from crawler.es.merge import KnownCopy, index_lookup, merge_copies
from crawler.es.spool import Spool
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
            print(json.dumps(layout.setup(client, names), ensure_ascii=False, indent=2))
        elif args[0] == "status":
            self._status(client, names)
        elif args[0] == "prune":
            self._prune(client, names)
        else:
            self._replay(client, names)

    def _status(self, client: Elasticsearch, names: layout.IndexNames) -> None:
        print(json.dumps(layout.status(client, names), ensure_ascii=False, indent=2))

    def _replay(self, client: Elasticsearch, names: layout.IndexNames) -> None:
        assert self.settings is not None
        layout.setup(client, names)
        pending = Spool(ArchivePaths.from_settings(self.settings).spool_file).take()
        total = failed = 0
        known: dict[str, KnownCopy] = {}
        for batch in pending.batches(self.settings.getint("ES_BULK_SIZE")):
            for action in batch:
                action["_index"] = names.write_alias
            # Copies of one article merge as in the crawl (crawler/es/merge.py).
            batch, _ = merge_copies(batch, known, index_lookup(client, names.read_alias))
            result = send_batch(client, batch, self.settings.getint("ES_MAX_RETRIES"))
            total += result.indexed
            failed += len(result.failures)
            for url, reason in result.failures:
                print(f"{url}: not indexed: {reason}")
        if not failed:
            pending.discard()
        if total:  # searchable now rather than at the index's refresh interval
            client.indices.refresh(index=names.write_alias)
        print(f"indexed {total} spooled articles, {failed} failed")
        self.exitcode = 1 if failed else 0

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
