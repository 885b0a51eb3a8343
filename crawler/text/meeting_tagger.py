"""Who chaired, spoke at and attended a meeting, as a learnt character tagger sees them.

The phrasing rules of meeting_people.py are precise but miss whatever wording they were not
written for, and measured on sets nobody had tuned on they missed most of the people (rounds
10 and 11: attendees recall 0.08-0.66). This tagger learns from every labelled report instead:
a linear-chain CRF (python-crfsuite, a small, long-kept binding of CRFsuite) labels each
character of a sentence as the start or inside of a chair's, a speaker's or an attendee's name,
or as none. Its features are the characters around, surnames, office words ending just before
or starting just after, and the role cue words ahead in the sentence and the clause, so a list
of names before "出席会议" is tagged from the verb it ends with, however the list is written.

`crawler/quality/meeting_model.py` trains the shipped models (meeting_people/A.crfsuite for
attendees, S.crfsuite for speakers) from the labelled sets; `detect_meeting` adds the names tagged with a high probability to the rules'.
Input is in the matching form (Simplified, NFKC); no Scrapy here.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pycrfsuite

from crawler.text.meeting_people import ATTENDEE, CHAIR, SPEAKER, Block, PersonRole
from crawler.text.names import is_person_name, is_short_body_name, surname_length

CHAIR_TAG, SPEAKER_TAG, ATTENDEE_TAG = "C", "S", "A"
ROLE_TAGS = (CHAIR_TAG, SPEAKER_TAG, ATTENDEE_TAG)
OUTSIDE = "O"

# Words of attending: the sentences that teach the attendee model (meeting_model) and the
# ones it reads hold one (or a list).
ATTENDING_WORDS = "出席|参加|列席|就座|就坐|与会|到会|陪同"

# The roles whose tagged names are added to the rules': attendees and speakers. Cross-validated,
# the tagger alone finds 57-76% of the attendees at a precision of 0.71-0.94, far more than the
# rules find on sets they were not written for, but only 16-32% of the speakers and fewer chairs
# than the rules, and its speakers and chairs are the kind the rules take care to refuse (one
# who lets others speak, members expelled, a speech at another meeting). Only speakers it is
# all but sure of are added (MIN_SPEAKER_PROBABILITY); chairs are the rules' alone.
ADDED_TAGS = (ATTENDEE_TAG, SPEAKER_TAG)  # only their models are shipped

# One model per role, so one name can be tagged in several ("…主持会议并讲话" chairs and
# speaks): MODEL_DIR/A.crfsuite and S.crfsuite (C for chairs is trained to measure it).
MODEL_DIR = Path(__file__).with_name("meeting_people")


def model_path(directory: Path, tag: str) -> Path:
    return directory / f"{tag}.crfsuite"


# A name tagged with less than this probability (the least of its characters' marginals) is
# left out: cross-validated on four groups of sets, the attendees' precision rose by 0.04-0.12
# and their recall fell by 0.05-0.11 between no threshold and this one; precision matters more
# here, as the rules' own attendees are precise.
MIN_PROBABILITY = 0.9
# One threshold for both scripts. Cross-validated on the eight training groups with the rules
# (`scrapy train_meeting_tagger --thresholds`), Traditional reports' attendees go from P 0.874
# R 0.780 at 0.9 to P 0.905 R 0.750 at 0.98, but all reports together from P 0.915 R 0.841 to
# P 0.931 R 0.827: precision is above 0.9 either way, and recall is what is short.


# A speaker is added only when the tagger is all but sure. Trained without a group of sets and
# scored on it (session 32; rounds 31-38's retired held-out sets and round 46b, 222 items; and
# rounds 21-25's, 44 and 45, 266 items), speakers added at 0.99 (not in a clause of words said
# off the meeting) move the rules' P/R from 0.854/0.820 to 0.848/0.852 and from 0.858/0.752 to
# 0.840/0.768; at 0.95 recall gains a little more (0.868, 0.783) for more precision lost (0.822,
# 0.834).
MIN_SPEAKER_PROBABILITY = 0.99


@dataclass(frozen=True)
class PeopleTagger:
    """The models that add people, and how sure a name must be to be added."""

    models: Path = MODEL_DIR
    min_probability: float = MIN_PROBABILITY
    speaker_probability: float = MIN_SPEAKER_PROBABILITY


SHIPPED_TAGGER = PeopleTagger()

# A department or a school in a list ("住建局、林业局、水利局等部门", "有关高校"), not a
# person ("林业局", "关高校" open with a surname): their names end so, people's almost never.
_OFFICE_NAME_END = re.compile(r"[局办委厅处署站队科室校院所厂部]$")

# Where a role's names can be: 95% of the attendees the tagger finds on the labelled reports
# stand in a sentence with a word of attending or a list, half of their text. The rest is
# not tagged for them, which halves the tagger's time.
_ROLE_SENTENCE = {ATTENDEE_TAG: re.compile(f"{ATTENDING_WORDS}|在席|离席|、")}

# Sentences end at these; a clause at the comma or colon.
_SENTENCE = re.compile(r"[^。!?;\n]+[。!?;]?")
_CLAUSE_END = frozenset(",:")

# Offices a name may follow or precede ("国务院总理李强", "赵乐际委员长"). The tagger's own
# list, not the rules' (meeting_people._TITLE_WORDS): the shipped model was trained on these
# features, and a word added for the rules must not change them unseen.
_OFFICE_WORDS = (
    *("书记", "总书记", "市长", "副市长", "省长", "区长", "县长", "镇长", "乡长", "主任"),
    *("主席", "部长", "局长", "厅长", "处长", "院长", "秘书长", "检察长", "总理", "副总理"),
    *("常委", "委员", "代表", "领导", "负责人", "董事长", "总经理", "委员长", "主任委员"),
    *("常务主席", "议长", "议员", "区议员", "立委", "召委", "司长", "署长", "总监", "主委"),
    *("首长", "副主席", "国务委员", "组长", "团长", "所长", "成员", "嘉宾", "总统", "长官"),
    *("行政长官", "理事", "召集人", "馆长", "教授", "会长", "行长", "社长", "专员", "巡视员"),
    *("调研员", "发言人", "同志"),
)
_OFFICES = re.compile("|".join(sorted(set(_OFFICE_WORDS), key=len, reverse=True)))

# Words that say what someone does at a meeting, or that a name is not a participant's
# (记者, 编辑); the nearest ahead in the sentence and in the clause, and the nearest behind,
# are features of every character.
_CUE_WORDS = (
    *("主持", "主席", "由", "出席", "参加", "列席", "就座", "就坐", "与会", "到会", "陪同"),
    *("讲话", "发言", "致辞", "汇报", "报告", "介绍", "表示", "指出", "强调", "说", "提问"),
    *("质询", "答复", "回应", "通报", "认为", "要求", "部署", "总结", "宣读", "听取", "记者"),
    *("编辑", "摄影", "会见", "会议", "召开", "举行"),
)
_CUES = re.compile("|".join(sorted(set(_CUE_WORDS), key=len, reverse=True)))


@dataclass(frozen=True)
class TaggedName:
    """A name the tagger found, where, and how sure it is."""

    name: str
    tag: str  # CHAIR_TAG | SPEAKER_TAG | ATTENDEE_TAG
    text: int  # which of the texts
    start: int  # where the name starts in its text
    probability: float


def sentences(text: str) -> list[str]:
    """``text``'s sentences, each with its closing mark."""
    return [sentence for _, sentence in _sentences_at(text)]


