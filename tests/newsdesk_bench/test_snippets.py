"""The multilingual benchmark's metric: snippets found, and not found, in the main text."""

from __future__ import annotations

import pytest

from newsdesk_bench.snippets import Snippets, aggregate_snippets, count_snippets

SNIPPETS = Snippets(
    wanted=("La nueva línea de tranvía", "más de diez mil pasajeros"),
    unwanted=("Lea también: el metro cierra", "Suscríbase al boletín"),
)


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        (
            "La nueva  línea de\ntranvía abrió el lunes con más de diez mil pasajeros.",
            (2, 0, 0, 2),  # white space is collapsed before comparing
        ),
        ("La nueva línea de tranvía abrió. Lea también: el metro cierra", (1, 1, 1, 1)),
        ("", (0, 2, 0, 2)),
    ],
)
def test_count_snippets(text: str, counts: tuple[int, int, int, int]) -> None:
    found = count_snippets(text, SNIPPETS)
    assert (
        found.true_positives,
        found.false_negatives,
        found.false_positives,
        found.true_negatives,
    ) == counts


def test_scores_are_counted_over_all_snippets() -> None:
    pages = [
        count_snippets("La nueva línea de tranvía", SNIPPETS),  # tp 1, fn 1, tn 2
        count_snippets("más de diez mil pasajeros. Suscríbase al boletín", SNIPPETS),  # tp1 fn1 fp1
    ]
    scores = aggregate_snippets(pages)
    assert scores.precision == pytest.approx(2 / 3)
    assert scores.recall == pytest.approx(2 / 4)
    assert scores.f1 == pytest.approx(2 * (2 / 3) * 0.5 / (2 / 3 + 0.5))
    assert scores.accuracy == pytest.approx(5 / 8)
    assert scores.pages == 2
