"""How far two trained annotators of the quotation gold agree, scored as `bench quotes` scores us.

PolNeAR (../shared/data/quotes) had some articles annotated by several
people, one brat ``.ann`` file each. This script takes every article of the
train and dev directories with two annotations or more, keeps the first two
by file name, scores the second annotator's
attributions against the first's with the rules of
``newsdesk_bench.quote_scoring`` (token-overlap F1 >= 0.8, fragments,
one scope of quote types at a time), then the other way round, and prints
precision, recall and F1 for direct quotes and for mixed + indirect ones.
With ``--ours`` it also scores newsdesk against each annotator of the same
articles. Both annotators' quote types come from the quotation marks of the
content (the rule of ``_kind``, which gives the converted JSONL's types for 97 %
of the dev attributions; the apostrophe of a plural possessive, "voters' ", still
counts as a mark there).

The figure bounds what any extractor can score against one annotator: on
the 18 articles annotated more than once, two people agree on mixed and indirect
quotes at F1 0.73-0.74, on direct quotes at 0.93-0.95.

usage:
  .venv/bin/python bench/quote_agreement.py --data ../shared/data/quotes/polnear
  .venv/bin/python bench/quote_agreement.py --data ../shared/data/quotes/polnear --ours
"""

from __future__ import annotations

import argparse
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

from newsdesk_bench.bench_data import require_folder, require_some
from newsdesk_bench.quote_scoring import GoldQuote, PredictedQuote, Tally, score_article
from newsdesk_bench.quotes import DIRECT, REPORTED

#: Quotation marks a content may hold (doubled single, straight, curly, guillemets, low);
#: a single mark between letters is an apostrophe ("Trump's"), not a quotation mark.
_MARKS = re.compile(r"''|``|[\"“”«»„]|(?<![A-Za-z])[‘’']|[‘’'](?![A-Za-z])")

Spans = list[tuple[int, int]]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, required=True, help="the polnear directory")
    parser.add_argument("--ours", action="store_true", help="score newsdesk on the same articles")
    args = parser.parse_args()
    pairs = list(_doubly_annotated(require_folder(args.data, "the PolNeAR folder")))
    require_some(pairs, "articles annotated twice", args.data)
    agreement = {scope: (Tally(), Tally()) for scope in ("direct", "mixed+indirect")}
    ours = (Tally(), Tally())
    nlp = _model() if args.ours else None
    for text, first, second in pairs:
        for index, (gold, other) in enumerate(((first, second), (second, first))):
            predicted = [PredictedQuote(q.kind, q.content, q.source, None, q.cue) for q in other]
            score_article(gold, predicted, DIRECT, agreement["direct"][index])
            score_article(gold, predicted, REPORTED, agreement["mixed+indirect"][index])
        if nlp is not None:
            from newsdesk.nlp.stage import parse
            from newsdesk.settings import Settings
            from newsdesk_bench.quotes import newsdesk_quotes

            found, _ = newsdesk_quotes(parse(nlp, text, Settings().max_paragraph_chars))
            for index, gold in enumerate((first, second)):
                score_article(gold, found, REPORTED, ours[index])
    print(f"{len(pairs)} articles annotated by two people or more (the first two compared)")
    for scope, (one, two) in agreement.items():
        print(
            f"annotators {scope:15} P {one.precision:.3f}  R {one.recall:.3f}  F1 {one.f1:.3f}"
            f" (first as gold, {one.gold} attributions); F1 {two.f1:.3f} the other way round"
        )
    if nlp is not None:
        for index, tally in enumerate(ours, start=1):
            print(
                f"newsdesk  mixed+indirect  P {tally.precision:.3f}  R {tally.recall:.3f}  "
                f"F1 {tally.f1:.3f} against annotator {index}"
            )
    return 0


def _model() -> Any:
    import spacy

    from newsdesk.settings import Settings

    return spacy.load(Settings().model)


def _doubly_annotated(root: Path) -> list[tuple[str, list[GoldQuote], list[GoldQuote]]]:
    """(text, first annotator's quotes, second's) for each article annotated more than once."""
    found = []
    for split in ("train", "dev"):
        by_article: dict[str, list[Path]] = defaultdict(list)
        for path in sorted((root / split / "attributions").glob("*.ann")):
            article, _annotator = path.stem.rsplit("_", 1)
            by_article[article].append(path)
        for article, paths in sorted(by_article.items()):
            if len(paths) < 2:
                continue
            text = (root / split / "text" / f"{article}.txt").read_text(encoding="utf-8")
            first, second = (_quotes(_brat(p), text) for p in paths[:2])
            found.append((text, first, second))
    return found


def _brat(path: Path) -> list[dict[str, Spans]]:
    """The attributions of a brat standoff file: content, source and cue spans."""
    spans: dict[str, Spans] = {}
    events: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if line.startswith("T") and len(fields) >= 2:
            _kind, _, offsets = fields[1].partition(" ")
            pieces = [piece.split() for piece in offsets.split(";") if piece.strip()]
            spans[fields[0]] = [(int(p[0]), int(p[1])) for p in pieces if len(p) == 2]
        elif line.startswith("E") and len(fields) >= 2:
            events.append(dict(arg.split(":", 1) for arg in fields[1].split()[1:] if ":" in arg))
    return [
        {role: spans.get(event.get(role, ""), []) for role in ("Content", "Source", "Cue")}
        for event in events
        if spans.get(event.get("Content", ""))
    ]


def _quotes(attributions: list[dict[str, Spans]], text: str) -> list[GoldQuote]:
    quotes = []
    for item in attributions:
        pieces = [text[s:e] for s, e in item["Content"]]
        content = " ".join(pieces)
        quotes.append(
            GoldQuote(
                kind=_kind(pieces),
                content=content,
                source=" ".join(text[s:e] for s, e in item["Source"]),
                source_spans=tuple(item["Source"]),
                source_is_pronoun=False,
                cue=" ".join(text[s:e] for s, e in item["Cue"]),
            )
        )
    return quotes


def _kind(pieces: list[str]) -> str:
    """direct (every piece inside its marks), mixed (some marks) or indirect (none): the
    converted JSONL's types, which this rule gives for 97 % of the dev attributions."""
    if not any(_MARKS.search(piece) for piece in pieces):
        return "indirect"
    return "direct" if all(_quoted(piece) for piece in pieces) else "mixed"


def _quoted(piece: str) -> bool:
    """A piece that opens with a quotation mark and closes with one (before punctuation)."""
    core = piece.strip().rstrip(".,;:!?—–- ")
    return _MARKS.match(core) is not None and _MARKS.search(core[-2:]) is not None


if __name__ == "__main__":
    raise SystemExit(main())
