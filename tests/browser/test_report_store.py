"""Where the report keeps review corrections: every report opened from file:// shares one browser
storage, so corrections must follow the articles' text, not their file names.
"""

from __future__ import annotations

import json

import pytest

from annotator.report import write_report
from report_fixture import records, write_model_config

pytestmark = pytest.mark.browser

SID = "000_leaks.txt#4"


def _report(folder, edit=None) -> str:
    """The fixture report in ``folder``; ``edit(sentence row)`` may change sentence texts."""
    articles, sentences, claims = records()
    for row in sentences:
        if edit:
            edit(row)
    texts = {}
    for row in sentences:
        texts.setdefault(row["article"], []).append(row["text"])
    for article in articles:
        article["text"] = " ".join(texts[article["id"]])
    claims = [c for c in claims if all(m["text"] in texts[m["article"]] for m in c["mentions"])]
    path = folder / "report.html"
    write_report(path, articles, sentences, claims, model_dir=str(write_model_config(folder / "model")))
    return path.resolve().as_uri()


def _correct(page, url: str, sid: str, label: str):
    p = page.open(url + "#view=review&s=" + sid.replace("#", "%23"))
    p.wait_for_function(f"() => document.querySelector('#review-card')?.dataset.sid === {json.dumps(sid)}")
    p.locator(f"#toggles button[data-label='{label}']").click()
    p.locator("#accept").click()
    p.wait_for_function(f"() => document.querySelector('#review-card').dataset.sid !== {json.dumps(sid)}")
    return p


def _exported(p, tmp_path) -> list[dict]:
    with p.expect_download() as info:
        p.locator("#export").click()
    target = tmp_path / "corrections.jsonl"
    info.value.save_as(target)
    return [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]


def test_two_folders_with_the_same_file_names_keep_their_own_corrections(page, tmp_path):
    first = _report(tmp_path / "a")
    second = _report(tmp_path / "b", edit=lambda row: row.update(text="Other folder: " + row["text"]))
    p = _correct(page, first, SID, "named_monitor")
    assert p.locator("#export").inner_text() == "Export corrections (1)"

    p = page.open(second)
    assert p.locator("#export").inner_text() == "Export corrections (0)"
    p = _correct(page, second, SID, "un_figure")
    assert [r["text"][:14] for r in _exported(p, tmp_path)] == ["Other folder: "]

    p = page.open(first)
    (record,) = _exported(p, tmp_path)
    assert record["id"] == SID and not record["text"].startswith("Other folder") and "named_monitor" in record["labels"]


def test_a_rerun_after_an_article_is_edited_keeps_the_other_corrections(page, tmp_path):
    first = _report(tmp_path / "a")
    _correct(page, first, SID, "named_monitor")
    edited = "002_sources.txt#0"

    def edit(row):
        if row["id"] == edited:
            row["text"] = row["text"].replace("wretched", "dire")

    p = page.open(_report(tmp_path / "b", edit=edit))
    assert p.locator("#export").inner_text() == "Export corrections (1)"
    p.evaluate(f"location.hash = {json.dumps('#view=article&id=000_leaks.txt&s=' + SID.replace('#', '%23'))}")
    p.wait_for_selector("#reader")
    assert p.locator(f"#reader .sent[data-sid='{SID}'] .corrected-mark").count() == 1
    (record,) = _exported(p, tmp_path)
    assert record["id"] == SID and "named_monitor" in record["labels"]


def test_an_adopted_store_is_not_adopted_again_after_the_reviewer_undoes_it(page, tmp_path):
    first = _report(tmp_path / "a")
    _correct(page, first, SID, "named_monitor")
    second = _report(tmp_path / "b", edit=lambda row: row.update(text=row["text"].replace("Idlib", "Idleb")))
    p = page.open(second)
    assert p.locator("#export").inner_text() == "Export corrections (1)"
    key = p.evaluate("JSON.parse(document.getElementById('report-data').textContent).key")
    p.evaluate(f"localStorage.setItem({json.dumps('annotator-report:' + key + ':corrections')}, '[]')")
    p.reload()
    p.wait_for_selector("html[data-ready]")
    assert p.locator("#export").inner_text() == "Export corrections (0)"


