"""Room: extract — page extraction as pure functions (bytes in, `Article` out; no Scrapy, no network).

`extract_article` in `page.py` is the entry point; the other modules are its parts (encodings,
titles, dates, the generic main-content extractor). `PARSER_VERSION` is stamped on every
`Article` so a re-process can tell which extractor produced a document; bump it whenever the
output for an unchanged page may change.
"""

from __future__ import annotations

PARSER_VERSION = "generic-1"

# Imported after PARSER_VERSION: page.py reads it from this package.
from crawler.extract.errors import ExtractionError  # noqa: E402
from crawler.extract.page import extract_article  # noqa: E402

__all__ = ["PARSER_VERSION", "ExtractionError", "extract_article"]
