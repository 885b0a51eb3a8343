"""Room: links — which links of a list page are its articles, and which lead to its next page.

Pure functions on parsed HTML (lxml), no Scrapy and no network, deterministic: the same page
gives the same answer. `classify_page` is the entry point; the spider, `scrapy links` and the
evaluation on labelled pages all go through it.
"""

from crawler.links.page import LinkReport, classify_page, classify_tree
from crawler.links.suggest import suggested_pattern

__all__ = ["LinkReport", "classify_page", "classify_tree", "suggested_pattern"]
