"""Scoring person pronouns against gold coreference chains, under three readings.

The gold (GUM news, shared/data/coref/README.md) puts every pronoun of a
person in that person's chain. The scored pronouns are the personal,
possessive and reflexive forms of ``he``, ``she``, ``they`` and of the
first person singular (``I``, ``me``, ``my`` ...), in chains typed person;
``we``/``us``/``our`` and ``you`` are not scored (``we`` is mostly a group or an
organisation in the gold). Our side: the entity (of the record) whose
mentions include the pronoun's exact span; its *names* are its mentions
written as proper names (``is_name``). The gold has no part of speech, so a
name is told by the text's own spelling (``Spelling``): capitalised words
the text never writes in lower case, one of them capitalised where no
sentence starts (``Voters`` opening a sentence is no name), or in an entity
the gold links to Wikipedia (``Muslims`` opening one is).

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

Each is split by kind: ``he/she``, ``they``, ``first person``. Apart, the
plural pronouns of named organisation chains (``Google ... their fair``) are
right when joined to one of the chain's names.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from newsdesk.lexicon.pronouns import PRONOUNS

__all__ = [
    "KINDS",
    "PERSON_PRONOUNS",
    "READINGS",
    "Chain",
    "PronounScores",
    "Spelling",
    "Tally",
    "chain_of",
    "hits",
    "is_name",
    "pronoun_kind",
    "score_pronouns",
    "spelling",
    "spelling_of",
    "starts_sentence",
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
#: What stands right before a word opening a sentence: a paragraph break, a sentence's
#: end (with closing marks) and a space, or an opening quotation mark or bracket.
_SENTENCE_START = re.compile(r"(?:\n|([.!?])[\"”’)\]]*\s+|[\"“‘(\[])\Z")
#: Words a full stop follows without ending the sentence (``Mr. Smith``); so does a
#: single letter (``U.S. President``, ``John F. Kennedy``). English usage, by hand.
_ABBREVIATIONS = frozenset(
    {"mr", "mrs", "ms", "dr", "st", "jr", "sr", "prof", "gen", "gov", "sen", "rep", "lt", "col",
     "sgt", "capt", "rev", "no", "vs", "inc", "co", "corp", "ltd"}
)  # fmt: skip
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
    #: ``they``/``them``/``their`` of named organisations, kept apart from the readings
    organisations: Tally = field(default_factory=Tally)

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


@dataclass(frozen=True, slots=True)
class Spelling:
    """What a gold text's own spelling says of its words, to tell names from common nouns.

    ``lower``: words the text writes in lower case somewhere (``Parents`` opening
    a sentence is no name when ``parents`` occurs). ``inner``: words it writes
    capitalised where no sentence starts, outside headings (a capital that
    only ever opens a sentence, ``Voters``, ``Critics``, says nothing).
    ``linked``: the spans of gold entities linked to Wikipedia, whose capital
    counts wherever it stands (``Muslims`` opening its only sentence).
    """

    text: str
    lower: frozenset[str]
    inner: frozenset[str]
    linked: frozenset[Span] = frozenset()


def spelling(text: str, headings: Iterable[Span] = (), linked: Iterable[Span] = ()) -> Spelling:
    """The ``Spelling`` of ``text`` with its heading spans and its linked entities' spans."""
    headings = list(headings)
    lower: set[str] = set()
    inner: set[str] = set()
    for at, _, word in _words(text, 0, len(text)):
        if word.islower():
            lower.add(word)
        elif (
            word[:1].isupper()
            and not any(s <= at < e for s, e in headings)
            and not starts_sentence(text, at)
        ):
            inner.add(_bare(word))
    return Spelling(text, frozenset(lower), frozenset(inner), frozenset(linked))


def spelling_of(gold: dict[str, Any]) -> Spelling:
    """The ``Spelling`` of a gold record: its text, its headings, its linked entities."""
    headings = [
        (p["start"], p["end"]) for p in gold.get("paragraphs", ()) if p["kind"] == "heading"
    ]
    linked = [
        (s, e)
        for entity in gold["entities"]
        if entity.get("wiki")
        for s, e in (*entity["mentions"], *entity["minspans"])
    ]
    return spelling(gold["text"], headings, linked)


