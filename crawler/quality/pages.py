"""Room: crawler/quality — a saved page through exactly the crawl's processing, in one place.

Both measures score what the crawl would index: the extraction metric scores the fields of
the processed article, the relevance corpus indexes the processed articles. This module is the
only one in the package that names the crawl's processing (`crawler.processing.process_page`),
so when that entry point changes, `PROCESS` is the one line to adapt.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from crawler.items import Article
from crawler.processing import process_page
from crawler.quality.fields import article_fields

Process = Callable[[bytes, str], Article]

PROCESS: Process = process_page  # extraction, cleaning, normalization, meeting report


def scored_fields(body: bytes, url: str, process: Process = PROCESS) -> dict[str, Any]:
    """What `scrapy extract` prints for the page (without `file`): what the metric scores."""
    return article_fields(process(body, url))
