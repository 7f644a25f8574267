"""The article-extraction benchmark's own metric (shared/bench/article-extraction).

Texts become multisets of 4-token shingles over ``\\w+`` tokens (case kept);
page precision and recall compare the multisets; precision is averaged over
pages with a non-empty prediction, recall over all pages; F1 comes from the
two means. Accuracy is the share of pages whose token sequence is exact.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

_TOKEN = re.compile(r"\w+")
SHINGLE_SIZE = 4


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def shingles(text: str) -> Counter[tuple[str, ...]]:
    toks = tokens(text)
    if not toks:
        return Counter()
    if len(toks) < SHINGLE_SIZE:
        return Counter([tuple(toks)])
    return Counter(tuple(toks[i : i + SHINGLE_SIZE]) for i in range(len(toks) - SHINGLE_SIZE + 1))


@dataclass(frozen=True, slots=True)
class PageScore:
    precision: float | None  # None when the prediction is empty
    recall: float
    exact: bool


@dataclass(frozen=True, slots=True)
class Scores:
    precision: float
    recall: float
    f1: float
    accuracy: float
    pages: int


def score_page(predicted: str, gold: str) -> PageScore:
    pred, ref = shingles(predicted), shingles(gold)
    tp = sum((pred & ref).values())
    fp = sum((pred - ref).values())
    fn = sum((ref - pred).values())
    precision = tp / (tp + fp) if pred else None
    recall = tp / (tp + fn) if (tp + fn) else 0.0
    return PageScore(precision=precision, recall=recall, exact=tokens(predicted) == tokens(gold))


def aggregate(pages: Sequence[PageScore]) -> Scores:
    precisions = [p.precision for p in pages if p.precision is not None]
    precision = sum(precisions) / len(precisions) if precisions else 0.0
    recall = sum(p.recall for p in pages) / len(pages) if pages else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    accuracy = sum(p.exact for p in pages) / len(pages) if pages else 0.0
    return Scores(precision, recall, f1, accuracy, len(pages))


def score(pairs: Iterable[tuple[str, str]]) -> Scores:
    """Score ``(predicted, gold)`` pairs, one per page."""
    return aggregate([score_page(pred, gold) for pred, gold in pairs])
