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


def test_word_pieces_are_unit_vectors_in_context(embedder: Embedder) -> None:
    (pieces, rows), (empty_pieces, _) = embedder.embed_pieces(["Restart the print spooler", ""])
    assert pieces[:3] == ["restart", "the", "print"] and "".join(pieces[3:]) == "sp##ool##er"
    assert rows.shape == (len(pieces), DIMENSIONS)
    assert abs(float((rows**2).sum(1).max()) - 1.0) < 1e-4
    assert empty_pieces == []
    assert embedder.embed_pieces([]) == []


def test_a_text_longer_than_the_model_reads_is_cut(embedder: Embedder) -> None:
    ((pieces, rows),) = embedder.embed_pieces(["word " * 1000])
    assert len(pieces) == len(rows) == 254  # 256 less the tokenizer's two markers
