"""WARC files of every fetched page: request and response records, rotated by size (warcio).

Each response record carries two extension fields so re-processing needs nothing but the files:
`WARC-Page-Kind` (article or list) and `WARC-Site` (the profile name). Bodies are stored as the
crawler received them after transfer decoding (Scrapy has already removed gzip/deflate); the
stored HTTP headers are adjusted to match, so `warcio check` validates every record.

Reading back trusts nothing: every gzip member must decompress whole (zlib checks its CRC-32 and
length), every record must hold all the bytes its Content-Length announces, and every digest it
carries (warcio writes WARC-Block-Digest and WARC-Payload-Digest) must match. A record that fails
is reported as `DamagedRecord` (WARC file, offset, reason) and never yielded as a page.
"""

from __future__ import annotations

import io
import os
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecord
from warcio.statusandheaders import StatusAndHeaders, StatusAndHeadersParserException
from warcio.warcwriter import WARCWriter

from crawler.items import FetchedPage
from crawler.sites.profile import SiteProfile

DROPPED_HEADERS = {"content-encoding", "transfer-encoding", "content-length"}
KIND_FIELD = "WARC-Page-Kind"
SITE_FIELD = "WARC-Site"
# The URLs that redirected to this one, space-separated, so a re-process records them as the
# crawl did (in the article's alternate_urls).
REDIRECTS_FIELD = "WARC-Redirected-From"
GZIP_MAGIC = b"\x1f\x8b"
READ_BLOCK = 64 * 1024
REST = "; the rest of the file is not read"


@dataclass(frozen=True)
class Exchange:
    url: str
    method: str
    request_headers: list[tuple[str, str]]
    status: int
    reason: str
    response_headers: list[tuple[str, str]]
    body: bytes
    kind: str = "article"
    site: str = ""
    date: datetime | None = None  # when it was fetched (UTC); None = now
    redirected_from: tuple[str, ...] = ()


@dataclass(frozen=True)
class ArchivedPage:
    """A response record read back from a WARC file."""

    url: str
    kind: str
    site: str
    status: int
    headers: dict[str, str]
    body: bytes
    warc_file: str
    offset: int
    record_id: str
    date: str  # the record's WARC-Date as ISO 8601 with +00:00, as the crawl stamps fetched_at
    redirected_from: tuple[str, ...] = ()


class WarcArchive:
    """Appends exchanges to `<dir>/<prefix>-<timestamp>-<n>.warc.gz`, a new file past `max_bytes`."""

    def __init__(
        self, directory: Path, prefix: str = "pages", max_bytes: int = 100 * 2**20
    ) -> None:
        self.directory = directory
        self.prefix = prefix
        self.max_bytes = max_bytes
        self.handle: BinaryIO | None = None
        self.path: Path | None = None
        self.serial = 0

    def write(self, exchange: Exchange) -> dict[str, str]:
        """Write request + response records; returns a pointer to the response record."""
        handle, path = self._current()
        # Both records are composed in memory and appended in one write, so a crawl killed
        # mid-write (SIGKILL, power loss) at worst leaves one cut exchange at the end of the file
        # (which `read_pages` reports) instead of a cut record between whole ones.
        composed = io.BytesIO()
        writer = WARCWriter(composed, gzip=True)
        response = self._response_record(writer, exchange)
        request = writer.create_warc_record(
            exchange.url,
            "request",
            http_headers=StatusAndHeaders(
                f"{exchange.method} {_target(exchange.url)} HTTP/1.1",
                exchange.request_headers,
                is_http_request=True,
            ),
        )
        request.rec_headers.add_header(
            "WARC-Concurrent-To", response.rec_headers.get_header("WARC-Record-ID")
        )
        writer.write_record(response)
        writer.write_record(request)
        offset = handle.tell()
        handle.write(composed.getvalue())
        handle.flush()
        return {
            "warc_file": path.name,
            "warc_offset": str(offset),
            "warc_record_id": response.rec_headers.get_header("WARC-Record-ID"),
        }

    def _response_record(self, writer: WARCWriter, exchange: Exchange) -> ArcWarcRecord:
        headers = [(k, v) for k, v in exchange.response_headers if k.lower() not in DROPPED_HEADERS]
        headers.append(("Content-Length", str(len(exchange.body))))
        http_headers = StatusAndHeaders(
            f"{exchange.status} {exchange.reason}", headers, protocol="HTTP/1.1"
        )
        record = writer.create_warc_record(
            exchange.url,
            "response",
            payload=io.BytesIO(exchange.body),
            # Known length: warcio then digests the payload in place instead of copying it into
            # temporary buffers it never closes (a ResourceWarning per record).
            length=len(exchange.body),
            http_headers=http_headers,
            warc_headers_dict={
                KIND_FIELD: exchange.kind,
                SITE_FIELD: exchange.site,
                "WARC-Date": warc_date(exchange.date or datetime.now(UTC)),
                **(
                    {REDIRECTS_FIELD: " ".join(exchange.redirected_from)}
                    if exchange.redirected_from
                    else {}
                ),
            },
        )
        return record

    def _current(self) -> tuple[BinaryIO, Path]:
        if (
            self.handle is not None
            and self.path is not None
            and self.handle.tell() < self.max_bytes
        ):
            return self.handle, self.path
        self.close()
        self.directory.mkdir(parents=True, exist_ok=True)
        self.serial += 1
        stamp = datetime.now(UTC).strftime("%Y%m%d%H%M%S")
        self.path = (
            self.directory / f"{self.prefix}-{stamp}-{os.getpid()}-{self.serial:05d}.warc.gz"
        )
        self.handle = self.path.open("ab")
        return self.handle, self.path

    def close(self) -> None:
        if self.handle is not None:
            self.handle.close()
            self.handle = None


