"""Replay transport: answers httpx requests from WARC archives instead of the network.

The main job swaps this in for the live transport, so the offline snapshot runs
through exactly the same fetch code as a live crawl.
"""
from __future__ import annotations

from pathlib import Path

import httpx

from scrapers.archive import iter_records


class ReplayTransport(httpx.AsyncBaseTransport):
    def __init__(self, *warc_paths: Path):
        self.responses: dict[str, tuple[int, list[tuple[str, str]], bytes]] = {}
        for path in warc_paths:
            for rec in iter_records(Path(path)):
                self.responses[rec.url] = (rec.status, list(rec.headers.items()), rec.body)
        self.requests: list[str] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        url = str(request.url)
        self.requests.append(url)
        if url not in self.responses:
            return httpx.Response(404, content=b"not in archive", request=request)
        status, headers, body = self.responses[url]
        etag = dict((k.lower(), v) for k, v in headers).get("etag")
        if etag and request.headers.get("if-none-match") == etag:
            return httpx.Response(304, headers=headers, request=request)
        # Bodies are stored decoded; drop transfer encodings that no longer apply.
        headers = [(k, v) for k, v in headers if k.lower() not in ("content-encoding", "transfer-encoding", "content-length")]
        return httpx.Response(status, headers=headers, content=body, request=request)
