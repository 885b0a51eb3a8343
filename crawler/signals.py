"""Room: crawler — our own Scrapy signals.

`article_stored(url)`: the article made from the page at `url` is durable, because
Elasticsearch acknowledged it or it is in the fsync'd spool. Only then does the incremental
middleware record the page as done: a crawl killed with articles still in the bulk buffer
fetches them again next run instead of skipping them as known (an article is never lost).
Sent from the crawl's thread.
"""

from __future__ import annotations

article_stored = object()
