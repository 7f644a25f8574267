"""Scoring person pronouns against gold coreference chains, under three readings.

The gold (GUM news, shared/data/coref/README.md) puts every pronoun of a
person in that person's chain. The scored pronouns are the personal,
possessive and reflexive forms of ``he``, ``she``, ``they`` and of the
first person singular (``I``, ``me``, ``my`` ...), in chains typed person;
``we``/``us``/``our`` and ``you`` are not scored (``we`` is mostly a group or an
organisation in the gold). Our side: the entity (of the record) whose
mentions include the pronoun's exact span; its *names* are its mentions
written as proper names (``is_name``).

- **named**: only pronouns whose gold chain holds a proper name. Right when
  our entity containing the pronoun has a name overlapping one of that
  chain's names (``Merkel ... she``: she joined to Merkel).
- **all**: every scored pronoun. A pronoun of a named chain is judged as
  above. A pronoun of a chain with NO proper name (``the protesters ...
  they``, ``a witness ... she``) is right when we do not join it to an
  entity holding a proper name outside its gold chain: left alone, or joined
  only with descriptions and pronouns. That is what "joined to the right
  named entity" can honestly mean when no named entity exists.
- **strict**: every scored pronoun; pronouns of unnamed chains always count
  as wrong (named right / all pronouns), a floor for the reading above.

Each is split by kind: ``he/she``, ``they``, ``first person``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from newsdesk.nlp.pronouns import PRONOUNS

__all__ = [
    "KINDS",
    "PERSON_PRONOUNS",
    "READINGS",
    "Chain",
    "PronounScores",
    "Tally",
    "chain_of",
    "common_words",
    "hits",
    "is_name",
    "pronoun_kind",
    "score_pronouns",
]

Span = tuple[int, int]

#: The scored pronouns (the third person he/she/they forms and the first person
#: singular), fixed here so that growing the resolver's pronoun table does not
#: change what is counted.
PERSON_PRONOUNS: frozenset[str] = frozenset(
    {
        "he", "him", "his", "himself", "she", "her", "hers", "herself",
        "they", "them", "their", "theirs", "themselves",
        "i", "me", "my", "mine", "myself",
    }
)  # fmt: skip
_FIRST_PERSON = frozenset({"i", "me", "my", "mine", "myself"})
_PLURAL = frozenset({"they", "them", "their", "theirs", "themselves"})
KINDS = ("he/she", "they", "first person")
READINGS = ("named", "all", "strict")
_PUNCT = ".,;:!?\"'“”‘’()[]"
_GLUE = frozenset({"of", "the", "de", "al", "von", "van", "and"})
_NOT_NAMES = frozenset({"the", "a", "an", "this", "that", "these", "those"}) | PRONOUNS.keys()


@dataclass(slots=True)
class Tally:
    """Right / total counts, by kind."""

    right: dict[str, int] = field(default_factory=dict)
    total: dict[str, int] = field(default_factory=dict)

    def add(self, kind: str, ok: bool) -> None:
        for key in (kind, "all"):
            self.total[key] = self.total.get(key, 0) + 1
            self.right[key] = self.right.get(key, 0) + int(ok)

    def show(self, key: str) -> str:
        total = self.total.get(key, 0)
        right = self.right.get(key, 0)
        share = 100.0 * right / total if total else 0.0
        return f"{right}/{total} ({share:.1f} %)"


@dataclass(frozen=True, slots=True)
class Chain:
    """A gold chain: all its mention spans (full and minimal) and its proper names."""

    mentions: tuple[Span, ...]
    names: tuple[Span, ...]


@dataclass(slots=True)
class PronounScores:
    """One tally per reading (``named``, ``all``, ``strict``) for one system."""

    tallies: dict[str, Tally] = field(default_factory=lambda: {r: Tally() for r in READINGS})

    def add(self, kind: str, named_chain: bool, owner_names: Iterable[Span], chain: Chain) -> bool:
        """Score one pronoun whose entity (on our side) has ``owner_names``; True if right."""
        names = list(owner_names)
        if named_chain:
            ok = hits(names, chain.names)
            self.tallies["named"].add(kind, ok)
            self.tallies["strict"].add(kind, ok)
        else:
            ok = not any(not hits([n], chain.mentions) for n in names)
            self.tallies["strict"].add(kind, False)
        self.tallies["all"].add(kind, ok)
        return ok


def common_words(text: str) -> frozenset[str]:
    """Words the text also writes in lower case: ``Parents`` opening a sentence is no name."""
    return frozenset(w for w in (w.strip(_PUNCT) for w in text.split()) if w.islower())


def is_name(text: str, common: frozenset[str]) -> bool:
    """A proper name: capitalised words, not a pronoun or determiner, not a common noun."""
    words = text.split()
    if not words or words[0].lower() in _NOT_NAMES:
        return False
    capitalised = [w.strip(_PUNCT) for w in words if w[:1].isupper()]
    if len(capitalised) < len([w for w in words if w[:1].isalpha() and w not in _GLUE]):
        return False
    return any(w.lower() not in common for w in capitalised)


def chain_of(entity: dict[str, Any], text: str, common: frozenset[str]) -> Chain:
    """The gold entity's chain: its mentions and minimal spans, and which are names."""
    mentions = tuple((s, e) for s, e in entity["mentions"]) + tuple(
        (s, e) for s, e in entity["minspans"]
    )
    names = tuple((s, e) for s, e in entity["minspans"] if is_name(text[s:e], common))
    return Chain(mentions=mentions, names=names)


def hits(spans: Iterable[Span] | None, gold: Iterable[Span]) -> bool:
    """Whether any span overlaps any gold span."""
    if not spans:
        return False
    gold = list(gold)
    return any(s < ge and gs < e for s, e in spans for gs, ge in gold)


def pronoun_kind(word: str) -> str:
    """``he/she``, ``they`` or ``first person`` for a scored pronoun."""
    if word in _FIRST_PERSON:
        return "first person"
    return "they" if word in _PLURAL else "he/she"


def score_pronouns(
    gold: dict[str, Any],
    chains: dict[str, Chain],
    systems: dict[str, tuple[Callable[[Span], Iterable[Span]], PronounScores]],
    report: Callable[[str, Span, Chain, Iterable[Span]], None] | None = None,
) -> None:
    """Score every gold person pronoun of ``gold`` for each system.

    A system is a function from the pronoun's span to the name spans of the
    entity it joined the pronoun to, and its scores. ``report`` is called for
    each miss of the system named ``newsdesk``.
    """
    text: str = gold["text"]
    for entity in gold["entities"]:
        if entity["type"] != "person":
            continue
        chain = chains[entity["id"]]
        for start, end in entity["mentions"]:
            word = text[start:end].lower()
            if word not in PERSON_PRONOUNS:
                continue
            kind = pronoun_kind(word)
            for system, (names_of, scores) in systems.items():
                names = list(names_of((start, end)))
                ok = scores.add(kind, bool(chain.names), names, chain)
                if not ok and report is not None and system == "newsdesk":
                    report(kind, (start, end), chain, names)
