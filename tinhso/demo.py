"""``tinhso demo``: the main job, end to end, on the bundled offline snapshot."""
from __future__ import annotations

import os

import duckdb

from tinhso import paths

TABLES = ["fct_coverage", "fct_egovernment", "fct_digital_economy", "fct_digital_society", "fct_governance",
          "fct_subprovince_claims", "fct_claim_conflicts", "dim_province", "dim_indicator"]


def run_job(instance=None) -> bool:
    from dagster import DagsterInstance

    from pipelines.definitions import defs
    from pipelines.assets.ingest import portal_partitions
    from pipelines.resources import PortalSource
    paths.warehouse_path().parent.mkdir(parents=True, exist_ok=True)
    instance = instance or DagsterInstance.ephemeral()
    crawl = defs.resolve_job_def("crawl_portals")
    snapshot_ids = {p.id for p in PortalSource().portals()[1]}
    # What the daily schedule does: one crawl run per portal partition ...
    for key in portal_partitions.get_partition_keys():
        if key in snapshot_ids and not crawl.execute_in_process(
                instance=instance, partition_key=key, raise_on_error=False).success:
            return False
    # ... then what the sensor triggers: the warehouse build.
    return defs.resolve_job_def("build_warehouse").execute_in_process(instance=instance, raise_on_error=False).success


def summary(path) -> list[tuple[str, int]]:
    with duckdb.connect(str(path), read_only=True) as con:
        return [(t, con.execute(f"select count(*) from marts.{t}").fetchone()[0]) for t in TABLES]


def run_demo() -> int:
    os.environ.setdefault("DAGSTER_HOME", str(paths.data_dir() / "dagster_home"))
    if not run_job():
        print("tinhso: the main job failed; see the log above. The published warehouse was left as it was.")
        return 1
    published = paths.published_path()
    print(f"\nwarehouse (pipeline): {paths.warehouse_path()}")
    print(f"published (BI, read-only): {published}\n")
    print(f"{'table':<26} {'rows':>6}")
    for t, n in summary(published):
        print(f"{t:<26} {n:>6}")
    return 0
