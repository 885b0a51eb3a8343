"""Room: crawler/text — the normalized matching key.

One key function serves banner detection, boilerplate phrases, credit de-duplication and the
content fingerprint, so that a rule written once matches both scripts, both widths and any
spacing or punctuation the site used. ``match_keys`` gives the same keys for a page's lines,
converting those not cached yet in one pass.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from crawler.text.convert import to_simplified
from crawler.text.nfkc import nfkc

# \W is "not a Unicode letter/digit/underscore": it covers ASCII and CJK punctuation, symbols
# and every kind of whitespace in one C-level pass; "_" is added because \w includes it.
_NON_WORD_CHAR = r"[\W_]"
_NON_WORD = re.compile(_NON_WORD_CHAR + "+")
# The same class without the newline, for texts joined with newlines (see match_keys).
_NON_WORD_BUT_NEWLINE = re.compile(r"(?:[^\w\n]|_)+")

# Lines are short and repeat (banners, boilerplate, credits): caching them avoids converting
# the same string again. Long strings (whole contents) are not worth a cache slot.
_CACHE_MAX_LEN = 200
_CACHE_SIZE = 1 << 16
_cache: dict[str, str] = {}

# Long texts (whole contents, for the fingerprint) take a faster route, same result.
_LONG_TEXT = 64
# The commonest non-word characters of news text: dropped by str.replace, one C-level scan
# each, instead of one regex match each.
_FREQUENT_NON_WORD = ",\n。、:()"
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
# Joins the texts keyed in one go. NFKC, t2s and lowercasing each treat a newline as a
# boundary nothing crosses, so the joined result splits back into the texts' own results:
# it is a starter that composes with nothing and that no character decomposes to (NFKC), a
# separator the converter copies and splits segments at (t2s), and neither cased nor
# case-ignorable (the final-sigma rule of lower). tests/test_text_keys.py checks all three.
_JOIN = "\n"


@cache
def _bmp_non_word(keep: str) -> re.Pattern[str]:
    """``_NON_WORD`` for BMP characters as an explicit class, less the characters of ``keep``.

    \\W tests several Unicode properties per character; a class listing the same
    characters compiles to a bitmap, one lookup each (~4x faster on Chinese text). Built by
    asking the same regex class about every BMP character, so the two agree exactly.
    """
    bmp = "".join(chr(code) for code in range(0x10000) if not 0xD800 <= code < 0xE000)
    codes = [ord(char) for char in re.findall(_NON_WORD_CHAR, bmp) if char not in keep]
    ranges: list[list[int]] = []
    for code in codes:
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    members = "".join(f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges)
    return re.compile(f"[{members}]")


def strip_key(text: str) -> str:
    """Lowercase ``text`` and drop whitespace, punctuation and symbols (no conversion)."""
    lowered = text.lower()
    if len(lowered) < _LONG_TEXT:
        return _NON_WORD.sub("", lowered)
    return _strip_long(lowered, "", _NON_WORD)


def _strip_long(lowered: str, keep: str, fallback: re.Pattern[str]) -> str:
    """Drop the non-word characters of ``lowered`` but those of ``keep``; ``fallback`` is
    the same deletion as a plain regex (for characters beyond the BMP)."""
    # Dropping a set of characters gives the same whatever the order, so they can go in
    # several passes.
    for char in _FREQUENT_NON_WORD:
        if char not in keep:
            lowered = lowered.replace(char, "")
    stripped = _bmp_non_word(keep).sub("", lowered)
    if _ASTRAL.search(stripped):  # rare: characters beyond the BMP, not in the class
        stripped = fallback.sub("", stripped)
    return stripped


def _compute_key(text: str) -> str:
    # NFKC first so that full-width letters/digits and compatibility ideographs are in the
    # form the conversion dictionaries know; t2s before stripping because the converter's
    # phrase matching depends on the punctuation that separates phrases.
    return strip_key(to_simplified(nfkc(text)))


def _compute_keys(texts: list[str]) -> list[str]:
    """``_compute_key`` of each text, with one pass of each step over the texts joined.

    Most lines of a page are short: keyed one by one, the calls' fixed costs outweigh the
    work on their characters.
    """
    joined = _JOIN.join(texts)
    if len(texts) < 2 or joined.count(_JOIN) != len(texts) - 1:
        return [_compute_key(text) for text in texts]  # a text holds a newline itself
    lowered = to_simplified(nfkc(joined)).lower()
    return _strip_long(lowered, _JOIN, _NON_WORD_BUT_NEWLINE).split(_JOIN)


def _remember(text: str, key: str) -> None:
    if len(text) <= _CACHE_MAX_LEN:
        if len(_cache) >= _CACHE_SIZE:
            _cache.clear()  # bounded: memory stays flat on a long crawl
        _cache[text] = key


def match_key(text: str) -> str:
    """The key two lines are compared on.

    NFKC (full-width -> half-width), Traditional -> Simplified (OpenCC t2s, so 臺 -> 台),
    lowercase, and no whitespace, punctuation or symbols (CJK or ASCII).
    """
    key = _cache.get(text)
    if key is None:
        key = _compute_key(text)
        _remember(text, key)
    return key


def match_keys(texts: Sequence[str]) -> list[str]:
    """``[match_key(text) for text in texts]``, the texts not in the cache keyed together."""
    found: dict[str, str] = {}
    missing: list[str] = []
    for text in dict.fromkeys(texts):
        key = _cache.get(text)
        if key is None:
            missing.append(text)
        else:
            found[text] = key
    for text, key in zip(missing, _compute_keys(missing), strict=True):
        found[text] = key
        _remember(text, key)
    return [found[text] for text in texts]


def clear_cache() -> None:
    """Forget cached keys (for benchmarks; keys never depend on the cache)."""
    _cache.clear()
