"""tinhso code location: thin on purpose; assets, resources and jobs live in their modules."""
from dagster import Definitions
from dagster_duckdb import DuckDBResource

from pipelines.assets import dbt as dbt_stage
from pipelines.assets import extract, ingest, publish
from pipelines.jobs import build_job, crawl_job, daily_crawl, new_responses_sensor
from pipelines.resources import PortalSource
from tinhso import paths

defs = Definitions(
    assets=[ingest.responses, extract.articles, extract.claims, dbt_stage.tinhso_dbt_assets, publish.published_warehouse],
    jobs=[crawl_job, build_job],
    schedules=[daily_crawl],
    sensors=[new_responses_sensor],
    resources={
        "duckdb": DuckDBResource(database=str(paths.warehouse_path())),
        "dbt": dbt_stage.dbt_resource(),
        "portal_source": PortalSource(politeness_override_seconds=0.0),
    },
)
