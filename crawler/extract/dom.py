"""Room: extract — the single HTML parse per page and the small DOM helpers every extractor shares.

A page is parsed once (lxml, comments and processing instructions dropped at parse time) and
every part of extraction reads that one tree; XPath expressions are compiled once at import.
Profile selectors (CSS or XPath) run through parsel on the same tree, so they cost no re-parse.
"""

from __future__ import annotations

import re

import lxml.html
from lxml import etree
from parsel import Selector

# Tags whose text is never article text; removed from the tree before any text is read.
NON_CONTENT_TAGS = (
    "script",
    "style",
    "noscript",
    "iframe",
    "form",
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
)

_PARSER = lxml.html.HTMLParser(
    encoding="utf-8",
    remove_comments=True,
    remove_pis=True,
    collect_ids=False,
    default_doctype=False,
)

_WHITESPACE = re.compile(r"\s+")
# Space inside CJK text is layout, not content: "第 一 条" and "财 政 司" mean the same as unspaced.
_SPACED_CJK = re.compile(r"(?<=[\u3400-\u9fff\uf900-\ufaff]) (?=[\u3400-\u9fff\uf900-\ufaff])")

_META_XPATH = etree.XPath("//meta[@content]")


def parse_html(text: str) -> lxml.html.HtmlElement:
    """Parse decoded page text into an lxml tree (always a document with <html>)."""
    # Encoding back to UTF-8 bytes lets lxml accept pages that carry an XML encoding declaration
    # (which it refuses on str input) and tells it the one true encoding.
    data = text.encode("utf-8", "surrogatepass").replace(b"\x00", b"")
    root = lxml.html.document_fromstring(data, parser=_PARSER)
    _adopt_stray_documents(root)
    return root


def _adopt_stray_documents(root: lxml.html.HtmlElement) -> None:
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


def selector_for(root: lxml.html.HtmlElement) -> Selector:
    """A parsel Selector over an existing tree, for profile selectors (CSS or XPath)."""
    return Selector(root=root, type="html")


def run_selector(root: lxml.html.HtmlElement, query: str) -> list[Selector]:
    """Profile selector: XPath when it starts with '/' or '(', CSS otherwise."""
    sel = selector_for(root)
    if query.startswith(("/", "(")):
        return list(sel.xpath(query))
    return list(sel.css(query))


def collapse_space(text: str) -> str:
    """Trim and collapse whitespace runs (including NBSP and ideographic space) to one space."""
    return _WHITESPACE.sub(" ", text.replace("\u3000", " ")).strip()


def text_of(element: etree._Element) -> str:
    """All text under an element, whitespace collapsed."""
    return collapse_space("".join(element.itertext()))


def meta_contents(root: lxml.html.HtmlElement) -> dict[str, str]:
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


def unspace_cjk(text: str) -> str:
    """Drop single spaces between CJK characters ("财 政 司" -> "财政司")."""
    return _SPACED_CJK.sub("", text)


_HIDDEN_XPATH = etree.XPath(
    "//body//*[@hidden or @aria-hidden='true' or contains(translate(@style, ' ', ''), "
    "'display:none') or contains(translate(@style, ' ', ''), 'visibility:hidden')]"
)


def drop_non_content(root: lxml.html.HtmlElement) -> None:
    """Remove scripts, styles, forms, embeds and hidden elements in place (tails are kept)."""
    doomed = list(root.iter(*NON_CONTENT_TAGS))
    doomed.extend(_HIDDEN_XPATH(root))
    for element in doomed:
        if element.getparent() is not None:
            element.drop_tree()


def visible_stream(root: lxml.html.HtmlElement) -> str:
    """The body's text, one non-empty text node per line (whitespace collapsed within a node)."""
    body = root.find("body")
    container = body if body is not None else root
    parts = (collapse_space(text) for text in container.itertext())
    return "\n".join(part for part in parts if part)
