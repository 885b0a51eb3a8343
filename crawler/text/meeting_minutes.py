"""Room: crawler/text — minutes set out as fields: who chaired, who attended, when it met.

Government minutes (Taiwan's city and county meetings, council gazettes) are a table rather
than a story: a label on a line of its own or before a colon, its value after it
("主席" / "柯文哲(請假)鄧家基(代)", "主 席 游院長錫堃", "時間:民國110年4月13日…", "出席" / a roll
of names). The roll's notes say who was not there (請假, 公假) and who stood in (X(Y代): Y
attended). The chair's own instructions and address are headed by the office alone
("主席致詞:", "主席裁示事項:"): the chair spoke. Text is the Simplified, NFKC form.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from datetime import date

from crawler.text.meeting_dates import dated_with_year
from crawler.text.meeting_people import (
    ATTENDEE,
    CHAIR,
    MEMBER_OFFICES,
    SPEAKER,
    Block,
    PersonRole,
    before_office,
    ends_in_office,
    person_in,
    titled_name,
    turn_speaker,
)
from crawler.text.names import has_surname, is_dictionary_word, is_dotted_name, is_person_name

# A label, its characters possibly spaced out to the width of the table ("主 席", "时 间").
_CHAIR_LABEL = r"主\s*席|主\s*持\s*人"  # (a record's "主 持 人:余先进")
# A roll's label may name whose people it lists ("本府出席人員"), not who was missing (未出席).
_ROLL_LABEL = r"(?:[^\W\d_未缺应不]{1,4}?)?(?:出\s*席|列\s*席)(?:公职人员|人员|人|者|委员|议员|秘书|职员|官员)?"
_WHEN_LABEL = r"(?:开会|会议)?(?:日\s*期|时\s*间)"
# A council's interpellation record lists the members who put questions: they spoke.
_QUESTIONERS_LABEL = r"质\s*询\s*议\s*员"
# A field may be a list item ("• 會議時間:2018-06-19").
# (or a numbered item of a record: "五、主席:陳主席天成")
_FIELD = (
    r"^\s*(?:[•·●▪-]\s*|[一二三四五六七八九十]{{1,2}}、)?(?:{label})\s*(?::\s*|\s+|$)(?P<value>.*)$"
)
_CHAIR_FIELD = re.compile(_FIELD.format(label=_CHAIR_LABEL))
_ROLL_FIELD = re.compile(_FIELD.format(label=_ROLL_LABEL))
_WHEN_FIELD = re.compile(_FIELD.format(label=_WHEN_LABEL))
_QUESTIONERS_FIELD = re.compile(_FIELD.format(label=_QUESTIONERS_LABEL))
# The chair's part of the minutes, headed by the office: "主席致詞:", "主席裁示事項:".
_CHAIR_SPEAKS = re.compile(r"^\s*主席(?:致词|致辞|裁示|指示|提示|结论|讲话|总结|报告)(?:事项)?\s*:")
# A roll: names, each with an optional note in brackets, separated by 、, commas or spaces.
_ROLL_ITEM = re.compile(r"(?P<name>[^()、,\s]+)(?:\((?P<note>[^()]*)\))?")
# Each item ends at a separator or the end, so a line that is no roll fails at once: with the
# separators optional, a long line ending in an unclosed bracket took hours to fail.
# ("柯文哲(請假)鄧家基(代)": a closing bracket ends an item too)
_ROLL = re.compile(r"(?:[^()、,\s]+(?:\([^()]*\)[、,\s]*|[、,\s]+|$))+")
_LONG_ROLL = 4  # items; at most one in this many may be past reading
_SOMEONE_UNREAD = re.compile(r"[\u4e00-\u9fff]{4,7}")
_UNRENDERED = re.compile(r"[?□〓�]")
_ROMANIZED = re.compile(r"(?<=[\u4e00-\u9fff])[A-Za-z][A-Za-z .'\-]*(?=[、,(\s]|$)")
# A roll's closing count: "…、許代表玉明,計11名。"
_ROLL_COUNT = re.compile(r"[,。]?\s*(?:计|共|合共)?[\d一二三四五六七八九十]+(?:名|人|位)。?$")
# An office or an honorific after the name, as Hong Kong's minutes list members ("劉漢銓議員")
# and officers, each under an office of its own ("政制事務局副局長(2)" / "葉文輝先生").
_HONORIFICS = "先生|女士|小姐|博士"
_HONORIFIC = re.compile(rf"(?:{_HONORIFICS})$")
_OFFICE_AFTER = re.compile(rf"(?:议员|委员|代表|{_HONORIFICS})$")
# What an office's or a unit's name ends with ("政風室", "清潔代理課〈隊〉長").
_UNIT_END = re.compile(r"[室课处股科组部局长员师任书理官队所站]$")
# A roll's member noted as its chairman: "劉漢銓議員(主席)".
_ROLL_CHAIR = re.compile(r"^(?P<name>[\u4e00-\u9fff]{2,4}?)(?:议员|委员)?\((?:主席|召集人)\)$")
_ABSENT = re.compile(r"请假|公假|病假|事假|缺席|出国|未出席|未到")
_STAND_IN = re.compile(r"^(?P<deputy>.{2,4}?)代(?:理)?$")  # "彭振聲(張郁慧代)": 張郁慧 attended
_ROC_FIELD_DAY = re.compile(r"^(1\d{2})年(?=\d{1,2}月\d{1,2}日)")
# The chair's turn in a council's record, the chairman named in brackets: "主席(蔡議長旺璉):".
_CHAIR_TURN = re.compile(r"^\s*主席\((?P<who>[^()]{2,8})\)\s*:")
_ISO_DAY = re.compile(r"(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")


# A committee's record reads out its previous sitting's minutes ("宣讀上次會議議事錄"), which
# follow under their own heading ("…第25次全體委員會議議事錄", its roll and chair) until the
# committee confirms them ("決定:確定"): who attended or chaired that sitting, not this one.
_READ_MINUTES = re.compile(r"宣读上次会议(?:议事录|纪录|记录)")
_MINUTES_READ_HEADING = re.compile(
    r"第[\d一二三四五六七八九十百零]+次[^,。:]{0,30}?(?:议事录|会议纪录|会议记录)"
)
# The reading as an item of its own, its heading on the next lines: "• 宣讀上次會議議事錄。"
_READ_ITEM = re.compile(
    r"(?:[•·]\s*|[一二三四五六七八九十\d]{1,2}、)?宣读上次会议(?:议事录|纪录|记录)。?"
)
_MINUTES_CONFIRMED = re.compile(r"决定\s*:\s*确定")


def without_read_minutes(blocks: Sequence[Block]) -> list[Block]:
    """``blocks`` without the previous sitting's minutes read out at this one (from their
    heading to their confirmation, or to the end of the record)."""
    kept: list[Block] = []
    reading = False
    for block in blocks:
        text = block.norm
        if not reading:
            read = _READ_MINUTES.search(text)
            heading = _MINUTES_READ_HEADING.search(text, read.end()) if read else None
            if read is not None and heading is None and _READ_ITEM.fullmatch(text.strip()):
                reading = True  # the heading comes on the next lines
                kept.append(block)
                continue
            if heading is None:
                kept.append(block)
                continue
            kept.append(_cut(block, 0, heading.start()))
            text_after = text[heading.start() :]
            confirmed = _own_confirmation(text_after)
            if confirmed is not None:
                kept.append(_cut(block, heading.start() + confirmed.end(), len(text)))
            else:
                reading = True
            continue
        if _MINUTES_CONFIRMED.search(text):
            reading = False
    return kept


def _own_confirmation(text: str) -> re.Match[str] | None:
    """The confirmation of minutes read out, flattened with them into one line: not that of
    the minutes they read out in turn ("…報告事項 一、宣讀上次會議議事錄。 決定:確定。 二、…")."""
    for confirmed in _MINUTES_CONFIRMED.finditer(text):
        if not _READ_MINUTES.search(text, max(0, confirmed.start() - 16), confirmed.start()):
            return confirmed
    return None


def _cut(block: Block, start: int, end: int) -> Block:
    """The part of ``block`` from ``start`` to ``end`` of its matching form; nothing when its
    forms differ in length (which NFKC and t2s almost never make them), since the offsets then
    point nowhere in the original: the block's people are lost rather than the wrong ones read."""
    if len(block.norm) != len(block.original):
        return Block("", "")
    return Block(block.norm[start:end], block.original[start:end])


