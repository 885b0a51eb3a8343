"""Room: crawler — where the archive keeps its files, derived from ARCHIVE_DIR in one place.

    <ARCHIVE_DIR>/warc/            WARC files of every fetched page (the source of truth)
    <ARCHIVE_DIR>/state/seen.sqlite  what earlier runs fetched (incremental crawls)
    <ARCHIVE_DIR>/state/site-banners/<site>.json  lines each site repeats (learned by crawls)
    <ARCHIVE_DIR>/spool/es-spool.jsonl  articles waiting for Elasticsearch (ES_SPOOL_FILE overrides)
    <ARCHIVE_DIR>/runs/            one log and one JSON summary per `scrapy crawl-all`
    <ARCHIVE_DIR>/crawl-all.lock   keeps two cron runs from overlapping

`-s ARCHIVE_DIR=…` therefore moves all of them together. `scrapy crawl` and `scrapy crawl-all`
check once, before anything starts, that they can write where they will
(`ArchivePaths.check_writable`), so a read-only or full archive is one line, not a traceback
from whichever component writes first, nor a run half-written.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# What the check writes (and removes) in each folder: enough that a full disk refuses it.
_PROBE_BYTES = 64 * 1024


class ArchiveNotWritable(RuntimeError):
    """A folder of the archive cannot be created or written; the message is one line."""


@dataclass(frozen=True)
class ArchivePaths:
    root: Path
    spool_override: str = ""

    @classmethod
    def from_settings(cls, settings: Mapping[str, Any]) -> ArchivePaths:
        return cls(
            Path(str(settings.get("ARCHIVE_DIR") or "archive")),
            str(settings.get("ES_SPOOL_FILE") or ""),
        )

    @property
    def warc_dir(self) -> Path:
        return self.root / "warc"

    @property
    def seen_store(self) -> Path:
        return self.root / "state" / "seen.sqlite"

    @property
    def spool_file(self) -> Path:
        return (
            Path(self.spool_override)
            if self.spool_override
            else self.root / "spool" / "es-spool.jsonl"
        )

    @property
    def site_banners_dir(self) -> Path:
        return self.root / "state" / "site-banners"

    @property
    def runs_dir(self) -> Path:
        return self.root / "runs"

    @property
    def run_lock(self) -> Path:
        return self.root / "crawl-all.lock"

    @property
    def crawl_folders(self) -> tuple[Path, ...]:
        """Where a crawl writes: WARC files, what was seen, the spool."""
        return (self.root, self.warc_dir, self.seen_store.parent, self.spool_file.parent)

    @property
    def run_folders(self) -> tuple[Path, ...]:
        """Where `scrapy crawl-all` writes: a crawl's folders, its run logs and summaries."""
        return (*self.crawl_folders, self.runs_dir, self.run_lock.parent)

    def check_writable(self, folders: tuple[Path, ...]) -> None:
        """ArchiveNotWritable unless each folder can be written, or created and written.

        A folder that does not exist yet is not created here: its nearest existing parent must
        be a folder we can write in. Writing is tried for real (a probe file, fsync'd, then
        removed), so a read-only mount, a full disk and a missing permission all count, for
        root as for anyone.
        """
        for folder in dict.fromkeys(folders):
            problem = _write_problem(folder)
            if problem:
                raise ArchiveNotWritable(
                    f"archive folder {folder.absolute()} is not writable: {problem}"
                )


def _write_problem(folder: Path) -> str | None:
    """Why nothing can be written in `folder` (or in its nearest existing parent), or None."""
    existing = folder
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    if not existing.is_dir():
        return f"{existing} is a file, not a folder"
    try:
        with tempfile.TemporaryFile(dir=existing, prefix=".write-check-") as probe:
            probe.write(b"\0" * _PROBE_BYTES)
            probe.flush()
            os.fsync(probe.fileno())
    except OSError as error:  # the probe's own random name would say nothing
        return error.strerror or type(error).__name__
    return None
