"""BI-safe publishing: a reader querying the published file in a loop never errors nor sees a half table."""
import multiprocessing as mp
import time

import duckdb

from pipelines.assets.publish import publish


def build(path, n):
    with duckdb.connect(str(path)) as con:
        con.execute("create schema if not exists marts")
        for t in ("fct_coverage", "fct_egovernment", "fct_digital_economy", "fct_digital_society", "fct_governance"):
            con.execute(f"create or replace table marts.{t} as select i as id, {n} as generation from range(20000) r(i)")


def reader(path, stop_at, out):
    errors, snapshots = 0, set()
    while time.monotonic() < stop_at:
        try:
            with duckdb.connect(str(path), read_only=True) as con:
                gen, rows = con.execute("select min(generation), count(*) from marts.fct_egovernment").fetchone()
                gen2 = con.execute("select max(generation) from marts.fct_egovernment").fetchone()[0]
                snapshots.add((gen, gen2, rows))
        except Exception as e:  # any lock error or missing table is a failure
            errors += 1
            out.put(repr(e))
    out.put((errors, sorted(snapshots)))


def test_reader_sees_only_complete_snapshots_while_pipeline_publishes(tmp_path):
    work, published = tmp_path / "work.duckdb", tmp_path / "pub" / "tinhso.duckdb"
    build(work, 0)
    publish(work, published)
    q = mp.get_context("spawn").Queue()
    p = mp.get_context("spawn").Process(target=reader, args=(published, time.monotonic() + 6, q))
    p.start()
    for gen in range(1, 6):
        build(work, gen)  # the pipeline writes its own file...
        publish(work, published)  # ...and swaps the published copy atomically
        time.sleep(0.3)
    p.join(30)
    result = q.get(timeout=5)
    assert not isinstance(result, str), result
    errors, snapshots = result
    assert errors == 0
    assert snapshots and all(lo == hi and rows == 20000 for lo, hi, rows in snapshots)
