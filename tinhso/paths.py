"""Where things live. Override with TINHSO_DATA_DIR to keep runs apart."""
from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DBT_PROJECT_DIR = PROJECT_ROOT / "dbt_project"
SNAPSHOT_DIR = PROJECT_ROOT / "scrapers" / "snapshot"


def data_dir() -> Path:
    return Path(os.environ.get("TINHSO_DATA_DIR", PROJECT_ROOT / "data"))


def warehouse_path() -> Path:
    """The working warehouse the pipeline writes to."""
    return Path(os.environ.get("TINHSO_WAREHOUSE", data_dir() / "warehouse" / "tinhso.duckdb"))


def published_path() -> Path:
    """The read-only copy BI tools open; swapped atomically after a successful build."""
    return Path(os.environ.get("TINHSO_PUBLISHED", data_dir() / "published" / "tinhso.duckdb"))


def archive_dir() -> Path:
    return Path(os.environ.get("TINHSO_ARCHIVE_DIR", data_dir() / "archive"))
