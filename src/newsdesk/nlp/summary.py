"""A short extractive summary: the two or three sentences that best stand for the article.

Each sentence of a body paragraph scores by centrality (how many of the
article's frequent content words it holds, length-normalised) and position
(news puts the gist first). Headings, very short or very long sentences and
sentences that are mostly quotation are left out. The chosen sentences keep
their order in the text. Linear in the tokens.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

from spacy.tokens import Doc, Span

from newsdesk.record import Paragraph

__all__ = ["summarise"]

_MIN_WORDS = 8
_MAX_WORDS = 70
_MAX_CHARS = 900
_QUOTE_MARKS = frozenset('"“”«»')


def summarise(doc: Doc, paragraphs: Sequence[Paragraph], *, sentences: int = 3) -> str | None:
    """Up to ``sentences`` sentences of ``doc``, joined by a space; None when none qualifies."""
    headings = [(p.start, p.end) for p in paragraphs if p.kind == "heading"]
    candidates: list[Span] = []
    for sent in doc.sents:
        words = [t for t in sent if t.is_alpha]
        if not (_MIN_WORDS <= len(words) <= _MAX_WORDS):
            continue
        if any(start <= sent.start_char < end for start, end in headings):
            continue
        if _mostly_quoted(sent):
            continue
        candidates.append(sent)
    if not candidates:
        return None
    counts: Counter[str] = Counter()
    for sent in candidates:
        counts.update({t.lemma_.lower() for t in sent if _content(t.is_alpha, t.is_stop)})
    scored: list[tuple[float, int]] = []
    for rank, sent in enumerate(candidates):
        lemmas = {t.lemma_.lower() for t in sent if _content(t.is_alpha, t.is_stop)}
        centrality = sum(counts[lemma] - 1 for lemma in lemmas) / math.sqrt(len(lemmas) + 1)
        position = 3.0 / (1.0 + rank)
        scored.append((centrality + position, rank))
    chosen = sorted(rank for _, rank in sorted(scored, reverse=True)[:sentences])
    parts: list[str] = []
    total = 0
    for rank in chosen:
        text = candidates[rank].text.strip()
        if parts and total + len(text) > _MAX_CHARS:
            continue
        parts.append(text)
        total += len(text) + 1
    return " ".join(parts) or None


def _content(is_alpha: bool, is_stop: bool) -> bool:
    return is_alpha and not is_stop


def _mostly_quoted(sent: Span) -> bool:
    text = sent.text
    marks = [i for i, ch in enumerate(text) if ch in _QUOTE_MARKS]
    if len(marks) < 2:
        return False
    return (marks[-1] - marks[0]) > 0.6 * len(text)
