"""Scoring predictions against gold claims, exactly as spec/CLAIMS.md defines it."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field


def _value_ok(a, b) -> bool:
    return a is not None and b is not None and abs(float(a) - float(b)) <= 0.01


def _fact_match(p: dict, g: dict, levelled: set[str]) -> bool:
    if p.get("province_code") != g.get("province_code") or p.get("indicator") != g.get("indicator"):
        return False
    if p.get("kind") != g.get("kind") or p.get("unit") != g.get("unit") or not _value_ok(p.get("value"), g.get("value")):
        return False
    if g.get("indicator") in levelled and p.get("level") != g.get("level"):
        return False
    return bool(p.get("place")) == bool(g.get("place"))


def _number_match(p: dict, g: dict) -> bool:
    return p.get("kind") == g.get("kind") and p.get("unit") == g.get("unit") and _value_ok(p.get("value"), g.get("value"))


def _fact_key(p: dict) -> tuple:
    return (p.get("province_code"), p.get("indicator"), p.get("kind"), p.get("unit"),
            round(float(p.get("value")), 2), p.get("level"), bool(p.get("place")))


@dataclass
class Score:
    precision: float
    recall: float
    f1: float
    matched: int
    predicted: int
    required: int
    number_precision: float
    number_recall: float
    number_f1: float
    attribute_accuracy: dict[str, float]
    misses: list[dict] = field(default_factory=list)
    false_positives: list[dict] = field(default_factory=list)


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _greedy(preds: list[dict], golds: list[dict], ok) -> tuple[dict[int, int], set[int]]:
    """Match each prediction to one unused gold; required gold first."""
    used: set[int] = set()
    pairs: dict[int, int] = {}
    order = sorted(range(len(golds)), key=lambda j: not golds[j].get("required", True))
    for i, p in enumerate(preds):
        for j in order:
            if j not in used and ok(p, golds[j]):
                used.add(j)
                pairs[i] = j
                break
    return pairs, used


def score(predictions: list[dict], gold: list[dict], levelled: set[str]) -> Score:
    by_doc_p: dict[str, list[dict]] = defaultdict(list)
    by_doc_g: dict[str, list[dict]] = defaultdict(list)
    for p in predictions:
        by_doc_p[p["doc"]].append(p)
    for g in gold:
        by_doc_g[g["doc"]].append(g)

    counted = matched_pred = matched_req = 0
    n_counted = n_matched = n_req = n_matched_req = 0
    required = sum(1 for g in gold if g.get("required", True))
    attr_hits = defaultdict(int)
    attr_total = defaultdict(int)
    misses, fps = [], []
    for doc in sorted(set(by_doc_p) | set(by_doc_g)):
        golds = by_doc_g.get(doc, [])
        # The same fact stated twice in one article counts once.
        seen, preds = set(), []
        for p in by_doc_p.get(doc, []):
            if p.get("indicator") and p.get("province_code"):
                k = _fact_key(p)
                if k not in seen:
                    seen.add(k)
                    preds.append(p)
        pairs, used = _greedy(preds, golds, lambda p, g: _fact_match(p, g, levelled))
        for i, p in enumerate(preds):
            j = pairs.get(i)
            if j is None:
                counted += 1
                fps.append(p)
                continue
            g = golds[j]
            if not g.get("required", True):
                continue  # borderline gold: earns nothing, costs nothing
            counted += 1
            matched_pred += 1
            for attr in ("period", "qualifier", "denominator"):
                if attr == "period" and g.get("period") is None:
                    continue
                attr_total[attr] += 1
                pv, gv = p.get(attr), g.get(attr)
                attr_hits[attr] += int(_value_ok(pv, gv) if attr == "denominator" and gv is not None else pv == gv)
        for j, g in enumerate(golds):
            if g.get("required", True):
                if j in used:
                    matched_req += 1
                else:
                    misses.append(g)
        # number level: ignores indicator and province
        nseen, npreds = set(), []
        for p in by_doc_p.get(doc, []):
            k = (p.get("kind"), p.get("unit"), round(float(p["value"]), 2), p.get("start"), p.get("indicator"))
            if k not in nseen:
                nseen.add(k)
                npreds.append(p)
        npairs, nused = _greedy(npreds, golds, _number_match)
        for i in range(len(npreds)):
            j = npairs.get(i)
            if j is None or golds[j].get("required", True):
                n_counted += 1
                n_matched += int(j is not None)
        n_req += sum(1 for g in golds if g.get("required", True))
        n_matched_req += sum(1 for j in nused if golds[j].get("required", True))

    p = matched_pred / counted if counted else 0.0
    r = matched_req / required if required else 0.0
    np_ = n_matched / n_counted if n_counted else 0.0
    nr = n_matched_req / n_req if n_req else 0.0
    return Score(p, r, _f1(p, r), matched_pred, counted, required, np_, nr, _f1(np_, nr),
                 {a: attr_hits[a] / attr_total[a] for a in attr_total}, misses, fps)
