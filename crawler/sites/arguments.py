"""Room: sites — which profile the arguments of a crawl name, loaded and checked.

`scrapy crawl news -a site=…` (or `-a profile_file=…`, or `-a start_url=… [-a article_pattern=…]`):
the `crawl` command checks them before anything starts, so a bad profile is one line, and the
spider gets the checked profile.
"""

from __future__ import annotations

from typing import Any

from crawler.sites import ProfileError, adhoc_profile, get_profile, load_profile_file
from crawler.sites.check import check_profile
from crawler.sites.profile import SiteProfile

NEWS_SPIDER = "news"  # the generic, profile-driven spider's Scrapy name

# The spider arguments (`-a NAME=VALUE`) that say which site to crawl.
PROFILE_ARGUMENTS = ("site", "profile_file", "start_url", "article_pattern")


def profile_from_args(
    site: str = "", profile_file: str = "", start_url: str = "", article_pattern: str = ""
) -> SiteProfile:
    """The profile the spider arguments name; ProfileError (one line) when they name none."""
    if profile_file:
        return load_profile_file(profile_file)
    if site:
        return get_profile(site)
    if start_url:
        return adhoc_profile(start_url, article_pattern)
    raise ProfileError(
        "say which site to crawl: -a site=NAME, -a profile_file=FILE, "
        "or -a start_url=URL [-a article_pattern=REGEX]"
    )


def checked_arguments(arguments: dict[str, Any]) -> dict[str, Any]:
    """The spider arguments with the profile they name loaded and checked (crawler/sites/check.py),
    so that `scrapy crawl` refuses a bad profile in one line before anything starts; the
    spider then gets the profile itself. ProfileError says which profile and what is wrong."""
    if "profile" in arguments:
        return arguments
    named = {key: arguments[key] for key in PROFILE_ARGUMENTS if key in arguments}
    profile = profile_from_args(**named)
    check_profile(profile, named.get("profile_file") or f"site {profile.name}")
    others = {key: value for key, value in arguments.items() if key not in PROFILE_ARGUMENTS}
    return {**others, "profile": profile}
