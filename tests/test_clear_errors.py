"""Clear errors instead of tracebacks: what the user has to fix is one line on stderr naming what
and why, with a non-zero exit status, at the default log level. Real `scrapy` runs (the
command line is what is tested), plus the checks they rest on."""

from __future__ import annotations

import argparse
import json
import re
import socket
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from elasticsearch import Elasticsearch

from crawler.commands.search import search_request
from crawler.es import layout
from crawler.es.query import (
    MAX_RESULT_WINDOW,
    RUNS_TEMPLATE_VERSION,
    InvalidSearch,
    SearchRequest,
    check_request,
)
from crawler.paths import ArchiveNotWritable, ArchivePaths
from crawler.sites import ProfileError, load_profile_file, profile_from_dict
from demo.server import FixtureSite
from tests.conftest import FAST_CRAWL, crawl_args, run_scrapy, write_profile


def closed_port_url() -> str:
    """A local address nothing listens on (bound, read, closed)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{sock.getsockname()[1]}"


def one_line(result: subprocess.CompletedProcess[str]) -> str:
    """The single line a refused command prints, after checking it is the only one."""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr[-3000:]
    assert result.stdout == ""
    return lines[0]


# scrapy search --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["x", "--since", "2022-13-45"], "--since '2022-13-45' is not a date (month must be in"),
        (
            ["x", "--since", "yesterday"],
            "--since 'yesterday' is not a date: give a day as YYYY-MM-DD",
        ),
        (["x", "--until", "2022-02-30"], "--until '2022-02-30' is not a date (day is out of range"),
        (["x", "--size", "100000"], "Elasticsearch gives at most the first 10000"),
        (["x", "--page", "1000000"], "asks for results 9999991 to 10000000"),
        (['"'], "the query '\"' has no words to search for"),
        (['""'], "the query '\"\"' has no words to search for"),
    ],
)
def test_search_refuses_what_elasticsearch_would_refuse_in_one_line(
    args: list[str], expected: str, tmp_path: Path
) -> None:
    """Refused before Elasticsearch is asked (here it is not even there): before, a traceback
    of Elasticsearch's 400, or every article for a query of quotes."""
    result = run_scrapy(["search", *args], closed_port_url(), "unused", tmp_path)
    assert result.returncode == 2
    line = one_line(result)
    assert line.startswith("scrapy search: ") and expected in line


def options(**given: Any) -> argparse.Namespace:
    defaults: dict[str, Any] = {"site": "", "city": "", "since": "", "until": ""}
    defaults |= {"meetings": False, "person": "", "sort": None, "size": 10, "page": 1}
    return argparse.Namespace(**{**defaults, **given})


def test_a_query_of_quotes_with_a_filter_is_the_filter_alone() -> None:
    request = search_request(['""'], options(site="shanghai-gov"))
    assert (request.query, request.site, request.sort) == ("", "shanghai-gov", "date")


def test_the_last_page_within_the_window_is_allowed() -> None:
    check_request(SearchRequest(query="x", size=100, offset=MAX_RESULT_WINDOW - 100))
    with pytest.raises(InvalidSearch, match="at most the first 10000"):
        check_request(SearchRequest(query="x", size=100, offset=MAX_RESULT_WINDOW - 99))
    with pytest.raises(InvalidSearch, match="YYYY-MM-DD"):
        check_request(SearchRequest(query="x", until="2022-1-5"))


@pytest.mark.es
def test_search_before_any_index_exists(es_url: str, es_prefix: str, tmp_path: Path) -> None:
    result = run_scrapy(["search", "李强"], es_url, es_prefix, tmp_path)
    assert result.returncode == 1
    line = one_line(result)
    assert f"nothing to search: Elasticsearch at {es_url} has no index '{es_prefix}'" in line


@pytest.mark.es
def test_search_of_an_index_an_older_template_made_warns_and_says_how_to_rebuild(
    es: Elasticsearch, es_url: str, es_prefix: str, tmp_path: Path
) -> None:
    names = layout.IndexNames(es_prefix)
    layout.setup(es, names)
    index = layout.alias_targets(es, names.read_alias)[0]
    current = run_scrapy(["search", "李强"], es_url, es_prefix, tmp_path)
    assert current.returncode == 0 and "warning" not in current.stderr
    # What an index made by version 4 records (layout.setup writes the version into _meta).
    es.indices.put_mapping(index=index, meta={"template_version": RUNS_TEMPLATE_VERSION - 1})
    older = run_scrapy(["search", "李强"], es_url, es_prefix, tmp_path)
    assert older.returncode == 0
    assert (
        f"scrapy search: warning: {index} was made by template version 4; terms of Han"
        " characters find nothing in it until `scrapy reprocess` rebuilds the archive under"
        " version 5"
    ) in older.stderr
    # A search by filters alone reads no runs: nothing to warn about.
    filtered = run_scrapy(["search", "--site", "t"], es_url, es_prefix, tmp_path)
    assert filtered.returncode == 0 and "warning" not in filtered.stderr


# Elasticsearch unreachable ----------------------------------------------------------------------


