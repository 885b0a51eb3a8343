"""Room: crawler — the keys of `request.meta` through which the spider tells the other
components what a request is, so none of them has to know a spider's method names.

The spider states every request's page kind and site; the incremental middleware (which skips
known articles), the WARC extension (which labels records) and the spider's own article callback
read them. The WARC extension answers with the record it wrote and the fetch time.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

PAGE_KIND = "page_kind"  # ARTICLE or LIST
SITE = "site"  # the site profile's name
ARCHIVE = "archive"  # set by the WARC extension: {warc_file, warc_offset, warc_record_id}
FETCHED_AT = "fetched_at"  # set by the WARC extension: the record's date, ISO 8601 UTC

ARTICLE = "article"
LIST = "list"


def page_meta(kind: str, site: str) -> dict[str, str]:
    """The meta a spider gives a request for a page of this kind on this site."""
    return {PAGE_KIND: kind, SITE: site}


def is_article(meta: Mapping[str, Any]) -> bool:
    return meta.get(PAGE_KIND) == ARTICLE


def page_kind(meta: Mapping[str, Any]) -> str:
    """The declared kind; a request nobody declared (robots.txt aside) counts as a list page."""
    return str(meta.get(PAGE_KIND) or LIST)


def site_name(meta: Mapping[str, Any]) -> str:
    return str(meta.get(SITE) or "")