def _sentences_at(text: str) -> list[tuple[int, str]]:
    return [(match.start(), match.group()) for match in _SENTENCE.finditer(text)]


def sentence_features(sentence: str) -> list[list[str]]:
    """The features of each character of ``sentence`` (see the module's docstring)."""
    size = len(sentence)
    office_ends: set[int] = set()
    office_starts: set[int] = set()
    for match in _OFFICES.finditer(sentence):
        office_ends.add(match.end())
        office_starts.add(match.start())
    cues = [(match.start(), match.end(), match.group()) for match in _CUES.finditer(sentence)]
    cue_starts = [start for start, _, _ in cues]
    cue_ends = [end for _, end, _ in cues]  # rising too: the matches do not overlap
    clause_ends = [i for i, char in enumerate(sentence) if char in _CLAUSE_END]
    surnames = [surname_length(sentence[i : i + 2]) for i in range(size)]
    padded = f"^^^{sentence}$$$"
    # the features every character has, built a column at a time (this runs on every
    # sentence of every report, so it is kept to list comprehensions)
    columns = [
        [f"c={char}" for char in sentence],
        [f"t={_char_class(char)}" for char in sentence],
        *([f"c{k}={char}" for char in padded[3 + k : 3 + k + size]] for k in (-3, -2, -1, 1, 2, 3)),
        *([f"b{k}={padded[i + 3 + k : i + 5 + k]}" for i in range(size)] for k in (-2, -1, 0, 1)),
    ]
    features = []
    for i, common in enumerate(zip(*columns, strict=True)):
        here = ["bias", *common]
        if surnames[i]:
            here.append(f"surname{surnames[i]}")
        if i > 0 and surnames[i - 1]:
            here.append("after_surname")
        if i in office_ends:
            here.append("after_office")
        if i in office_starts:
            here.append("office_here")
        if i + 1 in office_starts:
            here.append("office_next")
        ahead = bisect_right(cue_starts, i)  # the first cue starting after i
        behind = bisect_right(cue_ends, i) - 1  # the last cue ending at or before i
        clause = bisect_right(clause_ends, i)
        clause_end = clause_ends[clause] if clause < len(clause_ends) else size
        next_cue = cues[ahead][2] if ahead < len(cues) else ""
        here.append(f"next={next_cue}")
        here.append(f"prev={cues[behind][2] if behind >= 0 else ''}")
        in_clause = next_cue if next_cue and cue_starts[ahead] < clause_end else ""
        here.append(f"next_in_clause={in_clause}")
        features.append(here)
    return features