def test_unreachable_elasticsearch_is_one_line_and_the_retries_only_show_at_debug(
    tmp_path: Path,
) -> None:
    """Before: about 170 lines, the client's retries with their tracebacks, then the usage."""
    url = closed_port_url()
    result = run_scrapy(["search", "x"], url, "unused", tmp_path)
    assert result.returncode == 2
    assert one_line(result) == (
        f"scrapy search: Elasticsearch at {url} is unreachable (ConnectionError); start the local"
        " one with `.venv/bin/python -m crawler.es_local start` or set ELASTICSEARCH_URL"
    )
    debug = run_scrapy(["search", "x", "--loglevel", "DEBUG"], url, "unused", tmp_path)
    assert debug.returncode == 2
    assert "Retrying request after failure" in debug.stderr


def test_a_crawl_without_elasticsearch_says_so_once_without_tracebacks(
    fixture_site: FixtureSite, tmp_path: Path
) -> None:
    profile = write_profile(fixture_site, tmp_path)
    result = run_scrapy(crawl_args(profile), closed_port_url(), "unused", tmp_path)
    assert result.returncode == 0, result.stderr[-3000:]  # the articles wait in the spool
    log = result.stderr
    # Said by one log record (the stats dumped at the end repeat it as the summary's reason).
    records = [line for line in log.splitlines() if re.match(r"\d{4}-\d\d-\d\d ", line)]
    assert sum("is unreachable" in line for line in records) == 1
    assert "articles will be spooled" in log
    assert "Traceback" not in log and "Retrying request" not in log
    assert "'elasticsearch/spooled': " in log


# profiles ---------------------------------------------------------------------------------------

BROKEN_PROFILES = [
    (None, "cannot read it: No such file or directory"),
    ("{", "not valid JSON: Expecting property name enclosed in double quotes at line 1 column 2"),
    ("[1, 2]", "a profile is a JSON object {...}, not a list"),
    ('"site"', 'a profile is a JSON object {...}, not a string "site"'),
    ("{}", "missing required fields 'name', 'city', 'start_urls'"),
    (
        {"name": "a", "city": "", "start_url": ["http://a.cn/"], "article_url_pattern": "/a/"},
        "unknown field 'start_url' (did you mean 'start_urls'?)",
    ),
]


def broken_profile(tmp_path: Path, content: str | dict[str, Any] | None) -> Path:
    path = tmp_path / "site.json"
    if content is not None:
        text = content if isinstance(content, str) else json.dumps(content)
        path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(("content", "expected"), BROKEN_PROFILES)
@pytest.mark.parametrize("command", ["crawl", "crawl-all"])
def test_a_broken_profile_file_is_one_line_naming_the_file(
    command: str, content: str | dict[str, Any] | None, expected: str, tmp_path: Path
) -> None:
    """The same line from both commands; nothing started, nothing written. Before: a traceback
    from the spider's __init__ (crawl) or the usage text (crawl-all)."""
    path = broken_profile(tmp_path, content)
    args = (
        ["crawl", "news", "-a", f"profile_file={path}"]
        if command == "crawl"
        else ["crawl-all", "--profile-file", str(path)]
    )
    result = run_scrapy([*args, *FAST_CRAWL], closed_port_url(), "unused", tmp_path)
    assert result.returncode == 2
    assert one_line(result) == f"scrapy {command}: {path}: {expected}"
    assert not (tmp_path / "archive").exists()


@pytest.mark.parametrize(
    ("arguments", "expected"),
    [
        ([], "say which site to crawl: -a site=NAME, -a profile_file=FILE, or -a start_url="),
        (["-a", "site=nowhere"], "unknown site 'nowhere'; known sites: "),
        (
            ["-a", "start_url=http://a.cn/", "-a", "article_pattern=/a/(\\d+"],
            "site a.cn: article_url_pattern '/a/(\\\\d+' is not a valid regex: missing ),",
        ),
    ],
)
def test_a_crawl_without_a_usable_site_is_one_line(
    arguments: list[str], expected: str, tmp_path: Path
) -> None:
    result = run_scrapy(["crawl", "news", *arguments], closed_port_url(), "unused", tmp_path)
    assert result.returncode == 2
    assert one_line(result).startswith(f"scrapy crawl: {expected}")


