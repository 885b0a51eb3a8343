"""Room: crawler/text — repeated headline banners.

Naive extraction repeats the headline between sections (image captions, share titles). A line
is a banner when its ``match_key`` equals the title's, when it is a short segment repeated
within one page, or when it is on most pages of a site (``SiteBanners``, learned from stored
pages, deterministically). A line that merely *contains* the title's words is content.

A site-wide line is removed only at the edges of the body: before its first or after its last
full paragraph. Column names, "上海发布", 主办单位 and 网站标识码 lines sit there; a short
sentence that recurs *inside* the site's articles (a standard closing, a series' refrain) is
between paragraphs and stays.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from crawler.text.keys import match_key

MAX_SEGMENT = 40  # characters: a repeated banner segment is short
MIN_REPEATS = 3
# Q&A markers ("问：", "答：") and table cells ("是", "否") repeat legitimately; a banner
# worth removing says more than that.
MIN_SEGMENT_KEY = 4


def find_banners(
    title: str,
    lines: Sequence[str],
    site_keys: Collection[str] = frozenset(),
    keys: Sequence[str] | None = None,
) -> list[int]:
    """Indexes of ``lines`` that are banners (title repeats, repeated short segments, site).

    ``keys`` may carry ``match_key`` of each line when the caller has them already: long lines
    are not in the key cache, and converting them is most of the cleaning stage's work.
    """
    title_key = match_key(title)
    if keys is None:
        keys = [match_key(line) for line in lines]
    repeated = repeated_segments(lines, keys)
    at_edges = edge_lines(lines) if site_keys else range(0)
    return [
        i
        for i, key in enumerate(keys)
        if key and (key == title_key or key in repeated or (key in site_keys and i in at_edges))
    ]


def edge_lines(lines: Sequence[str]) -> range | set[int]:
    """Indexes of the lines before the first and after the last full paragraph (a line longer
    than ``MAX_SEGMENT``). A page without one has no edges: nothing there is surely not content."""
    full = [i for i, line in enumerate(lines) if len(line.strip()) > MAX_SEGMENT]
    if not full:
        return range(0)
    return set(range(full[0])) | set(range(full[-1] + 1, len(lines)))


def short_line_keys(lines: Iterable[str]) -> set[str]:
    """The keys a page contributes to its site's ``SiteBanners``: its short lines'."""
    return {key for line in lines if len(line.strip()) <= MAX_SEGMENT and (key := match_key(line))}


def repeated_segments(lines: Sequence[str], keys: Sequence[str]) -> set[str]:
    """Keys of short lines that occur at least ``MIN_REPEATS`` times in one page."""
    counts = Counter(
        key
        for line, key in zip(lines, keys, strict=True)
        if len(key) >= MIN_SEGMENT_KEY and len(line.strip()) <= MAX_SEGMENT
    )
    return {key for key, n in counts.items() if n >= MIN_REPEATS}


@dataclass(frozen=True)
class SiteBanners:
    """Short lines seen on most pages of one site, learned from per-page sets of line keys.

    Only counts are kept, so learning is order-independent and can go on incrementally
    (``add_pages``); the banner set is derived, never cached. Store it with ``to_json``.
    """

    pages: int = 0
    counts: Mapping[str, int] = field(default_factory=dict)
    min_pages: int = 5
    min_share: float = 0.6

    @classmethod
    def learn(cls, pages: Iterable[Iterable[str]]) -> SiteBanners:
        """Learn from the line keys (``match_key``) of each page."""
        return cls().add_pages(pages)

    def add_pages(self, pages: Iterable[Iterable[str]]) -> SiteBanners:
        counts = Counter(self.counts)
        n = self.pages
        for page in pages:
            n += 1
            counts.update({k for k in page if k and len(k) <= MAX_SEGMENT})
        return SiteBanners(n, dict(counts), self.min_pages, self.min_share)

    def banner_keys(self) -> frozenset[str]:
        if self.pages < self.min_pages:
            return frozenset()
        need = self.min_share * self.pages
        return frozenset(k for k, n in self.counts.items() if n >= need)

    def to_json(self) -> dict[str, object]:
        return {
            "version": 1,
            "pages": self.pages,
            "min_pages": self.min_pages,
            "min_share": self.min_share,
            "counts": dict(sorted(self.counts.items())),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, object]) -> SiteBanners:
        counts = data.get("counts", {})
        if not isinstance(counts, dict):
            raise ValueError("SiteBanners JSON: 'counts' must be an object")
        return cls(
            pages=int(_number(data, "pages", 0)),
            counts={str(k): int(v) for k, v in counts.items()},
            min_pages=int(_number(data, "min_pages", 5)),
            min_share=_number(data, "min_share", 0.6),
        )


def _number(data: Mapping[str, object], name: str, default: float) -> float:
    value = data.get(name, default)
    if not isinstance(value, int | float) or isinstance(value, bool):
        raise ValueError(f"SiteBanners JSON: {name!r} must be a number, got {value!r}")
    return float(value)