def is_roll_field(line: str) -> bool:
    """``line`` is an attendance roll's field ("出席:…", "列席人員", "出席委員 :")."""
    return _ROLL_FIELD.match(line) is not None


def minutes_roles(blocks: Sequence[Block]) -> list[PersonRole]:
    """The chair, the attendance rolls and the chair's own remarks of minutes set out as
    fields; [] for a story."""
    lines = field_lines([block.norm for block in blocks])
    chairs = [
        PersonRole(name, CHAIR, title)
        for value in _field_values(lines, _CHAIR_FIELD)
        for name, title in _chair_value(value)
    ]
    attendees = [
        PersonRole(name, ATTENDEE, title)
        for index, value in _field_lines(lines, _ROLL_FIELD)
        for name, title in _roll(value, lines[index + 1 :])
    ]
    if attendees:
        chairs += [
            PersonRole(match["name"], CHAIR, "")
            for line in lines
            if (match := _ROLL_CHAIR.match(line.strip())) and is_person_name(match["name"])
        ]
    chairs += [
        PersonRole(titled[0], CHAIR, titled[1])
        for line in lines
        if (turn := _CHAIR_TURN.match(line)) and (titled := titled_name(turn["who"]))
    ]
    speaking = any(_CHAIR_SPEAKS.match(line) for line in lines)
    speakers = [PersonRole(chair.name, SPEAKER, "主席") for chair in chairs] if speaking else []
    speakers += [
        PersonRole(name, SPEAKER, title)
        for value in _field_values(lines, _QUESTIONERS_FIELD)
        for name, title in roll_people(value)
    ]
    found = [*chairs, *speakers, *_gazette_speakers(lines), *transcript_roles(lines), *attendees]
    return [PersonRole(p.name, p.role, _as_written(p.title, blocks)) for p in found]


