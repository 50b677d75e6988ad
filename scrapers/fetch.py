"""Polite, archive-first HTTP fetching.

One ``Fetcher`` per run. It obeys robots.txt (cached per host, Crawl-delay
honoured), spaces requests to each host by its delay and caps per-host and global
concurrency, retries connect errors / 429 / 5xx with exponential backoff and
jitter (Retry-After wins), never retries other 4xx, sends conditional requests
(ETag / Last-Modified) so an unchanged page costs a 304, follows a bounded number
of redirects and only onto registry hosts, caps body size, and refuses hosts
outside the registry and private/loopback addresses (unless a test allows them).
Every response is archived before it is returned.

The transport is injectable: the offline snapshot and tests swap in a replay
transport; the code path is the same.
"""
from __future__ import annotations

import asyncio
import email.utils
import ipaddress
import random
import socket
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpx
from tenacity import AsyncRetrying, RetryError, retry_if_exception, stop_after_attempt

from scrapers.archive import ArchivedResponse, WarcArchive
from scrapers.registry import Settings

RETRY_STATUSES = {429, 500, 502, 503, 504}
MAX_RETRY_AFTER = 120.0


class FetchRefused(Exception):
    """The URL may not be fetched (foreign host, private address, robots.txt)."""


class _Retryable(Exception):
    def __init__(self, reason: str, retry_after: float | None = None):
        super().__init__(reason)
        self.retry_after = retry_after


@dataclass
class FetchResult:
    url: str
    final_url: str
    status: int | None
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    archived: ArchivedResponse | None = None
    not_modified: bool = False
    error: str | None = None
    attempts: int = 0

    @property
    def ok(self) -> bool:
        return self.status is not None and 200 <= self.status < 300 and self.error is None


@dataclass
class Validators:
    etag: str | None = None
    last_modified: str | None = None


