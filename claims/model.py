"""Data classes shared by the extractor, the scorer and the pipeline."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date


@dataclass(frozen=True)
class Document:
    doc: str
    text: str
    url: str | None = None
    published: date | None = None
    title: str | None = None
    # Province the portal belongs to (from the source registry), if any.
    source_province: str | None = None


@dataclass
class Claim:
    doc: str
    province_code: str | None
    province: str | None
    indicator: str | None
    kind: str
    unit: str
    value: float
    value_max: float | None
    denominator: float | None
    qualifier: str
    level: str | None
    place: str | None
    period: int | None
    quote: str
    start: int
    end: int
    # Which cue put this number under this indicator, so a reviewer can see why.
    reason: str = ""
    code_system: str = "63"
    number_text: str = ""
    number_start: int = -1
    extras: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        d = asdict(self)
        d.pop("extras")
        return d
