"""Room: crawler — search relevance measured on a labelled query set, as pure functions.

The query set (`tests/fixtures/relevance/queries.json`, see the README beside it) names a corpus
(fixture pages, processed exactly as the crawl processes them, plus a few short synthetic
"decoy" documents in which a query's characters only occur scattered) and queries, each with
the keys of the documents judged relevant: those that contain the word or phrase, in either
script. Per query and per query shape (what `scrapy search` sends, what Kibana sends for free
text) it scores:

* precision@10: the share of relevant documents among the first 10 results (or among all
  results when fewer come back; no result at all scores 1 only when nothing is relevant);
* recall: the share of the relevant documents found anywhere in the results;
* the scattered rule: no document lacking the contiguous word ranks above one containing it
  (`outranking` lists the offenders).

Means are given per kind, for single-term ("word") and multi-term queries, and overall; the
targets apply to word queries (one term, whatever its kind). Elasticsearch is not touched here:
`crawler/commands/relevance.py` indexes the corpus and runs the queries.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from statistics import fmean
from typing import Any

from crawler.es.query import SearchRequest, build_search
from crawler.items import Article
from crawler.processing import Dropped, Processor
from crawler.processing.stages import normalize_article
from crawler.text.script import search_forms

KINDS = ("word", "phrase", "person", "place", "meeting")
SCRIPTS = ("hans", "hant")
CUTOFF = 10
TARGET_PRECISION = 0.9
TARGET_RECALL = 0.95
DEFAULT_QUERIES = Path(__file__).resolve().parents[1] / "tests/fixtures/relevance/queries.json"


class QuerySetError(ValueError):
    """The query set file is unreadable or inconsistent; the message says where."""


# the query set ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class LabelledQuery:
    query: str
    script: str  # hans / hant: the script the query is typed in
    kind: str  # one of KINDS
    relevant: frozenset[str]  # corpus keys
    note: str = ""

    @property
    def terms(self) -> list[str]:
        return self.query.split()

    @property
    def is_word(self) -> bool:
        """One term (no whitespace): a word, name or unspaced phrase; the targets apply."""
        return len(self.terms) == 1


@dataclass(frozen=True)
class Decoy:
    """A short synthetic document: a query's characters, scattered."""

    key: str
    title: str
    content: str
    note: str = ""


@dataclass(frozen=True)
class QuerySet:
    queries: tuple[LabelledQuery, ...]
    diagnostics: tuple[LabelledQuery, ...]  # measured and shown, never held to the targets
    decoys: tuple[Decoy, ...]
    real_dir: Path  # every kind=article page here (NNN-site.html + NNN-site.json)
    pages: tuple[Path, ...]  # further single pages
    source: Path = field(default=Path("."), compare=False)


def load_query_set(path: Path) -> QuerySet:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise QuerySetError(f"{path}: cannot read the query set: {error}") from None
    try:
        corpus = data["corpus"]
        base = path.parent
        query_set = QuerySet(
            queries=tuple(_query(item) for item in data["queries"]),
            diagnostics=tuple(_query(item) for item in data.get("diagnostics", [])),
            decoys=tuple(
                Decoy(d["key"], d["title"], d["content"], d.get("note", ""))
                for d in data.get("decoys", [])
            ),
            real_dir=(base / corpus["real_dir"]).resolve(),
            pages=tuple((base / page).resolve() for page in corpus.get("pages", [])),
            source=path,
        )
    except (KeyError, TypeError) as error:
        raise QuerySetError(f"{path}: malformed query set: missing or wrong {error}") from None
    if not query_set.queries:
        raise QuerySetError(f"{path}: no queries")
    return query_set


def _query(item: dict[str, Any]) -> LabelledQuery:
    query = LabelledQuery(
        query=str(item["query"]).strip(),
        script=item["script"],
        kind=item["kind"],
        relevant=frozenset(item["relevant"]),
        note=item.get("note", ""),
    )
    if query.script not in SCRIPTS or query.kind not in KINDS or not query.query:
        raise QuerySetError(f"query {item!r}: script must be one of {SCRIPTS}, kind of {KINDS}")
    return query


# the corpus ------------------------------------------------------------------------------------

Process = Callable[[bytes, str], Article]


def page_url(key: str) -> str:
    """A stable made-up URL for a page whose original URL is unknown."""
    return f"https://fixtures.invalid/{key}.html"


def corpus_pages(query_set: QuerySet) -> dict[str, tuple[Path, str]]:
    """key -> (HTML file, URL): the real article pages, then the extra pages."""
    pages: dict[str, tuple[Path, str]] = {}
    for meta_path in sorted(query_set.real_dir.glob("*.json")):
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        if not isinstance(meta, dict) or meta.get("kind") != "article":
            continue
        key = meta_path.stem
        pages[key] = (meta_path.with_suffix(".html"), meta.get("original_url") or page_url(key))
    for path in query_set.pages:
        key = f"{path.parent.name}/{path.stem}"
        pages[key] = (path, page_url(key))
    return pages


