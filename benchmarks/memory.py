"""Room: benchmarks — memory readings: peak RSS (getrusage) and current RSS (/proc)."""

from __future__ import annotations

import resource
import sys
from pathlib import Path


def _proc_status_mb(field: str) -> float | None:
    """A kB field of /proc/self/status (Linux) in MB, or None."""
    try:
        for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
            if line.startswith(f"{field}:"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return None


def peak_rss_mb() -> float:
    """Peak resident set size of this process so far, in MB.

    ``ru_maxrss`` (KiB on Linux, bytes on macOS); on Linux also the kernel's VmHWM, since the
    rusage figure is updated lazily and can trail the current RSS by a page or two.
    """
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    scale = 1 / (1024 * 1024) if sys.platform == "darwin" else 1 / 1024
    return max(round(peak * scale, 1), _proc_status_mb("VmHWM") or 0.0)


def current_rss_mb() -> float:
    """Resident set size now, in MB (VmRSS); the peak where /proc is unavailable."""
    current = _proc_status_mb("VmRSS")
    return peak_rss_mb() if current is None else current