def _as_written(title: str, blocks: Sequence[Block]) -> str:
    """``title`` (read in the matching form) as the record writes it ("司長", not "司长"); as
    read when the record has it only in pieces ("交通部 政務次長" read as one office)."""
    for block in blocks:
        start = block.norm.find(title) if title else -1
        if start >= 0:
            return block.written(start, start + len(title))
    return title


# A transcript's turn: who has the floor, a colon, the words ("何啟明議員:主席,特首,…").
_TURN = re.compile(r"^\s*(?P<label>[^:,。!?\s]{2,16}):")
# A transcript gives the floor several times, and its chairman calls the speakers.
_TRANSCRIPT_TURNS = 3
# A member named with the office after the name, heading a paragraph of what they asked
# ("廖志城議員:對埔里設置壘球運動場…", "許阿甘議員:要求縣長…"), as council reports sum up a day's
# questions, several in a row.
_MEMBER_TURN = re.compile(rf"[\u4e00-\u9fff]{{2,4}}{MEMBER_OFFICES}")


def is_transcript(lines: Sequence[str]) -> bool:
    """``lines`` (normalized) are a sitting's transcript: several turns, one the chairman's
    ("立法會主席梁君彥議員:行政長官。")."""
    return _chaired_turns(_turn_labels(lines))


def _turn_labels(lines: Sequence[str]) -> list[str]:
    return [match["label"] for line in lines if (match := _TURN.match(line))]


def _chaired_turns(labels: list[str]) -> bool:
    return len(labels) >= _TRANSCRIPT_TURNS and any("主席" in label for label in labels)


def transcript_roles(lines: Sequence[str]) -> list[PersonRole]:
    """Who took the floor in a transcript, and the chairman who gave it, or the members whose
    questions a council's report sums up one paragraph each; [] for a story."""
    labels = _turn_labels(lines)
    if _chaired_turns(labels):
        return [role for label in labels if (role := turn_speaker(label)) is not None]
    members = [label for label in labels if _MEMBER_TURN.fullmatch(label)]
    if len(members) < _TRANSCRIPT_TURNS:
        return []
    return [role for label in members if (role := turn_speaker(label)) is not None]


def _gazette_speakers(lines: Sequence[str]) -> list[PersonRole]:
    """A gazette's record of who took the floor: "林秘書長志嘉:報告院會,…" (surname, office,
    given name, a colon, the words)."""
    found: list[PersonRole] = []
    for line in lines:
        head = line.split(":", 1)[0].strip() if ":" in line else ""
        titled = titled_name(head) if 3 <= len(head) <= 8 and " " not in head else None
        if titled is not None:
            found.append(PersonRole(titled[0], SPEAKER, titled[1]))
    return found


