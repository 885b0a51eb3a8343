"""Room: pipelines/text — the normalized matching key.

One key function serves banner detection, boilerplate phrases, credit de-duplication and the
content fingerprint, so that a rule written once matches both scripts, both widths and any
spacing or punctuation the site used.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipelines.text.convert import to_simplified
from pipelines.text.nfkc import nfkc

# \W is "not a Unicode letter/digit/underscore": it covers ASCII and CJK punctuation, symbols
# and every kind of whitespace in one C-level pass; "_" is added because \w includes it.
_NON_WORD = re.compile(r"[\W_]+")

# Lines are short and repeat (banners, boilerplate, credits): caching them avoids converting
# the same string again. Long strings (whole contents) are not worth a cache slot.
_CACHE_MAX_LEN = 200


def strip_key(text: str) -> str:
    """Lowercase ``text`` and drop whitespace, punctuation and symbols (no conversion)."""
    return _NON_WORD.sub("", text.lower())


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
