"""Room: extract — the single HTML parse per page and the small DOM helpers every extractor shares.

A page is parsed once (lxml, comments and processing instructions dropped at parse time) and
every part of extraction reads that one tree; XPath expressions are compiled once at import.
Profile selectors (CSS or XPath) run through parsel on the same tree, so they cost no re-parse.
"""

from __future__ import annotations

import re
from typing import TypeAlias

from lxml import etree
from parsel import Selector

from crawler.extract.errors import TooDeepError
from crawler.sites.profile import is_xpath

# Plain lxml elements: lxml.html's HtmlElement costs a Python-level class lookup per element
# touched, which on 10k-element portal pages is a third of the extraction time.
Element: TypeAlias = etree._Element

# Tags whose text is never article text; removed from the tree before any text is read. Images
# and their sources hold no text at all: removed so that no per-element walk visits them.
NON_CONTENT_TAGS = (
    "script",
    "style",
    "noscript",
    "iframe",
    # Not "form": ASP.NET WebForms pages wrap the whole page, article included, in one <form>.
    "button",
    "select",
    "textarea",
    "template",
    "svg",
    "canvas",
    "object",
    "embed",
    "video",
    "audio",
    "map",
    "input",
    "link",
    "img",
    "source",
)

_PARSER = etree.HTMLParser(
    encoding="utf-8",
    remove_comments=True,
    remove_pis=True,
    collect_ids=False,
    default_doctype=False,
)

# libxml2 stops an HTML parse at 256 levels of nesting and logs "Excessive depth in document:
# 256 …". Matched by message: its error type is a generic resource limit that other limits
# share. A rewording would fail the deep-markup tests.
_DEPTH_MESSAGE = "Excessive depth"
# HTML's formatting elements (the ones browsers repair when left open), except <a>: links are
# evidence for the extractor (link density). Matched as whole tag names.
_FORMATTING_TAG = re.compile(
    rb"</?(?:b|big|em|font|i|s|small|strike|strong|tt|u)(?=[\s/>])[^>]*>", re.IGNORECASE
)

_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_LATIN_GAP = re.compile(r"([A-Za-z0-9]) (?=[A-Za-z0-9])")
_SPACED_MIN_TOKENS = 3
# A spaced-out token: one character, or one character and its punctuation ("长：", "日，"),
# but not a two-character word ("张三"). Tokens are counted on " " + the tokens joined by
# single spaces + " ": each pattern opens with a literal space, which the regex engine finds
# fast, where look-arounds for whitespace on the original line were tried at every position.
_TWO_CHAR_WORD = re.compile(r" \w\w(?= )")
_LATIN_TOKEN = re.compile(r" [A-Za-z0-9][\x21-\x7e]+(?= )")
# Every character str.split() splits at, except " " (a test checks the list is complete).
_OTHER_WHITESPACE = re.compile(
    "[\t\n\x0b\x0c\r\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]"
)

_META_XPATH = etree.XPath("//meta[@content]")


def parse_html(text: str, utf8: bytes | None = None) -> Element:
    """Parse decoded page text into an lxml tree rooted at <html>.

    `utf8` may carry the page's original bytes when they are exactly `text` in UTF-8, which
    saves encoding the text again.
    """
    # UTF-8 bytes let lxml accept pages that carry an XML encoding declaration (which it
    # refuses on str input) and tell it the one true encoding.
    data = utf8 if utf8 is not None else text.encode("utf-8", "surrogatepass")
    data = data.replace(b"\x00", b"").strip() or b"<html></html>"
    root = etree.fromstring(data, parser=_PARSER)
    if _depth_error(_PARSER.error_log) is not None:
        root = _parse_flattened(data)
    if root is None:
        root = etree.fromstring(b"<html></html>", parser=_PARSER)
    _adopt_stray_documents(root)
    return root


def _depth_error(log: etree._ListErrorLog) -> str | None:
    """libxml2's message when it stopped at its nesting limit, dropping the rest of the page.

    The parse still "succeeds" (recover mode): the error log is the only trace of the loss.
    """
    for error in log:
        if _DEPTH_MESSAGE in error.message:
            return error.message.strip()
    return None


def _parse_flattened(data: bytes) -> Element | None:
    """Parse again without formatting tags; raise when the markup is still too deep.

    Old pages leave `<font>` (or `<b>`, `<i>`…) open in every paragraph, so each paragraph
    nests one level deeper and a long page passes the limit. Those tags hold no structure the
    extractor needs and removing them keeps every character of text, so the tree stays
    shallow however many there are. XML_PARSE_HUGE (lxml's huge_tree) is not used: it only
    raises libxml2's limit from 256 to 2048 levels, and the recursive block walk cannot follow
    a tree much deeper than 1,000 levels within Python's recursion limit.
    """
    root = etree.fromstring(_FORMATTING_TAG.sub(b"", data), parser=_PARSER)
    message = _depth_error(_PARSER.error_log)
    if message is not None:
        raise TooDeepError(
            f"markup nested too deeply to parse whole, even without formatting tags ({message})"
        )
    return root


def _adopt_stray_documents(root: Element) -> None:
    """Move content that followed a premature </html> into the body.

    Server-side includes often close the document early (gov.cn's header include ends with
    </html> and the article follows); libxml2 then puts the rest into a second <html> sibling
    that `root.iter()` never visits.
    """
    strays = [s for s in root.itersiblings() if isinstance(s.tag, str)]
    if not strays:
        return
    body = root.find("body")
    if body is None:
        body = etree.SubElement(root, "body")
    for stray in strays:
        holder = stray.find("body")
        for child in list(holder if holder is not None else stray):
            if child.tag != "head":
                body.append(child)  # moving leaves the (document-level) stray empty


