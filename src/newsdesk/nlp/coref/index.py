"""Which entity each token of the page belongs to, while coreference reads it.

The resolver of ``nlp.coref.resolve`` asks, token by token: is this part of a name,
and of whose entity (``the Sams`` may move to their group); is it a pronoun
or a noun already joined; is it a person's name. ``TokenIndex`` answers from
the name mentions (``nlp.entities.mentions``), their entities and the tokens
joined so far, in constant time per question.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsdesk.lexicon.labels import PERSON_OR_PLACE_LABELS
from newsdesk.nlp.entities.join import Cluster, PageNames

__all__ = ["TokenIndex"]


class TokenIndex:
    """The entities of the tokens: ``name_at`` (a name's first token → its mention and
    cluster), ``in_name`` (a token of a name → its mention), ``resolved`` (the head
    token of a joined pronoun or noun → its cluster)."""

    def __init__(self, names: PageNames) -> None:
        mentions, assigned = names.mentions, names.assigned
        self.mentions = mentions
        self.clusters = names.clusters
        self.name_at = {m.token_start: (i, assigned[i]) for i, m in enumerate(mentions)}
        self.in_name: dict[int, int] = {}
        for index, m in enumerate(mentions):
            for token_index in range(m.token_start, m.token_end):
                self.in_name[token_index] = index
        self.resolved: dict[int, int] = {}

    def tokens(self) -> dict[int, int]:
        """Every token of a name or joined, with its cluster."""
        found = dict(self.resolved)
        for start, (mention_index, cluster_index) in self.name_at.items():
            for token_index in range(start, self.mentions[mention_index].token_end):
                found.setdefault(token_index, cluster_index)
        return found

    def name_person(self, token_index: int) -> int | None:
        """The cluster of the name the token is part of when it may be a person's (typed
        PERSON, or a place the model may have misread: ``Anna Paris``), or None."""
        mention_index = self.in_name.get(token_index)
        if mention_index is None:
            return None
        cluster = self.name_at[self.mentions[mention_index].token_start][1]
        return cluster if self.clusters[cluster].type in PERSON_OR_PLACE_LABELS else None

    def person_cluster(self, token_index: int) -> int | None:
        """The person cluster of a token of a name tagged PERSON, or None."""
        mention_index = self.in_name.get(token_index)
        if mention_index is None or self.mentions[mention_index].label != "PERSON":
            return None
        cluster = self.name_at[self.mentions[mention_index].token_start][1]
        return cluster if self.clusters[cluster].type == "PERSON" else None

    def person_at(self, index: int) -> bool:
        """Whether the token is part of a name tagged PERSON."""
        mention_index = self.in_name.get(index)
        return mention_index is not None and self.mentions[mention_index].label == "PERSON"

    def known(self, token_index: int) -> bool:
        """Whether the token is part of a name or joined to an entity."""
        return token_index in self.in_name or token_index in self.resolved

    def cluster_of(self, token: Token) -> Cluster | None:
        """The entity of a token of a name, of a joined pronoun or noun, or of a noun
        with a person's name in apposition (``his father Mohamed Hassan``); or None."""
        mention_index = self.in_name.get(token.i)
        if mention_index is not None:
            return self.clusters[self.name_at[self.mentions[mention_index].token_start][1]]
        resolved = self.resolved.get(token.i)
        if resolved is not None:
            return self.clusters[resolved]
        for child in token.children:
            if child.dep_ in {"appos", "compound"} and self.person_at(child.i):
                return self.cluster_of(child)
        return None
