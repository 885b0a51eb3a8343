"""Room: pipelines/text — Traditional <-> Simplified conversion, the one entry point.

Everything in the project converts through these two functions, backed by ``fastcc`` (same
dictionaries and same output as opencc-python-reimplemented, about 20x faster).
"""

from __future__ import annotations

from importlib.metadata import version

from pipelines.text.fastcc import get_converter

OPENCC_DISTRIBUTION = "opencc-python-reimplemented"
# Output is identical to the reference package, so the converter is named after it and its
# version: a change of dictionaries shows up here and tells a re-run what changed.
CONVERTER_NAME = f"{OPENCC_DISTRIBUTION} {version(OPENCC_DISTRIBUTION)} t2s+s2t"


def to_simplified(text: str) -> str:
    """Traditional -> Simplified (OpenCC ``t2s``; note it maps 臺 to 台)."""
    # get_converter is cached: the dictionaries load on first use, not at import.
    return get_converter("t2s").convert(text)


def to_traditional(text: str) -> str:
    """Simplified -> Traditional (OpenCC ``s2t``)."""
    return get_converter("s2t").convert(text)
