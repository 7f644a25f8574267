"""Pronoun and nominal coreference: join ``he``, ``the Leader``, ``the minister`` to entities.

A salience-based resolver in the manner of Lappin & Leass (1994), in one
left-to-right pass over the parse. Every mention of an entity adds to its
salience (more for subjects and heads than for objects and embedded nouns,
less inside a quotation); salience halves with every sentence, and an entity
mentioned often keeps a floor (the article's protagonist); the weights are
data in ``nlp.coref.salience``. A third-person pronoun goes to the most
salient entity that agrees with it in gender (from honorifics, titles, first
names, pronouns already joined) and number and is not its co-argument
(``Trump told him``). The subject of the verb governing the pronoun's clause
gets a bonus (``Smith said he``); a pronoun in an opening adjunct points
forward to the subject (``In her speech, Ardern``; ``nlp.coref.syntax``,
which also mends a heading the parser ran into a paragraph). ``they`` goes to
coordinated people, a family, a people, a group noun's group (``the
couple``; ``nlp.coref.groups``), an organisation or a country that acts at a
cost, never one person, and is left alone when a plural common noun (``the
researchers``) is likelier (``nlp.coref.plural``). Quotations
(``nlp.coref.quotes``): a pronoun inside one is not its speaker (who says
``I``: ``nlp.speakers.first_person``), nor whom it is told to, nor the subject of the
verb reporting it; a pronoun speaking one prefers the previous quote's
speaker and is not whom the quote names (``He said, "Warhol was"``); a pull
quote is its signer's (``nlp.coref.pull``). A name the model typed as a place
may be a person (``Anna Paris claims she``; ``nlp.coref.misread``), so is a
name after a naming phrase (``a fan going by the name "X"``;
``nlp.entities.called``). ``the Leader``, ``the minister``: role nouns
(``nlp.coref.nominal``, ``nlp.coref.roles``). Which entity each token holds:
``nlp.coref.index``. Quote speakers become entities in ``nlp.speakers.entities``. The
cost is linear in the tokens times the entities in play.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from newsdesk.lexicon.labels import (
    ANY_SUBJECT_DEPS,
    NOUN_POS,
    OBJECT_DEPS,
    PERSONAL_PRONOUN_TAGS,
    PLURAL_TAGS,
)
from newsdesk.lexicon.pronouns import PRONOUNS, PronounInfo
from newsdesk.nlp.coref.groups import (
    describes_nobody,
    family_group,
    group_clusters,
    group_like,
    group_noun,
    name_group,
    salient_group,
    singular_person,
)
from newsdesk.nlp.coref.index import TokenIndex
from newsdesk.nlp.coref.misread import misread_person
from newsdesk.nlp.coref.nominal import nominal_referent
from newsdesk.nlp.coref.plural import PluralNouns, plural_fit
from newsdesk.nlp.coref.pull import pull_quotes
from newsdesk.nlp.coref.quotes import QuoteLike, QuoteMap
from newsdesk.nlp.coref.roles import counterpart_roles, learn_roles
from newsdesk.nlp.coref.salience import (
    CLAUSE_SUBJECT_BONUS,
    GENDER_BONUS,
    MIN_SALIENCE,
    PARALLEL_BONUS,
    SPEAKER_BONUS,
    decayed,
    mention_weight,
    presence,
)
from newsdesk.nlp.coref.syntax import cataphor, clause_subject
from newsdesk.nlp.entities.called import called_names
from newsdesk.nlp.entities.join import Cluster, NameMention, PageNames
from newsdesk.nlp.paragraphs import Paragraphs

__all__ = ["QuoteLike", "Resolution", "resolve"]

#: Where a plural common noun takes part in a clause (subject or object): ``officials``.
_ARGUMENT_DEPS = ANY_SUBJECT_DEPS | OBJECT_DEPS


@dataclass(frozen=True, slots=True)
class Resolution:
    """The entities of the page, and the entity (cluster index) of each token that
    is part of a name, a joined pronoun or a joined role noun."""

    clusters: list[Cluster]
    tokens: dict[int, int]
    paragraphs: Paragraphs


def resolve(
    doc: Doc, names: PageNames, quotes: Sequence[QuoteLike], *, paragraphs: Paragraphs
) -> Resolution:
    """Join the pronouns and role nouns of ``doc`` (whose text has ``paragraphs``) to the
    entities of ``names``."""
    return _Resolver(doc, called_names(doc, names), quotes, paragraphs).run()


def _free(wanted: Callable[[Cluster], bool]) -> Callable[[Cluster], float | None]:
    """Every entity ``wanted`` admits, at no cost."""
    return lambda cluster: 0.0 if wanted(cluster) else None


class _Resolver:
    def __init__(
        self, doc: Doc, names: PageNames, quotes: Sequence[QuoteLike], paragraphs: Paragraphs
    ) -> None:
        mentions, clusters = names.mentions, names.clusters
        self.doc = doc
        # read per candidate entity for every pronoun: plain lists, not a Token each time
        self.deps = [t.dep_ for t in doc]
        self.heads = [t.head.i for t in doc]
        self.mentions = mentions
        self.clusters = clusters
        self.plural_names: dict[int, bool] = {}  # entity index -> a name of it is plural
        self.index = TokenIndex(names)
        self.name_at = self.index.name_at  # a name's first token → (mention, cluster)
        self.in_name = self.index.in_name  # token → the name mention it is part of
        self.resolved = self.index.resolved  # head token → cluster, pronouns and nominals
        text = doc.text  # Doc.text joins every token: read it once, not per mention
        voices = [
            (start, end, pull.speaker)
            for pull in pull_quotes(doc, text, self.index.name_person, paragraphs)
            for start, end in pull.regions
        ]
        self.quoted = QuoteMap(doc, quotes, names, voices)
        self.text = text
        self.paragraphs = paragraphs
        # coordinated people (by the token their last name starts at), and each group's people
        self.groups, self.members = group_clusters(doc, clusters, self.index.person_cluster)
        self.plural_nouns = PluralNouns()  # the plural common nouns in play
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
                    if info is not None and token.tag_ in PERSONAL_PRONOUN_TAGS:
                        self._on_pronoun(token, info)
                    elif self._on_group_noun(token):
                        pass
                    elif token.tag_ == "NNS" and token.dep_ in _ARGUMENT_DEPS:
                        self._on_plural_noun(token)
                    elif token.pos_ in NOUN_POS:
                        self._on_nominal(token)
                i += 1
        return Resolution(
            clusters=self.clusters, tokens=self.index.tokens(), paragraphs=self.paragraphs
        )

    def _on_name(self, mention: NameMention, cluster: Cluster) -> None:
        head = self.doc[mention.token_start : mention.token_end].root
        if cluster.type == "PERSON":
            learn_roles(self.doc, mention, cluster, head, self.index.person_at, self.in_name)
            counterpart_roles(head, cluster, self.index.cluster_of)
        elif cluster.type == "NORP" and head.tag_ in PLURAL_TAGS:
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
        self.plural_nouns.add(token, self._weight(token, token.idx), self.sentence)

    def _on_pronoun(self, token: Token, info: PronounInfo) -> None:
        if info.person != 3:
            return
        is_speaker = token.i in self.quoted.speaker_quote
        fit: Callable[[Cluster], float | None]
        if info.number == "pl":
            fit = plural_fit(self.doc, is_speaker, self.sentence, self.plural_names)
        elif info.gender in {"m", "f"}:
            fit = _free(singular_person)
        elif is_speaker:
            fit = _free(group_like)
        else:
            return
        if info.number == "pl" and describes_nobody(clause_subject(token), self.index.known):
            return  # ``the fans, who said their ...``: a plural that names nobody
        best, score = self._forward(token, info), math.inf
        if best is None:
            best, score = self._best(token, info, fit, is_speaker)
        if best is not None and info.number == "pl":
            if self.plural_nouns.rival(token, self.sentence) > score:
                return  # ``the researchers ... they``: a plural that names nobody
            name_group(best, self.clusters, self.members)
        if best is None and info.gender in {"m", "f"} and self.quoted.at(token.idx) is None:
            best = misread_person(
                self.doc,
                self.clusters,
                self.sentence,
                MIN_SALIENCE * 10,
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

    def _on_group_noun(self, token: Token) -> bool:
        """``the couple``, ``the parents``: the most salient group of people in play."""
        determiner = group_noun(token)
        if determiner is None:
            return False
        group = salient_group(self.clusters, self._presence, MIN_SALIENCE, self.sentence)
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
        if token.dep_ in ANY_SUBJECT_DEPS and token.head.dep_ == "ccomp":
            subject = clause_subject(token)
        else:
            subject = cataphor(token)
        if subject is None:
            return None
        inside = self.quoted.at(token.idx)
        if inside is not None and self.quoted.at(subject.idx) != inside:
            return None  # the reporting verb's subject speaks the quote: it would say "I"
        # ``Malaysia's Prime Minister, Najib Razak said``: the parser may split the subject
        others = [
            c for c in subject.head.children if c.dep_ in ANY_SUBJECT_DEPS and c.i != subject.i
        ]
        for candidate in [subject, *others]:
            cluster = self.index.cluster_of(candidate)
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

    def _best(
        self,
        token: Token,
        info: PronounInfo,
        fit: Callable[[Cluster], float | None],
        is_speaker: bool,
    ) -> tuple[Cluster | None, float]:
        """The entity the pronoun most likely names, and its score: the most salient one
        that ``fit`` admits (less what it costs) with the bonuses of the pronoun's syntax."""
        best: Cluster | None = None
        best_score = MIN_SALIENCE
        paragraph = self._paragraph(token.idx)
        quoting = self.quoted.speaking(token.idx)
        subject = clause_subject(token) if info.gender in {"m", "f"} else None
        preferred = self.index.cluster_of(subject) if subject is not None else None
        # ``He said, "Andy Warhol was ..."``: a pronoun does not name whom its quote names
        named = self.quoted.named_by_speaker(token.i) if not info.possessive else set()
        named = named | self.quoted.addressed(token.idx)  # ``told Reuters: "they"``: not "you"
        for cluster in self.clusters:
            cost = fit(cluster)
            if cost is None or cluster.last_token < 0:
                continue
            if cluster.index == quoting or cluster.index in named:  # a speaker says "I"
                continue
            salience = self._presence(cluster)
            if salience < MIN_SALIENCE:
                continue
            if info.gender in {"m", "f"} and cluster.gender not in (None, info.gender):
                continue
            if self._bound(token, info, cluster):
                continue
            score = salience - cost
            if info.gender is not None and cluster.gender == info.gender:
                score += GENDER_BONUS
            if cluster is preferred:
                score += CLAUSE_SUBJECT_BONUS
            if token.dep_ in ANY_SUBJECT_DEPS and self.deps[cluster.last_token] in ANY_SUBJECT_DEPS:
                score += PARALLEL_BONUS
            if (
                is_speaker
                and self.last_speaker is not None
                and self.last_speaker[0] == cluster.index
                and paragraph - self.last_speaker[1] <= 2
            ):
                score += SPEAKER_BONUS
            if score > best_score:
                best, best_score = cluster, score
        return best, best_score

    def _bound(self, token: Token, info: PronounInfo, cluster: Cluster) -> bool:
        """A plain pronoun cannot be its own clause's subject (``Trump told him``)."""
        if info.possessive or info.reflexive:
            return False
        last = cluster.last_token
        if self.deps[last] not in ANY_SUBJECT_DEPS or self.heads[last] != token.head.i:
            return False
        # one sentence of the parse, but not across a paragraph break it ran over
        return self._paragraph(self.doc[last].idx) == self._paragraph(token.idx)

    def _on_nominal(self, token: Token) -> None:
        """``the minister``, ``the ministry``: a definite role or organisation noun."""
        found = nominal_referent(
            self.doc,
            self.text,
            token,
            self.in_name,
            self.index.person_at,
            self.index.cluster_of,
            self.clusters,
            self.sentence,
        )
        if found is not None:
            self._join(found[0], token, found[1])

    def _add(self, cluster: Cluster, head: Token, char: int) -> None:
        weight = self._weight(head, char)
        cluster.salience = decayed(cluster.salience, cluster.stamp, self.sentence) + weight
        cluster.stamp = self.sentence
        cluster.last_token = head.i
        if head.i in self.quoted.speaker_quote:
            self.last_speaker = (cluster.index, self._paragraph(char))
            self.quoted.spoke(head.i, cluster.index)

    def _weight(self, head: Token, char: int) -> float:
        return mention_weight(head, self.quoted.at(char) is not None)

    def _presence(self, cluster: Cluster) -> float:
        """Salience decayed to the current sentence, with the protagonist's floor."""
        return presence(cluster, self.sentence)

    def _paragraph(self, char: int) -> int:
        return bisect.bisect_right(self.paragraphs.starts, char) - 1
