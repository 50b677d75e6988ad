"""Jobs, the daily crawl schedule and the sensor that builds the warehouse after a crawl."""
from dagster import (AssetKey, AssetSelection, RunRequest, ScheduleEvaluationContext, SensorEvaluationContext,
                     asset_sensor, define_asset_job, schedule)

from pipelines.assets.ingest import portal_partitions

RESPONSES = AssetKey(["raw", "responses"])

crawl_job = define_asset_job(
    "crawl_portals", selection=AssetSelection.assets(RESPONSES), partitions_def=portal_partitions,
    description="Discover and fetch one portal (partition), archiving every response.")

build_job = define_asset_job(
    "build_warehouse", selection=AssetSelection.all() - AssetSelection.assets(RESPONSES),
    description="Archived responses → articles → claims → dbt build (with tests) → publish.")


@schedule(job=crawl_job, cron_schedule="30 2 * * *", execution_timezone="Asia/Ho_Chi_Minh")
def daily_crawl(context: ScheduleEvaluationContext):
    """Every night, one run per portal; each partition is polite to its own host."""
    day = context.scheduled_execution_time.strftime("%Y-%m-%d")
    for key in portal_partitions.get_partition_keys():
        yield RunRequest(run_key=f"{key}-{day}", partition_key=key)


@asset_sensor(asset_key=RESPONSES, job=build_job, minimum_interval_seconds=300)
def new_responses_sensor(context: SensorEvaluationContext, asset_event):
    """New pages archived → rebuild the warehouse (incremental: only new responses are parsed)."""
    meta = asset_event.dagster_event.event_specific_data.materialization.metadata
    new = meta.get("new_responses")
    if new is not None and getattr(new, "value", new) == 0:
        return  # nothing new fetched: nothing to build
    yield RunRequest(run_key=context.cursor)
