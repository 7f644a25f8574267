"""Score predicted quotations against attribution gold (PolNeAR's scoring rules).

The rules are those of shared/data/quotes/README.md:

- tokens are lower-cased NFKC runs of word characters, so marks never matter;
- a prediction matches a gold attribution when the token-overlap F1 of the
  two contents is >= 0.8, pairs made one-to-one per article, best F1 first;
- a gold attribution still unmatched is matched by two or more unmatched
  predictions that each lie >= 0.8 inside it when their union reaches F1 >= 0.8
  (``"A," he said. "B."`` is one gold content, two predictions);
- one scope of quote types at a time; a prediction that matches, or lies
  >= 0.8 inside, a gold attribution of another type is ignored;
- the speaker is judged on matched pairs whose gold source is a name (not a
  pronoun, not empty): right when, titles, honorifics, possessive 's and
  determiners dropped, it equals the gold source or shares its last token,
  the gold source also tried cut before its first comma or before
  who/whom/whose/which/of/from/at; or when the predicted mention overlaps
  the gold source span;
- the cue is right when any predicted cue token occurs in the gold cue (a cue
  of punctuation alone, the ``:`` of ``Jane Doe: "..."`` or the dash of
  ``"..." ― Jane Doe``, is compared as it stands).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from newsdesk.lexicon.cues import SPEAKER_TITLES

MATCH_F1 = 0.8
INSIDE_SHARE = 0.8
_WORD = re.compile(r"\w+")
_CUT_WORDS = frozenset({"who", "whom", "whose", "which", "of", "from", "at"})
_DROP = frozenset({"the", "a", "an", "s", "this", "that", "these", "those"})


def tokens(text: str) -> list[str]:
    return _WORD.findall(unicodedata.normalize("NFKC", text).lower())


def cue_tokens(cue: str) -> list[str]:
    """Tokens of a cue; a cue of punctuation alone ("―", ":") is its own token."""
    return tokens(cue) or ([cue.strip()] if cue.strip() else [])


def overlap_f1(a: Counter[str], b: Counter[str]) -> float:
    common = sum((a & b).values())
    if not common:
        return 0.0
    precision, recall = common / sum(a.values()), common / sum(b.values())
    return 2 * precision * recall / (precision + recall)


def inside(part: Counter[str], whole: Counter[str]) -> float:
    """Share of ``part``'s tokens found in ``whole``."""
    size = sum(part.values())
    return sum((part & whole).values()) / size if size else 0.0


@dataclass(frozen=True, slots=True)
class GoldQuote:
    kind: str  # direct / mixed / indirect
    content: str
    source: str
    source_spans: tuple[tuple[int, int], ...]
    source_is_pronoun: bool
    cue: str


@dataclass(frozen=True, slots=True)
class PredictedQuote:
    kind: str  # direct / mixed / indirect
    content: str
    speaker: str | None
    speaker_span: tuple[int, int] | None
    cue: str | None


@dataclass(slots=True)
class Tally:
    """Counts of one system in one scope, summed over articles."""

    gold: int = 0
    gold_found: int = 0
    predicted: int = 0
    predicted_right: int = 0
    ignored: int = 0
    speaker_judged: int = 0
    speaker_right: int = 0
    cue_judged: int = 0
    cue_right: int = 0
    pronoun_matched: int = 0
    pronoun_bare: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.predicted_right / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.gold_found / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score_article(
    gold: Sequence[GoldQuote],
    predicted: Sequence[PredictedQuote],
    scope: frozenset[str],
    tally: Tally,
) -> dict[int, list[int]]:
    """Add one article's counts for ``scope`` (a set of gold kinds) to ``tally``.

    Returns the matches: gold index -> indices (into the in-scope predictions).
    """
    preds = [p for p in predicted if p.kind in scope]
    gold_bags = [Counter(tokens(g.content)) for g in gold]
    pred_bags = [Counter(tokens(p.content)) for p in preds]
    pairs = sorted(
        (
            (overlap_f1(pb, gb), pi, gi)
            for pi, pb in enumerate(pred_bags)
            for gi, gb in enumerate(gold_bags)
        ),
        reverse=True,
    )
    match: dict[int, list[int]] = {}  # gold index -> prediction indices
    used: set[int] = set()
    for f1, pi, gi in pairs:
        if f1 < MATCH_F1:
            break
        if pi in used or gi in match:
            continue
        used.add(pi)
        match[gi] = [pi]
    for gi, gb in enumerate(gold_bags):
        if gi in match:
            continue
        parts = [
            pi
            for pi, pb in enumerate(pred_bags)
            if pi not in used and inside(pb, gb) >= INSIDE_SHARE
        ]
        if len(parts) >= 2:
            union: Counter[str] = Counter()
            for pi in parts:
                union |= pred_bags[pi]
            if overlap_f1(union, gb) >= MATCH_F1:
                match[gi] = parts
                used.update(parts)
    owner = {pi: gi for gi, pis in match.items() for pi in pis}
    for pi, pb in enumerate(pred_bags):
        gi_found = owner.get(pi)
        if gi_found is not None:
            if gold[gi_found].kind in scope:
                tally.predicted += 1
                tally.predicted_right += 1
            else:
                tally.ignored += 1
            continue
        if any(
            g.kind not in scope and inside(pb, gold_bags[gi]) >= INSIDE_SHARE
            for gi, g in enumerate(gold)
        ):
            tally.ignored += 1
            continue
        tally.predicted += 1
    for gi, item in enumerate(gold):
        if item.kind not in scope:
            continue
        tally.gold += 1
        if gi not in match:
            continue
        tally.gold_found += 1
        _judge(item, [preds[pi] for pi in match[gi]], tally)
    return match


def _judge(item: GoldQuote, preds: list[PredictedQuote], tally: Tally) -> None:
    first = preds[0]
    if item.cue:
        tally.cue_judged += 1
        gold_cue = set(cue_tokens(item.cue))
        if any(t in gold_cue for p in preds for t in cue_tokens(p.cue or "")):
            tally.cue_right += 1
    if not item.source.strip():
        return
    if item.source_is_pronoun:
        tally.pronoun_matched += 1
        said = tokens(first.speaker or "")
        if said and said == tokens(item.source):
            tally.pronoun_bare += 1
        return
    tally.speaker_judged += 1
    if any(speaker_right(p, item) for p in preds):
        tally.speaker_right += 1


def _core(text: str) -> list[str]:
    words = [t for t in tokens(text) if t not in _DROP]
    return [t for t in words if t not in SPEAKER_TITLES] or words


def speaker_right(pred: PredictedQuote, item: GoldQuote) -> bool:
    """The README's speaker rule, or the predicted mention overlapping the gold source."""
    if pred.speaker_span is not None:
        start, end = pred.speaker_span
        if any(start < g_end and g_start < end for g_start, g_end in item.source_spans):
            return True
    said = _core(pred.speaker or "")
    if not said:
        return False
    candidates = [item.source, item.source.split(",")[0]]
    words = item.source.split()
    for index, word in enumerate(words):
        if index and word.lower() in _CUT_WORDS:
            candidates.append(" ".join(words[:index]))
            break
    for candidate in candidates:
        gold = _core(candidate)
        if gold and (gold == said or gold[-1] == said[-1]):
            return True
    return False