def minutes_day(lines: Sequence[str]) -> str | None:
    """The day the "时间"/"开会日期" field gives with its year ("民国110年4月13日",
    "2018-11-20 09:00:00"), before any other date of the page (its upload date)."""
    for value in _field_values(lines, _WHEN_FIELD):
        # a council's record may space out its Republic date and leave out 民國: "108 年 5 月 27 日"
        compact = _ROC_FIELD_DAY.sub(r"民国\1年", "".join(value.split()))
        found = dated_with_year(compact) or _iso_day(value)
        if found is not None:
            return found
    return None


def roll_names(value: str) -> list[str]:
    """Who a roll says was there: "甲、乙(請假)、丙(丁代)、戊(代理)" -> 甲, 丁, 戊. A value that is
    not a list of names ("(詳如簽到簿)") names nobody."""
    return [name for name, _ in roll_people(value)]


def roll_people(value: str) -> list[tuple[str, str]]:
    """(name, office) of who a roll says was there. Each item is a name, a gazette's name split
    by its office ("陳副主席介民": 陳介民, 副主席) or a name before a member's office
    ("劉漢銓議員"); a closing count ("計11名") is no item."""
    value = _ROLL_COUNT.sub("", value.strip()).removesuffix("。")  # a record's full stop
    value = _ROMANIZED.sub("", value)  # "巴干.巴万Bakan Pawa": the name, then its romanization
    if not value or not _ROLL.fullmatch(value):
        return []
    people: list[tuple[str, str]] = []
    unread = 0
    items = list(_ROLL_ITEM.finditer(value))
    for item in items:
        note = item.group("note") or ""
        if _ABSENT.search(note):
            continue
        stand_in = _STAND_IN.match(note)
        person = _roll_item(stand_in.group("deputy") if stand_in else item.group("name"))
        pair = [] if person is not None or stand_in else _run_together(item.group("name"))
        if person is not None:
            people.append(person)
        elif pair:
            people.extend((name, "") for name in pair)
        elif _past_reading(item.group("name")):
            unread += 1
        else:
            return []
    # a long roll may hold such an item; a short one, or one with many, is no roll
    if unread and (len(items) < _LONG_ROLL or unread * _LONG_ROLL > len(items)):
        return []
    return people


# The body keeping the minutes, before one of its own staff in the gazette form: "本會劉秘書師政"
# (its secretary 劉師政; the office keeps it: 本會秘書).
_OWN_BODY = re.compile(r"^本(?:会|所|府|局|处|院)")


# Two names of three a roll lost the separator between: "…、李泰興、張溫德王秋冬、陳國君…".
_TWO_FULL_NAMES = re.compile(r"[\u4e00-\u9fff]{6}")


def _run_together(item: str) -> list[str]:
    """The two names of a roll's item of six characters, each of three with a surname and
    no common word (no name of one person is that long without a dot; "黃人事管理員" is an
    office's holder), else []."""
    if not _TWO_FULL_NAMES.fullmatch(item):
        return []
    pair = [item[:3], item[3:]]
    return pair if all(has_surname(n) and not is_dictionary_word(n) for n in pair) else []


def _past_reading(item: str) -> bool:
    """A roll's item naming someone no rule reads: a page's "?" for a rare character
    ("許?禎"), or a surname before an office no list knows ("邱主計靜怡") or held with no given
    name ("黃人事管理員")."""
    return bool(_UNRENDERED.search(item)) or (
        _SOMEONE_UNREAD.fullmatch(item) is not None and has_surname(item)
    )


def _office_alone(item: str) -> bool:
    """``item`` is an office with no one's name before it ("司長", "執行秘書", "政務次長"; not
    "周梁淑怡議員")."""
    before = before_office(item)
    return before is not None and not (has_surname(before) and is_person_name(before))


