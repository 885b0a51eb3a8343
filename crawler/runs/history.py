"""Room: crawler/runs — what a site's earlier runs found, read back from their summaries.

Each `scrapy crawl-all` writes `runs/<stamp>.json`; the stamps sort by time, so the files in
name order are the site's history. A summary that cannot be read is skipped with a warning:
a damaged old file must not stop tonight's run.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

logger = logging.getLogger(__name__)


def article_link_history(runs_dir: Path, site: str, limit: int) -> list[int]:
    """Article links found by `site` in its last `limit` runs that found any, oldest first.

    Runs that found none (an outage) are left out: they are not the site's usual size. Runs
    flagged for a drop stay in, so a site that really shrank sets a new normal within a few
    runs instead of alerting forever."""
    counts: list[int] = []
    for path in sorted(runs_dir.glob("*.json")):
        try:
            report = json.loads(path.read_text(encoding="utf-8"))
            entries = [entry for entry in report.get("sites", []) if entry.get("site") == site]
        except (OSError, ValueError, AttributeError) as error:
            logger.warning("%s: run summary skipped in the site history: %s", path, error)
            continue
        counts += [
            int(entry["article_links"])
            for entry in entries
            if isinstance(entry.get("article_links"), int) and entry["article_links"] > 0
        ]
    return counts[-limit:]
