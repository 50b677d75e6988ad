from dagster import AssetSelection, ScheduleDefinition, define_asset_job

tinhso_job = define_asset_job(
    "tinhso_daily", selection=AssetSelection.all(),
    description="Scrape (or replay) portals → articles → claims → dbt build (with tests) → publish.")

daily_schedule = ScheduleDefinition(job=tinhso_job, cron_schedule="30 2 * * *", execution_timezone="Asia/Ho_Chi_Minh")
