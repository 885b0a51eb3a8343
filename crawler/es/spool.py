"""Spool: documents that could not be indexed wait in a JSON-lines file for the next run.

Nothing is lost when Elasticsearch is down: the pipeline appends the bulk actions here (each
append fsync'd), and the next crawl or `scrapy es spool` replays them through `Spool.replay`,
with one rule for both: an action leaves the spool only once Elasticsearch has acknowledged it;
whatever was not acknowledged goes back into the spool. `_id` comes from the canonical URL, so
replaying an action twice (after a crash mid-replay) or one whose article was re-crawled is an
update, never a duplicate.

An action Elasticsearch refuses for what it is (a field the index's mapping does not accept:
`crawler.es.bulk.REFUSED_ERRORS`) would fail on every replay: it moves to a file of its own,
`<spool>.refused.jsonl`, with the reason, so it stops being retried without being lost. Its page
is in the WARC archive: `scrapy reprocess` indexes it again once the cause is fixed.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from crawler.es.bulk import BulkResult

Action = dict[str, Any]
logger = logging.getLogger(__name__)
Refused = list[tuple[Action, str]]  # (action, reason)
# Sends one batch; returns the actions Elasticsearch did not acknowledge, to be tried again, and
# those it refused for what they are (crawler.es.bulk.BulkResult.refused).
SendBatch = Callable[[list[Action]], tuple[list[Action], Refused]]


@dataclass(frozen=True)
class ReplayReport:
    replayed: int  # actions read from the spool
    kept: int  # not acknowledged: back in the spool
    refused: int = 0  # set aside in the refused file

    @property
    def acknowledged(self) -> int:
        return self.replayed - self.kept - self.refused


class Spool:
    def __init__(self, path: Path) -> None:
        self.path = path

    @property
    def replaying_path(self) -> Path:
        return self.path.with_suffix(".replaying.jsonl")

    @property
    def refused_path(self) -> Path:
        return self.path.with_suffix(".refused.jsonl")

    def refuse(self, refused: Refused) -> None:
        """Set these actions aside for good, each with the reason Elasticsearch gave."""
        _append_lines(self.refused_path, [{"reason": r, "action": a} for a, r in refused])

    def append(self, actions: list[Action]) -> None:
        _append_lines(self.path, actions)

    def __len__(self) -> int:
        return _count_lines(self.path) + _count_lines(self.replaying_path)

    def replay(self, send: SendBatch, batch_size: int) -> ReplayReport:
        """Send every spooled action in batches; keep (re-append) what was not acknowledged,
        and set aside what was refused.

        The spool is moved aside first, so what fails during the replay starts the new spool;
        a replay that was cut short (a crash) left its file aside, and is replayed again first.
        """
        pending = self._take()
        replayed = kept = refused_count = 0
        for batch in _batches(pending, batch_size):
            replayed += len(batch)
            left, refused = send(batch)
            kept += len(left)
            refused_count += len(refused)
            self.append(left)
            self.refuse(refused)
        pending.unlink(missing_ok=True)
        return ReplayReport(replayed, kept, refused_count)

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


def retry_and_refused(result: BulkResult) -> tuple[list[Action], Refused]:
    """A bulk result as a replay needs it: the actions to try again, and those refused."""
    refused = result.refused
    refused_ids = {id(action) for action, _ in refused}
    return [a for a in result.unacknowledged if id(a) not in refused_ids], refused


def _append_lines(path: Path, records: list[dict[str, Any]]) -> None:
    """JSON lines, fsync'd: durable once this returns."""
    if not records:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    cut = _ends_mid_line(path)
    with path.open("a", encoding="utf-8") as handle:
        if cut:  # a crash cut the last append short: keep that line apart from ours
            handle.write("\n")
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        handle.flush()
        os.fsync(handle.fileno())


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
