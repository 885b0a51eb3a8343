"""Room: crawler/quality — the relevance corpus: the query set's pages, processed as crawled.

Every page the query set names goes through the crawl's processing (`pages.PROCESS`), so the
index measured holds what the crawl would index; decoys are normalized like an article. The
labels are checked here against the documents built (a label naming no document is an error),
and `contains` is the plain-text check that proposed the labels.
"""

from __future__ import annotations

import json
from pathlib import Path

from crawler.items import Article
from crawler.processing.stages import normalize_article
from crawler.quality.pages import PROCESS, Process
from crawler.quality.queries import Decoy, QuerySet, QuerySetError
from crawler.text.script import search_forms


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


def build_corpus(query_set: QuerySet, process: Process = PROCESS) -> dict[str, Article]:
    """key -> processed Article; raises QuerySetError if a label names no document."""
    articles: dict[str, Article] = {}
    for key, (path, url) in corpus_pages(query_set).items():
        article = process(path.read_bytes(), url)
        article.canonical_url = article.canonical_url or url
        articles[key] = article
    for decoy in query_set.decoys:
        articles[decoy.key] = decoy_article(decoy)
    _check_labels(query_set, articles)
    return articles


def _check_labels(query_set: QuerySet, articles: dict[str, Article]) -> None:
    labelled = {key for q in (*query_set.queries, *query_set.diagnostics) for key in q.relevant}
    unknown = labelled - set(articles)
    if unknown:
        raise QuerySetError(f"{query_set.source}: labels name no document: {sorted(unknown)}")


def contains(article: Article, query: str) -> bool:
    """Every term of `query`, contiguous, in the normalized title or content (either script).

    The helper used to propose labels; the labels themselves were checked by eye."""
    text = article.title_norm + "\n" + article.content_norm
    return all(search_forms(term)[0] in text for term in query.split())
