"""Spool: documents that could not be indexed wait in a JSON-lines file for the next run.

Nothing is lost when Elasticsearch is down: the pipeline appends the bulk actions here (each
append fsync'd), and the next crawl or `scrapy es spool` replays them through `Spool.replay`,
with one rule for both: an action leaves the spool only once Elasticsearch has acknowledged it;
whatever was not acknowledged goes back into the spool. `_id` comes from the canonical URL, so
replaying an action twice (after a crash mid-replay) or one whose article was re-crawled is an
update, never a duplicate.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

Action = dict[str, Any]
logger = logging.getLogger(__name__)
# Sends one batch; returns the actions Elasticsearch did not acknowledge.
SendBatch = Callable[[list[Action]], list[Action]]


@dataclass(frozen=True)
class ReplayReport:
    replayed: int  # actions read from the spool
    kept: int  # not acknowledged: back in the spool

    @property
    def acknowledged(self) -> int:
        return self.replayed - self.kept


class Spool:
    def __init__(self, path: Path) -> None:
        self.path = path

    @property
    def replaying_path(self) -> Path:
        return self.path.with_suffix(".replaying.jsonl")

    def append(self, actions: list[Action]) -> None:
        if not actions:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        cut = _ends_mid_line(self.path)
        with self.path.open("a", encoding="utf-8") as handle:
            if cut:  # a crash cut the last append short: keep that line apart from ours
                handle.write("\n")
            for action in actions:
                handle.write(json.dumps(action, ensure_ascii=False) + "\n")
            handle.flush()
            os.fsync(handle.fileno())

    def __len__(self) -> int:
        return _count_lines(self.path) + _count_lines(self.replaying_path)

    def replay(self, send: SendBatch, batch_size: int) -> ReplayReport:
        """Send every spooled action in batches; keep (re-append) what was not acknowledged.

        The spool is moved aside first, so what fails during the replay starts the new spool;
        a replay that was cut short (a crash) left its file aside, and is replayed again first.
        """
        pending = self._take()
        replayed = kept = 0
        for batch in _batches(pending, batch_size):
            replayed += len(batch)
            left = send(batch)
            kept += len(left)
            self.append(left)
        pending.unlink(missing_ok=True)
        return ReplayReport(replayed, kept)

    def _take(self) -> Path:
        replaying = self.replaying_path
        if self.path.exists():
            if replaying.exists():  # an earlier replay was cut short: replay both
                with replaying.open("a", encoding="utf-8") as out:
                    out.write(self.path.read_text(encoding="utf-8"))
                    out.flush()
                    os.fsync(out.fileno())
                self.path.unlink()
            else:
                self.path.rename(replaying)
        return replaying


def _ends_mid_line(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            handle.seek(-1, os.SEEK_END)
            return handle.read(1) != b"\n"
    except OSError:  # missing or empty
        return False


def _count_lines(path: Path) -> int:
    if not path.exists():
        return 0
    with path.open(encoding="utf-8") as handle:
        return sum(1 for line in handle if line.strip())


def _batches(path: Path, size: int) -> Iterator[list[Action]]:
    if not path.exists():
        return
    batch: list[Action] = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if line.strip():
                try:
                    batch.append(json.loads(line))
                except json.JSONDecodeError as error:
                    # Only a line cut by a crash mid-append can be damaged; its article is
                    # still in the WARC archive (`scrapy reprocess` recovers it).
                    logger.error("%s line %d: damaged spool line skipped (%s)", path, number, error)
            if len(batch) >= size:
                yield batch
                batch = []
    if batch:
        yield batch
