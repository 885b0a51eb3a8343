"""`scrapy sites` — every site profile, one line each: name, city, enabled, verified, start URL.

"verified" says whether the profile was checked against its live site: a profile that was not
carries its evidence in `unverified` (crawler/sites/profile.py) and is listed as "no", so a
reader knows which sites are guesses from public evidence before relying on their articles.
`--json` prints the same as one JSON object per line.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from crawler.commands.output import emit
from crawler.es_command import QuietCommand
from crawler.sites import REGISTRY
from crawler.sites.profile import SiteProfile

_COLUMNS = ("name", "city", "enabled", "verified", "start URL")


def is_verified(profile: SiteProfile) -> bool:
    """Checked against its live site: no `unverified` note left."""
    return not profile.unverified


def profile_row(profile: SiteProfile) -> dict[str, Any]:
    return {
        "name": profile.name,
        "city": profile.city,
        "enabled": profile.enabled,
        "verified": is_verified(profile),
        "start_urls": list(profile.start_urls),
        "timezone": profile.timezone,
    }


def _yes_no(flag: bool) -> str:
    return "yes" if flag else "no"


def _start_cell(start_urls: list[str]) -> str:
    """The first start URL, and how many more there are (a line stays one line)."""
    if not start_urls:
        return "-"
    more = len(start_urls) - 1
    return start_urls[0] + (f" (+{more} more)" if more else "")


def format_table(rows: list[dict[str, Any]]) -> str:
    cells = [
        [
            row["name"],
            row["city"] or "-",
            _yes_no(row["enabled"]),
            _yes_no(row["verified"]),
            _start_cell(row["start_urls"]),
        ]
        for row in rows
    ]
    # CJK city names are two columns wide on a terminal; pad by display width.
    widths = [
        max(_display_width(line[i]) for line in [list(_COLUMNS), *cells])
        for i in range(len(_COLUMNS) - 1)
    ]
    lines = []
    for line in [list(_COLUMNS), *cells]:
        padded = [
            cell + " " * (width - _display_width(cell))
            for cell, width in zip(line[:-1], widths, strict=True)
        ]
        lines.append("  ".join([*padded, line[-1]]).rstrip())
    return "\n".join(lines)


def _display_width(text: str) -> int:
    return sum(
        2 if "\u2e80" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff" else 1 for char in text
    )


class Command(QuietCommand):
    def syntax(self) -> str:
        return "[--json]"

    def short_desc(self) -> str:
        return "List the site profiles: name, city, enabled, verified, start URL"

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.add_argument("--json", action="store_true", help="one JSON object per profile")

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        rows = [profile_row(REGISTRY[name]) for name in sorted(REGISTRY)]
        if opts.json:
            for row in rows:
                emit(json.dumps(row, ensure_ascii=False))
        else:
            emit(format_table(rows))
