"""Room: crawler/quality — the extraction quality metric, pure functions over labelled pages.

A labelled page is `NNN-site.html` with `NNN-site.json` beside it holding `ground_truth`:
`body_text`, `date`, `author` (a labelled dataset), or `title_contains` / `body_contains`
(substrings a library's own tests assert). Scores:

* body: character-bigram bag (multiset) overlap between the predicted `content` and the
  labelled body, both normalized (NFKC, Traditional->Simplified, no whitespace, no punctuation):
  precision, recall, F1;
* date: the day (YYYY-MM-DD) of `published_at` equals the labelled date's day;
* author: the labelled name occurs in authors + editors + source joined (skipped when the label
  is "UNKNOWN" or absent);
* title/body containment: share of the labelled snippets found in the normalized title/content.

`evaluate_dir` takes a `process(body, url) -> dict` so the same metric measures extraction
alone, extraction + cleaning, or any other extractor (`scrapy evaluate` passes
`crawler.quality.pages.scored_fields`: what `scrapy extract` prints); `format_report` prints a
table, the means and, per page, what it got wrong (expected vs got for date and author), so a miss
is visible without a debugger; `report_json` the same as JSON. No Scrapy and no network here, so the
metric is tested on hand-made pairs.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from statistics import fmean
from typing import Any

from crawler.text.script import to_simplified

FieldsProcess = Callable[[bytes, str], dict[str, Any]]  # a page -> its extracted fields


@dataclass(frozen=True)
class BodyScore:
    precision: float
    recall: float
    f1: float


@dataclass
class PageScore:
    page: str
    body: BodyScore | None = None
    date_ok: bool | None = None
    author_ok: bool | None = None
    title_contains: float | None = None
    body_contains: float | None = None
    error: str = ""
    expected_date: str = ""
    predicted_date: str = ""
    expected_author: str = ""
    predicted_people: str = ""

    def misses(self) -> list[str]:
        """What this page got wrong, as "field: expected … got …" lines."""
        found: list[str] = []
        if self.date_ok is False:
            found.append(f"date: expected {self.expected_date} got {self.predicted_date or '-'}")
        if self.author_ok is False:
            got = self.predicted_people or "-"
            found.append(f"author: expected {self.expected_author} got {got}")
        return found


@dataclass
class Report:
    pages: list[PageScore] = field(default_factory=list)

    def means(self) -> dict[str, float | None]:
        def mean(values: Iterable[float | None]) -> float | None:
            present = [v for v in values if v is not None]
            return fmean(present) if present else None

        return {
            "body_precision": mean(p.body.precision if p.body else None for p in self.pages),
            "body_recall": mean(p.body.recall if p.body else None for p in self.pages),
            "body_f1": mean(p.body.f1 if p.body else None for p in self.pages),
            "date": mean(_as_float(p.date_ok) for p in self.pages),
            "author": mean(_as_float(p.author_ok) for p in self.pages),
            "title_contains": mean(p.title_contains for p in self.pages),
            "body_contains": mean(p.body_contains for p in self.pages),
        }


def normalize(text: str) -> str:
    """NFKC, Traditional->Simplified, then no whitespace, punctuation or control characters."""
    simplified = to_simplified(unicodedata.normalize("NFKC", text))
    return "".join(ch for ch in simplified if unicodedata.category(ch)[0] not in "PZC")


def bigrams(text: str) -> Counter[str]:
    """The bag of character bigrams of already-normalized text (one unigram if length 1)."""
    if len(text) == 1:
        return Counter([text])
    return Counter(text[i : i + 2] for i in range(len(text) - 1))


def body_score(predicted: str, labelled: str) -> BodyScore:
    """Bigram-bag precision, recall and F1 of `predicted` against `labelled`."""
    pred, gold = bigrams(normalize(predicted)), bigrams(normalize(labelled))
    overlap = sum((pred & gold).values())
    precision = overlap / sum(pred.values()) if pred else 0.0
    recall = overlap / sum(gold.values()) if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return BodyScore(precision, recall, f1)


def date_matches(published_at: str | None, labelled: str) -> bool:
    """Same calendar day as written (the label is in the site's local time, as is our ISO)."""
    return bool(published_at) and str(published_at)[:10] == labelled.strip()[:10]


_NAME_SEPARATORS = re.compile(r"[\s、]+")


def author_matches(result: dict[str, Any], labelled: str) -> bool:
    """The labelled names, in order, among the credited people (a label lists several names
    with spaces or 、: "宋怡 杨志华", "赵延东、风笑天")."""
    people = [*result.get("authors", []), *result.get("editors", []), result.get("source", "")]
    joined = "".join(_NAME_SEPARATORS.sub("", str(p)) for p in people if p)
    return _NAME_SEPARATORS.sub("", labelled) in joined


def containment(snippets: str | list[str], text: str) -> float:
    """Share of snippets contained in `text`, compared on normalized forms."""
    items = [snippets] if isinstance(snippets, str) else list(snippets)
    haystack = normalize(text)
    found = [normalize(item) in haystack for item in items if normalize(item)]
    return fmean(found) if found else 0.0


def score_page(page: str, result: dict[str, Any], truth: dict[str, Any]) -> PageScore:
    """All applicable scores of one page's extraction result against its ground truth."""
    content = result.get("content") or "\n\n".join(result.get("paragraphs", []))
    score = PageScore(page, predicted_date=str(result.get("published_at") or ""))
    people = [*result.get("authors", []), *result.get("editors", [])]
    source = f"[{result['source']}]" if result.get("source") else ""
    score.predicted_people = " ".join(part for part in ("、".join(people), source) if part)
    if truth.get("body_text"):
        score.body = body_score(content, truth["body_text"])
    if truth.get("date"):
        score.expected_date = str(truth["date"])
        score.date_ok = date_matches(result.get("published_at"), truth["date"])
    author = truth.get("author")
    if author and author != "UNKNOWN":
        score.expected_author = str(author)
        score.author_ok = author_matches(result, author)
    if truth.get("title_contains"):
        score.title_contains = containment(truth["title_contains"], result.get("title", ""))
    if truth.get("body_contains"):
        score.body_contains = containment(truth["body_contains"], content)
    return score


def failed_page(page: str, truth: dict[str, Any], error: str) -> PageScore:
    """A page the process could not extract scores zero on everything it is labelled for."""
    score = score_page(page, {}, truth)
    score.error = error
    return score


def evaluate_dir(directory: Path, process: FieldsProcess) -> Report:
    """Score every `*.json` with a `ground_truth` that has its `*.html` beside it."""
    report = Report()
    for meta_path in sorted(directory.glob("*.json")):
        data = json.loads(meta_path.read_text(encoding="utf-8"))
        html_path = meta_path.with_suffix(".html")
        if not isinstance(data, dict) or not data.get("ground_truth") or not html_path.exists():
            continue
        url = data.get("original_url") or f"http://{data.get('site', 'unknown')}/{html_path.name}"
        try:
            result = process(html_path.read_bytes(), url)
        except Exception as error:  # any failure is a scored zero, never an aborted run
            report.pages.append(failed_page(html_path.name, data["ground_truth"], str(error)))
            continue
        report.pages.append(score_page(html_path.name, result, data["ground_truth"]))
    return report


def format_report(report: Report) -> str:
    """A per-page table (P/R/F1, date, author, containment), the means, then every miss."""
    header = f"{'page':34} {'P':>5} {'R':>5} {'F1':>5} {'date':>5} {'auth':>5} {'t∈':>4} {'b∈':>4}"
    lines = [header, "-" * len(header)]
    for page in report.pages:
        body = page.body
        triple = (body.precision, body.recall, body.f1) if body else (None, None, None)
        cells = [
            f"{page.page[:34]:34}",
            *(_num(value) for value in triple),
            _flag(page.date_ok),
            _flag(page.author_ok),
            _num(page.title_contains, 4),
            _num(page.body_contains, 4),
        ]
        line = " ".join(cells)
        lines.append(line + (f"  ERROR {page.error}" if page.error else ""))
    means = report.means()
    lines.append("-" * len(header))
    lines.append(
        " ".join(
            [
                f"{'mean (' + str(len(report.pages)) + ' pages)':34}",
                _num(means["body_precision"]),
                _num(means["body_recall"]),
                _num(means["body_f1"]),
                _num(means["date"]),
                _num(means["author"]),
                _num(means["title_contains"], 4),
                _num(means["body_contains"], 4),
            ]
        )
    )
    return "\n".join(lines + _miss_lines(report))


def _miss_lines(report: Report) -> list[str]:
    """Expected vs got for every date and author a page got wrong."""
    missed = [(page.page, miss) for page in report.pages for miss in page.misses()]
    if not missed:
        return []
    return ["", "misses (expected vs got):", *(f"  {page}  {miss}" for page, miss in missed)]


def report_json(report: Report) -> dict[str, Any]:
    """Every page's scores (with its misses) and the means, as `scrapy evaluate --json` prints."""
    pages = [{**asdict(page), "misses": page.misses()} for page in report.pages]
    return {"pages": pages, "means": report.means()}


def _as_float(flag: bool | None) -> float | None:
    return None if flag is None else float(flag)


def _num(value: float | None, width: int = 5) -> str:
    return f"{'-':>{width}}" if value is None else f"{value:>{width}.2f}"


def _flag(value: bool | None) -> str:
    return f"{'-':>5}" if value is None else f"{'ok' if value else 'MISS':>5}"