def _char_class(char: str) -> str:
    if "\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf":
        return "han"
    if char.isdigit():
        return "digit"
    if char.isascii() and char.isalpha():
        return "latin"
    return "space" if char.isspace() else "mark"


def spans(tags: Sequence[str]) -> list[tuple[str, int, int]]:
    """The (tag, start, end) of each name in a B-/I- tag sequence."""
    found: list[tuple[str, int, int]] = []
    current: tuple[str, int] | None = None  # the tag and start of the name being read
    for i, label in enumerate([*tags, OUTSIDE]):
        if current is not None and label != f"I-{current[0]}":
            found.append((*current, i))
            current = None
        if label.startswith("B-"):
            current = (label[2:], i)
    return found


@cache
def _tagger(path: Path) -> pycrfsuite.Tagger:
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    return tagger


def tag_names(
    texts: Sequence[str], models: Path = MODEL_DIR, roles: Sequence[str] = ADDED_TAGS
) -> list[TaggedName]:
    """Every name ``texts`` (in the matching form) have in one of ``roles`` (tags), in
    order, with the probability the role's tagger gives it."""
    taggers = [(tag, _tagger(model_path(models, tag))) for tag in roles]
    found: list[TaggedName] = []
    for index, text in enumerate(texts):
        for offset, sentence in _sentences_at(text):
            present = [
                (role, tagger)
                for role, tagger in taggers
                if role not in _ROLE_SENTENCE or _ROLE_SENTENCE[role].search(sentence)
            ]
            if not present or not sentence.strip():
                continue
            features = sentence_features(sentence)
            for role, tagger in present:
                tags = tagger.tag(features)
                for _, start, end in spans(tags):
                    probability = min(tagger.marginal(tags[i], i) for i in range(start, end))
                    name = sentence[start:end]
                    found.append(TaggedName(name, role, index, offset + start, probability))
    return found


