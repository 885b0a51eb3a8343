"""Room: benchmarks — a synthetic archive of N articles composed from the real fixture articles.

The seeds are the real article pages (tests/fixtures/real/ and demo/site/) through the crawl's
own processing chain. Each synthetic article draws paragraphs from their pool, is written in the
script its site publishes in (OpenCC through crawler/text, as a real page would be), gets a site
and city of the project's profiles, a date over ten years, a source, and then goes through the
chain's own normalization and meeting stages, so every derived field the index holds (the
`*_norm`/`*_hant` copies, the fingerprint, the meeting fields) is what a crawl would write.

What makes it realistic beyond the texts: a share of meeting reports (built on the seed reports,
which the meeting stage recognizes), a share of near-duplicates (the same story republished by
another site, re-punctuated or a paragraph shorter, days later, as the fingerprint merge sees
them), and numbers varied per article, so figures and dates form a long tail as in real news.
Its limit: the vocabulary is that of ~50 real articles, so term dictionaries are smaller and
position lists of common characters denser than in a real archive of the same size.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

from crawler.items import Article
from crawler.processing.stages import apply_meeting, normalize_article
from crawler.quality.pages import PageRefused, process_page
from crawler.text.script import to_simplified, to_traditional

REPO = Path(__file__).resolve().parents[1]
SEED_DIRS = (REPO / "tests" / "fixtures" / "real", REPO / "demo" / "site")
HOST = "archive.invalid"  # RFC 2606: never resolves

# (site, city, script, share of the archive): the project's profiles, the mainland ones larger.
SITES: tuple[tuple[str, str, str, float], ...] = (
    ("beijing-gov", "北京", "hans", 0.16),
    ("shanghai-gov", "上海", "hans", 0.16),
    ("guangzhou-gov", "广州", "hans", 0.13),
    ("shenzhen-gov", "深圳", "hans", 0.13),
    ("chongqing-gov", "重庆", "hans", 0.12),
    ("hongkong-gia", "香港", "hant", 0.10),
    ("hongkong-news", "香港", "hant", 0.08),
    ("macao-gcs", "澳門", "hant", 0.06),
    ("taipei-gov", "臺北", "hant", 0.06),
)
MEETING_SHARE = 0.08
DUPLICATE_SHARE = 0.05  # republished copies of a recent article
YEARS = 10
LAST_DAY = datetime(2026, 11, 30, tzinfo=UTC)
UTC8 = timezone(timedelta(hours=8))  # the sites publish in China, Hong Kong, Macau, Taipei time
_DIGITS = re.compile(r"\d+")
_CLAUSE_END = re.compile(r"[，。；：！？,.;:!?]")


@dataclass(frozen=True)
class Seeds:
    """What synthetic articles are made of, all in Simplified (converted per site later)."""

    paragraphs: list[str]
    titles: list[str]
    sources: list[str]
    authors: list[str]
    meetings: list[Article]  # seed articles the meeting stage recognizes


def seed_pages() -> Iterator[tuple[str, bytes]]:
    """(url, bytes) of every saved article page: those whose JSON says kind=article, and the
    demo site's article pages (every .html there but its list pages)."""
    real, demo = SEED_DIRS
    for meta_path in sorted(real.glob("*.json")):
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        if isinstance(meta, dict) and meta.get("kind") == "article":
            yield f"https://seed.invalid/{meta['file']}", (real / str(meta["file"])).read_bytes()
    for page in sorted(demo.glob("*.html")):
        if not page.stem.startswith("index"):
            yield f"https://seed.invalid/demo/{page.name}", page.read_bytes()


def load_seeds() -> Seeds:
    paragraphs: dict[str, None] = {}
    titles: dict[str, None] = {}
    sources: dict[str, None] = {}
    authors: dict[str, None] = {}
    meetings: list[Article] = []
    for url, body in seed_pages():
        try:
            article = process_page(body, url)
        except PageRefused:
            continue  # the demo's deliberately broken pages
        # Paragraphs of a few characters are credits or captions: they would only repeat.
        for paragraph in article.paragraphs:
            if len(paragraph) >= 12:
                paragraphs[to_simplified(paragraph)] = None
        if article.title:
            titles[to_simplified(article.title)] = None
        if article.source:
            sources[to_simplified(article.source)] = None
        authors.update(dict.fromkeys(to_simplified(a) for a in article.authors))
        if article.is_meeting_report:
            meetings.append(article)
    return Seeds(list(paragraphs), list(titles), list(sources), list(authors), meetings)


