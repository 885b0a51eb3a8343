"""Room: crawler/es — a person's appearances at meetings: the query and its answer, by date.

An appearance is one meeting a person chaired, spoke at or attended, with the title the report
gave them then. Reports store each person once per role in the nested `people_roles` (name in
the Simplified form of `people`, title as written), so the query pairs the name with its own
role: a report where A attended and B chaired is not A chairing. The name is normalized the way
the field is (crawler.text.meetings.person_key), so "李強" and "李强" find the same meetings.
Several reports of one meeting (same day, same name) make one appearance with all their URLs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from crawler.text.meeting_people import ATTENDEE, CHAIR, SPEAKER
from crawler.text.meetings import person_key

ROLES = (CHAIR, SPEAKER, ATTENDEE)
ROLE_WORDS = {CHAIR: "主持", SPEAKER: "发言", ATTENDEE: "出席"}
MAX_REPORTS = 1000  # one request: a person's appearances over the archive's years fit in it


class InvalidAppearances(ValueError):
    """The request cannot be made; the message says what to change."""


@dataclass(frozen=True)
class AppearancesRequest:
    name: str
    since: str = ""  # YYYY-MM-DD, meeting date on or after
    until: str = ""
    role: str = ""  # chair | speaker | attendee, or any


@dataclass
class Appearance:
    date: str | None
    meeting: str
    roles: dict[str, str] = field(default_factory=dict)  # role -> title as written
    reports: list[dict[str, str]] = field(default_factory=list)  # title, url, site


def check_request(request: AppearancesRequest) -> None:
    if not person_key(request.name):
        raise InvalidAppearances("give a person's name, e.g. scrapy people 李强")
    if request.role and request.role not in ROLES:
        raise InvalidAppearances(f"--role is one of {', '.join(ROLES)}")
    for option, value in (("--since", request.since), ("--until", request.until)):
        try:
            if value:
                date.fromisoformat(value)
        except ValueError:
            raise InvalidAppearances(f"{option} takes a date, YYYY-MM-DD (not {value!r})") from None


def appearances_query(request: AppearancesRequest) -> dict[str, Any]:
    """The search body: reports naming the person (in the role asked), oldest meeting first."""
    person: list[dict[str, Any]] = [{"term": {"people_roles.name": person_key(request.name)}}]
    if request.role:
        person.append({"term": {"people_roles.role": request.role}})
    filters: list[dict[str, Any]] = [
        {"term": {"is_meeting_report": True}},
        {
            "nested": {
                "path": "people_roles",
                "query": {"bool": {"filter": person}},
                "inner_hits": {
                    "size": len(ROLES),
                    "_source": ["people_roles.role", "people_roles.title"],
                },
            }
        },
    ]
    if request.since or request.until:
        bounds = {"gte": request.since or None, "lte": request.until or None}
        filters.append({"range": {"meeting_date": {k: v for k, v in bounds.items() if v}}})
    return {
        "query": {"bool": {"filter": filters}},
        "size": MAX_REPORTS,
        "sort": [
            {"meeting_date": {"order": "asc", "missing": "_last"}},
            {"published_at": {"order": "asc", "missing": "_last"}},
        ],
        "_source": ["title", "url", "canonical_url", "site", "meeting_name", "meeting_date"],
        "track_total_hits": True,
    }


def appearances(response: dict[str, Any]) -> list[Appearance]:
    """The meetings of a response, in its order, each once with the roles it gave."""
    found: dict[tuple[str | None, str], Appearance] = {}
    for hit in response["hits"]["hits"]:
        source = hit["_source"]
        key = (source.get("meeting_date"), source.get("meeting_name") or "")
        appearance = found.setdefault(key, Appearance(*key))
        for inner in (
            hit.get("inner_hits", {}).get("people_roles", {}).get("hits", {}).get("hits", [])
        ):
            role = inner["_source"].get("role", "")
            title = inner["_source"].get("title", "")
            if role and (role not in appearance.roles or not appearance.roles[role]):
                appearance.roles[role] = title
        appearance.reports.append(
            {
                "title": source.get("title", ""),
                "url": source.get("canonical_url") or source.get("url", ""),
                "site": source.get("site", ""),
            }
        )
    return list(found.values())


def appearance_json(appearance: Appearance) -> dict[str, Any]:
    return {
        "date": appearance.date,
        "meeting": appearance.meeting,
        "roles": [
            {"role": role, "title": appearance.roles[role]}
            for role in ROLES
            if role in appearance.roles
        ],
        "reports": appearance.reports,
    }


def render_text(name: str, found: list[Appearance]) -> str:
    """One line per meeting: 2025-01-03  国务院常务会议  主持 (国务院总理), then its reports."""
    if not found:
        return f"no meeting reports name {name}"
    lines = [f"{len(found)} meeting{'' if len(found) == 1 else 's'} with {name}"]
    for appearance in found:
        roles = "、".join(
            ROLE_WORDS[role] + (f" ({appearance.roles[role]})" if appearance.roles[role] else "")
            for role in ROLES
            if role in appearance.roles
        )
        meeting = appearance.meeting or "(unnamed meeting)"
        lines.append(f"{appearance.date or 'undated'}  {meeting}  {roles}")
        lines += [f"    {report['url']}" for report in appearance.reports]
    return "\n".join(lines)
