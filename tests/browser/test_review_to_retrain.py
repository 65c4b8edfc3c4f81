"""The whole loop on the seeds: report → filter → article → relabel → reload → export → retrain → re-annotate.

The report comes from the real default model; retraining uses the tiny encoder so
the loop runs in seconds (what is tested is the plumbing, not the model's quality).
"""

import json

import pytest
from typer.testing import CliRunner

from annotator.cli import app
from annotator.data import load_examples, model_inputs
from annotator.features import with_context
from tests.conftest import SEEDS
from tests.test_retrain import setup, tiny_config

SENTENCE = "The deserted city is a strategic prize"

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def test_review_export_retrain_reannotate(page, default_model, tiny_encoder, tmp_path):
    runner = CliRunner()
    out = tmp_path / "out"
    result = runner.invoke(app, ["annotate", str(SEEDS), "--out", str(out), "--no-progress"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in (out / "annotations.jsonl").open(encoding="utf-8")]

    p = page.open((out / "report.html").resolve().as_uri())
    p.locator("#tab-articles").click()
    p.locator("#facet-label input[data-value='un_figure']").check()
    p.wait_for_function("() => (document.documentElement.dataset.rendered || '').includes('label=un_figure')")
    with_un = {r["article"] for r in rows if "un_figure" in r["labels"]}
    assert int(p.locator("#result-count").get_attribute("data-count")) == len(with_un)

    target = next(r for r in rows if r["text"].startswith(SENTENCE))
    assert target["labels"] == []
    p.evaluate(f"location.hash = {json.dumps('#view=article&id=' + target['article'])}")
    p.wait_for_selector("#reader")
    p.locator(f"#reader .sent[data-sid='{target['id']}']").click()
    p.wait_for_function(f"() => document.querySelector('#review-card')?.dataset.sid === {json.dumps(target['id'])}")
    p.locator("#toggles button[data-label='on_record']").click()
    p.locator("#accept").click()
    p.reload()
    p.wait_for_selector("html[data-ready]")
    assert p.locator("#export").inner_text() == "Export corrections (1)"
    with p.expect_download() as info:
        p.locator("#export").click()
    corrections = tmp_path / "corrections.jsonl"
    info.value.save_as(corrections)
    record = json.loads(corrections.read_text(encoding="utf-8"))
    assert record["text"] == target["text"] and record["labels"] == ["on_record"]
    # Retrained, the row is the model input annotate gave it: previous sentence and the article's acronyms.
    article_rows = sorted((r for r in rows if r["article"] == target["article"]), key=lambda r: r["index"])
    annotated = with_context([r["text"] for r in article_rows], [target["article"]] * len(article_rows))
    exported = load_examples(corrections)
    assert model_inputs(exported) == [annotated[[r["id"] for r in article_rows].index(target["id"])]]

    data, gold = setup(tmp_path)
    root = tmp_path / "models"
    config = tmp_path / "tiny.toml"
    config.write_text("[model]\n" + "".join(f"{k} = {json.dumps(v)}\n" for k, v in tiny_config(tiny_encoder).items()))
    assert runner.invoke(app, ["train", "--data", str(data), "--out", str(root / "default"),
                               "--config", str(config)]).exit_code == 0
    result = runner.invoke(app, ["retrain", str(corrections), "--data", str(data), "--models-dir", str(root),
                                 "--gold", str(gold), "--config", str(config), "--tolerance", "1"])
    assert result.exit_code == 0, result.output
    assert "promoted" in result.output

    article = tmp_path / "again"
    article.mkdir()
    (article / "one.txt").write_text(target["text"] + "\n", encoding="utf-8")
    again = tmp_path / "out2"
    result = runner.invoke(app, ["annotate", str(article), "--out", str(again), "--no-progress",
                                 "--model", str(root / "default")])
    assert result.exit_code == 0, result.output
    row = json.loads((again / "annotations.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert row["labels"] == ["on_record"]