def test_exported_rows_carry_the_article_acronyms(page, tmp_path):
    defined = "Fighters of the National Front for Liberation (NFL) held the line."

    def edit(row):
        if row["id"] == "000_leaks.txt#3":
            row["text"] = defined

    url = _report(tmp_path / "a", edit=edit)
    p = _correct(page, url, SID, "named_monitor")
    (record,) = _exported(p, tmp_path)
    assert record["context"] == defined
    assert record["acronyms"] == [["NFL", "National Front for Liberation"]]


def _insert_sentence(text_at_1: str):
    """An edit that inserts a sentence at index 1 of 000_leaks.txt, shifting the ids after it."""
    def rows(sentences):
        out = []
        for row in sentences:
            if row["article"] == "000_leaks.txt" and row["index"] >= 1:
                row = {**row, "index": row["index"] + 1, "id": f"000_leaks.txt#{row['index'] + 1}"}
            out.append(row)
            if row["id"] == "000_leaks.txt#0":
                out.append({**row, "index": 1, "id": "000_leaks.txt#1", "text": text_at_1, "labels": [], "sources": []})
        return out
    return rows


def test_corrections_follow_their_sentence_when_an_inserted_one_shifts_the_ids(page, tmp_path):
    # Found by round 35's review: ids are "<article>#<index>", so a sentence inserted above a
    # corrected one changed its id and its correction was lost.
    first = _report(tmp_path / "a")
    _correct(page, first, SID, "named_monitor")
    articles, sentences, claims = records()
    sentences = _insert_sentence("An editor's note was added here.")(sentences)
    texts = {}
    for row in sentences:
        texts.setdefault(row["article"], []).append(row["text"])
    for article in articles:
        article["text"] = " ".join(texts[article["id"]])
    path = tmp_path / "b" / "report.html"
    write_report(path, articles, sentences, [], model_dir=str(write_model_config(tmp_path / "b" / "model")))
    p = page.open(path.resolve().as_uri())
    (record,) = _exported(p, tmp_path)
    assert record["id"] == "000_leaks.txt#5" and "named_monitor" in record["labels"]


def test_a_correction_is_not_taken_over_where_the_sentence_before_it_changed(page, tmp_path):
    first = _report(tmp_path / "a")
    _correct(page, first, SID, "named_monitor")  # its label may rest on the sentence before it

    def edit(row):
        if row["id"] == "000_leaks.txt#3":
            row["text"] = "The intercepted radio transmissions were never authenticated."

    p = page.open(_report(tmp_path / "b", edit=edit))
    assert p.locator("#export").inner_text() == "Export corrections (0)"


def _clear_all(p):
    p.evaluate("location.hash = '#view=review'")
    button = p.locator("#clear-corrections")
    button.click()
    button.click()
    p.wait_for_function("() => document.querySelector('#export').textContent === 'Export corrections (0)'")


def test_cleared_corrections_are_not_taken_over_again_by_a_later_report(page, tmp_path):
    # Found by round 35's audit: "Clear all" emptied this report's store, but the next run's report
    # took the cleared corrections back from the older store it had first taken them over from.
    other = "001_maaret.txt#5"
    first = _report(tmp_path / "a")
    _correct(page, first, SID, "named_monitor")
    _correct(page, first, other, "un_figure")

    def edit_other(row):
        if row["id"] == other:
            row["text"] = row["text"].replace("strategic", "vital")

    p = page.open(_report(tmp_path / "b", edit=edit_other))
    assert [r["id"] for r in _exported(p, tmp_path)] == [SID]
    _clear_all(p)

    p = page.open(_report(tmp_path / "c", edit=lambda row: row.update(text=row["text"].replace("Lavrov", "Lavroff"))))
    assert [r["id"] for r in _exported(p, tmp_path)] == [other]


def test_a_store_wholly_taken_over_is_removed_and_its_report_takes_it_back(page, tmp_path):
    first = _report(tmp_path / "a")
    p = _correct(page, first, SID, "named_monitor")
    first_key = p.evaluate("'annotator-report:' + JSON.parse(document.getElementById('report-data').textContent).key + ':corrections'")

    p = page.open(_report(tmp_path / "b", edit=lambda row: row.update(text=row["text"].replace("Lavrov", "Lavroff"))))
    assert p.locator("#export").inner_text() == "Export corrections (1)"
    assert p.evaluate(f"localStorage.getItem({json.dumps(first_key)})") is None

    p = page.open(first)
    (record,) = _exported(p, tmp_path)
    assert record["id"] == SID and "named_monitor" in record["labels"]
