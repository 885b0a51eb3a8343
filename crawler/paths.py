"""Room: crawler — where the archive keeps its files, derived from ARCHIVE_DIR in one place.

    <ARCHIVE_DIR>/warc/            WARC files of every fetched page (the source of truth)
    <ARCHIVE_DIR>/state/seen.sqlite  what earlier runs fetched (incremental crawls)
    <ARCHIVE_DIR>/spool/es-spool.jsonl  articles waiting for Elasticsearch (ES_SPOOL_FILE overrides)
    <ARCHIVE_DIR>/runs/            one log and one JSON summary per `scrapy crawl-all`
    <ARCHIVE_DIR>/crawl-all.lock   keeps two cron runs from overlapping

`-s ARCHIVE_DIR=…` therefore moves all of them together.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any


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
    def runs_dir(self) -> Path:
        return self.root / "runs"

    @property
    def run_lock(self) -> Path:
        return self.root / "crawl-all.lock"
