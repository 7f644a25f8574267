"""Plural antecedents for ``they``: coordinated people and plural family names.

``Thomas Sam and his wife Manju Sam ... their child``: people joined by
``and`` in one noun phrase form a group that ``they``/``their`` can take up
(the coordination, in the manner of the plural antecedents of Lappin & Leass
1994 and of Stanford's multi-sieve resolver, Lee et al. 2013). ``the Sams``:
a plural of the family name of people of the page names the same group, and so
does a definite group noun (``the couple``, ``the parents``: ``names.GROUP_NOUNS``).
Found on the parse, once per page, linear in the number of tokens.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from newsdesk.lexicon.labels import GROUP_LABELS, NOUN_POS
from newsdesk.lexicon.names import GROUP_NOUNS
from newsdesk.nlp.entities.join import Cluster, NameMention

__all__ = [
    "Coordination",
    "coordinations",
    "describes_nobody",
    "family_group",
    "family_stem",
    "group_clusters",
    "group_like",
    "group_noun",
    "name_group",
    "salient_group",
    "singular_person",
]

_AND = frozenset({"and", "&"})
_GROUP_DETERMINERS = frozenset({"the", "both"})
_NOT_HEADS = frozenset({"compound", "amod", "nummod", "quantmod"})
_GROUP_RECENCY = 4  # sentences since a group was last mentioned, for ``the couple``
_REACH = 6  # tokens from a conjunct's head to the name it carries (``his wife Manju Sam``)


@dataclass(frozen=True, slots=True)
class Coordination:
    """People coordinated in one noun phrase: their clusters, the phrase's head token,
    the token where the last person's name starts, and the phrase's character span."""

    members: tuple[int, ...]
    head: int
    last_name_token: int
    start: int
    end: int


def coordinations(doc: Doc, person_of: Callable[[int], int | None]) -> list[Coordination]:
    """The coordinations of two or more different people in ``doc``.

    ``person_of`` gives the person cluster of a token inside a person's name
    (or None). A conjunct that is a description carrying a name (``his wife
    Manju Sam``) counts as that person.
    """
    found: list[Coordination] = []
    for token in doc:
        first = person_of(token.i)
        if (
            first is None
            or token.dep_ == "conj"
            or (token.head.i != token.i and _same_name(token.head, first, person_of))
        ):
            continue
        conjuncts = _conjuncts(token)
        if len(conjuncts) < 2 or not _has_and(conjuncts):
            continue
        members: list[int] = []
        last: Token | None = None
        for conjunct in conjuncts:
            person = _person_in(conjunct, person_of)
            if person is None:
                members = []
                break
            if person[0] not in members:
                members.append(person[0])
            last = person[1]
        if len(members) < 2 or last is None:
            continue
        begin = token
        while begin.i > 0 and person_of(begin.i - 1) == first:
            begin = doc[begin.i - 1]
        start = begin.idx
        end = last.idx + len(last.text)
        name_start = last
        while name_start.i > 0 and person_of(name_start.i - 1) == members[-1]:
            name_start = doc[name_start.i - 1]
        found.append(Coordination(tuple(members), token.i, name_start.i, start, end))
    return found


def group_clusters(
    doc: Doc, clusters: list[Cluster], person_of: Callable[[int], int | None]
) -> tuple[dict[int, list[tuple[Coordination, Cluster]]], dict[int, tuple[int, ...]]]:
    """A plural person cluster (added to ``clusters``) for each coordination of people;
    returns them by the token the last person's name starts at, and each one's people."""
    groups: dict[int, list[tuple[Coordination, Cluster]]] = {}
    members: dict[int, tuple[int, ...]] = {}
    for group in coordinations(doc, person_of):
        cluster = Cluster(index=len(clusters), type="PERSON", plural=True)
        clusters.append(cluster)
        groups.setdefault(group.last_name_token, []).append((group, cluster))
        members[cluster.index] = group.members
    return groups, members


def name_group(
    group: Cluster, clusters: list[Cluster], members: dict[int, tuple[int, ...]]
) -> None:
    """A group of coordinated people without a name of its own is called by theirs."""
    if not group.names and not group.aliases:
        group.aliases.append(
            " and ".join(clusters[m].fullest() for m in members.get(group.index, ()))
        )


def _same_name(head: Token, cluster: int, person_of: Callable[[int], int | None]) -> bool:
    """The token's head is part of the same name (only a name's head starts a search)."""
    return person_of(head.i) == cluster


def _conjuncts(token: Token) -> list[Token]:
    conjuncts = [token]
    at = 0
    while at < len(conjuncts):
        conjuncts.extend(c for c in conjuncts[at].children if c.dep_ == "conj")
        at += 1
    return conjuncts


def _has_and(conjuncts: list[Token]) -> bool:
    return any(c.dep_ == "cc" and c.lower_ in _AND for t in conjuncts for c in t.children)


def _person_in(conjunct: Token, person_of: Callable[[int], int | None]) -> tuple[int, Token] | None:
    """The person a conjunct names, and the last token of that name."""
    person = person_of(conjunct.i)
    if person is not None:
        end = conjunct
        while end.i + 1 < len(end.doc) and person_of(end.i + 1) == person:
            end = end.doc[end.i + 1]
        return person, end
    if conjunct.pos_ not in NOUN_POS:
        return None
    for token in conjunct.subtree:
        if abs(token.i - conjunct.i) > _REACH or token.dep_ == "conj":
            continue
        found = person_of(token.i)
        if found is not None:
            end = token
            while end.i + 1 < len(end.doc) and person_of(end.i + 1) == found:
                end = end.doc[end.i + 1]
            return found, end
    return None


def family_stem(word: str) -> str | None:
    """The family name a plural name stands for: ``sams`` → ``sam``; None if not plural."""
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return None


def family_group(
    doc: Doc,
    mention: NameMention,
    cluster: Cluster,
    clusters: list[Cluster],
    members: dict[int, tuple[int, ...]],
) -> Cluster | None:
    """``the Sams``: a plural of people's family name is the group of those people.

    When a coordination named them (``members``: group cluster → its people),
    the mention moves to that group, which is returned; else ``cluster``
    becomes a plural person entity of its own (and None is returned).
    """
    stem = family_stem(mention.key[-1]) if len(mention.key) == 1 else None
    before = doc[mention.token_start - 1] if mention.token_start > 0 else None
    if stem is None or before is None or before.lower_ != "the":
        return None
    people = {c.index for c in clusters if c.type == "PERSON" and c.key[-1:] == (stem,)}
    if not people:
        return None
    for index, group_members in members.items():
        group = clusters[index]
        if group.last_token >= 0 and set(group_members) <= people:
            cluster.names.remove(mention)
            cluster.mentions.remove((mention.start, mention.end))
            group.names.append(mention)
            group.mentions.append((mention.start, mention.end))
            return group
    cluster.type = "PERSON"
    cluster.plural = True
    return None


def group_noun(token: Token) -> Token | None:
    """For ``the couple`` / ``the parents`` headed by ``token``: its determiner."""
    if token.lower_ not in GROUP_NOUNS or token.dep_ in _NOT_HEADS:
        return None
    if token.tag_ not in {"NN", "NNS", "CD"}:
        return None
    if token.tag_ == "CD" and any(c.dep_ in {"amod", "advmod"} for c in token.children):
        return None  # ``the top three``: a rank, not people
    if any(_of_someone_else(c) for c in token.children):
        return None  # ``the parents of the victim``: other people's
    return next(
        (
            c
            for c in token.children
            if c.dep_ in {"det", "predet"} and c.lower_ in _GROUP_DETERMINERS
        ),
        None,
    )


def salient_group(
    clusters: list[Cluster], presence: Callable[[Cluster], float], floor: float, sentence: int
) -> Cluster | None:
    """The group of people in play (coordinated, or a family, and mentioned in the last
    few sentences) with the most ``presence`` above ``floor``, for ``the couple``; None
    if there is none."""
    best: Cluster | None = None
    best_score = floor
    for cluster in clusters:
        if cluster.type != "PERSON" or not cluster.plural or cluster.last_token < 0:
            continue
        if sentence - cluster.stamp > _GROUP_RECENCY:
            continue
        score = presence(cluster)
        if score > best_score:
            best, best_score = cluster, score
    return best


def _of_someone_else(child: Token) -> bool:
    """``of the victim`` (not ``of them``): the noun is said of other people."""
    return (
        child.dep_ == "prep"
        and child.lower_ == "of"
        and any(c.dep_ == "pobj" and c.pos_ != "PRON" for c in child.children)
    )


def describes_nobody(subject: Token | None, known: Callable[[int], bool]) -> bool:
    """Whether ``subject`` is a plural common noun (``fans``) that is not part of a name
    nor joined to an entity (``known``)."""
    return subject is not None and subject.tag_ == "NNS" and not known(subject.i)


def singular_person(cluster: Cluster) -> bool:
    """``he``/``she``: one person."""
    return cluster.type == "PERSON" and not cluster.plural


def group_like(cluster: Cluster) -> bool:
    """``it said``: an organisation, a country, a people."""
    return cluster.type in GROUP_LABELS and not cluster.plural
