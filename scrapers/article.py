"""HTML page → article (title, date, author, canonical URL, language, main text).

trafilatura does the main-text work (it drops navigation, related-news lists,
comment boxes and share bars well on these sites); htmldate finds dates in meta
tags. Vietnamese portals print dates in their own formats (``Thứ năm, 19/09/2024 -
23:16``), which we read ourselves, in the Asia/Ho_Chi_Minh zone. Per-portal CSS
overrides win where given.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import trafilatura
from bs4 import BeautifulSoup

from claims.normalize import normalize_text

VN_TZ = timezone(timedelta(hours=7), "Asia/Ho_Chi_Minh")
_VN_DATETIME = [
    # "Thứ năm, 19/09/2024 - 23:16", "19/09/2024 23:16", "15:23, 25/11/2022", "10:40 23/09/2023"
    re.compile(r"(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})\s*(?:-|,)?\s*(?P<H>\d{1,2}):(?P<M>\d{2})"),
    re.compile(r"(?P<H>\d{1,2}):(?P<M>\d{2})\s*(?:,|-)?\s*(?:\w+\s*,\s*)?(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})"),
    re.compile(r"(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})"),
]
_NOISE_SELECTORS = [
    "nav", "header", "footer", "aside", "form", "script", "style", "noscript", "iframe",
    "figcaption", ".related", ".tin-lien-quan", ".comment", ".comments", ".binh-luan",
    ".share", ".social", ".view-count", ".breadcrumb", ".tags", "[class*=related]",
    "[class*=comment]", "[id*=comment]", "[class*=share]",
]


# The lead ("sapo") most Vietnamese news sites print between the headline and the body, outside the
# body's container: trafilatura drops it with favor_precision, and it often carries the headline figure.
_LEAD_SELECTORS = ("p.description, h2.sapo, p.sapo, div.sapo, [class*=sapo], .article__sapo, .detail__summary, "
                   ".detail-summary, .lead, .chapeau")
_NOT_THE_ARTICLES = re.compile(r"relate|lien-quan|lienquan|comment|binh-luan|box-tin|other-news|tin-khac")
_LEAD_SEARCH_LIMIT = 400  # elements after the headline: the lead sits right under it


def _lead(soup: BeautifulSoup) -> str | None:
    """The article's own lead: the first lead-like element after the headline (<h1>, or from the
    top when the page has none) that no related-news or comment box holds (those print a lead per
    item)."""
    leads = {id(n) for n in soup.select(_LEAD_SELECTORS)}
    if not leads:
        return None
    h1 = soup.find("h1")
    for k, el in enumerate(h1.find_all_next(True) if h1 is not None else soup.find_all(True)):
        if h1 is not None and k > _LEAD_SEARCH_LIMIT:
            return None
        if id(el) not in leads:
            continue
        if any(_NOT_THE_ARTICLES.search(" ".join(parent.get("class", [])) + " " + (parent.get("id") or ""))
               for parent in el.parents if parent.name not in ("html", "body", "[document]")):
            return None
        text = el.get_text(" ", strip=True)
        return text if len(text) >= 40 else None
    return None


@dataclass
class Article:
    url: str | None
    title: str | None
    text: str
    published: datetime | None
    author: str | None
    canonical_url: str | None
    language: str | None


def parse_vn_datetime(s: str) -> datetime | None:
    for rx in _VN_DATETIME:
        m = rx.search(s)
        if not m:
            continue
        g = m.groupdict()
        try:
            return datetime(int(g["y"]), int(g["m"]), int(g["d"]), int(g.get("H") or 0),
                            int(g.get("M") or 0), tzinfo=VN_TZ)
        except ValueError:
            continue
    return None


def _meta(soup: BeautifulSoup, *names: str) -> str | None:
    for n in names:
        tag = soup.find("meta", attrs={"property": n}) or soup.find("meta", attrs={"name": n}) \
            or soup.find("meta", attrs={"itemprop": n})
        if tag and tag.get("content"):
            return tag["content"].strip()
    return None


def _published(soup: BeautifulSoup, html: str, selector: str | None) -> datetime | None:
    if selector:
        node = soup.select_one(selector)
        if node:
            got = parse_vn_datetime(node.get_text(" ", strip=True))
            if got:
                return got
    iso = _meta(soup, "article:published_time", "datePublished", "pubdate", "publishdate", "dc.date.issued")
    if iso:
        try:
            dt = datetime.fromisoformat(iso.replace("Z", "+00:00"))
            return dt if dt.tzinfo else dt.replace(tzinfo=VN_TZ)
        except ValueError:
            got = parse_vn_datetime(iso)
            if got:
                return got
    for node in soup.select("time, .date, .time, .post-date, .publish-date, [class*=date], [class*=time]")[:10]:
        got = parse_vn_datetime(node.get("datetime", "") + " " + node.get_text(" ", strip=True))
        if got:
            return got
    try:
        from htmldate import find_date
        found = find_date(html, original_date=True, outputformat="%Y-%m-%d")
        if found:
            return datetime.fromisoformat(found).replace(tzinfo=VN_TZ)
    except Exception:  # htmldate is best effort; a page without a date is still an article
        return None
    return None


def extract_article(html: str, url: str | None = None, overrides: dict | None = None) -> Article:
    """Main text and metadata of one article page. ``overrides``: title/date/body CSS selectors."""
    overrides = overrides or {}
    html = unicodedata.normalize("NFC", html)
    soup = BeautifulSoup(html, "lxml")
    title = None
    if overrides.get("title"):
        node = soup.select_one(overrides["title"])
        title = node.get_text(" ", strip=True) if node else None
    title = title or _meta(soup, "og:title") or (soup.h1.get_text(" ", strip=True) if soup.h1 else None) \
        or (soup.title.get_text(strip=True) if soup.title else None)
    canonical = None
    link = soup.find("link", rel="canonical")
    if link and link.get("href"):
        canonical = link["href"]
    canonical = canonical or _meta(soup, "og:url")
    lang = (soup.html.get("lang") if soup.html else None) or _meta(soup, "og:locale", "language")
    author = _meta(soup, "author", "article:author", "dc.creator")

    text = None
    if overrides.get("body"):
        node = soup.select_one(overrides["body"])
        if node:
            for sel in _NOISE_SELECTORS:
                for bad in node.select(sel):
                    bad.decompose()
            text = "\n".join(p.get_text(" ", strip=True) for p in node.find_all(["p", "h2", "h3", "li"]) if p.get_text(strip=True))
    if not text:
        text = trafilatura.extract(html, url=url, include_comments=False, include_tables=True,
                                   include_images=False, favor_precision=True, deduplicate=True) or ""
        lead = _lead(soup)
        if lead and normalize_text(lead)[:60] not in normalize_text(text):
            text = lead + "\n" + text
    return Article(url=url, title=normalize_text(title) if title else None, text=normalize_text(text),
                   published=_published(soup, html, overrides.get("date")), author=author,
                   canonical_url=canonical, language=lang)
