"""Room: extract — the one exception family extraction raises for a page it cannot turn into an Article.

Every error carries a short human `reason` (the crawl logs "<url>: <reason>") and a stable `kind`
(a slug the crawl uses as a stats key, e.g. `extract/error/no-body`), so failures are visible and
counted, never silent.
"""

from __future__ import annotations


class ExtractionError(Exception):
    """A page that cannot be extracted; `reason` says why in a few words."""

    kind = "extraction"

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class EmptyPageError(ExtractionError):
    kind = "empty"


class NotHtmlError(ExtractionError):
    """PDF, images, archives or other binary payloads served where an article was expected."""

    kind = "not-html"


class UndecodableError(ExtractionError):
    """Bytes no candidate codec decodes without losing a noticeable share of the text."""

    kind = "undecodable"


class TooDeepError(ExtractionError):
    """Markup nested deeper than the HTML parser follows: parsing would lose text silently."""

    kind = "too-deep"


class NoBodyError(ExtractionError):
    kind = "no-body"


__all__ = [
    "EmptyPageError",
    "ExtractionError",
    "NoBodyError",
    "NotHtmlError",
    "TooDeepError",
    "UndecodableError",
]