def decoy_article(decoy: Decoy) -> Article:
    url = page_url(f"decoy/{decoy.key}")
    paragraphs = [p for p in decoy.content.split("\n") if p.strip()]
    article = Article(
        url=url,
        canonical_url=url,
        site="decoy",
        title=decoy.title,
        paragraphs=paragraphs,
        content="\n\n".join(paragraphs),
    )
    return normalize_article(article)


def process_page(body: bytes, url: str) -> Article:
    """A corpus page through the crawl's chain; a page it drops is an error in the query set."""
    outcome = Processor().process_bytes(body, url)
    if isinstance(outcome, Dropped):
        raise QuerySetError(str(outcome))
    return outcome


def build_corpus(query_set: QuerySet, process: Process = process_page) -> dict[str, Article]:
    """key -> processed Article; raises QuerySetError if a label names no document."""
    articles: dict[str, Article] = {}
    for key, (path, url) in corpus_pages(query_set).items():
        article = process(path.read_bytes(), url)
        article.canonical_url = article.canonical_url or url
        articles[key] = article
    for decoy in query_set.decoys:
        articles[decoy.key] = decoy_article(decoy)
    unknown = {
        key for q in (*query_set.queries, *query_set.diagnostics) for key in q.relevant
    } - set(articles)
    if unknown:
        raise QuerySetError(f"{query_set.source}: labels name no document: {sorted(unknown)}")
    return articles


def contains(article: Article, query: str) -> bool:
    """Every term of `query`, contiguous, in the normalized title or content (either script).

    The helper used to propose labels; the labels themselves were checked by eye."""
    text = article.title_norm + "\n" + article.content_norm
    return all(search_forms(term)[0] in text for term in query.split())


# query shapes ----------------------------------------------------------------------------------


def kibana_lucene(query: str) -> dict[str, Any]:
    """Kibana's Lucene syntax: a query_string over index.query.default_field."""
    return {"query_string": {"query": query, "analyze_wildcard": True}}


def kibana_kql(query: str, quoted: bool) -> dict[str, Any]:
    """KQL free text (Kibana's default language): a multi_match without fields."""
    kind = "phrase" if quoted else "best_fields"
    return {"multi_match": {"type": kind, "query": query, "lenient": True}}


def quote(query: str) -> str:
    return '"' + query.replace('"', "") + '"'


def search_body(query: str, size: int) -> dict[str, Any]:
    """Exactly what `scrapy search QUERY` sends, for `size` results."""
    return build_search(SearchRequest(query=query, size=size))


SHAPES: dict[str, Callable[[str, int], dict[str, Any]]] = {
    "search": search_body,
    "lucene": lambda q, size: {"query": kibana_lucene(q), "size": size},
    "lucene-quoted": lambda q, size: {"query": kibana_lucene(quote(q)), "size": size},
    "kql": lambda q, size: {"query": kibana_kql(q, quoted=False), "size": size},
    "kql-quoted": lambda q, size: {"query": kibana_kql(q, quoted=True), "size": size},
}
QUOTED_SHAPES = ("lucene-quoted", "kql-quoted")
KIBANA_FREE_TEXT = ("lucene", "kql")
SHAPE_NOTES = {
    "search": "scrapy search (build_search)",
    "lucene": 'Kibana, Lucene syntax: {"query_string": {"query": q}}',
    "lucene-quoted": 'Kibana, Lucene syntax, quoted: {"query_string": {"query": "\\"q\\""}}',
    "kql": 'Kibana, KQL free text: {"multi_match": {"type": "best_fields", "query": q}}',
    "kql-quoted": 'Kibana, KQL quoted: {"multi_match": {"type": "phrase", "query": q}}',
}


def applies(shape: str, query: LabelledQuery) -> bool:
    """Quoting asks for the terms side by side, which multi-term labels do not describe: the
    quoted shapes run the word queries only."""
    return query.is_word or shape not in QUOTED_SHAPES


def script_forms(query: str) -> tuple[str, str]:
    """The query typed in Simplified and in Traditional (each term through `search_forms`)."""
    forms = [search_forms(term) for term in query.split()]
    return " ".join(f[0] for f in forms), " ".join(f[1] for f in forms)


# metrics ---------------------------------------------------------------------------------------


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


# output ----------------------------------------------------------------------------------------


def width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def pad(text: str, size: int) -> str:
    while width(text) > size:
        text = text[:-1]
    return text + " " * (size - width(text))


LABEL = 39  # query, script, kind and number of relevant documents
CELL = 14  # P@10, recall and the scattered rule of one shape


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
    for query, per_shape in by_query.items():
        label = pad(query.query, 22) + f" {query.script:4} {query.kind:7} {len(query.relevant):>3}"
        cells = [
            _cell(s.precision, s.recall, "ok" if s.scattered_ok else "NO")
            if (s := per_shape.get(shape))
            else " | " + pad("-", CELL)
            for shape in shapes
        ]
        lines.append(label + "".join(cells))
    lines += [rule, *format_means(summary(scores), shapes)]
    return "\n".join(line.rstrip() for line in lines)


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
