"""Room: extract — turn page bytes into text, choosing the codec from evidence and recording why.

Order: byte-order mark, then the declarations (HTTP header, then `<meta charset>` /
`http-equiv` / XML declaration), then detection. Declarations on Chinese sites are often wrong
(gb2312 declared over UTF-8 bytes, gb2312 pages using GBK/GB18030-only characters, Big5 pages
needing HKSCS), so a declaration is only believed when its bytes decode strictly:

* bytes that are strictly valid UTF-8 and contain non-ASCII are UTF-8, whatever is declared —
  random GBK/Big5 text is practically never valid UTF-8, so this is the strongest evidence;
* a declared family is decoded with its superset codec (gb2312/gbk -> gb18030, big5 -> big5hkscs,
  then cp950), which decodes every page the narrower codec would, identically;
* a strict decoding must also read plausibly: Big5 bytes labelled gb2312 decode without error
  into private-use characters and kana (crawler.extract.plausible), so such a decoding gives way
  to the Chinese codec that reads the bytes plausibly, and the evidence says what was seen;
* when nothing decodes strictly, each candidate is tried with replacement and the one losing the
  fewest characters wins, provided it loses at most `MAX_LOSS_RATIO` of the non-ASCII text (a
  stray byte or a cut-off last character is common and should not cost the article); beyond that
  `UndecodableError` is raised, since the extracted text would be garbage.

`DecodedHtml.evidence` reads like "meta:gb2312->utf-8(valid-utf8)", "http:big5->big5hkscs" or
"meta:gb2312->big5hkscs(gb18030 gave 1709 private-use/kana/bopomofo characters, big5hkscs 30)".
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

import charset_normalizer

from crawler.extract.errors import UndecodableError
from crawler.extract.plausible import implausible_characters, is_believable, looks_doubtful

# Share of non-ASCII characters a lossy decode may replace before the page counts as undecodable.
MAX_LOSS_RATIO = 0.02

# Only the head of a page declares its charset; some saved DOMs put long <style> blocks first.
_PRESCAN_BYTES = 32_768

_META_CHARSET = re.compile(
    rb"""<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", re.IGNORECASE
)
_XML_ENCODING = re.compile(rb"""<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9_.\-]+)""")

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: its BOM starts with the same bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# WHATWG labels Python does not know, mapped onto names it does.
_LABEL_ALIASES = {
    "x-gbk": "gbk",
    "gb_2312-80": "gb2312",
    "csgb2312": "gb2312",
    "chinese": "gb2312",
    "iso-ir-58": "gb2312",
    "x-x-big5": "big5",
    "cn-big5": "big5",
    "csbig5": "big5",
    "big5-hkscs": "big5hkscs",
    "x-mac-chinesesimp": "gb2312",
    "unicode": "utf-16",
}

# Codecs to try, in order, for a declared family: the superset first, so narrower declarations
# still decode characters the page's real (wider) encoding contains.
_FAMILY_CANDIDATES = {
    "gb2312": ("gb18030",),
    "gbk": ("gb18030",),
    "gb18030": ("gb18030",),
    "hz": ("hz", "gb18030"),
    "big5": ("big5hkscs", "cp950"),
    "big5hkscs": ("big5hkscs", "cp950"),
    "cp950": ("cp950", "big5hkscs"),
}

# Declarations that Chinese servers send by default (Tomcat's ISO-8859-1, IIS's windows-1252):
# they decode any bytes, so they carry no information and are tried only after detection.
_WEAK_LABELS = frozenset({"latin_1", "cp1252", "ascii", "iso8859-1"})

# The Chinese codecs a declared decoding that reads implausibly gives way to: Big5 for a GB
# label, GB for a Big5 one (HZ is 7-bit: its bytes are never mistaken for Big5 or GB).
_RIVALS = ("big5hkscs", "cp950", "gb18030")

# Detection is limited to the codecs these sites actually use, which keeps it fast and avoids
# charset-normalizer's occasional Cyrillic/Latin guesses on short CJK runs.
_CJK_CANDIDATES = ("gb18030", "big5hkscs")


@dataclass(frozen=True)
class DecodedHtml:
    text: str
    encoding: str  # the Python codec actually used
    evidence: str  # why that codec: "bom:utf-8", "meta:gb2312->utf-8(valid-utf8)", …


def normalize_label(label: str) -> str | None:
    """A charset label as the Python codec name ("GB2312" -> "gb2312"), or None when unknown."""
    cleaned = label.strip().strip("\"'").lower()
    cleaned = _LABEL_ALIASES.get(cleaned, cleaned)
    try:
        return codecs.lookup(cleaned).name
    except LookupError:
        return None


