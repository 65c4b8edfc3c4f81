"""Property-based tests (hypothesis): readers, segmenter and offsets, JSONL writers, report renderer."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from unittest import mock

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator import segment as segment_module
from annotator.jsonl import iter_jsonl, write_jsonl
from annotator.readers import decode, markdown_to_text, read_file
from annotator.report import render, report_data, write_report
from annotator.segment import MAX_SENTENCE_CHARS, segment
from annotator.taxonomy import LABEL_NAMES

FUZZ = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
BOMS = st.sampled_from([b"", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"])
# Pieces that exercise the segmenter's rules: marks, quotes, brackets, abbreviations, line breaks.
PIECES = st.sampled_from(list("aZ9 .!?…\"“”‘’'«»()[]\n\r\t-")
                         + ["\u2028", "\x85", "\x0c", "Mr.", "U.S.", " J. ", "ق", "  ", "...", ". The", "word"])
NEWS_TEXT = st.lists(PIECES, max_size=300).map("".join) | st.text(max_size=300)


# ----- readers ---------------------------------------------------------------------------------

@FUZZ
@given(bom=BOMS, data=st.binary(max_size=3000))
def test_decode_never_raises_and_gives_utf8_encodable_text(bom, data):
    text, note = decode(bom + data)
    assert text is None or isinstance(text.encode("utf-8"), bytes)
    assert note is None or isinstance(note, str)


@FUZZ
@given(suffix=st.sampled_from([".txt", ".md", ".html", ".jsonl"]), bom=BOMS,
       data=st.binary(max_size=2000) | st.text(max_size=2000).map(lambda t: t.encode("utf-8", "surrogatepass")))
def test_read_file_never_raises_and_never_drops_silently(suffix, bom, data):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"article{suffix}"
        path.write_bytes(bom + data)
        problems: list = []
        articles = read_file(path, Path(tmp), problems)
    assert articles or any(p.action == "skipped" for p in problems)
    for article in articles:
        assert article.text.strip()
        json.dumps(article.__dict__, ensure_ascii=False).encode("utf-8")  # writable as UTF-8


JSON_VALUES = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
                           lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
                           max_leaves=12)
LINES = st.one_of(
    st.fixed_dictionaries({"text": st.text()}, optional={"id": JSON_VALUES, "title": JSON_VALUES}).map(json.dumps),
    st.fixed_dictionaries({"text": st.text()}).map(lambda r: json.dumps(r, ensure_ascii=False)),
    JSON_VALUES.map(json.dumps),
    st.text(alphabet=st.characters(exclude_characters="\n", exclude_categories=("Cs",))),  # UTF-8 cannot hold a lone surrogate
)


@FUZZ
@given(lines=st.lists(LINES, max_size=12))
def test_jsonl_articles_every_line_is_an_article_or_a_numbered_problem(lines):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "records.jsonl"
        path.write_text("\n".join(lines), encoding="utf-8")
        problems: list = []
        articles = read_file(path, Path(tmp), problems)
    if any(p.reason == "binary file, not text" for p in problems):  # a raw NUL: the whole file is reported
        assert articles == []
        return
    skipped = {p.line for p in problems if p.line is not None and p.action == "skipped"}
    used = {int(a.path.rsplit("#", 1)[1]) for a in articles}
    blank = {n for n, line in enumerate(lines, 1) if not line.strip()}
    assert not skipped & used and skipped | used | blank == set(range(1, len(lines) + 1))


@FUZZ
@given(text=NEWS_TEXT)
def test_markdown_to_text_never_raises(text):
    assert isinstance(markdown_to_text(text), str)


# ----- segmenter and offsets -------------------------------------------------------------------

@FUZZ
@given(text=NEWS_TEXT, limit=st.sampled_from([6, 40, MAX_SENTENCE_CHARS]), repeat=st.sampled_from([1, 1, 40]))
def test_sentences_slice_back_in_order_without_overlap_or_overlength(text, limit, repeat):
    text = text * repeat
    with mock.patch.object(segment_module, "MAX_SENTENCE_CHARS", limit):
        sentences = segment(text)
    previous_end = 0
    for s in sentences:
        assert text[s.start:s.end] == s.text  # offsets slice back to the text
        assert previous_end <= s.start < s.end  # in order, no overlap, never empty
        assert len(s.text) <= limit and s.text == s.text.strip()
        previous_end = s.end
    covered = "".join(s.text for s in sentences)
    assert "".join(text.split()) == "".join(covered.split())  # nothing but whitespace is dropped


# ----- JSONL writers ---------------------------------------------------------------------------

RECORDS = st.lists(st.dictionaries(st.text(), JSON_VALUES, max_size=6), max_size=8)


@FUZZ
@given(records=RECORDS)
def test_jsonl_round_trips_any_unicode_record(records):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "out.jsonl"
        assert write_jsonl(path, records) == len(records)
        assert [record for _, record in iter_jsonl(path)] == records
        assert path.read_bytes().count(b"\n") == len(records)


LONE_SURROGATES = st.lists(st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF), min_size=1).map("x".join)


@FUZZ
@given(value=LONE_SURROGATES)
def test_jsonl_writes_lone_surrogates_as_escapes_and_reads_them_back(value):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "out.jsonl"
        write_jsonl(path, [{value: value}])
        path.read_bytes().decode("utf-8")  # the file is valid UTF-8
        assert [record for _, record in iter_jsonl(path)] == [{value: value}]


# ----- report renderer -------------------------------------------------------------------------

HOSTILE = st.sampled_from(["<script>alert(1)</script>", "</script><script>x()</script>", "<!--", "<ScRiPt src=//x>",
                           "{{SCRIPT}}", "<img src=x onerror=alert(2)>", "]]><", "\u2028\u2029", "&lt;script&gt;"])
DATA_TEXT = st.lists(HOSTILE | st.text(max_size=20), max_size=4).map("".join)
EMPTY_PAGE = render(report_data([], [], []))


def run_records(text: str, ident: str) -> tuple[list, list, list]:
    """One article, sentence and claim with ``text`` in every string field."""
    article = {"id": ident, "path": text, "title": text, "publisher": text, "date": text, "url": text, "text": text}
    sentence = {"id": f"{ident}#0", "article": ident, "index": 0, "start": 0, "end": len(text), "text": text,
                "labels": [LABEL_NAMES[1]], "scores": {name: 0.5 for name in LABEL_NAMES},
                "sources": [{"label": LABEL_NAMES[1], "start": 0, "end": len(text), "text": text, "source": text,
                             "kind": text, "leaning": text}]}
    claim = {"claim_id": text, "text": text, "score": 50, "grade": text, "explanation": text,
             "mentions": [{"article": ident, "sentence_id": f"{ident}#0", "text": text, "labels": [LABEL_NAMES[1]]},
                          {"article": text, "sentence_id": text, "text": text, "labels": []}],
             "profile": {"type_counts": {}, "sources": [{"name": text, "kind": text, "leaning": text}],
                         "publishers": [{"name": text, "by": text}], "origins": [{"name": text}], "flags": [text]}}
    return [article], [sentence], [claim]


@FUZZ
@given(text=DATA_TEXT, ident=DATA_TEXT.filter(bool))
def test_report_data_never_opens_a_tag(text, ident):
    page = render(report_data(*run_records(text, ident), model_dir=text))
    # Every "<" on the page is the template's own: data adds none, so no <script, no <!--.
    assert page.count("<") == EMPTY_PAGE.count("<")
    assert page.lower().count("<script") == 2 and "\u2028" not in page


@settings(max_examples=25, deadline=None)
@given(text=DATA_TEXT, ident=DATA_TEXT.filter(bool))
def test_written_report_never_opens_a_tag(text, ident):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "report.html"
        write_report(path, *run_records(text, ident), model_dir=text)
        page = path.read_text(encoding="utf-8")
    assert page.count("<") == EMPTY_PAGE.count("<") and page.lower().count("<script") == 2
