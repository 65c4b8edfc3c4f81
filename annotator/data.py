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

    def to_dict(self) -> dict:
        record = {"id": self.id, "article": self.article, "text": self.text, "labels": self.labels}
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
                                article=None if article is None else str(article)))
    if not examples:
        raise DataFileError(path, "holds no labelled sentences")
    return examples


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
    and the acronyms its article defines (:func:`annotator.features.with_context`)."""
    from .features import with_context

    return with_context([e.text for e in examples], [e.article for e in examples])


def data_hash(examples: list[Example]) -> str:
    """Content hash of labelled data (text and labels, in order)."""
    digest = hashlib.sha256()
    for ex in examples:
        digest.update(ex.text.encode("utf-8") + b"\x1f" + ",".join(ex.labels).encode() + b"\x1e")
    return digest.hexdigest()[:16]
