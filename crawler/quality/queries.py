"""Room: crawler/quality — the labelled query set that search relevance is measured with.

The query set (`tests/fixtures/relevance/queries.json`, see the README beside it) names a
corpus (fixture pages, plus a few short synthetic "decoy" documents in which a query's
characters only occur scattered) and queries, each typed in one script, of one kind, with the
keys of the documents judged relevant: those that contain the word or phrase, in either
script. Loading it is kept apart from building the corpus (`corpus.py`) and from scoring
(`metrics.py`) so a malformed file is refused with its name before anything runs.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

KINDS = ("word", "phrase", "person", "place", "meeting")
SCRIPTS = ("hans", "hant")
DEFAULT_QUERIES = Path(__file__).resolve().parents[2] / "tests/fixtures/relevance/queries.json"


class QuerySetError(ValueError):
    """The query set file is unreadable or inconsistent; the message says where."""


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
        query_set = _query_set(data, path)
    except (KeyError, TypeError) as error:
        raise QuerySetError(f"{path}: malformed query set: missing or wrong {error}") from None
    if not query_set.queries:
        raise QuerySetError(f"{path}: no queries")
    return query_set


def _query_set(data: dict[str, Any], path: Path) -> QuerySet:
    corpus = data["corpus"]
    base = path.parent
    return QuerySet(
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
