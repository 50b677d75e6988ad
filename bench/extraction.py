"""Claim-extraction throughput on one core over ≥10,000 report-like documents.

Documents are composed from the seed articles' paragraphs, shuffled and with their
numbers and provinces varied (deterministic seed), so the text has the density of
real reports. Run: ``make bench`` or ``python -m bench.extraction [N]``.
"""
from __future__ import annotations

import random
import re
import sys
import time
from pathlib import Path

from claims import Document, extract_claims

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
    docs = corpus(n)
    mb = sum(len(d.text.encode("utf-8")) for d in docs) / 1e6
    extract_claims(docs[0])  # load reference data once, outside the timing
    t = time.perf_counter()
    claims = sum(len(extract_claims(d)) for d in docs)
    dt = time.perf_counter() - t
    print(f"{'documents':>10} {'MB':>7} {'claims':>8} {'seconds':>8} {'docs/s':>8} {'MB/s':>6}")
    print(f"{n:>10} {mb:>7.1f} {claims:>8} {dt:>8.2f} {n / dt:>8.0f} {mb / dt:>6.2f}")


if __name__ == "__main__":
    main()
