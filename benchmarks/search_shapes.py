"""Room: benchmarks — the query shapes measured on the synthetic archive, as request bodies.

`scrapy search` shapes are built by the command's own code (`SearchRequest` → `build_search` →
`with_meeting_source`), Kibana free text by the relevance measure's own shapes
(`crawler.quality.shapes`: KQL `multi_match`, Lucene `query_string`, over
`index.query.default_field`) wrapped as Discover sends them (the time filter, newest first,
100 rows, every field highlighted), and the dashboard's two Lens panels as the aggregations
they run. Terms are drawn from the archive's own seeds: common words, windows of 2–12
characters of the seed paragraphs, and rare terms (a figure with the characters after it, which
`ArchiveBuilder` varies per article), each typed in Simplified and in Traditional.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from benchmarks.archive import LAST_DAY, SITES, YEARS, Seeds
from crawler.commands.search import with_meeting_source
from crawler.es.query import SearchRequest, build_search
from crawler.quality.shapes import kibana_kql, kibana_lucene, quote
from crawler.text.script import to_traditional

Body = dict[str, Any]
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]{2,}")
_FIGURE = re.compile(r"\d+[\u4e00-\u9fff]{1,2}")
KIBANA_ROWS = 100  # Discover shows the newest rows of the sample; 100 keeps _source realistic
EARLIEST = f"{LAST_DAY.year - YEARS - 1}-01-01"


@dataclass(frozen=True)
class Shape:
    name: str
    note: str
    bodies: list[Body]
    aggregation: bool = False  # size 0: asked with the request cache off (cold, worst case)


class Terms:
    """Query terms drawn from the seeds (Simplified), reproducibly."""

    def __init__(self, seeds: Seeds, rng: random.Random) -> None:
        self.rng = rng
        runs = [run for p in seeds.paragraphs for run in _HAN_RUN.findall(p)]
        self.runs = [run for run in runs if len(run) >= 12] or runs
        counts = Counter(run[i : i + 2] for run in runs for i in range(len(run) - 1))
        self.common = [word for word, _ in counts.most_common(40)]
        self.rare_words = [word for word, n in counts.items() if n == 1]
        self.figures = [f for p in seeds.paragraphs for f in _FIGURE.findall(p)]
        self.people = sorted({person for m in seeds.meetings for person in m.people})

    def window(self, low: int, high: int) -> str:
        run = self.rng.choice([r for r in self.runs if len(r) >= low])
        length = self.rng.randint(low, min(high, len(run)))
        start = self.rng.randrange(len(run) - length + 1)
        return run[start : start + length]

    def common_word(self) -> str:
        return self.rng.choice(self.common)

    def rare(self) -> str:
        """A word of one seed paragraph, or a figure (varied per article, so nearly unique)."""
        figure = self.figures and self.rng.random() < 0.5
        if figure:
            digits, unit = re.match(r"(\d+)(\D+)", self.rng.choice(self.figures)).groups()  # type: ignore[union-attr]
            return f"{self.rng.randrange(10 ** len(digits))}{unit}"
        return self.rng.choice(self.rare_words)


def search_body(query: str, **options: Any) -> Body:
    """What `scrapy search QUERY [options]` sends."""
    return with_meeting_source(build_search(SearchRequest(query=query, **options)))


def discover_body(free_text: Body, highlight: bool = True) -> Body:
    """A Discover search: free text within the time picker's range, newest first, every field
    highlighted (unless Kibana's advanced setting doc_table:highlight is off)."""
    body: Body = {
        "query": {
            "bool": {
                "must": [free_text],
                "filter": [{"range": {"published_at": {"gte": EARLIEST, "lte": "now"}}}],
            }
        },
        "sort": [{"published_at": {"order": "desc", "unmapped_type": "boolean"}}],
        "size": KIBANA_ROWS,
        "track_total_hits": True,
    }
    if highlight:
        body["highlight"] = {
            "pre_tags": ["@kibana-highlighted-field@"],
            "post_tags": ["@/kibana-highlighted-field@"],
            "fields": {"*": {}},
            "fragment_size": 2147483647,
        }
    return body


def per_site_over_time(since: str, until: str) -> Body:
    """The 'Articles per site over time' panel: top 10 sites, each a date histogram."""
    interval = "1M" if int(until[:4]) - int(since[:4]) >= 2 else "1w"
    return {
        "size": 0,
        "query": {"range": {"published_at": {"gte": since, "lte": until}}},
        "aggs": {
            "site": {
                "terms": {"field": "site", "size": 10, "order": {"_count": "desc"}},
                "aggs": {
                    "published": {
                        "date_histogram": {
                            "field": "published_at",
                            "calendar_interval": interval,
                            "min_doc_count": 0,
                        }
                    }
                },
            }
        },
    }


def top_sources(since: str, until: str) -> Body:
    """The 'Top sources' panel: the 20 commonest sources."""
    return {
        "size": 0,
        "query": {"range": {"published_at": {"gte": since, "lte": until}}},
        "aggs": {"source": {"terms": {"field": "source", "size": 20}}},
    }


def build_shapes(seeds: Seeds, queries: int, seed: int = 18) -> list[Shape]:
    """Every shape with `queries` distinct request bodies."""
    terms = Terms(seeds, random.Random(seed))
    rng = terms.rng

    def many(make: Callable[[], Body]) -> list[Body]:
        return [make() for _ in range(queries)]

    def year_range() -> tuple[str, str]:
        year = rng.randint(LAST_DAY.year - YEARS + 1, LAST_DAY.year)
        return f"{year}-01-01", f"{year}-12-31"

    def dashboard_range() -> tuple[str, str]:
        years = rng.choice((1, 3, 5, YEARS + 1))  # what the time picker is set to
        return f"{LAST_DAY.year - years + 1}-01-01", f"{LAST_DAY.year}-12-31"

    sites = [site[0] for site in SITES]
    hant = to_traditional
    shapes = [
        ("search-2-common-hans", "2 chars, common, Simplified", lambda: search_body(terms.common_word())),
        ("search-2-common-hant", "2 chars, common, Traditional", lambda: search_body(hant(terms.common_word()))),
        ("search-3-5-hans", "3-5 chars, Simplified", lambda: search_body(terms.window(3, 5))),
        ("search-3-5-hant", "3-5 chars, Traditional", lambda: search_body(hant(terms.window(3, 5)))),
        ("search-6-12-hans", "6-12 chars, Simplified", lambda: search_body(terms.window(6, 12))),
        ("search-6-12-hant", "6-12 chars, Traditional", lambda: search_body(hant(terms.window(6, 12)))),
        ("search-rare", "rare word or figure, either script", lambda: search_body(rng.choice((str, hant))(terms.rare()))),
        ("search-two-terms", "two common words", lambda: search_body(f"{terms.common_word()} {terms.window(2, 4)}")),
        ("search-site", "common word --site", lambda: search_body(terms.common_word(), site=rng.choice(sites))),
        ("search-dates", "common word --since/--until (a year)", lambda: search_body(terms.common_word(), **dict(zip(("since", "until"), year_range(), strict=True)))),
        ("search-by-date", "common word --sort date", lambda: search_body(terms.common_word(), sort="date")),
        ("search-meetings-person", "--meetings --person (no query)", lambda: search_body("", meetings=True, person=rng.choice(terms.people or [""]), sort="date")),
        ("search-meetings-person-query", "word --meetings --person", lambda: search_body(terms.common_word(), meetings=True, person=rng.choice(terms.people or [""]))),
        ("kibana-kql", "KQL free text, 2-4 chars", lambda: discover_body(kibana_kql(terms.window(2, 4), quoted=False))),
        ("kibana-kql-quoted", "KQL quoted, 2-6 chars", lambda: discover_body(kibana_kql(terms.window(2, 6), quoted=True))),
        ("kibana-lucene", "Lucene free text, 2-4 chars", lambda: discover_body(kibana_lucene(terms.window(2, 4)))),
        ("kibana-lucene-quoted", "Lucene quoted, 2-6 chars", lambda: discover_body(kibana_lucene(quote(terms.window(2, 6))))),
        ("kibana-kql-no-highlight", "KQL free text, doc_table:highlight off", lambda: discover_body(kibana_kql(terms.window(2, 4), quoted=False), highlight=False)),
    ]  # fmt: skip
    built = [Shape(name, note, many(make)) for name, note, make in shapes]
    built.append(
        Shape(
            "dashboard-per-site-over-time",
            "Lens: top 10 sites x date histogram",
            many(lambda: per_site_over_time(*dashboard_range())),
            aggregation=True,
        )
    )
    built.append(
        Shape(
            "dashboard-top-sources",
            "Lens: top 20 sources",
            many(lambda: top_sources(*dashboard_range())),
            aggregation=True,
        )
    )
    return built