def selector_for(root: Element) -> Selector:
    """A parsel Selector over an existing tree, for profile selectors (CSS or XPath)."""
    return Selector(root=root, type="html")


def run_selector(root: Element, query: str) -> list[Selector]:
    """Profile selector: XPath when it starts with '/' or '(', CSS otherwise."""
    sel = selector_for(root)
    if is_xpath(query):
        return list(sel.xpath(query))
    return list(sel.css(query))


def selected_texts(root: Element, query: str) -> list[str]:
    """Whitespace-collapsed text of each match of a profile selector (elements or text/@attr)."""
    texts = []
    for match in run_selector(root, query):
        raw = match.root if isinstance(match.root, str) else "".join(match.root.itertext())
        text = collapse_space(raw)
        if text:
            texts.append(text)
    return texts


def collapse_space(text: str) -> str:
    """Trim and collapse whitespace runs (including NBSP and ideographic space) to one space."""
    return " ".join(text.split())  # str.split() knows every Unicode space, \u3000 included


def text_of(element: Element) -> str:
    """All text under an element, whitespace collapsed."""
    return collapse_space("".join(element.itertext()))


def meta_contents(root: Element) -> dict[str, str]:
    """First non-empty content of each <meta name|property|itemprop|http-equiv>, keys lowercased."""
    found: dict[str, str] = {}
    for meta in _META_XPATH(root):
        key = meta.get("name") or meta.get("property") or meta.get("itemprop") or ""
        key = key.strip().lower()
        content = (meta.get("content") or "").strip()
        if key and content and key not in found:
            found[key] = content
    return found


def strip_tags(fragment: str) -> str:
    """Text of an HTML fragment found inside an attribute (TRS puts <div> into ArticleTitle)."""
    if "<" not in fragment:
        return collapse_space(fragment)
    return collapse_space(re.sub(r"<[^>]*>", "", fragment))


def unspace_spaced_out(text: str) -> str:
    """Repair text spaced out character by character (Hong Kong government pages).

    Space inside CJK text is layout there, not content. Only when most space-separated tokens
    are a single character (or one character and its punctuation: "长：") and the text has Han
    characters, so ordinary text with spaces between phrases (or English) is left as written;
    then every space goes except between Latin letters/digits ("拨 出 2 亿 元" -> "拨出2亿元").
    """
    spaces = text.count(" ")
    if spaces < _SPACED_MIN_TOKENS - 1 or spaces * 4 < len(text):
        return text  # the common cases (few spaces), decided without splitting
    # Space-heavy lines are mostly English or menus; isascii (C, no regex) rules out Han first.
    if text.isascii() or not _HAN.search(text):
        return text
    if _mostly_single_characters(text, spaces):
        return _join_spaced(text)
    tokens = text.split()
    if len(tokens) < _SPACED_MIN_TOKENS:
        return text
    joined = " ".join(tokens)
    padded = f" {joined} "
    lengths = list(map(len, tokens))
    short = lengths.count(1) + lengths.count(2) - len(_TWO_CHAR_WORD.findall(padded))
    latin = len(_LATIN_TOKEN.findall(padded))  # "HK 2030 Plus 規 劃": Latin words keep spaces
    if short < _SPACED_MIN_TOKENS or short * 10 < (len(tokens) - latin) * 7:
        return text
    return _join_spaced(joined)


def _mostly_single_characters(text: str, spaces: int) -> bool:
    """The spaced-out verdict decided from two counts, for text already collapsed to single
    spaces (the callers' lines and blocks): a long spaced-out paragraph then skips splitting
    into thousands of one-character strings, which cost ten times the rest.

    With n tokens holding L characters, at least 2n - L tokens are one character long (every
    other one has two or more), and one-character tokens all count as short. When that lower
    bound already passes the full test (which Latin words can only make easier), the verdict
    is the same.
    """
    if "  " in text or text[0] == " " or text[-1] == " ":
        return False  # not collapsed: token counts are not the space count
    # `isprintable` (the fast check) is false for every whitespace character but " ", and
    # for private-use characters, which Hong Kong pages carry: then look for whitespace.
    if not text.isprintable() and _OTHER_WHITESPACE.search(text):
        return False
    tokens = spaces + 1
    single_at_least = 2 * tokens - (len(text) - spaces)
    return single_at_least >= _SPACED_MIN_TOKENS and single_at_least * 10 >= tokens * 7


def _join_spaced(joined: str) -> str:
    """Drop the single spaces of spaced-out text, keeping those between Latin letters/digits."""
    protected = _LATIN_GAP.sub("\\1\x00", joined)
    return protected.replace(" ", "").replace("\x00", " ")


def drop_non_content(root: Element) -> None:
    """Remove scripts, styles, forms and embeds in place (tails are kept).

    Hidden elements (display:none…) are found by the measuring walk, which visits every
    element anyway, and dropped with `drop_tree`.
    """
    # lxml's C-level removal; without with_tail the text after each element stays in place,
    # which is what drop_tree does one element at a time from Python.
    etree.strip_elements(root, *NON_CONTENT_TAGS, with_tail=False)


def drop_tree(element: Element) -> None:
    """Remove an element and its subtree, keeping the text that follows it (its tail)."""
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail
    if tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(element)
