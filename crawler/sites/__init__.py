"""Room: sites — the site registry: one declarative profile per site, plus loading from JSON.

Profiles are plain data (crawler/sites/profile.py). A profile can also be given as a JSON file
(`scrapy crawl news -a profile_file=site.json`), which is how the tests' fixture site is described.
"""

from __future__ import annotations

import dataclasses
import difflib
import importlib
import json
import pkgutil
import typing
from pathlib import Path
from typing import Any

from crawler.sites.profile import FieldSelectors, SiteProfile

__all__ = [
    "REGISTRY",
    "FieldSelectors",
    "ProfileError",
    "SiteProfile",
    "enabled_profiles",
    "get_profile",
]

# Modules of this package that are machinery, not sites.
_NOT_SITES = frozenset({"profile", "check", "arguments"})


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


class ProfileError(ValueError):
    """A profile that cannot be used, told in one line: which one (file or site) and why."""


class UnknownSite(ProfileError):
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


def profile_from_dict(data: Any) -> SiteProfile:
    """A profile from JSON data; ProfileError names the first field that is missing, unknown
    or of the wrong type (a JSON string where a list is expected would otherwise become a
    tuple of characters)."""
    if not isinstance(data, dict):
        raise ProfileError(f"a profile is a JSON object {{...}}, not {_json_kind(data)}")
    _check_fields(data, SiteProfile, "")
    values = dict(data)
    values["selectors"] = FieldSelectors(**values.get("selectors", {}))
    for name, value in values.items():
        if isinstance(value, list):
            values[name] = tuple(value)
    return SiteProfile(**values)


def load_profile_file(path: str | Path) -> SiteProfile:
    """The profile in a JSON file; ProfileError says in one line what is wrong with the file."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise ProfileError(f"{path}: not UTF-8 text") from None
    except OSError as error:
        raise ProfileError(f"{path}: cannot read it: {error.strerror or error}") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ProfileError(
            f"{path}: not valid JSON: {error.msg} at line {error.lineno} column {error.colno}"
        ) from None
    try:
        return profile_from_dict(data)
    except ProfileError as error:
        raise ProfileError(f"{path}: {error}") from None


def _check_fields(data: dict[str, Any], kind: type, prefix: str) -> None:
    """Every key of `data` is a field of the dataclass `kind`, of its type; required ones given."""
    hints = typing.get_type_hints(kind)
    known = [f.name for f in dataclasses.fields(kind)]
    for key in data:
        if key not in hints:
            close = difflib.get_close_matches(str(key), known, n=1)
            hint = f" (did you mean '{prefix}{close[0]}'?)" if close else ""
            raise ProfileError(f"unknown field '{prefix}{key}'{hint}")
    missing = [
        f.name
        for f in dataclasses.fields(kind)
        if f.name not in data
        and f.default is dataclasses.MISSING
        and f.default_factory is dataclasses.MISSING
    ]
    if missing:
        names = ", ".join(f"'{prefix}{name}'" for name in missing)
        raise ProfileError(f"missing required field{'s' if len(missing) > 1 else ''} {names}")
    for key, value in data.items():
        expected = hints[key]
        if expected is FieldSelectors:
            if not isinstance(value, dict):
                raise ProfileError(
                    f"'{prefix}{key}' must be a JSON object, not {_json_kind(value)}"
                )
            _check_fields(value, FieldSelectors, f"{prefix}{key}.")
        elif not _is_of(value, expected):
            raise ProfileError(
                f"'{prefix}{key}' must be {_TYPE_NAMES[expected]}, not {_json_kind(value)}"
            )


_TYPE_NAMES: dict[Any, str] = {
    str: "a string",
    int: "a whole number",
    bool: "true or false",
    tuple[str, ...]: "a list of strings",
}


def _is_of(value: Any, expected: Any) -> bool:
    if expected is bool:
        return isinstance(value, bool)
    if expected is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if expected is str:
        return isinstance(value, str)
    if expected == tuple[str, ...]:
        return isinstance(value, list) and all(isinstance(item, str) for item in value)
    raise TypeError(f"no check for profile fields of type {expected}")  # a new kind of field


def _json_kind(value: Any) -> str:
    """How a JSON value reads in a message: 'a list', 'a string "x"', 'null'…"""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, str):
        return f"a string {json.dumps(value, ensure_ascii=False)[:40]}"
    if isinstance(value, (int, float)):
        return f"a number ({value})"
    if isinstance(value, list):
        return "a list"
    return "an object"


def adhoc_profile(start_url: str, article_pattern: str = "", name: str = "") -> SiteProfile:
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
