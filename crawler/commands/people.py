"""`scrapy people NAME` — the meetings a person chaired, spoke at or attended, by date.

A name in either script finds the same meetings; each line gives the role and the title the
report used at the time. The query and the answer are crawler/es/appearances.py.
"""

from __future__ import annotations

import argparse
import json

from crawler.commands.output import emit
from crawler.es.appearances import (
    ROLES,
    AppearancesRequest,
    InvalidAppearances,
    appearance_json,
    appearances,
    appearances_query,
    check_request,
    render_text,
)
from crawler.es.client import SearchUnavailable
from crawler.es.query import search
from crawler.es_command import EsCommand, fail


class Command(EsCommand):
    def syntax(self) -> str:
        return "NAME [--since D] [--until D] [--role chair|speaker|attendee] [--json]"

    def short_desc(self) -> str:
        return "A person's meetings (chaired, spoke at, attended) by date, in either script"

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.add_argument("--since", default="", help="meetings on or after (YYYY-MM-DD)")
        parser.add_argument("--until", default="", help="meetings on or before (YYYY-MM-DD)")
        parser.add_argument("--role", default="", choices=("", *ROLES), help="only this role")
        parser.add_argument("--json", action="store_true", help="one JSON document on stdout")

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        request = AppearancesRequest(
            " ".join(args).strip(), since=opts.since, until=opts.until, role=opts.role
        )
        try:
            check_request(request)
        except InvalidAppearances as error:
            fail(self.command_name, str(error))
        client, config = self.es_client()
        try:
            response = search(client, config, appearances_query(request))
        except SearchUnavailable as error:
            fail(self.command_name, str(error), 1)
        finally:
            client.close()
        found = appearances(response)
        if opts.json:
            page = {"name": request.name, "meetings": [appearance_json(a) for a in found]}
            emit(json.dumps(page, ensure_ascii=False, indent=2))
        else:
            emit(render_text(request.name, found))