def _roll_item(item: str) -> tuple[str, str] | None:
    """(name, office) of one item of a roll, or ``None`` if it names nobody."""
    if _COUNT_OF_THOSE.search(item):
        return None  # the roll's count on a line of its own: "委員出席11人"
    if _office_alone(item):
        return None  # its holder is on the next line ("司長" / "陳文瑞")
    # (a gazette's name split by its office first: "汪課長揚" would pass for a name of four)
    body = own.group() if (own := _OWN_BODY.match(item)) else ""
    titled = titled_name(item[len(body) :]) if len(item) - len(body) <= 7 else None
    if titled is not None:
        return titled[0], body + titled[1]
    if is_person_name(item) and (len(item) <= 4 or is_dotted_name(item)):
        return item, ""
    named = person_in(item)  # an office before the name: "民政課長蔡向榮"
    if named is not None and item.endswith(named) and ends_in_office(item[: -len(named)]):
        return named, item[: -len(named)]
    office = _OFFICE_AFTER.search(item)
    if office is not None:
        name = item[: office.start()]
        return (name, office.group()) if is_person_name(name) and len(name) <= 4 else None
    # an office no list of titles knows ("政風室郭昆哲"): the roll's separators delimit the
    # item, so a full name of three closing it is the person
    tail = item[-3:]
    if len(item) > 4 and _UNIT_END.search(item[:-3]) and has_surname(tail) and is_person_name(tail):
        return tail, item[:-3]
    return None


# Who a count after a roll counts ("委員出席11人", its number taken off by _ROLL_COUNT).
_COUNT_OF_THOSE = re.compile(r"(?:出席|列席|缺席|请假)$")


def _roll(value: str, after: Sequence[str]) -> list[tuple[str, str]]:
    """(name, office) of everyone a roll lists: on the label's line, or on the lines after a
    label standing alone, as long as each is a roll ("甲、乙" or a table's "局长 甲  处长 乙")."""
    found: list[tuple[str, str]] = []
    if value:
        listed = roll_people(value) or roll_cells(value)
        if not listed:
            return leading_names(value)
        # a long roll runs on over the lines after the label's ("出席委員:吳玉琴 … 鄭麗文",
        # then "賴香伶 周春米 蔡易餘 林為洲", then the count "委員出席11人")
        found.extend(listed)
    office = ""
    for index, line in enumerate(after):
        following, after_that = [*after[index + 1 : index + 3], "", ""][:2]
        if any(field.match(line) for field in (_ROLL_FIELD, _CHAIR_FIELD, _WHEN_FIELD)):
            break  # the next field ("列席" after the "出席" roll)
        if office:
            found.extend((name, office) for name, _ in roll_people(line))
            office = ""
            continue
        if _officer_below(line, following):
            office = line
            continue
        if _unit_above(line, following, after_that):
            continue
        listed = roll_people(_unpadded(line)) or roll_cells(line)
        if not listed:
            break
        found.extend(listed)
    return found


def _officer_below(line: str, following: str) -> bool:
    """``line`` is an officer's office on its own line, the name under it: with an honorific
    ("法律顧問" / "馬耀添先生"), or alone under a known office ("司長" / "陳文瑞")."""
    named = roll_people(following)
    if _HONORIFIC.search(line) or not named:
        return False
    return bool(_HONORIFIC.search(following)) or (
        # (an office alone: "何秀蘭議員" above "何鍾泰議員" is one of the roll)
        ends_in_office(line) and not roll_people(line) and len(named) == 1
    )


# A roll of officials laid out a line a cell: the unit, its officer's office, the name
# ("路政司" / "司長" / "陳文瑞"); the unit's line is passed over.
_UNIT = re.compile(r"(?:[部司局处署院会]|中心|办公室)$")


def _unit_above(line: str, following: str, after_that: str) -> bool:
    return bool(_UNIT.search(line)) and _officer_below(following, after_that)


# A table flattened into one line keeps its labels, each before a spaced colon:
# "日期 : 二零零八年九月二十二日 … 出席議員 : 曹其真 劉焯華 … 結束時間 : 下午七時三十五分".
_INLINE_LABEL = re.compile(r"(?:^|(?<=\s))(?=[\u4e00-\u9fff]{2,6}\s:\s)")
_LEADING_RUN = 2  # a roll field's value names at least two people before the layout's spill


# A record flattened into one line with its fields numbered: "一、開會時間:民國108年12月19日
# 二、開會地點:本會議事廳三、出席人:蔡主席咏锝、…".
_NUMBERED_LABEL = re.compile(r"(?=[一二三四五六七八九十]{1,2}、[\u4e00-\u9fff]{2,6}:)")


