"""Stage 3: the dbt project as assets; dbt tests surface as asset checks."""

import sys
from pathlib import Path

import duckdb
from dagster import AssetExecutionContext, AssetMaterialization, MetadataValue, Output
from dagster_dbt import DagsterDbtTranslator, DagsterDbtTranslatorSettings, DbtCliResource, DbtProject, dbt_assets

from tinhso import paths
from tinhso.paths import DBT_PROJECT_DIR

dbt_project = DbtProject(project_dir=DBT_PROJECT_DIR, profiles_dir=DBT_PROJECT_DIR)
# The dbt of this environment (the venv's), not whatever is first on PATH.
DBT_EXECUTABLE = str(Path(sys.executable).with_name("dbt"))


def dbt_resource() -> DbtCliResource:
    return DbtCliResource(project_dir=dbt_project, dbt_executable=DBT_EXECUTABLE)


def ensure_manifest() -> Path:
    """Parse the dbt project once if no manifest exists (fresh clone, CI)."""
    if not dbt_project.manifest_path.exists():
        dbt_resource().cli(["parse", "--quiet"], target_path=dbt_project.target_path).wait()
    return dbt_project.manifest_path


class TinhsoTranslator(DagsterDbtTranslator):
    def get_group_name(self, dbt_resource_props) -> str | None:
        fqn = dbt_resource_props.get("fqn", [])
        if dbt_resource_props["resource_type"] == "seed":
            return "reference"
        layer = fqn[1] if len(fqn) > 2 else "dbt"
        return {"staging": "staging", "intermediate": "intermediate", "marts": "marts"}.get(layer, "dbt")


@dbt_assets(manifest=ensure_manifest(),
            dagster_dbt_translator=TinhsoTranslator(settings=DagsterDbtTranslatorSettings(enable_asset_checks=True)))
def tinhso_dbt_assets(context: AssetExecutionContext, dbt: DbtCliResource):
    # Row counts and samples are read once dbt has exited: while it runs, the dbt
    # process holds DuckDB's file lock. (dagster-dbt's fetch_row_counts keeps an
    # in-process connection open with another configuration, which then blocks
    # publishing the file, so we read them ourselves.)
    invocation = dbt.cli(["build"], context=context, raise_on_error=False)
    events = list(invocation.stream())
    for event in events:
        yield _with_audit_sample(event)
    if not invocation.is_successful():
        raise RuntimeError("dbt build failed; see the dbt log above (failed tests are reported as asset checks)")


def _with_audit_sample(event):
    """Fact tables get a few sample rows with their source URLs, so an auditor can
    follow a figure to its article from the asset page in the UI."""
    key = getattr(event, "asset_key", None)
    if not isinstance(event, Output) and not isinstance(event, AssetMaterialization):
        return event
    name = event.output_name if isinstance(event, Output) else "__".join(key.path if key else [])
    if "__" not in name:
        return event
    schema, table = name.split("__", 1)
    try:
        with duckdb.connect(str(paths.warehouse_path())) as con:
            count = con.execute(f"select count(*) from {schema}.{table}").fetchone()[0]
            if not table.startswith("fct_") or table in ("fct_claim_conflicts", "fct_subprovince_claims"):
                return event.with_metadata({**event.metadata, "dagster/row_count": count})
            rows = con.execute(f"""
                select f.province_key, f.indicator_code, f.period, f.kind, f.value, f.unit, f.source_count,
                       any_value(l.article_url) as source_url
                from marts.{table} f, unnest(f.claim_ids) u(cid)
                join intermediate.int_claims__lineage l on l.claim_id = u.cid
                group by all order by f.indicator_code limit 5""").fetchall()
    except duckdb.Error:
        return event  # metadata is a convenience; never fail the build for it
    lines = ["| province | indicator | period | kind | value | unit | sources | source URL |", "|" + "---|" * 8]
    lines += ["| " + " | ".join(str(v) for v in r) + " |" for r in rows]
    return event.with_metadata({**event.metadata, "dagster/row_count": count, "sample_rows": MetadataValue.md("\n".join(lines)),
                                "source_urls": MetadataValue.json(sorted({r[-1] for r in rows}))})
