import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "scrapers" / "snapshot" / "seeds"
GOLD = ROOT / "tests" / "fixtures" / "seeds_gold.jsonl"
FIXTURES = ROOT / "tests" / "fixtures"


@pytest.fixture(scope="session")
def pipeline_run(tmp_path_factory):
    """Run the whole job twice against a temporary warehouse; return (data dir, counts1, counts2)."""
    data = tmp_path_factory.mktemp("tinhso_data")
    env = {"TINHSO_DATA_DIR": str(data), "TINHSO_WAREHOUSE": str(data / "warehouse" / "tinhso.duckdb"),
           "TINHSO_PUBLISHED": str(data / "published" / "tinhso.duckdb"), "TINHSO_ARCHIVE_DIR": str(data / "archive")}
    old = {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    try:
        import importlib

        import pipelines.definitions as d
        import pipelines.resources as r
        importlib.reload(r)
        importlib.reload(d)
        from tinhso.demo import run_job, summary
        from dagster import DagsterInstance
        (data / "warehouse").mkdir(parents=True)
        instance = DagsterInstance.ephemeral()
        assert run_job(instance)
        first = dict(summary(data / "published" / "tinhso.duckdb"))
        assert run_job(instance)
        second = dict(summary(data / "published" / "tinhso.duckdb"))
        yield data, first, second, instance
    finally:
        for k, v in old.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
