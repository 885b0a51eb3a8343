"""Room: crawler — what earlier runs fetched, kept on disk (SQLite) so memory stays bounded.

One row per article URL: the validators the server gave (ETag, Last-Modified) and when it was
fetched. A repeated crawl asks the server only whether a known article changed, or skips it.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

SCHEMA = """
CREATE TABLE IF NOT EXISTS seen (
    url TEXT PRIMARY KEY,
    etag TEXT NOT NULL DEFAULT '',
    last_modified TEXT NOT NULL DEFAULT '',
    fetched_at TEXT NOT NULL
)
"""


@dataclass(frozen=True)
class SeenPage:
    url: str
    etag: str
    last_modified: str
    fetched_at: str


class SeenRecords(Protocol):
    """What the incremental middleware needs of a seen-store (SQLite here, or Redis:
    crawler/distributed/seen.py)."""

    def get(self, url: str) -> SeenPage | None: ...

    def record(self, url: str, etag: str, last_modified: str, fetched_at: str) -> None: ...

    def close(self) -> None: ...


class SeenStore:
    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        # autocommit: a crash or SIGKILL loses at most the row being written
        self.db = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute(SCHEMA)

    def get(self, url: str) -> SeenPage | None:
        row = self.db.execute(
            "SELECT url, etag, last_modified, fetched_at FROM seen WHERE url = ?", (url,)
        ).fetchone()
        return SeenPage(*row) if row else None

    def record(self, url: str, etag: str, last_modified: str, fetched_at: str) -> None:
        self.db.execute(
            "INSERT INTO seen (url, etag, last_modified, fetched_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(url) DO UPDATE SET etag = excluded.etag, "
            "last_modified = excluded.last_modified, fetched_at = excluded.fetched_at",
            (url, etag, last_modified, fetched_at),
        )

    def __len__(self) -> int:
        return int(self.db.execute("SELECT COUNT(*) FROM seen").fetchone()[0])

    def close(self) -> None:
        self.db.close()
