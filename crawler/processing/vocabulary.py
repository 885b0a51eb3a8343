"""Room: crawler/processing — the one spelling of every outcome: drop reasons and stats keys.

The chain counts with these keys, the Scrapy pipeline passes them to Scrapy's stats, and the
run summary (crawler/runs/summary.py) and `scrapy reprocess` read them back: a reason written
two ways (``no-title`` here, ``no_title`` there) cannot happen. Reasons are slugs with hyphens,
as ExtractionError kinds are (``no-title``, ``not-html``, ``undecodable`` …).
"""

from __future__ import annotations

# --- why a page gave no article ------------------------------------------------------------
# A bad page could not be turned into an article at all (ExtractionError kinds, and):
NOT_HTML = "not-html"
# An article that was extracted but decided against:
EMPTY_AFTER_CLEANING = "empty-after-cleaning"
SAME_URL = "same-url"

# --- stats keys (component/metric) ---------------------------------------------------------
PAGES = "process/pages"  # article pages that entered the chain
EXTRACTED = "process/extracted"  # pages extraction turned into an article
ARTICLES = "process/articles"  # articles that left the chain for indexing
BAD_PAGES = "process/bad_pages"  # + "/<kind>": pages that could not be used
DROPPED = "process/dropped"  # + "/<reason>": articles decided against
UNDATED = "process/undated"  # kept, but no publication date was found
UNTITLED = "process/untitled"  # kept, but no title was found
BANNERS_REMOVED = "clean/banners_removed"
BOILERPLATE_REMOVED = "clean/boilerplate_removed"
SITE_LINES_REMOVED = "clean/site_lines_removed"  # lines the site repeats on most pages
SCRIPT = "normalize/script"  # + "/<zh-Hans|zh-Hant>"
NORMALIZED_CHARS = "normalize/chars"
MEETINGS = "meetings/detected"
MEETINGS_UNDATED = "meetings/undated"


def bad_page_key(kind: str) -> str:
    return f"{BAD_PAGES}/{kind}"


def dropped_key(reason: str) -> str:
    return f"{DROPPED}/{reason}"