def field_lines(lines: Sequence[str]) -> list[str]:
    """``lines`` with each line that holds several inline field labels split before each,
    and the numbered items' text ("二、開會地點:…") without its number."""
    split: list[str] = []
    for line in lines:
        parts = [part for part in _INLINE_LABEL.split(line) if part.strip()]
        if len(parts) <= 2:
            parts = [part for part in _NUMBERED_LABEL.split(line) if part.strip()]
            if len(parts) > 2:
                parts = [
                    part.split("、", 1)[1] if _NUMBERED_LABEL.match(part) else part
                    for part in parts
                ]
        split.extend(parts if len(parts) > 2 else [line])
    return split


def leading_names(value: str) -> list[tuple[str, str]]:
    """(name, office) of the run of people a flattened roll's value starts with, each a name
    of two or three characters (the label vouches for them: 區錦新) or an office and a name ("曹其真 劉焯華 …", "行政法務司司長陳麗敏 …"), up to the first
    word that is neither; [] for a run shorter than _LEADING_RUN."""
    found: list[tuple[str, str]] = []
    for word in value.split():
        if is_person_name(word) and len(word) <= 3:
            found.append((word, ""))
            continue
        titled = person_in(word)
        if titled is None or not word.endswith(titled) or len(word) == len(titled):
            break
        found.append((titled, word[: -len(titled)]))
    return found if len(found) >= _LEADING_RUN else []


def _unpadded(line: str) -> str:
    """A name spaced out to a column's width ("周  正") written whole, also within a row of
    names ("歐晉德 白秀雄 廖 鯉 康炳政": two single characters in a row are one name)."""
    words = line.split()
    if len(words) > 1 and all(len(word) == 1 for word in words):
        return "".join(words)
    return re.sub(r"(?<![^\s])(\w) (\w)(?![^\s])", r"\1\2", line)


# Offices a roll's table lists that a report's sentence would not put before a name.
_TABLE_OFFICES = ("顾问", "参议", "参事")


def roll_cells(line: str) -> list[tuple[str, str]]:
    """(name, office) of each cell of a table's roll line, an office then a name, either
    spaced out to the column's width: "副 市 长  李四川   民政局局长 江俊霆   农业局局长 李 玟".
    [] unless the whole line is such cells."""
    cells: list[tuple[str, str]] = []
    office = ""
    name = ""
    for word in line.split():
        if name and (len(word) > 1 or len(name) > 1):
            cells.append((name, office))
            office, name = "", ""
        # an office spaced out to the column may run on ("秘 書" then "長")
        longer = not name and ends_in_office(office + word) and len(word) == 1
        if office and not longer and (ends_in_office(office) or office.endswith(_TABLE_OFFICES)):
            name += word
            if len(name) > 4:
                return []
        else:
            office += word
    if name:
        cells.append((name, office))
    elif office:
        return []
    return cells if cells and all(is_person_name(name) for name, _ in cells) else []


def _chair_value(value: str) -> list[tuple[str, str]]:
    """The chair a "主席" field names: one titled name ("市长 黄敏惠", "游院长锡堃"), or a roll
    of one present ("柯文哲(请假)邓家基(代)")."""
    titled = titled_name(value.strip())
    if titled is not None:
        return [titled]
    names = roll_names(value)
    if not names and " " in value.strip():  # a flattened table's spill after the chair's name
        first = value.split()[0]
        presiding = roll_people(first)  # "洪議長允典、周副議長子傑 記 錄 石維傑": both, in turn
        if presiding:
            return presiding
        names = [first] if is_person_name(first) and len(first) <= 3 else []
    # a chair's line of the minutes' dialogue ("主席:现在开会") is no name
    return [(name, "") for name in names] if all(map(has_surname, names)) else []


def _field_lines(lines: Sequence[str], field: re.Pattern[str]) -> Iterator[tuple[int, str]]:
    """(line index, value on the line) of each ``field`` label."""
    for index, line in enumerate(lines):
        match = field.match(line)
        if match is not None:
            yield index, match.group("value").strip()


def _field_values(lines: Sequence[str], field: re.Pattern[str]) -> Iterator[str]:
    """Each value of ``field``: after the label on its line, or the next line when the label
    stands alone."""
    for index, line in enumerate(lines):
        match = field.match(line)
        if match is None:
            continue
        value = match.group("value").strip()
        if value:
            yield value
        elif index + 1 < len(lines):
            yield lines[index + 1]


def _iso_day(text: str) -> str | None:
    match = _ISO_DAY.search(text)
    if match is None:
        return None
    try:
        return date(*(int(group) for group in match.groups())).isoformat()
    except ValueError:
        return None
