"""`scrapy search QUERY` — full-text search of the archive from the command line, either script."""

from __future__ import annotations

import argparse
import json
from typing import Any

from scrapy.exceptions import UsageError

from crawler.es.layout import IndexNames
from crawler.es.query import SearchRequest, build_search, format_hits
from crawler.es_command import EsCommand


class Command(EsCommand):
    def syntax(self) -> str:
        return "QUERY [--site S] [--city C] [--since D] [--until D] [--sort date] [--json]"

    def short_desc(self) -> str:
        return "Search the archive (a query in Simplified or Traditional finds both)"

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.add_argument("--site", default="", help="only this site (profile name)")
        parser.add_argument("--city", default="", help="only this city")
        parser.add_argument("--since", default="", help="published on or after (YYYY-MM-DD)")
        parser.add_argument("--until", default="", help="published on or before (YYYY-MM-DD)")
        parser.add_argument("--sort", choices=("relevance", "date"), default="relevance")
        parser.add_argument("--size", type=int, default=10, help="results per page")
        parser.add_argument("--page", type=int, default=1, help="page number, from 1")
        parser.add_argument("--json", action="store_true", help="one JSON document on stdout")

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if not args:
            raise UsageError("give a query, e.g. scrapy search 李强")
        client, config = self.es_client()
        request = SearchRequest(
            query=" ".join(args),
            site=opts.site,
            city=opts.city,
            since=opts.since,
            until=opts.until,
            sort=opts.sort,
            size=opts.size,
            offset=(opts.page - 1) * opts.size,
        )
        response = client.search(
            index=IndexNames(config.index_prefix).read_alias, **build_search(request)
        )
        total = response["hits"]["total"]["value"]
        hits = format_hits(response.body)
        if opts.json:
            print(
                json.dumps(
                    {"query": request.query, "total": total, "hits": hits},
                    ensure_ascii=False,
                    indent=2,
                )
            )
        else:
            print(render_text(request.query, total, hits, request.offset))


def render_text(query: str, total: int, hits: list[dict[str, Any]], offset: int) -> str:
    lines = [f"{total} articles match {query!r}"]
    for number, hit in enumerate(hits, start=offset + 1):
        date = (hit.get("published_at") or "")[:10] or "undated"
        lines.append(f"\n{number}. {hit.get('title_highlight') or hit.get('title')}")
        lines.append(f"   {hit.get('site')}  {date}  {hit.get('url')}")
        lines += [f"   … {fragment} …" for fragment in hit["highlights"]]
    return "\n".join(lines)
