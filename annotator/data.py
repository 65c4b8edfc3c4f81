"""Labelled sentences in the taxonomy's gold-file format (gold sets, training data, corrections)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from .errors import DataFileError
from .jsonl import iter_jsonl
from .taxonomy import LABEL_NAMES, check_labels, sort_labels


@dataclass
class Example:
    """One labelled sentence."""

    text: str
    labels: list[str]
    id: str | None = None
    article: str | None = None
    context: str | None = None
    acronyms: tuple | None = None

    def to_dict(self) -> dict:
        record = {"id": self.id, "article": self.article, "text": self.text, "labels": self.labels,
                  "context": self.context,
                  "acronyms": None if self.acronyms is None else [list(pair) for pair in self.acronyms]}
        return {k: v for k, v in record.items() if v is not None}


def load_examples(path: Path, check_ids: bool = True) -> list[Example]:
    """Read and validate a gold-format JSONL file; every error names the file, the line and the fix."""
    examples: list[Example] = []
    seen_ids: dict[str, int] = {}
    for number, record in iter_jsonl(path):
        text = record.get("text")
        labels = record.get("labels")
        if not isinstance(text, str) or not text.strip():
            raise DataFileError(path, "needs a non-empty string field 'text'", number)
        if not isinstance(labels, list) or not all(isinstance(x, str) for x in labels):
            raise DataFileError(path, "needs a field 'labels' holding a list of label names "
                                      "([] for unattributed)", number)
        unknown = check_labels(labels)
        if unknown:
            raise DataFileError(path, f"unknown label(s) {', '.join(map(repr, unknown))}; "
                                      f"valid labels are {', '.join(LABEL_NAMES)}", number)
        rid = record.get("id")
        if rid is not None and not isinstance(rid, (str, int)):
            raise DataFileError(path, "'id' must be a string", number)
        if check_ids and rid is not None:
            if str(rid) in seen_ids:
                raise DataFileError(path, f"duplicate id '{rid}' (first on line {seen_ids[str(rid)]}); "
                                          "ids must be unique", number)
            seen_ids[str(rid)] = number
        article = record.get("article")
        examples.append(Example(text=text, labels=sort_labels(labels),
                                id=None if rid is None else str(rid),
                                article=None if article is None else str(article),
                                **_context_fields(record, path, number)))
    if not examples:
        raise DataFileError(path, "holds no labelled sentences")
    return examples


def _context_fields(record: dict, path: Path, number: int) -> dict:
    """The optional ``context`` (the sentence before, in its article) and ``acronyms`` (``[acronym,
    full name]`` pairs the article spells out) that the report exports with each correction."""
    context, acronyms = record.get("context"), record.get("acronyms")
    if context is not None and not isinstance(context, str):
        raise DataFileError(path, "'context' must be a string (the sentence before, \"\" for none)", number)
    if acronyms is not None and not (isinstance(acronyms, list) and all(
            isinstance(p, list) and len(p) == 2 and all(isinstance(x, str) for x in p) for p in acronyms)):
        raise DataFileError(path, "'acronyms' must be a list of [acronym, full name] pairs", number)
    return {"context": context, "acronyms": None if acronyms is None else tuple(tuple(p) for p in acronyms)}


def load_many(paths: list[Path]) -> list[Example]:
    """Examples from several files, in the order given."""
    out: list[Example] = []
    for path in paths:
        out.extend(load_examples(path))
    return out


CORRECTIONS_PREFIX = "corrections-"


def data_files(folder: Path) -> list[Path]:
    """The ``*.jsonl`` files of a training-data folder: written data sorted by name, then
    reviewer corrections oldest first (so a later correction of the same sentence wins)."""
    folder = Path(folder)
    if folder.is_file():
        return [folder]
    files = sorted(folder.glob("*.jsonl"), key=lambda p: (p.name.startswith(CORRECTIONS_PREFIX), p.name))
    if not files:
        raise DataFileError(folder, "no *.jsonl training files found")
    return files


def merge_examples(examples: list[Example]) -> list[Example]:
    """De-duplicate by whitespace-normalised text: the last occurrence wins, in the first one's place."""
    index: dict[str, int] = {}
    merged: list[Example] = []
    for example in examples:
        key = " ".join(example.text.split())
        if key in index:
            merged[index[key]] = example
        else:
            index[key] = len(merged)
            merged.append(example)
    return merged


def model_inputs(examples: list[Example]) -> list[tuple[str, str, tuple]]:
    """Each sentence paired with the previous sentence of its article (file order), for context,
    and the acronyms its article defines (:func:`annotator.features.with_context`); a sentence's
    own ``context`` and ``acronyms`` (exported corrections carry them) take their place."""
    from .features import CONTEXT_CHARS, with_context

    items = with_context([e.text for e in examples], [e.article for e in examples])
    return [(text, context if e.context is None else e.context[-CONTEXT_CHARS:],
             defined if e.acronyms is None else tuple(sorted(e.acronyms)))
            for (text, context, defined), e in zip(items, examples)]


def data_hash(examples: list[Example]) -> str:
    """Content hash of labelled data (text, labels and any own context, in order)."""
    digest = hashlib.sha256()
    for ex in examples:
        digest.update(ex.text.encode("utf-8") + b"\x1f" + ",".join(ex.labels).encode())
        if ex.context is not None or ex.acronyms is not None:  # data without them keeps its old hash
            digest.update(b"\x1f" + repr((ex.context, ex.acronyms)).encode("utf-8"))
        digest.update(b"\x1e")
    return digest.hexdigest()[:16]
