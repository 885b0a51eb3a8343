"""Room: crawler/text/credits — credit lines (来源, 作者/记者, 编辑, 摄影) become metadata.

A credit line is short and made only of labelled credits, possibly mixed with dates and page
widgets ("来源：人民网 2022-02-11 09:52", "发布时间：2020-10-09 来源：市政府办公厅",
"【责任编辑：王五】", "本报记者 张三 李四"). Anything else — a sentence that mentions 记者,
an interview line "记者：请问……" — is content and yields ``None``.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from crawler.text.convert import simplified_sources, to_simplified
from crawler.text.credits.labels import LABEL_RE, ROLE_OF, is_agency, reporter_role
from crawler.text.credits.model import Credits
from crawler.text.names import are_person_names, is_org_or_name, is_person_name, split_names
from crawler.text.nfkc import nfkc

MAX_CREDIT_LINE = 60
_MAX_SOURCE = 30

# Brackets, and private-use glyphs (icon fonts: "[ 黄宇 ]\ue5c2 来源："), become spaces.
_BRACKETS = re.compile(r"[()（）\[\]［］【】〔〕〖〗{}｛｝<>《》〈〉「」『』\ue000-\uf8ff]")
_DATE = re.compile(
    r"\d{2,4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
    r"|\d{1,2}\s*月\s*\d{1,2}\s*日"
    r"|\d{1,2}\s*:\s*\d{2}(?:\s*:\s*\d{2})?"
)
# Every _DATE branch starts with a digit; most lines hold none, and this class scan is far
# cheaper than trying the three branches at every position.
_DIGIT = re.compile(r"\d")
# Separators, bullets and decoration around credits ("□ 本报记者", "编辑|禤志杰", "▲"), and
# a full stop closing the line ("编辑：张三。").
_JUNK = " \t:：|｜/／-—·•●○◎■□▲△◆◇★☆>»。；;"
_SENTENCE_PUNCT = re.compile(r"[。！？!?；;…]")
_PHOTO_WORD = r"(?:翻摄|翻攝|摄影|攝影|摄|攝)"
_PHOTO_MARK = re.compile(rf"\s*[/／]?\s*{_PHOTO_WORD}$")
_SPACED_PHOTO_MARK = re.compile(rf"[\s/／]\s*{_PHOTO_WORD}$")
# The last character of every _PHOTO_WORD: _PHOTO_MARK can only match a text ending in one
# ("$" also matches before a final newline).
_PHOTO_ENDS = tuple(end + tail for end in "摄攝影" for tail in ("", "\n"))
# "記者 陳嘉寧 ／桃園機場報導": the place of a dateline is not a name.
_DATELINE = re.compile(r"(?:报道|报导|电|传真)$")  # matched on the t2s form
# "本报记者罗科苏盈发自北京": where the report was sent from, glued to the name.
_DISPATCH = re.compile(r"\s*(?:发自|發自)[\u4e00-\u9fff]{1,8}$")
# "马俊峰/文": the writer's mark after a name, as 摄 is the photographer's.
_TEXT_MARK = re.compile(r"\s*[/／]\s*文$")
# "受访者供图", "资料图": where a picture came from, not a person; dropped from the value.
# "医技药剂党支部、药剂科供稿": who supplied the copy, written before the other credits.
_CONTRIBUTED = re.compile(r"\s*(?:供稿|供圖)$")
_CONTRIBUTED_ENDS = ("供稿", "供圖")
_MARKUP_VALUE = re.compile(r'[="<>]')
_PICTURE_SOURCE = re.compile(r"\s*(?:[\u4e00-\u9fff]{0,6}供图|资料图|資料圖)$")


def parse_credit_line(line: str) -> Credits | None:
    """The credits of ``line``, or ``None`` when the line is content (or holds no credit)."""
    if len(line.strip()) > MAX_CREDIT_LINE:
        return None
    # Nearly every line is content: rule most out with one search on the line itself, then
    # one on its NFKC form, before the date and bracket passes and the t2s conversion.
    # _prepare goes on from this NFKC form.
    if not _credit_witnesses().search(line):
        return None
    normalized = nfkc(line)
    if not _credit_marks().search(normalized):
        return None
    text, simplified = _prepare(normalized)
    if not text:
        return None
    matches = list(LABEL_RE.finditer(simplified))
    if not matches:
        return _parse_photo_suffix(text)
    credits = Credits()
    lead = text[: matches[0].start()].strip(_JUNK)
    quoted = normalized.lstrip().startswith(f"《{lead}》")
    before_source = ROLE_OF[matches[0].group("label")] == "source"
    if lead and not _apply_lead(lead, credits, quoted, before_source):
        return _parse_photo_suffix(text)  # "张三 摄影": the label is the suffix
    ends = [m.start() for m in matches[1:]] + [len(text)]
    for match, end in zip(matches, ends, strict=True):
        if not _apply_label(match, text, end, credits):
            return None
    return None if credits.is_empty() else credits


@cache
def _mark_chars() -> frozenset[str]:
    """Characters a credit line must hold (after NFKC): a witness of some label or of 摄.

    A label can only match the t2s form if its last character is there, which needs one of
    that character's t2s sources in the line; a photo suffix ("张三 摄") holds 摄/攝 itself.
    Built on first use: it reads the converter's dictionaries.
    """
    return simplified_sources({label[-1] for label in ROLE_OF}) | frozenset("摄攝")


@cache
def _credit_marks() -> re.Pattern[str]:
    return re.compile("[" + "".join(re.escape(ch) for ch in sorted(_mark_chars())) + "]")


@cache
def _credit_witnesses() -> re.Pattern[str]:
    """Characters a line must hold for its NFKC form to hold a mark (``_mark_chars``), so
    that most lines are ruled out without being normalized.

    NFKD(NFKC(x)) == NFKD(x), and decomposition works character by character (reordering
    only moves characters): a mark in NFKC(x) puts the first character of the mark's NFKD
    into the NFKD of some character of x. BMP characters are tested here once; every
    character beyond the BMP counts as a witness (one range keeps the class a bitmap).
    """
    firsts = {unicodedata.normalize("NFKD", mark)[0] for mark in _mark_chars()}
    witnesses = [
        chr(code)
        for code in range(0x10000)
        if not firsts.isdisjoint(unicodedata.normalize("NFKD", chr(code)))
    ]
    members = "".join(map(re.escape, witnesses))
    return re.compile(f"[{members}\U00010000-\U0010ffff]")


def _prepare(normalized: str) -> tuple[str, str]:
    # ``normalized`` is the line's NFKC form: "：" is ":" and full-width digits are ASCII, so
    # one date pattern fits all. Brackets become spaces because "（责任编辑：张三）" and
    # "[编辑:王五]" are the same credit.
    text = _BRACKETS.sub(" ", normalized.strip())
    if _DIGIT.search(text):
        text = _DATE.sub(" ", text)
    text = text.strip(_JUNK)
    simplified = to_simplified(text)
    # t2s maps character for character; should a future dictionary break that, match and
    # slice on the Simplified text rather than on misaligned positions.
    return (text, simplified) if len(simplified) == len(text) else (simplified, simplified)


def _apply_lead(lead: str, credits: Credits, quoted: bool, before_source: bool) -> bool:
    # Text before the first label is the source when it is an agency ("聯合報 記者 陳嘉寧"), a
    # publication or column named in 《》 ("《棱镜》作者 周纯"), or a contributor of the copy
    # ("药剂科供稿 摄影/张艳"); a person's name before 来源 is the author ("[ 黄宇 ] 来源：
    # [ 国际金融报 ]", old portals' info line).
    contributor = _CONTRIBUTED.sub("", lead) if lead.endswith(_CONTRIBUTED_ENDS) else ""
    if is_agency(lead) or quoted or contributor:
        credits.source = contributor or lead
        return True
    if before_source and is_person_name(lead, bare=True):
        credits.authors.append(lead)
        return True
    return False


def _apply_label(match: re.Match[str], text: str, end: int, credits: Credits) -> bool:
    role = ROLE_OF[match.group("label")]
    sep = match.group("sep") or ""
    value = _strip_picture_source(text[match.end() : end]).strip(_JUNK)
    if role == "meta":
        return not _SENTENCE_PUNCT.search(value)
    if not value:
        return True
    if _SENTENCE_PUNCT.search(value):
        return False
    if role == "source":
        return bool(sep) and _apply_source(value, credits)
    if role == "reporter":
        org = text[match.start("org") : match.end("org")] if match.group("org") else ""
        if org and is_agency(org) and not credits.source:
            credits.source = org
        role = reporter_role(to_simplified(org))
    elif not sep:
        return False  # "编辑部", "图为…": only reporter labels may be glued to a name
    return _apply_people(role, value, sep.strip(), credits)


def _apply_source(value: str, credits: Credits) -> bool:
    # 'size="20"': a broken template printed its markup where the source should be.
    if len(value) > _MAX_SOURCE or _MARKUP_VALUE.search(value):
        return False
    if not credits.source:
        credits.source = " ".join(value.split())
    return True


def _apply_people(role: str, value: str, punct_sep: str, credits: Credits) -> bool:
    photo, value = _strip_photo_mark(value)
    if not photo and "文" in value:
        value = _TEXT_MARK.sub("", value)
    if "自" in value:
        value = _DISPATCH.sub("", value)
    names = [n for n in split_names(value) if not _DATELINE.search(to_simplified(n))]
    if not names:
        return photo or not value
    # After "编辑：" a desk or office may stand for a person ("审核：市政府办公室"); after a
    # space or nothing, insist on a surname so that "记者 了解到" stays content.
    loose = role == "editor" and bool(punct_sep)
    if loose:
        if not all(map(is_org_or_name, names)):
            return False
    elif not are_person_names(names, bare=not punct_sep):
        return False
    targets = [credits.photographers] if photo else _targets(credits, role)
    for target in targets:
        target.extend(n for n in names if n not in target)
    return True


def _strip_picture_source(value: str) -> str:
    # Both suffixes end in 图/圖: most values are left alone without a scan.
    return _PICTURE_SOURCE.sub("", value) if value.endswith(("图", "圖")) else value


def _strip_photo_mark(value: str) -> tuple[bool, str]:
    if not value.endswith(_PHOTO_ENDS):
        return False, value.strip(_JUNK)  # what the substitution below gives, without a scan
    stripped = _PHOTO_MARK.sub("", value)
    return stripped != value, stripped.strip(_JUNK)


def _targets(credits: Credits, role: str) -> list[list[str]]:
    if role == "editor":
        return [credits.editors]
    if role == "photo":
        return [credits.photographers]
    if role == "both":
        return [credits.authors, credits.photographers]
    return [credits.authors]


def _parse_photo_suffix(text: str) -> Credits | None:
    # No label at all: "张三 摄", "陈正宝/摄", "刘通摄". A name glued to 摄 must start with a
    # known surname, so "拍摄" or "进行拍摄" stay content.
    photo, value = _strip_photo_mark(text)
    if not photo or not value:
        return None
    glued = not _SPACED_PHOTO_MARK.search(text)
    names = split_names(value)
    if not names or not all(is_person_name(n, bare=glued) for n in names):
        return None
    return Credits(photographers=names)
