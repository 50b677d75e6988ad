"""The fetcher against local servers that inject faults. Asserts what was fetched, retried, skipped, archived."""
import asyncio
import time

import pytest

from localserver import FaultServer, send
from scrapers.archive import WarcArchive, iter_records
from scrapers.fetch import Fetcher, Validators
from scrapers.registry import Settings

HTML = "<html><head><meta charset='utf-8'></head><body><p>Tỷ lệ hồ sơ trực tuyến đạt 70%.</p></body></html>".encode()


def settings(**kw):
    base = dict(user_agent="tinhso-test", delay_seconds=0.0, max_concurrency_per_host=1, global_concurrency=8,
                timeout_seconds=2.0, max_retries=3, max_redirects=3, max_body_bytes=100_000, topic_keywords=())
    base.update(kw)
    return Settings(**base)


@pytest.fixture
def server():
    s = FaultServer()
    s.routes["/robots.txt"] = lambda h, n: send(h, 200, b"User-agent: *\nDisallow: /private/\n")
    yield s
    s.close()


def run(server, paths, tmp_path, validators=None, hosts=None, **kw):
    archive = WarcArchive(tmp_path, f"run{time.monotonic_ns()}")

    async def go():
        async with Fetcher(settings(**kw), hosts or {server.host: 0.0}, archive=archive, validators=validators,
                           allow_private=True, backoff_base=0.01) as f:
            results = await asyncio.gather(*(f.fetch(server.url(p)) for p in paths))
            return results, f.stats
    results, stats = asyncio.run(go())
    archive.close()
    archived = list(iter_records(archive.path)) if archive.path.exists() else []
    return results, stats, archived


def test_429_with_retry_after_is_honoured_then_archived(server, tmp_path):
    server.routes["/a"] = lambda h, n: send(h, 429, b"slow down", [("Retry-After", "1")]) if n == 1 else send(h, 200, HTML)
    t = time.monotonic()
    (r,), stats, archived = run(server, ["/a"], tmp_path)
    assert r.ok and r.attempts == 2 and time.monotonic() - t >= 0.95
    assert server.hits["/a"] == 2 and stats["retries"] == 1
    assert [a.status for a in archived] == [429, 200]  # every response is archived, the refusal too


def test_500_then_success_and_404_is_not_retried(server, tmp_path):
    server.routes["/flaky"] = lambda h, n: send(h, 500) if n < 3 else send(h, 200, HTML)
    server.routes["/gone"] = lambda h, n: send(h, 404, b"no")
    (flaky, gone), stats, archived = run(server, ["/flaky", "/gone"], tmp_path)
    assert flaky.ok and flaky.attempts == 3
    assert gone.status == 404 and gone.attempts == 1 and server.hits["/gone"] == 1
    assert sorted(a.status for a in archived) == [200, 404, 500, 500]


def test_gives_up_after_max_retries(server, tmp_path):
    server.routes["/down"] = lambda h, n: send(h, 503)
    (r,), stats, archived = run(server, ["/down"], tmp_path, max_retries=2)
    assert not r.ok and server.hits["/down"] == 3 and "gave up" in r.error
    assert [a.status for a in archived] == [503, 503, 503]


def test_timeout_then_success(server, tmp_path):
    def slow(h, n):
        if n == 1:
            time.sleep(0.6)
        send(h, 200, HTML)
    server.routes["/slow"] = slow
    (r,), stats, _ = run(server, ["/slow"], tmp_path, timeout_seconds=0.3)
    assert r.ok and r.attempts == 2


def test_truncated_body_and_connection_reset_are_retried(server, tmp_path):
    def truncated(h, n):
        if n == 1:
            h.send_response(200)
            h.send_header("Content-Length", "5000")
            h.end_headers()
            h.wfile.write(b"<html>partial")
            h.wfile.flush()
            h.close_connection = True
            h.connection.shutdown(2)
            return
        send(h, 200, HTML)
    server.routes["/cut"] = truncated
    (r,), stats, archived = run(server, ["/cut"], tmp_path)
    assert r.ok and r.attempts == 2 and archived[0].body == HTML


def test_robots_disallow_and_foreign_or_looping_redirects(server, tmp_path):
    server.routes["/private/x"] = lambda h, n: send(h, 200, HTML)
    server.routes["/away"] = lambda h, n: send(h, 302, headers=[("Location", "http://example.com/x")])
    server.routes["/loop"] = lambda h, n: send(h, 302, headers=[("Location", "/loop2")])
    server.routes["/loop2"] = lambda h, n: send(h, 302, headers=[("Location", "/loop")])
    (priv, away, loop), stats, archived = run(server, ["/private/x", "/away", "/loop"], tmp_path)
    assert "robots.txt" in priv.error and "/private/x" not in server.hits
    assert "not in the portal registry" in away.error
    assert "redirects" in loop.error
    assert archived == []


