"""JSON Lines reading and atomic writing."""

from __future__ import annotations

import json
import os
import re
import tempfile
from pathlib import Path
from typing import Iterable, Iterator

from .errors import DataFileError


_SURROGATE = re.compile("[\ud800-\udfff]")


def dumps(record: dict) -> str:
    """One record as a deterministic JSON line (keys kept in insertion order).

    Text stays as UTF-8 characters, except lone surrogates (which no UTF-8 file can hold):
    they are written as ``\\udXXX`` escapes, so every string round-trips exactly.
    """
    line = json.dumps(record, ensure_ascii=False, separators=(", ", ": "))
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", line)


def atomic_write_text(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` via a temporary file and rename, so a crash never leaves half a file."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp creates 0600; outputs are ordinary files
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def write_jsonl(path: Path, records: Iterable[dict]) -> int:
    """Atomically write records as JSON Lines; returns the number written."""
    lines = [dumps(r) for r in records]
    atomic_write_text(path, "".join(line + "\n" for line in lines))
    return len(lines)


def iter_jsonl(path: Path) -> Iterator[tuple[int, dict]]:
    """Yield ``(line_number, record)`` for each non-blank line; bad JSON raises DataFileError naming the line."""
    path = Path(path)
    try:
        handle = open(path, encoding="utf-8-sig")
    except FileNotFoundError:
        raise DataFileError(path, "file not found; check the path") from None
    except OSError as exc:
        raise DataFileError(path, f"cannot be read ({exc.strerror})") from None
    with handle:
        try:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise DataFileError(path, f"invalid JSON ({exc.msg}); each line must be one JSON object",
                                        number) from None
                if not isinstance(record, dict):
                    raise DataFileError(path, "each line must be a JSON object", number)
                yield number, record
        except UnicodeDecodeError:
            raise DataFileError(path, "is not UTF-8 text; re-save it as UTF-8") from None