def warc_date(moment: datetime) -> str:
    """WARC-Date as the WARC 1.0 standard writes it: UTC, seconds, a trailing Z."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def iso_date(warc_date_value: str) -> str:
    """A WARC-Date in the form the Article's ``fetched_at`` uses (``…+00:00``); '' stays ''."""
    if not warc_date_value:
        return ""
    try:
        moment = datetime.fromisoformat(warc_date_value)
    except ValueError:
        return warc_date_value
    return moment.astimezone(UTC).replace(microsecond=0).isoformat()


def _target(url: str) -> str:
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")


class DamagedRecord(ValueError):
    """A WARC record that cannot be trusted: cut short, failing its digest, or unreadable."""

    def __init__(self, warc_file: Path, offset: int, reason: str) -> None:
        super().__init__(f"{warc_file} at offset {offset}: {reason}")
        self.warc_file = warc_file
        self.offset = offset
        self.reason = reason


class _Unreadable(Exception):
    """Nothing past `offset` of the file can be located (a broken gzip member or WARC header)."""

    def __init__(self, offset: int, reason: str) -> None:
        super().__init__(reason)
        self.offset = offset
        self.reason = reason


def _raise(damage: DamagedRecord) -> None:
    raise damage


def read_pages(
    path: Path,
    kind: str | None = "article",
    damaged: Callable[[DamagedRecord], None] | None = None,
) -> Iterator[ArchivedPage]:
    """Response records of one WARC file, optionally only those of one page kind.

    Only complete records whose digests match are yielded. Each damaged record (of any type or
    kind) goes to `damaged` (raised when None) and reading goes on with the next one; a gzip
    member that cannot be decompressed, or a record whose WARC headers cannot be parsed, ends
    the file (nothing after it can be located), reported the same way.
    """
    report = damaged or _raise
    with path.open("rb") as handle:
        gzipped = handle.read(2) == GZIP_MAGIC
        handle.seek(0)
        try:
            if gzipped:
                # warcio's own gzip reading prints a decompression error and carries on, or
                # takes the member for uncompressed bytes: it cannot say which record broke.
                # So the members are read here, and each one's records parsed by warcio.
                for offset, member in _gzip_members(handle):
                    yield from _records(path, io.BytesIO(member), kind, report, offset)
            else:
                yield from _records(path, handle, kind, report, None)
        except _Unreadable as error:
            report(DamagedRecord(path, error.offset, error.reason))


