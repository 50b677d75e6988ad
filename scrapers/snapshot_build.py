"""Build the bundled offline snapshot (``scrapers/snapshot/portals.warc.gz``) from the seed texts.

Run ``python -m scrapers.snapshot_build`` to regenerate. Content-deterministic: fixed
fetch times and ETags, so payloads only change when this file or the seeds do (WARC
record ids are fresh UUIDs each build, as the standard asks).
"""
from __future__ import annotations

import hashlib
import html
import re
from datetime import datetime, timezone
from pathlib import Path

from scrapers.archive import WarcArchive

SNAPSHOT = Path(__file__).resolve().parent / "snapshot"
FETCHED = datetime(2026, 11, 1, 2, 0, tzinfo=timezone.utc)

# One entry per seed: where it was published and how its page header reads.
ARTICLES = [
    dict(seed="000_5c41729daa8dbd40", portal="baolaocai", host="baolaocai.vn",
         path="/chuyen-doi-so/lao-cai-tong-ket-chuyen-doi-so-nam-2022-post360123.html",
         title="Lào Cai: Tổng kết công tác chuyển đổi số năm 2022, triển khai nhiệm vụ năm 2023",
         date_line="Thứ sáu, 13/01/2023 - 16:45", iso="2023-01-13T16:45:00+07:00", body_from="Dự hội nghị"),
    dict(seed="001_74da3d5a193d3744", portal="baclieu_gov", host="baclieu.gov.vn",
         path="/web/guest/tin-tuc/-/quyet-liet-chuyen-doi-so-de-thuc-day-phat-trien-kinh-te-xa-hoi-4417",
         title="Quyết liệt chuyển đổi số để thúc đẩy phát triển kinh tế - xã hội",
         date_line="Thứ năm, 19/09/2024 - 23:16", iso=None, body_from="Ngày 8/3"),
    dict(seed="002_07bb0b8063c08b1f", portal="baosonla", host="baosonla.vn",
         path="/chuyen-doi-so/tao-giai-phap-dot-pha-phat-trien-chinh-quyen-so-kinh-te-so-xa-hoi-so-51234.html",
         title="Tạo giải pháp đột phá phát triển chính quyền số, kinh tế số, xã hội số",
         date_line="10:05 12/10/2023", iso="2023-10-12T10:05:00+07:00", body_from="Năm 2023 là"),
    dict(seed="003_7e6d3963369faf64", portal="nghean_gov", host="nghean.gov.vn",
         path="/tin-tuc/chuyen-doi-so-co-nhieu-chuyen-bien-nhung-chua-dap-ung-duoc-yeu-cau-muc-tieu-de-ra-612.html",
         title="Nghệ An: Chuyển đổi số có nhiều chuyển biến nhưng chưa đáp ứng được yêu cầu, mục tiêu đề ra",
         date_line="10:40 23/09/2023", iso=None, body_from="Đó là nhìn nhận"),
    dict(seed="004_1f22209831a6c057", portal="baodantoc", host="baodantoc.vn",
         path="/lao-cai-chuyen-doi-so-phuc-vu-dac-luc-cho-phat-trien-kinh-te-xa-hoi-1669305795.htm",
         title='Lào Cai: Chuyển đổi số phục vụ "đắc lực" cho phát triển kinh tế-xã hội',
         date_line="Trọng Bảo - 15:23, 25/11/2022", iso="2022-11-25T15:23:00+07:00", body_from="Là tỉnh vùng cao"),
]
# Page tails copied in shape from the seeds: the numbers in them must never become claims.
RELATED = [
    "18,7% người dùng internet Việt Nam đã trở thành mục tiêu của các cuộc tấn công trực tuyến",
    "Hà Giang: 95% thôn bản được phủ sóng di động 4G trong năm 2023",
    "Cả nước có 1.250 xã đạt chuẩn nông thôn mới nâng cao",
]
_TAIL = re.compile(r"^(Tin cùng chuyên mục|Tin liên quan|Tin mới|BÌNH LUẬN|Lượt xem|Tác giả|Nguồn)", re.M)


def article_body(text: str, body_from: str) -> list[str]:
    text = text[text.index(body_from):]
    tail = _TAIL.search(text)
    if tail:
        text = text[:tail.start()]
    return [ln.strip() for ln in text.split("\n") if ln.strip()]


