"""Spool: documents that could not be indexed wait in a JSON-lines file for the next run.

Nothing is lost when Elasticsearch is down: the pipeline appends the bulk actions here, and the
next run (or `scrapy es-spool`) replays them. `_id` comes from the canonical URL, so a replay
of an article that was also re-crawled is an update, never a duplicate.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any


class Spool:
    def __init__(self, path: Path) -> None:
        self.path = path

    def append(self, actions: list[dict[str, Any]]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.path.open("a", encoding="utf-8") as handle:
            for action in actions:
                handle.write(json.dumps(action, ensure_ascii=False) + "\n")
            handle.flush()
            os.fsync(handle.fileno())

    def __len__(self) -> int:
        if not self.path.exists():
            return 0
        with self.path.open(encoding="utf-8") as handle:
            return sum(1 for line in handle if line.strip())

    def batches(self, size: int) -> Iterator[list[dict[str, Any]]]:
        if not self.path.exists():
            return
        batch: list[dict[str, Any]] = []
        with self.path.open(encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    batch.append(json.loads(line))
                if len(batch) >= size:
                    yield batch
                    batch = []
        if batch:
            yield batch

    def take(self) -> Spool:
        """Move the spool aside so new failures during a replay start a fresh file."""
        replaying = self.path.with_suffix(".replaying.jsonl")
        if self.path.exists() and not replaying.exists():
            self.path.rename(replaying)
        return Spool(replaying)

    def discard(self) -> None:
        self.path.unlink(missing_ok=True)
