"""The checkpoint of an ``annotate`` run, which ``annotate --resume`` continues after a kill.

Articles are classified in blocks (see :func:`annotator.pipeline.blocks`). As each block
finishes, its sentence records are written atomically to ``OUT/.partial/<hash>.jsonl`` (and the
embeddings of its claim mentions to ``<hash>.npz``, with a digest of the texts embedded), the
hash covering the run key (model, source registry, annotator version and code) and the block's articles
(ids, texts, sentence offsets). File names are hashes only, so nothing from the input ever
names a path. ``manifest.json`` records the run key, the model folder and the blocks' hashes.

The grouped claims of a run are kept too (``claims-<hash>.jsonl``), the hash covering every
block, the articles' metadata, the scoring weights and the claims code, so re-annotating an
unchanged folder neither classifies nor groups anything.

A resumed run reuses every block whose file exists and classifies the rest. Since a block's
hash fixes all of its inputs, and blocks depend only on the input, the resumed outputs are
byte-identical to an uninterrupted run's. A finished run removes the folder.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

from . import __version__
from .errors import AnnotatorError
from .jsonl import atomic_write_text, iter_jsonl, write_jsonl

FOLDER = ".partial"
MANIFEST = "manifest.json"
FORMAT = 1


def code_digest(package: Path = Path(__file__).parent) -> str:
    """Hash of the package's code, its subpackages (``claims/``) and its data files: records and
    claims made by other code (a fixed mention or origin rule, say) are not reused, whatever the
    version number says."""
    digest = hashlib.sha256()
    files = [p for p in package.rglob("*") if p.is_file() and (p.suffix == ".py" or p.parent.name == "data")
             and "__pycache__" not in p.parts]
    for path in sorted(files, key=lambda p: p.relative_to(package).as_posix()):
        name = path.relative_to(package).as_posix()
        digest.update(name.encode() + b"\0" + hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def run_key(model_dir: Path, sources_file: Path | None, claim_model: Path | None = None) -> str:
    """Hash of everything besides the articles that sentence records and claims depend on (the
    claim encoder, ``claim_model`` or the shipped one, and its pair scorer included)."""
    from .claim_pairs import FILE as PAIR_FILE
    from .claims import claim_encoder_dir
    from .encoder import bf16_supported
    from .registry import DEFAULT_REGISTRY
    from .transformer import CONFIG_FILE, WEIGHTS_FILE

    digest = hashlib.sha256(f"{FORMAT}\0{__version__}\0{bf16_supported()}\0{code_digest()}".encode())
    claim_dir = claim_encoder_dir(claim_model)
    claim_files = (claim_dir / CONFIG_FILE, claim_dir / WEIGHTS_FILE) if claim_dir else ()
    if claim_dir and (claim_dir / PAIR_FILE).exists():
        claim_files += (claim_dir / PAIR_FILE,)
    for path in (Path(model_dir) / CONFIG_FILE, Path(model_dir) / WEIGHTS_FILE, DEFAULT_REGISTRY, sources_file,
                 *claim_files):
        if path is not None:
            digest.update(hashlib.sha256(Path(path).read_bytes()).digest())
    return digest.hexdigest()


def _texts_digest(texts: list[str]) -> bytes:
    return hashlib.sha256("\0".join(texts).encode("utf-8", "surrogatepass")).digest()


def block_hash(key: str, block: list[tuple]) -> str:
    """Hash naming one block of ``(article, sentences)`` pairs under run key ``key``."""
    digest = hashlib.sha256(key.encode())
    for article, sentences in block:
        spans = ",".join(f"{s.start}:{s.end}" for s in sentences)
        for part in (article.id, article.text, spans):
            digest.update(hashlib.sha256(part.encode("utf-8", "surrogatepass")).digest())
    return digest.hexdigest()


NOTES = {"missing": "no checkpoint to resume; annotating everything",
         "other": "the checkpoint was made with another model, claim encoder, source registry or annotator code; "
                  "starting over",
         "same": "resuming from the checkpoint"}


class Checkpoint:
    """Finished blocks of one run in ``out_dir/.partial``.

    Without ``resume`` any earlier checkpoint is discarded. With it, the earlier checkpoint is
    kept if it was made with the same run key; ``note`` says what happened, for the summary,
    and ``reused`` counts the blocks taken from it (of ``blocks``).
    """

    def __init__(self, out_dir: Path, model_dir: Path, sources_file: Path | None, resume: bool,
                 claim_model: Path | None = None):
        self.folder = Path(out_dir) / FOLDER
        self.model_dir = Path(model_dir)
        self.key = run_key(self.model_dir, sources_file, claim_model)
        self.blocks = 0
        self.reused = 0
        self.hashes: list[str] = []
        self.claims_name = ""
        state = self._state() if resume else "missing"
        if state != "same":
            self.remove()
        self.note = NOTES[state] if resume else ""

    def _state(self) -> str:
        """Whether an earlier checkpoint is "missing", from an "other" run key, or the "same"
        (a symlink in its place is "other": the checkpoint is never written through a link)."""
        if self.folder.is_symlink():
            return "other"
        try:
            manifest = json.loads((self.folder / MANIFEST).read_text(encoding="utf-8"))
        except FileNotFoundError:
            return "missing"
        except (OSError, ValueError):
            return "other"
        return "same" if isinstance(manifest, dict) and manifest.get("run") == self.key else "other"

    def start(self, hashes: list[str]) -> None:
        """Write the manifest: run key, model folder and the hash of every block, in order."""
        self.blocks = len(hashes)
        self.hashes = list(hashes)
        manifest = {"format": FORMAT, "run": self.key, "model": str(self.model_dir), "blocks": hashes}
        atomic_write_text(self.folder / MANIFEST, json.dumps(manifest, indent=1) + "\n")

    def load(self, name: str, sentences: int) -> list[dict] | None:
        """The records of block ``name`` if finished earlier (and whole), else None."""
        path = self.folder / f"{name}.jsonl"
        if not path.is_file():
            return None
        try:
            records = [record for _, record in iter_jsonl(path)]
        except AnnotatorError:
            return None
        if len(records) != sentences:
            return None
        self.reused += 1
        return records

    def save(self, name: str, records: list[dict]) -> None:
        """Record block ``name`` as finished (atomically: a kill leaves it whole or absent)."""
        write_jsonl(self.folder / f"{name}.jsonl", records)

    def load_vectors(self, name: str, texts: list[str]):
        """The claim vectors saved with block ``name`` for exactly these ``texts`` (a float32 array,
        one row per text), or None: vectors of other texts (say, after a change of what claim
        grouping embeds) are never reused."""
        import numpy as np

        try:
            with np.load(self.folder / f"{name}.npz", allow_pickle=False) as saved:
                vectors, digest = saved["vectors"], saved["texts"].tobytes()
        except (OSError, ValueError, KeyError):
            return None
        if (digest != _texts_digest(texts) or vectors.ndim != 2 or len(vectors) != len(texts)
                or vectors.dtype != np.float32):
            return None
        return vectors

    def save_vectors(self, name: str, vectors, texts: list[str]) -> None:
        """Keep block ``name``'s claim vectors of ``texts`` (written to a temporary file, then renamed)."""
        import numpy as np

        self.folder.mkdir(parents=True, exist_ok=True)
        tmp = self.folder / f".{name}.npz.tmp"
        with open(tmp, "wb") as f:
            np.savez(f, vectors=vectors, texts=np.frombuffer(_texts_digest(texts), dtype=np.uint8))
        tmp.replace(self.folder / f"{name}.npz")

    def claims_hash(self, articles: list, scoring) -> str:
        """Hash naming the grouped claims of this run's blocks (call after :meth:`start`), given
        the articles (their metadata: the publisher is scored) and the scoring weights."""
        import dataclasses

        from . import claims, scoring as scoring_module

        digest = hashlib.sha256(self.key.encode())
        for part in (*self.hashes, json.dumps([a.metadata() for a in articles], sort_keys=True, default=str),
                     json.dumps(dataclasses.asdict(scoring), sort_keys=True)):
            digest.update(hashlib.sha256(part.encode("utf-8", "surrogatepass")).digest())
        for module in (claims, scoring_module):
            digest.update(hashlib.sha256(Path(module.__file__).read_bytes()).digest())
        return digest.hexdigest()

    def load_claims(self, name: str) -> list[dict] | None:
        """The claims saved under ``name`` by an earlier run, or None; remembered for :meth:`prune`."""
        self.claims_name = name
        path = self.folder / f"claims-{name}.jsonl"
        if not path.is_file():
            return None
        try:
            return [record for _, record in iter_jsonl(path)]
        except AnnotatorError:
            return None

    def save_claims(self, name: str, claims: list[dict]) -> None:
        """Keep this run's claims (atomically) for the next run over the same folder."""
        self.claims_name = name
        write_jsonl(self.folder / f"claims-{name}.jsonl", claims)

    def prune(self) -> None:
        """Keep only this run's blocks and claims, so the folder serves as a content-hash cache for
        the next run."""
        manifest = json.loads((self.folder / MANIFEST).read_text(encoding="utf-8"))
        keep = {f"{name}{ext}" for name in manifest["blocks"] for ext in (".jsonl", ".npz")} | {MANIFEST}
        if self.claims_name:
            keep.add(f"claims-{self.claims_name}.jsonl")
        for path in self.folder.iterdir():
            if path.name not in keep:
                path.unlink()

    def remove(self) -> None:
        """Delete the checkpoint (a symlink in its place is unlinked, never followed)."""
        if self.folder.is_symlink() or self.folder.is_file():
            self.folder.unlink()
        elif self.folder.is_dir():
            shutil.rmtree(self.folder)
