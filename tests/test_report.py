"""The HTML report without a browser: escaping, data shape, CSP, no-claims reports, thresholds."""

from __future__ import annotations

import base64
import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from annotator.report import json_for_html, load_thresholds, render, report_data, write_report
from annotator.taxonomy import LABEL_NAMES, LABELS

sys.path.insert(0, str(Path(__file__).parent / "browser"))
from report_fixture import HOSTILE_IMG, HOSTILE_SCRIPT, THRESHOLDS, records, write_fixture_report  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DATA_BLOCK = re.compile(r'<script type="application/json" id="report-data">(.*?)</script>', re.S)


def inline(html: str, tag: str) -> list[str]:
    return re.findall(rf"<{tag}>(.*?)</{tag}>", html, re.S)


@pytest.fixture()
def report(tmp_path) -> str:
    return write_fixture_report(tmp_path / "report.html").read_text(encoding="utf-8")


def test_hostile_text_never_appears_as_markup(report):
    # Only the page's own two script elements, each closed once; nothing from the data opens a tag.
    assert report.count("<script") == 2 and report.count("</script") == 2
    assert "<img" not in report and "<svg" not in report and "<b>" not in report and "<!--" not in report
    assert "onerror" in report  # present, but only inside escaped JSON strings
    assert "\u2028" not in report and "\u2029" not in report
    data = json.loads(DATA_BLOCK.search(report).group(1))
    titles = [a["title"] for a in data["articles"]]
    assert any(HOSTILE_SCRIPT in t for t in titles)
    texts = [s["text"] for s in data["sentences"]]
    assert any(HOSTILE_SCRIPT in t and HOSTILE_IMG in t for t in texts)
    assert any("</script><script>alert(3)</script>" in t for t in texts)
    assert any("\u2028" in t and "\u2029" in t for t in texts)
    # The <title> carries no data at all.
    assert re.search(r"<title>annotator report: 4 articles, 4 claims</title>", report)


def test_json_for_html_escapes_every_dangerous_character():
    text = json_for_html({"a": "</script><!-- & \u2028\u2029 >"})
    assert not set(text) & set("<>&\u2028\u2029")
    assert json.loads(text) == {"a": "</script><!-- & \u2028\u2029 >"}


def test_placeholders_in_data_are_not_expanded(tmp_path):
    articles, sentences, claims = records()
    sentences[0] = dict(sentences[0], text="{{SCRIPT}} {{CSP}} {{DATA}}")
    html = render(report_data(articles, sentences, claims))
    assert html.count("<script") == 2
    assert "{{SCRIPT}} {{CSP}} {{DATA}}" in html


def test_content_security_policy_allows_exactly_the_inline_script_and_style(report):
    policy = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', report).group(1)
    directives = dict(d.strip().split(" ", 1) for d in policy.split(";"))
    assert directives["default-src"] == "'none'"
    assert directives["img-src"] == "data:"
    assert directives["base-uri"] == "'none'" and directives["form-action"] == "'none'"
    (script,) = inline(report, "script")
    (style,) = inline(report, "style")

    def digest(source: str) -> str:
        return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode()).digest()).decode() + "'"

    assert directives["script-src"] == digest(script)
    assert directives["style-src"] == digest(style)
    # Self-contained: nothing loads from the network.
    assert not re.search(r'(src|href)="(https?:)?//', report)
    assert "@import" not in style and "url(" not in style


def test_data_shape(tmp_path):
    articles, sentences, claims = records()
    data = report_data(articles, sentences, claims, THRESHOLDS, "models/x")
    assert data["format"] == 1 and data["model"] == "models/x" and re.fullmatch(r"[0-9a-f]{16}", data["key"])
    assert [l["name"] for l in data["labels"]] == list(LABEL_NAMES)
    assert [l["colour"] for l in data["labels"]] == [l.colour for l in LABELS]
    assert [l["threshold"] for l in data["labels"]] == THRESHOLDS
    assert all(l["title"] and l["description"] for l in data["labels"])

    assert [a["id"] for a in data["articles"]] == [a["id"] for a in articles]
    assert len(data["sentences"]) == len(sentences)
    for ai, a in enumerate(data["articles"]):
        rows = data["sentences"][a["first"]:a["first"] + a["count"]]
        assert all(s["article"] == ai for s in rows)
        assert [s["index"] for s in rows] == list(range(a["count"]))
        assert a["label_counts"] == [sum(j in s["labels"] for s in rows) for j in range(len(LABEL_NAMES))]
        assert a["unattributed"] == sum(not s["labels"] for s in rows)
        assert "text" not in a  # the sentences carry the text once
    by_id = {s["id"]: s for s in sentences}
    for s in data["sentences"]:
        original = by_id[data["articles"][s["article"]]["id"] + "#" + str(s["index"])]
        assert "id" not in s  # derivable from article and index
        assert s["text"] == original["text"]
        assert [LABEL_NAMES[j] for j in s["labels"]] == original["labels"]
        assert s["scores"] == [round(original["scores"][n], 3) for n in LABEL_NAMES]
        for label, start, end, source, kind, leaning in s["sources"]:
            assert s["text"][start:end] in {m["text"] for m in original["sources"]}
    maaret = data["articles"][1]
    assert [bool(s.get("para")) for s in data["sentences"][maaret["first"]:maaret["first"] + maaret["count"]]] == \
        [False, True, False, False, True, False]

    assert [c["id"] for c in data["claims"]] == ["c1", "c2", "c3", "c4"]  # by score, highest first
    c2 = data["claims"][1]
    assert c2["types"] == [1, 0, 0, 0, 0, 1, 1]
    assert [data["sentences"][m["sentence"]]["text"] for m in c2["mentions"]] == \
        [by_id[sid]["text"] for sid in ("000_leaks.txt#1", "000_leaks.txt#3", "000_leaks.txt#5")]
    assert all(m["article"] == 0 and "text" not in m for m in c2["mentions"])
    assert data["grades"] == ["strong", "moderate", "weak", "unsourced"]
    assert data["flags"] == sorted(data["flags"]) and "pro_regime_only" in data["flags"]
    json.dumps(data)  # plain JSON


