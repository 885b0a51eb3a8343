"""Profile checks run when a crawl starts: a broken selector or pattern is reported at once,
not at the thousandth page."""

from __future__ import annotations

import re
from dataclasses import fields
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from lxml import etree
from parsel.csstranslator import HTMLTranslator

from crawler.sites import ProfileError
from crawler.sites.profile import SiteProfile, is_xpath

_CSS = HTMLTranslator()


def selector_problem(selector: str) -> str | None:
    try:
        if is_xpath(selector):
            etree.XPath(selector)
        else:
            _CSS.css_to_xpath(selector)
    except Exception as error:  # parsel and lxml raise several unrelated types
        return f"{type(error).__name__}: {error}"
    return None


def profile_problems(profile: SiteProfile) -> list[str]:
    problems = []
    for name in ("article_url_pattern", "list_url_pattern"):
        pattern = getattr(profile, name)
        try:
            re.compile(pattern)
        except re.error as error:
            problems.append(f"{name} {pattern!r} is not a valid regex: {error}")
    if not profile.start_urls:
        problems.append("start_urls is empty")
    selectors = [("next_page_selector", profile.next_page_selector)] + [
        (f"selectors.{f.name}", getattr(profile.selectors, f.name))
        for f in fields(profile.selectors)
    ]
    for name, selector in selectors:
        problem = selector_problem(selector) if selector else None
        if problem:
            problems.append(f"{name} {selector!r} is broken ({problem})")
    try:
        ZoneInfo(profile.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        problems.append(f"timezone {profile.timezone!r} is unknown")
    return problems


def check_profile(profile: SiteProfile, source: str) -> None:
    """ProfileError naming `source` (a file, a site) and every problem, on one line."""
    problems = profile_problems(profile)
    if problems:
        raise ProfileError(f"{source}: {'; '.join(problems)}")
