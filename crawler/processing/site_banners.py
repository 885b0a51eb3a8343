"""Room: crawler/processing — what each site repeats on most of its pages, learned and kept.

Footers, 主办单位/网站标识码 blocks, column names and "上海发布" lines differ from site to site;
instead of a hand-written phrase list per site, the chain learns them from the pages a site
serves (`SiteBanners` in crawler/text/banners.py counts each short line once per page) and
removes them at the edges of the body.

Deterministic by construction: the lines applied during a run are those learned *before* it
(loaded once, frozen); what the run's pages teach is saved when the run ends and applies from
the next run, or to the whole archive with `scrapy reprocess`. So a page's result never depends
on the order pages arrived in. The counts are kept to a window of about `WINDOW_PAGES` pages
(older counts are scaled down at each save), so the file stays small and a site's redesign is
learned within a few runs instead of being outvoted by its whole history. They live in `<ARCHIVE_DIR>/state/site-banners/<site>.json`,
beside the seen-store; they are derived data, so a damaged file is reported and learning
starts again rather than stopping the crawl.
"""

from __future__ import annotations

import json
import logging
import os
import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from crawler.text.banners import SiteBanners, short_line_keys

logger = logging.getLogger(__name__)

_UNSAFE_NAME = re.compile(r"[^\w.-]")
WINDOW_PAGES = 1000


class SiteBannerBook:
    """Per-site banner lines: `keys(site)` to apply (frozen at load), `learn` to add a page."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder
        self._pages: dict[str, int] = {}
        self._counts: dict[str, Counter[str]] = {}
        self._applied: dict[str, frozenset[str]] = {}
        self._changed: set[str] = set()

    def keys(self, site: str) -> frozenset[str]:
        """The line keys removed from this site's pages in this run."""
        if not site:
            return frozenset()
        if site not in self._applied:
            loaded = self._load(site)
            self._pages[site], self._counts[site] = loaded.pages, Counter(loaded.counts)
            self._applied[site] = loaded.banner_keys()
        return self._applied[site]

    def learned(self, site: str) -> SiteBanners:
        """What is known of the site now, this run's pages included."""
        self.keys(site)
        return SiteBanners(self._pages[site], dict(self._counts[site]))

    def learn(self, site: str, lines: Iterable[str]) -> None:
        """Count one page's short lines for its site (applied from the next run on)."""
        if not site:
            return
        self.keys(site)  # load what earlier runs learned before adding to it
        self._pages[site] += 1
        self._counts[site].update(short_line_keys(lines))
        self._changed.add(site)

    def save(self) -> list[Path]:
        """Write every site that learned something; each file replaced whole (never half)."""
        if self.folder is None:
            return []
        written = []
        for site in sorted(self._changed):
            path = self._path(site)
            path.parent.mkdir(parents=True, exist_ok=True)
            temporary = path.with_suffix(".json.tmp")
            with temporary.open("w", encoding="utf-8") as out:
                json.dump(_windowed(self.learned(site)).to_json(), out, ensure_ascii=False)
                out.flush()
                os.fsync(out.fileno())
            temporary.replace(path)
            written.append(path)
        self._changed.clear()
        return written

    def _load(self, site: str) -> SiteBanners:
        if self.folder is None:
            return SiteBanners()
        path = self._path(site)
        if not path.exists():
            return SiteBanners()
        try:
            return SiteBanners.from_json(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError) as error:
            logger.warning("%s: site banner counts unreadable, learning again: %s", path, error)
            return SiteBanners()

    def _path(self, site: str) -> Path:
        assert self.folder is not None
        return self.folder / f"{_UNSAFE_NAME.sub('_', site)}.json"


def _windowed(banners: SiteBanners) -> SiteBanners:
    """The counts scaled to `WINDOW_PAGES` pages when there are more; lines that fall below
    one page are forgotten (a line seen on one page in a thousand is no site banner)."""
    if banners.pages <= WINDOW_PAGES:
        return banners
    scale = WINDOW_PAGES / banners.pages
    counts = {key: round(n * scale) for key, n in banners.counts.items()}
    return SiteBanners(WINDOW_PAGES, {key: n for key, n in counts.items() if n > 0})
