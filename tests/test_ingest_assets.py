"""Ingest and extract assets on a small custom archive: duplicates, off-topic pages, incremental re-runs."""
from dagster import materialize
from dagster_duckdb import DuckDBResource

from pipelines.assets import extract, ingest
from pipelines.resources import PortalSource
from scrapers.archive import WarcArchive

ARTICLE = """<html lang="vi"><head><link rel="canonical" href="https://baolaocai.vn/a-1.html">
<meta property="article:published_time" content="2023-05-02T08:00:00+07:00"><title>Chuyển đổi số Lào Cai</title></head>
<body><article><h1>Chuyển đổi số Lào Cai</h1><p>{body}</p></article></body></html>"""
BODY = ("Đến nay, toàn tỉnh Lào Cai có 1.600/1.700 thôn, tổ dân phố được phủ sóng di động. Công tác chuyển đổi số "
        "tiếp tục được đẩy mạnh ở tất cả các cấp, các ngành, góp phần nâng cao chất lượng phục vụ người dân và doanh nghiệp.")
SPORTS = ("Đội bóng của tỉnh thắng 3-1 trong trận đấu chiều qua trước sự chứng kiến của 12.000 khán giả trên sân nhà. "
          "Huấn luyện viên cho biết toàn đội đã chuẩn bị rất kỹ cho trận đấu quan trọng này và sẽ tiếp tục nỗ lực.")


def build_site(tmp_path):
    warc = WarcArchive(tmp_path, "site")
    html = [("Content-Type", "text/html; charset=utf-8")]
    warc.write("https://baolaocai.vn/robots.txt", 200, "OK", [("Content-Type", "text/plain")], b"User-agent: *\n")
    feed = ("<rss><channel>" + "".join(f"<item><link>https://baolaocai.vn/{p}</link></item>"
                                         for p in ("a-1.html", "a-1.html?utm_source=zalo", "the-thao.html")) + "</channel></rss>")
    warc.write("https://baolaocai.vn/rss.rss", 200, "OK", [("Content-Type", "application/xml")], feed.encode())
    for path in ("a-1.html", "a-1.html?utm_source=zalo"):  # the same article under two URLs
        warc.write(f"https://baolaocai.vn/{path}", 200, "OK", html, ARTICLE.format(body=BODY).encode())
    warc.write("https://baolaocai.vn/the-thao.html", 200, "OK", html, ARTICLE.replace("a-1", "tt").replace("Chuyển đổi số Lào Cai", "Bóng đá").format(body=SPORTS).encode())
    warc.close()
    registry = tmp_path / "portals.toml"
    registry.write_text(f"""[defaults]
topic_keywords = ["chuyển đổi số"]
[[portal]]
id = "baolaocai"
base_url = "https://baolaocai.vn"
province = "Lào Cai"
snapshot = true
feeds = ["https://baolaocai.vn/rss.rss"]
""", encoding="utf-8")
    return warc.path, registry


def test_duplicates_off_topic_and_incremental(tmp_path):
    import duckdb
    warc, registry = build_site(tmp_path)
    db = tmp_path / "w.duckdb"
    resources = {"duckdb": DuckDBResource(database=str(db)),
                 "portal_source": PortalSource(snapshot_warc=str(warc), registry_path=str(registry),
                                               archive_dir=str(tmp_path / "archive"), politeness_override_seconds=0.0)}
    assert materialize([ingest.responses], resources=resources, partition_key="baolaocai").success
    assert materialize([extract.articles, extract.claims], resources=resources).success
    with duckdb.connect(str(db)) as con:
        assert con.execute("select count(*) from raw.responses").fetchone()[0] == 3
        # Two URLs, one canonical article; the sports page is archived but not parsed.
        assert con.execute("select count(*), min(canonical_url) from raw.articles").fetchone() == (1, "https://baolaocai.vn/a-1.html")
        claims = con.execute("select indicator, value, denominator, province_code from raw.claims").fetchall()
        assert claims == [("village_mobile_coverage", 1600.0, 1700.0, "10")]
    archived_before = sorted(p.name for p in (tmp_path / "archive").iterdir())
    # Second run: replay answers 304 to the stored ETags? (none here) → same content hash → nothing new.
    assert materialize([ingest.responses], resources=resources, partition_key="baolaocai").success
    assert materialize([extract.articles, extract.claims], resources=resources).success
    with duckdb.connect(str(db)) as con:
        assert con.execute("select count(*) from raw.responses").fetchone()[0] == 3
        assert con.execute("select count(*) from raw.claims").fetchone()[0] == 1
    # Earlier archive files are never rewritten.
    assert set(archived_before) <= {p.name for p in (tmp_path / "archive").iterdir()}
