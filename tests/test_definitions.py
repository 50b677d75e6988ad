from dagster import AssetKey


def test_definitions_load_with_stages_as_groups_and_dbt_tests_as_checks():
    from pipelines.definitions import defs
    graph = defs.resolve_asset_graph()
    keys = graph.get_all_asset_keys()
    for key in (["raw", "responses"], ["raw", "articles"], ["raw", "claims"], ["marts", "fct_coverage"],
                ["marts", "fct_egovernment"], ["marts", "fct_digital_economy"], ["marts", "dim_province"],
                ["marts", "dim_indicator"], ["published_warehouse"]):
        assert AssetKey(key) in keys, key
    # dbt sources are the Dagster raw assets: one lineage graph.
    assert AssetKey(["raw", "claims"]) in graph.get(AssetKey(["staging", "stg_raw__claims"])).parent_keys
    groups = {graph.get(k).group_name for k in keys}
    assert {"scrape", "extract", "staging", "intermediate", "marts", "publish"} <= groups
    assert len(list(graph.asset_check_keys)) > 50
    assert defs.resolve_job_def("crawl_portals") is not None and defs.resolve_job_def("build_warehouse") is not None
    assert graph.get(AssetKey(["raw", "responses"])).partitions_def is not None
    assert [s.name for s in defs.schedules] == ["daily_crawl"]
    assert [s.name for s in defs.sensors] == ["new_responses_sensor"]


def test_daily_schedule_requests_one_run_per_portal():
    from dagster import build_schedule_context

    from pipelines.assets.ingest import portal_partitions
    from pipelines.jobs import daily_crawl
    from datetime import datetime, timezone
    requests = list(daily_crawl(build_schedule_context(scheduled_execution_time=datetime(2026, 11, 22, tzinfo=timezone.utc))))
    assert sorted(r.partition_key for r in requests) == sorted(portal_partitions.get_partition_keys())