def sure_names(
    texts: Sequence[str],
    models: Path = MODEL_DIR,
    roles: Sequence[str] = ADDED_TAGS,
    min_probability: float = MIN_PROBABILITY,
) -> list[TaggedName]:
    """The tagged names of ``texts`` sure enough to report, that are a person's name."""
    return [
        tagged
        for tagged in tag_names(texts, models, roles)
        if tagged.probability >= min_probability
        and is_person_name(tagged.name)
        and not _OFFICE_NAME_END.search(tagged.name)
        and not is_short_body_name(tagged.name)
    ]


# A clause that asks, plans or refuses is no record of who was there: "议员要求邀请…出席",
# "主席指会邀请…出席下月例会", "…请假".
_NOT_THERE = re.compile(
    r"要求|建议|提议|拒绝|拟|将(?!军)|预计|预定|计划|下[周月次]|明[天日年]|未能|没有|缺席|请假"
)
_CLAUSE_MARKS = ",;:。!?"
# One who spoke at the meeting in a clause naming no attendance is a speaker, not the audience:
# "市委书记李强在会上指出" (but "出席会议并在会上讲话" attends as well).
_SPOKE_THERE = re.compile(rf"^(?!.*(?:{ATTENDING_WORDS})).*在会上(?:讲话|指出|强调|表示|要求)")

# Words said before or after the meeting, or to the press, are not said at it; a chair who
# lets others speak ("主席梁美芬先後讓21名議員發言") does not speak by it.
_SPOKE_ELSEWHERE = re.compile(r"会前|会后|事后|受访|见记者|答记者|接受[^,]{0,8}采访")
_LETS_SPEAK = re.compile(r"(?:让|请|邀请?|安排|批准)[^,。]{0,16}?(?:发言|讲话|提问|质询)")

_ROLES = {CHAIR_TAG: CHAIR, SPEAKER_TAG: SPEAKER, ATTENDEE_TAG: ATTENDEE}
# What ends the words before a name that could be its office: a mark, or a word that opens
# the clause's subject ("会议由市委书记…", "在…上").
# (a sentence's end closes what came before: "…座谈会。老同志易希文…")
_OFFICE_HEAD = re.compile(r"[,:;、()「」“”【】。!?\s]|[由在和与及是的了]")


def with_tagged(
    roles: Sequence[PersonRole], blocks: Sequence[Block], tagger: PeopleTagger = SHIPPED_TAGGER
) -> list[PersonRole]:
    """``roles`` and, after them, the people the tagger is sure of that they lack, each with
    the title the report gives them elsewhere or the office written right before the name."""
    titles = {person.name: person.title for person in roles if person.title}
    have = {(person.name, person.role) for person in roles}
    added = list(roles)
    texts = [block.norm for block in blocks]
    for tagged in sure_names(texts, tagger.models, min_probability=tagger.min_probability):
        role = _ROLES[tagged.tag]
        if (tagged.name, role) in have:
            continue
        if role == SPEAKER and tagged.probability < tagger.speaker_probability:
            continue
        clause = _clause_around(blocks[tagged.text].norm, tagged.start)
        if _NOT_THERE.search(clause) or (role == ATTENDEE and _SPOKE_THERE.search(clause)):
            continue
        if role == SPEAKER and (_SPOKE_ELSEWHERE.search(clause) or _LETS_SPEAK.search(clause)):
            continue
        have.add((tagged.name, role))
        title = titles.get(tagged.name) or _office_before(blocks[tagged.text], tagged.start)
        added.append(PersonRole(tagged.name, role, title))
    return added


def _clause_around(text: str, start: int) -> str:
    """The clause of ``text`` that holds ``start``, between marks that end one."""
    before = max(text.rfind(mark, 0, start) for mark in _CLAUSE_MARKS)
    after = [i for i in (text.find(mark, start) for mark in _CLAUSE_MARKS) if i >= 0]
    return text[before + 1 : min(after, default=len(text))]


def _office_before(block: Block, start: int) -> str:
    """The office written right before ``start`` in ``block``, as written, or ""."""
    heads = [match.end() for match in _OFFICE_HEAD.finditer(block.norm, 0, start)]
    words = block.norm[heads[-1] if heads else 0 : start]
    office = _OFFICES.search(words)
    if not words or office is None or not words.endswith(office.group()):
        return ""
    return block.written(start - len(words), start)
