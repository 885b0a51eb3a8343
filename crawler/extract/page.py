"""Room: extract — the entry point: page bytes in, `Article` out (original text, no cleaning).

`extract_article` rejects what is not an article page (empty, binary, undecodable, no body) with
an `ExtractionError` whose reason the crawl logs as "<url>: <reason>" and counts. A page without
a title is kept: its first heading-like body line stands in, or the title stays empty, and
`title_evidence` says which ("first-line", "none").
Otherwise it parses the page once and fills the Article from the parts: encoding, title,
body blocks (profile selector, else the generic extractor), dates, and the credits stated outside
the body. Body paragraphs are the page's own text blocks: banners, boilerplate and in-body credit
lines are removed later by the cleaning stage.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from crawler.extract import PARSER_VERSION
from crawler.extract.byline import (
    Byline,
    author_element_texts,
    extract_byline,
    info_lines_near,
    post_credits,
    poster_element_names,
)
from crawler.extract.dateline import PageDates, choose_dates
from crawler.extract.dates import (
    DateResult,
    comment_properties,
    jsonld_fields,
    named_date_texts,
    zone_for,
)
from crawler.extract.dom import (
    Element,
    drop_non_content,
    drop_tree,
    meta_contents,
    parse_html,
    run_selector,
    selected_texts,
)
from crawler.extract.encoding import DecodedHtml, decode_html
from crawler.extract.errors import EmptyPageError, NoBodyError, NotHtmlError
from crawler.extract.generic import BodyResult, extract_body, extract_selected
from crawler.extract.measure import TreeStats, measure_tree
from crawler.extract.title import TitleResult, extract_title, first_line_title
from crawler.items import Article
from crawler.sites.profile import FieldSelectors, SiteProfile

# Magic numbers of payloads that are served where HTML was expected.
_BINARY_MAGIC = (
    (b"%PDF", "PDF document"),
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"PK\x03\x04", "ZIP archive or Office document"),
    (b"\xd0\xcf\x11\xe0", "Office document"),
    (b"\x1f\x8b", "gzip data"),
    (b"Rar!", "RAR archive"),
    (b"7z\xbc\xaf", "7z archive"),
    (b"RIFF", "audio/video file"),
)
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_BOM = b"\xef\xbb\xbf"
_SNIFF_BYTES = 4096
_MIN_BODY_CHARS = 30
_SENTENCE_END = re.compile(r"[。！？!?]")
_MAX_CONTROL_RATIO = 0.01
_CONTROL_BYTES = bytes([*range(0, 9), 11, 12, *range(14, 32)])
_MARKUP = re.compile(r"<\s*(?:html|head|body|div|p|title|meta|table|span|a|br)\b", re.IGNORECASE)


@dataclass
class _Parsed:
    """A page after the one parse: text, tree, head metadata and the measured body."""

    decoded: DecodedHtml
    root: Element
    meta: dict[str, str]
    jsonld: dict[str, str]
    stats: TreeStats
    lines: list[str]  # visible text nodes, spaced-out CJK repaired


def extract_article(
    body: bytes,
    url: str,
    *,
    http_charset: str | None = None,
    profile: SiteProfile | None = None,
) -> Article:
    """One page as an Article; raises ExtractionError (with a short reason) for non-articles."""
    page = _parse(body, http_charset)
    selectors = profile.selectors if profile else FieldSelectors()
    title = extract_title(page.root, page.meta, selectors.title)
    result = _body(page, title, selectors.body)
    if not title.title:  # kept: the first heading-like body line, else no title at all
        title = first_line_title(result.paragraphs)
    dates = _dates(page, url, title.title, result, selectors, profile)
    byline = _byline(page, title.title, title.element, result, selectors)
    return Article(
        url=url,
        site=profile.name if profile else (urlsplit(url).hostname or ""),
        city=profile.city if profile else "",
        encoding=page.decoded.encoding,
        encoding_evidence=page.decoded.evidence,
        parser_version=PARSER_VERSION,
        title=title.title,
        title_evidence=title.evidence,
        paragraphs=result.paragraphs,
        headings=result.headings,
        content="\n\n".join(result.paragraphs),
        published_at=dates.published_at,
        updated_at=dates.updated_at,
        date_evidence=dates.evidence,
        document_date=dates.document_date,
        source=byline.source,
        authors=byline.authors,
        editors=byline.editors,
        photographers=byline.photographers,
    )


def _parse(body: bytes, http_charset: str | None) -> _Parsed:
    """Reject non-HTML, decode, parse once, read the head, clean and measure the body."""
    _reject_non_html(body)
    decoded = decode_html(body, http_charset)
    if not _MARKUP.search(decoded.text[:65536]):
        raise NotHtmlError("not HTML: no markup in the page")
    # Strictly valid UTF-8 without BOM: the original bytes are the text's UTF-8 encoding.
    same_bytes = decoded.encoding == "utf-8" and "lossy" not in decoded.evidence
    root = parse_html(decoded.text, body if same_bytes and not body.startswith(_BOM) else None)
    meta, jsonld = meta_contents(root), jsonld_fields(root)  # before scripts go: JSON-LD
    meta.update(comment_properties(body))  # the parser dropped comments
    drop_non_content(root)
    scope = root.find("body")
    stats = measure_tree(scope if scope is not None else root)
    for hidden in stats.hidden:  # found by the measuring walk; gone before anything reads text
        drop_tree(hidden)
    return _Parsed(decoded, root, meta, jsonld, stats, stats.lines)


def _dates(
    page: _Parsed,
    url: str,
    title: str,
    result: BodyResult,
    selectors: FieldSelectors,
    profile: SiteProfile | None,
) -> DateResult:
    zone = zone_for(url, profile.timezone if profile else None)
    return choose_dates(
        PageDates(
            url=url,
            zone=zone,
            stream="\n".join(page.lines),
            title=title,
            paragraphs=tuple(result.paragraphs),
            meta=tuple(page.meta.items()),
            jsonld=tuple(page.jsonld.items()),
            selector_text=_selected_text(page.root, selectors.date),
            named=lambda: named_date_texts(page.root),
            roc_bare=zone.key == "Asia/Taipei",  # 113/05/20 is a date only in Taiwan
        )
    )


def _byline(
    page: _Parsed,
    title: str,
    title_element: Element | None,
    result: BodyResult,
    selectors: FieldSelectors,
) -> Byline:
    selected = [
        text
        for query in (selectors.source, selectors.author)
        if (text := _selected_text(page.root, query))
    ]
    info = [*result.preamble, *info_lines_near(page.lines, title, result.paragraphs)]
    marked = author_element_texts(page.stats, title_element)
    cells = poster_element_names(page.stats, result.container)
    posted = post_credits(info, result.paragraphs, title, result.preamble, cells)
    lead = result.paragraphs[:2]
    return extract_byline(info, page.meta, page.jsonld, selected, lead, marked, posted)


def _reject_non_html(body: bytes) -> None:
    if not body or not body.strip():
        raise EmptyPageError("empty page: no bytes in the response body")
    head = body[:_SNIFF_BYTES]
    for magic, what in _BINARY_MAGIC:
        if head.startswith(magic):
            raise NotHtmlError(f"not HTML: {what}")
    # UTF-16 pages are legitimately full of NUL bytes; text in any other encoding has
    # (almost) no control bytes at all, binary data has plenty.
    if head.startswith(_UTF16_BOMS):
        return
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    if controls > len(head) * _MAX_CONTROL_RATIO:
        raise NotHtmlError("not HTML: binary data (control bytes)")


def _body(page: _Parsed, title: TitleResult, selector: str) -> BodyResult:
    """Body blocks from the profile's selector when it matches, else from the generic extractor.

    A selector that matches nothing (the site changed its layout) falls back to the generic
    extractor rather than losing the article.
    """
    result = None
    if selector:
        parts = [s.root for s in run_selector(page.root, selector) if not isinstance(s.root, str)]
        result = extract_selected(parts, title.title) if parts else None
    if result is None:
        result = extract_body(page.stats, title.title, title.element)
    if not result.paragraphs:
        raise NoBodyError("no body text: no content block found")
    # Paragraphs are whitespace-collapsed: " " is the only space left to discount.
    size = sum(len(p) - p.count(" ") for p in result.paragraphs)
    # A copyright line or one teaser headline is a list or error page; a short notice that
    # ends its sentence is still an article.
    if size < _MIN_BODY_CHARS and not any(_SENTENCE_END.search(p) for p in result.paragraphs):
        raise NoBodyError(f"no body text: only {size} characters and no sentence")
    return result


def _selected_text(root: Element, query: str) -> str:
    """Text a profile selector matches (empty selector or no match: "")."""
    return " ".join(selected_texts(root, query)) if query else ""
