"""Room: crawler/text — sub-headings in a plain list of paragraphs.

Extraction from HTML may know headings (<h2>, a lone <strong>); plain text only shows them by
shape: a short line without sentence-final punctuation, followed by a longer paragraph.
"""

from __future__ import annotations

from collections.abc import Sequence

MAX_HEADING = 50
# A line ending like a sentence or a clause (or introducing a list with a colon) is prose.
_NOT_HEADING_END = frozenset("。！？!?；;…，,、：:")
# Closing quotes/brackets do not end a sentence: "……。”" is still a sentence.
_CLOSERS = "”’」』)）】]\"'》〉"


def is_heading_shape(line: str) -> bool:
    """Short, with some text, and not ending in sentence or clause punctuation."""
    text = line.strip().rstrip(_CLOSERS)
    if not text or len(line.strip()) > MAX_HEADING:
        return False
    if not any(ch.isalpha() for ch in text):
        return False
    return text[-1] not in _NOT_HEADING_END


def find_headings(paragraphs: Sequence[str]) -> list[int]:
    """Indexes of paragraphs shaped like sub-headings and followed by a longer paragraph."""
    # The length tests are the cheap ones and rule out most paragraphs (long ones, and short
    # ones before a shorter line), so they come before the shape test.
    lengths = [len(p.strip()) for p in paragraphs]
    return [
        i
        for i in range(len(paragraphs) - 1)
        if lengths[i] <= MAX_HEADING
        and lengths[i + 1] > lengths[i]
        and is_heading_shape(paragraphs[i])
    ]
