"""Room: pipelines/text — credit lines (来源, 作者/记者, 编辑, 摄影) become metadata.

A credit line is short and made only of labelled credits, possibly mixed with dates and page
widgets ("来源：人民网 2022-02-11 09:52", "发布时间：2020-10-09 来源：市政府办公厅",
"【责任编辑：王五】", "本报记者 张三 李四"). Anything else — a sentence that mentions 记者,
an interview line "记者：请问……" — is content and yields ``None``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from pipelines.text.credit_labels import LABEL_RE, ROLE_OF, is_agency
from pipelines.text.keys import match_key
from pipelines.text.names import has_surname, is_org_or_name, is_person_name, split_names

MAX_CREDIT_LINE = 60
_MAX_SOURCE = 30

_BRACKETS = re.compile(r"[()（）\[\]［］【】〔〕〖〗{}｛｝<>《》〈〉「」『』]")
_DATE = re.compile(
    r"\d{2,4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
    r"|\d{1,2}\s*月\s*\d{1,2}\s*日"
    r"|\d{1,2}\s*:\s*\d{2}(?:\s*:\s*\d{2})?"
)
# Separators, bullets and decoration around credits: "□ 本报记者", "编辑|禤志杰", "▲".
_JUNK = " \t:：|｜/／-—·•●○■□▲△◆◇★☆>»"
_SENTENCE_PUNCT = re.compile(r"[。！？!?；;…]")
_CLAUSE_PUNCT = re.compile(r"[。！？!?；;…，,]")
_PHOTO_MARK = re.compile(r"\s*[/／]?\s*(?:翻摄|翻攝|摄影|攝影|摄|攝)$")
_DATELINE = re.compile(r"(?:报道|報導|报导|電|电|传真|傳真)$")
_TRAILING_BRACKET = re.compile(r"[(（\[［【〔]([^()（）\[\]［］【】〔〕]{1,40})[)）\]］】〕]\s*$")
_TRAILING_PLAIN = re.compile(r"(?<=[。！？!?])\s*([^。！？!?]{2,40})$")


@dataclass
class Credits:
    """Who wrote, edited and photographed an article, and where it came from."""

    source: str = ""
    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    photographers: list[str] = field(default_factory=list)

    def is_empty(self) -> bool:
        return not (self.source or self.authors or self.editors or self.photographers)


def parse_credit_line(line: str) -> Credits | None:
    """The credits of ``line``, or ``None`` when the line is content (or holds no credit)."""
    text = _prepare(line)
    if not text or len(line.strip()) > MAX_CREDIT_LINE:
        return None
    matches = list(LABEL_RE.finditer(text))
    if not matches:
        return _parse_photo_suffix(text)
    credits = Credits()
    lead = text[: matches[0].start()].strip(_JUNK)
    if lead and not _apply_lead(lead, credits):
        return None
    ends = [m.start() for m in matches[1:]] + [len(text)]
    for match, end in zip(matches, ends, strict=True):
        if not _apply_label(match, text[match.end() : end], credits):
            return None
    return None if credits.is_empty() else credits


def split_trailing_credit(paragraph: str) -> tuple[str, Credits | None]:
    """Split a credit off the end of a content paragraph: "……。（记者 张三）", "……。张三 摄"."""
    text = paragraph.rstrip()
    for pattern in (_TRAILING_BRACKET, _TRAILING_PLAIN):
        match = pattern.search(text)
        if not match or match.start() == 0:
            continue
        credits = parse_credit_line(match.group(1))
        if credits is not None:
            return text[: match.start()].rstrip(), credits
    return paragraph, None


def merge_credits(a: Credits, b: Credits) -> Credits:
    """``a`` then ``b``: the first non-empty source; names de-duplicated on their match key."""
    return Credits(
        source=a.source or b.source,
        authors=dedup_names([*a.authors, *b.authors]),
        editors=dedup_names([*a.editors, *b.editors]),
        photographers=dedup_names([*a.photographers, *b.photographers]),
    )


def dedup_names(names: list[str]) -> list[str]:
    """Keep the first of names equal on their match key (陳正寶 == 陈正宝), in order."""
    seen: set[str] = set()
    out: list[str] = []
    for name in names:
        key = match_key(name)
        if key and key not in seen:
            seen.add(key)
            out.append(name)
    return out


def _prepare(line: str) -> str:
    # NFKC makes "：" ":" and full-width digits ASCII, so one date pattern fits all; brackets
    # become spaces because "（责任编辑：张三）" and "[编辑:王五]" are the same credit.
    text = unicodedata.normalize("NFKC", line).strip()
    text = _BRACKETS.sub(" ", text)
    return _DATE.sub(" ", text).strip(_JUNK)


def _apply_lead(lead: str, credits: Credits) -> bool:
    # Text before the first label: an agency ("聯合報 記者 陳嘉寧") is the source.
    if is_agency(lead):
        credits.source = lead
        return True
    return False


def _apply_label(match: re.Match[str], value: str, credits: Credits) -> bool:
    role = ROLE_OF[match.group("label")]
    explicit = bool(match.group("sep"))
    value = value.strip(_JUNK)
    if role == "meta":
        return not _SENTENCE_PUNCT.search(value)
    if not value:
        return True
    if role == "source":
        return explicit and _apply_source(value, credits)
    org = match.group("org") or ""
    if org and is_agency(org) and not credits.source:
        credits.source = org
    if role in ("author", "reporter") and not explicit and not has_surname(value):
        return False
    return _apply_people(role, value, explicit, credits)


def _apply_source(value: str, credits: Credits) -> bool:
    if len(value) > _MAX_SOURCE or _SENTENCE_PUNCT.search(value):
        return False
    if not credits.source:
        credits.source = " ".join(value.split())
    return True


def _apply_people(role: str, value: str, explicit: bool, credits: Credits) -> bool:
    if _CLAUSE_PUNCT.search(value.replace("，", "、").replace(",", "、")) and _SENTENCE_PUNCT.search(
        value
    ):
        return False
    photo, value = _strip_photo_mark(value)
    names = [n for n in split_names(value) if not _DATELINE.search(n)]
    if not names:
        return photo or not value
    loose = role in ("editor",) and explicit
    for name in names:
        if not (is_org_or_name(name) if loose else is_person_name(name, bare=not explicit)):
            return False
    target = _target_list(credits, "photo" if photo else role)
    target.extend(n for n in names if n not in target)
    if role == "both" and not photo:
        credits.photographers.extend(n for n in names if n not in credits.photographers)
    return True


def _strip_photo_mark(value: str) -> tuple[bool, str]:
    stripped = _PHOTO_MARK.sub("", value)
    return stripped != value, stripped.strip(_JUNK)


def _target_list(credits: Credits, role: str) -> list[str]:
    if role == "editor":
        return credits.editors
    if role == "photo":
        return credits.photographers
    return credits.authors


def _parse_photo_suffix(text: str) -> Credits | None:
    # No label at all: "张三 摄", "陈正宝/摄", "刘通摄" (glued: the name must start with a
    # known surname, so "拍摄" or "进行拍摄" stay content).
    photo, value = _strip_photo_mark(text)
    if not photo or not value:
        return None
    glued = not re.search(r"[\s/／]\s*(?:翻摄|翻攝|摄影|攝影|摄|攝)$", text)
    names = split_names(value)
    if not names or not all(is_person_name(n, bare=glued) for n in names):
        return None
    return Credits(photographers=names)
