"""Read a folder of articles: .txt, .md, .html/.htm and .jsonl article records.

Nothing is silently dropped: every file that is skipped, or read only after a
repair (another encoding, malformed lines, text cut at ``MAX_ARTICLE_CHARS``),
yields a :class:`Problem`. No input crashes a read: an unexpected failure on one
file skips that file with the error as its reason.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

TEXT_SUFFIXES = {".txt", ".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl"}
METADATA_FILE = "articles.csv"
MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_HTML_CHARS = 10_000_000  # HTML beyond this is cut before extraction, which slows on huge pages
MAX_ARTICLE_CHARS = 1_000_000  # an article's text beyond this is cut (at whitespace) and reported
META_FIELDS = ("title", "publisher", "date", "url")
# Lone surrogates come from undecodable bytes in file names and "\\ud800" escapes in JSON;
# no UTF-8 output can hold them, so they become U+FFFD.
_SURROGATES = re.compile("[\ud800-\udfff]")


def _encodable(text: str) -> str:
    return _SURROGATES.sub("\ufffd", text)


@dataclass
class Article:
    """One article: its id, where it came from, its plain text and metadata."""

    id: str
    path: str
    text: str
    title: str | None = None
    publisher: str | None = None
    date: str | None = None
    url: str | None = None

    def __post_init__(self):
        self.id, self.path = _encodable(self.id), _encodable(self.path)

    def metadata(self) -> dict:
        return {name: getattr(self, name) for name in META_FIELDS}


@dataclass
class Problem:
    """An input that was skipped or repaired, with the reason."""

    path: str
    action: str  # "skipped" or "repaired"
    reason: str
    line: int | None = None

    def __post_init__(self):
        self.path, self.reason = _encodable(self.path), _encodable(self.reason)

    def to_dict(self) -> dict:
        record = {"path": self.path, "action": self.action, "reason": self.reason}
        if self.line is not None:
            record["line"] = self.line
        return record


@dataclass
class ReadResult:
    articles: list[Article] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


_MULTIBYTE = {"big5", "gb2312", "gb18030", "gbk", "euc_jp", "euc_kr", "shift_jis", "cp932", "cp949",
              "cp950", "johab", "iso2022_jp", "hz"}


# Letters and punctuation of Western European text: a cp1252 reading whose non-ASCII characters
# are all of these, in words a Western language spells, is taken over the detector's guess, which
# short samples push to cp1250 or cp775 ("Anaïs Lefèvre" read as "Anaďs Lefčvre"). Central European
# text read as cp1252 gives "³", "¹", "Gdañsk", "Dvoøák", "gyõzelem", which keep the detector's reading.
_WESTERN = frozenset("àáâãäåæçèéêëìíîïñòóôõöøùúûüýÿœßÀÁÂÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜŒ"
                     "‘’‚“”„–—…€£°·«»§©®•†‡‰‹›™\u00a0")
_ODD_LETTER = re.compile(r"ñ(?![aeiou])|õ(?!e)", re.I)  # "Gdañsk", "Poznañ", "gyõzelem"; not "España", "ações"
_PORTUGUESE = re.compile(r"ç[õã]", re.I)  # "informações", "ação": two accented letters in one word


def _odd_word(word: str) -> bool:
    """Whether a word with non-ASCII letters is spelt as no Western language spells it."""
    accented = sum(ord(c) >= 0x80 for c in word)
    return bool(_ODD_LETTER.search(word)) or accented > 1 and not _PORTUGUESE.search(word)


def _western(data: bytes) -> str | None:
    """``data`` read as cp1252 if it is mostly ASCII, every other character it gives is Western
    European, and no word is spelt as only Central European text read as cp1252 spells it."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    high = [c for c in text if ord(c) >= 0x80]
    letters = sum(c.isalpha() for c in text)
    # Western text is mostly ASCII; Cyrillic or Arabic read as cp1252 is mostly accented letters
    if not high or not set(high) <= _WESTERN or len(high) >= 0.25 * max(letters, 1):
        return None
    words = {w for w in re.findall(r"\w+", text) if not w.isascii()}
    return None if any(_odd_word(w) for w in words) else text


