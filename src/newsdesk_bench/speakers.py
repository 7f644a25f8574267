"""Quote-speaker and pronoun-coreference quality on the GUM news coreference gold.

GOLD is a JSONL file with one annotated document per line (the format of
shared/data/coref/README.md: ``text``, ``paragraphs``, ``entities`` with
mention chains, ``quotes`` with the speaker's chain). Each text is run through
the NLP stage as a body (so offsets are the gold's own) and scored:

- quote speakers: a gold quote is right when the quote newsdesk found over
  it has a speaker whose entity's mentions overlap the gold speaker's chain;
  split by gold speakers written as a name/description or as a pronoun.
  Printed for newsdesk's own quotes, and with the gold speaker mentions handed
  to newsdesk's coreference ("given mentions", which isolates coreference
  from quote finding);
- person pronouns (``newsdesk_bench.pronoun_scoring`` defines the readings): the
  gold person pronouns (he/she, they and I/me/my forms) are scored three
  ways. *named*: only pronouns whose gold chain has a proper name, right
  when newsdesk put the pronoun in an entity with a name overlapping one of
  that chain's names. *all*: every gold person pronoun; one whose chain has
  no proper name (``the protesters ... they``) is right when newsdesk does not
  join it to an entity holding a proper name outside its gold chain (left
  alone, or joined only to descriptions and pronouns). *strict*: every gold
  person pronoun, those of unnamed chains always wrong. Each split by kind
  (he/she, they, first person). Apart, the they/them/their of named
  organisation chains (a company, a team, an agency), right when joined to
  one of the chain's names.

The same run prints the most-recent-person baseline (names joined on family
name, a pronoun to the most recent person name) on the same parse and quotes,
under the same readings. ``-v`` prints every missed quote and pronoun.

examples:
  newsdesk bench speakers --gold ../shared/data/coref/gum-news-dev.jsonl
  newsdesk bench speakers --gold ../shared/data/coref/gum-news-dev.jsonl --continuations -v
"""

from __future__ import annotations

import argparse
import bisect
import json
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsdesk.lexicon.pronouns import PRONOUNS
from newsdesk.nlp.quotes.candidate import QuoteCandidate
from newsdesk.record import PageSource, Paragraph, Record
from newsdesk.settings import Settings
from newsdesk_bench.pronoun_scoring import (
    KINDS,
    READINGS,
    Chain,
    PronounScores,
    Spelling,
    Tally,
    chain_of,
    hits,
    is_name,
    score_pronouns,
    spelling_of,
)

if TYPE_CHECKING:  # spaCy and the NLP stage load on first use: `newsdesk --help` stays fast
    from spacy.tokens import Doc

__all__ = ["HELP", "NAME", "add_arguments", "run", "score_document"]

NAME = "speakers"
HELP = "quote-speaker accuracy and pronoun joining on coreference gold (GUM news)"

Span = tuple[int, int]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--gold", type=Path, required=True, help="coreference gold JSONL")
    parser.add_argument("--model", default=Settings().model, help="spaCy pipeline")
    parser.add_argument(
        "--continuations", action="store_true", help="also score frameless follow-on quotes"
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="print every miss")


def run(args: argparse.Namespace) -> int:
    from newsdesk.nlp.model import load_model

    nlp = load_model(args.model)
    settings = Settings()
    tallies = {name: Tally() for name in ("newsdesk", "given", "baseline")}
    pronouns = {name: PronounScores() for name in ("newsdesk", "baseline")}
    found = 0
    for line in args.gold.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        gold = json.loads(line)
        found += score_document(
            gold, nlp, settings, tallies, args.continuations, args.verbose, pronouns
        )
    quotes = tallies["newsdesk"].total.get("all", 0)
    print(f"gold quotes: {quotes}; found by newsdesk's quote finder: {found}")
    for label, key in (("newsdesk", "newsdesk"), ("newsdesk, given mentions", "given")):
        _print_quotes(label, tallies[key])
    _print_quotes("baseline most-recent-person", tallies["baseline"])
    _print_pronouns(pronouns)
    return 0