class ArchiveBuilder:
    """Articles 0..N-1, the same for the same seed (`random.Random(seed)`)."""

    def __init__(self, seeds: Seeds, seed: int = 18) -> None:
        self.seeds = seeds
        self.rng = random.Random(seed)
        self.recent: list[Article] = []  # what a near-duplicate may copy
        self.sites = [site[:3] for site in SITES]
        self.weights = [site[3] for site in SITES]

    def articles(self, count: int) -> Iterator[Article]:
        for number in range(count):
            yield self.article(number)

    def article(self, number: int) -> Article:
        roll = self.rng.random()
        if self.recent and roll < DUPLICATE_SHARE:
            article = self._near_duplicate(number)
        elif self.seeds.meetings and roll < DUPLICATE_SHARE + MEETING_SHARE:
            article = self._meeting(number)
        else:
            article = self._composed(number)
        finished = apply_meeting(normalize_article(article))
        self.recent = [*self.recent[-199:], finished]
        return finished

    def _site(self) -> tuple[str, str, str]:
        return self.rng.choices(self.sites, self.weights)[0]

    def _published(self) -> datetime:
        seconds = self.rng.randrange(YEARS * 365 * 86400)
        return (LAST_DAY - timedelta(seconds=seconds)).astimezone(UTC8)

    def _composed(self, number: int) -> Article:
        rng = self.rng
        paragraphs = [self._vary(p) for p in rng.sample(self.seeds.paragraphs, rng.randint(3, 14))]
        title = self._title(rng.choice([*self.seeds.titles, *paragraphs]))
        return self._article(number, title, paragraphs)

    def _meeting(self, number: int) -> Article:
        seed = self.rng.choice(self.seeds.meetings)
        extra = self.rng.sample(self.seeds.paragraphs, self.rng.randint(0, 4))
        paragraphs = [to_simplified(p) for p in seed.paragraphs] + extra
        return self._article(number, to_simplified(seed.title), paragraphs)

    def _near_duplicate(self, number: int) -> Article:
        original = self.rng.choice(self.recent)
        paragraphs = list(to_simplified(p) for p in original.paragraphs)
        if len(paragraphs) > 2 and self.rng.random() < 0.5:
            del paragraphs[self.rng.randrange(len(paragraphs))]
        else:  # re-punctuated: the fingerprint ignores punctuation, the index does not
            paragraphs = [p.replace("，", ", ").replace("。", ". ") for p in paragraphs]
        published = datetime.fromisoformat(original.published_at or LAST_DAY.isoformat())
        later = published + timedelta(hours=self.rng.randint(1, 96))
        return self._article(number, to_simplified(original.title), paragraphs, later)

    def _article(
        self, number: int, title: str, paragraphs: list[str], published: datetime | None = None
    ) -> Article:
        site, city, script = self._site()
        convert = to_traditional if script == "hant" else to_simplified
        body = [convert(p) for p in paragraphs]
        when = published or self._published()
        url = f"https://{site}.{HOST}/{when:%Y%m}/{number}.html"
        return Article(
            url=url,
            canonical_url=url,
            site=site,
            city=city,
            fetched_at=when.astimezone(UTC).isoformat(timespec="seconds"),
            encoding="utf-8",
            encoding_evidence="meta",
            archive={"warc": f"{site}-{when:%Y%m%d}.warc.gz", "offset": str(number * 9000)},
            parser_version="bench",
            title=convert(title),
            paragraphs=body,
            content="\n\n".join(body),
            published_at=when.isoformat(timespec="seconds"),
            date_evidence="meta",
            source=convert(self.rng.choice(self.seeds.sources or [city])),
            authors=[convert(a) for a in self.rng.sample(self.seeds.authors, 1)]
            if self.seeds.authors and self.rng.random() < 0.6
            else [],
        )

    def _vary(self, paragraph: str) -> str:
        """The paragraph with its figures changed, as the next year's report would have them."""
        return _DIGITS.sub(lambda m: str(self.rng.randrange(10 ** len(m.group()))), paragraph)

    def _title(self, text: str) -> str:
        """A headline-length clause: the text up to its first clause end, 8–30 characters."""
        clause = _CLAUSE_END.split(text, maxsplit=1)[0].strip()
        return clause[:30] if len(clause) >= 8 else text[:24]


def text_bytes(article: Article) -> int:
    """The article's own text as UTF-8: title and content, as found (what the index is
    compared with)."""
    return len(article.title.encode("utf-8")) + len(article.content.encode("utf-8"))
