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
    assert defs.get_job_def("tinhso_daily") is not None
    assert [s.name for s in defs.schedules] == ["tinhso_daily_schedule"]