def test_huge_body_is_capped_and_not_archived(server, tmp_path):
    server.routes["/big"] = lambda h, n: send(h, 200, b"x" * 500_000)
    (r,), stats, archived = run(server, ["/big"], tmp_path, max_body_bytes=10_000)
    assert not r.ok and "exceeds" in r.error and archived == [] and stats["too_large"] == 1


def test_conditional_request_costs_a_304(server, tmp_path):
    def etagged(h, n):
        if h.headers.get("If-None-Match") == '"v1"':
            send(h, 304)
        else:
            send(h, 200, HTML, [("ETag", '"v1"')])
    server.routes["/page"] = etagged
    (r,), stats, archived = run(server, ["/page"], tmp_path, validators={server.url("/page"): Validators(etag='"v1"')})
    assert r.not_modified and stats["not_modified"] == 1 and archived == []


def test_hosts_outside_registry_and_private_addresses_are_refused(server, tmp_path):
    async def go():
        async with Fetcher(settings(), {server.host: 0.0}) as f:  # private addresses not allowed here
            return await f.fetch(server.url("/x")), await f.fetch("http://other.example/x")
    private, foreign = asyncio.run(go())
    assert "private" in private.error and "not in the portal registry" in foreign.error
    assert server.hits.get("/x") is None


def test_archive_is_append_only(tmp_path):
    a = WarcArchive(tmp_path, "run1")
    a.write("http://h/x", 200, "OK", [("Content-Type", "text/html")], b"one")
    a.close()
    with pytest.raises(FileExistsError):
        WarcArchive(tmp_path, "run1")
    assert [r.body for r in iter_records(tmp_path / "run1.warc.gz")] == [b"one"]


def test_politeness_three_hosts_one_request_per_second():
    servers = [FaultServer(f"127.0.0.{i}") for i in (1, 2, 3)]
    try:
        for s in servers:
            s.routes["/robots.txt"] = lambda h, n: send(h, 404)
            s.routes["/p"] = lambda h, n: send(h, 200, HTML)
        n_per_host = 3

        async def go():
            hosts = {s.host: 1.0 for s in servers}
            async with Fetcher(settings(), hosts, allow_private=True) as f:
                urls = [s.url(f"/p?i={i}") for s in servers for i in range(n_per_host)]
                t = time.monotonic()
                results = await asyncio.gather(*(f.fetch(u) for u in urls))
                return time.monotonic() - t, results
        elapsed, results = asyncio.run(go())
        assert all(r.ok for r in results)
        n = n_per_host * 3
        # N pages over 3 hosts at 1 req/s each: ≈ N/3 s (first request of each host is immediate).
        assert n / 3 - 1 - 0.05 <= elapsed <= n / 3 + 1.0
        for s in servers:
            times = sorted(t for _, t in s.times if True)[1:]  # skip robots.txt
            gaps = [b - a for a, b in zip(times, times[1:])]
            assert all(g >= 0.95 for g in gaps), gaps
    finally:
        for s in servers:
            s.close()


def to_cp1258(s: str) -> bytes:
    """windows-1258 writes most toned letters as base letter + combining tone mark."""
    import unicodedata
    out = b""
    for ch in s:
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            d = unicodedata.normalize("NFD", ch)
            tone = next(c for c in d if c in "\u0300\u0301\u0303\u0309\u0323")
            out += unicodedata.normalize("NFC", d.replace(tone, "")).encode("cp1258") + tone.encode("cp1258")
    return out


def test_charset_decoding_wrong_missing_and_legacy():
    from scrapers.encoding import decode_html
    text = "Tỷ lệ hồ sơ trực tuyến"
    assert decode_html(text.encode("utf-8"), '{"content-type": "text/html; charset=iso-8859-1"}') != text  # header wins
    assert decode_html(text.encode("utf-8"), None) == text  # missing charset: utf-8
    legacy = to_cp1258(text)
    assert decode_html(legacy, '{"content-type": "text/html; charset=windows-1258"}') == text
    assert decode_html(legacy, None) == text  # not UTF-8: falls back to windows-1258, NFC
    assert decode_html(b"\xef\xbb\xbf" + text.encode("utf-8")) == text
