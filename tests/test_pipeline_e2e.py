"""The whole asset graph, in process, on the bundled snapshot, against a temporary DuckDB."""
import subprocess
import sys

import duckdb

FACTS = ["fct_coverage", "fct_egovernment", "fct_digital_economy"]


def test_fact_tables_are_filled_and_rerun_changes_no_row_count(pipeline_run):
    data, first, second, _ = pipeline_run
    for t in FACTS:
        assert first[t] > 0, t
    assert first == second


def test_figures_two_sources_state_appear_once_with_source_count_2(pipeline_run):
    data, _, _, _ = pipeline_run
    with duckdb.connect(str(data / "published" / "tinhso.duckdb"), read_only=True) as con:
        rows = con.execute("""select value, denominator, source_count from marts.fct_egovernment
                              where province_key = '63:10' and indicator_code = 'online_public_services' and unit = 'count'""").fetchall()
        assert rows == [(1761.0, 1966.0, 2)]
        einv = con.execute("""select source_count from marts.fct_digital_economy
                              where province_key = '63:10' and indicator_code = 'e_invoice_enterprise_share'""").fetchall()
        assert einv == [(2,)]


def test_conflicting_records_processed_online_for_lao_cai_are_flagged(pipeline_run):
    data, _, _, _ = pipeline_run
    with duckdb.connect(str(data / "published" / "tinhso.duckdb"), read_only=True) as con:
        flagged = con.execute("""select level, value from marts.fct_egovernment
                                 where province_key = '63:10' and indicator_code = 'records_processed_online'
                                   and kind = 'actual' and has_conflict order by level""").fetchall()
        assert {lvl for lvl, _ in flagged} == {"province", "district", "commune"}
        claimed = {v for (v,) in con.execute("select claimed_value from marts.fct_claim_conflicts").fetchall()}
        assert {87.0, 89.0} <= claimed


def test_nothing_from_related_news_or_comments_reaches_claims(pipeline_run):
    data, _, _, _ = pipeline_run
    with duckdb.connect(str(data / "published" / "tinhso.duckdb"), read_only=True) as con:
        quotes = " ".join(q for (q,) in con.execute("select quote from raw.claims").fetchall())
        texts = " ".join(t for (t,) in con.execute("select text from raw.articles").fetchall())
    for footer in ("18,7% người dùng", "Hà Giang: 95%", "1.250 xã", "2 vạch sóng", "500/500", "Lượt xem"):
        assert footer not in texts and footer not in quotes


def test_every_fact_row_traces_to_an_archived_response(pipeline_run):
    data, _, _, _ = pipeline_run
    with duckdb.connect(str(data / "published" / "tinhso.duckdb"), read_only=True) as con:
        orphans = con.execute("""
            select count(*) from marts.fct_egovernment f, unnest(f.claim_ids) u(cid)
            left join intermediate.int_claims__lineage l on l.claim_id = u.cid
            where l.content_sha256 is null or l.response_url is null""").fetchone()[0]
        assert orphans == 0
        fact_id = con.execute("select fact_id from marts.fct_egovernment order by fact_id limit 1").fetchone()[0]
    out = subprocess.run([sys.executable, "-m", "tinhso.cli", "audit", fact_id, "--warehouse",
                          str(data / "published" / "tinhso.duckdb")], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert "url:" in out.stdout and "sentence:" in out.stdout and "sha256" in out.stdout and "published" in out.stdout


def test_second_run_fetches_nothing_new(pipeline_run):
    data, _, _, _ = pipeline_run
    with duckdb.connect(str(data / "published" / "tinhso.duckdb"), read_only=True) as con:
        assert con.execute("select count(*) from raw.responses").fetchone()[0] == \
            con.execute("select count(distinct url) from raw.responses").fetchone()[0]


def test_fact_assets_carry_row_counts_sample_rows_and_source_urls(pipeline_run):
    from dagster import AssetKey
    _, first, _, instance = pipeline_run
    md = instance.get_latest_materialization_event(AssetKey(["marts", "fct_egovernment"])).asset_materialization.metadata
    assert md["dagster/row_count"].value == first["fct_egovernment"]
    assert "https://" in md["sample_rows"].value and md["source_urls"].value
    crawl = instance.get_latest_materialization_event(AssetKey(["raw", "responses"])).asset_materialization.metadata
    assert {"pages", "not_modified", "errors", "bytes"} <= set(crawl)