def _print_pronouns(pronouns: dict[str, PronounScores]) -> None:
    ours, base = pronouns["newsdesk"].tallies, pronouns["baseline"].tallies
    print(f"person pronouns joined to the right named entity: newsdesk {ours['named'].show('all')}")
    total = ours["all"].total.get("all", 0)
    print(
        f"  (named chains only; of {total} gold person pronouns, "
        f"{total - ours['named'].total.get('all', 0)} are in chains with no proper name)"
    )
    print(f"  baseline most-recent-person {base['named'].show('all')}")
    print(
        f"all {total} person pronouns (an unnamed chain's pronoun is right when not joined "
        f"to another's name): newsdesk {ours['all'].show('all')}  "
        f"baseline {base['all'].show('all')}"
    )
    print(
        f"all {total} person pronouns, strict (an unnamed chain's pronoun is always wrong): "
        f"newsdesk {ours['strict'].show('all')}  baseline {base['strict'].show('all')}"
    )
    print("  by kind (newsdesk | baseline):")
    for kind in KINDS:
        print(
            f"  {kind}: "
            + "; ".join(
                f"{reading} {ours[reading].show(kind)} | {base[reading].show(kind)}"
                for reading in READINGS
            )
        )
    print(
        "they/them/their of named organisations (not person pronouns): "
        f"newsdesk {pronouns['newsdesk'].organisations.show('all')}  "
        f"baseline {pronouns['baseline'].organisations.show('all')}"
    )


def _print_quotes(label: str, tally: Tally) -> None:
    print(
        f"quote speakers right, {label}: {tally.show('all')}; named {tally.show('named')}; "
        f"pronoun {tally.show('pronoun')}"
    )


def score_document(
    gold: dict[str, Any],
    nlp: Any,
    settings: Settings,
    tallies: dict[str, Tally],
    continuations: bool,
    verbose: bool,
    pronouns: dict[str, PronounScores],
) -> int:
    """Score one gold document into ``tallies`` and ``pronouns`` (by system); returns how
    many gold quotes were found."""
    from newsdesk.nlp.stage import annotate_doc, parse

    text: str = gold["text"]
    record = Record(
        id=gold["doc_id"],
        source=PageSource(),
        body=text,
        paragraphs=tuple(
            Paragraph(p["start"], p["end"], "heading" if p["kind"] == "heading" else "paragraph")
            for p in gold.get("paragraphs", ())
        ),
    )
    doc = parse(nlp, text, settings.max_paragraph_chars)
    ours = annotate_doc(record, doc)
    gold_quotes = list(gold["quotes"]) + (
        list(gold["continuation_quotes"]) if continuations else []
    )
    given = annotate_doc(record, doc, find_quotes=lambda _: (_gold_candidates(gold_quotes), []))
    spelling = spelling_of(gold)
    chains = {e["id"]: chain_of(e, spelling) for e in gold["entities"]}
    entity_spans = {e.id: e.mentions for e in ours.entities}
    given_spans = {e.id: e.mentions for e in given.entities}
    baseline = _Baseline(doc)
    found = 0
    for quote in gold_quotes:
        kind = "pronoun" if quote.get("speaker_is_pronoun") else "named"
        chain = chains[quote["speaker_entity"]]
        match = _overlapping(ours.quotes, quote["start"], quote["end"])
        found += match is not None
        ok = match is not None and hits(entity_spans.get(match.speaker or ""), chain.mentions)
        tallies["newsdesk"].add(kind, ok)
        if verbose and not ok:
            said = (match.speaker_text, match.speaker) if match else "not found"
            print(
                f"  miss {gold['doc_id']}: {quote['text'][:50]!r} by "
                f"{quote['speaker_mention_text']!r}; newsdesk {said}"
            )
        given_quote = _overlapping(given.quotes, quote["start"], quote["end"])
        tallies["given"].add(
            kind,
            given_quote is not None
            and hits(given_spans.get(given_quote.speaker or ""), chain.mentions),
        )
        span = (match.start, match.end) if match else None
        speaker_span = _speaker_span(ours, match) if match else None
        tallies["baseline"].add(
            kind, span is not None and hits(baseline.speaker(speaker_span), chain.mentions)
        )
    _score_pronouns(gold, spelling, chains, ours, baseline, pronouns, verbose)
    return found


