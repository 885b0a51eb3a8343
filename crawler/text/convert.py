"""Room: crawler/text — Traditional <-> Simplified conversion, the one entry point.

Everything in the project converts through these two functions, backed by ``fastcc`` (same
dictionaries and same output as opencc-python-reimplemented, about 20x faster).
"""

from __future__ import annotations

from collections.abc import Iterable
from importlib.metadata import version

from crawler.text.fastcc import get_converter

OPENCC_DISTRIBUTION = "opencc-python-reimplemented"
# Output is identical to the reference package, so the converter is named after it and its
# version: a change of dictionaries shows up here and tells a re-run what changed.
SIMPLIFIED_CONFIG = "t2s"
TRADITIONAL_CONFIG = "s2tw"
CONVERTER_NAME = (
    f"{OPENCC_DISTRIBUTION} {version(OPENCC_DISTRIBUTION)} {SIMPLIFIED_CONFIG}+{TRADITIONAL_CONFIG}"
)


def to_simplified(text: str) -> str:
    """Traditional -> Simplified (OpenCC ``t2s``; note it maps 臺 to 台)."""
    # get_converter is cached: the dictionaries load on first use, not at import.
    return get_converter(SIMPLIFIED_CONFIG).convert(text)


def simplified_sources(targets: Iterable[str]) -> frozenset[str]:
    """Characters of which a text must hold one for its ``to_simplified`` form to hold any of
    ``targets`` (a necessary condition, for ruling text out without converting it)."""
    return get_converter("t2s").sources(targets)


def to_traditional(text: str) -> str:
    """Simplified -> Traditional as people type it (OpenCC ``s2tw``).

    OpenCC's standard ``s2t`` writes forms such as 作爲, 羣衆 and 啓動 that readers in Taiwan
    and Hong Kong rarely type; Kibana cannot convert a query, so the Traditional copy of each
    article must use the forms users type (作為, 群眾, 啟動). `scrapy relevance` measures it.
    """
    return get_converter(TRADITIONAL_CONFIG).convert(text)
