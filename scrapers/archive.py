"""Append-only WARC archive of every response, written before anything parses it.

Each run appends to its own ``.warc.gz`` file (never rewriting an earlier one), so
an interrupted run loses at most its own partial tail and nothing already stored.
``iter_records`` reads archives back for replay and re-parsing.
"""
from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator

from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter


@dataclass(frozen=True)
class ArchivedResponse:
    url: str
    status: int
    headers: dict[str, str]
    body: bytes
    fetched_at: datetime
    sha256: str
    warc_file: str
    warc_offset: int


def sha256(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


class WarcArchive:
    """Writes responses to ``<dir>/<run_id>.warc.gz``."""

    def __init__(self, directory: Path, run_id: str):
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)
        self.path = self.directory / f"{run_id}.warc.gz"
        if self.path.exists():
            raise FileExistsError(f"{self.path}: archive file of this run already exists; refusing to overwrite")
        self._fh = None

    def write(self, url: str, status: int, reason: str, headers: list[tuple[str, str]], body: bytes,
              fetched_at: datetime | None = None) -> ArchivedResponse:
        fetched_at = fetched_at or datetime.now(timezone.utc)
        if self._fh is None:
            self._fh = open(self.path, "ab")
        writer = WARCWriter(self._fh, gzip=True)
        http_headers = StatusAndHeaders(f"{status} {reason or 'OK'}", headers, protocol="HTTP/1.1")
        digest = sha256(body)
        record = writer.create_warc_record(
            url, "response", payload=io.BytesIO(body), http_headers=http_headers,
            warc_headers_dict={"WARC-Date": fetched_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
                               "WARC-Payload-Digest": f"sha256:{digest}"})
        offset = self._fh.tell()
        writer.write_record(record)
        self._fh.flush()
        return ArchivedResponse(url, status, dict(headers), body, fetched_at, digest, self.path.name, offset)

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None


def iter_records(path: Path) -> Iterator[ArchivedResponse]:
    with open(path, "rb") as fh:
        it = ArchiveIterator(fh)
        for rec in it:
            if rec.rec_type != "response":
                continue
            url = rec.rec_headers.get_header("WARC-Target-URI")
            date = rec.rec_headers.get_header("WARC-Date")
            body = rec.content_stream().read()
            status = int(rec.http_headers.get_statuscode())
            yield ArchivedResponse(url, status, dict(rec.http_headers.headers), body,
                                   datetime.fromisoformat(date.replace("Z", "+00:00")), sha256(body),
                                   Path(path).name, it.get_record_offset())
