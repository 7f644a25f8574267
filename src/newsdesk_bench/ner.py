"""Named-entity quality on CoNLL-2003-format files: spaCy alone and newsdesk's entities.

DIR holds CoNLL files (word, POS, chunk, NER tag per line; IOB1 tags;
``-DOCSTART-`` between articles), as shared/data/ner/conll2003; ``--file``
picks one (default ``eng.testa``, the development part). Each article becomes
one body (sentences as paragraphs, words joined by a space), parsed once;
scored are exact (start, end, type) matches over the gold words, per type and
micro-averaged, for spaCy's own entities and for newsdesk's entity output
(cleaned names, names joined into entities, each mention typed by its entity,
family names spaCy missed added).

Label mapping (OntoNotes → CoNLL), following the CoNLL guidelines:
PERSON → PER; ORG → ORG; GPE, LOC, FAC → LOC; NORP, EVENT, PRODUCT,
WORK_OF_ART, LAW, LANGUAGE → MISC; DATE, TIME, PERCENT, MONEY, QUANTITY,
ORDINAL, CARDINAL dropped (CoNLL does not annotate them).

examples:
  newsdesk bench ner --gold ../shared/data/ner/conll2003
  newsdesk bench ner --gold ../shared/data/ner/conll2003 --file eng.testa --limit 50
"""

from __future__ import annotations

import argparse
import bisect
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from newsdesk.settings import Settings

if TYPE_CHECKING:  # spaCy and the NLP stage load on first use: `newsdesk --help` stays fast
    from spacy.language import Language

NAME = "ner"
HELP = "named-entity F1 on CoNLL-2003 files, spaCy alone and newsdesk's joined entities"

#: spaCy (OntoNotes) label → CoNLL-2003 type; labels not listed are dropped.
LABELS: dict[str, str] = {
    "PERSON": "PER",
    "ORG": "ORG",
    "GPE": "LOC",
    "LOC": "LOC",
    "FAC": "LOC",
    "NORP": "MISC",
    "EVENT": "MISC",
    "PRODUCT": "MISC",
    "WORK_OF_ART": "MISC",
    "LAW": "MISC",
    "LANGUAGE": "MISC",
}
TYPES = ("PER", "ORG", "LOC", "MISC")


@dataclass(frozen=True, slots=True)
class Article:
    """One CoNLL article: its words (sentences apart) and gold entities over word indices."""

    sentences: tuple[tuple[str, ...], ...]
    gold: frozenset[tuple[int, int, str]]


@dataclass(frozen=True, slots=True)
class Score:
    precision: float
    recall: float
    f1: float


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--gold", type=Path, required=True, help="folder of CoNLL files")
    parser.add_argument("--file", default="eng.testa", help="file in the folder to score")
    parser.add_argument("--model", default=Settings().model, help="spaCy pipeline")
    parser.add_argument("--limit", type=int, default=0, help="score only the first N articles")


def run(args: argparse.Namespace) -> int:
    from newsdesk.nlp.model import load_model

    nlp = load_model(args.model)
    articles = list(read_conll((args.gold / args.file).read_text(encoding="utf-8")))
    if args.limit:
        articles = articles[: args.limit]
    gold: set[tuple[int, int, int, str]] = set()
    plain: set[tuple[int, int, int, str]] = set()
    joined: set[tuple[int, int, int, str]] = set()
    for number, article in enumerate(articles):
        spacy_spans, newsdesk_spans = predict(article, nlp, Settings().max_paragraph_chars)
        gold.update((number, *g) for g in article.gold)
        plain.update((number, *p) for p in spacy_spans)
        joined.update((number, *p) for p in newsdesk_spans)
    print(f"{args.file}: {len(articles)} articles, {len(gold)} gold entities")
    print(f"{'':10}" + "".join(f"{t:>8}" for t in (*TYPES, "micro")))
    for label, predicted in (("spaCy", plain), ("newsdesk", joined)):
        cells = [score(gold, predicted, t).f1 for t in TYPES]
        micro = score(gold, predicted, None)
        print(f"{label:10}" + "".join(f"{100 * c:8.1f}" for c in (*cells, micro.f1)))
        print(
            f"{'':10}micro precision {100 * micro.precision:.1f}  recall {100 * micro.recall:.1f}"
        )
    return 0


