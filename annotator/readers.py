"""Read a folder of articles: .txt, .md, .html/.htm and .jsonl article records.

Nothing is silently dropped: every file that is skipped, or read only after a
repair (another encoding, malformed lines), yields a :class:`Problem`.
"""

from __future__ import annotations

import csv
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

TEXT_SUFFIXES = {".txt", ".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl"}
METADATA_FILE = "articles.csv"
MAX_FILE_BYTES = 64 * 1024 * 1024
META_FIELDS = ("title", "publisher", "date", "url")


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

    def metadata(self) -> dict:
        return {name: getattr(self, name) for name in META_FIELDS}


@dataclass
class Problem:
    """An input that was skipped or repaired, with the reason."""

    path: str
    action: str  # "skipped" or "repaired"
    reason: str
    line: int | None = None

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


def decode(data: bytes) -> tuple[str | None, str | None]:
    """Decode bytes to text. Returns ``(text, note)``: note names a non-UTF-8 encoding used;
    text is None for binary data."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "decoded as UTF-16"
    if b"\x00" in data[:4096]:
        return None, None
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

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


_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_PREFIX = re.compile(r"^(\s{0,3}#{1,6}\s+|\s*>\s?|\s*[-*+]\s+)", re.M)
_MD_EMPHASIS = re.compile(r"(\*\*|__|`)")


def markdown_to_text(text: str) -> str:
    """Plain text from Markdown: links keep their words, heading/quote/list markers and emphasis go."""
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_PREFIX.sub("", text)
    return _MD_EMPHASIS.sub("", text)


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
    try:
        with open(path, encoding="utf-8-sig", newline="") as handle:
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
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        problems.append(Problem(str(path), "skipped", f"cannot read metadata CSV ({exc})"))
    return table


def _walk(root: Path, problems: list[Problem]) -> Iterator[Path]:
    """Files under root, sorted, following directory symlinks once (loops are reported)."""
    seen: set[str] = set()

    def onerror(exc: OSError) -> None:
        problems.append(Problem(exc.filename or str(root), "skipped", f"cannot list folder ({exc.strerror})"))

    for dirpath, dirnames, filenames in os.walk(root, followlinks=True, onerror=onerror):
        real = os.path.realpath(dirpath)
        if real in seen:
            problems.append(Problem(dirpath, "skipped", "symlink loop: folder already visited"))
            dirnames[:] = []
            continue
        seen.add(real)
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if not name.startswith("."):
                yield Path(dirpath) / name


def _records_from_jsonl(path: Path, text: str, root: Path, problems: list[Problem]) -> list[Article]:
    articles = []
    base = _article_id(root, path)
    for number, line in enumerate(text.splitlines(), 1):
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
        rid = record.get("id")
        rid = str(rid) if rid not in (None, "") else f"{base}#{number}"
        meta = {k: str(record[k]) for k in META_FIELDS if record.get(k) not in (None, "")}
        articles.append(Article(id=rid, path=f"{path}#{number}", text=record["text"], **meta))
    return articles


def read_file(path: Path, root: Path, problems: list[Problem]) -> list[Article]:
    """Articles in one file (none if it is skipped; the reason goes to ``problems``)."""
    suffix = path.suffix.lower()
    if suffix not in TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES:
        problems.append(Problem(str(path), "skipped", f"unsupported file type '{suffix or path.name}'"))
        return []
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            problems.append(Problem(str(path), "skipped",
                                    f"file is {size // 2**20} MB, over the {MAX_FILE_BYTES // 2**20} MB limit"))
            return []
        data = path.read_bytes()
    except OSError as exc:
        problems.append(Problem(str(path), "skipped", f"cannot read file ({exc.strerror})"))
        return []
    text, note = decode(data)
    if text is None:
        problems.append(Problem(str(path), "skipped", "binary file, not text"))
        return []
    if note:
        problems.append(Problem(str(path), "repaired", note))
    if suffix in JSONL_SUFFIXES:
        return _records_from_jsonl(path, text, root, problems)
    meta: dict = {}
    if suffix in HTML_SUFFIXES:
        text, meta = html_to_article(text)
    elif suffix in {".md", ".markdown"}:
        text = markdown_to_text(text)
    if not text.strip():
        problems.append(Problem(str(path), "skipped", "no text in file"))
        return []
    meta.setdefault("title", _title_of(text))
    return [Article(id=_article_id(root, path), path=str(path), text=text, **meta)]


def read_folder(root: Path) -> ReadResult:
    """All articles under ``root`` (or the single file ``root``), in sorted path order."""
    root = Path(root)
    result = ReadResult()
    if root.is_file():
        result.articles = read_file(root, root.parent, result.problems)
        return result
    metadata: dict[str, dict] = {}
    csv_path = root / METADATA_FILE
    if csv_path.is_file():
        metadata = _read_metadata_csv(csv_path, result.problems)
    for path in _walk(root, result.problems):
        if path == csv_path:
            continue
        for article in read_file(path, root, result.problems):
            extra = metadata.get(path.name) or metadata.get(article.id) or {}
            for key, value in extra.items():
                if value:
                    setattr(article, key, value)
            result.articles.append(article)
    seen: dict[str, int] = {}
    for article in result.articles:
        if article.id in seen:
            seen[article.id] += 1
            new_id = f"{article.id}~{seen[article.id]}"
            result.problems.append(Problem(article.path, "repaired", f"duplicate article id '{article.id}'; renamed '{new_id}'"))
            article.id = new_id
        else:
            seen[article.id] = 1
    return result