def decode(data: bytes) -> tuple[str | None, str | None]:
    """Decode bytes to text; never raises. Returns ``(text, note)``: note says how the text was
    repaired (a non-UTF-8 encoding used, bytes replaced), if it was; text is None for binary data."""
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), None
        except UnicodeDecodeError:
            return data[3:].decode("utf-8", errors="replace"), "invalid UTF-8 bytes replaced by U+FFFD"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "decoded as UTF-16"
    if b"\x00" in data[:4096]:
        return None, None
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    western = _western(data)
    if western is not None:
        return western, "not UTF-8; decoded as cp1252"
    best = from_bytes(data).best()
    if best is None:
        return None, None
    encoding = best.encoding
    high = sum(b >= 0x80 for b in data[:65536]) / max(1, min(len(data), 65536))
    if high < 0.1 and encoding in _MULTIBYTE:
        # Mostly-ASCII text with a few high bytes is single-byte Western text, which
        # short samples lead the detector to mistake for a CJK encoding.
        encoding = "cp1252"
        return data.decode(encoding, errors="replace"), f"not UTF-8; decoded as {encoding}"
    return str(best), f"not UTF-8; decoded as {encoding}"


def _title_of(text: str) -> str | None:
    for line in text.splitlines():
        if line.strip():
            return line.strip()[:300]
    return None


# Patterns never span lines or brackets, so no input makes them backtrack quadratically.
_MD_LINK = re.compile(r'!?\[([^\[\]\n]*)\]\([^()\s]*(?:[ \t]+"[^"\n]*")?\)')
_MD_PREFIX = re.compile(r"^([ \t]{0,3}#{1,6}[ \t]+|[ \t]*>[ \t]?|[ \t]*[-*+][ \t]+)", re.M)
_MD_EMPHASIS = re.compile(r"(\*\*|__|`)")


def markdown_to_text(text: str) -> str:
    """Plain text from Markdown: links keep their words, heading/quote/list markers and emphasis go."""
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_PREFIX.sub("", text)
    return _MD_EMPHASIS.sub("", text)


# Tags pasted into a .txt or .md file ("<p>The governor said <b>three</b> …</p>"): block tags end a
# line, inline ones go, so they never reach a sentence.
_TAG = re.compile(r"</?(?:p|div|br|li|ul|ol|h[1-6]|blockquote|section|article|span|b|i|em|strong|a|u|sup|sub|font)"
                  r"(?:\s[^<>]{0,500})?/?>", re.I)
_BLOCK_TAG = re.compile(r"^</?(?:p|div|br|li|ul|ol|h[1-6]|blockquote|section|article)\b", re.I)


def markup_stripped(text: str) -> str | None:
    """``text`` without the HTML tags pasted into it (entities decoded), or None if it holds fewer than two."""
    if len(_TAG.findall(text[:200_000])) < 2:
        return None
    import html

    return html.unescape(_TAG.sub(lambda m: "\n" if _BLOCK_TAG.match(m.group(0)) else "", text))


def html_to_article(html: str) -> tuple[str, dict]:
    """Main text and metadata of an HTML page (navigation, scripts and boilerplate dropped)."""
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False,
                               favor_precision=False, deduplicate=False) or ""
    meta = {}
    doc = trafilatura.extract_metadata(html)
    if doc is not None:
        meta = {"title": doc.title, "publisher": doc.sitename, "date": doc.date, "url": doc.url}
    return text, {k: v for k, v in meta.items() if v}


def _article_id(root: Path, path: Path) -> str:
    rel = path.relative_to(root) if path != root else Path(path.name)
    return rel.with_suffix("").as_posix()


def _read_metadata_csv(path: Path, problems: list[Problem]) -> dict[str, dict]:
    """Rows of articles.csv keyed by file name and by id; missing columns are reported, not fatal."""
    table: dict[str, dict] = {}
    text = _read_text(path, problems)
    if text is None:
        return table
    try:
        with io.StringIO(text, newline="") as handle:
            reader = csv.DictReader(handle)
            columns = set(reader.fieldnames or [])
            keys = columns & {"file", "id", "path"}
            if not keys:
                problems.append(Problem(str(path), "skipped",
                                        "no 'file' or 'id' column; add one naming each article file"))
                return table
            if not columns & set(META_FIELDS):
                problems.append(Problem(str(path), "repaired",
                                        "no title/publisher/date/url column; nothing to add"))
            for number, row in enumerate(reader, 2):
                meta = {k: (row.get(k) or "").strip() or None for k in META_FIELDS}
                for key in keys:
                    value = (row.get(key) or "").strip()
                    if value:
                        table[value] = meta
                if not any(row.get(k) for k in keys):
                    problems.append(Problem(str(path), "repaired", "row has no file or id; row ignored", number))
    except csv.Error as exc:
        problems.append(Problem(str(path), "skipped", f"cannot read metadata CSV ({exc})"))
    return table