def read_conll(text: str) -> Iterator[Article]:
    """The articles of a CoNLL-2003 file, with gold entities from its IOB1 tags."""
    sentences: list[tuple[str, ...]] = []
    words: list[str] = []
    tags: list[str] = []
    all_tags: list[str] = []
    for line in [*text.splitlines(), ""]:
        parts = line.split()
        if parts and parts[0] == "-DOCSTART-":
            if sentences:
                yield Article(tuple(sentences), _entities(all_tags))
            sentences, all_tags = [], []
            continue
        if not parts:
            if words:
                sentences.append(tuple(words))
                all_tags.extend([*tags, "O"])  # an "O" between sentences ends any entity
                words, tags = [], []
            continue
        words.append(parts[0])
        tags.append(parts[-1])
    if sentences:
        yield Article(tuple(sentences), _entities(all_tags))


def _entities(tags: list[str]) -> frozenset[tuple[int, int, str]]:
    """IOB1 tags (word index counts the sentence separators) → (start, end, type)."""
    found: set[tuple[int, int, str]] = set()
    start, kind = -1, ""
    for index, tag in enumerate([*tags, "O"]):
        label = tag[2:] if tag != "O" else ""
        if start >= 0 and (label != kind or tag.startswith("B-")):
            found.add((start, index, kind))
            start, kind = -1, ""
        if label and start < 0:
            start, kind = index, label
    return frozenset(found)


def predict(
    article: Article, nlp: Language, piece_chars: int
) -> tuple[set[tuple[int, int, str]], set[tuple[int, int, str]]]:
    """spaCy's entities and newsdesk's typed name mentions, over word indices."""
    from newsdesk.nlp.entities.join import join_names, name_mentions, propagate
    from newsdesk.nlp.stage import parse

    starts: list[int] = []
    ends: list[int] = []
    parts: list[str] = []
    offset = 0
    for sentence in article.sentences:
        for word in sentence:
            starts.append(offset)
            ends.append(offset + len(word))
            offset += len(word) + 1
        starts.append(offset - 1)  # the separator counts as a word, as in the gold
        ends.append(offset - 1)
        offset += 1
        parts.append(" ".join(sentence))
    body = "\n\n".join(parts)
    doc = parse(nlp, body, piece_chars)
    plain = _to_words(((e.start_char, e.end_char, e.label_) for e in doc.ents), starts, ends)
    names = propagate(doc, join_names(name_mentions(doc)))
    joined = _to_words(
        (
            (m.start, m.end, names.clusters[names.assigned[i]].type)
            for i, m in enumerate(names.mentions)
        ),
        starts,
        ends,
    )
    return plain, joined


def _to_words(
    spans: Iterable[tuple[int, int, str]], starts: list[int], ends: list[int]
) -> set[tuple[int, int, str]]:
    found: set[tuple[int, int, str]] = set()
    for start, end, label in spans:
        kind = LABELS.get(label)
        if kind is None:
            continue
        first = bisect.bisect_right(ends, start)
        last = bisect.bisect_left(starts, end)
        if first < last:
            found.add((first, last, kind))
    return found


def score(
    gold: set[tuple[int, int, int, str]],
    predicted: set[tuple[int, int, int, str]],
    kind: str | None,
) -> Score:
    """Exact-match precision, recall and F1 for one type, or all (``kind=None``)."""
    g = {x for x in gold if kind is None or x[3] == kind}
    p = {x for x in predicted if kind is None or x[3] == kind}
    right = len(g & p)
    precision = right / len(p) if p else 0.0
    recall = right / len(g) if g else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Score(precision, recall, f1)