def render_article(a: dict, paragraphs: list[str]) -> str:
    body = []
    for p in paragraphs:
        if p.endswith("|"):  # a photo caption in the scraped text
            body.append(f'<figure><img src="/img/{len(body)}.jpg" alt=""><figcaption>{html.escape(p.rstrip(" |"))}</figcaption></figure>')
        elif p in ("Tuấn Kiệt", "Hoàng Lan", "Thực hiện: Việt Anh - Duy Tùng"):
            body.append(f'<p class="author"><strong>{html.escape(p)}</strong></p>')
        else:
            body.append(f"<p>{html.escape(p)}</p>")
    related = "".join(f'<li><a href="/tin-khac-{i}.html">{html.escape(t)}</a></li>' for i, t in enumerate(RELATED))
    meta_date = f'<meta property="article:published_time" content="{a["iso"]}">' if a["iso"] else ""
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{html.escape(a['title'])}</title>
<link rel="canonical" href="https://{a['host']}{a['path']}">
<meta property="og:title" content="{html.escape(a['title'])}">{meta_date}
</head><body>
<header class="site-header"><nav class="menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/thoi-su">Thời sự</a></li>
<li><a href="/chuyen-doi-so">Chuyển đổi số</a></li><li><a href="/kinh-te">Kinh tế</a></li><li><a href="/xa-hoi">Xã hội</a></li></ul></nav>
<div class="hotline">Đường dây nóng: 0214.3840.225 - Tổng đài 1022</div></header>
<main><article class="article">
<h1 class="article-title">{html.escape(a['title'])}</h1>
<div class="article-meta"><span class="article-date">{html.escape(a['date_line'])}</span> <span class="view-count">Lượt xem: 1.318</span></div>
<div class="share-bar"><a href="#">Chia sẻ</a> <a href="#">Facebook</a> <a href="#">Zalo</a> <a href="#">In bài</a></div>
<div class="article-body">
{chr(10).join(body)}
</div>
<div class="tags">Từ khóa: <a href="/tag/chuyen-doi-so">chuyển đổi số</a></div>
</article>
<section class="related tin-lien-quan"><h3>Tin liên quan</h3><ul>{related}</ul></section>
<section class="comments binh-luan"><h3>BÌNH LUẬN</h3><form><textarea maxlength="500"></textarea>
<p>Bạn còn 500/500 ký tự</p><p>Bạn vui lòng nhập từ 5 ký tự trở lên !!!</p><button>Gửi bình luận</button></form>
<div class="comment"><b>Nguyễn Văn A</b><p>Mong tỉnh sớm phủ sóng 100% thôn bản, hiện thôn tôi mới có 2 vạch sóng.</p></div></section>
<section class="most-read"><h3>Tin mới</h3><ul><li><a href="/moi-1.html">Giá cà phê hôm nay tăng 2.000 đồng/kg</a></li></ul></section>
</main>
<footer><p>Cơ quan chủ quản: Tỉnh ủy. Giấy phép số 123/GP-BTTTT ngày 01/01/2020.</p><p>© 2026. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></footer>
</body></html>"""


def rss(host: str, items: list[dict]) -> str:
    entries = "".join(f"<item><title>{html.escape(a['title'])}</title><link>https://{host}{a['path']}</link></item>" for a in items)
    return f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>{host}</title>{entries}</channel></rss>'


def sitemap(host: str, items: list[dict]) -> str:
    urls = "".join(f"<url><loc>https://{host}{a['path']}</loc></url>" for a in items)
    return f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'


def listing(host: str, items: list[dict], next_url: str | None) -> str:
    links = "".join(f'<li><a href="{a["path"]}">{html.escape(a["title"])}</a></li>' for a in items)
    nxt = f'<a class="next" href="{next_url}">Trang sau</a>' if next_url else ""
    return f'<html lang="vi"><body><nav><a href="/">Trang chủ</a></nav><ul class="list">{links}</ul>{nxt}</body></html>'


def build(out: Path = SNAPSHOT / "portals.warc.gz") -> Path:
    if out.exists():
        out.unlink()
    archive = WarcArchive(out.parent, out.name.removesuffix(".warc.gz"))
    html_headers = [("Content-Type", "text/html; charset=utf-8")]
    xml_headers = [("Content-Type", "application/xml; charset=utf-8")]

    def put(url, body: str, headers):
        etag = '"' + hashlib.sha256(body.encode()).hexdigest()[:16] + '"'
        archive.write(url, 200, "OK", headers + [("ETag", etag)], body.encode("utf-8"), FETCHED)

    by_host: dict[str, list[dict]] = {}
    for a in ARTICLES:
        by_host.setdefault(a["host"], []).append(a)
    for host, items in by_host.items():
        put(f"https://{host}/robots.txt", "User-agent: *\nDisallow: /admin/\nCrawl-delay: 1\n", [("Content-Type", "text/plain")])
    put("https://baolaocai.vn/rss/chuyen-doi-so.rss", rss("baolaocai.vn", by_host["baolaocai.vn"]), xml_headers)
    put("https://baclieu.gov.vn/sitemap.xml", sitemap("baclieu.gov.vn", by_host["baclieu.gov.vn"]), xml_headers)
    put("https://baosonla.vn/chuyen-doi-so", listing("baosonla.vn", [], "https://baosonla.vn/chuyen-doi-so?page=2"), html_headers)
    put("https://baosonla.vn/chuyen-doi-so?page=2", listing("baosonla.vn", by_host["baosonla.vn"], None), html_headers)
    put("https://nghean.gov.vn/rss/tin-tuc.rss", rss("nghean.gov.vn", by_host["nghean.gov.vn"]), xml_headers)
    put("https://baodantoc.vn/rss/khoa-hoc-cong-nghe.rss", rss("baodantoc.vn", by_host["baodantoc.vn"]), xml_headers)
    for a in ARTICLES:
        text = (SNAPSHOT / "seeds" / f"{a['seed']}.txt").read_text(encoding="utf-8")
        put(f"https://{a['host']}{a['path']}", render_article(a, article_body(text, a["body_from"])), html_headers)
    archive.close()
    return out


if __name__ == "__main__":
    print(build())
