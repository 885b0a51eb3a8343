"""Room: sites — the site registry: one declarative profile per site, plus loading from JSON.

Profiles are plain data (crawler/sites/profile.py). A profile can also be given as a JSON file
(`scrapy crawl news -a profile_file=site.json`), which is how the tests' fixture site is described.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
from pathlib import Path
from typing import Any

from crawler.sites.profile import FieldSelectors, SiteProfile

__all__ = ["REGISTRY", "FieldSelectors", "SiteProfile", "enabled_profiles", "get_profile"]

# Modules of this package that are machinery, not sites.
_NOT_SITES = frozenset({"profile", "check"})


def discover_profiles() -> dict[str, SiteProfile]:
    """Every `PROFILE` declared by a module of this package: adding a site is adding a file."""
    found: dict[str, SiteProfile] = {}
    for module_info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if module_info.name in _NOT_SITES or module_info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{module_info.name}")
        profile = getattr(module, "PROFILE", None)
        if not isinstance(profile, SiteProfile):
            raise TypeError(f"{module.__name__} declares no PROFILE (a SiteProfile)")
        if profile.name in found:
            raise ValueError(f"two site profiles are named {profile.name!r}")
        found[profile.name] = profile
    return found


REGISTRY: dict[str, SiteProfile] = discover_profiles()


class UnknownSite(KeyError):
    """A site name that no profile declares."""


def get_profile(name: str) -> SiteProfile:
    try:
        return REGISTRY[name]
    except KeyError:
        known = ", ".join(sorted(REGISTRY))
        raise UnknownSite(f"unknown site {name!r}; known sites: {known}") from None


def enabled_profiles(names: list[str] | None = None) -> list[SiteProfile]:
    """The profiles to crawl: the named ones, or every profile marked enabled."""
    if names:
        return [get_profile(name) for name in names]
    return [profile for profile in REGISTRY.values() if profile.enabled]


def known_profiles(profile_files: list[str] | None = None) -> dict[str, SiteProfile]:
    """Every registered profile, and those of these JSON files (which win on a name clash)."""
    loaded = [load_profile_file(path) for path in profile_files or []]
    return {**REGISTRY, **{profile.name: profile for profile in loaded}}


def profile_from_dict(data: dict[str, Any]) -> SiteProfile:
    fields = dict(data)
    fields["selectors"] = FieldSelectors(**fields.get("selectors", {}))
    for key in ("start_urls", "allowed_domains", "extra_boilerplate", "drop_query_params"):
        if key in fields:
            fields[key] = tuple(fields[key])
    return SiteProfile(**fields)


def load_profile_file(path: str | Path) -> SiteProfile:
    return profile_from_dict(json.loads(Path(path).read_text(encoding="utf-8")))


def adhoc_profile(start_url: str, article_pattern: str, name: str = "") -> SiteProfile:
    """A profile for a one-off crawl from the command line: generic extraction only."""
    from urllib.parse import urlsplit

    host = urlsplit(start_url).hostname or "adhoc"
    return SiteProfile(
        name=name or host,
        city="",
        start_urls=(start_url,),
        article_url_pattern=article_pattern,
        allowed_domains=(host,),
    )
