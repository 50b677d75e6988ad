"""Stage 1: discover and fetch portal pages; archive every response; land raw.responses."""

import asyncio
import dataclasses
import json
from datetime import datetime, timezone

import pyarrow as pa
from dagster import AssetExecutionContext, MaterializeResult, MetadataValue, StaticPartitionsDefinition, asset
from dagster_duckdb import DuckDBResource

from pipelines.resources import PortalSource
from pipelines.warehouse import ensure_schema, replace_rows
from scrapers.archive import WarcArchive, sha256
from scrapers.crawl import crawl_portal
from scrapers.fetch import Validators
from scrapers.registry import load_registry

# One partition per registry portal: a portal can be re-crawled or backfilled alone.
portal_partitions = StaticPartitionsDefinition([p.id for p in load_registry()[1]])


@asset(key_prefix=["raw"], group_name="scrape", compute_kind="httpx", partitions_def=portal_partitions,
       description="Every fetched HTTP response (URL, status, headers, fetch time, content hash) with its "
                   "place in the append-only WARC archive. Unchanged pages (304 / same hash) add nothing.")
def responses(context: AssetExecutionContext, duckdb: DuckDBResource, portal_source: PortalSource) -> MaterializeResult:
    settings, portals = portal_source.portals()
    portals = [p for p in portals if p.id == context.partition_key]
    if not portals:
        context.log.info(f"portal {context.partition_key!r} is not crawled in mode {portal_source.mode!r}")
        return MaterializeResult(metadata={"mode": portal_source.mode, "skipped": True, "new_responses": 0})
    if portal_source.politeness_override_seconds >= 0:
        settings = dataclasses.replace(settings, delay_seconds=portal_source.politeness_override_seconds)
    transport = portal_source.transport()
    run_id = (datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%f") + f"-{context.partition_key}-" + context.run.run_id[:8])
    archive = WarcArchive(portal_source.archive_path(), run_id)
    with duckdb.get_connection() as con:
        ensure_schema(con)
        known = con.execute("select url, etag, last_modified, content_sha256 from raw.responses").fetchall()
    validators = {u: Validators(e, lm) for u, e, lm, _ in known if e or lm}
    seen_hashes = {(u, h) for u, _, _, h in known}
    rows, totals = [], {"pages": 0, "not_modified": 0, "errors": 0, "bytes": 0, "refused": 0, "retries": 0}
    per_portal = {}
    try:
        for portal in portals:
            if portal_source.politeness_override_seconds >= 0:
                portal = dataclasses.replace(portal, delay_seconds=portal_source.politeness_override_seconds)
            report = asyncio.run(crawl_portal(portal, settings, transport=transport, archive=archive, validators=validators))
            per_portal[portal.id] = {"discovered": report.discovered, **report.stats}
            for k in totals:
                totals[k] += report.stats.get(k, 0)
            for r in report.results:
                if r.error:
                    context.log.warning(r.error)
                if r.archived is None or (r.url, r.archived.sha256) in seen_hashes:
                    continue
                a = r.archived
                rows.append({
                    "response_id": sha256(f"{a.url}\n{a.sha256}".encode())[:32], "url": a.url, "portal_id": portal.id,
                    "status": a.status, "headers_json": json.dumps(r.headers, ensure_ascii=False),
                    "etag": r.headers.get("etag"), "last_modified": r.headers.get("last-modified"),
                    "fetched_at": a.fetched_at, "content_sha256": a.sha256, "warc_file": str(archive.path),
                    "warc_offset": a.warc_offset, "bytes": len(a.body)})
    finally:
        archive.close()
    if not rows and archive.path.exists() and archive.path.stat().st_size == 0:
        archive.path.unlink()
    with duckdb.get_connection() as con:
        written = replace_rows(con, "raw.responses", "response_id", pa.Table.from_pylist(rows)) if rows else 0
        total = con.execute("select count(*) from raw.responses").fetchone()[0]
    return MaterializeResult(metadata={
        "new_responses": written, "total_responses": total, **{k: int(v) for k, v in totals.items()},
        "archive_file": str(archive.path) if archive.path.exists() else "(nothing new archived)",
        "per_portal": MetadataValue.json(per_portal), "mode": portal_source.mode})
