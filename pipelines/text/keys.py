"""Room: pipelines/text — the normalized matching key.

One key function serves banner detection, boilerplate phrases, credit de-duplication and the
content fingerprint, so that a rule written once matches both scripts, both widths and any
spacing or punctuation the site used.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from pipelines.text.convert import to_simplified
from pipelines.text.nfkc import nfkc

# \W is "not a Unicode letter/digit/underscore": it covers ASCII and CJK punctuation, symbols
# and every kind of whitespace in one C-level pass; "_" is added because \w includes it.
_NON_WORD_CHAR = r"[\W_]"
_NON_WORD = re.compile(_NON_WORD_CHAR + "+")

# Lines are short and repeat (banners, boilerplate, credits): caching them avoids converting
# the same string again. Long strings (whole contents) are not worth a cache slot.
_CACHE_MAX_LEN = 200


# Long texts (whole contents, for the fingerprint) take a faster route, same result.
_LONG_TEXT = 64
# The commonest non-word characters of news text: dropped by str.replace, one C-level scan
# each, instead of one regex match each.
_FREQUENT_NON_WORD = ",\n。、:()"
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


@cache
def _bmp_non_word() -> re.Pattern[str]:
    """``_NON_WORD`` for BMP characters as an explicit class.

    \\W tests several Unicode properties per character; a class listing the same
    characters compiles to a bitmap, one lookup each (~4x faster on Chinese text). Built by
    asking the same regex class about every BMP character, so the two agree exactly.
    """
    bmp = "".join(chr(code) for code in range(0x10000) if not 0xD800 <= code < 0xE000)
    codes = [ord(char) for char in re.findall(_NON_WORD_CHAR, bmp)]
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
    # Dropping a set of characters gives the same whatever the order, so they can go in
    # several passes.
    for char in _FREQUENT_NON_WORD:
        lowered = lowered.replace(char, "")
    stripped = _bmp_non_word().sub("", lowered)
    if _ASTRAL.search(stripped):  # rare: characters beyond the BMP, not in the class
        stripped = _NON_WORD.sub("", stripped)
    return stripped


@lru_cache(maxsize=65536)
def _cached_key(text: str) -> str:
    return _compute_key(text)


def _compute_key(text: str) -> str:
    # NFKC first so that full-width letters/digits and compatibility ideographs are in the
    # form the conversion dictionaries know; t2s before stripping because the converter's
    # phrase matching depends on the punctuation that separates phrases.
    return strip_key(to_simplified(nfkc(text)))


def match_key(text: str) -> str:
    """The key two lines are compared on.

    NFKC (full-width -> half-width), Traditional -> Simplified (OpenCC t2s, so 臺 -> 台),
    lowercase, and no whitespace, punctuation or symbols (CJK or ASCII).
    """
    if len(text) <= _CACHE_MAX_LEN:
        return _cached_key(text)
    return _compute_key(text)