def _retry_after_seconds(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return min(float(value), MAX_RETRY_AFTER)
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
        return max(0.0, min((when - datetime.now(timezone.utc)).total_seconds(), MAX_RETRY_AFTER))
    except (TypeError, ValueError):
        return None


def _is_private(host: str) -> bool:
    if host in ("localhost", "localhost.localdomain"):
        return True
    try:
        addrs = [ipaddress.ip_address(host)]
    except ValueError:
        try:
            addrs = [ipaddress.ip_address(ai[4][0]) for ai in socket.getaddrinfo(host, None)]
        except socket.gaierror:
            return False  # unresolvable: the request itself will fail and be reported
    return any(a.is_private or a.is_loopback or a.is_link_local or a.is_reserved for a in addrs)


class _HostGate:
    """Per-host spacing and concurrency."""

    def __init__(self, delay: float, concurrency: int):
        self.delay = delay
        self.sem = asyncio.Semaphore(concurrency)
        self.lock = asyncio.Lock()
        self.next_at = 0.0

    async def wait_turn(self) -> None:
        async with self.lock:
            now = time.monotonic()
            if now < self.next_at:
                await asyncio.sleep(self.next_at - now)
            self.next_at = time.monotonic() + self.delay


class Fetcher:
    def __init__(self, settings: Settings, allowed_hosts: dict[str, float], *,
                 transport: httpx.AsyncBaseTransport | None = None, archive: WarcArchive | None = None,
                 validators: dict[str, Validators] | None = None, allow_private: bool = False,
                 check_private: bool = True, backoff_base: float = 0.5, backoff_max: float = 30.0):
        """``allowed_hosts``: host → politeness delay in seconds (from the registry)."""
        self.settings = settings
        self.allowed_hosts = allowed_hosts
        self.archive = archive
        self.validators = validators or {}
        self.allow_private = allow_private
        self.check_private = check_private
        self.backoff_base = backoff_base
        self.backoff_max = backoff_max
        self.stats: Counter = Counter()
        self._robots: dict[str, RobotFileParser | None] = {}
        self._robots_lock = asyncio.Lock()
        self._gates: dict[str, _HostGate] = {}
        self._global = asyncio.Semaphore(settings.global_concurrency)
        self._client = httpx.AsyncClient(
            transport=transport, follow_redirects=False, timeout=settings.timeout_seconds,
            headers={"User-Agent": settings.user_agent, "Accept-Language": "vi,en;q=0.5"})

    async def __aenter__(self) -> "Fetcher":
        return self

    async def __aexit__(self, *exc) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._client.aclose()

    # -- policy ---------------------------------------------------------------
    def _check_host(self, url: str) -> str:
        parts = urlsplit(url)
        host = parts.hostname or ""
        if parts.scheme not in ("http", "https"):
            raise FetchRefused(f"{url}: scheme {parts.scheme!r} not allowed")
        if host not in self.allowed_hosts:
            raise FetchRefused(f"{url}: host {host!r} is not in the portal registry")
        if self.check_private and not self.allow_private and _is_private(host):
            raise FetchRefused(f"{url}: private or loopback address refused")
        return host

    def _gate(self, host: str, crawl_delay: float | None) -> _HostGate:
        if host not in self._gates:
            delay = max(self.allowed_hosts.get(host, self.settings.delay_seconds), crawl_delay or 0.0)
            self._gates[host] = _HostGate(delay, self.settings.max_concurrency_per_host)
        return self._gates[host]

    async def _robots_for(self, url: str) -> RobotFileParser | None:
        parts = urlsplit(url)
        key = f"{parts.scheme}://{parts.netloc}"
        async with self._robots_lock:
            if key not in self._robots:
                parser = RobotFileParser()
                try:
                    resp = await self._client.get(key + "/robots.txt")
                    if resp.status_code == 200:
                        parser.parse(resp.text.splitlines())
                    elif resp.status_code in (401, 403):
                        parser.disallow_all = True
                    else:
                        parser.allow_all = True
                except httpx.HTTPError:
                    parser.allow_all = True  # unreachable robots.txt: proceed politely
                self._robots[key] = parser
                self.stats["robots_fetched"] += 1
            return self._robots[key]

    # -- fetching -------------------------------------------------------------
    async def fetch(self, url: str) -> FetchResult:
        try:
            host = self._check_host(url)
            robots = await self._robots_for(url)
            if robots is not None and not robots.can_fetch(self.settings.user_agent, url):
                raise FetchRefused(f"{url}: disallowed by robots.txt")
        except FetchRefused as e:
            self.stats["refused"] += 1
            return FetchResult(url, url, None, error=str(e))
        crawl_delay = robots.crawl_delay(self.settings.user_agent) if robots is not None else None
        gate = self._gate(host, float(crawl_delay) if crawl_delay else None)
        async with self._global, gate.sem:
            return await self._fetch_following(url, gate)

    async def _fetch_following(self, url: str, gate: _HostGate) -> FetchResult:
        current, attempts = url, 0
        for _ in range(self.settings.max_redirects + 1):
            result = await self._fetch_with_retries(current, gate)
            attempts += result.attempts
            result.url, result.attempts = url, attempts
            if result.status not in (301, 302, 303, 307, 308):
                return result
            target = urljoin(current, result.headers.get("location", ""))
            try:
                new_host = self._check_host(target)
            except FetchRefused as e:
                self.stats["refused"] += 1
                return FetchResult(url, current, result.status, error=f"redirect refused: {e}", attempts=attempts)
            if new_host not in self._gates:
                gate = self._gate(new_host, None)
            current = target
        self.stats["errors"] += 1
        return FetchResult(url, current, None, error=f"{url}: more than {self.settings.max_redirects} redirects",
                           attempts=attempts)

    async def _fetch_with_retries(self, url: str, gate: _HostGate) -> FetchResult:
        attempts = 0

        def wait(retry_state) -> float:
            exc = retry_state.outcome.exception()
            if isinstance(exc, _Retryable) and exc.retry_after is not None:
                return exc.retry_after
            n = retry_state.attempt_number
            return min(self.backoff_max, self.backoff_base * 2 ** (n - 1)) * (0.5 + random.random() / 2)

        retrying = AsyncRetrying(
            stop=stop_after_attempt(self.settings.max_retries + 1), wait=wait, reraise=False,
            retry=retry_if_exception(lambda e: isinstance(e, (_Retryable, httpx.TransportError))))
        try:
            async for attempt in retrying:
                with attempt:
                    attempts += 1
                    if attempts > 1:
                        self.stats["retries"] += 1
                    await gate.wait_turn()
                    result = await self._fetch_once(url)
                    result.attempts = attempts
                    return result
        except RetryError as e:
            exc = e.last_attempt.exception()
            self.stats["errors"] += 1
            return FetchResult(url, url, getattr(exc, "status", None), error=f"{url}: gave up after {attempts} attempts: {exc}",
                               attempts=attempts)
        raise AssertionError("unreachable")

    async def _fetch_once(self, url: str) -> FetchResult:
        headers = {}
        v = self.validators.get(url)
        if v and v.etag:
            headers["If-None-Match"] = v.etag
        if v and v.last_modified:
            headers["If-Modified-Since"] = v.last_modified
        async with self._client.stream("GET", url, headers=headers) as resp:
            if resp.status_code in RETRY_STATUSES:
                # Archived too: the record of a portal answering 429/5xx is evidence for
                # whoever tunes its politeness. Bodies of error pages are small; capped.
                if self.archive is not None:
                    body = (await resp.aread())[: self.settings.max_body_bytes]
                    self.archive.write(url, resp.status_code, resp.reason_phrase, list(resp.headers.multi_items()), body)
                err = _Retryable(f"HTTP {resp.status_code}", _retry_after_seconds(resp.headers.get("retry-after")))
                err.status = resp.status_code
                raise err
            body = bytearray()
            async for chunk in resp.aiter_bytes():
                body.extend(chunk)
                if len(body) > self.settings.max_body_bytes:
                    self.stats["too_large"] += 1
                    return FetchResult(url, url, resp.status_code, error=f"{url}: body exceeds {self.settings.max_body_bytes} bytes")
            body = bytes(body)
        header_list = list(resp.headers.multi_items())
        if resp.status_code == 304:
            self.stats["not_modified"] += 1
            return FetchResult(url, url, 304, headers=dict(resp.headers), not_modified=True)
        archived = None
        if self.archive is not None and resp.status_code not in (301, 302, 303, 307, 308):
            archived = self.archive.write(url, resp.status_code, resp.reason_phrase, header_list, body)
        self.stats["pages"] += 1
        self.stats["bytes"] += len(body)
        if resp.status_code >= 400:
            self.stats["http_errors"] += 1
        return FetchResult(url, url, resp.status_code, body, {k.lower(): v for k, v in resp.headers.items()}, archived)
