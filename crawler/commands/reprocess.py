"""`scrapy reprocess PATH...` — re-run the processing chain over archived pages.

No network: article records are read from WARC files, turned into articles by the crawl's own
chain (crawler/processing: the same stages, settings and decisions as `scrapy crawl`), and
indexed through the crawl's indexer into a NEW versioned index; then the read and write aliases
move to it in one atomic request. Old versions stay until `scrapy es prune`.

A damaged record (cut short, failing its digest, in a gzip member that cannot be decompressed)
is never indexed: each is reported with its file and offset, the other files are still read,
and the run exits 1. The aliases do not move to a version holding fewer documents than the live
one unless --force.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from scrapy.exceptions import UsageError
from tqdm import tqdm

from crawler.archive.warc import (
    ArchivedPage,
    DamagedRecord,
    fetched_page,
    read_pages,
    warc_files,
)
from crawler.es import layout
from crawler.es.documents import index_action
from crawler.es.indexer import Indexer, no_earlier_copies
from crawler.es_command import EsCommand
from crawler.processing import Dropped, Processor
from crawler.processing import vocabulary as v
from crawler.sites import known_profiles
from crawler.sites.profile import SiteProfile

logger = logging.getLogger(__name__)
SKIPPED_STATUS = "reprocess/skipped_status"  # archived answers other than 200 (404s, 304s…)


class Command(EsCommand):
    def syntax(self) -> str:
        return "PATH [PATH ...] [--profile-file FILE ...] [--no-swap | --force]"

    def short_desc(self) -> str:
        return "Re-process archived WARC pages into a new index version, then swap aliases"

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.add_argument("--no-swap", action="store_true", help="build the index, keep aliases")
        parser.add_argument(
            "--force",
            action="store_true",
            help="move the aliases even if the new version holds fewer documents than the live one",
        )
        parser.add_argument(
            "--profile-file",
            action="append",
            default=[],
            help="a JSON site profile the archive was crawled with (beside the built-in ones)",
        )

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        assert self.settings is not None
        files = warc_files([Path(a) for a in args]) if args else []
        if not files:
            raise UsageError("give WARC files or folders (e.g. archive/warc)", print_help=False)
        try:
            profiles = known_profiles(opts.profile_file)
        except (OSError, ValueError, TypeError) as error:
            raise UsageError(f"bad --profile-file: {error}", print_help=False) from None
        client, config = self.es_client()
        names = layout.IndexNames(config.index_prefix)
        layout.put_template(client, names, shape=config.shape)
        index = names.versioned(layout.next_version(client, names))
        client.indices.create(index=index)
        counts: Counter[str] = Counter()
        self.unprofiled: set[str] = set()
        self.damaged: list[DamagedRecord] = []
        indexer = Indexer(
            client,
            index,
            no_earlier_copies,
            self.settings.getint("ES_MAX_RETRIES"),
            config.shard_wait_s,
        )
        processor = Processor.from_settings(self.settings, lambda key, n: counts.update({key: n}))
        failed = self._reindex(files, profiles, processor, indexer, counts)
        client.indices.refresh(index=index)
        documents = client.count(index=index)["count"]
        pages_failed = counts[SKIPPED_STATUS] + counts[v.BAD_PAGES] + counts[v.DROPPED]
        print(
            f"{index}: {documents} documents from {counts[v.ARTICLES]} article pages "
            f"({indexer.merged} copies merged), {pages_failed} pages failed"
            + (f", {failed} not indexed" if failed else "")
            + (f", {len(self.damaged)} damaged WARC records" if self.damaged else "")
        )
        if self.damaged:
            self.exitcode = 1
            print(
                f"{len(self.damaged)} damaged WARC records not indexed (listed above)",
                file=sys.stderr,
            )
        if opts.no_swap:
            return
        if not documents:
            self.exitcode = 1
            print("nothing indexed: aliases left unchanged", file=sys.stderr)
            return
        try:
            old = layout.swap_aliases(client, names, index, force=opts.force)
        except layout.SwapRefused as refused:
            self.exitcode = 1
            print(f"{refused} (use --force to swap anyway)", file=sys.stderr)
            return
        print(
            f"aliases {names.read_alias}, {names.write_alias} -> {index}; previous: {old or 'none'}"
        )

    def _reindex(
        self,
        files: list[Path],
        profiles: dict[str, SiteProfile],
        processor: Processor,
        indexer: Indexer,
        counts: Counter[str],
    ) -> int:
        """Every article record through the chain and into the index; returns how many failed."""
        assert self.settings is not None
        bulk_size = self.settings.getint("ES_BULK_SIZE")
        batch: list[dict[str, Any]] = []
        failed = 0
        pages = 0
        # Progress is measured in archive bytes, which the files' sizes give at once: counting
        # the pages first meant reading (decompressing, digest-checking) the archive twice.
        with archive_progress(files) as progress:
            read_before = 0
            for path in files:
                for page in read_pages(path, damaged=self._damaged):
                    pages += 1
                    progress.update(read_before + page.offset - progress.n)
                    progress.set_postfix_str(f"{pages} pages", refresh=False)
                    action = self._action(page, profiles, processor, indexer.index, counts)
                    if action is not None:
                        batch.append(action)
                    if len(batch) >= bulk_size:
                        failed += _send(indexer, batch)
                        batch = []
                read_before += path.stat().st_size
                progress.update(read_before - progress.n)
            failed += _send(indexer, batch)
        return failed

    def _damaged(self, damage: DamagedRecord) -> None:
        self.damaged.append(damage)
        logger.error("damaged WARC record, not indexed: %s", damage)

    def _action(
        self,
        page: ArchivedPage,
        profiles: dict[str, SiteProfile],
        processor: Processor,
        index: str,
        counts: Counter[str],
    ) -> dict[str, Any] | None:
        if page.status != 200:
            counts[SKIPPED_STATUS] += 1
            logger.info("%s: skipped: archived with status %d", page.url, page.status)
            return None
        profile = profiles.get(page.site)
        if profile is None and page.site not in self.unprofiled:
            self.unprofiled.add(page.site)
            logger.warning(
                "site %r: no profile of that name; its pages get generic extraction"
                " (give the profile the crawl used with --profile-file)",
                page.site,
            )
        outcome = processor.process(fetched_page(page, profile))
        if isinstance(outcome, Dropped):
            logger.warning("%s: skipped: %s", outcome.url, outcome.message)
            return None
        return index_action(index, outcome)


def archive_progress(files: list[Path]) -> tqdm[Any]:
    """A progress bar over the archive's bytes (read/total, rate), with the pages so far."""
    total = sum(path.stat().st_size for path in files)
    return tqdm(
        total=total,
        unit="B",
        unit_scale=True,
        unit_divisor=1024,
        desc="reprocess",
        file=sys.stderr,
    )


def _send(indexer: Indexer, batch: list[dict[str, Any]]) -> int:
    if not batch:
        return 0
    result = indexer.index_now(batch)
    for url, reason in result.failures:
        logger.error("%s: not indexed: %s", url, reason)
    return len(result.failures)
