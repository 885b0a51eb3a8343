"""Room: crawler/quality — a saved page through exactly the crawl's processing, in one place.

Both measures score what the crawl would index: the extraction metric scores the fields of
the processed article, the relevance corpus indexes the processed articles. Both go through
the crawl's own chain (`crawler.processing.Processor`); a page the chain drops raises
`PageRefused` with the chain's reason, which the measures report.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from crawler.items import Article
from crawler.processing import Dropped, Processor
from crawler.quality.fields import article_fields

Process = Callable[[bytes, str], Article]


class PageRefused(ValueError):
    """The chain gave no article for a page; the message is the chain's reason."""


def processed_with(processor: Processor) -> Process:
    """A Process running `processor` on each page as a page of its own (no run memory)."""

    def process(body: bytes, url: str) -> Article:
        processor.new_run()
        outcome = processor.process_bytes(body, url)
        if isinstance(outcome, Dropped):
            raise PageRefused(outcome.message)
        return outcome

    return process


def process_page(body: bytes, url: str) -> Article:
    """The chain with the default settings (what the relevance corpus is built with)."""
    return processed_with(Processor())(body, url)


PROCESS: Process = process_page


def scored_fields(body: bytes, url: str, process: Process = PROCESS) -> dict[str, Any]:
    """What `scrapy extract` prints for the page (without `file`): what the metric scores."""
    return article_fields(process(body, url))
