"""Room: crawler/quality — meeting detection and meeting fields, scored on labelled reports.

Each `*.json` of a labelled folder (tests/fixtures/meetings) holds a real item's title,
paragraphs and publication time, and its `ground_truth`: whether it reports a meeting and, if
so, the meeting's name (with accepted alternatives), date, and who chaired, spoke and attended.
The item goes through `detect_meeting`, the function the processing chain applies, and is
scored:

* detection: precision, recall and F1 of "is a meeting report";
* name and date: the share of labelled meetings whose name (any accepted form) and date were
  found, compared in the Simplified, NFKC form the fields are stored in;
* chairs, speakers, attendees: precision and recall over all items together (micro-averaged),
  a predicted person on a non-meeting item counting as a false one.

Pure functions on the folder's files; `scrapy evaluate_meetings DIR` prints the report.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from crawler.extract.dates import url_month
from crawler.text.clean import clean_paragraphs
from crawler.text.meeting_report_model import SHIPPED_CLASSIFIER, ReportClassifier
from crawler.text.meeting_tagger import SHIPPED_TAGGER, PeopleTagger
from crawler.text.meetings import MeetingInfo, detect_meeting, person_key
from crawler.text.script import normalize_text

ROLES = ("chairs", "speakers", "attendees")
TARGETS = {"detection_f1": 0.95, "name": 0.85, "date": 0.90, "recall": 0.85, "precision": 0.90}


@dataclass(frozen=True)
class LabelledItem:
    stem: str
    script: str
    region: str
    title: str
    paragraphs: list[str]
    published_at: str | None
    truth: dict[str, Any]
    url: str = ""  # where the page was read (its folder may date it when it has no date)

    @property
    def is_meeting(self) -> bool:
        return bool(self.truth.get("is_meeting"))

    def labelled_people(self, role: str) -> set[str]:
        return {person_key(person["name"]) for person in self.truth.get(role, [])}

    def canonical(self, name: str) -> str:
        """A predicted name as labelled: a report may spell one person two ways
        ("朱凱廸", "朱凱迪"); the label lists the other spellings as ``variants``."""
        for role in ROLES:
            for person in self.truth.get(role, []):
                if name in {person_key(v) for v in person.get("variants", [])}:
                    return person_key(person["name"])
        return name

    def accepted_names(self) -> set[str]:
        names = [self.truth.get("name", ""), *self.truth.get("name_alternatives", [])]
        return {normalize_text(name) for name in names if name}


@dataclass(frozen=True)
class ItemScore:
    item: LabelledItem
    found: MeetingInfo | None
    misses: list[str] = field(default_factory=list)

    @property
    def detected(self) -> bool:
        return self.found is not None


@dataclass(frozen=True)
class Counts:
    """True positives, predictions and labels of one measure, summed over items."""

    hits: int = 0
    predicted: int = 0
    labelled: int = 0

    def add(self, predicted: set[str], labelled: set[str]) -> Counts:
        return Counts(
            self.hits + len(predicted & labelled),
            self.predicted + len(predicted),
            self.labelled + len(labelled),
        )

    def __add__(self, other: Counts) -> Counts:
        return Counts(
            self.hits + other.hits,
            self.predicted + other.predicted,
            self.labelled + other.labelled,
        )

    @property
    def precision(self) -> float:
        return self.hits / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.hits / self.labelled if self.labelled else 1.0

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


@dataclass(frozen=True)
class MeetingReport:
    items: list[ItemScore]

    def detection(self, items: Sequence[ItemScore] | None = None) -> Counts:
        counts = Counts()
        for score in self.items if items is None else items:
            counts = counts.add(
                {"yes"} if score.detected else set(), {"yes"} if score.item.is_meeting else set()
            )
        return counts

    def accuracy(self, measure: str) -> float:
        meetings = [score for score in self.items if score.item.is_meeting]
        if not meetings:
            return 1.0
        return sum(_field_right(score, measure) for score in meetings) / len(meetings)

    def people(self, role: str) -> Counts:
        counts = Counts()
        for score in self.items:
            counts = counts.add(_predicted(score, role), score.item.labelled_people(role))
        return counts

    def by_script(self, script: str) -> list[ItemScore]:
        return [score for score in self.items if score.item.script == script]


def load_items(directory: Path) -> list[LabelledItem]:
    """The labelled items of ``directory`` (every JSON with a ``ground_truth``), by name."""
    items: list[LabelledItem] = []
    for path in sorted(directory.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if "ground_truth" not in data:
            continue
        items.append(
            LabelledItem(
                stem=path.stem,
                script=data.get("script", ""),
                region=data.get("region", ""),
                title=data.get("title", ""),
                paragraphs=list(data.get("paragraphs", [])),
                published_at=data.get("published_at"),
                url=data.get("original_url", ""),
                truth=data["ground_truth"],
            )
        )
    return items


def score_item(
    item: LabelledItem,
    *,
    cleaned: bool = False,
    people_model: PeopleTagger | None = SHIPPED_TAGGER,
    report_model: ReportClassifier | None = SHIPPED_CLASSIFIER,
) -> ItemScore:
    """``item`` scored; ``cleaned``: as a crawl sees it, after the chain's cleaning (banners,
    boilerplate and credit lines out, spaced-out lines joined) rather than as saved;
    ``people_model``: the people tagger to extract with (None: the rules alone);
    ``report_model``: the classifier that rescues reports the rules refuse (None: rules)."""
    title, paragraphs = item.title, item.paragraphs
    if cleaned:
        result = clean_paragraphs(title, paragraphs, infer_title=False)
        title, paragraphs = result.title, result.paragraphs
    page_month = url_month(item.url) if item.published_at is None else None
    found = detect_meeting(
        title,
        paragraphs,
        item.published_at,
        people_model,
        page_month=page_month,
        report_model=report_model,
    )
    score = ItemScore(item, found)
    return ItemScore(item, found, _misses(score))


def evaluate(
    items: Iterable[LabelledItem],
    *,
    cleaned: bool = False,
    people_model: PeopleTagger | None = SHIPPED_TAGGER,
    report_model: ReportClassifier | None = SHIPPED_CLASSIFIER,
) -> MeetingReport:
    return MeetingReport(
        [
            score_item(item, cleaned=cleaned, people_model=people_model, report_model=report_model)
            for item in items
        ]
    )


def _predicted(score: ItemScore, role: str) -> set[str]:
    if score.found is None:
        return set()
    return {score.item.canonical(name) for name in getattr(score.found, role)}


def _field_right(score: ItemScore, measure: str) -> bool:
    if score.found is None:
        return False
    if measure == "name":
        return normalize_text(score.found.name) in score.item.accepted_names()
    return score.found.date == score.item.truth.get("date")


def _misses(score: ItemScore) -> list[str]:
    item, found = score.item, score.found
    if not item.is_meeting:
        return ["detected a meeting in a non-report"] if found is not None else []
    if found is None:
        return ["report not detected"]
    misses: list[str] = []
    if normalize_text(found.name) not in item.accepted_names():
        misses.append(f"name {found.name!r} (labelled {item.truth.get('name')!r})")
    if found.date != item.truth.get("date"):
        misses.append(f"date {found.date} (labelled {item.truth.get('date')})")
    for role in ROLES:
        predicted, labelled = _predicted(score, role), item.labelled_people(role)
        if predicted - labelled:
            misses.append(f"{role} extra {sorted(predicted - labelled)}")
        if labelled - predicted:
            misses.append(f"{role} missed {sorted(labelled - predicted)}")
    return misses


def format_report(report: MeetingReport) -> str:
    detection = report.detection()
    lines = [
        f"{len(report.items)} items, {sum(s.item.is_meeting for s in report.items)} meeting reports",
        "",
        "| measure | value | target |",
        "|---|---|---|",
        f"| detection | P {detection.precision:.3f} R {detection.recall:.3f} "
        f"F1 {detection.f1:.3f} | F1 >= {TARGETS['detection_f1']} |",
    ]
    for script in ("hans", "hant"):
        part = report.detection(report.by_script(script))
        lines.append(
            f"| detection ({script}) | found {part.hits}/{part.labelled}, "
            f"false {part.predicted - part.hits} | |"
        )
    lines += [
        f"| meeting name | {report.accuracy('name'):.3f} | >= {TARGETS['name']} |",
        f"| meeting date | {report.accuracy('date'):.3f} | >= {TARGETS['date']} |",
    ]
    for role in ROLES:
        counts = report.people(role)
        lines.append(
            f"| {role} | P {counts.precision:.3f} R {counts.recall:.3f} "
            f"({counts.hits}/{counts.predicted} found, {counts.labelled} labelled) "
            f"| R >= {TARGETS['recall']}, P >= {TARGETS['precision']} |"
        )
    missed = [score for score in report.items if score.misses]
    if missed:
        lines += ["", "Misses:"]
        lines += [f"  {score.item.stem}: {'; '.join(score.misses)}" for score in missed]
    return "\n".join(lines)


def report_json(report: MeetingReport) -> dict[str, Any]:
    detection = report.detection()
    return {
        "items": len(report.items),
        "detection": {
            "precision": detection.precision,
            "recall": detection.recall,
            "f1": detection.f1,
        },
        "name": report.accuracy("name"),
        "date": report.accuracy("date"),
        **{
            role: {"precision": report.people(role).precision, "recall": report.people(role).recall}
            for role in ROLES
        },
        "misses": {score.item.stem: score.misses for score in report.items if score.misses},
    }
