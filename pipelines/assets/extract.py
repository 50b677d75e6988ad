"""Stage 2: archived responses → articles → indicator claims (re-runnable from the archive alone)."""

import hashlib
from datetime import datetime, timezone
from pathlib import Path

import pyarrow as pa
from dagster import AssetExecutionContext, AssetKey, MaterializeResult, MetadataValue, asset
from dagster_duckdb import DuckDBResource
from warcio.archiveiterator import ArchiveIterator

from claims import Document, extract_claims
from claims.version import extractor_version
from pipelines.resources import PortalSource
from pipelines.warehouse import ensure_schema, replace_rows, replace_scope, transaction
from scrapers.article import extract_article


def _h(s: str) -> str:
    return hashlib.sha256(s.encode("utf-8")).hexdigest()[:32]


def read_archived_body(warc_file: str, offset: int) -> bytes:
    with open(warc_file, "rb") as fh:
        fh.seek(offset)
        for rec in ArchiveIterator(fh):
            return rec.content_stream().read()
    raise ValueError(f"{warc_file}@{offset}: no WARC record there")


def _on_topic(art, keywords) -> bool:
    haystack = ((art.title or "") + "\n" + art.text).lower()
    return any(k.lower() in haystack for k in keywords)


def _decode(body: bytes, headers_json: str | None) -> str:
    from scrapers.encoding import decode_html
    return decode_html(body, headers_json)


@asset(key_prefix=["raw"], group_name="extract", deps=[AssetKey(["raw", "responses"])], compute_kind="trafilatura",
       description="Articles extracted from archived HTML responses: title, publication date (Asia/Ho_Chi_Minh), "
                   "author, canonical URL, language and main text without navigation, related news or comments.")
def articles(context: AssetExecutionContext, duckdb: DuckDBResource, portal_source: PortalSource) -> MaterializeResult:
    _, portals = portal_source.portals()
    by_id = {p.id: p for p in portals}
    with duckdb.get_connection() as con:
        ensure_schema(con)
        # Incremental: only responses whose content has not been parsed yet.
        todo = con.execute("""
            select r.response_id, r.url, r.portal_id, r.warc_file, r.warc_offset, r.headers_json, r.content_sha256
            from raw.responses r
            where r.status = 200 and coalesce(json_extract_string(r.headers_json, '$."content-type"'), 'text/html') like '%html%'
              and not exists (select 1 from raw.response_parses p where p.response_id = r.response_id)
        """).fetchall()
        known_articles = {a for (a,) in con.execute("select article_id from raw.articles").fetchall()}
    rows, skipped, off_topic, duplicates, parses = [], 0, 0, 0, []
    now = datetime.now(timezone.utc)
    for response_id, url, portal_id, warc_file, offset, headers_json, _ in todo:
        portal = by_id.get(portal_id)
        html = _decode(read_archived_body(warc_file, offset), headers_json)
        art = extract_article(html, url, portal.selectors if portal else None)
        article_id = _h(art.canonical_url or url)
        if len(art.text) < 200:
            skipped += 1  # listing pages, error pages: not articles
            parses.append({"response_id": response_id, "outcome": "not_article", "article_id": None, "parsed_at": now})
            continue
        if portal and portal.topic_keywords and not _on_topic(art, portal.topic_keywords):
            off_topic += 1  # a general news portal's sports page: archived, not parsed
            parses.append({"response_id": response_id, "outcome": "off_topic", "article_id": None, "parsed_at": now})
            continue
        if article_id in known_articles:
            duplicates += 1  # the same article under another URL (tracking parameters, mirrors)
            parses.append({"response_id": response_id, "outcome": "duplicate", "article_id": article_id, "parsed_at": now})
            continue
        known_articles.add(article_id)
        parses.append({"response_id": response_id, "outcome": "article", "article_id": article_id, "parsed_at": now})
        rows.append({
            "article_id": article_id, "response_id": response_id, "url": url,
            "canonical_url": art.canonical_url, "portal_id": portal_id,
            "source_province": portal.province if portal else None, "portal_kind": portal.kind if portal else None,
            "title": art.title,
            "published_at": art.published, "author": art.author, "language": art.language, "text": art.text,
            "text_sha256": hashlib.sha256(art.text.encode()).hexdigest(), "extracted_at": datetime.now(timezone.utc)})
    with duckdb.get_connection() as con:
        written = replace_rows(con, "raw.articles", "article_id", pa.Table.from_pylist(rows)) if rows else 0
        if parses:
            replace_rows(con, "raw.response_parses", "response_id", pa.Table.from_pylist(parses))
        total = con.execute("select count(*) from raw.articles").fetchone()[0]
    return MaterializeResult(metadata={
        "new_articles": written, "skipped_non_articles": skipped, "off_topic": off_topic, "duplicates": duplicates, "total_articles": total,
        "urls": MetadataValue.md("\n".join(f"- {r['url']}" for r in rows[:20]) or "(none new)")})