def declared_charsets(body: bytes, http_charset: str | None = None) -> list[tuple[str, str]]:
    """(source, label) pairs in order of authority: HTTP header, then meta/XML declarations."""
    found: list[tuple[str, str]] = []
    if http_charset:
        found.append(("http", http_charset.strip().lower()))
    head = body[:_PRESCAN_BYTES]
    for pattern in (_XML_ENCODING, _META_CHARSET):
        match = pattern.search(head)
        if match:
            found.append(("meta", match.group(1).decode("ascii", "replace").lower()))
    return found


def decode_html(body: bytes, http_charset: str | None = None) -> DecodedHtml:
    """Decode page bytes; see the module docstring for the order and what "evidence" records."""
    for bom, codec in _BOMS:
        if body.startswith(bom):
            return DecodedHtml(body[len(bom) :].decode(codec, "replace"), codec, f"bom:{codec}")
    declared = declared_charsets(body, http_charset)
    if body.isascii():
        return _decode_ascii(body, declared)
    first = f"{declared[0][0]}:{declared[0][1]}" if declared else "none"
    text = _strict(body, "utf-8")
    if text is not None:
        is_declared_utf8 = bool(declared) and normalize_label(declared[0][1]) == "utf-8"
        evidence = first if is_declared_utf8 else _evidence(first, "utf-8", "valid-utf8")
        return DecodedHtml(text, "utf-8", evidence)
    decoded = _decode_declared(body, declared)
    if decoded is not None:
        return decoded
    return _detect(body, first, declared)


def _strict(body: bytes, codec: str) -> str | None:
    try:
        return body.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _candidates(label: str) -> tuple[str, ...]:
    name = normalize_label(label)
    if name is None:
        return ()
    return _FAMILY_CANDIDATES.get(name, (name,))


def _decode_ascii(body: bytes, declared: list[tuple[str, str]]) -> DecodedHtml:
    # Pure ASCII decodes the same under every ASCII-compatible codec; report the declared one.
    for source, label in declared:
        for codec in _candidates(label):
            if codecs.lookup(codec).name not in {"utf-16", "utf-32", "utf-16-le", "utf-16-be"}:
                return DecodedHtml(body.decode("ascii"), codec, f"{source}:{label}(ascii)")
    return DecodedHtml(body.decode("ascii"), "utf-8", "none(ascii)")


def _decode_declared(body: bytes, declared: list[tuple[str, str]]) -> DecodedHtml | None:
    """The first declaration whose (superset) codec decodes the bytes strictly and plausibly."""
    for source, label in declared:
        if normalize_label(label) in _WEAK_LABELS:
            continue
        for codec in _candidates(label):
            text = _strict(body, codec)
            if text is not None:
                name = normalize_label(label)
                suffix = "" if codec == name else f"->{codec}"
                decoded = DecodedHtml(text, codec, f"{source}:{label}{suffix}")
                return _plausible_or_rival(body, decoded, f"{source}:{label}", declared)
    return None


def _plausible_or_rival(
    body: bytes, decoded: DecodedHtml, said: str, declared: list[tuple[str, str]]
) -> DecodedHtml:
    """The declared decoding, unless it is implausible and a rival codec reads the bytes
    plausibly (Big5 bytes labelled gb2312 decode without error into private-use characters
    and kana; see crawler.extract.plausible). A doubtful decoding with no believable rival is
    kept, and says so in its evidence."""
    if not looks_doubtful(decoded.text):
        return decoded
    found = implausible_characters(decoded.text)
    doubt = f"{decoded.encoding} gave {found} private-use/kana/bopomofo characters"
    for codec in _rivals(decoded.encoding, declared):
        text = _strict(body, codec)
        if text is None:
            continue
        count = implausible_characters(text)
        if count < found and is_believable(text, count):
            return DecodedHtml(text, codec, _evidence(said, codec, f"{doubt}, {codec} {count}"))
    how = f"{doubt}; no other codec reads it plausibly"
    return DecodedHtml(decoded.text, decoded.encoding, _evidence(said, decoded.encoding, how))


