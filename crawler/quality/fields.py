"""Room: crawler/quality — the fields of an extracted article, as `scrapy extract` prints them.

Quality is measured from outside through `scrapy extract`, and `scrapy evaluate` scores the same
record, so the field list is a stable interface shared by both commands: it lives here rather
than in either command (a command never imports another command's helpers).
"""

from __future__ import annotations

from typing import Any

from crawler.items import Article

OUTPUT_FIELDS = (
    "url",
    "site",
    "title",
    "title_evidence",
    "published_at",
    "updated_at",
    "document_date",
    "authors",
    "editors",
    "photographers",
    "source",
    "script",
    "content",
    "paragraphs",
    "headings",
    "encoding",
    "encoding_evidence",
    "date_evidence",
    "parser_version",
    "converter",
    "removed",
    "is_meeting_report",
    "meeting_name",
    "meeting_date",
    "meeting_chairs",
    "meeting_speakers",
    "meeting_attendees",
    "people",
    "people_roles",
)


def article_fields(article: Article) -> dict[str, Any]:
    """The article as one JSON-ready record: every field of OUTPUT_FIELDS, in that order."""
    return {name: getattr(article, name) for name in OUTPUT_FIELDS}
