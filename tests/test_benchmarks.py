"""The benchmark command runs and ends with its JSON line (speed is measured there, never here)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from elasticsearch import Elasticsearch

from benchmarks.es_phase import EsResult
from benchmarks.phases import ProcessResult, StageResult, median_run
from benchmarks.references import ConvertResult
from benchmarks.report import Results, render_table, to_json

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
CONVERT = ConvertResult(texts=1, chars=1, project_chars_per_s=1.0, project_warm_chars_per_s=1.0)


def run_benchmark(
    *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "benchmarks", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
        env=env,
    )


def test_benchmark_smoke_run_ends_with_json() -> None:
    done = run_benchmark("--pages", "20", "--no-es", "--no-references")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.strip().splitlines()
    result = json.loads(lines[-1])
    assert result.keys() >= REQUIRED
    assert result["pages"] == 20
    assert result["pages_per_s_es"] is None  # --no-es
    assert result["reference_chars_per_s"] is None  # --no-references
    assert result["stage_mismatches"] == 0  # the stages compose exactly as the chain does
    assert "the chain, no ES" in done.stdout  # the table came before the JSON


def test_benchmark_reports_the_median_pass_and_every_pass() -> None:
    done = run_benchmark("--pages", "22", "--repeat", "2", "--no-es", "--no-references")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    passes = result["pages_per_s_no_es_passes"]
    assert len(passes) == 2 and all(rate > 0 for rate in passes)
    assert result["pages_per_s_no_es"] == min(passes)  # the lower middle of two
    assert "median of 2 passes" in done.stdout
    assert done.stderr.count("phase 1, pass") == 2


@pytest.mark.parametrize("option", ["--pages", "--repeat"])
def test_benchmark_rejects_zero(option: str) -> None:
    done = run_benchmark(option, "0")
    assert done.returncode == 2
    assert f"{option} must be at least 1" in done.stderr


@pytest.mark.es
def test_benchmark_indexes_every_page_into_the_real_elasticsearch(
    es_url: str, es: Elasticsearch
) -> None:
    env = {**os.environ, "ELASTICSEARCH_URL": es_url}
    done = run_benchmark(
        "--pages", "30", "--repeat", "1", "--no-references", "--json-only", env=env
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["es_indexed"] == 30 and result["es_warmup_pages"] == 200
    assert result["es_count"] == 230 and result["es_count_ok"] is True
    uptimes = result["es_server_uptime_s_passes"]
    assert len(uptimes) == 1 and uptimes[0] > 0  # the server was up before the pass
    # Even a pass shorter than the second for which the server caches its CPU figure.
    assert result["es_server_cpu_ms_per_page"] > 0
    assert result["pages_per_s_es"] > 0 and result["pages_per_s_es_passes"] == [
        result["pages_per_s_es"]
    ]
    # The throw-away indexes and template are gone afterwards.
    assert not es.indices.get(index="bench-*", allow_no_indices=True).body


def test_a_pass_that_lost_documents_is_reported_even_when_it_is_not_the_median() -> None:
    def es_pass(seconds: float, failed: int = 0) -> EsResult:
        return EsResult(pages=100, indexed=100 - failed, failed=failed, seconds=seconds, count=100)

    runs = [es_pass(1.0), es_pass(2.0, failed=3), es_pass(1.5)]
    results = Results(100, 22, ProcessResult(pages=100, seconds=1.0), StageResult(), CONVERT, 0, 0)
    results.es, results.es_runs = median_run(runs), runs
    assert results.es is runs[2]  # 100 pages in 1.5 s: the middle rate
    data = to_json(results)
    assert data["pages_per_s_es"] == 66.7 and data["pages_per_s_es_passes"] == [100.0, 50.0, 66.7]
    assert data["es_count_ok"] is False
    results.es_runs = [runs[0], runs[2]]
    assert to_json(results)["es_count_ok"] is True


def test_each_pass_shows_how_long_the_server_had_been_running() -> None:
    runs = [
        EsResult(pages=10, indexed=10, seconds=1.0, count=10, server_uptime_s=59.6),
        EsResult(pages=10, indexed=10, seconds=1.0, count=10, server_uptime_s=3725.0),
        EsResult(pages=10, indexed=10, seconds=1.0, count=10),  # the cluster did not say
    ]
    results = Results(10, 22, ProcessResult(pages=10, seconds=1.0), StageResult(), CONVERT, 0, 0)
    results.es, results.es_runs = median_run(runs), runs
    assert to_json(results)["es_server_uptime_s_passes"] == [60, 3725, None]
    row = next(line for line in render_table(results).splitlines() if "server uptime" in line)
    assert "0:01:00 / 1:02:05 / not reported" in row
