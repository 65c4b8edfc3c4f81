"""Gold-format files: the optional context and acronyms that exported corrections carry."""

import json

import pytest

from annotator.data import Example, data_hash, load_examples, model_inputs
from annotator.errors import DataFileError

OPENING = "The Syrian Observatory for Human Rights (SOHR) counted 12 dead."
BACK = "The SOHR said the toll would rise."
ROWS = [{"id": "a#0", "article": "a", "text": OPENING, "labels": ["named_monitor"]},
        {"id": "a#1", "article": "a", "text": BACK, "labels": ["named_monitor"]}]


def write(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_an_exported_row_is_read_as_its_article_read_it(tmp_path):
    in_article = model_inputs(load_examples(write(tmp_path / "article.jsonl", ROWS)))
    alone = {**ROWS[1], "context": OPENING, "acronyms": [["SOHR", "Syrian Observatory for Human Rights"]]}
    exported = load_examples(write(tmp_path / "export.jsonl", [alone]))
    assert model_inputs(exported) == in_article[1:]
    assert model_inputs(load_examples(write(tmp_path / "bare.jsonl", [ROWS[1]])))[0][1:] == ("", ())


def test_context_and_acronyms_survive_a_rewrite(tmp_path):
    row = {**ROWS[1], "context": OPENING, "acronyms": [["SOHR", "Syrian Observatory for Human Rights"]]}
    (example,) = load_examples(write(tmp_path / "one.jsonl", [row]))
    assert example.to_dict() == row


def test_rows_without_context_keep_their_data_hash():
    bare = [Example(text=r["text"], labels=r["labels"]) for r in ROWS]
    assert data_hash(bare) == "451f7c5c0c92047a"  # as computed before context existed (recorded in metrics.json)
    with_context = [Example(text=ROWS[1]["text"], labels=ROWS[1]["labels"], context=OPENING)]
    assert data_hash(with_context) != data_hash(bare[1:])


@pytest.mark.parametrize("field, value, message", [
    ("context", 3, "'context' must be a string"),
    ("acronyms", [["SOHR"]], "'acronyms' must be a list of \\[acronym, full name\\] pairs"),
    ("acronyms", "SOHR", "'acronyms' must be a list"),
])
def test_malformed_context_fields_name_the_line(tmp_path, field, value, message):
    path = write(tmp_path / "bad.jsonl", [ROWS[0], {**ROWS[1], field: value}])
    with pytest.raises(DataFileError, match=f"line 2.*{message}|{message}.*line 2"):
        load_examples(path)
