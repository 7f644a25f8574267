"""Quote marks of seed-like pages (``marks``): an unclosed fragment never runs
over paragraphs, a quotation opened as a sentence still does.
"""

from __future__ import annotations

from collections.abc import Callable

from newsdesk.nlp.quotes.find import QuoteCandidate
from newsdesk.nlp.quotes.marks import scan_quotes


def _speaker(text: str, quote: QuoteCandidate) -> str | None:
    return text[slice(*quote.speaker_span)] if quote.speaker_span else None


def test_unclosed_fragment_does_not_swallow_the_next_paragraphs_quote(
    quotes_in: Callable[[str], list[QuoteCandidate]],
) -> None:
    text = (
        'Ortiz said exports had grown by "more than anyone expected and would keep rising.'
        '\n\n"We have learned to rely on ourselves," he said.'
    )
    spans, warnings = scan_quotes(text)
    assert warnings
    assert [text[s.start : s.end] for s in spans] == ["We have learned to rely on ourselves,"]
    direct = [q for q in quotes_in(text) if q.kind == "direct"]
    assert [(q.text, _speaker(text, q)) for q in direct] == [
        ("We have learned to rely on ourselves,", "he")
    ]


def test_quote_opened_as_a_sentence_still_runs_over_paragraphs() -> None:
    text = 'She said: "We will build.\n\n"And we will finish," she added.'
    spans, _ = scan_quotes(text)
    assert len(spans) == 1
    assert "We will build." in text[spans[0].start : spans[0].end]
