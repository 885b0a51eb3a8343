"""Room: crawler/quality — the relevance figures as a table for people and as JSON for tools.

Formatting only: the figures come from `metrics.py`, the run from `measure.py`. Chinese text is
padded to its display width (two columns per wide character) so the table lines up in a
terminal. `scrapy relevance` prints `report_text`, `scrapy relevance --json` `report_json`.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import Any

from crawler.quality.metrics import (
    TARGET_PRECISION,
    TARGET_RECALL,
    Means,
    Outcome,
    QueryScore,
    summary,
)
from crawler.quality.queries import LabelledQuery
from crawler.quality.shapes import EITHER_SCRIPT_SHAPES, SHAPE_NOTES, SHAPES

LABEL = 39  # query, script, kind and number of relevant documents
CELL = 14  # P@10, recall and the scattered rule of one shape


# the table -------------------------------------------------------------------------------------


def width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def pad(text: str, size: int) -> str:
    while width(text) > size:
        text = text[:-1]
    return text + " " * (size - width(text))


def format_table(scores: Sequence[QueryScore], shapes: Sequence[str]) -> str:
    """One line per query: P@10, recall and the scattered rule per shape; then the means."""
    head = pad("query", 22) + f" {'sc':4} {'kind':7} {'rel':>3}"
    head += "".join(" | " + pad(shape, CELL) for shape in shapes)
    sub = " " * LABEL + " | P@10 R    S   " * len(shapes)
    rule = "-" * width(head)
    lines = [head, sub.rstrip(), rule]
    by_query: dict[LabelledQuery, dict[str, QueryScore]] = {}
    for score in scores:
        by_query.setdefault(score.query, {})[score.shape] = score
    lines += [_query_line(query, per_shape, shapes) for query, per_shape in by_query.items()]
    lines += [rule, *format_means(summary(scores), shapes)]
    return "\n".join(line.rstrip() for line in lines)


def _query_line(
    query: LabelledQuery, per_shape: dict[str, QueryScore], shapes: Sequence[str]
) -> str:
    label = pad(query.query, 22) + f" {query.script:4} {query.kind:7} {len(query.relevant):>3}"
    cells = [
        _cell(s.precision, s.recall, "ok" if s.scattered_ok else "NO")
        if (s := per_shape.get(shape))
        else " | " + pad("-", CELL)
        for shape in shapes
    ]
    return label + "".join(cells)


def format_means(by_shape: dict[str, dict[str, Means]], shapes: Sequence[str]) -> list[str]:
    """One line per group: mean P@10, recall and share of queries keeping the scattered rule."""
    names = list(dict.fromkeys(name for shape in shapes for name in by_shape.get(shape, {})))
    lines = []
    for name in names:
        counts = sorted({m.queries for s in shapes if (m := by_shape.get(s, {}).get(name))})
        label = pad(f"mean {name} ({'/'.join(map(str, counts))})", LABEL)
        cells = [
            _cell(m.precision, m.recall, f"{m.scattered_ok:.2f}")
            if (m := by_shape.get(shape, {}).get(name))
            else " | " + pad("-", CELL)
            for shape in shapes
        ]
        lines.append(label + "".join(cells))
    return lines


def _cell(precision: float, recall: float, scattered: str) -> str:
    return " | " + pad(f"{precision:4.2f} {recall:4.2f} {scattered}", CELL)


# the text report -------------------------------------------------------------------------------


def report_text(outcome: Outcome) -> str:
    shapes = list(SHAPES)
    queries = len({s.query for s in outcome.scores})
    lines = [
        f"{queries} labelled queries over {outcome.documents} documents: P@10, recall (R) and "
        "the scattered rule (S: no document lacking the word ranks above one containing it)",
        *(f"  {shape:14} {SHAPE_NOTES[shape]}" for shape in shapes),
        "",
        format_table(outcome.scores, shapes),
    ]
    if outcome.diagnostics:
        lines += [
            "",
            "Diagnostics (reported, not held to the targets):",
            format_table(outcome.diagnostics, shapes),
        ]
    return "\n".join(lines + _verdict(outcome, queries))


def _verdict(outcome: Outcome, queries: int) -> list[str]:
    """Whether both scripts find the same documents, then whether the targets are met."""
    same = "the same documents" if not outcome.differ else f"{len(outcome.differ)} differ"
    lines = [
        "",
        f"Either script: the {queries} queries typed in Simplified and in Traditional "
        f"({', '.join(EITHER_SCRIPT_SHAPES)}): {same}.",
    ]
    if outcome.failures:
        return [*lines, "Targets NOT met:", *(f"  {failure}" for failure in outcome.failures)]
    return [
        *lines,
        f"Targets met: word-query P@10 >= {TARGET_PRECISION} and recall >= "
        f"{TARGET_RECALL} in every shape; the scattered rule holds everywhere.",
    ]


# JSON ------------------------------------------------------------------------------------------


def report_json(outcome: Outcome) -> dict[str, Any]:
    return {
        "shapes": SHAPE_NOTES,
        "targets": {
            "precision_at_10": TARGET_PRECISION,
            "recall": TARGET_RECALL,
            "applies_to": "word queries (one term); the scattered rule: every query",
        },
        "documents": outcome.documents,
        "queries": _per_query(outcome.scores),
        "means": {
            shape: {name: means_to_json(m) for name, m in by_group.items()}
            for shape, by_group in summary(outcome.scores).items()
        },
        "diagnostics": _per_query(outcome.diagnostics),
        "either_script": {"shapes": list(EITHER_SCRIPT_SHAPES), "differ": outcome.differ},
        "passed": not outcome.failures,
        "failures": outcome.failures,
    }


def _per_query(scores: Sequence[QueryScore]) -> list[dict[str, Any]]:
    rows: dict[LabelledQuery, dict[str, Any]] = {}
    for score in scores:
        row = rows.setdefault(
            score.query,
            {
                "query": score.query.query,
                "script": score.query.script,
                "kind": score.query.kind,
                "relevant": sorted(score.query.relevant),
                "shapes": {},
            },
        )
        row["shapes"][score.shape] = score_to_json(score)
    return list(rows.values())


def score_to_json(score: QueryScore) -> dict[str, Any]:
    return {
        "precision_at_10": round(score.precision, 4),
        "recall": round(score.recall, 4),
        "scattered_ok": score.scattered_ok,
        "outranking": list(score.outranking),
        "missed": score.missed,
        "wrong_in_top_10": score.wrong,
        "ranked": list(score.ranked),
    }


def means_to_json(value: Means) -> dict[str, Any]:
    return {
        "queries": value.queries,
        "precision_at_10": round(value.precision, 4),
        "recall": round(value.recall, 4),
        "scattered_ok": round(value.scattered_ok, 4),
    }
