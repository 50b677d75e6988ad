"""``tinhso audit ID``: a fact or claim → claims → article → sentence → archived response."""
from __future__ import annotations

import sys
from pathlib import Path

import duckdb

from tinhso import paths

BOLD, END = ("\033[1m", "\033[0m") if sys.stdout.isatty() else (">>", "<<")


def _highlight(text: str, start: int, end: int, number: str) -> str:
    quote = text[start:end] if text and 0 <= start < end <= len(text) else ""
    if number and number in quote:
        return quote.replace(number, f"{BOLD}{number}{END}", 1)
    return quote


def _sentence(text: str, start: int, end: int) -> str:
    if not text:
        return ""
    lo = max(text.rfind(". ", 0, start) + 2, text.rfind("\n", 0, start) + 1, 0)
    hi_candidates = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    hi = min(hi_candidates) + 1 if hi_candidates else len(text)
    return text[lo:hi].strip()


def audit(identifier: str, warehouse: str | None = None) -> int:
    path = Path(warehouse) if warehouse else paths.published_path()
    if not path.exists():
        print(f"tinhso audit: no warehouse at {path}; run `make demo` first", file=sys.stderr)
        return 2
    with duckdb.connect(str(path), read_only=True) as con:
        fact = con.execute("""
            select fact_id, province_key, indicator_code, period, level, kind, unit, value, source_count, has_conflict, claim_ids
            from intermediate.int_facts__resolved where fact_id = ?""", [identifier]).fetchone()
        if fact:
            claim_ids = list(fact[-1])
            print(f"fact {fact[0]}: {fact[1]} {fact[2]} {fact[3]} level={fact[4]} {fact[5]} {fact[6]} = {fact[7]:g}"
                  f"  (sources: {fact[8]}, conflict: {fact[9]})")
        else:
            claim_ids = [identifier]
        shown = 0
        for cid in claim_ids:
            row = con.execute("""
                select l.claim_id, l.indicator_code, l.kind, l.unit, l.value, l.quote_start, l.quote_end, l.number_text,
                       l.classification_reason, l.article_url, l.article_title, l.published_at, l.portal_id,
                       l.response_url, l.fetched_at, l.content_sha256, l.warc_file, l.warc_offset, a.text, a.title
                from intermediate.int_claims__lineage l join raw.articles a using (article_id)
                where l.claim_id = ?""", [cid]).fetchone()
            if row is None:
                continue
            shown += 1
            (claim_id, ind, kind, unit, value, qs, qe, num, reason, url, title, published, portal, rurl, fetched,
             sha, warc, offset, text, atitle) = row
            doc_text = (atitle + "\n\n" if atitle else "") + (text or "")
            print(f"\n  claim {claim_id}: {ind} {kind} {unit} = {value:g}   [{reason}]")
            print(f"    article:  {title}")
            print(f"    url:      {url}   (portal {portal}, published {published})")
            print(f"    sentence: {_sentence(doc_text, qs, qe)}")
            print(f"    quote:    {_highlight(doc_text, qs, qe, num)}   (chars {qs}–{qe})")
            print(f"    archived: {rurl} fetched {fetched} sha256 {sha}")
            print(f"              {warc} @ offset {offset}")
        if not shown:
            print(f"tinhso audit: no fact or claim with id {identifier!r} in {path}", file=sys.stderr)
            return 1
    return 0
