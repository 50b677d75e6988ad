import subprocess
import sys

from conftest import GOLD, SEEDS


def test_seed_scores_meet_the_bar():
    out = subprocess.run([sys.executable, "-m", "tinhso.cli", "evaluate", str(GOLD), "--docs", str(SEEDS)],
                         capture_output=True, text=True, check=True).stdout
    fact = next(line for line in out.splitlines() if line.startswith("fact"))
    precision, recall = float(fact.split()[1]), float(fact.split()[2])
    assert precision >= 0.97 and recall >= 0.95, out


def test_extract_cli_prints_every_claims_md_field(tmp_path):
    import json
    out = subprocess.run([sys.executable, "-m", "tinhso.cli", "extract", str(SEEDS / "003_7e6d3963369faf64.txt")],
                         capture_output=True, text=True, check=True).stdout
    rows = [json.loads(line) for line in out.splitlines()]
    assert rows and {"doc", "province_code", "province", "indicator", "kind", "unit", "value", "value_max", "denominator",
                     "qualifier", "level", "place", "period", "quote", "start", "end"} <= set(rows[0])
    assert rows[0]["doc"] == "003_7e6d3963369faf64"


def test_bad_jsonl_input_names_file_and_line(tmp_path):
    bad = tmp_path / "docs.jsonl"
    bad.write_text('{"doc": "a", "text": "x"}\n{not json}\n', encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "tinhso.cli", "extract", str(bad)], capture_output=True, text=True)
    assert r.returncode == 2 and f"{bad}:2" in r.stderr


def test_scorer_counts_district_figure_as_province_wrong():
    from claims.scoring import score
    gold = [{"doc": "d", "province_code": "10", "indicator": "bts_stations", "kind": "actual", "unit": "count",
             "value": 10, "level": None, "place": None, "required": True}]
    pred = dict(gold[0], place="huyện X")
    s = score([pred], gold, set())
    assert s.precision == 0 and s.recall == 0
    assert score([dict(gold[0]), dict(gold[0])], gold, set()).precision == 1.0  # same fact twice counts once


def test_composed_articles_meet_the_unseen_bar():
    """Articles composed in the style of other provinces' portals, most annotated before the
    extractor saw them (see tests/fixtures/SOURCE.md); the bar is the one for unseen text."""
    from conftest import FIXTURES
    out = subprocess.run([sys.executable, "-m", "tinhso.cli", "evaluate", str(FIXTURES / "composed_gold.jsonl"),
                          "--docs", str(FIXTURES / "composed")], capture_output=True, text=True, check=True).stdout
    fact = next(line for line in out.splitlines() if line.startswith("fact"))
    precision, recall = float(fact.split()[1]), float(fact.split()[2])
    # Each blind batch's first-run score is recorded in SOURCE.md; once fixed, the set is a
    # regression suite, so the bar is near-perfect rather than the unseen-text target
    # (P >= 0.95, R >= 0.85): a change that loses two of ~340 facts must fail here.
    assert precision >= 0.99 and recall >= 0.99, out


def test_evaluate_refuses_two_documents_with_one_id(tmp_path):
    # (a.txt and a.html both read as "a": scored together, one's claims would be the other's false positives)
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("Lào Cai: x\nCó 120 trạm BTS.", encoding="utf-8")
    (docs / "a.html").write_text("<html><body><p>Có 5 trạm BTS.</p></body></html>", encoding="utf-8")
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"doc": "a", "province_code": "10", "indicator": "bts_stations", "kind": "actual", "unit": "count", '
                    '"value": 120, "level": null, "place": null, "required": true}\n', encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "tinhso.cli", "evaluate", str(gold), "--docs", str(docs)],
                       capture_output=True, text=True)
    assert r.returncode == 2 and "'a'" in r.stderr and str(docs) in r.stderr


def test_every_quote_is_a_whole_word_span_of_the_normalized_text():
    """An auditor reads the quote in the archived page: it must be the text at its offsets and cut
    no word in two (a cue running across the figure once mapped its span to the wrong side)."""
    from conftest import FIXTURES

    from claims import extract_claims
    from claims.normalize import normalize_text
    from tinhso.documents import load_documents

    cut = []
    for doc in load_documents([str(FIXTURES / "composed")]):
        text = normalize_text(doc.text)
        for c in extract_claims(doc):
            assert text[c.start:c.end] == c.quote, (doc.doc, c.quote)
            inside = lambda i: 0 < i < len(text) and text[i - 1].isalnum() and text[i].isalnum()  # noqa: E731
            if inside(c.start) or inside(c.end):
                cut.append((doc.doc, text[max(0, c.start - 8):c.end + 8]))
    assert not cut, cut
