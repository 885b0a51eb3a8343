"""Reading damaged WARC files back: real files written by WarcArchive, then cut or corrupted.
A damaged record is reported with its file and offset and never read as a page; a gzip member
that cannot be decompressed ends its file, and the next file is read all the same."""

from __future__ import annotations

import gzip
import zlib
from pathlib import Path

import pytest

from crawler.archive.warc import ArchivedPage, DamagedRecord, Exchange, WarcArchive, read_pages

PHRASE = "市政府召开常务会议，研究进一步做好城市更新工作，要求更好优化城市空间布局。"


def write_warc(directory: Path, count: int) -> tuple[Path, list[int]]:
    """A WARC file of `count` article pages (each a response and a request record, each record
    its own gzip member); returns it and the offsets of the response records."""
    archive = WarcArchive(directory)
    offsets = []
    for number in range(count):
        body = f"<html><body><p>{number}: {PHRASE * 40}</p></body></html>".encode()
        pointer = archive.write(
            Exchange(
                url=f"https://news.city.gov.cn/art/{number}.html",
                method="GET",
                request_headers=[("Host", "news.city.gov.cn")],
                status=200,
                reason="OK",
                response_headers=[("Content-Type", "text/html; charset=utf-8")],
                body=body,
                site="city",
            )
        )
        offsets.append(int(pointer["warc_offset"]))
    archive.close()
    assert archive.path is not None
    return archive.path, offsets


def read(path: Path) -> tuple[list[ArchivedPage], list[DamagedRecord]]:
    damaged: list[DamagedRecord] = []
    pages = list(read_pages(path, damaged=damaged.append))
    return pages, damaged


def urls(pages: list[ArchivedPage]) -> list[str]:
    return [page.url.rsplit("/", 1)[1] for page in pages]


def test_an_intact_file_reads_whole_with_no_damage(tmp_path: Path) -> None:
    path, offsets = write_warc(tmp_path, 3)
    pages, damaged = read(path)
    assert damaged == []
    assert urls(pages) == ["0.html", "1.html", "2.html"]
    assert [page.offset for page in pages] == offsets
    assert all(page.body.endswith(b"</html>") for page in pages)


def test_a_file_cut_inside_a_record_never_yields_that_record(tmp_path: Path) -> None:
    path, offsets = write_warc(tmp_path, 3)
    data = path.read_bytes()
    cut_at = offsets[2] + (len(data) - offsets[2]) // 3  # inside the last response record
    path.write_bytes(data[:cut_at])
    pages, damaged = read(path)
    assert urls(pages) == ["0.html", "1.html"]
    assert [(d.warc_file, d.offset) for d in damaged] == [(path, offsets[2])]
    assert f"{path} at offset {offsets[2]}: gzip member cut short" in str(damaged[0])
    with pytest.raises(DamagedRecord, match=f"at offset {offsets[2]}"):
        list(read_pages(path))  # without a callback, damage is raised


def test_an_uncompressed_file_cut_inside_a_record_is_caught_by_its_content_length(
    tmp_path: Path,
) -> None:
    path, _ = write_warc(tmp_path / "gz", 3)
    data = gzip.decompress(path.read_bytes())
    start = data.rindex(b"WARC/1.0\r\nWARC-Page-Kind: article")  # the last response record
    plain = tmp_path / "cut.warc"
    plain.write_bytes(data[: start + 3000])
    pages, damaged = read(plain)
    assert urls(pages) == ["0.html", "1.html"]
    assert len(damaged) == 1 and damaged[0].offset == start
    assert "response record cut short" in damaged[0].reason


def test_bytes_flipped_inside_a_gzip_member_stop_the_file_but_not_the_next(
    tmp_path: Path,
) -> None:
    first, offsets = write_warc(tmp_path / "a", 3)
    second, _ = write_warc(tmp_path / "b", 2)
    data = bytearray(first.read_bytes())
    middle = (offsets[1] + offsets[2]) // 2  # inside the second response record's member
    data[middle : middle + 4] = bytes(b ^ 0xFF for b in data[middle : middle + 4])
    first.write_bytes(bytes(data))
    damaged: list[DamagedRecord] = []
    pages = [page for path in (first, second) for page in read_pages(path, damaged=damaged.append)]
    assert urls(pages) == ["0.html", "0.html", "1.html"]  # the first file's 0, all of the second
    assert [(d.warc_file, d.offset) for d in damaged] == [(first, offsets[1])]
    assert "gzip member cannot be decompressed" in damaged[0].reason
    assert "the rest of the file is not read" in damaged[0].reason


def test_a_record_not_matching_its_digest_is_reported_and_the_next_one_read(
    tmp_path: Path,
) -> None:
    """A member that decompresses cleanly but whose record changed (re-compressed after the
    change) is caught by warcio's digest check of the WARC-Block/Payload-Digest."""
    path, offsets = write_warc(tmp_path, 3)
    data = path.read_bytes()
    member = zlib.decompressobj(16 + zlib.MAX_WBITS)
    record = bytearray(member.decompress(data[offsets[1] :]))
    end = len(data) - len(member.unused_data)
    record[record.index(PHRASE.encode()) + 3] ^= 0x01
    path.write_bytes(data[: offsets[1]] + gzip.compress(bytes(record)) + data[end:])
    pages, damaged = read(path)
    assert urls(pages) == ["0.html", "2.html"]
    assert [d.offset for d in damaged] == [offsets[1]]
    assert "response record fails its digest" in damaged[0].reason
