"""Pronoun and nominal coreference: join ``he``, ``the Leader``, ``the minister`` to entities.

A salience-based resolver in the manner of Lappin & Leass (1994), in one
left-to-right pass over the parse. Every mention of an entity adds to its
salience (more for subjects and heads than for objects and embedded nouns,
less inside a quotation); salience halves with every sentence, and an entity
mentioned often keeps a floor (the article's protagonist). A third-person
pronoun goes to the most salient entity that agrees with it in gender (from
honorifics, titles, first names, pronouns already joined) and number and is
not its co-argument (``Trump told him``). The subject of the verb governing
the pronoun's clause gets a bonus (``Smith said he``); a pronoun in an
opening adjunct points forward to the subject (``In her speech, Ardern``;
``nlp.coref_syntax``, which also mends a heading the parser ran into a
paragraph). ``they`` goes to coordinated people, a family, a people, a group
noun's group (``the couple``; ``nlp.coref_groups``), an organisation only as
a quote's speaker, and is left alone when a plural common noun (``the
researchers``) is likelier. Quotations (``nlp.coref_quotes``): a pronoun
inside one is not its speaker (who says ``I``: ``nlp.first_person``) nor the
subject of the verb reporting it; a pronoun speaking one prefers the previous
quote's speaker and is not whom the quote names (``He said, "Warhol was"``);
a pull quote is its signer's (``nlp.coref_pull``). A name the model typed as
a place may be a person (``Anna Paris claims she``; ``nlp.coref_misread``),
so is a name after a naming phrase (``a fan going by the name "X"``;
``nlp.names_called``). ``the Leader``, ``the minister``: role nouns
(``nlp.coref_roles``). Quote speakers become entities in ``nlp.speakers``.
The cost is linear in the tokens times the entities in play.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from newsdesk.nlp.coref_groups import (
    describes_nobody,
    family_group,
    group_clusters,
    group_like,
    group_noun,
    name_group,
    plural_candidate,
    salient_group,
    singular_person,
)
from newsdesk.nlp.coref_misread import misread_person
from newsdesk.nlp.coref_pull import pull_quotes
from newsdesk.nlp.coref_quotes import QuoteLike, QuoteMap
from newsdesk.nlp.coref_roles import (
    by_role,
    counterpart_roles,
    definite_role,
    learn_roles,
    role_nation,
    role_phrase,
)
from newsdesk.nlp.coref_syntax import cataphor, clause_subject
from newsdesk.nlp.entities import Cluster, NameMention
from newsdesk.nlp.names import ROLE_GENDERS
from newsdesk.nlp.names_called import called_names
from newsdesk.nlp.pronouns import PRONOUNS, PronounInfo

__all__ = ["QuoteLike", "Resolution", "resolve"]

_SUBJECT = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
_OBJECT = frozenset({"dobj", "attr", "oprd"})
_OBLIQUE = frozenset({"dative", "pobj"})
_MAYBE_PEOPLE = frozenset({"PERSON", "GPE", "LOC", "FAC"})
_EMBEDDED = frozenset({"poss", "compound", "nmod", "npadvmod", "amod"})
# Weights in the manner of Lappin & Leass, set by hand and checked on the GUM
# news development documents (`newsdesk bench speakers`).
_MIN_SALIENCE = 4.0
_QUOTED_WEIGHT = 0.3
_SPEAKER_BONUS = 120.0
_PARALLEL_BONUS = 35.0
_GENDER_BONUS = 25.0
#: Marks an apposition never spans: a role after them is no name's apposition.
_APPOSITION_BREAKS = frozenset({":", '"', "“", "”", "«", "»", "„", "‘", "’"})
_CLAUSE_SUBJECT_BONUS = 60.0
_TOPIC_WEIGHT = 15.0  # the article's protagonist stays in play: per log(1 + mentions)


@dataclass(frozen=True, slots=True)
class Resolution:
    """The entities of the page, and the entity (cluster index) of each token that
    is part of a name, a joined pronoun or a joined role noun."""

    clusters: list[Cluster]
    tokens: dict[int, int]


def resolve(
    doc: Doc,
    mentions: Sequence[NameMention],
    clusters: list[Cluster],
    assigned: dict[int, int],
    quotes: Sequence[QuoteLike],
) -> Resolution:
    """Join the pronouns and role nouns of ``doc`` to ``clusters``."""
    mentions, assigned = called_names(doc, mentions, clusters, assigned)
    return _Resolver(doc, mentions, clusters, assigned, quotes).run()


class _Resolver:
    def __init__(
        self,
        doc: Doc,
        mentions: Sequence[NameMention],
        clusters: list[Cluster],
        assigned: dict[int, int],
        quotes: Sequence[QuoteLike],
    ) -> None:
        self.doc = doc
        self.mentions = mentions
        self.clusters = clusters
        self.name_at = {m.token_start: (i, assigned[i]) for i, m in enumerate(mentions)}
        self.in_name: dict[int, int] = {}  # token → the name mention it is part of
        for index, m in enumerate(mentions):
            for token_index in range(m.token_start, m.token_end):
                self.in_name[token_index] = index
        text = doc.text  # Doc.text joins every token: read it once, not per mention
        voices = [
            (start, end, pull.speaker)
            for pull in pull_quotes(doc, text, self._name_person)
            for start, end in pull.regions
        ]
        self.quoted = QuoteMap(doc, quotes, mentions, assigned, voices)
        self.text = text
        self.paragraph_starts = [0]
        at = text.find("\n\n")
        while at >= 0:
            self.paragraph_starts.append(at + 2)
            at = text.find("\n\n", at + 2)
        self.resolved: dict[int, int] = {}  # head token → cluster, for pronouns and nominals
        # coordinated people (by the token their last name starts at), and each group's people
        self.groups, self.members = group_clusters(doc, clusters, self._person_cluster)
        self.plural_noun = (0.0, 0)  # salience and sentence of the last plural common noun
        self.last_speaker: tuple[int, int] | None = None  # (cluster, paragraph)
        self.sentence = 0

    # -- the pass -------------------------------------------------------------------

    def run(self) -> Resolution:
        for number, sent in enumerate(self.doc.sents):
            self.sentence = number
            i = sent.start
            while i < sent.end:
                token = self.doc[i]
                if i in self.name_at:
                    mention_index, cluster_index = self.name_at[i]
                    self._on_name(self.mentions[mention_index], self.clusters[cluster_index])
                    i = self.mentions[mention_index].token_end
                    continue
                if i not in self.in_name:
                    info = PRONOUNS.get(token.lower_)
                    if info is not None and token.tag_ in {"PRP", "PRP$"}:
                        self._on_pronoun(token, info)
                    elif self._on_group_noun(token):
                        pass
                    elif token.tag_ == "NNS" and token.dep_ in _SUBJECT | _OBJECT:
                        self._on_plural_noun(token)
                    elif token.pos_ in {"NOUN", "PROPN"}:
                        self._on_nominal(token)
                i += 1
        found = dict(self.resolved)
        for start, (_, cluster_index) in self.name_at.items():
            for token_index in range(start, self.mentions[self.name_at[start][0]].token_end):
                found.setdefault(token_index, cluster_index)
        return Resolution(clusters=self.clusters, tokens=found)

    def _on_name(self, mention: NameMention, cluster: Cluster) -> None:
        head = self.doc[mention.token_start : mention.token_end].root
        if cluster.type == "PERSON":
            learn_roles(self.doc, mention, cluster, head, self._person_at, self.in_name)
            counterpart_roles(head, cluster, self._cluster_of)
        elif cluster.type == "NORP" and head.tag_ in {"NNPS", "NNS"}:
            cluster.plural = True  # ``Muslims``, ``Australians``: a people
        cluster = self._family(mention, cluster)
        self._add(cluster, head, mention.start)
        for group, group_cluster in self.groups.get(mention.token_start, ()):
            self._add(group_cluster, self.doc[group.head], group.start)
            group_cluster.mentions.append((group.start, group.end))

    def _family(self, mention: NameMention, cluster: Cluster) -> Cluster:
        """The entity of ``the Sams``: the group of the Sams named before, else ``cluster``
        (made a plural person when it is a family name of the page)."""
        family = family_group(self.doc, mention, cluster, self.clusters, self.members)
        if family is None:
            return cluster
        self.name_at[mention.token_start] = (self.name_at[mention.token_start][0], family.index)
        return family

    def _on_plural_noun(self, token: Token) -> None:
        """A plural common noun as subject or object (``the researchers``) is a
        candidate for ``they`` that names nobody: when it is the most salient,
        ``they`` is left alone."""
        salience, stamp = self.plural_noun
        decayed = salience * 0.5 ** (self.sentence - stamp)
        self.plural_noun = (decayed + self._weight(token, token.idx), self.sentence)

    def _name_person(self, token_index: int) -> int | None:
        """The cluster of the name the token is part of when it may be a person's (typed
        PERSON, or a place the model may have misread: ``Anna Paris``), or None."""
        mention_index = self.in_name.get(token_index)
        if mention_index is None:
            return None
        cluster = self.name_at[self.mentions[mention_index].token_start][1]
        return cluster if self.clusters[cluster].type in _MAYBE_PEOPLE else None

    def _person_cluster(self, token_index: int) -> int | None:
        mention_index = self.in_name.get(token_index)
        if mention_index is None or self.mentions[mention_index].label != "PERSON":
            return None
        cluster = self.name_at[self.mentions[mention_index].token_start][1]
        return cluster if self.clusters[cluster].type == "PERSON" else None

    def _on_pronoun(self, token: Token, info: PronounInfo) -> None:
        if info.person != 3:
            return
        is_speaker = token.i in self.quoted.speaker_quote
        wanted: Callable[[Cluster], bool]
        if info.number == "pl":
            wanted = plural_candidate(is_speaker)
        elif info.gender in {"m", "f"}:
            wanted = singular_person
        elif is_speaker:
            wanted = group_like
        else:
            return
        if info.number == "pl" and describes_nobody(clause_subject(token), self._known):
            return  # ``the fans, who said their ...``: a plural that names nobody
        best, score = self._forward(token, info), math.inf
        if best is None:
            best, score = self._best(token, info, wanted, is_speaker)
        if best is not None and info.number == "pl":
            salience, stamp = self.plural_noun
            if salience * 0.5 ** (self.sentence - stamp) > score:
                return  # ``the researchers ... they``: a plural that names nobody
            name_group(best, self.clusters, self.members)
        if best is None and info.gender in {"m", "f"} and self.quoted.at(token.idx) is None:
            best = misread_person(
                self.doc,
                self.clusters,
                self.sentence,
                _MIN_SALIENCE * 10,
                lambda cluster: self._bound(token, info, cluster),
            )
        if best is None:
            return
        if info.gender in {"m", "f"} and best.gender is None:
            best.gender = info.gender
        self._join(best, token, token.idx)

    def _join(self, cluster: Cluster, head: Token, start: int) -> None:
        """The phrase from character ``start`` to ``head`` is a mention of ``cluster``."""
        self.resolved[head.i] = cluster.index
        cluster.mentions.append((start, head.idx + len(head.text)))
        self._add(cluster, head, start)

    def _known(self, token_index: int) -> bool:
        return token_index in self.in_name or token_index in self.resolved

    def _on_group_noun(self, token: Token) -> bool:
        """``the couple``, ``the parents``: the most salient group of people in play."""
        determiner = group_noun(token)
        if determiner is None:
            return False
        group = salient_group(self.clusters, self._presence, _MIN_SALIENCE, self.sentence)
        if group is None:
            return False
        name_group(group, self.clusters, self.members)
        self._join(group, token, determiner.idx)
        return True

    def _forward(self, token: Token, info: PronounInfo) -> Cluster | None:
        """The person a clause's syntax names outright: the subject an opening adjunct
        precedes (``In her speech, Ardern said``, ``Despite their loss, the Smiths``), or
        the subject of the verb whose complement the pronoun is the subject of (``Ardern
        said she would``)."""
        if info.number == "pl":
            return self._forward_group(token)
        if info.gender not in {"m", "f"}:
            return None
        if token.dep_ in _SUBJECT and token.head.dep_ == "ccomp":
            subject = clause_subject(token)
        else:
            subject = cataphor(token)
        if subject is None:
            return None
        inside = self.quoted.at(token.idx)
        if inside is not None and self.quoted.at(subject.idx) != inside:
            return None  # the reporting verb's subject speaks the quote: it would say "I"
        # ``Malaysia's Prime Minister, Najib Razak said``: the parser may split the subject
        others = [c for c in subject.head.children if c.dep_ in _SUBJECT and c.i != subject.i]
        for candidate in [subject, *others]:
            cluster = self._cluster_of(candidate)
            if cluster is not None and cluster.type == "PERSON" and not cluster.plural:
                return cluster if cluster.gender in (None, info.gender) else None
        return None

    def _forward_group(self, token: Token) -> Cluster | None:
        """``Despite their loss, the Sams ...``: the group of people named as the subject."""
        subject = cataphor(token)
        mention = self.in_name.get(subject.i) if subject is not None else None
        if mention is None:
            return None
        name = self.mentions[mention]
        group = self._family(name, self.clusters[self.name_at[name.token_start][1]])
        return group if group.plural and group.type == "PERSON" else None

    def _cluster_of(self, token: Token) -> Cluster | None:
        mention_index = self.in_name.get(token.i)
        if mention_index is not None:
            return self.clusters[self.name_at[self.mentions[mention_index].token_start][1]]
        resolved = self.resolved.get(token.i)
        if resolved is not None:
            return self.clusters[resolved]
        for child in token.children:  # ``his father Mohamed Hassan``: the name in apposition
            if child.dep_ in {"appos", "compound"} and self._person_at(child.i):
                return self._cluster_of(child)
        return None

    def _best(
        self,
        token: Token,
        info: PronounInfo,
        wanted: Callable[[Cluster], bool],
        is_speaker: bool,
    ) -> tuple[Cluster | None, float]:
        best: Cluster | None = None
        best_score = _MIN_SALIENCE
        paragraph = self._paragraph(token.idx)
        quoting = self.quoted.speaking(token.idx)
        subject = clause_subject(token) if info.gender in {"m", "f"} else None
        preferred = self._cluster_of(subject) if subject is not None else None
        # ``He said, "Andy Warhol was ..."``: a pronoun does not name whom its quote names
        named = self.quoted.named_by_speaker(token.i) if not info.possessive else set()
        for cluster in self.clusters:
            if not wanted(cluster) or cluster.last_token < 0:
                continue
            if cluster.index == quoting or cluster.index in named:  # a speaker says "I"
                continue
            salience = self._presence(cluster)
            if salience < _MIN_SALIENCE:
                continue
            if info.gender in {"m", "f"} and cluster.gender not in (None, info.gender):
                continue
            if self._bound(token, info, cluster):
                continue
            score = salience
            if info.gender is not None and cluster.gender == info.gender:
                score += _GENDER_BONUS
            if cluster is preferred:
                score += _CLAUSE_SUBJECT_BONUS
            if token.dep_ in _SUBJECT and self.doc[cluster.last_token].dep_ in _SUBJECT:
                score += _PARALLEL_BONUS
            if (
                is_speaker
                and self.last_speaker is not None
                and self.last_speaker[0] == cluster.index
                and paragraph - self.last_speaker[1] <= 2
            ):
                score += _SPEAKER_BONUS
            if score > best_score:
                best, best_score = cluster, score
        return best, best_score

    def _bound(self, token: Token, info: PronounInfo, cluster: Cluster) -> bool:
        """A plain pronoun cannot be its own clause's subject (``Trump told him``)."""
        if info.possessive or info.reflexive:
            return False
        last = self.doc[cluster.last_token]
        if last.dep_ not in _SUBJECT or last.head.i != token.head.i:
            return False
        # one sentence of the parse, but not across a paragraph break it ran over
        return self._paragraph(last.idx) == self._paragraph(token.idx)

    def _on_nominal(self, token: Token) -> None:
        """``the minister``, ``the ministry``: a definite role or organisation noun."""
        phrase = definite_role(self.doc, token, self.in_name, self._person_at)
        if phrase is None:
            return
        start, is_role = phrase
        cluster = self._apposed_name(token)
        if cluster is None:
            types = {"PERSON"} if is_role else {"ORG", "GPE"}
            role = role_phrase(self.doc, start, token) if is_role else token.lower_
            nation = role_nation(token) if is_role else None
            cluster = by_role(role, types, self.clusters, self.sentence, nation)
        if cluster is None:
            return
        if is_role and cluster.type == "PERSON":
            cluster.roles.add(token.lower_)
            if cluster.gender is None and token.lower_ in ROLE_GENDERS:
                cluster.gender = ROLE_GENDERS[token.lower_]
        first = self.doc[start].idx
        alias = self.text[first : token.idx + len(token.text)]
        if alias not in cluster.aliases:
            cluster.aliases.append(alias)
        self._join(cluster, token, first)

    def _apposed_name(self, token: Token) -> Cluster | None:
        """``Hassan Rouhani, the president`` / ``the president, Hassan Rouhani``."""
        neighbours = [token.head] if token.dep_ == "appos" else []
        neighbours += [c for c in token.children if c.dep_ == "appos"]
        for other in neighbours:
            low, high = sorted((other.i, token.i))
            if any(t.text in _APPOSITION_BREAKS for t in self.doc[low:high]):
                continue  # 'Sunak ...: "The Home Secretary and I ..."': no apposition
            if self._person_at(other.i):
                return self._cluster_of(other)
        return None

    def _person_at(self, index: int) -> bool:
        mention_index = self.in_name.get(index)
        return mention_index is not None and self.mentions[mention_index].label == "PERSON"

    def _add(self, cluster: Cluster, head: Token, char: int) -> None:
        weight = self._weight(head, char)
        cluster.salience = cluster.salience * 0.5 ** (self.sentence - cluster.stamp) + weight
        cluster.stamp = self.sentence
        cluster.last_token = head.i
        if head.i in self.quoted.speaker_quote:
            self.last_speaker = (cluster.index, self._paragraph(char))
            self.quoted.spoke(head.i, cluster.index)

    def _weight(self, head: Token, char: int) -> float:
        weight = 100.0
        if head.dep_ in _SUBJECT:
            weight += 80
        elif head.dep_ in _OBJECT:
            weight += 50
        elif head.dep_ in _OBLIQUE:
            weight += 40
        if head.dep_ not in _EMBEDDED:
            weight += 80
        if self.quoted.at(char) is not None:
            weight *= _QUOTED_WEIGHT
        return weight

    def _presence(self, cluster: Cluster) -> float:
        """Salience decayed to the current sentence, with the protagonist's floor."""
        salience = cluster.salience * 0.5 ** (self.sentence - cluster.stamp)
        return salience + _TOPIC_WEIGHT * math.log1p(len(cluster.mentions))

    def _paragraph(self, char: int) -> int:
        return bisect.bisect_right(self.paragraph_starts, char) - 1
