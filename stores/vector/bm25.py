"""BM25 sparse vectors, computed in-process by Qdrant Edge's tokenizer for both backends.

Documents carry term-frequency weights; the IDF part is applied by the engine (the sparse
vector is configured with the IDF modifier), so Edge and server rank alike.
"""

from __future__ import annotations

from functools import lru_cache

from qdrant_edge import Bm25, SparseVector


@lru_cache(maxsize=1)
def _model() -> Bm25:
    return Bm25()


def embed_document(text: str) -> SparseVector:
    return _model().embed_document(text)


def embed_query(text: str) -> SparseVector:
    return _model().embed_query(text)
