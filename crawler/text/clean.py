"""Room: crawler/text — the cleaning stage: banners, boilerplate and credits out of the body.

``clean_paragraphs`` works on plain strings; the processing chain applies it to an article
(crawler/processing/stages.py).
Nothing is dropped silently: every removed line is counted or listed in ``removed``.

Banner counting rule: every line whose key equals the title's key is a banner and is counted,
including a leading line that *is* the title (the page printed its headline in the body).
The seed has the headline 7 times in its text (twice at the top, five times between
sections) and expects ``repeated_title_banners == 7``. When no title is given, the first
line that is neither boilerplate nor a credit is taken as the title and counted the same way.

Titles and paragraphs whose characters were spaced out for layout ("财 政 司 司 长") are
joined back before anything else, so keys and search see the words.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

from crawler.text.banners import find_banners
from crawler.text.boilerplate import find_boilerplate, is_boilerplate, phrase_keys
from crawler.text.credits import Credits, cut_credit, merge_credits, parse_credit_line
from crawler.text.headings import find_headings
from crawler.text.keys import match_keys

# Zero-width characters and BOMs survive str.strip(); they are never content at a line edge.
_EDGE_INVISIBLES = "\u200b\u200c\u200d\u2060\ufeff"
# Old pages (and some HK government ones) space out every character for layout:
# "财 政 司 司 长 今 日 （星 期 一） 上 午". A line is spaced out when nearly all of its
# space-separated tokens hold at most one letter or digit.
_SPACED_TOKENS = re.compile(r"[ \u3000]")
_WORD_CHAR = re.compile(r"[^\W_]")
_MIN_SPACED_TOKENS = 3
_SPACED_SHARE = 0.8


@dataclass
class CleanResult:
    paragraphs: list[str]
    headings: list[int]  # indexes into ``paragraphs``
    credits: Credits
    removed_banners: int
    removed_boilerplate: list[str]
    title: str
    removed_credits: list[str] = field(default_factory=list)  # lines/fragments moved to credits
    removed_site_lines: list[str] = field(default_factory=list)  # lines the site repeats


def strip_paragraph(text: str) -> str:
    """Trim whitespace (incl. U+3000 and nbsp, which str.strip knows) and invisibles."""
    return text.strip().strip(_EDGE_INVISIBLES).strip()


def repair_spaced_text(text: str) -> str:
    """Join characters spaced out for layout: "财 政 司 司 长" -> "财政司司长".

    A space between two Latin letters is kept ("A B" stays), and lines that are not mostly
    single characters ("王 军 出席会议", English prose) are returned unchanged.
    """
    # Most lines hold fewer spaces than a spaced-out line needs: ruled out by counting, before
    # splitting and scanning every token (split gives one token more than separators).
    if text.count(" ") + text.count("\u3000") + 1 < _MIN_SPACED_TOKENS:
        return text
    tokens = _SPACED_TOKENS.split(text)
    singles = sum(1 for token in tokens if len(_WORD_CHAR.findall(token)) <= 1)
    if singles < _SPACED_SHARE * len(tokens):
        return text
    out = tokens[0]
    for token in tokens[1:]:
        latin_pair = out[-1:].isascii() and out[-1:].isalpha() and token[:1].isascii()
        out += " " + token if latin_pair and token[:1].isalpha() else token
    return out


def clean_paragraphs(
    title: str,
    paragraphs: Sequence[str],
    extra_phrases: Sequence[str] = (),
    known_headings: Sequence[int] = (),
    site_banner_keys: Collection[str] = frozenset(),
    infer_title: bool = True,
) -> CleanResult:
    """Remove banners, boilerplate and credit lines; keep order and mark sub-headings.

    Without a ``title``, the first real line is taken as the headline when ``infer_title``;
    extraction, which has already looked for a heading-like line, passes False so that a page
    whose body opens with a sentence keeps that sentence as body text.

    ``known_headings`` are indexes into ``paragraphs`` (e.g. from <h2>); they are re-indexed
    and merged with the headings found from the text's shape.
    """
    lines = [(i, repair_spaced_text(strip_paragraph(p))) for i, p in enumerate(paragraphs)]
    lines = [(i, text) for i, text in lines if text]
    texts = [text for _, text in lines]
    title = repair_spaced_text(strip_paragraph(title))
    if not title and infer_title:
        title = _first_content_line(texts)
    # Each line's key once, shared by the passes below (texts are already stripped, so this is
    # the key each pass would compute itself); the page's new lines are keyed in one go.
    title_key, *keys = match_keys([title, *texts])
    banners = set(find_banners(title, texts, site_banner_keys, keys))
    boilerplate = find_boilerplate(texts, phrase_keys(extra_phrases), keys)
    result = CleanResult([], [], Credits(), 0, [], title)
    kept_from: list[int] = []  # original index of each kept paragraph
    for n, (index, text) in enumerate(lines):
        # Most specific first: a title repeat, a credit (metadata must not be lost), known
        # boilerplate, and only then a merely repeated or site-wide segment.
        if n in banners and keys[n] == title_key:
            result.removed_banners += 1
        elif (credits := parse_credit_line(text)) is not None:
            result.credits = merge_credits(result.credits, credits)
            result.removed_credits.append(text)
        elif boilerplate[n]:
            result.removed_boilerplate.append(text)
        elif n in banners and keys[n] in site_banner_keys:
            result.removed_site_lines.append(text)
        elif n in banners:
            result.removed_banners += 1
        else:
            result.paragraphs.append(_split_credit(text, result))
            kept_from.append(index)
    result.headings = _merge_headings(result.paragraphs, kept_from, known_headings)
    return result


def _first_content_line(texts: Sequence[str]) -> str:
    # Without a given title, the page's first real line is its headline.
    for text in texts:
        if not is_boilerplate(text) and parse_credit_line(text) is None:
            return text
    return ""


def _split_credit(text: str, result: CleanResult) -> str:
    cut = cut_credit(text)
    if cut is None:
        return text
    result.credits = merge_credits(result.credits, cut.credits)
    result.removed_credits.append(cut.removed)
    return cut.kept


def _merge_headings(paragraphs: list[str], kept_from: list[int], known: Sequence[int]) -> list[int]:
    known_set = set(known)
    from_html = {new for new, old in enumerate(kept_from) if old in known_set}
    return sorted(from_html | set(find_headings(paragraphs)))
