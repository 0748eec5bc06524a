import math

from core.embeddings import DIMENSIONS, Embedder


def test_vectors_are_normalised_minilm(embedder: Embedder) -> None:
    vectors = embedder.embed(["restart the print spooler", "print queue is stuck", "SSL expiry"])
    assert all(len(v) == DIMENSIONS == 384 for v in vectors)
    assert all(abs(math.sqrt(sum(x * x for x in v)) - 1.0) < 1e-4 for v in vectors)

    def cos(a: list[float], b: list[float]) -> float:
        return sum(x * y for x, y in zip(a, b, strict=True))

    assert cos(vectors[0], vectors[1]) > cos(vectors[0], vectors[2])


def test_empty_batch(embedder: Embedder) -> None:
    assert embedder.embed([]) == []
