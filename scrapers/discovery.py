"""Finding article URLs: RSS/Atom feeds, (news) sitemaps, listing pages with pagination."""
from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

from bs4 import BeautifulSoup

from scrapers.fetch import Fetcher
from scrapers.registry import Portal


def links_from_feed(xml: bytes) -> list[str]:
    soup = BeautifulSoup(xml, "xml")
    out = []
    for item in soup.find_all(["item", "entry"]):
        link = item.find("link")
        if link is None:
            continue
        href = link.get("href") or link.get_text(strip=True)
        if href:
            out.append(href.strip())
    return out


def links_from_sitemap(xml: bytes) -> tuple[list[str], list[str]]:
    """(page URLs, nested sitemap URLs)."""
    soup = BeautifulSoup(xml, "xml")
    if soup.find("sitemapindex"):
        return [], [loc.get_text(strip=True) for loc in soup.find_all("loc")]
    return [u.find("loc").get_text(strip=True) for u in soup.find_all("url") if u.find("loc")], []


def links_from_listing(html: bytes, base: str, link_pattern: str, next_pattern: str | None) -> tuple[list[str], str | None]:
    soup = BeautifulSoup(html, "lxml")
    rx = re.compile(link_pattern)
    host = urlsplit(base).hostname
    links, nxt = [], None
    for a in soup.find_all("a", href=True):
        url = urljoin(base, a["href"])
        if urlsplit(url).hostname != host:
            continue
        if rx.search(url) and url not in links:
            links.append(url)
        elif next_pattern and nxt is None and re.search(next_pattern, url) and url != base:
            nxt = url
    return links, nxt


async def discover(fetcher: Fetcher, portal: Portal) -> list[str]:
    """Article URLs of a portal, in discovery order, without duplicates."""
    found: list[str] = []

    def add(urls):
        for u in urls:
            if u not in found and urlsplit(u).hostname == portal.host:
                found.append(u)

    for feed in portal.feeds:
        r = await fetcher.fetch(feed)
        if r.ok:
            add(links_from_feed(r.body))
    queue = list(portal.sitemaps)
    seen_maps = set()
    while queue:
        sm = queue.pop(0)
        if sm in seen_maps:
            continue
        seen_maps.add(sm)
        r = await fetcher.fetch(sm)
        if r.ok:
            pages, nested = links_from_sitemap(r.body)
            add(pages)
            queue.extend(nested)
    for listing in portal.listings:
        url, pages = listing.url, 0
        while url and pages < listing.max_pages:
            r = await fetcher.fetch(url)
            pages += 1
            if not r.ok:
                break
            links, url = links_from_listing(r.body, url, listing.link_pattern, listing.next_pattern)
            add(links)
    return found
