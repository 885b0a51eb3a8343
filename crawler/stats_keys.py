"""Room: crawler — the stats keys the crawl's components write and the run summary reads.

One spelling each, shared by writer and reader (the processing chain's own keys and drop
reasons are in crawler/processing/vocabulary.py).
"""

from __future__ import annotations

# the spider (navigation)
LIST_PAGES = "news/list_pages"
BAD_LIST_PAGES = "news/bad_list_pages"
ARTICLE_LINKS = "news/article_links"
# list pages where the profile's article pattern matched no link of the main list
PATTERN_OUTSIDE_LIST = "news/pattern_outside_list"
# list pages where the article pattern matched no link but the link classifier found some
PATTERN_MATCHED_NOTHING = "news/pattern_matched_nothing"
# the first such page, the classifier's count and a suggested pattern, in one line
PATTERN_DRIFT_EXAMPLE = "news/pattern_drift_example"
PROFILE_ERRORS = "news/profile_errors"
DOWNLOAD_ERRORS = "news/download_errors"
START_PAGES = "news/start_pages"  # how many list pages the profile starts from
START_PAGE_PROBLEM = "news/start_page_problem"  # why a start page gave no list, in words
BLOCKED_PAGES = "news/blocked_pages"  # answered with a block or error page
BLOCKED_EXAMPLE = "news/blocked_example"  # the first of them: "URL: why"
PAGINATION_EXPECTED = "news/pagination_expected"  # 1 when the profile says how to page on

# the incremental middleware
SKIPPED_KNOWN = "incremental/skipped_known"
UNCHANGED = "incremental/unchanged"
CHANGED = "incremental/changed"

# distributed crawling: seen-store steps that waited for Redis to come back, and for how long
REDIS_WAITS = "distributed/redis_waits"
REDIS_WAIT_MS = "distributed/redis_wait_ms"

# the Elasticsearch pipeline
ES_CREATED = "elasticsearch/created"
ES_UPDATED = "elasticsearch/updated"
ES_FAILED = "elasticsearch/failed"
ES_SPOOLED = "elasticsearch/spooled"
ES_SPOOL_REFUSED = "elasticsearch/spool_refused"  # spooled actions set aside: never indexable
ES_UNAVAILABLE = "elasticsearch/unavailable"  # 1 when the server was unreachable at the start
ES_UNAVAILABLE_REASON = "elasticsearch/unavailable_reason"  # why, in one line (no secrets)
ES_MERGED_COPIES = "elasticsearch/merged_copies"
