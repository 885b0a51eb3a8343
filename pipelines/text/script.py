"""Room: pipelines/text — script detection and normalization (Traditional/Simplified).

Temporary version backed by the reference converter; replaced by the fast one in fastcc.py.
"""

from __future__ import annotations

import opencc

_T2S = opencc.OpenCC("t2s")
_S2T = opencc.OpenCC("s2t")


def to_simplified(text: str) -> str:
    """Traditional -> Simplified (OpenCC t2s)."""
    return str(_T2S.convert(text))


def to_traditional(text: str) -> str:
    """Simplified -> Traditional (OpenCC s2t)."""
    return str(_S2T.convert(text))
