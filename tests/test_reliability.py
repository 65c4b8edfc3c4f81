"""Reliability and security (issue 7): bad input, bad user data, interrupted runs, determinism,
hostile text. The model is a tiny TransformerClassifier on a tiny random encoder: the real code
paths, fast."""

from __future__ import annotations

import http.server
import json
import os
import random
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from annotator import readers
from annotator.calibration import to_matrix
from annotator.checkpoint import FOLDER, Checkpoint
from annotator.cli import app
from annotator.errors import DataFileError
from annotator.jsonl import write_jsonl
from annotator.pipeline import annotate_folder
from annotator.readers import MAX_ARTICLE_CHARS, markdown_to_text, read_folder
from annotator.segment import MAX_SENTENCE_CHARS, segment
from annotator.transformer import TransformerClassifier

from .conftest import ROOT
from .test_classifier import TINY

runner = CliRunner()
OUTPUTS = ("annotations.jsonl", "claims.jsonl", "articles.jsonl")
HEX_NAME = re.compile(r"^[0-9a-f]{64}\.jsonl$")


@pytest.fixture(autouse=True, scope="module")
def one_thread():
    """One torch thread: the CPU is shared, and more threads only contend."""
    import torch

    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)


@pytest.fixture(scope="module")
def tiny_model(tiny_encoder, tmp_path_factory) -> Path:
    """A tiny trained classifier saved as a model folder (loaded by `annotate --model`)."""
    model = TransformerClassifier(encoder=tiny_encoder, train_layers=2, epochs=8, learning_rate=3e-3,
                                  head_learning_rate=1e-2, batch_size=5, dev_fraction=0.0, precision="fp32")
    model.fit([t for t, _ in TINY], to_matrix([labels for _, labels in TINY]))
    folder = tmp_path_factory.mktemp("tiny-model") / "model"
    model.save(folder)
    return folder


def annotate(*args: str | Path):
    return runner.invoke(app, ["annotate", *map(str, args), "--no-progress"])


# ----- 1. bad input never crashes a batch and is never silently dropped ------------------------

DEPTH = 1100  # folders deeper than Python's recursion limit


@pytest.fixture()
def bad_root(tmp_path):
    """A folder holding one of every kind of broken input; its deep chain is removed without
    recursion afterwards (pytest's own clean-up, shutil.rmtree, would hit the recursion limit)."""
    root = bad_corpus(tmp_path / "in")
    yield root
    chain = [root / "d"]
    while (chain[-1] / "d").is_dir():
        chain.append(chain[-1] / "d")
    for folder in reversed(chain):
        for path in folder.iterdir():
            if not path.is_dir():
                path.unlink()
        folder.rmdir()


