"""Room: crawler/quality — search relevance metrics and targets, as pure functions.

Per query and per query shape (`shapes.py`) it scores:

* precision@10: the share of relevant documents among the first 10 results (or among all
  results when fewer come back; no result at all scores 1 only when nothing is relevant);
* recall: the share of the relevant documents found anywhere in the results;
* the scattered rule: no document lacking the contiguous word ranks above one containing it
  (`outranking` lists the offenders).

Means are given per kind, for single-term ("word") and multi-term queries, and overall; the
targets apply to word queries (one term, whatever its kind). Elasticsearch is not touched
here, so every figure can be checked on hand-made rankings.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from statistics import fmean

from crawler.quality.queries import KINDS, LabelledQuery

CUTOFF = 10
TARGET_PRECISION = 0.9
TARGET_RECALL = 0.95


def precision_at(ranked: Sequence[str], relevant: Collection[str], k: int = CUTOFF) -> float:
    top = ranked[:k]
    if not top:
        return 0.0 if relevant else 1.0
    return sum(key in relevant for key in top) / len(top)


def recall(ranked: Iterable[str], relevant: Collection[str]) -> float:
    if not relevant:
        return 1.0
    return len(set(ranked) & set(relevant)) / len(relevant)


def outranking(ranked: Sequence[str], relevant: Collection[str]) -> list[str]:
    """Documents lacking the word that rank above the last-ranked document containing it."""
    positions = [i for i, key in enumerate(ranked) if key in relevant]
    if not positions:
        return []
    return [key for key in ranked[: positions[-1]] if key not in relevant]


@dataclass(frozen=True)
class QueryScore:
    query: LabelledQuery
    shape: str
    ranked: tuple[str, ...]
    precision: float
    recall: float
    outranking: tuple[str, ...]

    @property
    def scattered_ok(self) -> bool:
        return not self.outranking

    @property
    def missed(self) -> list[str]:
        return sorted(self.query.relevant - set(self.ranked))

    @property
    def wrong(self) -> list[str]:
        """Results in the first 10 that lack the word."""
        return [key for key in self.ranked[:CUTOFF] if key not in self.query.relevant]


def score_query(query: LabelledQuery, shape: str, ranked: Sequence[str]) -> QueryScore:
    return QueryScore(
        query=query,
        shape=shape,
        ranked=tuple(ranked),
        precision=precision_at(ranked, query.relevant),
        recall=recall(ranked, query.relevant),
        outranking=tuple(outranking(ranked, query.relevant)),
    )


@dataclass(frozen=True)
class Means:
    queries: int
    precision: float
    recall: float
    scattered_ok: float  # share of queries where the rule holds

    def meets_targets(self) -> bool:
        return (
            self.precision >= TARGET_PRECISION
            and self.recall >= TARGET_RECALL
            and self.scattered_ok == 1.0
        )


def means(scores: Sequence[QueryScore]) -> Means | None:
    if not scores:
        return None
    return Means(
        queries=len(scores),
        precision=fmean(s.precision for s in scores),
        recall=fmean(s.recall for s in scores),
        scattered_ok=fmean(float(s.scattered_ok) for s in scores),
    )


def groups(scores: Sequence[QueryScore]) -> dict[str, list[QueryScore]]:
    """Per kind, word (one term) and multi-term queries, and all."""
    grouped: dict[str, list[QueryScore]] = {kind: [] for kind in KINDS}
    grouped |= {"word queries": [], "multi-term": [], "all": []}
    for score in scores:
        grouped[score.query.kind].append(score)
        grouped["word queries" if score.query.is_word else "multi-term"].append(score)
        grouped["all"].append(score)
    return {name: members for name, members in grouped.items() if members}


def summary(scores: Sequence[QueryScore]) -> dict[str, dict[str, Means]]:
    """shape -> group -> means."""
    by_shape: dict[str, list[QueryScore]] = {}
    for score in scores:
        by_shape.setdefault(score.shape, []).append(score)
    result: dict[str, dict[str, Means]] = {}
    for shape, members in by_shape.items():
        result[shape] = {}
        for name, group in groups(members).items():
            group_means = means(group)
            if group_means is not None:
                result[shape][name] = group_means
    return result


def target_failures(scores: Sequence[QueryScore]) -> list[str]:
    """Why the targets are not met (empty when they are): word-query means per shape, and the
    scattered rule for every query and shape."""
    failures = []
    for shape, by_group in summary(scores).items():
        word = by_group.get("word queries")
        if word and word.precision < TARGET_PRECISION:
            failures.append(f"{shape}: word-query precision@10 {word.precision:.3f}")
        if word and word.recall < TARGET_RECALL:
            failures.append(f"{shape}: word-query recall {word.recall:.3f}")
    failures += [
        f"{s.shape}: {s.query.query!r}: {', '.join(s.outranking)} outrank a document with the word"
        for s in scores
        if not s.scattered_ok
    ]
    return failures


@dataclass(frozen=True)
class Outcome:
    """What one `scrapy relevance` run measured."""

    scores: list[QueryScore]
    diagnostics: list[QueryScore]
    differ: list[str]  # where Simplified and Traditional find different documents
    documents: int

    @property
    def failures(self) -> list[str]:
        return target_failures(self.scores) + self.differ
