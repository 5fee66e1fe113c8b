"""How central each sentence is among the article's sentences (LexRank-style).

Each sentence is a bag of content lemmas weighted by tf-idf, where a
"document" of the idf is a sentence of the same article; sentences are
linked by the cosine of their vectors, and a sentence is central when it is
similar to sentences that are themselves central (PageRank over that graph,
a fixed number of power iterations, so the result is deterministic).

Vectors are dense numpy arrays over the article's vocabulary: a few hundred
lemmas by a few dozen sentences, cheap beside the parse.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

import numpy as np
from numpy.typing import NDArray

DAMPING = 0.85
ITERATIONS = 30

Matrix = NDArray[np.float64]


def inverse_frequencies(bags: Sequence[Counter[str]]) -> dict[str, float]:
    """The idf of each lemma, counting sentences as documents (smoothed)."""
    frequency: Counter[str] = Counter()
    for bag in bags:
        frequency.update(bag.keys())
    count = len(bags)
    return {word: math.log((1 + count) / (1 + df)) + 1.0 for word, df in sorted(frequency.items())}


def similarities(bags: Sequence[Counter[str]], idf: dict[str, float]) -> Matrix:
    """The cosine similarity of every pair of sentences (1 on the diagonal unless empty)."""
    column = {word: index for index, word in enumerate(idf)}
    vectors = np.zeros((len(bags), len(column)))
    for row, bag in enumerate(bags):
        for word, count in bag.items():
            vectors[row, column[word]] = count * idf[word]
    norms = np.linalg.norm(vectors, axis=1)
    norms[norms == 0] = 1.0
    unit = vectors / norms[:, None]
    matrix: Matrix = unit @ unit.T
    return matrix


def centrality(matrix: Matrix) -> list[float]:
    """PageRank over the similarity graph, scaled so that the most central sentence is 1."""
    size = matrix.shape[0]
    if size == 0:
        return []
    links = matrix.copy()
    np.fill_diagonal(links, 0.0)
    totals = links.sum(axis=1)
    dangling = totals == 0
    totals[dangling] = 1.0
    transition = links / totals[:, None]
    transition[dangling] = 1.0 / size
    scores = np.full(size, 1.0 / size)
    for _ in range(ITERATIONS):
        scores = (1 - DAMPING) / size + DAMPING * (scores @ transition)
    top = float(scores.max())
    return [float(score) / top for score in scores]


def centroid_similarity(bags: Sequence[Counter[str]], idf: dict[str, float]) -> list[float]:
    """Cosine of each sentence with the article's centroid (MEAD), the best scaled to 1.

    The centroid holds the tf-idf weight, over the whole article, of every
    lemma used in more than one sentence: what the article keeps returning to.
    """
    total: Counter[str] = Counter()
    for bag in bags:
        total.update(bag)
    centroid = {word: count * idf[word] for word, count in total.items() if count > 1}
    norm = math.sqrt(sum(value * value for value in centroid.values())) or 1.0
    scores = []
    for bag in bags:
        vector = {word: count * idf[word] for word, count in bag.items()}
        length = math.sqrt(sum(value * value for value in vector.values())) or 1.0
        scores.append(sum(value * centroid.get(word, 0.0) for word, value in vector.items()) / (length * norm))
    return _scaled(scores)


def term_density(bags: Sequence[Counter[str]]) -> list[float]:
    """How densely each sentence packs terms that other sentences share, the best scaled to 1."""
    frequency: Counter[str] = Counter()
    for bag in bags:
        frequency.update(bag.keys())
    return _scaled([sum(frequency[word] - 1 for word in bag) / (1 + sum(bag.values())) for bag in bags])


def _scaled(scores: list[float]) -> list[float]:
    top = max(scores, default=0.0)
    return [score / top for score in scores] if top > 0 else scores