def _identity(path: Path) -> tuple[int, int]:
    info = os.stat(path)
    return info.st_dev, info.st_ino


def _listing(folder: Path) -> tuple[list[Path], list[Path]]:
    """Visible files and sub-folders of ``folder`` (symlinks followed), each sorted by name."""
    files, folders = [], []
    with os.scandir(folder) as entries:
        for entry in sorted(entries, key=lambda e: e.name):
            if entry.name.startswith("."):
                continue
            try:
                is_dir = entry.is_dir()
            except OSError:  # e.g. a symlink loop between files: read_file reports it
                is_dir = False
            (folders if is_dir else files).append(Path(entry.path))
    return files, folders


def _walk(root: Path, problems: list[Problem], exclude: Path | None = None) -> Iterator[Path]:
    """Files under root, depth first in sorted order, without recursion (so any depth), following
    folder symlinks; a folder reached twice (a symlink loop) and an unlistable folder are
    reported. The folder ``exclude`` (the run's own output folder) is passed over."""
    skip = _identity(exclude) if exclude is not None and exclude.is_dir() else None
    seen: set[tuple[int, int]] = set()
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            identity = _identity(folder)
            if identity == skip and folder != root:
                continue
            if identity in seen:
                problems.append(Problem(str(folder), "skipped", "folder already read (a symlink loop or a "
                                                                   "second link to it)"))
                continue
            seen.add(identity)
            files, folders = _listing(folder)
        except OSError as exc:
            problems.append(Problem(str(folder), "skipped", f"cannot list folder ({exc.strerror})"))
            continue
        yield from files
        stack.extend(reversed(folders))


def _records_from_jsonl(path: Path, text: str, root: Path, problems: list[Problem]) -> list[Article]:
    articles = []
    base = _article_id(root, path)
    # Lines end at "\n" only: str.splitlines would also cut at U+2028 and the like, which JSON
    # strings may hold raw.
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(Problem(str(path), "skipped", f"invalid JSON ({exc.msg})", number))
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            problems.append(Problem(str(path), "skipped", "record needs a string 'text' field", number))
            continue
        if not record["text"].strip():
            problems.append(Problem(str(path), "skipped", "record's 'text' is empty", number))
            continue
        rid = record.get("id")
        rid = str(rid) if rid not in (None, "") else f"{base}#{number}"
        fields = {"id": rid, "text": record["text"],
                  **{k: str(record[k]) for k in META_FIELDS if record.get(k) not in (None, "")}}
        if any(_SURROGATES.search(value) for value in fields.values()):
            problems.append(Problem(str(path), "repaired", "lone surrogate escapes replaced by U+FFFD", number))
            fields = {k: _encodable(v) for k, v in fields.items()}
        articles.append(Article(path=f"{path}#{number}", **fields))
    if not articles:
        problems.append(Problem(str(path), "skipped", "no article records in file"))
    return articles


def _cut(text: str, limit: int) -> str:
    """The first ``limit`` characters of ``text``, ending at the last whitespace if there is one late enough."""
    space = max(text.rfind(" ", 0, limit), text.rfind("\n", 0, limit))
    return text[:space] if space > limit // 2 else text[:limit]


def _capped(text: str, limit: int, what: str, path: Path, problems: list[Problem]) -> str:
    if len(text) <= limit:
        return text
    problems.append(Problem(str(path), "repaired", f"{what} is {len(text):,} characters; "
                                                   f"kept the first {limit:,} (the limit)"))
    return _cut(text, limit)


