"""The joining of the page's name mentions (``mentions``) into entities.

``join_names`` groups the mentions of one real-world entity: a
person's short name, name with or without title and full name join when
their words (honorifics and titles stripped, see ``names``) are a subset of
one another and end on the same family name; organisations and places join
on the same words, on an equivalent name (``US`` / ``the United States``) or
on an acronym of the full name; an abbreviation written in brackets after
a full name (``mentions``) joins that name's entity. A mention spaCy
typed as an organisation or place whose words are a person's family name
joins that person (spaCy reads a bare ``Trump`` as ORG); a one-word name
typed PERSON less often than something else is that something.
``propagate`` adds the occurrences of known names the model did not tag (an
acronym as the page wrote it, too: ``WHO``, read as the pronoun ``who``).
Everything is linear in the number of mentions times the (small) number of
entities of one page.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc

from newsdesk.lexicon.given_names import FEMALE_NAMES, MALE_NAMES
from newsdesk.lexicon.labels import COMMON_NOUN_TAGS, PROPER_TAGS, SUBJECT_DEPS, TO_PERSON_LABELS
from newsdesk.lexicon.names import (
    HONORIFICS,
    NAME_SUFFIXES,
    TITLES,
)
from newsdesk.lexicon.pronouns import Gender
from newsdesk.lexicon.punctuation import NAME_STRIP_CHARS
from newsdesk.nlp.entities.mentions import (
    NameMention,
    lower_case_words,
    name_key,
    name_mentions,
)
from newsdesk.nlp.entities.orgs import (
    acronym_match,
    canonical_key,
    defined,
    label_group,
    short_form,
)

__all__ = [
    "Cluster",
    "NameMention",
    "PageNames",
    "join_names",
    "name_key",
    "name_mentions",
    "propagate",
]


@dataclass(slots=True)
class Cluster:
    """One entity while the page is being read (an accumulator, not a record)."""

    index: int
    type: str
    names: list[NameMention] = field(default_factory=list)
    key: tuple[str, ...] = ()
    gender: Gender | None = None
    roles: set[str] = field(default_factory=set)
    nations: set[str] = field(default_factory=set)  # "US President X": {"us"}
    aliases: list[str] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)
    salience: float = 0.0
    stamp: int = 0
    last_token: int = -1
    plural: bool = False

    def fullest(self) -> str:
        """The fullest proper name: most name words, then the longest text."""
        if not self.names:
            return self.aliases[0] if self.aliases else ""
        best = max(self.names, key=lambda m: (m.label == self.type, len(m.key), len(m.text)))
        return best.text


@dataclass(frozen=True, slots=True)
class PageNames:
    """The names of a page as they travel from joining to coreference: the name mentions
    in text order, the entities they join (accumulators, which later steps still add
    to) and the entity of each mention (mention index → cluster index)."""

    mentions: list[NameMention]
    clusters: list[Cluster]
    assigned: dict[int, int]


def propagate(doc: Doc, names: PageNames) -> PageNames:
    """Add the occurrences of known names that spaCy did not tag.

    The small model misses names in some positions (a family name opening a
    sentence, a country in a list), and tags some as common nouns (``Rathbun``
    opening a sentence: NN). Proper nouns, and capitalised subjects the page
    never writes in lower case, spelled like a name of
    exactly one entity of the page (a person's family name, or any name as
    the page wrote it) are mentions of that entity. Returns the names with
    those mentions, in text order.
    """
    mentions, clusters, assigned = names.mentions, names.clusters, names.assigned
    owners: dict[tuple[str, ...], int] = {}

    def own(words: tuple[str, ...], cluster: Cluster) -> None:
        known = owners.get(words, cluster.index)
        owners[words] = cluster.index if known == cluster.index else -1

    for cluster in clusters:
        if cluster.type == "PERSON" and len(cluster.key) >= 2:
            own((cluster.key[-1],), cluster)
        for name in cluster.names:
            own(tuple(t.lower_ for t in doc[name.token_start : name.token_end]), cluster)
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for words in sorted(owners, key=len, reverse=True):
        by_first.setdefault(words[0], []).append(words)
    covered = [False] * len(doc)
    for mention in mentions:
        for i in range(mention.token_start, mention.token_end):
            covered[i] = True
    pairs = [(m, assigned[i]) for i, m in enumerate(mentions)]
    common = lower_case_words(doc)
    acronyms = {n.text for c in clusters for n in c.names if n.text.isupper()}
    i = 0
    while i < len(doc):
        token = doc[i]
        if covered[i] or not token.text[:1].isupper():
            i += 1
            continue
        if (
            token.tag_ not in PROPER_TAGS
            and (
                token.tag_ not in COMMON_NOUN_TAGS
                or token.dep_ not in SUBJECT_DEPS
                or token.lower_ in common
            )
            and not _acronym(doc, i, acronyms)
        ):
            i += 1  # a common noun, unless a subject the page never writes in lower case
            continue
        match = _known_name(doc, i, by_first.get(token.lower_, ()), covered)
        owner = owners[match] if match is not None else -1
        if match is None or owner < 0:
            i += 1
            continue
        span = doc[i : i + len(match)]
        cluster = clusters[owner]
        mention = NameMention(
            start=span.start_char,
            end=span.end_char,
            token_start=i,
            token_end=i + len(match),
            text=span.text,
            label=cluster.type,
            key=name_key(span.text),
        )
        cluster.names.append(mention)
        cluster.mentions.append((mention.start, mention.end))
        pairs.append((mention, owner))
        i += len(match)
    pairs.sort(key=lambda pair: pair[0].start)
    return PageNames([m for m, _ in pairs], clusters, {i: c for i, (_, c) in enumerate(pairs)})


def _acronym(doc: Doc, i: int, acronyms: set[str]) -> bool:
    """An acronym the page names an entity by, as written (``WHO``, read as the pronoun
    ``who`` by the tagger), outside a line in capitals."""
    token = doc[i]
    if token.text not in acronyms or len(token.text) < 2:
        return False
    around = [doc[k] for k in (i - 1, i + 1) if 0 <= k < len(doc) and doc[k].is_alpha]
    return not any(t.text.isupper() and len(t.text) > 1 for t in around)


def _known_name(
    doc: Doc, start: int, candidates: Sequence[tuple[str, ...]], covered: list[bool]
) -> tuple[str, ...] | None:
    """The longest known name spelled by the tokens from ``start``, all untagged."""
    for words in candidates:
        end = start + len(words)
        if end > len(doc) or any(covered[start:end]):
            continue
        if all(doc[start + k].lower_ == word for k, word in enumerate(words)):
            return words
    return None


def join_names(mentions: list[NameMention]) -> PageNames:
    """Group the mentions into entities: ``mentions`` (as given: lone words are relabelled
    for the joining only) with their clusters."""
    clusters: list[Cluster] = []
    assigned: dict[int, int] = {}
    persons: list[Cluster] = []
    relabelled = _relabel_lone_words(mentions)
    # People first, so that a bare family name spaCy typed ORG finds its person.
    for i, mention in enumerate(relabelled):
        if mention.label != "PERSON":
            continue
        target = _person_match(mention.key, persons, suffix=_suffix(mention.text))
        if target is None:
            target = Cluster(index=len(clusters), type="PERSON")
            clusters.append(target)
            persons.append(target)
        _attach(target, mention)
        assigned[i] = target.index
    by_key: dict[tuple[str, tuple[str, ...]], Cluster] = {}
    others: list[Cluster] = []
    for i, mention in enumerate(relabelled):
        if mention.label == "PERSON":
            continue
        if mention.label in TO_PERSON_LABELS and _looks_like_a_name(mention):
            person = _person_match(mention.key, persons, strict=True)
            if person is not None:
                _attach(person, mention)
                assigned[i] = person.index
                continue
        group = label_group(mention.label)
        found = defined(mention, others)
        if found is None:
            found = by_key.get((group, canonical_key(mention.key)))
        if found is None:
            found = acronym_match(mention, others, group)
        if found is None:
            found = short_form(mention, others, group)
        if found is None:
            found = Cluster(index=len(clusters), type=mention.label)
            clusters.append(found)
            others.append(found)
        _attach(found, mention)
        by_key[(group, canonical_key(mention.key))] = found
        assigned[i] = found.index
    for cluster in clusters:
        cluster.type = _vote_type(cluster)
        cluster.gender = _name_gender(cluster)
    return PageNames(mentions, clusters, assigned)


def _relabel_lone_words(mentions: list[NameMention]) -> list[NameMention]:
    """A one-word name typed PERSON less often than something else is that something.

    (``England`` once PERSON, five times GPE, and no person named ``... England``.)
    """
    votes: dict[str, dict[str, int]] = {}
    surnames: set[str] = set()
    for mention in mentions:
        if len(mention.key) == 1:
            count = votes.setdefault(mention.key[0], {})
            count[mention.label] = count.get(mention.label, 0) + 1
        elif mention.label == "PERSON":
            surnames.add(mention.key[-1])
    relabelled: list[NameMention] = []
    for mention in mentions:
        word = mention.key[0]
        if (
            mention.label == "PERSON"
            and len(mention.key) == 1
            and word not in surnames
            and word not in MALE_NAMES
            and word not in FEMALE_NAMES
        ):
            count = votes[word]
            label = max(count, key=lambda k: (count[k], k == "PERSON"))
            if label != "PERSON":
                mention = replace(mention, label=label)
        relabelled.append(mention)
    return relabelled


def person_named(text: str, clusters: list[Cluster]) -> Cluster | None:
    """The person whose name words hold the name ``text`` ("Clement" of "Pope Clement
    XV"), for a name the tagger missed; None when no person's name fits."""
    persons = [c for c in clusters if c.type == "PERSON" and c.names]
    return _person_match(name_key(text), persons, strict=True)


def _person_match(
    key: tuple[str, ...], persons: list[Cluster], *, strict: bool = False, suffix: str = ""
) -> Cluster | None:
    """The most recent person whose name words hold ``key`` (or are held by it).

    A name written with a suffix (``Donald Trump Jr.``, ``Trump Jr.``) is never the
    person whose full names have another one or none (``Donald Trump``), nor the
    reverse; a bare family name prefers a person whose full names have none.
    """
    best: Cluster | None = None
    best_rank = -1
    for cluster in persons:
        full = cluster.key
        same_suffix = suffix in _suffixes(cluster, default=suffix)
        if (len(key) > 1 or suffix) and not same_suffix:
            continue
        if key == full:
            rank = 3
        elif (set(key) <= set(full) and key[-1] == full[-1]) or (
            not strict and set(full) <= set(key) and key[-1] == full[-1]
        ):
            rank = 2
        elif not strict and len(key) == 1 and len(full) > 1 and key[0] == full[0]:
            rank = 1
        else:
            continue
        last = cluster.names[-1].start if cluster.names else -1
        # A bare family name is the father's before the son's (``Jr.`` is always written).
        score = (2 * rank + same_suffix) * 10**9 + last
        if score > best_rank:
            best, best_rank = cluster, score
    return best


def _suffix(text: str) -> str:
    """The suffix a name is written with (``jr`` of ``Donald Trump Jr.``), or ``""``."""
    words = text.split()
    last = words[-1].strip(NAME_STRIP_CHARS).lower() if len(words) > 1 else ""
    return last if last in NAME_SUFFIXES else ""


def _suffixes(cluster: Cluster, *, default: str) -> set[str]:
    """The suffixes of a person's full names as written; ``default`` when none is full."""
    found = {_suffix(n.text) for n in cluster.names if len(n.key) > 1}
    return found or {default}


def _looks_like_a_name(mention: NameMention) -> bool:
    return 1 <= len(mention.key) <= 3 and mention.text[:1].isupper() and not mention.text.isupper()


def _attach(cluster: Cluster, mention: NameMention) -> None:
    cluster.names.append(mention)
    cluster.mentions.append((mention.start, mention.end))
    if len(mention.key) > len(cluster.key) or not cluster.key:
        cluster.key = mention.key


def _vote_type(cluster: Cluster) -> str:
    if cluster.type == "PERSON":
        return "PERSON"
    votes: dict[str, int] = {}
    for name in cluster.names:
        votes[name.label] = votes.get(name.label, 0) + 1
    return max(votes, key=lambda label: (votes[label], label == cluster.type))


def _name_gender(cluster: Cluster) -> Gender | None:
    if cluster.type != "PERSON":
        return None
    for name in cluster.names:
        words = [w.strip(NAME_STRIP_CHARS).lower() for w in name.text.split()]
        for word in words[:-1]:
            marked = HONORIFICS.get(word) or TITLES.get(word)
            if marked is not None:
                return marked
    first = cluster.key[0]
    if first in MALE_NAMES:
        return "m"
    if first in FEMALE_NAMES:
        return "f"
    return None
