"""Stage 3: the dbt project as assets; dbt tests surface as asset checks."""

import sys
from pathlib import Path

from dagster import AssetExecutionContext
from dagster_dbt import DagsterDbtTranslator, DagsterDbtTranslatorSettings, DbtCliResource, DbtProject, dbt_assets

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
    yield from dbt.cli(["build"], context=context).stream()
