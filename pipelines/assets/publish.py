"""Stage 4: publish a read-only copy of the warehouse for BI tools, swapped atomically.

BI readers open ``data/published/tinhso.duckdb`` read-only. The pipeline never
writes to that file: it copies the freshly built warehouse to a temporary file in
the same folder and ``os.replace``s it over the published one. A reader that
opened the old file keeps a consistent view of the old snapshot; the next
connection sees the new one. No locks are shared, so no reader gets a lock error.
"""

import os
import shutil
import tempfile
from pathlib import Path

import duckdb as duckdb_lib
from dagster import AssetExecutionContext, AssetKey, MaterializeResult, MetadataValue, asset

from tinhso import paths

FACT_TABLES = ["fct_coverage", "fct_egovernment", "fct_digital_economy", "fct_digital_society", "fct_governance"]


def publish(source: Path, target: Path) -> dict[str, int]:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".tinhso-", suffix=".duckdb", dir=target.parent)
    os.close(fd)
    os.unlink(tmp)
    try:
        # Checkpoint then copy: the copy is a complete, self-contained database file.
        with duckdb_lib.connect(str(source)) as con:
            con.execute("checkpoint")
        shutil.copyfile(source, tmp)
        with duckdb_lib.connect(tmp, read_only=True) as con:
            counts = {t: con.execute(f"select count(*) from marts.{t}").fetchone()[0] for t in FACT_TABLES}
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return counts


@asset(group_name="publish", compute_kind="duckdb",
       deps=[AssetKey(["marts", t]) for t in FACT_TABLES] + [AssetKey(["marts", "dim_province"])],
       description="Read-only copy of the warehouse for BI tools, replaced atomically after a successful build.")
def published_warehouse(context: AssetExecutionContext) -> MaterializeResult:
    counts = publish(paths.warehouse_path(), paths.published_path())
    return MaterializeResult(metadata={"path": str(paths.published_path()),
                                       "rows": MetadataValue.json(counts), **{f"rows_{k}": v for k, v in counts.items()}})
