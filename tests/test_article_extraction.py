"""Article extraction: snapshot pages hold the body and none of the page furniture; real pages too."""
import asyncio
from pathlib import Path

from scrapers.article import extract_article, parse_vn_datetime
from scrapers.archive import iter_records

ROOT = Path(__file__).resolve().parent.parent
SNAPSHOT = ROOT / "scrapers" / "snapshot" / "portals.warc.gz"
REAL = Path(__file__).parent / "fixtures" / "real_html"


def article_pages():
    return [r for r in iter_records(SNAPSHOT) if r.url.endswith((".html", ".htm")) or "/tin-tuc/-/" in r.url]


def test_snapshot_articles_keep_body_and_drop_related_news_comments_and_footer():
    pages = [p for p in article_pages() if b"article-body" in p.body]
    assert len(pages) == 5
    for page in pages:
        art = extract_article(page.body.decode("utf-8"), page.url)
        assert len(art.text) > 1500, page.url
        for noise in ("18,7% người dùng", "Bạn còn 500/500", "Lượt xem", "Giấy phép số", "2 vạch sóng",
                      "Đường dây nóng", "Trang chủ", "Gửi bình luận"):
            assert noise not in art.text, (page.url, noise)
        assert art.published is not None and art.published.utcoffset().total_seconds() == 7 * 3600
        assert art.canonical_url == page.url and art.language == "vi"


def test_vietnamese_date_formats_in_ho_chi_minh_zone():
    for s, expect in [("Thứ năm, 19/09/2024 - 23:16", (2024, 9, 19, 23, 16)), ("10:40 23/09/2023", (2023, 9, 23, 10, 40)),
                      ("15:23, 25/11/2022", (2022, 11, 25, 15, 23))]:
        d = parse_vn_datetime(s)
        assert (d.year, d.month, d.day, d.hour, d.minute) == expect and d.utcoffset().total_seconds() == 25200


def test_real_news_pages_give_title_date_and_clean_text():
    for f in sorted(REAL.glob("*.html")):
        art = extract_article(f.read_text(encoding="utf-8"), None)
        assert art.title and art.published is not None, f.name
        assert len(art.text) > 800, f.name
        lines = art.text.splitlines()
        # navigation menus come out as runs of very short lines; the article has few
        assert sum(1 for ln in lines if len(ln) < 15) <= max(3, len(lines) // 5), (f.name, lines[:20])


def test_the_lead_under_the_headline_is_kept_but_related_news_leads_are_not():
    # a real page: vietnamnet prints its lead ("sapo") outside the body's container
    art = extract_article((REAL / "06_vietnamnet_article.html").read_text(encoding="utf-8"), None)
    assert art.text.startswith("CTCP Tập đoàn FLC cho biết cổ phiếu FLC")
    page = ("<html><body><h1>Tỉnh A dẫn đầu về dịch vụ công</h1><p class='description'>Tỷ lệ hồ sơ trực tuyến "
            "của tỉnh A đạt 91,2%, cao nhất cả nước năm 2024.</p><article>" + "<p>Nội dung bài viết dài. </p>" * 40
            + "</article><div class='box-tinlienquan'><h3>Tin liên quan</h3><p class='sapo'>Tỉnh B có tỷ lệ "
            "hồ sơ trực tuyến đạt 45%, thấp nhất vùng.</p></div></body></html>")
    text = extract_article(page, None).text
    assert text.startswith("Tỷ lệ hồ sơ trực tuyến của tỉnh A đạt 91,2%") and "Tỉnh B" not in text
