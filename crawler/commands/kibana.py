"""`scrapy kibana import` — load the shipped Kibana saved objects into the user's Kibana.

Imports `kibana/saved_objects.ndjson` (a data view over the read alias with `published_at` as
its time field, the saved searches "Latest articles" and "Meeting reports", two Lens charts and
the "Municipal news" dashboard) through Kibana's saved-objects import API with overwrite: the
objects have fixed ids, so running it again updates them in place.

Configured through the Scrapy settings of the same names, which crawler/settings.py reads from
the environment (so `KIBANA_URL=… scrapy kibana import` and `scrapy kibana import -s
KIBANA_URL=…` both work):

    KIBANA_URL        Kibana's address, e.g. https://kibana.example.org:5601 (with its base path,
                      if any); required
    KIBANA_API_KEY    an API key (the encoded form, or `id:key`); takes precedence over
    KIBANA_USERNAME   user and password for basic authentication
    KIBANA_PASSWORD
    KIBANA_CA_CERTS   a CA certificate file for a Kibana whose TLS certificate is not publicly
                      trusted (certificates are always verified)
    KIBANA_SPACE      the Kibana space to import into (default: the default space); `--space`
                      overrides it
    ES_INDEX_PREFIX   as for the crawl: the data view is titled after it (the read alias)
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, ClassVar

from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError

from crawler.credentials import redacted_url
from crawler.kibana.client import KibanaImportError, import_saved_objects
from crawler.kibana.objects import (
    DEFAULT_INDEX_PREFIX,
    SAVED_OBJECTS_FILE,
    dump_ndjson,
    load_ndjson,
    with_index_prefix,
)

ACTIONS = ("import",)


class Command(ScrapyCommand):
    requires_project = True
    requires_crawler_process = False  # no crawl: no spider loading, no log banner
    default_settings: ClassVar[dict[str, Any]] = {"LOG_LEVEL": "WARNING"}

    def syntax(self) -> str:
        return "import [--file PATH] [--space SPACE]"

    def short_desc(self) -> str:
        return "Import the data view, saved searches and dashboard into Kibana (KIBANA_URL)"

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.add_argument(
            "--file", default=str(SAVED_OBJECTS_FILE), help="saved objects ndjson to import"
        )
        parser.add_argument("--space", default=None, help="Kibana space id (default: KIBANA_SPACE)")

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if len(args) != 1 or args[0] not in ACTIONS:
            raise UsageError(f"say one of: {', '.join(ACTIONS)}")
        url = self._setting("KIBANA_URL").strip()
        if not url:
            return self._fail("set KIBANA_URL to Kibana's address, e.g. http://127.0.0.1:5601", 2)
        space = self._setting("KIBANA_SPACE") if opts.space is None else opts.space
        try:
            ndjson = self._objects(Path(opts.file))
        except (OSError, ValueError) as error:
            return self._fail(f"cannot read {opts.file}: {error}", 2)
        try:
            answer = import_saved_objects(
                url,
                ndjson,
                api_key=self._setting("KIBANA_API_KEY") or None,
                username=self._setting("KIBANA_USERNAME") or None,
                password=self._setting("KIBANA_PASSWORD") or None,
                ca_certs=self._setting("KIBANA_CA_CERTS") or None,
                space=space or None,
            )
        except KibanaImportError as error:
            return self._fail(str(error), 1)
        where = redacted_url(url) + (f" (space {space})" if space else "")
        print(f"imported {answer.get('successCount', 0)} objects into Kibana at {where}")

    def _setting(self, name: str) -> str:
        """A KIBANA_* setting as text ('' when unset)."""
        assert self.settings is not None
        return str(self.settings.get(name) or "")

    def _objects(self, path: Path) -> bytes:
        """The ndjson, with the data view titled after ES_INDEX_PREFIX when that is not the default."""
        assert self.settings is not None
        objects = load_ndjson(path.read_bytes())
        prefix = self.settings.get("ES_INDEX_PREFIX") or DEFAULT_INDEX_PREFIX
        if prefix != DEFAULT_INDEX_PREFIX:
            objects = with_index_prefix(objects, prefix)
        return dump_ndjson(objects)

    def _fail(self, message: str, code: int) -> None:
        print(f"scrapy kibana: {message}", file=sys.stderr)
        self.exitcode = code
