"""Room: extract — does decoded text read as Chinese, or as bytes decoded with the wrong codec?

GB18030 decodes almost every Big5 byte pair without error (its lead and trail byte ranges
cover Big5's), so a Big5 page labelled gb2312 decodes "strictly" into nonsense. The nonsense
has a signature: Big5's commonest characters fall in GBK's user-defined areas, which decode to
private-use code points (的 AABA, 一 A440, 人 A448, 大 A46A), or on GB2312's kana rows (不 A4A3
and 中 A4A4 read as ぃ and い). The other way round, GB's full-width punctuation lands on
Big5's bopomofo (，GB A3AC reads as ㄛ).

Chinese text has almost none of these: a few icon-font glyphs (private use) or a Japanese menu
entry at most. Measured as a share of a page's non-ASCII characters: at most 1% on the pages of
tests/fixtures/real decoded right; 37-60% for five of its Hong Kong and Taiwan pages re-encoded to
Big5 and decoded as GB18030; 5-6% for its two GB pages decoded as Big5.
"""

from __future__ import annotations

import re

# A decoding with more than this share of implausible characters is doubted...
DOUBT_RATIO = 0.10
# ...and gives way only to one with at most this share.
BELIEVE_RATIO = 0.02
# Fewer than this many are never doubted: two icon glyphs on a short page are still text.
_MIN_IMPLAUSIBLE = 3

# Kana without the middle dot and the prolonged sound mark (U+30FB, U+30FC: Chinese text uses
# both), bopomofo and its extension, the BMP private-use area. (The supplementary private-use
# planes need GB18030 four-byte codes, whose second byte is an ASCII digit: never from Big5.)
_IMPLAUSIBLE = re.compile("[\u3041-\u30fa\u3100-\u312f\u31a0-\u31bf\ue000-\uf8ff]")
# A wrong codec garbles every Chinese character of a page, so every 8th character shows it as
# well as all of them, at an eighth of the cost (every GB page pays this check), provided the
# sample holds enough non-ASCII characters to judge: 256 garbled ones hold ~100 implausible
# ones, against a doubt threshold of 26 and the ~3 a right decoding may have.
_STRIDE = 8
_MIN_SAMPLE = 256


def implausible_characters(text: str) -> int:
    """How many private-use, kana or bopomofo characters the text holds."""
    return len(_IMPLAUSIBLE.findall(text))


def looks_doubtful(text: str) -> bool:
    """`is_doubtful` for a whole page, judged on a sample of its characters when that is enough."""
    sample = text[::_STRIDE]
    if _non_ascii(sample) < _MIN_SAMPLE:
        sample = text
    return is_doubtful(sample, implausible_characters(sample))


def is_doubtful(text: str, implausible: int) -> bool:
    """Enough implausible characters (counted by the caller) to look for a better codec."""
    return implausible >= _MIN_IMPLAUSIBLE and implausible > _non_ascii(text) * DOUBT_RATIO


def is_believable(text: str, implausible: int) -> bool:
    """Few enough implausible characters for a rival decoding to replace a doubtful one."""
    return implausible < _MIN_IMPLAUSIBLE or implausible <= _non_ascii(text) * BELIEVE_RATIO


def _non_ascii(text: str) -> int:
    return len(text) - len(text.encode("ascii", "ignore"))
