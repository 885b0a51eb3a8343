"""Room: benchmarks — the page source: fixture article pages, cycled, each under a distinct URL.

Pages are streamed: the fixture bytes are read once and shared, and each benchmark page is
only a URL and a reference to those bytes, so N pages never cost N copies.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "tests" / "fixtures" / "real"
BENCH_HOST = "bench.invalid"  # RFC 2606: can never resolve, so nothing can be fetched by mistake


@dataclass(frozen=True)
class FixturePage:
    """One saved article page and what its provenance JSON says about it."""

    file: str
    body: bytes
    encoding: str  # what the bytes really decode as
    declared_charset: str
    script: str


@dataclass(frozen=True)
class BenchPage:
    """One page of the replay: a distinct URL over shared fixture bytes."""

    number: int
    url: str
    fixture: FixturePage

    @property
    def body(self) -> bytes:
        return self.fixture.body


def load_fixtures(directory: Path = FIXTURES) -> list[FixturePage]:
    """The article pages (``kind == "article"`` in their JSON), in file order."""
    pages = []
    for meta_path in sorted(directory.glob("*.json")):
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        if not isinstance(meta, dict) or meta.get("kind") != "article":
            continue  # index.json (a list) and list pages
        pages.append(
            FixturePage(
                file=str(meta["file"]),
                body=(directory / str(meta["file"])).read_bytes(),
                encoding=str(meta.get("encoding") or "utf-8"),
                declared_charset=str(meta.get("declared_charset") or ""),
                script=str(meta.get("script") or ""),
            )
        )
    if not pages:
        raise SystemExit(f"benchmarks: no article fixtures in {directory}")
    return pages


def stream_pages(fixtures: list[FixturePage], count: int) -> Iterator[BenchPage]:
    """``count`` pages cycling through ``fixtures``; page n is https://bench.invalid/<n>/<file>."""
    for number in range(count):
        fixture = fixtures[number % len(fixtures)]
        yield BenchPage(number, f"https://{BENCH_HOST}/{number}/{fixture.file}", fixture)


def warmup_pages(fixtures: list[FixturePage], count: int) -> list[BenchPage]:
    """``count`` pages like ``stream_pages`` under https://bench.invalid/warmup/…, so they never
    share a URL (a document id) with the timed pages."""
    return [
        BenchPage(number, f"https://{BENCH_HOST}/warmup/{number}/{fixture.file}", fixture)
        for number, fixture in ((n, fixtures[n % len(fixtures)]) for n in range(count))
    ]


def whole_cycles(fixtures: list[FixturePage], at_least: int, at_most: int) -> int:
    """The smallest whole number of fixture cycles holding ``at_least`` pages, capped.

    Sub-samples (stage timing, trafilatura) use whole cycles so every fixture weighs the same
    as in the full run.
    """
    cycles = -(-at_least // len(fixtures))
    return min(at_most, cycles * len(fixtures))
