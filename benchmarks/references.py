"""Room: benchmarks — the references: trafilatura's extraction and the reference OpenCC.

Script conversion is compared on exactly the texts the normalizer converts for the sampled
articles (one per fixture): ``t2s`` on NFKC(title) and NFKC(content), ``s2tw`` on the resulting
``title_norm``/``content_norm`` (see ``crawler.processing.stages.normalize_article``). The project's
converter (``crawler.text.convert``, backed by ``fastcc``) is timed "cold" (its chunk memo
cleared before each repetition; it still fills within the texts) and "warm" (memo kept, as in
a long crawl); the headline is the cold figure. The reference is opencc-python-reimplemented's
``OpenCC(config).convert``; every text must convert identically.
"""

from __future__ import annotations

import statistics
import time
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from importlib.metadata import version

from benchmarks.pages import BenchPage
from crawler.items import Article
from crawler.text.convert import (
    SIMPLIFIED_CONFIG,
    TRADITIONAL_CONFIG,
    to_simplified,
    to_traditional,
)
from crawler.text.fastcc import get_converter

REPETITIONS = 7
OPENCC_DISTRIBUTION = "opencc-python-reimplemented"


@dataclass
class ConvertTexts:
    """What the normalizer hands to each conversion."""

    t2s: list[str]
    s2t: list[str]

    @classmethod
    def from_articles(cls, articles: Iterable[Article]) -> ConvertTexts:
        articles = list(articles)
        return cls(
            t2s=[unicodedata.normalize("NFKC", t) for a in articles for t in (a.title, a.content)],
            s2t=[t for a in articles for t in (a.title_norm, a.content_norm)],
        )

    @property
    def chars(self) -> int:
        return sum(map(len, self.t2s)) + sum(map(len, self.s2t))


@dataclass
class ConvertResult:
    texts: int
    chars: int
    project_chars_per_s: float  # cold memo: the headline
    project_warm_chars_per_s: float
    reference_chars_per_s: float | None = None  # None when references are off
    reference_version: str = ""
    mismatches: int = 0
    mismatch_examples: list[str] = field(default_factory=list)


def _seconds(t2s: Callable[[str], str], s2t: Callable[[str], str], texts: ConvertTexts) -> float:
    start = time.perf_counter()
    for text in texts.t2s:
        t2s(text)
    for text in texts.s2t:
        s2t(text)
    return time.perf_counter() - start


def _clear_memos() -> None:
    for config in (SIMPLIFIED_CONFIG, TRADITIONAL_CONFIG):
        get_converter(config).clear_memo()


def time_project(texts: ConvertTexts) -> tuple[float, float]:
    """(cold, warm) chars/s of the project's converter: median of repetitions."""
    _seconds(to_simplified, to_traditional, texts)  # dictionaries loaded, code paths warmed
    cold = []
    for _ in range(REPETITIONS):
        _clear_memos()
        cold.append(_seconds(to_simplified, to_traditional, texts))
    warm = [_seconds(to_simplified, to_traditional, texts) for _ in range(REPETITIONS)]
    return texts.chars / statistics.median(cold), texts.chars / statistics.median(warm)


def compare_reference(texts: ConvertTexts, result: ConvertResult) -> None:
    """Time the reference once over the texts and count texts converted differently."""
    import opencc  # opencc-python-reimplemented (the project never installs the C++ binding)

    # The same configurations the project converts with (crawler/text/convert.py).
    to_hans = opencc.OpenCC(SIMPLIFIED_CONFIG).convert
    to_hant = opencc.OpenCC(TRADITIONAL_CONFIG).convert
    start = time.perf_counter()
    expected = {
        "t2s": [to_hans(t) for t in texts.t2s],
        "s2t": [to_hant(t) for t in texts.s2t],
    }
    result.reference_chars_per_s = texts.chars / (time.perf_counter() - start)
    result.reference_version = f"{OPENCC_DISTRIBUTION} {version(OPENCC_DISTRIBUTION)}"
    ours = {"t2s": to_simplified, "s2t": to_traditional}
    for config, inputs in (("t2s", texts.t2s), ("s2t", texts.s2t)):
        for text, want in zip(inputs, expected[config], strict=True):
            got = ours[config](text)
            if got != want:
                result.mismatches += 1
                if len(result.mismatch_examples) < 3:
                    result.mismatch_examples.append(f"{config}: {_first_difference(got, want)}")


def _first_difference(got: str, want: str) -> str:
    at = next((i for i, (a, b) in enumerate(zip(got, want, strict=False)) if a != b), None)
    at = min(len(got), len(want)) if at is None else at
    return f"at {at}: ours {got[at : at + 12]!r} vs reference {want[at : at + 12]!r}"


def run_convert(articles: Sequence[Article], with_reference: bool) -> ConvertResult:
    texts = ConvertTexts.from_articles(articles)
    cold, warm = time_project(texts)
    result = ConvertResult(len(texts.t2s) + len(texts.s2t), texts.chars, cold, warm)
    if with_reference:
        compare_reference(texts, result)
    return result


@dataclass
class TrafilaturaResult:
    pages: int
    seconds: float
    empty: int  # pages where trafilatura returned nothing
    version: str
    options: str

    @property
    def pages_per_s(self) -> float:
        return self.pages / self.seconds if self.seconds else 0.0


# Title, date and author too, as our extraction does.
TRAFILATURA_OPTIONS = "with_metadata=True"


def run_trafilatura(pages: Iterable[BenchPage]) -> TrafilaturaResult:
    """``trafilatura.extract`` on the same bytes the chain gets (it decodes them itself)."""
    import trafilatura

    count = empty = 0
    start = time.perf_counter()
    for page in pages:
        count += 1
        empty += not trafilatura.extract(page.body, url=page.url, with_metadata=True)
    seconds = time.perf_counter() - start
    return TrafilaturaResult(count, seconds, empty, version("trafilatura"), TRAFILATURA_OPTIONS)
