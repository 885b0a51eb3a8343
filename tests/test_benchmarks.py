"""The benchmark command runs and ends with its JSON line (speed is measured there, never here)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
REQUIRED = {
    "pages",
    "pages_per_s_no_es",
    "pages_per_s_es",
    "trafilatura_pages_per_s",
    "normalize_chars_per_s",
    "reference_chars_per_s",
    "peak_rss_mb",
}


def test_benchmark_smoke_run_ends_with_json() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--pages", "20", "--no-es", "--no-references"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.strip().splitlines()
    result = json.loads(lines[-1])
    assert result.keys() >= REQUIRED
    assert result["pages"] == 20
    assert result["pages_per_s_es"] is None  # --no-es
    assert result["reference_chars_per_s"] is None  # --no-references
    assert result["stage_mismatches"] == 0  # the stages compose exactly as process_page does
    assert "process_page, no ES" in done.stdout  # the table came before the JSON


def test_benchmark_rejects_zero_pages() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--pages", "0"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2
    assert "--pages must be at least 1" in done.stderr
