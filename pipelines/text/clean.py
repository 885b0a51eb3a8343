"""Room: pipelines/text — the cleaning stage: banners, boilerplate and credits out of the body.

``clean_paragraphs`` works on plain strings; ``clean_article`` applies it to an ``Article``.
Nothing is dropped silently: every removed line is counted or listed in ``removed``.

Banner counting rule: every line whose key equals the title's key is a banner and is counted,
including a leading line that *is* the title (the page printed its headline in the body).
The seed has the headline 7 times in its text (twice at the top, five times between
sections) and expects ``repeated_title_banners == 7``. When no title is given, the first
non-empty line is taken as the title and counted the same way.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

from crawler.items import Article
from pipelines.text.banners import find_banners
from pipelines.text.boilerplate import find_boilerplate, phrase_keys
from pipelines.text.credits import (
    Credits,
    dedup_names,
    merge_credits,
    parse_credit_line,
    split_trailing_credit,
)
from pipelines.text.headings import find_headings

# Zero-width characters and BOMs survive str.strip(); they are never content at a line edge.
_EDGE_INVISIBLES = "\u200b\u200c\u200d\u2060\ufeff"
_HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# "财 政 司 司 长": three or more Han characters each separated by one (half/full-width) space.
_SPACED_OUT = re.compile(rf"(?<!\S)[{_HAN}](?:[ \u3000][{_HAN}]){{2,}}(?!\S)")


@dataclass
class CleanResult:
    paragraphs: list[str]
    headings: list[int]  # indexes into ``paragraphs``
    credits: Credits
    removed_banners: int
    removed_boilerplate: list[str]
    title: str
    removed_credits: list[str] = field(default_factory=list)  # lines/fragments moved to credits


def strip_paragraph(text: str) -> str:
    """Trim whitespace (incl. U+3000 and nbsp, which str.strip knows) and invisibles."""
    return text.strip().strip(_EDGE_INVISIBLES).strip()


def repair_spaced_title(title: str) -> str:
    """Join Han characters that a page spaced out for layout: "财 政 司 司 长" -> "财政司司长"."""
    return _SPACED_OUT.sub(lambda m: re.sub(r"[ \u3000]", "", m.group(0)), title)


def clean_paragraphs(
    title: str,
    paragraphs: Sequence[str],
    extra_phrases: Sequence[str] = (),
    known_headings: Sequence[int] = (),
    site_banner_keys: Collection[str] = frozenset(),
) -> CleanResult:
    """Remove banners, boilerplate and credit lines; keep order and mark sub-headings.

    ``known_headings`` are indexes into ``paragraphs`` (e.g. from <h2>); they are re-indexed
    and merged with the headings found from the text's shape.
    """
    lines = [(i, strip_paragraph(p)) for i, p in enumerate(paragraphs)]
    lines = [(i, text) for i, text in lines if text]
    texts = [text for _, text in lines]
    title = repair_spaced_title(strip_paragraph(title)) or (texts[0] if texts else "")
    banners = set(find_banners(title, texts, site_banner_keys))
    boilerplate = find_boilerplate(texts, phrase_keys(extra_phrases))
    result = CleanResult([], [], Credits(), 0, [], title)
    kept_from: list[int] = []  # original index of each kept paragraph
    for n, (index, text) in enumerate(lines):
        if n in banners:
            result.removed_banners += 1
        elif (credits := parse_credit_line(text)) is not None:
            result.credits = merge_credits(result.credits, credits)
            result.removed_credits.append(text)
        elif boilerplate[n]:
            result.removed_boilerplate.append(text)
        else:
            result.paragraphs.append(_split_credit(text, result))
            kept_from.append(index)
    result.headings = _merge_headings(result.paragraphs, kept_from, known_headings)
    return result


def _split_credit(text: str, result: CleanResult) -> str:
    kept, credits = split_trailing_credit(text)
    if credits is not None:
        result.credits = merge_credits(result.credits, credits)
        result.removed_credits.append(text[len(kept) :].strip())
    return kept


def _merge_headings(paragraphs: list[str], kept_from: list[int], known: Sequence[int]) -> list[int]:
    known_set = set(known)
    from_html = {new for new, old in enumerate(kept_from) if old in known_set}
    return sorted(from_html | set(find_headings(paragraphs)))


def clean_article(article: Article, extra_phrases: Sequence[str] = ()) -> Article:
    """A cleaned copy of ``article`` (the input is not modified).

    Credits found in the body are added after those extraction already set (deduplicated);
    ``removed`` records what was taken out, for audit.
    """
    result = clean_paragraphs(article.title, article.paragraphs, extra_phrases, article.headings)
    found = Credits(article.source, article.authors, article.editors, article.photographers)
    credits = merge_credits(found, result.credits)
    removed = {
        **article.removed,
        "repeated_title_banners": result.removed_banners,
        "boilerplate": result.removed_boilerplate,
        "credits": result.removed_credits,
    }
    return dataclasses.replace(
        article,
        title=result.title,
        paragraphs=result.paragraphs,
        headings=result.headings,
        content="\n\n".join(result.paragraphs),
        source=credits.source,
        authors=dedup_names(credits.authors),
        editors=credits.editors,
        photographers=credits.photographers,
        removed=removed,
    )
