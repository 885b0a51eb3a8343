"""`scrapy search [QUERY]` — search the archive from the command line, in either script.

Filters (site, city, date range, meeting reports only, person), sort by relevance or date,
paging, and JSON output; the query body is built by crawler/es/query.py.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from scrapy.exceptions import UsageError

from crawler.commands.output import emit
from crawler.es.client import SearchUnavailable
from crawler.es.query import (
    RUNS_TEMPLATE_VERSION,
    InvalidSearch,
    SearchRequest,
    build_search,
    check_request,
    format_hits,
    outdated_for_search,
    query_terms,
    search,
)
from crawler.es_command import EsCommand, fail

# Shown with each hit so a meeting report reads as one; build_search picks the other fields.
MEETING_SOURCE = ("is_meeting_report", "meeting_name", "meeting_date", "people")


class Command(EsCommand):
    def syntax(self) -> str:
        return (
            "[QUERY] [--site S] [--city C] [--since D] [--until D] [--meetings] [--person NAME]"
            " [--sort relevance|date] [--size N] [--page N] [--json]"
        )

    def short_desc(self) -> str:
        return "Search the archive (a query in Simplified or Traditional finds both)"

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.add_argument("--site", default="", help="only this site (profile name)")
        parser.add_argument("--city", default="", help="only this city")
        parser.add_argument("--since", default="", help="published on or after (YYYY-MM-DD)")
        parser.add_argument("--until", default="", help="published on or before (YYYY-MM-DD)")
        parser.add_argument("--meetings", action="store_true", help="only meeting reports")
        parser.add_argument(
            "--person",
            default="",
            metavar="NAME",
            help="only meeting reports naming this person as chair, speaker or attendee"
            " (either script)",
        )
        parser.add_argument(
            "--sort",
            choices=("relevance", "date"),
            default=None,
            help="relevance when there is a query, else date (newest first)",
        )
        parser.add_argument("--size", type=int, default=10, help="results per page")
        parser.add_argument("--page", type=int, default=1, help="page number, from 1")
        parser.add_argument("--json", action="store_true", help="one JSON document on stdout")

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        try:
            request = search_request(args, opts)
        except InvalidSearch as error:
            fail(self.command_name, str(error))
        client, config = self.es_client()
        try:
            if request.query:
                warn_outdated(outdated_for_search(client, config))
            response = search(client, config, with_meeting_source(build_search(request)))
        except SearchUnavailable as error:
            fail(self.command_name, str(error), 1)
        finally:
            client.close()
        total = response["hits"]["total"]["value"]
        hits = format_hits(response)
        if opts.json:
            page = {"query": request.query, "total": total, "page": opts.page, "hits": hits}
            emit(json.dumps(page, ensure_ascii=False, indent=2))
        else:
            emit(render_text(request.query, total, hits, request.offset))


def warn_outdated(outdated: dict[str, int]) -> None:
    """A search of an index an older template made misses what it holds: say so, and how to
    rebuild it, rather than print too few hits as if they were all."""
    for index, version in outdated.items():
        print(
            f"scrapy search: warning: {index} was made by template version {version}; terms of"
            f" Han characters find nothing in it until `scrapy reprocess` rebuilds the archive"
            f" under version {RUNS_TEMPLATE_VERSION}",
            file=sys.stderr,
        )


def search_request(args: list[str], opts: argparse.Namespace) -> SearchRequest:
    """The request the command line asks for; a query may be left out when a filter is given.

    InvalidSearch when it cannot be made (crawler/es/query.py check_request), or when the query
    has no words: quotes only group words, and a query of quotes alone would match everything.
    """
    query = " ".join(args).strip()
    filtered = any((opts.site, opts.city, opts.since, opts.until, opts.meetings, opts.person))
    if query and not query_terms(query):
        if not filtered:
            raise InvalidSearch(
                f"the query {query!r} has no words to search for (quotes only group words):"
                " give a word, or a filter such as --site or --since"
            )
        query = ""  # the filters alone, as when no query is given
    if not query and not filtered:
        raise UsageError("give a query or a filter, e.g. scrapy search 李强 or --person 李强")
    if opts.page < 1:
        raise InvalidSearch("--size and --page start at 1")
    request = SearchRequest(
        query=query,
        site=opts.site,
        city=opts.city,
        since=opts.since,
        until=opts.until,
        meetings=opts.meetings,
        person=opts.person,
        sort=opts.sort or ("relevance" if query else "date"),
        size=opts.size,
        offset=(opts.page - 1) * opts.size,
    )
    check_request(request)
    return request


def with_meeting_source(body: dict[str, Any]) -> dict[str, Any]:
    source = body.get("_source")
    if isinstance(source, list):
        body["_source"] = [*source, *(f for f in MEETING_SOURCE if f not in source)]
    return body


_UNTITLED = "(untitled / 无标题)"  # a page that shows no title is archived all the same


def render_text(query: str, total: int, hits: list[dict[str, Any]], offset: int) -> str:
    lines = [f"{total} articles match {query!r}" if query else f"{total} articles match"]
    for number, hit in enumerate(hits, start=offset + 1):
        date = (hit.get("published_at") or "")[:10] or "undated"
        title = hit.get("title_highlight") or hit.get("title") or _UNTITLED
        lines.append(f"\n{number}. {title}")
        lines.append(f"   {hit.get('site')}  {date}  {hit.get('url')}")
        if hit.get("is_meeting_report"):
            lines.append(f"   {meeting_line(hit)}")
        # A fragment may span paragraphs: keep each result on its own few lines.
        lines += [f"   … {one_line(fragment)} …" for fragment in hit["highlights"]]
    return "\n".join(lines)


def meeting_line(hit: dict[str, Any]) -> str:
    """One line for a meeting report: 会议: 市委季度工作会议  2020-10-09  李强、龚正…"""
    name = hit.get("meeting_name") or "(unnamed meeting)"
    date = hit.get("meeting_date") or "undated"
    people = hit.get("people") or []
    names = "、".join(people[:6]) + ("…" if len(people) > 6 else "")
    return f"会议: {name}  {date}  {names}".rstrip()


def one_line(fragment: str) -> str:
    """A highlight may span paragraphs: show it on one line, paragraphs separated by ' / '."""
    return " / ".join(part.strip() for part in fragment.splitlines() if part.strip())
