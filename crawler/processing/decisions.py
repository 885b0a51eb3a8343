"""Room: crawler/processing — the decisions at the end of the chain: keep, or drop and why.

A run processes each article once: the same canonical URL reached again with the same text (two
list pages linking one article, a redirect onto a known URL) is a duplicate. Reached again with
other text it is the newer version of the page (a re-processed archive holds every fetch of a
changed article, oldest first) and replaces the older one, as its `_id` is the same. Copies of
one article under other URLs are not decided here: the Elasticsearch stage merges them into one
document (crawler/es/merge.py).
"""

from __future__ import annotations

from crawler.items import Article


class RunMemory:
    """The canonical URLs this run has processed, with the fingerprint each had."""

    def __init__(self) -> None:
        self.fingerprints: dict[str, str] = {}

    def is_duplicate(self, article: Article) -> bool:
        """True when this URL was already processed with this very text; remembers it."""
        key = article.canonical_url or article.url
        if self.fingerprints.get(key) == article.fingerprint:
            return True
        self.fingerprints[key] = article.fingerprint
        return False


def is_empty(article: Article) -> bool:
    """Nothing of the body is left once banners, boilerplate and credits are out."""
    return not any(paragraph.strip() for paragraph in article.paragraphs)
