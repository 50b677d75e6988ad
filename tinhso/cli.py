"""The ``tinhso`` command: extract, evaluate, audit, demo."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from claims import extract_claims
from claims.extract import taxonomy
from claims.scoring import score
from tinhso.documents import InputError, load_documents

CLAIM_FIELDS = ["doc", "province_code", "province", "indicator", "kind", "unit", "value", "value_max",
                "denominator", "qualifier", "level", "place", "period", "quote", "start", "end", "reason"]


def _claim_json(c) -> dict:
    d = c.to_dict()
    return {k: d[k] for k in CLAIM_FIELDS} | {"code_system": d["code_system"]}


def cmd_extract(args) -> int:
    out = sys.stdout
    rows = []
    for doc in load_documents(args.inputs):
        for c in extract_claims(doc):
            if args.format == "jsonl":
                out.write(json.dumps(_claim_json(c), ensure_ascii=False) + "\n")
            else:
                rows.append(c)
    if args.format == "table":
        header = f"{'doc':<24} {'prov':<4} {'indicator':<34} {'kind':<6} {'unit':<17} {'value':>12} {'den':>8} {'lvl':<8} {'year':<4} {'place':<18} quote"
        print(header)
        for c in rows:
            den = "" if c.denominator is None else f"{c.denominator:g}"
            print(f"{c.doc[:24]:<24} {c.province_code or '-':<4} {(c.indicator or '?')[:34]:<34} {c.kind:<6} {c.unit:<17} "
                  f"{c.value:>12g} {den:>8} {(c.level or '')[:8]:<8} {c.period or '':<4} {(c.place or '')[:18]:<18} {c.quote[:70]}")
    return 0


def _read_gold(path: Path) -> list[dict]:
    gold = []
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                try:
                    gold.append(json.loads(line))
                except json.JSONDecodeError as e:
                    raise InputError(f"{path}:{n}: invalid JSON ({e.msg})") from None
    return gold


def cmd_evaluate(args) -> int:
    gold = _read_gold(Path(args.gold))
    docs_arg = args.docs or str(Path(__file__).resolve().parent.parent / "scrapers" / "snapshot" / "seeds")
    wanted = {g["doc"] for g in gold}
    preds, seen = [], set()
    for d in load_documents([docs_arg]):
        if d.doc in seen:
            # two inputs with one id (a.txt and a.html) would be scored as one document
            raise InputError(f"{docs_arg}: two documents have the id {d.doc!r}; gold is matched by id, so rename one")
        seen.add(d.doc)
        if d.doc in wanted:
            preds.extend(_claim_json(c) for c in extract_claims(d))
    levelled = {code for code, ind in taxonomy().items() if ind.carries_level}
    s = score(preds, gold, levelled)
    print(f"{'level':<8} {'precision':>9} {'recall':>7} {'f1':>6}")
    print(f"{'fact':<8} {s.precision:>9.3f} {s.recall:>7.3f} {s.f1:>6.3f}   ({s.matched} matched / {s.predicted} counted predictions / {s.required} required gold)")
    print(f"{'number':<8} {s.number_precision:>9.3f} {s.number_recall:>7.3f} {s.number_f1:>6.3f}")
    print("attribute accuracy: " + ", ".join(f"{k} {v:.3f}" for k, v in sorted(s.attribute_accuracy.items())))
    print(f"\nmisses ({len(s.misses)}):")
    for g in s.misses:
        print(f"  {g['doc'][:12]} {g['indicator']} {g['kind']} {g['unit']} {g['value']} | {g['quote'][:90]}")
    print(f"\nfalse positives ({len(s.false_positives)}):")
    for p in s.false_positives:
        print(f"  {p['doc'][:12]} {p['province_code']} {p['indicator']} {p['kind']} {p['unit']} {p['value']} level={p['level']} | {p['quote'][:80]}")
    return 0


def cmd_audit(args) -> int:
    from tinhso.audit import audit
    return audit(args.id, args.warehouse)


def cmd_demo(args) -> int:
    from tinhso.demo import run_demo
    return run_demo()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="tinhso", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("extract", help="print the indicator claims of documents")
    p.add_argument("inputs", nargs="+", help=".txt/.html files, folders of them, or a .jsonl of documents")
    p.add_argument("--format", choices=["jsonl", "table"], default="jsonl")
    p.set_defaults(func=cmd_extract)
    p = sub.add_parser("evaluate", help="score extraction against gold claims (spec/CLAIMS.md)")
    p.add_argument("gold")
    p.add_argument("--docs", help="folder or .jsonl of the gold documents (default: bundled seeds)")
    p.set_defaults(func=cmd_evaluate)
    p = sub.add_parser("audit", help="trace a fact or claim back to the sentence and the archived page")
    p.add_argument("id")
    p.add_argument("--warehouse", help="DuckDB file (default: the published warehouse)")
    p.set_defaults(func=cmd_audit)
    p = sub.add_parser("demo", help="run the main job on the bundled offline snapshot")
    p.set_defaults(func=cmd_demo)
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except InputError as e:
        print(f"tinhso: error: {e}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
