"""One crawl of a set of portals: discover, fetch (archive first), report."""
from __future__ import annotations

import asyncio
from dataclasses import dataclass, field

import httpx

from scrapers.archive import WarcArchive
from scrapers.discovery import discover
from scrapers.fetch import Fetcher, FetchResult, Validators
from scrapers.registry import Portal, Settings


@dataclass
class PortalReport:
    portal: str
    discovered: int = 0
    results: list[FetchResult] = field(default_factory=list)
    stats: dict = field(default_factory=dict)


async def crawl_portal(portal: Portal, settings: Settings, *, transport: httpx.AsyncBaseTransport | None,
                       archive: WarcArchive | None, validators: dict[str, Validators] | None = None,
                       skip_urls: set[str] | None = None, allow_private: bool = False) -> PortalReport:
    """Discover and fetch a portal's articles. ``skip_urls``: already archived and unchanged."""
    hosts = {portal.host: portal.delay_seconds}
    async with Fetcher(settings, hosts, transport=transport, archive=archive, validators=validators,
                       allow_private=allow_private, check_private=transport is None) as f:
        urls = await discover(f, portal)
        todo = [u for u in urls if not skip_urls or u not in skip_urls]
        results = await asyncio.gather(*(f.fetch(u) for u in todo))
        return PortalReport(portal.id, len(urls), list(results), dict(f.stats))
