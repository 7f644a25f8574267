"""Definite role and organisation nouns as mentions: ``the minister``, ``the ministry``.

A definite role noun in apposition to a person's name (``Hassan Rouhani,
the president``; ``the president, Hassan Rouhani``) is that person's; else
it goes to the most salient person who carried the role, and a definite
organisation noun to the most salient organisation or place whose name
holds it (``nlp.coref.roles``). The noun phrase becomes an alias of the
entity, the role one of the person's roles, and a gendered role (``the
queen``) gives the person's gender.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from newsdesk.lexicon.labels import INSTITUTION_LABELS
from newsdesk.lexicon.names import ROLE_GENDERS
from newsdesk.lexicon.punctuation import APPOSITION_BREAKS
from newsdesk.nlp.coref.roles import by_role, definite_role, role_nation, role_phrase
from newsdesk.nlp.entities.join import Cluster

__all__ = ["nominal_referent"]


def nominal_referent(
    doc: Doc,
    text: str,
    token: Token,
    in_name: dict[int, int],
    person_at: Callable[[int], bool],
    cluster_of: Callable[[Token], Cluster | None],
    clusters: list[Cluster],
    sentence: int,
) -> tuple[Cluster, int] | None:
    """The entity the definite role or organisation noun ``token`` of sentence number
    ``sentence`` names, and the character its phrase starts at; None if it is none.

    ``text`` is ``doc.text`` (read once per page: ``Doc.text`` joins every token);
    ``in_name`` maps the tokens of names to their mention, ``person_at`` tells a
    token of a person's name, ``cluster_of`` gives the entity of a name's token.
    The entity found learns the role, its gender and the alias.
    """
    phrase = definite_role(doc, token, in_name, person_at)
    if phrase is None:
        return None
    start, is_role = phrase
    cluster = _apposed_name(doc, token, person_at, cluster_of)
    if cluster is None:
        types = {"PERSON"} if is_role else INSTITUTION_LABELS
        role = role_phrase(doc, start, token) if is_role else token.lower_
        nation = role_nation(token) if is_role else None
        cluster = by_role(role, types, clusters, sentence, nation)
    if cluster is None:
        return None
    if is_role and cluster.type == "PERSON":
        cluster.roles.add(token.lower_)
        if cluster.gender is None and token.lower_ in ROLE_GENDERS:
            cluster.gender = ROLE_GENDERS[token.lower_]
    first = doc[start].idx
    alias = text[first : token.idx + len(token.text)]
    if alias not in cluster.aliases:
        cluster.aliases.append(alias)
    return cluster, first


def _apposed_name(
    doc: Doc,
    token: Token,
    person_at: Callable[[int], bool],
    cluster_of: Callable[[Token], Cluster | None],
) -> Cluster | None:
    """``Hassan Rouhani, the president`` / ``the president, Hassan Rouhani``."""
    neighbours = [token.head] if token.dep_ == "appos" else []
    neighbours += [c for c in token.children if c.dep_ == "appos"]
    for other in neighbours:
        low, high = sorted((other.i, token.i))
        if any(t.text in APPOSITION_BREAKS for t in doc[low:high]):
            continue  # 'Sunak ...: "The Home Secretary and I ..."': no apposition
        if person_at(other.i):
            return cluster_of(other)
    return None
