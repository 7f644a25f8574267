"""The multilingual main-text benchmark's own metric (shared/bench/multilingual-extraction).

Each page comes with snippets that must appear in the main text (``with``)
and snippets that must not (``without``), as in trafilatura's evaluation.
A ``with`` snippet found in the extracted text is a true positive, else a
false negative; a ``without`` snippet found is a false positive, else a true
negative. Texts are compared with white space collapsed. Precision, recall,
F1 and accuracy are counted over all snippets of all pages (micro average).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from newsdesk_bench.shingles import Scores


@dataclass(frozen=True, slots=True)
class Snippets:
    """What one page's main text must hold and must leave out."""

    wanted: tuple[str, ...]
    unwanted: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SnippetCounts:
    true_positives: int = 0
    false_negatives: int = 0
    false_positives: int = 0
    true_negatives: int = 0


def collapse(text: str) -> str:
    """``text`` with every run of white space one plain space, trimmed."""
    return " ".join(text.split())


def count_snippets(predicted: str, snippets: Snippets) -> SnippetCounts:
    """How the snippets of one page fare in ``predicted``."""
    text = collapse(predicted)
    found_wanted = sum(collapse(s) in text for s in snippets.wanted)
    found_unwanted = sum(collapse(s) in text for s in snippets.unwanted)
    return SnippetCounts(
        true_positives=found_wanted,
        false_negatives=len(snippets.wanted) - found_wanted,
        false_positives=found_unwanted,
        true_negatives=len(snippets.unwanted) - found_unwanted,
    )


def aggregate_snippets(pages: Sequence[SnippetCounts]) -> Scores:
    """Micro-averaged precision, recall, F1 and accuracy over every snippet."""
    tp = sum(p.true_positives for p in pages)
    fn = sum(p.false_negatives for p in pages)
    fp = sum(p.false_positives for p in pages)
    tn = sum(p.true_negatives for p in pages)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    total = tp + fn + fp + tn
    accuracy = (tp + tn) / total if total else 0.0
    return Scores(precision, recall, f1, accuracy, len(pages))
