"""dbt tests are exercised by rows that must fail them."""
import json
import os
import subprocess
import sys
from pathlib import Path

import duckdb

from pipelines.warehouse import ensure_schema

ROOT = Path(__file__).resolve().parent.parent
DBT = str(Path(sys.executable).with_name("dbt"))


def claim(cid, **kw):
    base = dict(claim_id=cid, article_id="a1", province_code="10", province="Lào Cai", code_system="63",
                indicator="online_public_services", kind="actual", unit="count", value=10.0, value_max=None,
                denominator=20.0, qualifier="exact", level=None, place=None, period=2022, quote="q", quote_start=0,
                quote_end=1, number_text="10", reason="test")
    base.update(kw)
    return base


def warehouse_with_claims(tmp_path, rows):
    """A warehouse with one archived response, its article and these claims, built by dbt."""
    db = tmp_path / "wh.duckdb"
    with duckdb.connect(str(db)) as con:
        ensure_schema(con)
        con.execute("""insert into raw.responses values ('r1', 'https://baolaocai.vn/a', 'baolaocai', 200, '{}', null, null,
                       now(), 'abc', 'x.warc.gz', 0, 10)""")
        con.execute("""insert into raw.articles values ('a1', 'r1', 'https://baolaocai.vn/a', null, 'baolaocai', 'Lào Cai',
                       't', now(), null, 'vi', 'text', 'h', now(), 'provincial_newspaper')""")
        import pyarrow as pa
        con.register("b", pa.Table.from_pylist(rows))
        con.execute("insert into raw.claims by name select * from b")
    env = dict(os.environ, TINHSO_WAREHOUSE=str(db))
    out = subprocess.run([DBT, "build", "--project-dir", str(ROOT / "dbt_project"), "--profiles-dir",
                          str(ROOT / "dbt_project"), "--target-path", str(tmp_path / "target")],
                         capture_output=True, text=True, env=env)
    return db, out


def test_bad_rows_fail_the_right_dbt_tests(tmp_path):
    rows = [claim("c1", unit="percent", indicator="e_invoice_enterprise_share", value=150.0, denominator=None),
            claim("c2", value=30.0, denominator=20.0),
            claim("c3", province_code="99"),
            # DTI 2022: Lào Cai's official rank is not 1
            claim("c4", indicator="dti_overall", unit="rank", value=1.0, denominator=63.0)]
    _, out = warehouse_with_claims(tmp_path, rows)
    assert out.returncode != 0
    results = json.loads((tmp_path / "target" / "run_results.json").read_text())["results"]
    failed = {r["unique_id"].split(".")[2] for r in results if r["status"] in ("fail", "error")}
    assert any(name.startswith("percent_in_range_int_claims__conformed") for name in failed), failed
    assert any(name.startswith("relationships_int_claims__conformed_province_key") for name in failed), failed
    warned = {r["unique_id"].split(".")[2] for r in results if r["status"] == "warn"}
    assert "assert_dti_ranks_match_official" in warned, warned


def test_a_claim_without_a_period_stays_out_of_the_facts(tmp_path):
    """'Năm 2023, tỷ lệ … tăng từ 31% lên 54,3%': the start of the move has no year the text gives; it must not be
    filed under the publication's year (where it would contest that year's real figure)."""
    rows = [claim("c1", indicator="online_application_rate", unit="percent", value=31.0, denominator=None, period=None),
            claim("c2", indicator="online_application_rate", unit="percent", value=54.3, denominator=None, period=2023)]
    db, out = warehouse_with_claims(tmp_path, rows)
    assert out.returncode == 0, out.stdout[-3000:]
    with duckdb.connect(str(db), read_only=True) as con:
        facts = con.execute("select period, value from marts.fct_egovernment").fetchall()
        kept = con.execute("select count(*) from raw.claims where claim_id = 'c1'").fetchone()[0]
    assert facts == [(2023, 54.3)] and kept == 1
