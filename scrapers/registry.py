"""The portal registry (``portals.toml``): sources as data."""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from urllib.parse import urlsplit


class RegistryError(ValueError):
    pass


@dataclass(frozen=True)
class Listing:
    url: str
    link_pattern: str
    next_pattern: str | None = None
    max_pages: int = 1


@dataclass(frozen=True)
class Portal:
    id: str
    base_url: str
    province: str | None = None
    kind: str = "portal"
    enabled: bool = True
    snapshot: bool = False
    feeds: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    listings: tuple[Listing, ...] = ()
    selectors: dict = field(default_factory=dict)
    topic_keywords: tuple[str, ...] = ()
    delay_seconds: float = 1.0
    max_concurrency: int = 1

    @property
    def host(self) -> str:
        return urlsplit(self.base_url).hostname or ""


@dataclass(frozen=True)
class Settings:
    user_agent: str
    delay_seconds: float
    max_concurrency_per_host: int
    global_concurrency: int
    timeout_seconds: float
    max_retries: int
    max_redirects: int
    max_body_bytes: int
    topic_keywords: tuple[str, ...]


def load_registry(path: str | Path | None = None) -> tuple[Settings, list[Portal]]:
    if path is None:
        raw = resources.files("scrapers").joinpath("portals.toml").read_text(encoding="utf-8")
        where = "scrapers/portals.toml"
    else:
        raw, where = Path(path).read_text(encoding="utf-8"), str(path)
    try:
        data = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as e:
        raise RegistryError(f"{where}: {e}") from None
    d = data.get("defaults", {})
    settings = Settings(
        user_agent=d.get("user_agent", "tinhso/0.1"), delay_seconds=float(d.get("delay_seconds", 1.0)),
        max_concurrency_per_host=int(d.get("max_concurrency_per_host", 1)),
        global_concurrency=int(d.get("global_concurrency", 8)), timeout_seconds=float(d.get("timeout_seconds", 20)),
        max_retries=int(d.get("max_retries", 4)), max_redirects=int(d.get("max_redirects", 5)),
        max_body_bytes=int(d.get("max_body_bytes", 5_000_000)), topic_keywords=tuple(d.get("topic_keywords", ())))
    portals, seen = [], set()
    for i, p in enumerate(data.get("portal", [])):
        if "id" not in p or "base_url" not in p:
            raise RegistryError(f"{where}: portal #{i + 1} needs 'id' and 'base_url'")
        if p["id"] in seen:
            raise RegistryError(f"{where}: duplicate portal id {p['id']!r}")
        seen.add(p["id"])
        portals.append(Portal(
            id=p["id"], base_url=p["base_url"].rstrip("/"), province=p.get("province"), kind=p.get("kind", "portal"),
            enabled=p.get("enabled", True), snapshot=p.get("snapshot", False), feeds=tuple(p.get("feeds", ())),
            sitemaps=tuple(p.get("sitemaps", ())), listings=tuple(Listing(**x) for x in p.get("listings", ())),
            selectors=p.get("selectors", {}), topic_keywords=tuple(p.get("topic_keywords", settings.topic_keywords)),
            delay_seconds=float(p.get("delay_seconds", settings.delay_seconds)),
            max_concurrency=int(p.get("max_concurrency", settings.max_concurrency_per_host))))
    return settings, portals


def snapshot_portals() -> list[Portal]:
    return [p for p in load_registry()[1] if p.snapshot]
