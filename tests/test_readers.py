"""Readers: one test per format, metadata, and reporting of everything skipped."""

from pathlib import Path

import pytest

from annotator.readers import decode, read_folder

from .conftest import FIXTURES

ARTICLES = FIXTURES / "articles"


def by_id():
    result = read_folder(ARTICLES)
    return {a.id: a for a in result.articles}, result.problems


def test_txt_with_metadata_from_articles_csv():
    articles, _ = by_id()
    plain = articles["plain"]
    assert plain.title == "Aid convoy reaches besieged town"
    assert plain.publisher == "Desert Courier" and plain.date == "2020-01-02"
    assert "convoy of 40 trucks" in plain.text


def test_markdown_keeps_words_drops_markup():
    text = by_id()[0]["notes"].text
    assert "According to Reuters, strikes hit two fuel depots near Homs overnight." in text
    assert "](" not in text and "**" not in text and "#" not in text


def test_html_main_text_only_with_metadata():
    page = by_id()[0]["sub/page"]
    assert "Britain-based monitor said two children" in page.text
    for boilerplate in ("should never appear", "Most read", "All rights reserved", "Subscribe", "Home"):
        assert boilerplate not in page.text
    assert page.publisher == "Levant Wire"
    assert page.date == "2021-07-30"
    assert page.url == "https://levantwire.example/daraa-shelling"


def test_jsonl_records_and_malformed_lines_reported_by_line():
    articles, problems = by_id()
    assert articles["rec-1"].publisher == "Wire One" and articles["rec-2"].url == "https://example.org/2"
    lines = {p.line for p in problems if p.path.endswith("records.jsonl")}
    assert lines == {2, 4}


def test_unsupported_files_are_listed_not_dropped():
    _, problems = by_id()
    assert any(p.path.endswith("image.png") and p.action == "skipped" for p in problems)


def test_single_file_input(tmp_path: Path):
    path = tmp_path / "one.txt"
    path.write_text("A headline\nBody sentence here.", encoding="utf-8")
    result = read_folder(path)
    assert [a.id for a in result.articles] == ["one"]


def test_decode_encodings():
    french = "Les déplacés d'Alep ont fui vers le nord, a indiqué l'agence. " * 3
    assert decode(french.encode("latin-1"))[0] == french
    arabic = "قالت وكالة الأنباء إن القصف استهدف المدينة القديمة في درعا يوم الجمعة. " * 3
    text, note = decode(arabic.encode("cp1256"))
    assert text == arabic and "not UTF-8" in note
    text, note = decode("نزوح".encode("utf-16"))
    assert text == "نزوح" and "UTF-16" in note
    assert decode(b"\x00\x01\x02binary\x00")[0] is None


@pytest.mark.parametrize("text", [
    "Anaïs Lefèvre of Médecins Sans Frontières said the clinic was hit.",  # read as cp1250 before
    "Zoë Krüger said the café near the port was destroyed in a naïve attack.",  # read as cp775 before
])
def test_short_western_text_in_latin1_keeps_its_names(text):
    assert decode(text.encode("latin-1")) == (text, "not UTF-8; decoded as cp1252")


@pytest.mark.parametrize("text, encoding", [
    ("Zażółć gęślą jaźń, powiedział minister obrony narodowej w Warszawie.", "cp1250"),
    # round 31 code review: Central European names the cp1252 reading garbled ("Gdañsk", "Dvoøák")
    ("Polish officials in Gdańsk said Kaczyński would attend the summit in Poznań on Monday.", "cp1250"),
    ("Dvořák and Janáček were both played at the concert in the capital on Friday.", "cp1250"),
    ("The party called it a győzelem for the people of the country, officials said.", "cp1250"),
    ("The ministry gave the informações and the ação was agreed, officials in España said.", "cp1252"),
    ("Министерство обороны России заявило, что отразило атаку беспилотников на порт Бердянск.", "cp1251"),
])
def test_other_single_byte_text_keeps_its_own_reading(text, encoding):
    assert decode(text.encode(encoding))[0] == text


def test_html_tags_pasted_into_a_text_file_are_removed_and_reported(tmp_path):
    # Round 31 user audit: "<p>The governor said <b>three</b> sailors died.</p>" reached the sentences as written.
    (tmp_path / "a.txt").write_text("<p>The governor said <b>three</b> sailors died.</p>\n"
                                    "<p>Officials said the port &amp; the depot were hit.</p>\n", encoding="utf-8")
    result = read_folder(tmp_path)
    assert result.articles[0].text.split() == "The governor said three sailors died. Officials said the port & the " \
                                              "depot were hit.".split()
    assert [(p.action, p.reason) for p in result.problems] == [("repaired", "HTML tags removed")]
    (tmp_path / "a.txt").write_text("The army said 5 < 7 and x > y.", encoding="utf-8")  # no tags: as written
    assert read_folder(tmp_path).articles[0].text == "The army said 5 < 7 and x > y."