def bad_corpus(root: Path) -> Path:
    """A folder holding one of every kind of broken input, next to a good article."""
    root.mkdir()
    (root / "good.txt").write_text("Army units advanced on the town.\nResidents fled on Tuesday.", encoding="utf-8")
    (root / "empty.txt").write_bytes(b"")
    (root / "blank.md").write_text("  \n\t\n", encoding="utf-8")
    (root / "binary.txt").write_bytes(b"\x00\x01\x02\xff" * 100)
    (root / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    french = "Les déplacés d'Alep ont fui vers le nord, a indiqué l'agence. " * 3
    arabic = "قالت وكالة الأنباء إن القصف استهدف المدينة القديمة في درعا. " * 3
    (root / "latin1.txt").write_bytes(french.encode("latin-1"))
    (root / "arabic.txt").write_bytes(arabic.encode("cp1256"))
    (root / "utf16.txt").write_bytes("نزوح الآلاف من المدينة.".encode("utf-16"))
    (root / "records.jsonl").write_text("\n".join([
        json.dumps({"id": "r1", "text": "The monitor said five people died."}),
        "{not json",
        json.dumps(["a list"]),
        json.dumps({"id": "r4"}),
        json.dumps({"id": "r5", "text": "   "}),
        '{"id": "r6", "text": "Broken \\ud800 escape in the text."}',
    ]) + "\n", encoding="utf-8")
    (root / "nothing.jsonl").write_text("\n\n", encoding="utf-8")
    deep = root
    for _ in range(DEPTH):  # one level at a time: mkdir(parents=True) would recurse
        deep = deep / "d"
        deep.mkdir()
    (deep / "deep.txt").write_text("A deeply filed article.", encoding="utf-8")
    (root / "loop").mkdir()
    (root / "loop" / "back").symlink_to(root, target_is_directory=True)
    (root / "a.txt").symlink_to(root / "b.txt")
    (root / "b.txt").symlink_to(root / "a.txt")
    (root / "dangling.txt").symlink_to(root / "missing.txt")
    os.mkfifo(root / "pipe.txt")  # reading a FIFO would block forever
    return root


def every_file(root: Path) -> set[str]:
    """Every non-folder path under root, symlinks not followed (so loops end), without recursion."""
    names, stack = set(), [str(root)]
    while stack:
        with os.scandir(stack.pop()) as entries:
            for entry in entries:
                (stack.append if entry.is_dir(follow_symlinks=False) else names.add)(entry.path)
    return names


def reasons(problems) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for p in problems:
        out.setdefault(Path(p.path).name, []).append(f"{p.action}: {p.reason}" + (f" @{p.line}" if p.line else ""))
    return out


def test_every_bad_input_is_read_repaired_or_reported(bad_root):
    root = bad_root
    result = read_folder(root)
    found = reasons(result.problems)
    ids = {a.id for a in result.articles}
    assert {"good", "latin1", "arabic", "utf16", "r1", "r6", "/".join(["d"] * DEPTH) + "/deep"} <= ids
    assert found["empty.txt"] == ["skipped: no text in file"]
    assert found["blank.md"] == ["skipped: no text in file"]
    assert found["binary.txt"] == ["skipped: binary file, not text"]
    assert found["image.png"] == ["skipped: unsupported file type '.png'"]
    assert found["latin1.txt"][0].startswith("repaired: not UTF-8; decoded as")
    assert found["arabic.txt"] == ["repaired: not UTF-8; decoded as cp1256"]
    assert found["utf16.txt"] == ["repaired: decoded as UTF-16"]
    assert found["records.jsonl"] == [
        "skipped: invalid JSON (Expecting property name enclosed in double quotes) @2",
        "skipped: record needs a string 'text' field @3", "skipped: record needs a string 'text' field @4",
        "skipped: record's 'text' is empty @5", "repaired: lone surrogate escapes replaced by U+FFFD @6"]
    assert found["nothing.jsonl"] == ["skipped: no article records in file"]
    assert found["back"] == ["skipped: folder already read (a symlink loop or a second link to it)"]
    assert found["a.txt"] == ["skipped: cannot read file (Too many levels of symbolic links)"]
    assert found["dangling.txt"] == ["skipped: cannot read file (No such file or directory)"]
    assert found["pipe.txt"] == ["skipped: not a regular file (a pipe, device or socket)"]
    # Never silently dropped: every file is an article's source or has a problem of its own.
    accounted = {a.path.split("#")[0] for a in result.articles} | {p.path for p in result.problems}
    assert every_file(root) - accounted == set()
    assert "\ufffd" in next(a.text for a in result.articles if a.id == "r6")


def test_unreadable_file_and_folder_are_reported(tmp_path, monkeypatch):
    root = tmp_path / "in"
    (root / "locked").mkdir(parents=True)
    (root / "locked" / "x.txt").write_text("Hidden away.", encoding="utf-8")
    (root / "secret.txt").write_text("Not for you.", encoding="utf-8")
    (root / "ok.txt").write_text("Readable text.", encoding="utf-8")
    if os.geteuid() != 0:  # root reads anything, so a real chmod 000 proves nothing there
        (root / "secret.txt").chmod(0)
        (root / "locked").chmod(0)
    else:
        real_read, real_scandir = Path.read_bytes, os.scandir

        def read_bytes(path):
            if path.name == "secret.txt":
                raise PermissionError(13, "Permission denied", str(path))
            return real_read(path)

        def scandir(path):
            if Path(path).name == "locked":
                raise PermissionError(13, "Permission denied", str(path))
            return real_scandir(path)

        monkeypatch.setattr(Path, "read_bytes", read_bytes)
        monkeypatch.setattr(readers.os, "scandir", scandir)
    try:
        result = read_folder(root)
    finally:
        (root / "secret.txt").chmod(0o644)
        (root / "locked").chmod(0o755)
    assert [a.id for a in result.articles] == ["ok"]
    assert reasons(result.problems) == {"secret.txt": ["skipped: cannot read file (Permission denied)"],
                                        "locked": ["skipped: cannot list folder (Permission denied)"]}


def test_a_crash_inside_a_parser_skips_only_that_file(tmp_path, monkeypatch):
    root = tmp_path / "in"
    root.mkdir()
    (root / "page.html").write_text("<p>Some page.</p>", encoding="utf-8")
    (root / "ok.txt").write_text("Readable text.", encoding="utf-8")

    def explode(html):
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(readers, "html_to_article", explode)
    result = read_folder(root)
    assert [a.id for a in result.articles] == ["ok"]
    assert reasons(result.problems) == {"page.html": ["skipped: could not be read (RecursionError: maximum "
                                                      "recursion depth exceeded)"]}


def test_a_50_mb_text_file_is_cut_to_the_article_limit_quickly(tmp_path):
    root = tmp_path / "in"
    root.mkdir()
    line = "Army units advanced near the town on Tuesday, the agency said. " * 20 + "\n"
    with open(root / "huge.txt", "w", encoding="utf-8") as handle:
        for _ in range(50 * 2**20 // len(line)):
            handle.write(line)
    with open(root / "over.txt", "wb") as handle:
        handle.truncate(readers.MAX_FILE_BYTES + 1)  # sparse: over the file limit, costs no disk
    start = time.perf_counter()
    result = read_folder(root)
    sentences = segment(result.articles[0].text)
    assert time.perf_counter() - start < 60  # seconds, not minutes (about 2 s here)
    assert len(result.articles) == 1 and MAX_ARTICLE_CHARS - 100 < len(result.articles[0].text) <= MAX_ARTICLE_CHARS
    assert len(sentences) > 10_000
    size = (root / "huge.txt").stat().st_size
    assert reasons(result.problems) == {
        "huge.txt": [f"repaired: article 'huge' is {size:,} characters; kept the first 1,000,000 (the limit)"],
        "over.txt": ["skipped: file is 64 MB, over the 64 MB limit"]}


def test_articles_csv_with_missing_columns_or_another_encoding(tmp_path):
    root = tmp_path / "in"
    root.mkdir()
    (root / "a.txt").write_text("Text of a.", encoding="utf-8")
    (root / "articles.csv").write_text("title,publisher\nOnly,Columns\n", encoding="utf-8")
    assert reasons(read_folder(root).problems) == {
        "articles.csv": ["skipped: no 'file' or 'id' column; add one naming each article file"]}
    (root / "articles.csv").write_text("file,notes\na.txt,x\n", encoding="utf-8")
    assert reasons(read_folder(root).problems) == {
        "articles.csv": ["repaired: no title/publisher/date/url column; nothing to add"]}
    (root / "articles.csv").write_bytes("file,publisher,date\na.txt,Le Désert\n,orphan\n".encode("cp1252"))
    result = read_folder(root)  # an Excel export: cp1252, a short row, a row without a file
    assert result.articles[0].publisher == "Le Désert" and result.articles[0].date is None
    assert reasons(result.problems)["articles.csv"][0].startswith("repaired: not UTF-8")
    assert reasons(result.problems)["articles.csv"][1] == "repaired: row has no file or id; row ignored @3"


def test_cli_lists_every_problem_and_exits_2_when_something_was_skipped(tmp_path, bad_root, tiny_model):
    root = bad_root
    for i in range(5):
        (root / f"scan-{i}.pdf").write_bytes(b"%PDF-1.4")
    out = tmp_path / "out"
    result = annotate(root, "--out", out, "--model", tiny_model)
    assert result.exit_code == 2, result.output
    problems = [json.loads(line) for line in (out / "problems.jsonl").open(encoding="utf-8")]
    assert len(problems) == len(read_folder(root).problems) > 20
    assert {"path", "action", "reason"} <= set(problems[0]) and any(p.get("line") == 2 for p in problems)
    skipped = sum(p["action"] == "skipped" for p in problems)
    assert f"{len(problems)} input problem(s): {skipped} skipped, {len(problems) - skipped} repaired" in result.output
    assert "… and" in result.output and "more in problems.jsonl" in result.output  # over 20: the rest counted
    assert "Traceback" not in result.output
    # Only repairs (another encoding): exit 0, still listed.
    clean = tmp_path / "clean"
    clean.mkdir()
    (clean / "latin1.txt").write_bytes("Les déplacés ont fui vers le nord, a indiqué l'agence.".encode("latin-1"))
    result = annotate(clean, "--out", tmp_path / "out2", "--model", tiny_model)
    assert result.exit_code == 0 and "0 skipped, 1 repaired" in result.output


def test_summary_escapes_control_characters_in_file_names(tmp_path, tiny_model):
    root = tmp_path / "in"
    root.mkdir()
    (root / "ok.txt").write_text("Fine.", encoding="utf-8")
    (root / "evil\x1b[2J.png").write_bytes(b"x")
    (root / os.fsdecode(b"caf\xe9.png")).write_bytes(b"x")  # a Latin-1 file name, not UTF-8
    result = annotate(root, "--out", tmp_path / "out", "--model", tiny_model)
    assert result.exit_code == 2
    assert "\x1b" not in result.output and "evil\\x1b[2J.png" in result.output
    assert "caf\ufffd.png" in (tmp_path / "out" / "problems.jsonl").read_text(encoding="utf-8")


def test_the_out_folder_inside_the_input_is_not_read_back(tmp_path, tiny_model):
    root = tmp_path / "in"
    root.mkdir()
    (root / "a.txt").write_text("The monitor said five people died.", encoding="utf-8")
    for _ in range(2):
        result = annotate(root, "--out", root / "out", "--model", tiny_model)
        assert result.exit_code == 0 and re.search("^1 articles", result.output, re.M)


# ----- 2. bad user data: a clear error naming file, line and fix; exit 1, no traceback ----------

def fails_cleanly(result, *fragments: str) -> None:
    assert result.exit_code == 1 and isinstance(result.exception, (SystemExit, type(None))), result.output
    assert "Traceback" not in result.output and re.search("^Error: ", result.output, re.M)
    for fragment in fragments:
        assert fragment in result.output


GOLD_ERRORS = [
    ('{"text": "ok", "labels": []}\n{"text": "broken", "labels": [\n', "line 2: invalid JSON",
     "each line must be one JSON object"),
    ('{"text": "ok", "labels": []}\n{"labels": []}\n', "line 2: needs a non-empty string field 'text'", ""),
    ('{"text": "ok", "labels": "named_monitor"}\n', "line 1: needs a field 'labels' holding a list",
     "[] for unattributed"),
    ('{"text": "ok", "labels": ["gossip"]}\n', "line 1: unknown label(s) 'gossip'", "valid labels are"),
    ('{"id": "a", "text": "ok", "labels": []}\n{"id": "a", "text": "two", "labels": []}\n',
     "line 2: duplicate id 'a' (first on line 1)", "ids must be unique"),
    ('\xff\xfe', "is not UTF-8 text", "re-save it as UTF-8"),
]


@pytest.mark.parametrize("content, where, fix", GOLD_ERRORS)
def test_bad_gold_file(tmp_path, content, where, fix):
    gold = tmp_path / "gold.jsonl"
    gold.write_bytes(content.encode("latin-1") if content.startswith("\xff") else content.encode("utf-8"))
    fails_cleanly(runner.invoke(app, ["eval", "--gold", str(gold), "--model", str(tmp_path)]), str(gold), where, fix)


@pytest.mark.parametrize("content, where, fix", GOLD_ERRORS[:4])
def test_bad_corrections_file_fails_before_training(tmp_path, content, where, fix):
    corrections = tmp_path / "fix.jsonl"
    corrections.write_text(content, encoding="utf-8")
    data = tmp_path / "data"
    data.mkdir()
    result = runner.invoke(app, ["retrain", str(corrections), "--data", str(data), "--models-dir", str(tmp_path / "m")])
    fails_cleanly(result, str(corrections), where, fix)
    assert list(data.iterdir()) == [] and not (tmp_path / "m").exists()


def test_scoring_file_with_wrong_types(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Text.", encoding="utf-8")
    scoring = tmp_path / "scoring.toml"
    scoring.write_text('[combine]\ncorroboration = 0.5\nhedge_penalty = "high"\n', encoding="utf-8")
    result = annotate(tmp_path / "in", "--out", tmp_path / "out", "--scoring", scoring, "--model", tmp_path / "none")
    fails_cleanly(result, f"{scoring}, line 3: [combine] hedge_penalty = 'high': must be a number")
    scoring.write_text("[combine\n", encoding="utf-8")
    fails_cleanly(annotate(tmp_path / "in", "--out", tmp_path / "out", "--scoring", scoring), str(scoring),
                  "invalid TOML")


@pytest.mark.parametrize("entry, message", [
    ('name = "X"\nkind = "monitor"\nleaning = "independent"\nlabel = "named_monitor"\naliases = "XM"',
     "[[source]] entry 1 ('X'): 'aliases' must be a list of strings"),
    ('name = 7\nkind = "monitor"\nleaning = "independent"\nlabel = "named_monitor"',
     "[[source]] entry 1 needs a non-empty string 'name'"),
    ('name = "X"\nkind = "monitor"\nleaning = "independent"\nlabel = "gossip"',
     "[[source]] entry 1 ('X'): unknown label 'gossip'; use one of"),
])
def test_source_registry_with_wrong_types(tmp_path, entry, message):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Text.", encoding="utf-8")
    sources = tmp_path / "sources.toml"
    sources.write_text(f"[[source]]\n{entry}\n", encoding="utf-8")
    fails_cleanly(annotate(tmp_path / "in", "--out", tmp_path / "out", "--sources", sources), f"{sources}: {message}")


def test_model_folder_missing_or_incompatible(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Text.", encoding="utf-8")
    missing = tmp_path / "none"
    fails_cleanly(annotate(tmp_path / "in", "--out", tmp_path / "out", "--model", missing),
                  f"model folder {missing} does not exist; pass --model DIR or run `annotator train`")
    old = tmp_path / "old"
    old.mkdir()
    (old / "config.json").write_text('{"format_version": 0, "kind": "transformer"}', encoding="utf-8")
    (old / "weights.safetensors").write_bytes(b"")
    fails_cleanly(annotate(tmp_path / "in", "--out", tmp_path / "out", "--model", old),
                  "incompatible version", "retrain it with `annotator train`")
    fails_cleanly(annotate(tmp_path / "in", "--out", tmp_path / "out", "--model", tmp_path / "in"),
                  "is not a model folder")


@pytest.mark.parametrize("case", ["sources not UTF-8", "weights file damaged", "config without params"])
def test_damaged_registry_or_model_files_are_clear_errors(tmp_path, tiny_model, case):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Text.", encoding="utf-8")
    args = [tmp_path / "in", "--out", tmp_path / "out"]
    if case == "sources not UTF-8":
        (tmp_path / "sources.toml").write_bytes('[[source]]\nname = "Café"\n'.encode("latin-1"))
        args += ["--sources", tmp_path / "sources.toml", "--model", tiny_model]
    else:
        model = tmp_path / "model"
        model.mkdir()
        config = json.loads((tiny_model / "config.json").read_text(encoding="utf-8"))
        if case == "weights file damaged":
            (model / "weights.safetensors").write_bytes(b"junk")
        else:
            (model / "weights.safetensors").write_bytes((tiny_model / "weights.safetensors").read_bytes())
            del config["params"]
        (model / "config.json").write_text(json.dumps(config), encoding="utf-8")
        args += ["--model", model]
    fails_cleanly(annotate(*args))


def test_unwritable_out_is_an_error(tmp_path, tiny_model):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Text.", encoding="utf-8")
    (tmp_path / "file").write_text("not a folder", encoding="utf-8")
    out = tmp_path / "file" / "out"
    fails_cleanly(annotate(tmp_path / "in", "--out", out, "--model", tiny_model),
                  f"Error: --out {out} is inside {tmp_path / 'file'}, which is a file; give a folder")


def test_debug_shows_the_traceback(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text("{oops\n", encoding="utf-8")
    result = runner.invoke(app, ["--debug", "eval", "--gold", str(gold)])
    assert result.exit_code == 1 and isinstance(result.exception, DataFileError)
    plain = subprocess.run([sys.executable, "-m", "annotator.cli", "eval", "--gold", str(gold)],
                           capture_output=True, text=True, cwd=ROOT)
    debug = subprocess.run([sys.executable, "-m", "annotator.cli", "--debug", "eval", "--gold", str(gold)],
                           capture_output=True, text=True, cwd=ROOT)
    assert plain.returncode == 1 and "Traceback" not in plain.stderr and f"{gold}, line 1" in plain.stderr
    assert debug.returncode == 1 and "Traceback" in debug.stderr and "DataFileError" in debug.stderr


# ----- 3. interrupted runs lose nothing -------------------------------------------------------

def test_outputs_are_written_atomically(tmp_path, monkeypatch):
    target = tmp_path / "annotations.jsonl"
    write_jsonl(target, [{"n": 1}])

    def interrupted(fd):
        raise KeyboardInterrupt  # stopped after the new text is written, before the rename

    monkeypatch.setattr(os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_jsonl(target, [{"n": 2}] * 1000)
    assert target.read_text(encoding="utf-8") == '{"n": 1}\n' and os.listdir(tmp_path) == ["annotations.jsonl"]


WORDS = ("army units town convoy residents officials fighters aid trucks road crossing border city "
         "province hospital market school bridge village district camp families villages").split()


def write_corpus(folder: Path, articles: int, lines: int = 100) -> None:
    """Articles of headline-like lines (no final period: not claims) plus two claim sentences each."""
    rng = random.Random(0)
    folder.mkdir()
    for i in range(articles):
        body = [" ".join(rng.choice(WORDS) for _ in range(rng.randint(4, 9))).capitalize() for _ in range(lines - 2)]
        body += [f"The Syrian Observatory said {rng.randint(2, 90)} people were killed in the {rng.choice(WORDS)}.",
                 f"Officials said {rng.randint(2, 90)} trucks of aid crossed into the {rng.choice(WORDS)} on Monday."]
        (folder / f"article-{i:03d}.txt").write_text("\n".join(body) + "\n", encoding="utf-8")


ENV = dict(os.environ, OMP_NUM_THREADS="1", MKL_NUM_THREADS="1", TOKENIZERS_PARALLELISM="false",
           ANNOTATOR_BLOCK_SENTENCES="512")


def cli(*args) -> list[str]:
    return [sys.executable, "-m", "annotator.cli", "annotate", *map(str, args), "--no-progress"]


def assert_same_outputs(one: Path, other: Path) -> None:
    """annotations.jsonl, claims.jsonl and articles.jsonl are byte-identical (else: the first differing line)."""
    for name in OUTPUTS:
        a, b = (one / name).read_bytes(), (other / name).read_bytes()
        if a != b:
            diff = next((x, y) for x, y in zip(a.splitlines() + [b""], b.splitlines() + [b""]) if x != y)
            pytest.fail(f"{name} differs:\n{diff[0][:400]!r}\n{diff[1][:400]!r}")


def run_cli(*args) -> subprocess.CompletedProcess:
    return subprocess.run(cli(*args), cwd=ROOT, env=ENV, capture_output=True, text=True, timeout=300)


def test_sigkill_then_resume_gives_the_uninterrupted_bytes(tmp_path, tiny_model, monkeypatch):
    import annotator.pipeline as pipeline

    monkeypatch.setattr(pipeline, "BLOCK_SENTENCES", 512)  # as ENV gives the killed run
    corpus = tmp_path / "corpus"
    write_corpus(corpus, articles=40)  # 4,000 sentences: 7 blocks (6 of 600, one of 400)
    annotate_folder(corpus, tmp_path / "ref", tiny_model)  # uninterrupted, in this process (another hash seed)
    out = tmp_path / "out"
    killed = subprocess.Popen(cli(corpus, "--out", out, "--model", tiny_model), cwd=ROOT, env=ENV,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    while killed.poll() is None and len(list((out / FOLDER).glob("*.jsonl"))) < 2:
        time.sleep(0.01)
    assert killed.poll() is None, "the run ended before it could be killed; make the corpus bigger"
    killed.send_signal(signal.SIGKILL)
    killed.wait()
    finished = sorted((out / FOLDER).glob("*.jsonl"))
    assert killed.returncode == -signal.SIGKILL and 2 <= len(finished) < 7
    assert all(HEX_NAME.match(p.name) for p in finished) and not (out / "annotations.jsonl").exists()
    resumed = run_cli(corpus, "--out", out, "--model", tiny_model, "--resume")
    assert resumed.returncode == 0, resumed.stderr[-2000:]
    reused, blocks = map(int, re.search(r"reused (\d+) of (\d+) blocks", resumed.stdout).groups())
    assert blocks == 7 and reused >= len(finished)
    assert_same_outputs(out, tmp_path / "ref")
    # The finished run keeps its blocks as the content-hash cache: exactly its 7 blocks, nothing stale.
    assert len([p for p in (out / FOLDER).iterdir() if HEX_NAME.match(p.name)]) == 7


def test_resume_after_a_crash_in_process_and_after_a_model_change(tmp_path, tiny_model, monkeypatch):
    import annotator.pipeline as pipeline

    monkeypatch.setattr(pipeline, "BLOCK_SENTENCES", 512)

    corpus = tmp_path / "corpus"
    write_corpus(corpus, articles=12, lines=50)  # 600 sentences: blocks of 550 and 50
    fresh = annotate_folder(corpus, tmp_path / "fresh", tiny_model)
    real, calls = pipeline.sentence_records, []

    def crash_on_second_block(*args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise MemoryError("killed")
        return real(*args, **kwargs)

    monkeypatch.setattr(pipeline, "sentence_records", crash_on_second_block)
    with pytest.raises(MemoryError):
        annotate_folder(corpus, tmp_path / "out", tiny_model)
    monkeypatch.setattr(pipeline, "sentence_records", real)
    resumed = annotate_folder(corpus, tmp_path / "out", tiny_model, resume=True)
    assert (resumed.reused_blocks, resumed.blocks, resumed.resume_note) == (1, 2, "resuming from the checkpoint")
    assert_same_outputs(tmp_path / "out", tmp_path / "fresh")
    assert resumed.sentences == fresh.sentences == 600
    # A checkpoint from another model is never mixed in.
    checkpoint = Checkpoint(tmp_path / "out", tiny_model, None, resume=False)
    checkpoint.start(["x"])
    other = Checkpoint(tmp_path / "out", tiny_model, ROOT / "annotator" / "data" / "sources.toml", resume=True)
    assert "starting over" in other.note and not (tmp_path / "out" / FOLDER).exists()


def test_checkpoint_is_never_written_through_a_symlink(tmp_path, tiny_model):
    elsewhere = tmp_path / "elsewhere"
    Checkpoint(elsewhere, tiny_model, None, resume=False).start(["x"])  # a valid manifest of the same run
    out = tmp_path / "out"
    out.mkdir()
    (out / FOLDER).symlink_to(elsewhere / FOLDER)
    checkpoint = Checkpoint(out, tiny_model, None, resume=True)
    assert "starting over" in checkpoint.note and not (out / FOLDER).exists()
    checkpoint.save("0" * 64, [{"id": "a"}])
    assert not (out / FOLDER).is_symlink() and os.listdir(elsewhere / FOLDER) == ["manifest.json"]


# ----- 4. deterministic ------------------------------------------------------------------------

def test_same_input_and_model_give_the_same_bytes(tmp_path, tiny_model):
    corpus = tmp_path / "corpus"
    write_corpus(corpus, articles=8, lines=40)
    for out, batch in (("a", "8"), ("b", "64")):  # --batch-size is accepted and changes nothing
        result = annotate(corpus, "--out", tmp_path / out, "--model", tiny_model, "--batch-size", batch)
        assert result.exit_code == 0, result.output
    assert_same_outputs(tmp_path / "a", tmp_path / "b")


# ----- 5. hostile text -------------------------------------------------------------------------

HOSTILE_IDS = ["../../evil.txt", "/tmp/evil-absolute.txt", "..\\..\\evil-windows.txt", "out/../../evil2", "\x00nul"]


def test_ids_and_names_from_input_never_write_outside_out(tmp_path, tiny_model, monkeypatch):
    corpus = tmp_path / "work" / "in"
    corpus.mkdir(parents=True)
    records = [{"id": rid, "text": f"The monitor said {i} people were killed in the town."}
               for i, rid in enumerate(HOSTILE_IDS)]
    (corpus / "records.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    (corpus / "..%2f..%2fname.txt").write_text("A file with a hostile name.", encoding="utf-8")
    saved = []
    real_save = Checkpoint.save
    monkeypatch.setattr(Checkpoint, "save", lambda self, name, recs: saved.append(self.folder / f"{name}.jsonl")
                        or real_save(self, name, recs))
    before = every_file(tmp_path)
    out = tmp_path / "work" / "out"
    assert annotate(corpus, "--out", out, "--model", tiny_model).exit_code == 0
    assert {Path(p).parent for p in every_file(tmp_path) - before} == {out, out / FOLDER}  # outputs + cache
    assert not Path("/tmp/evil-absolute.txt").exists()
    assert saved and all(p.parent == out / FOLDER and HEX_NAME.match(p.name) for p in saved)
    ids = {json.loads(line)["id"] for line in (out / "articles.jsonl").open(encoding="utf-8")}
    assert set(HOSTILE_IDS) <= ids  # kept verbatim, as data


def test_very_long_sentences_are_split_and_truncated_for_the_encoder(tiny_model):
    from annotator.models import load_model

    text = "x" * 100_000 + " " + "word " * 20_000
    sentences = segment(text)
    assert all(len(s.text) <= MAX_SENTENCE_CHARS for s in sentences) and len(sentences) >= 200
    # The tiny encoder has only 128 positions: a sentence fed whole would fail, truncated it scores.
    proba = load_model(tiny_model).predict_proba([sentences[0].text, sentences[-1].text])
    assert proba.shape == (2, 7)


ADVERSARIAL = ["." * 200_000, "x" * 200_000 + " . Next", "The agency said so. " * 10_000, "Mr. A" * 40_000,
               "[" * 200_000, "[a](" * 50_000, "\n" * 200_000, " " * 200_000 + ">", "“" * 100_000 + "." * 100_000]


def test_adversarial_text_takes_linear_time():
    # Each of these took minutes with backtracking patterns (quadratic in the line's length).
    start = time.perf_counter()
    for text in ADVERSARIAL:
        assert all(len(s.text) <= MAX_SENTENCE_CHARS for s in segment(markdown_to_text(text)))
    assert time.perf_counter() - start < 30  # seconds; about 2 here


def test_huge_html_is_cut_before_extraction(tmp_path, monkeypatch):
    monkeypatch.setattr(readers, "MAX_HTML_CHARS", 5_000)
    root = tmp_path / "in"
    root.mkdir()
    (root / "page.html").write_text("<html><body>" + "<p>The agency said the town fell on Tuesday.</p>\n" * 1000,
                                    encoding="utf-8")
    result = read_folder(root)
    assert len(result.articles[0].text) < 5_000
    assert reasons(result.problems) == {"page.html": ["repaired: HTML is 49,012 characters; kept the first 5,000 "
                                                      "(the limit)"]}


class _Recorder(http.server.BaseHTTPRequestHandler):
    requests: list[str] = []

    def do_GET(self):  # noqa: N802
        self.requests.append(self.path)
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"FETCHED-CONTENT")

    def log_message(self, *args):
        pass


def test_html_is_never_fetched_from_or_executed(tmp_path, monkeypatch):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}"
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-FILE", encoding="utf-8")
    attempts = []
    real_connect = socket.socket.connect

    def connect(sock, address):
        attempts.append(address)
        return real_connect(sock, address)

    monkeypatch.setattr(socket.socket, "connect", connect)
    root = tmp_path / "in"
    root.mkdir()
    (root / "page.html").write_text(f"""<!DOCTYPE html [<!ENTITY xxe SYSTEM "file://{secret}">
<!ENTITY remote SYSTEM "{url}/entity">]>
<html><head><title>Hostile page</title><base href="{url}/">
<link rel="stylesheet" href="{url}/style.css"><script src="{url}/script.js"></script>
<meta http-equiv="refresh" content="0; url={url}/refresh"></head>
<body><article><h1>Shelling hits the old city</h1>
<p>The monitor said twelve people were killed in the old city on Tuesday, and that dozens more were
wounded. &xxe; &remote;</p>
<p>Residents said the shelling began before dawn and lasted for several hours across the district.</p>
<img src="{url}/img.png"><iframe src="{url}/frame"></iframe><object data="{url}/object"></object>
<script>fetch("{url}/js"); document.write("INJECTED")</script>
</article></body></html>""", encoding="utf-8")
    try:
        result = read_folder(root)
    finally:
        server.shutdown()
    text = result.articles[0].text
    assert "The monitor said twelve people were killed" in text
    assert "TOP-SECRET-FILE" not in text and "FETCHED-CONTENT" not in text and "INJECTED" not in text
    assert _Recorder.requests == [] and attempts == []


def test_an_unchanged_folder_is_not_encoded_again(tmp_path, tiny_model, monkeypatch):
    import annotator.pipeline as pipeline

    corpus = tmp_path / "corpus"
    write_corpus(corpus, articles=3, lines=20)
    first = annotate_folder(corpus, tmp_path / "out", tiny_model)
    reference = (tmp_path / "out" / "claims.jsonl").read_bytes()

    def refuse(*args, **kwargs):
        raise AssertionError("an unchanged block was encoded again")

    monkeypatch.setattr(pipeline, "claim_embed", refuse)
    monkeypatch.setattr(pipeline, "sentence_records", refuse)
    monkeypatch.setattr("annotator.claims.build_claims", refuse)
    again = annotate_folder(corpus, tmp_path / "out", tiny_model)
    assert again.reused_blocks == again.blocks == first.blocks
    assert (tmp_path / "out" / "claims.jsonl").read_bytes() == reference


def test_new_scoring_weights_regroup_cached_claims(tmp_path, tiny_model, monkeypatch):
    corpus = tmp_path / "corpus"
    write_corpus(corpus, articles=2, lines=12)
    annotate_folder(corpus, tmp_path / "out", tiny_model)
    weights = tmp_path / "scoring.toml"
    weights.write_text("[type_weights]\nun_figure = 0.01\n", encoding="utf-8")
    calls = []
    import annotator.claims as claims

    real = claims.build_claims
    monkeypatch.setattr(claims, "build_claims", lambda *a, **k: calls.append(1) or real(*a, **k))
    annotate_folder(corpus, tmp_path / "out", tiny_model, scoring_file=weights)
    assert calls == [1]
    assert len(list((tmp_path / "out" / FOLDER).glob("claims-*.jsonl"))) == 1


def test_claim_vectors_are_reused_only_for_the_same_texts(tmp_path, tiny_model):
    checkpoint = Checkpoint(tmp_path, tiny_model, None, resume=False)
    vectors = np.arange(6, dtype=np.float32).reshape(2, 3)
    checkpoint.save_vectors("b1", vectors, ["one claim.", "another claim."])
    assert np.array_equal(checkpoint.load_vectors("b1", ["one claim.", "another claim."]), vectors)
    assert checkpoint.load_vectors("b1", ["one claim", "another claim."]) is None  # same count, other texts
    assert checkpoint.load_vectors("b2", ["one claim.", "another claim."]) is None


def test_records_made_by_other_code_are_not_reused(tmp_path):
    # A fixed mention rule changed sentence records without a version bump; the run key must see it.
    from annotator.checkpoint import code_digest

    (tmp_path / "mentions.py").write_text("SPEAKER = 1\n")
    before = code_digest(tmp_path)
    assert code_digest(tmp_path) == before
    (tmp_path / "mentions.py").write_text("SPEAKER = 2\n")
    assert code_digest(tmp_path) != before
    # a subpackage's rules count too: origin rules live in annotator/claims/
    (tmp_path / "claims").mkdir()
    (tmp_path / "claims" / "origins.py").write_text("RULE = 1\n")
    with_rule = code_digest(tmp_path)
    assert with_rule != before
    (tmp_path / "claims" / "origins.py").write_text("RULE = 2\n")
    assert code_digest(tmp_path) != with_rule


def test_claims_are_grouped_by_the_claim_model_given(tmp_path, tiny_model, tiny_encoder, monkeypatch):
    import annotator.pipeline as pipeline

    from .test_claim_encoder import write_claim_encoder

    folder = tmp_path / "claim-model"
    write_claim_encoder(folder, tiny_encoder)
    used, real = [], pipeline.claim_embed

    def spy(texts, naive=False, encoder=None):
        used.append(encoder)
        return real(texts, naive=naive, encoder=encoder)

    monkeypatch.setattr(pipeline, "claim_embed", spy)
    corpus = tmp_path / "corpus"
    write_corpus(corpus, articles=2, lines=10)
    summary = annotate_folder(corpus, tmp_path / "out", tiny_model, claim_model=folder)
    assert summary.claims >= 2 and used and set(used) == {folder}
    assert Checkpoint(tmp_path / "a", tiny_model, None, False, folder).key != \
        Checkpoint(tmp_path / "b", tiny_model, None, False).key  # a cached run of the other encoder is not reused
    result = annotate(corpus, "--out", tmp_path / "bad", "--model", tiny_model, "--claim-model", tmp_path / "nowhere")
    assert result.exit_code == 1 and "is not a claim-encoder folder" in result.output
