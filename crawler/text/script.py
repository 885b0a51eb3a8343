"""Room: crawler/text — script detection and the normalized forms of a text.

The original text is kept as found; the processing chain adds these forms beside it
(crawler/processing/stages.py):

- ``title_norm``/``content_norm``: NFKC, then OpenCC t2s. NFKC turns full-width ASCII and
  full-width punctuation into ASCII (，→, ：→: （→( ！→!) and compatibility ideographs into
  unified ones; 。、“” have no compatibility form and stay. This is the form for matching,
  search and dedup, so a page published in either script or width gives the same text.
- ``title_hant``/``content_hant``: s2tw of the normalized form (not the original), so the
  Traditional field is also identical for both versions of an article. A query should be
  put through ``search_forms`` to meet these fields.
- ``fingerprint``: sha256 hex of the content key (``match_key`` of the content: no
  whitespace, punctuation or case), so re-punctuated or re-spaced copies collide; the title
  key stands in when the content is empty.
"""

from __future__ import annotations

import hashlib
import re

from crawler.text.convert import CONVERTER_NAME, to_simplified, to_traditional
from crawler.text.fastcc import load_dictionary
from crawler.text.keys import strip_key
from crawler.text.nfkc import nfkc

__all__ = [
    "CONVERTER_NAME",
    "detect_script",
    "normalize_text",
    "search_forms",
    "to_simplified",
    "to_traditional",
]

HANT = "zh-Hant"
HANS = "zh-Hans"
DETECT_SAMPLE = 4000  # characters: enough to decide, cheap on long articles


def _changing_chars(dictionary: str) -> set[str]:
    table = load_dictionary(dictionary).table
    return {chr(code) for code, value in table.items() if value != chr(code)}


_TS_CHANGED = _changing_chars("TSCharacters.txt")
_ST_CHANGED = _changing_chars("STCharacters.txt")
# A character both conversions change (e.g. 著, 乾) says nothing about the script.
_TRADITIONAL_ONLY = frozenset(_TS_CHANGED - _ST_CHANGED)
_SIMPLIFIED_ONLY = frozenset(_ST_CHANGED - _TS_CHANGED)
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def _bmp_class(chars: frozenset[str]) -> re.Pattern[str]:
    # The sets also hold ~1500 characters beyond the BMP; in a class those are tested one by
    # one on every character (~30x slower), while BMP members compile to a bitmap.
    return re.compile("[" + "".join(sorted(re.escape(c) for c in chars if c < "\U00010000")) + "]")


_TRADITIONAL_BMP = _bmp_class(_TRADITIONAL_ONLY)
_SIMPLIFIED_BMP = _bmp_class(_SIMPLIFIED_ONLY)


def script_evidence(text: str) -> tuple[int, int]:
    """(Traditional-only, Simplified-only) character counts in the sample of ``text``."""
    sample = text[:DETECT_SAMPLE]
    # Two findall passes over bitmap classes: about twice as fast as a str.translate pass
    # with a dict table (measured by `benchmarks`).
    traditional = len(_TRADITIONAL_BMP.findall(sample))
    simplified = len(_SIMPLIFIED_BMP.findall(sample))
    for char in _ASTRAL.findall(sample):  # rare: counted one by one
        traditional += char in _TRADITIONAL_ONLY
        simplified += char in _SIMPLIFIED_ONLY
    return traditional, simplified


def detect_script(text: str) -> str:
    """``zh-Hant`` if Traditional-only characters outnumber Simplified-only ones, else
    ``zh-Hans`` (also for text with neither, e.g. no Han characters at all)."""
    traditional, simplified = script_evidence(text)
    return HANT if traditional > simplified else HANS


def normalize_text(text: str) -> str:
    """NFKC, then t2s: the form for matching, search and dedup."""
    return to_simplified(nfkc(text))


def search_forms(query: str) -> tuple[str, str]:
    """A query in the forms that match ``*_norm`` and ``*_hant`` fields."""
    simplified = normalize_text(query)
    return simplified, to_traditional(simplified)


def fingerprint(content_norm: str, title_norm: str = "") -> str:
    key = strip_key(content_norm) or strip_key(title_norm)
    return hashlib.sha256(key.encode("utf-8")).hexdigest()
