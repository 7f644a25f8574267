"""Who said what: direct, partial and indirect quotations of a body, with cue and speaker mention.

``find_quotes(doc)`` takes the spaCy doc of a record's body (parsed: it needs
the tagger and the dependency parser) and returns the quotations in text
order with the warnings met on the way (unbalanced quote marks). Four steps,
each linear in the length of the text (sentence look-ups stop after a fixed
number of tokens, so a megabyte without a full stop stays linear; quotes,
posts and partial quotes are looked up by bisection, and ``doc.text``, which
joins every token, is read once per step):

1. ``marks.scan_quotes`` pairs the quotation marks in one linear pass;
2. ``direct`` decides for each quoted stretch whether it is a direct
   quote, a partial quote or a scare quote / name (dropped), and finds its
   cue and speaker mention around it; an embedded post signed on the line
   after it (``— Jane Doe (@janedoe)``) is its author's (``posts``);
3. ``nominal`` finds attributions cued by a noun ("his support for"),
   an adjective ("made clear that"), an evidential verb ("appears to") or a
   bare question ("Asked whether ...");
4. ``reported`` finds reported speech on the dependency parse, keeps
   the outermost attributions and fixes where contents end (``extent``).

The speaker is a character span of the mention as written; the NLP stage
maps it to an entity (resolving pronouns and titles).
"""

from __future__ import annotations

import sys
from bisect import bisect_right

from spacy.tokens import Doc

from newsdesk.nlp.quotes.candidate import QuoteCandidate, QuotedSpans
from newsdesk.nlp.quotes.direct import DirectQuotes
from newsdesk.nlp.quotes.marks import paragraph_spans, scan_quotes
from newsdesk.nlp.quotes.nominal import find_nominal
from newsdesk.nlp.quotes.posts import signed_posts
from newsdesk.nlp.quotes.reported import find_reported

__all__ = ["QuoteCandidate", "find_quotes"]


def find_quotes(doc: Doc) -> tuple[list[QuoteCandidate], list[str]]:
    """The quotations of ``doc`` in text order, and warnings (unbalanced quote marks)."""
    spans, warnings = scan_quotes(doc.text)
    if not doc.has_annotation("DEP"):
        warnings.append("quotes: the doc has no dependency parse; quotation marks checked only")
        return [], warnings
    lines = paragraph_spans(doc.text)
    classifier = DirectQuotes(doc, lines, spans)
    posts = signed_posts(doc.text, lines)
    post_starts = [post.start for post in posts]
    quotes: list[QuoteCandidate] = list(posts)
    for index, span in enumerate(spans):
        next_open = spans[index + 1].open_at if index + 1 < len(spans) else None
        quote = classifier.classify(span, next_open)
        if quote is not None and not _within(quote, posts, post_starts):
            quotes.append(quote)  # marks inside a signed post are the post's
    quotes.sort(key=lambda q: (q.start, q.end))
    direct = [(q.start, q.end) for q in quotes if q.kind == "direct"]
    partial = [(q.start, q.end) for q in quotes if q.kind == "partial"]
    marks = QuotedSpans(
        direct=direct,
        partial=partial,
        uncued=[(q.start, q.end) for q in quotes if q.kind == "direct" and q.cue is None],
        marked=[(span.start, span.end) for span in spans],
    )
    reported = find_reported(doc, spans=marks, nominal=find_nominal(doc))
    quotes.extend(q for q in reported if not _same_as_partial(q, partial))
    quotes.sort(key=lambda q: (q.start, q.end))
    return quotes, warnings


def _within(quote: QuoteCandidate, posts: list[QuoteCandidate], starts: list[int]) -> bool:
    """Whether ``quote`` overlaps one of ``posts`` (in text order, not overlapping; their
    ``starts``)."""
    index = bisect_right(starts, quote.end - 1) - 1
    return index >= 0 and quote.start < posts[index].end


#: Characters a reported clause may differ by from the partial quote it repeats (its marks).
_MARK_SLACK = 2


def _same_as_partial(quote: QuoteCandidate, partial: list[tuple[int, int]]) -> bool:
    """A reported clause that is all one partial quote ('They call for "urgent action."'):
    the partial quote already holds it, with its speaker (``partial`` sorted)."""
    index = bisect_right(partial, (quote.start + _MARK_SLACK, sys.maxsize)) - 1
    if index < 0:
        return False
    start, end = partial[index]
    return start - _MARK_SLACK <= quote.start and quote.end <= end + _MARK_SLACK