def _rivals(used: str, declared: list[tuple[str, str]]) -> list[str]:
    """Chinese codecs to try instead of `used`: the other declarations' first, then the rest.

    Only Chinese codecs: the measure of plausibility (private-use, kana, bopomofo) says
    nothing about a single-byte codec, which decodes anything into Latin letters, nor about
    Japanese or Korean ones. charset-normalizer is not asked: among Chinese codecs its
    proposals are the ones tried here anyway.
    """
    declared_codecs = [codec for _, label in declared for codec in _candidates(label)]
    ordered = dict.fromkeys((*declared_codecs, *_RIVALS))
    return [codec for codec in ordered if codec in _RIVALS and codec != used]


def _detect(body: bytes, first: str, declared: list[tuple[str, str]]) -> DecodedHtml:
    """No declaration decodes strictly: nearly valid UTF-8 (a truncated last character, a
    stray byte), strict CJK codecs, then a lossy CJK decode, then anything else."""
    near_utf8 = _decode_lossy(body, first, [], ("utf-8",))
    if near_utf8 is not None:
        return near_utf8
    strict = [(codec, text) for codec in _CJK_CANDIDATES if (text := _strict(body, codec))]
    if len(strict) == 1:
        codec, text = strict[0]
        return DecodedHtml(text, codec, _evidence(first, codec, "detected"))
    if len(strict) > 1:  # both GB18030 and Big5 decode: let the statistics decide
        guess = charset_normalizer.from_bytes(body, cp_isolation=list(_CJK_CANDIDATES)).best()
        name = normalize_label(guess.encoding) if guess else None
        chosen = name if name in _CJK_CANDIDATES else "gb18030"
        return DecodedHtml(dict(strict)[chosen], chosen, _evidence(first, chosen, "detected"))
    lossy = _decode_lossy(body, first, declared)
    return lossy if lossy is not None else _detect_other(body, first, declared)


def _detect_other(body: bytes, first: str, declared: list[tuple[str, str]]) -> DecodedHtml:
    """Not CJK at all (Shift_JIS, EUC-KR, UTF-16 without BOM…) or a weak declaration that holds."""
    for source, label in declared:
        for codec in _candidates(label):
            text = _strict(body, codec)
            if text is not None:
                return DecodedHtml(text, codec, f"{source}:{label}")
    guess = charset_normalizer.from_bytes(body).best()
    name = normalize_label(guess.encoding) if guess is not None else None
    decoded = _strict(body, name) if name and name not in _WEAK_LABELS else None
    if name is None or decoded is None:
        raise UndecodableError("undecodable bytes: no codec decodes this page")
    return DecodedHtml(decoded, name, _evidence(first, name, "detected"))


def _decode_lossy(
    body: bytes,
    first: str,
    declared: list[tuple[str, str]],
    codecs_to_try: tuple[str, ...] = ("utf-8", *_CJK_CANDIDATES),
) -> DecodedHtml | None:
    """The first UTF-8/declared/CJK candidate that loses few enough characters.

    First acceptable, not fewest lost: UTF-8 bytes decode as GB18030 with almost no replacement
    (both are dense multi-byte codes), whereas a non-UTF-8 page fails UTF-8 on nearly every
    character, so a near-valid UTF-8 decode is trusted before anything else.
    """
    declared_codecs = [c for _, label in declared for c in _candidates(label)]
    names = [*codecs_to_try[:1], *declared_codecs, *codecs_to_try[1:]]
    for codec in dict.fromkeys(names):
        if normalize_label(codec) in _WEAK_LABELS:
            continue
        text = body.decode(codec, "replace")
        lost = text.count("\ufffd")
        non_ascii = len(text) - len(text.encode("ascii", "ignore"))
        if lost <= max(1, non_ascii * MAX_LOSS_RATIO):
            return DecodedHtml(text, codec, _evidence(first, codec, f"lossy:{lost}"))
    return None


def _evidence(first: str, codec: str, how: str) -> str:
    """Like "meta:utf-8(lossy:1)" when the declaration held, else "meta:gbk->utf-8(...)"."""
    declared = normalize_label(first.partition(":")[2]) if ":" in first else None
    if declared == codec:
        return f"{first}({how})"
    if first == "none":
        return f"detected:{codec}({how})"
    return f"{first}->{codec}({how})"


def charset_from_content_type(content_type: str) -> str | None:
    """The ``charset`` parameter of a Content-Type header value, or None."""
    for part in content_type.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.lower() == "charset" and value:
            return value.strip("\"' ")
    return None


def is_html_type(content_type: str) -> bool:
    """A page served as HTML, or without a Content-Type (then the bytes decide)."""
    return not content_type or content_type.lower().startswith(HTML_TYPES)


HTML_TYPES = ("text/html", "application/xhtml+xml")
