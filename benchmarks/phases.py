"""Room: benchmarks — the project's own code under the clock: processing, stages, bulk indexing.

Every phase consumes a page stream and keeps only counters and one sample article per fixture,
so memory does not grow with the number of pages. The functions called are the crawl's own:
``process_page`` (what the offline commands and re-processing run), its stages
``extract_article`` / ``clean_article`` / ``normalize_article`` / ``apply_meeting`` (what the
pipelines run, one per pipeline), and for Elasticsearch the ``crawler.es`` calls the Elasticsearch pipeline makes.
"""

from __future__ import annotations

import contextlib
import dataclasses
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Protocol, TypeVar

from benchmarks.memory import current_rss_mb
from benchmarks.pages import BenchPage
from crawler.extract import ExtractionError, extract_article
from crawler.items import Article
from crawler.processing import process_page
from crawler.text.clean import clean_article
from crawler.text.meetings import apply_meeting
from crawler.text.script import normalize_article

STAGES = ("extract", "clean", "normalize", "meeting")


@dataclass
class ProcessResult:
    """Phase 1: ``process_page`` over every page."""

    pages: int = 0
    processed: int = 0
    empty_after_cleaning: int = 0  # the crawl's CleanPipeline drops these
    failures: Counter[str] = field(default_factory=Counter)  # ExtractionError reason -> pages
    seconds: float = 0.0
    cpu_seconds: float = 0.0  # this process's CPU time: what the pages cost on one core
    warmup_s: float = 0.0
    rss_mb_at_10pct: float = 0.0
    rss_mb_end: float = 0.0
    samples: dict[str, Article] = field(default_factory=dict)  # fixture file -> first article

    @property
    def failed(self) -> int:
        return sum(self.failures.values())

    @property
    def pages_per_s(self) -> float:
        return self.pages / self.seconds if self.seconds else 0.0

    @property
    def pages_per_cpu_s(self) -> float:
        return self.pages / self.cpu_seconds if self.cpu_seconds else 0.0


class _Timed(Protocol):
    @property
    def pages_per_s(self) -> float: ...


TimedRun = TypeVar("TimedRun", bound=_Timed)


def median_run(runs: Sequence[TimedRun]) -> TimedRun:
    """The pass with the median throughput (the lower of the two middle ones for an even count).

    One pass of a 2-core shared machine can run 15 % slower or faster than the next; the
    median of a few passes is a figure that a second run of the command reproduces.
    """
    ordered = sorted(runs, key=lambda run: run.pages_per_s)
    return ordered[(len(ordered) - 1) // 2]


def warm_up(pages: Iterable[BenchPage]) -> float:
    """One untimed pass (imports, dictionaries, compiled patterns): seconds it took.

    The timed phases then measure the steady state a long crawl runs in; the one-off start-up
    cost is reported on its own.
    """
    start = time.perf_counter()
    for page in pages:
        with contextlib.suppress(ExtractionError):
            process_page(page.body, page.url)
    return time.perf_counter() - start


def run_process(pages: Iterable[BenchPage], total: int) -> ProcessResult:
    """``process_page`` on each page, timed as a whole; RSS read at 10 % and at the end."""
    result = ProcessResult()
    checkpoint = max(1, total // 10)
    cpu_start, start = time.process_time(), time.perf_counter()
    for page in pages:
        result.pages += 1
        try:
            article = process_page(page.body, page.url)
        except ExtractionError as error:
            result.failures[str(error).split(":")[0]] += 1
            continue
        result.processed += 1
        result.empty_after_cleaning += not article.paragraphs
        result.samples.setdefault(page.fixture.file, article)
        if result.pages == checkpoint:
            result.rss_mb_at_10pct = current_rss_mb()  # a /proc read: microseconds
    result.seconds = time.perf_counter() - start
    result.cpu_seconds = time.process_time() - cpu_start
    result.rss_mb_end = current_rss_mb()
    return result


@dataclass
class StageResult:
    """The stages timed separately on a whole number of fixture cycles."""

    pages: int = 0
    seconds: dict[str, float] = field(default_factory=lambda: dict.fromkeys(STAGES, 0.0))
    normalized_chars: int = 0  # title + content entering normalize_article
    mismatches: int = 0  # pages whose result differs from process_page's

    @property
    def total_seconds(self) -> float:
        return sum(self.seconds.values())

    @property
    def normalize_chars_per_s(self) -> float:
        seconds = self.seconds["normalize"]
        return self.normalized_chars / seconds if seconds else 0.0


def run_stages(pages: Iterable[BenchPage], samples: dict[str, Article]) -> StageResult:
    """extract -> clean -> normalize -> meeting composed as ``process_page`` composes them (no
    profile, no extra phrases), a clock around each; the result is checked against phase 1's."""
    result = StageResult()
    clock = time.perf_counter
    for page in pages:
        t0 = clock()
        try:
            article = extract_article(page.body, page.url)
        except ExtractionError:
            continue
        t1 = clock()
        article = clean_article(article, [])
        t2 = clock()
        normalized = normalize_article(article)
        t3 = clock()
        final = apply_meeting(normalized)
        t4 = clock()
        result.pages += 1
        result.seconds["extract"] += t1 - t0
        result.seconds["clean"] += t2 - t1
        result.seconds["normalize"] += t3 - t2
        result.seconds["meeting"] += t4 - t3
        result.normalized_chars += len(article.title) + len(article.content)
        expected = samples.get(page.fixture.file)
        result.mismatches += expected is None or _differs(final, expected)
    return result


def _differs(article: Article, expected: Article) -> bool:
    # Everything but the URL, which is distinct per page by construction.
    return dataclasses.replace(article, url="") != dataclasses.replace(expected, url="")


def profile_process(pages: Iterable[BenchPage]) -> Callable[[], None]:
    """A thunk running ``process_page`` over ``pages`` (what ``--profile`` puts under cProfile)."""

    def run() -> None:
        for page in pages:
            with contextlib.suppress(ExtractionError):
                process_page(page.body, page.url)

    return run
