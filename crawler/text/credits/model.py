"""Room: crawler/text/credits — who wrote, edited and photographed an article, merged from the
places a page states it (info bar, credit lines, datelines, meta tags) without duplicates."""

from __future__ import annotations

from dataclasses import dataclass, field

from crawler.text.keys import match_key


@dataclass
class Credits:
    """Who wrote, edited and photographed an article, and where it came from."""

    source: str = ""
    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    photographers: list[str] = field(default_factory=list)

    def is_empty(self) -> bool:
        return not (self.source or self.authors or self.editors or self.photographers)

    def has_people(self) -> bool:
        return bool(self.authors or self.editors or self.photographers)


def merge_credits(a: Credits, b: Credits) -> Credits:
    """``a`` then ``b``: the first non-empty source; names de-duplicated on their match key."""
    return Credits(
        source=a.source or b.source,
        authors=dedup_names([*a.authors, *b.authors]),
        editors=dedup_names([*a.editors, *b.editors]),
        photographers=dedup_names([*a.photographers, *b.photographers]),
    )


def dedup_names(names: list[str]) -> list[str]:
    """Keep the first of names equal on their match key (陳正寶 == 陈正宝), in order."""
    seen: set[str] = set()
    out: list[str] = []
    for name in names:
        key = match_key(name)
        if key and key not in seen:
            seen.add(key)
            out.append(name)
    return out
