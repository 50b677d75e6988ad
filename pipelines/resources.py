"""Swappable clients: where pages come from (snapshot replay or live web) and where they are archived."""
from __future__ import annotations

from pathlib import Path

import httpx
from dagster import ConfigurableResource

from tinhso import paths


class PortalSource(ConfigurableResource):
    """``mode="snapshot"`` replays the bundled archive; ``mode="live"`` uses the network."""

    mode: str = "snapshot"
    snapshot_warc: str = str(paths.SNAPSHOT_DIR / "portals.warc.gz")
    archive_dir: str = ""
    registry_path: str = ""
    politeness_override_seconds: float = -1.0  # snapshot replay needs no spacing

    def transport(self) -> httpx.AsyncBaseTransport | None:
        if self.mode == "snapshot":
            from scrapers.replay import ReplayTransport
            return ReplayTransport(Path(self.snapshot_warc))
        if self.mode == "live":
            return None
        raise ValueError(f"PortalSource.mode must be 'snapshot' or 'live', not {self.mode!r}")

    def archive_path(self) -> Path:
        return Path(self.archive_dir) if self.archive_dir else paths.archive_dir()

    def portals(self):
        from scrapers.registry import load_registry
        settings, portals = load_registry(self.registry_path or None)
        if self.mode == "snapshot":
            portals = [p for p in portals if p.snapshot]
        else:
            portals = [p for p in portals if p.enabled and not p.snapshot]
        return settings, portals