def _gzip_members(handle: BinaryIO) -> Iterator[tuple[int, bytes]]:
    """(offset, decompressed bytes) of each gzip member, each checked against its CRC-32."""
    offset = 0
    data = handle.read(READ_BLOCK)
    while data:
        start = offset
        member = zlib.decompressobj(16 + zlib.MAX_WBITS)
        parts: list[bytes] = []
        while True:
            try:
                parts.append(member.decompress(data))
            except zlib.error as error:
                raise _Unreadable(
                    start, f"gzip member cannot be decompressed ({error}){REST}"
                ) from None
            if member.eof:
                offset += len(data) - len(member.unused_data)
                data = member.unused_data or handle.read(READ_BLOCK)
                break
            offset += len(data)
            data = handle.read(READ_BLOCK)
            if not data:
                raise _Unreadable(start, "gzip member cut short: the file ends inside it")
        yield start, b"".join(parts)


def _records(
    path: Path,
    stream: BinaryIO,
    kind: str | None,
    report: Callable[[DamagedRecord], None],
    member_offset: int | None,
) -> Iterator[ArchivedPage]:
    """The response records of `stream` (one gzip member's bytes, or a whole uncompressed file)
    that are complete and match their digests; the others are reported."""
    records = ArchiveIterator(stream, check_digests=True)
    while True:
        try:
            record = next(records)
            body = record.content_stream().read() if record.rec_type == "response" else b""
            problem = _incomplete(record)
        except StopIteration:
            return
        except (ArchiveLoadFailed, StatusAndHeadersParserException, EOFError) as error:
            where = records.offset if member_offset is None else member_offset
            raise _Unreadable(where, f"unreadable WARC record ({_one_line(error)}){REST}") from None
        # In an uncompressed file the iterator knows where the record starts; in a member's
        # bytes it does not, and the member's offset is the one a reader can seek to.
        offset = records.get_record_offset() if member_offset is None else member_offset
        if problem:
            report(DamagedRecord(path, offset, f"{record.rec_type or 'untyped'} record {problem}"))
            continue
        if record.rec_type != "response":
            continue
        page_kind = record.rec_headers.get_header(KIND_FIELD) or ""
        if kind is not None and page_kind != kind:
            continue
        yield ArchivedPage(
            url=record.rec_headers.get_header("WARC-Target-URI"),
            kind=page_kind,
            site=record.rec_headers.get_header(SITE_FIELD) or "",
            status=int(record.http_headers.get_statuscode() or 0),
            headers={k.lower(): v for k, v in record.http_headers.headers},
            body=body,
            warc_file=path.name,
            offset=offset,
            record_id=record.rec_headers.get_header("WARC-Record-ID"),
            date=iso_date(record.rec_headers.get_header("WARC-Date") or ""),
            redirected_from=tuple((record.rec_headers.get_header(REDIRECTS_FIELD) or "").split()),
        )


def _incomplete(record: ArcWarcRecord) -> str:
    """Why `record` cannot be trusted, or ''. Reads what is left of its block, so that warcio
    has seen every byte and checked the digests."""
    while record.raw_stream.read(READ_BLOCK):
        pass
    if record.length is None:
        return "has no Content-Length"
    received = record.raw_stream.tell()  # warcio's reader, limited to the Content-Length
    if received < record.length:
        return f"cut short: {received} of its {record.length} bytes"
    if record.digest_checker.passed is False:
        return "fails its digest: " + "; ".join(record.digest_checker.problems)
    return ""


def _one_line(error: Exception) -> str:
    text = " ".join(str(error).split())
    return text if len(text) <= 120 else text[:117] + "..."


def warc_files(paths: list[Path]) -> list[Path]:
    """Expand directories into their WARC files, in name (= time) order."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(path.rglob("*.warc.gz")) + sorted(path.rglob("*.warc"))
        else:
            found.append(path)
    return found


def fetched_page(page: ArchivedPage, profile: SiteProfile | None) -> FetchedPage:
    """An archived article as the page the processing chain takes, exactly as the crawl gave it."""
    return FetchedPage(
        url=page.url,
        body=page.body,
        content_type=page.headers.get("content-type", ""),
        site=page.site,
        profile=profile,
        fetched_at=page.date,
        archive={
            "warc_file": page.warc_file,
            "warc_offset": str(page.offset),
            "warc_record_id": page.record_id,
        },
        other_urls=page.redirected_from,
    )
