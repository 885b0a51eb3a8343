"""`scrapy reprocess PATH...` — re-run extraction and every pipeline stage over archived pages.

No network: article records are read from WARC files, processed with the same code as the
crawl, and bulk-indexed into a NEW versioned index; then the read and write aliases move to it
in one atomic request. Old versions stay until `scrapy es prune`.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from typing import Any

from elasticsearch import Elasticsearch
from scrapy.exceptions import UsageError
from tqdm import tqdm

from crawler.archive.warc import ArchivedPage, read_pages, warc_files
from crawler.es import layout
from crawler.es.bulk import send_batch
from crawler.es.documents import index_action
from crawler.es.merge import KnownCopy, merge_copies
from crawler.es_command import EsCommand
from crawler.extract import ExtractionError
from crawler.processing import attach_provenance, process_page
from crawler.sites import REGISTRY
from crawler.spiders.news import header_charset

logger = logging.getLogger(__name__)


class Command(EsCommand):
    def syntax(self) -> str:
        return "PATH [PATH ...] [--no-swap]"

    def short_desc(self) -> str:
        return "Re-process archived WARC pages into a new index version, then swap aliases"

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.add_argument("--no-swap", action="store_true", help="build the index, keep aliases")

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        assert self.settings is not None
        files = warc_files([Path(a) for a in args]) if args else []
        if not files:
            raise UsageError("give WARC files or folders (e.g. archive/warc)", print_help=False)
        client, config = self.es_client()
        names = layout.IndexNames(config.index_prefix)
        layout.put_template(client, names)
        index = names.versioned(layout.next_version(client, names))
        client.indices.create(index=index)
        self.known_copies: dict[str, KnownCopy] = {}
        self.merged = 0
        done, failed = self._reindex(client, index, files)
        client.indices.refresh(index=index)
        documents = client.count(index=index)["count"]
        print(
            f"{index}: {documents} documents from {done} article pages "
            f"({self.merged} copies merged), {failed} pages failed"
        )
        if opts.no_swap:
            return
        if not documents:
            self.exitcode = 1
            print("nothing indexed: aliases left unchanged", file=sys.stderr)
            return
        old = layout.swap_aliases(client, names, index)
        print(
            f"aliases {names.read_alias}, {names.write_alias} -> {index}; previous: {old or 'none'}"
        )

    def _reindex(self, client: Elasticsearch, index: str, files: list[Path]) -> tuple[int, int]:
        assert self.settings is not None
        total = sum(1 for path in files for _ in read_pages(path))
        batch: list[dict[str, Any]] = []
        done = failed = 0
        with tqdm(total=total, unit="page", desc="reprocess", file=sys.stderr) as progress:
            for path in files:
                for page in read_pages(path):
                    progress.update(1)
                    action = self._action(index, page)
                    if action is None:
                        failed += 1
                        continue
                    batch.append(action)
                    done += 1
                    if len(batch) >= self.settings.getint("ES_BULK_SIZE"):
                        self._send(client, batch)
                        batch = []
            self._send(client, batch)
        return done, failed

    def _action(self, index: str, page: ArchivedPage) -> dict[str, Any] | None:
        if page.status != 200:
            logger.info("%s: skipped: archived with status %d", page.url, page.status)
            return None
        profile = REGISTRY.get(page.site)
        try:
            article = process_page(
                page.body,
                page.url,
                http_charset=header_charset(page.headers.get("content-type", "").encode("latin-1")),
                profile=profile,
            )
        except ExtractionError as error:
            logger.warning("%s: skipped: %s", page.url, error)
            return None
        article = attach_provenance(
            article,
            profile=profile,
            url=page.url,
            fetched_at=page.date,
            archive={
                "warc_file": page.warc_file,
                "warc_offset": str(page.offset),
                "warc_record_id": page.record_id,
            },
        )
        if not article.paragraphs:
            logger.warning("%s: skipped: nothing left after removing boilerplate", page.url)
            return None
        article.site = article.site or page.site
        return index_action(index, article)

    def _send(self, client: Elasticsearch, batch: list[dict[str, Any]]) -> None:
        if not batch:
            return
        assert self.settings is not None
        # A new index starts empty: this run's memory of fingerprints is all there is to ask.
        batch, merged = merge_copies(batch, self.known_copies, lambda fingerprints: {})
        self.merged += merged
        result = send_batch(client, batch, self.settings.getint("ES_MAX_RETRIES"))
        for url, reason in result.failures:
            logger.error("%s: not indexed: %s", url, reason)
