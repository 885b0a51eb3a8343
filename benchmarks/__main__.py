"""Room: benchmarks — the command: ``python -m benchmarks [--pages N] [options]``.

Runs the phases in order (the chain; its stages one by one; optionally cProfile; process + bulk
into Elasticsearch; the references), reports progress on stderr, then prints the table and,
as the very last line of stdout, the JSON object. The two throughput phases run ``--repeat``
passes each (3 by default) and report the median pass, every pass's rate alongside.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable

from benchmarks.memory import peak_rss_mb
from benchmarks.pages import FixturePage, load_fixtures, stream_pages, warmup_pages, whole_cycles
from benchmarks.phases import (
    STAGES,
    ProcessResult,
    TimedRun,
    median_run,
    profile_process,
    run_process,
    run_stages,
    warm_up,
)
from benchmarks.references import ConvertResult, run_convert
from benchmarks.report import Results, render_table, to_json

DEFAULT_PAGES = 2_000
DEFAULT_REPEAT = 3  # timed passes of each throughput phase; the median is reported
STAGE_CYCLES = 50  # whole fixture cycles for the per-stage pass (and --profile)
TRAFILATURA_PAGES = 300  # rounded up to whole cycles


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks",
        description="Throughput and memory of extraction, cleaning, normalization and bulk "
        "indexing on the real fixture pages, against trafilatura and the reference OpenCC.",
    )
    parser.add_argument("--pages", type=int, default=DEFAULT_PAGES, help="pages to replay")
    parser.add_argument(
        "--repeat",
        type=int,
        default=DEFAULT_REPEAT,
        help="timed passes of the two throughput phases (the median pass is reported)",
    )
    parser.add_argument("--no-es", action="store_true", help="skip the Elasticsearch phase")
    parser.add_argument(
        "--no-references", action="store_true", help="skip trafilatura and the reference OpenCC"
    )
    parser.add_argument(
        "--profile", action="store_true", help="also cProfile the chain and print hotspots"
    )
    parser.add_argument("--json-only", action="store_true", help="print only the JSON line")
    args = parser.parse_args(argv)
    if args.pages < 1:
        parser.error("--pages must be at least 1")
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    return args


def progress(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def run(args: argparse.Namespace, fixtures: list[FixturePage]) -> tuple[Results, str]:
    n = args.pages
    load = os.getloadavg()
    progress(f"warm-up: the chain once on each of the {len(fixtures)} fixtures (untimed)")
    warmup_s = warm_up(stream_pages(fixtures, len(fixtures)))
    process_runs = timed_passes(
        "phase 1",
        args.repeat,
        f"the chain on {n} pages",
        lambda: run_process(stream_pages(fixtures, n), n),
    )
    process = median_run(process_runs)
    process.warmup_s = warmup_s
    peak_after_process = peak_rss_mb()
    stage_pages = whole_cycles(fixtures, STAGE_CYCLES * len(fixtures), n)
    progress(f"stages: {' / '.join(STAGES)} timed on {stage_pages} pages")
    stages = run_stages(stream_pages(fixtures, stage_pages), process.samples)
    profile_text = ""
    if args.profile:
        from benchmarks.profiling import render, run_profiled

        progress(f"profile: cProfile of the chain on {stage_pages} pages")
        stats = run_profiled(profile_process(stream_pages(fixtures, stage_pages)))
        profile_text = render(stats, stage_pages)
    results = Results(
        n, len(fixtures), process, stages, _convert(process, args), 0.0, peak_after_process, load
    )
    results.process_runs = process_runs
    if not args.no_es:
        from benchmarks.es_phase import WARMUP_PAGES, es_url, run_es

        url = es_url()
        es_runs = timed_passes(
            "phase 2",
            args.repeat,
            f"the chain + bulk indexing into {url} on {n} pages "
            f"(after {WARMUP_PAGES} untimed warm-up pages, fresh index)",
            lambda: run_es(stream_pages(fixtures, n), url, warmup_pages(fixtures, WARMUP_PAGES)),
        )
        results.es = median_run(es_runs)
        results.es_runs = es_runs
    if not args.no_references:
        from benchmarks.references import run_trafilatura

        count = whole_cycles(fixtures, TRAFILATURA_PAGES, n)
        progress(f"reference: trafilatura.extract on {count} pages")
        results.trafilatura = run_trafilatura(stream_pages(fixtures, count))
    results.peak_rss_mb = peak_rss_mb()
    return results, profile_text


def timed_passes(
    phase: str, repeat: int, what: str, run_once: Callable[[], TimedRun]
) -> list[TimedRun]:
    """``repeat`` timed passes of one phase, each announced and its rate reported on stderr."""
    runs = []
    for number in range(1, repeat + 1):
        progress(f"{phase}, pass {number}/{repeat}: {what}")
        runs.append(run_once())
        progress(f"  {runs[-1].pages_per_s:.1f} pages/s")
    return runs


def _convert(process: ProcessResult, args: argparse.Namespace) -> ConvertResult:
    what = "project converter" if args.no_references else "project converter and reference OpenCC"
    progress(f"convert: {what} on the texts the normalizer converted")
    return run_convert(list(process.samples.values()), with_reference=not args.no_references)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    fixtures = load_fixtures()
    results, profile_text = run(args, fixtures)
    if not args.json_only:
        if profile_text:
            print(profile_text)
        print(render_table(results))
    print(json.dumps(to_json(results), ensure_ascii=False, separators=(",", ":")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
