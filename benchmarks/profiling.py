"""Room: benchmarks — ``--profile``: cProfile of the phase-1 loop, summarized for a reader.

Prints the top functions by cumulative time (where the time goes, call tree wise), by own time
(the hotspots), and own time summed per source file (which module to look at).
"""

from __future__ import annotations

import cProfile
import io
import pstats
import sys
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from benchmarks.pages import REPO

TOP = 25

# pstats' private table: {(file, line, name): (primitive calls, calls, tottime, cumtime, callers)}
_StatsTable = dict[tuple[str, int, str], tuple[int, int, float, float, object]]


def run_profiled(run: Callable[[], None]) -> cProfile.Profile:
    profiler = cProfile.Profile()
    profiler.runcall(run)
    return profiler


def _short(path: str) -> str:
    """A path relative to the repo, or to site-packages / the stdlib."""
    if path.startswith("~") or path.startswith("<"):
        return path
    resolved = Path(path)
    if resolved.is_relative_to(REPO) and ".venv" not in resolved.parts:
        return str(resolved.relative_to(REPO))
    parts = resolved.parts
    for marker in ("site-packages", "lib"):
        if marker in parts:
            index = len(parts) - 1 - parts[::-1].index(marker)
            return "/".join(parts[index + 1 :])
    return path


def _area(file: str, name: str) -> str:
    """Own time is charged to a source file; C functions to their own name."""
    if file == "~":
        return name  # e.g. "<method 'translate' of 'str' objects>", "<built-in method ...>"
    return _short(file)


def by_area(stats: pstats.Stats) -> list[tuple[str, float, float]]:
    """(area, own seconds, share of total own time), largest first."""
    table: _StatsTable = stats.stats  # type: ignore[attr-defined]
    own: dict[str, float] = defaultdict(float)
    for (file, _line, name), (_prim, _calls, tottime, _cum, _callers) in table.items():
        own[_area(file, name)] += tottime
    total = sum(own.values()) or 1.0
    ranked = sorted(own.items(), key=lambda item: -item[1])
    return [(area, seconds, seconds / total) for area, seconds in ranked]


def render(profiler: cProfile.Profile, pages: int) -> str:
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    total = stats.total_tt  # type: ignore[attr-defined]
    out.write(f"\n== cProfile of the chain over {pages} pages: {total:.2f} s profiled ==\n")
    for order, title in (("cumulative", "cumulative time"), ("tottime", "own time")):
        out.write(f"\n-- top {TOP} by {title} --\n")
        stats.sort_stats(order).print_stats(TOP)
    out.write(f"\n-- own time by source file / C function (top {TOP}) --\n")
    for area, seconds, share in by_area(stats)[:TOP]:
        out.write(f"{share:6.1%} {seconds:8.2f} s  {area}\n")
    return _shorten_paths(out.getvalue())


def _shorten_paths(text: str) -> str:
    prefixes = sorted({str(REPO) + "/", *(p + "/" for p in sys.path if p)}, key=len, reverse=True)
    for prefix in prefixes:
        text = text.replace(prefix, "")
    return text