@asset(key_prefix=["raw"], group_name="extract", deps=[AssetKey(["raw", "articles"])], compute_kind="python",
       description="Indicator claims parsed from article text: value, unit, denominator, kind, qualifier, level, "
                   "province, period and the exact sentence span (quote, offsets) with the cue that classified it.")
def claims(context: AssetExecutionContext, duckdb: DuckDBResource) -> MaterializeResult:
    version = extractor_version()
    with duckdb.get_connection() as con:
        ensure_schema(con)
        # Incremental: articles never parsed, or parsed by an older extractor version.
        todo = con.execute("""
            select a.article_id, a.url, a.title, a.text, a.published_at, a.source_province
            from raw.articles a
            where not exists (select 1 from raw.extractions e
                              where e.article_id = a.article_id and e.extractor_version = ?)
        """, [version]).fetchall()
    rows, runs = [], []
    for article_id, url, title, text, published_at, source_province in todo:
        doc_text = (title + "\n\n" if title else "") + text
        doc = Document(doc=article_id, text=doc_text, url=url, title=title, source_province=source_province,
                       published=published_at.date() if published_at else None)
        found = extract_claims(doc)
        runs.append({"article_id": article_id, "extractor_version": version, "claims": len(found),
                     "extracted_at": datetime.now(timezone.utc)})
        for c in found:
            rows.append({
                "claim_id": _h(f"{article_id}|{c.number_start}|{c.indicator}|{c.kind}|{c.level}|{c.unit}"),
                "article_id": article_id, "province_code": c.province_code, "province": c.province,
                "code_system": c.code_system, "indicator": c.indicator, "kind": c.kind, "unit": c.unit,
                "value": c.value, "value_max": c.value_max, "denominator": c.denominator, "qualifier": c.qualifier,
                "level": c.level, "place": c.place, "period": c.period, "quote": c.quote, "quote_start": c.start,
                "quote_end": c.end, "number_text": c.number_text, "reason": c.reason, "extractor_version": version})
    with duckdb.get_connection() as con:
        if runs:
            # Old claims of re-parsed articles go, new ones come, in one transaction.
            parsed = pa.Table.from_pylist(runs)
            with transaction(con):
                replace_scope(con, "raw.claims", "article_id", parsed, pa.Table.from_pylist(rows) if rows else None)
                replace_scope(con, "raw.extractions", "article_id", parsed, parsed)
        written = len(rows)
        total = con.execute("select count(*) from raw.claims").fetchone()[0]
        by_indicator = dict(con.execute("select coalesce(indicator, '(unknown)'), count(*) from raw.claims group by 1 order by 2 desc").fetchall())
    return MaterializeResult(metadata={"new_claims": written, "articles_parsed": len(runs), "total_claims": total,
                                       "extractor_version": version,
                                       "claims_by_indicator": MetadataValue.json(by_indicator)})