#: Characters read back for the word a full stop ends ("Mr.", "U.S."): longer than any.
_WORD_WINDOW = 32


def starts_sentence(text: str, at: int) -> bool:
    """Whether the word at ``at`` opens a paragraph, a sentence or a quotation."""
    if at == 0 or text[at - 1] == "\n":
        return True
    found = _SENTENCE_START.search(text, max(0, at - 8), at)
    if found is None:
        return False
    if found.group(1) is None:
        return True
    window = text[max(0, found.start() - _WORD_WINDOW) : found.start()]
    before = window.rsplit(None, 1)[-1:]  # the word the full stop ends
    word = before[0].strip(_PUNCT).lower() if before else ""
    return word not in _ABBREVIATIONS and not (len(word) == 1 and word.isalpha())


def is_name(span: Span, spelling: Spelling) -> bool:
    """Whether the span is a proper name: capitalised words, not a pronoun or determiner,
    at least one of them no common noun (never in lower case) and capitalised where no
    sentence starts (or in an entity the gold links to Wikipedia)."""
    words = _words(spelling.text, *span)
    if not words or words[0][1].lower() in _NOT_NAMES:
        return False
    capitalised = [(at, w) for at, raw, w in words if raw[:1].isupper()]
    if len(capitalised) < len([r for _, r, _ in words if r[:1].isalpha() and r not in _GLUE]):
        return False
    return any(
        w.lower() not in spelling.lower
        and (
            span in spelling.linked
            or not starts_sentence(spelling.text, at)
            or _bare(w) in spelling.inner
        )
        for at, w in capitalised
    )


def chain_of(entity: dict[str, Any], spelling: Spelling) -> Chain:
    """The gold entity's chain: its mentions and minimal spans, and which are names."""
    mentions = tuple((s, e) for s, e in entity["mentions"]) + tuple(
        (s, e) for s, e in entity["minspans"]
    )
    names = tuple((s, e) for s, e in entity["minspans"] if is_name((s, e), spelling))
    return Chain(mentions=mentions, names=names)


def _words(text: str, start: int, end: int) -> list[tuple[int, str, str]]:
    """The words of ``text[start:end]`` as ``str.split`` cuts them: each one's offset
    (of its first letter), as written, and without its punctuation (maybe empty)."""
    found = []
    for piece in re.finditer(r"\S+", text[start:end]):
        raw = piece.group()
        word = raw.strip(_PUNCT)
        offset = raw.index(word) if word else 0
        found.append((start + piece.start() + offset, raw, word))
    return found


def _bare(word: str) -> str:
    """A word without its punctuation and possessive ending: ``Hamill's,`` → ``Hamill``."""
    word = word.strip(_PUNCT)
    for ending in ("'s", "’s"):
        if word.endswith(ending):
            return word[: -len(ending)]
    return word


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
    """Score every gold person pronoun of ``gold`` for each system, and apart, the plural
    pronouns of its named organisations (``Google ... their fair``).

    A system is a function from the pronoun's span to the name spans of the
    entity it joined the pronoun to, and its scores. ``report`` is called for
    each miss of the system named ``newsdesk``.
    """
    text: str = gold["text"]
    for entity in gold["entities"]:
        if entity["type"] == "organization":
            _score_organisation(text, entity, chains[entity["id"]], systems)
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


def _score_organisation(
    text: str,
    entity: dict[str, Any],
    chain: Chain,
    systems: dict[str, tuple[Callable[[Span], Iterable[Span]], PronounScores]],
) -> None:
    """A plural pronoun of a named organisation's chain is right when joined to one of the
    chain's names (tallied as ``they``)."""
    if not chain.names:
        return
    for start, end in entity["mentions"]:
        if text[start:end].lower() in _PLURAL:
            for names_of, scores in systems.values():
                scores.organisations.add("they", hits(list(names_of((start, end))), chain.names))