def _read_bytes(path: Path, problems: list[Problem]) -> bytes | None:
    """The file's bytes, or None (reported) if it is not a regular file, too big or unreadable."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            problems.append(Problem(str(path), "skipped", "not a regular file (a pipe, device or socket)"))
            return None
        if info.st_size > MAX_FILE_BYTES:
            problems.append(Problem(str(path), "skipped", f"file is {info.st_size // 2**20} MB, "
                                                          f"over the {MAX_FILE_BYTES // 2**20} MB limit"))
            return None
        return path.read_bytes()
    except OSError as exc:
        problems.append(Problem(str(path), "skipped", f"cannot read file ({exc.strerror or exc})"))
        return None


def _read_text(path: Path, problems: list[Problem]) -> str | None:
    """The file's decoded text (another encoding is reported as a repair), or None if skipped (reported)."""
    data = _read_bytes(path, problems)
    if data is None:
        return None
    text, note = decode(data)
    if text is None:
        problems.append(Problem(str(path), "skipped", "binary file, not text"))
    elif note:
        problems.append(Problem(str(path), "repaired", note))
    return text


def read_file(path: Path, root: Path, problems: list[Problem]) -> list[Article]:
    """Articles in one file (none if it is skipped; the reason goes to ``problems``)."""
    suffix = path.suffix.lower()
    if suffix not in TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES:
        problems.append(Problem(str(path), "skipped", f"unsupported file type '{suffix or path.name}'"))
        return []
    text = _read_text(path, problems)
    if text is None:
        return []
    if suffix in JSONL_SUFFIXES:
        articles = _records_from_jsonl(path, text, root, problems)
    else:
        articles = _article_from_text(path, text, root, problems)
    for article in articles:
        article.text = _capped(article.text, MAX_ARTICLE_CHARS, f"article '{article.id}'", path, problems)
    return articles


def _article_from_text(path: Path, text: str, root: Path, problems: list[Problem]) -> list[Article]:
    """The one article of a .txt, .md or .html file (none, reported, if it holds no text)."""
    suffix = path.suffix.lower()
    meta: dict = {}
    if suffix in HTML_SUFFIXES:
        text, meta = html_to_article(_capped(text, MAX_HTML_CHARS, "HTML", path, problems))
    elif suffix in {".md", ".markdown"}:
        text = markdown_to_text(text)
    if suffix not in HTML_SUFFIXES and (plain := markup_stripped(text)) is not None:
        problems.append(Problem(str(path), "repaired", "HTML tags removed"))
        text = plain
    if not text.strip():
        problems.append(Problem(str(path), "skipped", "no text in file"))
        return []
    meta.setdefault("title", _title_of(text))
    return [Article(id=_article_id(root, path), path=str(path), text=text, **meta)]


def _read_isolated(path: Path, root: Path, problems: list[Problem]) -> list[Article]:
    """:func:`read_file`, with any unexpected failure (say, in a third-party parser) skipping only that file."""
    try:
        return read_file(path, root, problems)
    except Exception as exc:  # noqa: BLE001 -- one bad file must not end the batch
        problems.append(Problem(str(path), "skipped", f"could not be read ({type(exc).__name__}: {exc})"))
        return []


def _unique_ids(result: ReadResult) -> None:
    """Rename repeated article ids ``id~2``, ``id~3`` … (reported), never onto an id in use."""
    taken = {article.id for article in result.articles}
    seen: set[str] = set()
    for article in result.articles:
        if article.id not in seen:
            seen.add(article.id)
            continue
        number = 2
        while f"{article.id}~{number}" in taken:
            number += 1
        new_id = f"{article.id}~{number}"
        result.problems.append(Problem(article.path, "repaired",
                                       f"duplicate article id '{article.id}'; renamed '{new_id}'"))
        taken.add(new_id)
        article.id = new_id


def read_folder(root: Path, exclude: Path | None = None) -> ReadResult:
    """All articles under ``root`` (or the single file ``root``), in sorted path order.

    ``exclude`` names a folder not to read (the run's own ``--out`` when it lies inside ``root``).
    """
    root = Path(root)
    result = ReadResult()
    if root.is_file():
        result.articles = _read_isolated(root, root.parent, result.problems)
        return result
    metadata: dict[str, dict] = {}
    csv_path = root / METADATA_FILE
    if csv_path.is_file():
        metadata = _read_metadata_csv(csv_path, result.problems)
    for path in _walk(root, result.problems, None if exclude is None else Path(exclude)):
        if path == csv_path:
            continue
        for article in _read_isolated(path, root, result.problems):
            extra = metadata.get(path.name) or metadata.get(article.id) or {}
            for key, value in extra.items():
                if value:
                    setattr(article, key, value)
            result.articles.append(article)
    _unique_ids(result)
    return result