def test_a_profile_error_found_at_start_fails_the_crawl(
    fixture_site: FixtureSite, tmp_path: Path
) -> None:
    """Before: logged by the spider's start(), and the crawl exited 0."""
    profile = write_profile(fixture_site, tmp_path, article_url_pattern="/news/(", timezone="X/Y")
    result = run_scrapy(crawl_args(profile), closed_port_url(), "unused", tmp_path)
    assert result.returncode == 2
    assert one_line(result) == (
        f"scrapy crawl: {profile}: article_url_pattern '/news/(' is not a valid regex:"
        " missing ), unterminated subpattern at position 6; timezone 'X/Y' is unknown"
    )
    assert fixture_site.requests_seen == [] and not (tmp_path / "archive").exists()


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ({"start_urls": "http://a.cn/"}, "'start_urls' must be a list of strings, not a string"),
        ({"start_urls": ["http://a.cn/", 3]}, "'start_urls' must be a list of strings, not a list"),
        ({"max_list_pages": "5"}, "'max_list_pages' must be a whole number, not a string \"5\""),
        ({"enabled": "no"}, "'enabled' must be true or false, not a string \"no\""),
        ({"selectors": ["h1"]}, "'selectors' must be a JSON object, not a list"),
        ({"selectors": {"titel": "h1"}}, "unknown field 'selectors.titel' (did you mean"),
        ({"selectors": {"title": 1}}, "'selectors.title' must be a string, not a number (1)"),
        ({"city": None}, "'city' must be a string, not null"),
    ],
)
def test_profile_fields_of_the_wrong_shape_are_named(data: dict[str, Any], expected: str) -> None:
    base = {"name": "a", "city": "", "start_urls": ["http://a.cn/"], "article_url_pattern": "/a/"}
    with pytest.raises(ProfileError) as raised:
        profile_from_dict({**base, **data})
    assert str(raised.value).startswith(expected)


def test_a_valid_profile_file_still_loads(tmp_path: Path) -> None:
    path = broken_profile(
        tmp_path,
        {
            "name": "a",
            "city": "",
            "start_urls": ["http://a.cn/"],
            "article_url_pattern": "/a/",
            "drop_query_params": ["spm"],
            "selectors": {"title": "h1"},
            "max_list_pages": 2,
            "enabled": False,
        },
    )
    profile = load_profile_file(path)
    assert profile.start_urls == ("http://a.cn/",) and profile.drop_query_params == ("spm",)
    assert profile.selectors.title == "h1" and profile.max_list_pages == 2


# the archive folder -----------------------------------------------------------------------------


def crawl_commands(profile: Path) -> dict[str, list[str]]:
    return {
        "crawl": crawl_args(profile),
        "crawl-all": ["crawl-all", "--profile-file", str(profile), *FAST_CRAWL],
    }


def test_an_archive_folder_that_cannot_be_created_is_one_line(
    fixture_site: FixtureSite, tmp_path: Path
) -> None:
    """ARCHIVE_DIR inside a regular file: mkdir fails with ENOTDIR, for root too (a chmod would
    not stop root). Before: a traceback from whichever component wrote first."""
    profile = write_profile(fixture_site, tmp_path)
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    archive = blocker / "archive"
    for command, args in crawl_commands(profile).items():
        result = run_scrapy(
            args, closed_port_url(), "unused", tmp_path, {"ARCHIVE_DIR": str(archive)}
        )
        assert result.returncode == 2
        assert one_line(result) == (
            f"scrapy {command}: archive folder {archive} is not writable:"
            f" {blocker} is a file, not a folder"
        )
    assert blocker.read_text(encoding="utf-8") == "not a folder"
    assert fixture_site.requests_seen == []


def test_a_sub_folder_that_is_a_file_is_named(tmp_path: Path) -> None:
    paths = ArchivePaths(tmp_path / "archive")
    paths.root.mkdir()
    (paths.root / "state").write_text("", encoding="utf-8")
    with pytest.raises(ArchiveNotWritable, match=r"archive/state is not writable: .*state is a"):
        paths.check_writable(paths.crawl_folders)
    assert sorted(p.name for p in paths.root.iterdir()) == ["state"]  # nothing created


@contextmanager
def mounted_tmpfs(where: Path, options: str) -> Iterator[None]:
    """A small tmpfs at `where` (needs root with CAP_SYS_ADMIN, else the test is skipped)."""
    where.mkdir(parents=True, exist_ok=True)
    mount = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(where)],
        capture_output=True,
        text=True,
        check=False,
    )
    if mount.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mount.stderr.strip()}")
    try:
        yield
    finally:
        subprocess.run(["umount", str(where)], check=True)


@pytest.mark.parametrize(
    ("options", "fill", "reason"),
    [("ro,size=1m", False, "Read-only file system"), ("size=64k", True, "No space left on device")],
)
def test_a_read_only_or_full_archive_is_one_line(
    options: str, fill: bool, reason: str, fixture_site: FixtureSite, tmp_path: Path
) -> None:
    """A read-only mount and a full file system refuse root as well: both checked for real."""
    profile = write_profile(fixture_site, tmp_path)
    archive = tmp_path / "archive"
    with mounted_tmpfs(archive, options):
        if fill:
            filler = archive / "filler"
            with pytest.raises(OSError, match="No space left"):
                filler.write_bytes(b"\0" * 1024 * 1024)
        before = sorted(p.name for p in archive.iterdir())
        for command, args in crawl_commands(profile).items():
            result = run_scrapy(args, closed_port_url(), "unused", tmp_path)
            assert result.returncode == 2
            assert one_line(result) == (
                f"scrapy {command}: archive folder {archive} is not writable: {reason}"
            )
        assert sorted(p.name for p in archive.iterdir()) == before  # nothing half-written
    assert fixture_site.requests_seen == []
