"""Raw-layer DDL and bulk, idempotent loads into DuckDB (Arrow in, never row by row)."""
from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

import duckdb
import pyarrow as pa

DDL = """
create schema if not exists raw;
create table if not exists raw.responses (
    response_id varchar primary key, url varchar not null, portal_id varchar not null, status integer,
    headers_json varchar, etag varchar, last_modified varchar, fetched_at timestamptz not null,
    content_sha256 varchar not null, warc_file varchar not null, warc_offset bigint not null, bytes bigint
);
create table if not exists raw.articles (
    article_id varchar primary key, response_id varchar not null, url varchar not null, canonical_url varchar,
    portal_id varchar not null, source_province varchar, title varchar, published_at timestamptz, author varchar,
    language varchar, text varchar, text_sha256 varchar, extracted_at timestamptz
);
create table if not exists raw.claims (
    claim_id varchar primary key, article_id varchar not null, province_code varchar, province varchar,
    code_system varchar, indicator varchar, kind varchar, unit varchar, value double, value_max double,
    denominator double, qualifier varchar, level varchar, place varchar, period integer, quote varchar,
    quote_start integer, quote_end integer, number_text varchar, reason varchar, extractor_version varchar
);
alter table raw.claims add column if not exists extractor_version varchar;  -- warehouses from before 0.1
alter table raw.articles add column if not exists portal_kind varchar;
-- What became of each archived response: article, duplicate (same canonical article), not_article, off_topic.
create table if not exists raw.response_parses (
    response_id varchar primary key, outcome varchar not null, article_id varchar, parsed_at timestamptz
);
-- Which extractor version last parsed each article (also for articles without claims).
create table if not exists raw.extractions (
    article_id varchar primary key, extractor_version varchar not null, claims integer, extracted_at timestamptz
);
"""


def ensure_schema(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(DDL)


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """All or nothing: a failure leaves what was stored before untouched."""
    con.execute("begin transaction")
    try:
        yield
    except Exception:
        con.execute("rollback")
        raise
    con.execute("commit")


def replace_scope(con: duckdb.DuckDBPyConnection, table: str, column: str, scope: pa.Table,
                  rows: pa.Table | None) -> None:
    """Delete the rows of ``table`` whose ``column`` is in ``scope``, then bulk-insert ``rows``.

    Call inside ``transaction``. ``rows`` may be empty or None (the scope now has no rows).
    """
    con.register("_scope", scope.select([column]))
    try:
        con.execute(f"delete from {table} where {column} in (select distinct {column} from _scope)")
    finally:
        con.unregister("_scope")
    if rows is not None and rows.num_rows:
        con.register("_batch", rows)
        try:
            con.execute(f"insert into {table} by name select * from _batch")
        finally:
            con.unregister("_batch")


def replace_rows(con: duckdb.DuckDBPyConnection, table: str, key: str, rows: pa.Table,
                 scope_column: str | None = None) -> int:
    """Bulk upsert: delete the keys (or the whole scope) being written, insert the batch, atomically."""
    if rows.num_rows == 0:
        return 0
    with transaction(con):
        replace_scope(con, table, scope_column or key, rows, rows)
    return rows.num_rows
