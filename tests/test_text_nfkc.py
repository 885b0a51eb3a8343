"""crawler/text/nfkc: the fast NFKC must equal unicodedata.normalize("NFKC") exactly."""

from __future__ import annotations

import random
import unicodedata
from pathlib import Path

import pytest

from crawler.text.nfkc import nfkc

REAL_PAGES = sorted((Path(__file__).resolve().parent / "fixtures" / "real").glob("*.html"))
# Long enough to take the fast path (short texts go straight to unicodedata).
PADDING = "市政府今天发布通知，"


def reference(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def _bmp() -> list[str]:
    return [chr(code) for code in range(0x10000) if not 0xD800 <= code < 0xE000]


def test_every_bmp_character_alone_and_in_context() -> None:
    for char in _bmp():
        assert nfkc(char) == reference(char), hex(ord(char))
        # Before/after a starter, a combining mark and a voiced-sound mark, so composition
        # and reordering across the replaced character are exercised.
        text = PADDING + "e" + char + "\u0301" + char + "\u3099" + "\u30ab" + char + PADDING
        assert nfkc(text) == reference(text), hex(ord(char))


def test_bmp_in_blocks() -> None:
    chars = _bmp()
    for start in range(0, len(chars), 64):
        block = "".join(chars[start : start + 64])
        assert nfkc(block) == reference(block), hex(ord(block[0]))


def _alphabet() -> list[str]:
    ranges = [
        (0xFF01, 0xFFEF),  # full-width and half-width forms
        (0x0300, 0x036F),  # combining diacritics
        (0x3099, 0x309C),  # kana voiced-sound marks
        (0x1100, 0x11FF),  # Hangul jamo
        (0xAC00, 0xAC40),  # Hangul syllables
        (0x3131, 0x318E),  # Hangul compatibility jamo
        (0x30A0, 0x30FF),  # katakana
        (0xF900, 0xFA6D),  # CJK compatibility ideographs
        (0x2000, 0x2070),  # spaces, dashes, ellipsis
        (0x3000, 0x3020),  # CJK punctuation
        (0x00A0, 0x0180),  # Latin-1, Latin Extended-A
        (0x1E00, 0x1EFF),  # precomposed Latin (Vietnamese)
        (0x2460, 0x24FF),  # enclosed alphanumerics
        (0x3300, 0x33FF),  # CJK compatibility (squared words, ㎞)
    ]
    chars = [chr(c) for low, high in ranges for c in range(low, high + 1)]
    return chars + list("abcAZ09 ,.:市政府发布會議") + ["\U0002f800", "\U0001d400", "\U0001f600"]


@pytest.mark.parametrize("seed", range(4))
def test_random_mixes(seed: int) -> None:
    rng = random.Random(seed)
    alphabet = _alphabet()
    for _ in range(3000):
        text = "".join(rng.choices(alphabet, k=rng.randint(1, 80)))
        assert nfkc(text) == reference(text), ascii(text)


@pytest.mark.parametrize("page", REAL_PAGES, ids=lambda p: p.name)
def test_real_pages(page: Path) -> None:
    text = page.read_text(encoding="utf-8", errors="replace")
    assert nfkc(text) == reference(text)
