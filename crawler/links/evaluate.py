"""Precision and recall of the link classifier on labelled list pages (tests/fixtures/lists/).

A page's JSON gives its `original_url` (links resolve against it) and `labels`: the
`article_links` and `next_pages` a reader takes from it. Precision and recall are taken per
page on sets of absolute URLs and averaged over pages (macro), so a page with 400 links weighs
what a page with 10 does.
"""

from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path
from statistics import fmean

from crawler.links.page import classify_page

TARGET_PRECISION = 0.95
TARGET_RECALL = 0.95


@dataclass(frozen=True)
class PageScore:
    name: str
    precision: float
    recall: float
    next_pages_right: bool
    found: int
    labelled: int


def precision(found: Collection[str], labelled: Collection[str]) -> float:
    if not found:
        return 1.0 if not labelled else 0.0
    return len(set(found) & set(labelled)) / len(set(found))


def recall(found: Collection[str], labelled: Collection[str]) -> float:
    if not labelled:
        return 1.0
    return len(set(found) & set(labelled)) / len(set(labelled))


def labelled_page(label_path: Path) -> Path:
    """The page a label describes: its `file`, relative to the label, so a page already saved
    among the other fixtures is named, not copied."""
    label = json.loads(label_path.read_text(encoding="utf-8"))
    return (label_path.parent / label["file"]).resolve()


def score_page(label_path: Path) -> PageScore:
    html_path = labelled_page(label_path)
    label = json.loads(label_path.read_text(encoding="utf-8"))
    report = classify_page(html_path.read_bytes(), label["original_url"])
    articles = label["labels"]["article_links"]
    return PageScore(
        name=label_path.with_suffix(".html").name,
        precision=precision(report.article_links, articles),
        recall=recall(report.article_links, articles),
        next_pages_right=set(report.next_pages) == set(label["labels"]["next_pages"]),
        found=len(report.article_links),
        labelled=len(articles),
    )


def score_folder(folder: Path) -> list[PageScore]:
    return [score_page(path) for path in sorted(folder.glob("*.json"))]


def macro(scores: list[PageScore]) -> tuple[float, float]:
    return fmean(s.precision for s in scores), fmean(s.recall for s in scores)


def format_table(scores: list[PageScore]) -> str:
    lines = [f"{'page':44} {'P':>5} {'R':>5} {'found':>6} {'label':>6}  next"]
    for s in scores:
        next_mark = "ok" if s.next_pages_right else "WRONG"
        lines.append(
            f"{s.name:44} {s.precision:5.2f} {s.recall:5.2f} {s.found:6} {s.labelled:6}  {next_mark}"
        )
    mean_p, mean_r = macro(scores)
    right = sum(s.next_pages_right for s in scores)
    lines.append(
        f"{'macro':44} {mean_p:5.3f} {mean_r:5.3f}  next pages right {right}/{len(scores)}"
    )
    return "\n".join(lines)
