"""Claim-extraction throughput on one core over ≥10,000 report-like documents.

Documents are composed from the seed articles' paragraphs, shuffled and with their
numbers and provinces varied (deterministic seed), so the text has the density of
real reports. Run: ``make bench`` or ``python -m bench.extraction [N]``.
"""
from __future__ import annotations

import random
import re
import statistics
import sys
import time
from pathlib import Path

from claims import Document, extract_claims
from claims.accelerate import DISABLE_ENV, compiled_in_use

SEEDS = Path(__file__).resolve().parent.parent / "scrapers" / "snapshot" / "seeds"
PROVINCES = ["Hà Giang", "Lào Cai", "Sơn La", "Nghệ An", "Bạc Liêu", "Quảng Nam", "Đắk Lắk", "Cà Mau", "Thái Bình", "Kon Tum"]


def corpus(n: int, seed: int = 7) -> list[Document]:
    rng = random.Random(seed)
    paras = [p for f in sorted(SEEDS.glob("*.txt")) for p in f.read_text(encoding="utf-8").split("\n") if len(p) > 80]
    docs = []
    for i in range(n):
        chosen = rng.sample(paras, k=min(len(paras), rng.randint(4, 9)))
        text = "\n".join(chosen)
        text = re.sub(r"\d+", lambda m: str(max(1, int(m.group(0)) + rng.randint(-3, 3))), text)
        prov = rng.choice(PROVINCES)
        docs.append(Document(doc=f"d{i}", text=f"{prov}: kết quả chuyển đổi số\n\n{text}"))
    return docs


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    docs = corpus(n)
    mb = sum(len(d.text.encode("utf-8")) for d in docs) / 1e6
    extract_claims(docs[0])  # load reference data once, outside the timing
    build = "compiled (Cython)" if compiled_in_use() else "pure Python"
    print(f"extractor: {build}; set {DISABLE_ENV}=1 for the pure-Python modules")
    print(f"{'run':>4} {'documents':>10} {'MB':>7} {'claims':>8} {'wall s':>8} {'cpu s':>8} {'docs/s':>8} {'MB/s':>6}")
    walls = []
    for run in range(1, repeats + 1):
        t, c = time.perf_counter(), time.process_time()
        claims = sum(len(extract_claims(d)) for d in docs)
        wall, cpu = time.perf_counter() - t, time.process_time() - c
        walls.append(wall)
        print(f"{run:>4} {n:>10} {mb:>7.1f} {claims:>8} {wall:>8.2f} {cpu:>8.2f} {n / wall:>8.0f} {mb / wall:>6.2f}")
    median = statistics.median(walls)
    print(f"median wall: {n / median:.0f} docs/s, {mb / median:.2f} MB/s (one process, one core, {build})")


if __name__ == "__main__":
    main()
