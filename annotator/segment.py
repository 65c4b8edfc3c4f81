"""Sentence segmentation for news text, with character offsets.

Every line is a block of its own, so headlines, captions and page furniture
without a final period stay separate sentences. Inside a line, a sentence ends
at ``.``, ``!`` or ``?`` (with any closing quotes or brackets) followed by
space and a capital, digit or opening quote, except after a known
abbreviation or an initial, and never inside an open quotation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_SENTENCE_CHARS = 1000

ABBREVIATIONS = frozenset("""
mr mrs ms dr prof gen brig maj col lt capt cpt sgt cpl adm cmdr gov sen rep rev
st mt ft jr sr messrs hon pres supt insp atty engr fr pvt cdr
jan feb mar apr jun jul aug sep sept oct nov dec
no nos vol pp fig approx est dept univ assn bros inc corp co ltd
vs etc al e.g i.e u.s u.k u.n u.a.e u.s.a a.m p.m
""".split())

OPEN_QUOTES = "“‘«"
CLOSE_QUOTES = "”’»"
# A match starts only at the first mark of a run (the lookbehind), and the word before a period
# is searched for in a short window, so a line of any length is split in linear time.
_BOUNDARY = re.compile(r"(?<![.!?…])[.!?…]+[\"”’'»)\]]*(?=\s+[\"“‘'«(\[]?[A-Z0-9\u0600-\u06FF])")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.\-]*)$")
_WORD_WINDOW = 80


@dataclass(frozen=True)
class Sentence:
    """A sentence: its text and where it lies in the article text (``text == article[start:end]``)."""

    start: int
    end: int
    text: str


def _is_abbreviation(line: str, dot: int) -> bool:
    """True if the period at ``dot`` closes an abbreviation or an initial rather than a sentence."""
    match = _WORD_BEFORE.search(line, max(0, dot - _WORD_WINDOW), dot)
    if not match:
        return False
    word = match.group(1)
    if len(word) == 1 and word.isupper():
        return True
    last = word.split("-")[-1]
    return last.lower().rstrip(".") in ABBREVIATIONS or word.lower().rstrip(".") in ABBREVIATIONS


# Abbreviations a sentence may end in, and words that open the next one: "…between 11 p.m. and
# 3 a.m. The mission said …" is two sentences; "3 a.m. Friday", "the U.S. Army" stay one.
_FINAL = frozenset("a.m p.m u.s u.k u.n u.s.a u.a.e etc inc ltd co jr sr".split())
_OPENS = re.compile(r"\s+[\"“‘'«(\[]?(?:The|A|An|He|She|It|They|We|I|This|That|These|Those|In|On|At|But|And|After|Before|"
                    r"When|While|There|His|Her|Its|Their|Our|Meanwhile|However|Earlier|Later)\b")


def _ends_sentence(line: str, dot: int, end: int) -> bool:
    """Whether an abbreviation that may end a sentence (:data:`_FINAL`) does, the next word opening one."""
    match = _WORD_BEFORE.search(line, max(0, dot - _WORD_WINDOW), dot)
    return bool(match and match.group(1).lower().rstrip(".") in _FINAL and _OPENS.match(line, end))


def _quote_depth_ok(line: str) -> list[bool]:
    """For each position, whether it lies outside any quotation.

    Curly quotes nest by open/close; straight double quotes toggle. If the
    line's quotes do not balance (a quote running on into the next
    paragraph), quotes are ignored for that line rather than gluing it whole.
    """
    outside = [True] * (len(line) + 1)
    depth = 0
    straight_open = False
    for i, char in enumerate(line):
        if char == "“" or char == "«":
            depth += 1
        elif (char == "”" or char == "»") and depth:
            depth -= 1
        elif char == '"':
            straight_open = not straight_open
        outside[i + 1] = depth == 0 and not straight_open
    if depth or straight_open:
        return [True] * (len(line) + 1)
    return outside


def _split_long(start: int, text: str) -> list[tuple[int, int]]:
    """Cut a run of text longer than MAX_SENTENCE_CHARS at whitespace (or hard) so the encoder never gets it whole."""
    pieces = []
    pos = 0
    while len(text) - pos > MAX_SENTENCE_CHARS:
        cut = text.rfind(" ", pos + MAX_SENTENCE_CHARS // 2, pos + MAX_SENTENCE_CHARS)
        cut = cut if cut > pos else pos + MAX_SENTENCE_CHARS
        pieces.append((pos, cut))
        pos = cut
    pieces.append((pos, len(text)))
    spans = []
    for a, b in pieces:
        chunk = text[a:b]
        lead = len(chunk) - len(chunk.lstrip())
        chunk = chunk.strip()
        if chunk:
            spans.append((start + a + lead, start + a + lead + len(chunk)))
    return spans


def _split_line(line: str, offset: int) -> list[tuple[int, int]]:
    outside = _quote_depth_ok(line)
    cuts = [0]
    for match in _BOUNDARY.finditer(line):
        end = match.end()
        if not outside[end]:
            continue
        first_dot = match.start()
        if line[first_dot] == "." and match.group(0).startswith(".") and len(match.group(0).rstrip("\"”’'»)]")) == 1:
            if _is_abbreviation(line, first_dot) and not _ends_sentence(line, first_dot, end):
                continue
        cuts.append(end)
    cuts.append(len(line))
    spans = []
    for a, b in zip(cuts, cuts[1:]):
        chunk = line[a:b]
        stripped = chunk.strip()
        if not stripped:
            continue
        lead = len(chunk) - len(chunk.lstrip())
        spans.extend(_split_long(offset + a + lead, stripped))
    return spans


def segment(text: str) -> list[Sentence]:
    """Split article text into sentences with offsets into ``text``."""
    sentences = []
    offset = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        if body.strip():
            for start, end in _split_line(body, offset):
                sentences.append(Sentence(start, end, text[start:end]))
        offset += len(line)
    return sentences
