"""CLI: help everywhere, README documents every command, clear errors, and the end-to-end run on the seeds."""

import json
import re
import sys

import pytest
from typer.testing import CliRunner

from annotator.cli import app, run

from .conftest import GOLD, ROOT, SEEDS

runner = CliRunner()
COMMANDS = sorted(c.name or c.callback.__name__ for c in app.registered_commands)
README = (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_and_a_readme_entry(command):
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0 and "Usage" in result.output
    assert f"annotator {command}" in README


def test_ci_runs_exactly_the_readme_test_command():
    blocks = re.findall(r"```bash\n(.+?)\n```", README, re.S)
    test_command = next(b for b in blocks if "pytest" in b)
    assert test_command in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_missing_input_is_an_error_not_a_traceback(tmp_path):
    result = runner.invoke(app, ["annotate", str(tmp_path / "nope"), "--out", str(tmp_path / "o")])
    assert result.exit_code == 1
    assert "Error: input" in result.output and "Traceback" not in result.output


def test_empty_folder_is_an_error_that_names_the_readable_files(tmp_path):
    result = runner.invoke(app, ["annotate", str(tmp_path), "--out", str(tmp_path / "o")])
    assert result.exit_code == 1
    assert f"Error: no articles in {tmp_path}: annotate reads .txt" in result.output


def _exit_code(monkeypatch, *args: str) -> int:
    monkeypatch.setattr(sys, "argv", ["annotator", *args])
    with pytest.raises(SystemExit) as exited:
        run()
    return exited.value.code


@pytest.mark.parametrize("args", [["annotate", "--bogus", "x"], ["annotate"], ["annotate", "--workers", "0", "x"],
                                  ["no-such-command"]])
def test_a_mistyped_command_line_exits_1_not_2_which_means_inputs_were_skipped(monkeypatch, capsys, args):
    assert _exit_code(monkeypatch, *args) == 1
    assert "Error" in capsys.readouterr().err


def test_the_entry_point_keeps_exit_codes_0_and_2(monkeypatch, tmp_path):
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    assert _exit_code(monkeypatch, "annotate", str(tmp_path), "--out", str(tmp_path / "o"), "--no-progress") == 2
    assert _exit_code(monkeypatch, "--help") == 0
    assert _exit_code(monkeypatch) == 0


def test_bad_gold_file_error_names_the_line(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"text": "ok", "labels": []}\n{"text": "x", "labels": ["gossip"]}\n', encoding="utf-8")
    result = runner.invoke(app, ["eval", "--gold", str(gold)])
    assert result.exit_code == 1
    assert f"Error: {gold}, line 2: unknown label(s) 'gossip'" in result.output


def test_missing_model_folder_is_an_error(tmp_path):
    result = runner.invoke(app, ["eval", "--gold", str(GOLD), "--model", str(tmp_path / "none")])
    assert result.exit_code == 1 and "does not exist" in result.output


@pytest.mark.slow
def test_annotate_seeds_end_to_end_with_the_default_model(tmp_path, default_model):
    out = tmp_path / "out"
    result = runner.invoke(app, ["annotate", str(SEEDS), "--out", str(out), "--no-progress"])
    assert result.exit_code == 0, result.output
    for name in ("annotations.jsonl", "articles.jsonl", "claims.jsonl", "report.html", "problems.jsonl"):
        assert (out / name).exists()
    rows = [json.loads(line) for line in (out / "annotations.jsonl").open(encoding="utf-8")]
    articles = {a["id"]: a for a in map(json.loads, (out / "articles.jsonl").open(encoding="utf-8"))}
    assert len(articles) == 5 and sum(a["sentences"] for a in articles.values()) == len(rows)
    for row in rows:
        assert articles[row["article"]]["text"][row["start"]:row["end"]] == row["text"]

    def labels_of(fragment):
        return next(r["labels"] for r in rows if fragment in r["text"])

    assert labels_of("displacing more than 358,000 people, according to the United Nations") == ["un_figure"]
    assert labels_of("according to the Observatory and the pro-government Al-Watan") == [
        "named_monitor", "pro_regime_outlet"]
    assert labels_of("The intercepted radio transmissions contain messages") == ["leaked_recording"]
    assert labels_of("The deserted city is a strategic prize") == []
    observatory = next(r for r in rows if "according to the Observatory and the pro-government" in r["text"])
    names = {s["label"]: s["source"] for s in observatory["sources"]}
    assert names == {"named_monitor": "Syrian Observatory for Human Rights", "pro_regime_outlet": "Al-Watan"}


def test_one_worker_gives_the_same_outputs(tmp_path, default_model):
    """Each encoder batch runs on one thread whatever --workers is, so the files are identical."""
    import torch

    threads = torch.get_num_threads()
    try:
        for name, extra in (("all", []), ("one", ["--workers", "1"])):
            result = runner.invoke(app, ["annotate", str(SEEDS), "--out", str(tmp_path / name), "--no-progress",
                                         "--no-cache", *extra])
            assert result.exit_code == 0, result.output
    finally:
        torch.set_num_threads(threads)

    for output in ("annotations.jsonl", "claims.jsonl"):
        assert (tmp_path / "one" / output).read_bytes() == (tmp_path / "all" / output).read_bytes()


def test_summary_time_counts_sub_stages_once(capsys):
    from annotator.cli import _print_summary
    from annotator.pipeline import Summary

    summary = Summary(sentences=30, timings={"read": 1.0, "classify": 2.0, "classify: encode": 1.5})
    _print_summary(summary)
    assert "time 3.0s (10 sentences/s)" in capsys.readouterr().out


def test_unknown_cv_choice_names_the_choices(tmp_path):
    result = runner.invoke(app, ["results", "--cv", "some", "--out", str(tmp_path / "R.md")])
    assert result.exit_code == 1
    assert "--cv must be one of all, default, baselines" in result.output
    assert not (tmp_path / "R.md").exists()