def _gold_candidates(quotes: Sequence[dict[str, Any]]) -> list[QuoteCandidate]:
    return [
        QuoteCandidate(
            text=q["text"],
            start=q["start"],
            end=q["end"],
            kind="partial" if q["kind"] == "partial" else "direct",
            cue=q.get("cue"),
            speaker_span=tuple(q["speaker_mention"]),
        )
        for q in quotes
    ]


def _speaker_span(record: Record, quote: Any) -> Span | None:
    if quote.speaker_text is None:
        return None
    at = record.body.rfind(quote.speaker_text, 0, quote.start)
    if at < 0:
        at = record.body.find(quote.speaker_text, quote.end)
    return (at, at + len(quote.speaker_text)) if at >= 0 else None


def _overlapping(quotes: Iterable[Any], start: int, end: int) -> Any:
    best, best_overlap = None, 0
    for quote in quotes:
        overlap = min(end, quote.end) - max(start, quote.start)
        if overlap > best_overlap:
            best, best_overlap = quote, overlap
    return best


def _score_pronouns(
    gold: dict[str, Any],
    spelling: Spelling,
    chains: dict[str, Chain],
    ours: Record,
    baseline: _Baseline,
    pronouns: dict[str, PronounScores],
    verbose: bool,
) -> None:
    text: str = gold["text"]
    owner: dict[Span, tuple[Span, ...]] = {}
    label: dict[Span, str] = {}
    ours_spelling = replace(spelling, linked=frozenset())  # no gold links on our side
    for entity in ours.entities:
        names = tuple(m for m in entity.mentions if is_name(m, ours_spelling))
        for mention in entity.mentions:
            owner[mention] = names
            label[mention] = entity.name

    def report(kind: str, span: Span, chain: Chain, names: Iterable[Span]) -> None:
        gold_name = text[slice(*chain.names[0])] if chain.names else "(no name)"
        context = text[max(0, span[0] - 60) : span[1] + 30].replace("\n", " ")
        print(
            f"  pronoun {gold['doc_id']} {kind} {text[slice(*span)]!r}@{span[0]}: gold "
            f"{gold_name!r}, newsdesk {label.get(span, '(alone)')!r}; ...{context}..."
        )

    score_pronouns(
        gold,
        chains,
        {
            "newsdesk": (lambda span: owner.get(span, ()), pronouns["newsdesk"]),
            "baseline": (lambda span: baseline.pronoun(span[0]) or (), pronouns["baseline"]),
        },
        report if verbose else None,
    )


class _Baseline:
    """spaCy names joined on family name; a pronoun goes to the most recent person name."""

    def __init__(self, doc: Doc) -> None:
        from newsdesk.nlp.entities.join import join_names, name_mentions

        mentions = name_mentions(doc)
        names = join_names(mentions)
        clusters, assigned = names.clusters, names.assigned
        self.people = [
            (m.start, m.end, assigned[i])
            for i, m in enumerate(mentions)
            if clusters[assigned[i]].type == "PERSON"
        ]
        self.starts = [p[0] for p in self.people]
        self.names: dict[int, list[Span]] = {}
        for start, end, cluster in self.people:
            self.names.setdefault(cluster, []).append((start, end))
        self.text = doc.text

    def pronoun(self, at: int) -> list[Span] | None:
        index = bisect.bisect_left(self.starts, at) - 1
        return self.names[self.people[index][2]] if index >= 0 else None

    def speaker(self, span: Span | None) -> list[Span] | None:
        if span is None:
            return None
        for start, end, cluster in self.people:
            if start < span[1] and span[0] < end:
                return self.names[cluster]
        words = self.text[span[0] : span[1]].lower().split()
        if words and words[-1] in PRONOUNS:
            return self.pronoun(span[0])
        return [span]