def test_report_without_claims(tmp_path):
    path = write_fixture_report(tmp_path / "report.html", with_claims=False)
    data = json.loads(DATA_BLOCK.search(path.read_text(encoding="utf-8")).group(1))
    assert data["claims"] == [] and data["grades"] == [] and data["flags"] == []
    assert len(data["articles"]) == 4


def test_empty_run_still_writes_a_page(tmp_path):
    write_report(tmp_path / "report.html", [], [], [])
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "annotator report: 0 articles, 0 claims" in html


def test_claim_mentions_outside_the_report_and_odd_profiles(tmp_path):
    articles, sentences, _ = records()
    claim = {"claim_id": 7, "text": "x", "score": None, "grade": None, "explanation": None,
             "mentions": [{"article": "elsewhere.txt", "sentence_id": "elsewhere.txt#3", "text": "far away", "labels": ["nope"]}],
             "profile": {"origins": [{"name": "SOHR", "via": ["AFP"]}, "UN",
                                     {"name": "Moscow", "also_named": ["Defence Minister Sergei Shoigu", None]},
                                     {"name": "Kyiv", "also_named": "not a list"},
                                     {"name": "Vladimir Saldo", "only_via_pro_regime": True},
                                     {"name": "Odesa", "only_via_pro_regime": "yes"},
                                     {"name": "Sergei Shoigu", "speaks_for": "Russia"},
                                     {"name": "Russia's army", "speaks_for": "Russia"},
                                     {"name": "Kherson", "speaks_for": 3}], "flags": [{"flag": "unverified"}],
                         "disputed_by": ["Kremlin", {"name": "Moscow"}],
                         "sources": [{"name": "SOHR"}], "publishers": ["AFP"], "type_counts": {"bogus": 3}}}
    (c,) = report_data(articles, sentences, [claim])["claims"]
    assert c["id"] == "7" and c["score"] is None and c["grade"] is None
    assert c["mentions"] == [{"sentence": -1, "article": -1, "labels": [], "text": "far away"}]
    assert c["origins"] == ["SOHR", "UN", "Moscow (also: Defence Minister Sergei Shoigu)", "Kyiv",
                            "Vladimir Saldo (only through pro-regime outlets)", "Odesa", "Sergei Shoigu (for Russia)",
                            "Russia's army", "Kherson"]
    assert c["flags"] == ["unverified"]
    assert c["disputed_by"] == ["Kremlin", "Moscow"]
    assert c["types"] == [0] * len(LABEL_NAMES)


def test_sentences_of_an_unlisted_article_get_a_stub(tmp_path):
    articles, sentences, claims = records()
    data = report_data(articles[1:], sentences, claims)
    assert data["articles"][-1]["id"] == articles[0]["id"] and data["articles"][-1]["title"] is None
    assert sum(a["count"] for a in data["articles"]) == len(sentences)


def test_source_offsets_count_utf16_units_for_javascript():
    articles, sentences, _ = records(with_claims=False)
    s = dict(sentences[1], text="😀 " + sentences[1]["text"])
    s["sources"] = [dict(m, start=m["start"] + 2, end=m["end"] + 2) for m in s["sources"]]
    data = report_data(articles, [s], [])
    (label, start, end, *_), = data["sentences"][0]["sources"]
    js_units = s["text"].encode("utf-16-le")
    assert js_units[2 * start:2 * end].decode("utf-16-le") == "a Telegraph exclusive"


def test_thresholds_come_from_the_model_config(tmp_path):
    (tmp_path / "config.json").write_text(json.dumps({"thresholds": THRESHOLDS}), encoding="utf-8")
    assert load_thresholds(str(tmp_path)) == THRESHOLDS
    (tmp_path / "config.json").write_text(json.dumps({"thresholds": [0.3]}), encoding="utf-8")
    assert load_thresholds(str(tmp_path)) == [0.5] * len(LABEL_NAMES)
    assert load_thresholds(str(tmp_path / "missing")) == [0.5] * len(LABEL_NAMES)
    path = write_fixture_report(tmp_path / "out" / "report.html")
    data = json.loads(DATA_BLOCK.search(path.read_text(encoding="utf-8")).group(1))
    assert [l["threshold"] for l in data["labels"]] == THRESHOLDS


def test_bench_script_runs_on_a_small_corpus():
    result = subprocess.run([sys.executable, str(ROOT / "eval" / "bench_report.py"), "--articles", "5",
                             "--claims", "5"], capture_output=True, text=True, timeout=120, check=True)
    assert "5 articles, 150 sentences" in result.stdout
    assert re.search(r"write_report total [\d.]+ s", result.stdout) and " MB" in result.stdout


def test_page_script_never_parses_markup_from_strings():
    script = (ROOT / "annotator" / "templates" / "report.js").read_text(encoding="utf-8")
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function",
                 "setAttribute(\"style\"", "cssText"):
        assert sink not in script, sink
