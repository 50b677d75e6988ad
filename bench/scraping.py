"""Fetch throughput against a local server with added latency, and HTML→article pages/s per core
(tinhso's extractor vs plain BeautifulSoup get_text vs trafilatura defaults).

Run: ``make bench`` or ``python -m bench.scraping``.
"""
from __future__ import annotations

import asyncio
import sys
import time
from pathlib import Path

import trafilatura
from bs4 import BeautifulSoup

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from localserver import FaultServer, send  # noqa: E402
from scrapers.archive import iter_records  # noqa: E402
from scrapers.article import extract_article  # noqa: E402
from scrapers.fetch import Fetcher  # noqa: E402
from scrapers.registry import Settings  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def fetch_bench(pages: int = 200, latency: float = 0.05, hosts: int = 4) -> tuple[float, float]:
    servers = [FaultServer(f"127.0.0.{i + 1}") for i in range(hosts)]
    body = (ROOT / "tests" / "fixtures" / "real_html" / "08_baodautu_article.html").read_bytes()

    def page(h, n):
        time.sleep(latency)
        send(h, 200, body, [("Content-Type", "text/html; charset=utf-8")])
    for s in servers:
        s.routes["/robots.txt"] = lambda h, n: send(h, 404)
        s.routes["/p"] = page
    settings = Settings("tinhso-bench", 0.0, 4, 16, 10.0, 2, 3, 5_000_000, ())

    async def go():
        async with Fetcher(settings, {s.host: 0.0 for s in servers}, allow_private=True) as f:
            t = time.perf_counter()
            await asyncio.gather(*(f.fetch(servers[i % hosts].url(f"/p?i={i}")) for i in range(pages)))
            return time.perf_counter() - t
    try:
        dt = asyncio.run(go())
    finally:
        for s in servers:
            s.close()
    return pages / dt, pages * len(body) / dt / 1e6


def extraction_bench(rounds: int = 3) -> list[tuple[str, float]]:
    pages = [f.read_text(encoding="utf-8") for f in sorted((ROOT / "tests" / "fixtures" / "real_html").glob("*.html"))]
    pages += [r.body.decode("utf-8") for r in iter_records(ROOT / "scrapers" / "snapshot" / "portals.warc.gz")
              if b"article-body" in r.body]
    contenders = [
        ("tinhso extract_article", lambda h: extract_article(h)),
        ("BeautifulSoup get_text", lambda h: BeautifulSoup(h, "lxml").get_text("\n")),
        ("trafilatura defaults", lambda h: trafilatura.extract(h)),
    ]
    out = []
    for name, fn in contenders:
        t = time.perf_counter()
        for _ in range(rounds):
            for h in pages:
                fn(h)
        out.append((name, rounds * len(pages) / (time.perf_counter() - t)))
    return out


def main() -> None:
    pps, mbps = fetch_bench()
    print(f"{'fetch (4 hosts, 50 ms latency, 200 pages)':<44} {pps:>8.1f} pages/s {mbps:>6.2f} MB/s")
    for name, rate in extraction_bench():
        print(f"{'extract: ' + name:<44} {rate:>8.1f} pages/s")


if __name__ == "__main__":
    main()
