"""Room: crawler/processing — the one chain of stages from a fetched page to an article.

`Processor` (chain.py) owns the stages in order; stages.py holds them, decisions.py the
keep-or-drop rules, vocabulary.py the names of every outcome. No Scrapy here: the crawl's
pipeline, the commands and the benchmarks are adapters around `Processor.process`.
"""

from __future__ import annotations

from crawler.processing.chain import Dropped, Processor

__all__ = ["Dropped", "Processor"]
