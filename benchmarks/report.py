"""Room: benchmarks — the results: a readable table, the targets, and the one-line JSON.

The JSON (the command's last line) always has ``pages``, ``pages_per_s_no_es``,
``pages_per_s_es``, ``trafilatura_pages_per_s``, ``normalize_chars_per_s``,
``reference_chars_per_s`` and ``peak_rss_mb``; a figure that was not measured (``--no-es``,
``--no-references``) is ``null``. The two pages/s figures are the median pass of ``--repeat``;
``pages_per_s_no_es_passes`` and ``pages_per_s_es_passes`` list every pass.
``normalize_chars_per_s`` is the project's converter on the texts the normalizer converts (cold
memo), the like-for-like figure for ``reference_chars_per_s``; ``normalize_article_chars_per_s``
is the whole normalize stage (NFKC, script detection, t2s, s2t, fingerprint) per character of
title + content.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from benchmarks.es_phase import EsResult
from benchmarks.phases import STAGES, ProcessResult, StageResult
from benchmarks.references import ConvertResult, TrafilaturaResult

# The targets on the 2-core development machine.
TARGET_NORMALIZE_CHARS_PER_S = 2_000_000
TARGET_PAGES_PER_S_NO_ES = 100
TARGET_PAGES_PER_S_ES = 60
TARGET_PEAK_RSS_MB = 400


@dataclass
class Results:
    pages: int
    fixtures: int
    process: ProcessResult
    stages: StageResult
    convert: ConvertResult
    peak_rss_mb: float
    peak_rss_mb_after_process: float
    load_average: tuple[float, float, float] = (0.0, 0.0, 0.0)  # at start: a busy machine
    es: EsResult | None = None
    trafilatura: TrafilaturaResult | None = None
    # Every pass, in run order; `process` and `es` are the median ones.
    process_runs: list[ProcessResult] = field(default_factory=list)
    es_runs: list[EsResult] = field(default_factory=list)

    @property
    def process_rates(self) -> list[float]:
        return [run.pages_per_s for run in self.process_runs or [self.process]]

    @property
    def es_passes(self) -> list[EsResult]:
        """Every Elasticsearch pass (the one result when the passes were not kept)."""
        return self.es_runs or ([self.es] if self.es else [])

    @property
    def es_rates(self) -> list[float]:
        return [run.pages_per_s for run in self.es_passes]

    @property
    def es_all_indexed(self) -> bool:
        """Every pass indexed every page it sent, and the index counted them all."""
        return all(run.count == run.expected and run.failed == 0 for run in self.es_passes)

    @property
    def es_failures(self) -> list[tuple[str, str]]:
        return [failure for run in self.es_passes for failure in run.failures]


def _round(value: float | None, digits: int = 1) -> float | None:
    return None if value is None else round(value, digits)


def targets(r: Results) -> dict[str, bool | None]:
    es_rate = r.es.pages_per_s if r.es else None
    return {
        "normalize_chars_per_s": r.convert.project_chars_per_s >= TARGET_NORMALIZE_CHARS_PER_S,
        "identical_to_reference": None
        if r.convert.reference_chars_per_s is None
        else r.convert.mismatches == 0,
        "pages_per_s_no_es": r.process.pages_per_s >= TARGET_PAGES_PER_S_NO_ES,
        "pages_per_s_es": None if es_rate is None else es_rate >= TARGET_PAGES_PER_S_ES,
        "peak_rss_mb": r.peak_rss_mb < TARGET_PEAK_RSS_MB,
    }


def to_json(r: Results) -> dict[str, Any]:
    stage_total = r.stages.total_seconds or 1.0
    per_page = r.stages.pages or 1
    data: dict[str, Any] = {
        "pages": r.pages,
        "pages_per_s_no_es": _round(r.process.pages_per_s),
        "pages_per_s_es": _round(r.es.pages_per_s) if r.es else None,
        "pages_per_s_no_es_passes": [round(rate, 1) for rate in r.process_rates],
        "pages_per_s_es_passes": [round(rate, 1) for rate in r.es_rates] if r.es else None,
        "trafilatura_pages_per_s": _round(r.trafilatura.pages_per_s) if r.trafilatura else None,
        "normalize_chars_per_s": round(r.convert.project_chars_per_s),
        "reference_chars_per_s": None
        if r.convert.reference_chars_per_s is None
        else round(r.convert.reference_chars_per_s),
        "peak_rss_mb": r.peak_rss_mb,
        "normalize_warm_chars_per_s": round(r.convert.project_warm_chars_per_s),
        "normalize_article_chars_per_s": round(r.stages.normalize_chars_per_s),
        "convert_mismatches": None
        if r.convert.reference_chars_per_s is None
        else r.convert.mismatches,
        "convert_chars": r.convert.chars,
        "fixtures": r.fixtures,
        "pages_per_cpu_s_no_es": _round(r.process.pages_per_cpu_s),
        "load_average_at_start": [round(x, 2) for x in r.load_average],
        "warmup_s": round(r.process.warmup_s, 2),
        "failed_pages": r.process.failed,
        "empty_after_cleaning": r.process.empty_after_cleaning,
        "stage_pages": r.stages.pages,
        "stage_ms_per_page": {s: round(1000 * r.stages.seconds[s] / per_page, 3) for s in STAGES},
        "stage_share": {s: round(r.stages.seconds[s] / stage_total, 3) for s in STAGES},
        "stage_mismatches": r.stages.mismatches,
        "peak_rss_mb_after_process": r.peak_rss_mb_after_process,
        "rss_mb_at_10pct": r.process.rss_mb_at_10pct,
        "rss_mb_end": r.process.rss_mb_end,
        "targets": targets(r),
    }
    if r.es:
        data |= {
            "es_indexed": r.es.indexed,
            "es_count": r.es.count,
            "es_count_ok": r.es_all_indexed,
            "es_bulk_share": round(r.es.bulk_seconds / r.es.seconds, 3) if r.es.seconds else None,
            "es_client_cpu_ms_per_page": round(1000 * r.es.cpu_seconds / (r.es.pages or 1), 2),
            "es_server_cpu_ms_per_page": None
            if r.es.server_cpu_seconds is None
            else round(1000 * r.es.server_cpu_seconds / (r.es.pages or 1), 2),
            "es_index_ms_per_doc": None
            if r.es.index_seconds is None
            else round(1000 * r.es.index_seconds / ((r.es.indexed + r.es.warmup_indexed) or 1), 2),
            "es_warmup_pages": r.es.warmup_indexed,
            "es_server_uptime_s_passes": [
                None if run.server_uptime_s is None else round(run.server_uptime_s)
                for run in r.es_passes
            ],
        }
    if r.trafilatura:
        data["trafilatura_pages"] = r.trafilatura.pages
    return data


def _rows(r: Results) -> list[tuple[str, str, str]]:
    p, c = r.process, r.convert
    rows = [
        ("pages (fixtures cycled)", f"{r.pages} ({r.fixtures} article fixtures)", ""),
        ("warm-up (untimed, each fixture once)", f"{p.warmup_s:.2f} s", ""),
        ("failed / empty after cleaning", f"{p.failed} / {p.empty_after_cleaning}", ""),
        ("load average at start (1/5/15 min)", " / ".join(f"{x:.2f}" for x in r.load_average), ""),
        (
            "the chain, no ES" + _median_of(r.process_rates),
            _rate(p.pages_per_s, p.seconds),
            ">= 100",
        ),
        ("  every pass", _passes(r.process_rates), ""),
        ("  per CPU second of this process", f"{p.pages_per_cpu_s:,.1f} pages/s", ""),
    ]
    per_page = r.stages.pages or 1
    for stage in STAGES:
        seconds = r.stages.seconds[stage]
        share = seconds / (r.stages.total_seconds or 1.0)
        rows.append(
            (f"  {stage} stage", f"{1000 * seconds / per_page:.2f} ms/page ({share:.0%})", "")
        )
    rows.append(
        ("  stages == whole chain", f"{r.stages.mismatches} mismatches / {r.stages.pages}", "0")
    )
    if r.es:
        e = r.es
        rows += [
            (
                "process + bulk into ES" + _median_of(r.es_rates),
                _rate(e.pages_per_s, e.seconds),
                ">= 60",
            ),
            ("  every pass (fresh index each)", _passes(r.es_rates), ""),
            (
                "  server uptime at each pass (a fresh JVM is slower)",
                " / ".join(_uptime(run.server_uptime_s) for run in r.es_passes),
                "",
            ),
            (
                "  in send_batch (sender threads, summed)",
                f"{e.bulk_seconds:.1f} s ({e.bulk_seconds / (e.seconds or 1):.0%})",
                "",
            ),
            ("  CPU ms/page: this process", f"{1000 * e.cpu_seconds / (e.pages or 1):.2f}", ""),
            ("  CPU ms/page: Elasticsearch process", _ms(e.server_cpu_seconds, e.pages), ""),
            (
                "  ms/page: bench index, index+refresh",
                _ms(e.index_seconds, e.indexed + e.warmup_indexed),
                "",
            ),
            (
                "  indexed (+ untimed warm-up) / count / expected",
                f"{e.indexed} (+{e.warmup_indexed}) / {e.count} / {e.expected}"
                + ("" if r.es_all_indexed else " (some pass lost documents)"),
                "equal",
            ),
        ]
    if r.trafilatura:
        t = r.trafilatura
        rows.append(
            (
                f"trafilatura {t.version} extract",
                f"{t.pages_per_s:,.1f} pages/s ({t.pages} pages, {t.empty} empty; {t.options})",
                "reference",
            )
        )
    rows += [
        (
            "convert t2s+s2tw, project (cold)",
            f"{c.project_chars_per_s / 1e6:.2f} M chars/s",
            ">= 2 M",
        ),
        (
            "convert t2s+s2tw, project (warm)",
            f"{c.project_warm_chars_per_s / 1e6:.2f} M chars/s",
            "",
        ),
        ("normalize_article stage", f"{r.stages.normalize_chars_per_s / 1e6:.2f} M chars/s", ""),
    ]
    if c.reference_chars_per_s is not None:
        rows += [
            (
                f"convert, {c.reference_version}",
                f"{c.reference_chars_per_s / 1e6:.2f} M chars/s",
                "reference",
            ),
            (
                "  identical output",
                f"{c.mismatches} mismatches / {c.texts} texts ({c.chars:,} chars)",
                "0",
            ),
        ]
    rows += [
        ("RSS at 10% / end of phase 1", f"{p.rss_mb_at_10pct:.1f} / {p.rss_mb_end:.1f} MB", "flat"),
        (
            "peak RSS after phase 1 / run",
            f"{r.peak_rss_mb_after_process:.1f} / {r.peak_rss_mb:.1f} MB",
            "< 400",
        ),
    ]
    return rows


def _median_of(rates: list[float]) -> str:
    return f", median of {len(rates)} passes" if len(rates) > 1 else ""


def _rate(pages_per_s: float, seconds: float) -> str:
    return f"{pages_per_s:,.1f} pages/s ({seconds:.1f} s)"


def _passes(rates: list[float]) -> str:
    return " / ".join(f"{rate:,.1f}" for rate in rates) + " pages/s"


def _uptime(seconds: float | None) -> str:
    return "not reported" if seconds is None else str(timedelta(seconds=round(seconds)))


def _ms(seconds: float | None, pages: int) -> str:
    return "not reported" if seconds is None else f"{1000 * seconds / (pages or 1):.2f}"


def render_table(r: Results) -> str:
    rows = [("measure", "result", "target"), *_rows(r)]
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    lines = [" | ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)) for row in rows]
    lines.insert(1, "-+-".join("-" * w for w in widths))
    verdicts = ", ".join(
        f"{name} {'ok' if ok else 'MISSED'}" for name, ok in targets(r).items() if ok is not None
    )
    lines.append(f"targets: {verdicts}")
    if r.convert.mismatch_examples:
        lines += [f"  mismatch {example}" for example in r.convert.mismatch_examples]
    lines += [f"  not indexed: {url}: {reason}" for url, reason in r.es_failures]
    return "\n".join(lines)
