"""Pronoun and nominal coreference: join ``he``, ``the Leader``, ``the minister`` to entities.

A salience-based resolver in the manner of Lappin & Leass (1994), in one
left-to-right pass over the parse. Every mention of an entity adds to its
salience (more for subjects and heads than for objects and embedded nouns,
less inside a quotation); salience halves with every sentence. A third-person
pronoun goes to the most salient entity that agrees with it in gender and
number and is not its co-argument (``Trump told him``: not Trump). Gender
comes from honorifics, titles, first names (``names_gender``) and pronouns
already joined. An entity mentioned often keeps a floor of salience (the
article's protagonist), and a name the model typed as a place is taken for a
person when ``she`` finds nobody else (``Anna Paris claims she``). The
subject of the verb governing the pronoun's clause gets a bonus (``Smith
said he``), and a pronoun in an adjunct opening the sentence points forward
to its subject (``In her speech, Ardern``; ``nlp.coref_syntax``). ``they``
goes to coordinated people, a family or a people (``nlp.coref_groups``), an
organisation only as a quote's speaker, and is left alone when a plural
common noun (``the researchers``) is the likelier antecedent. A pronoun
inside a quotation is not the quote's speaker (who says ``I``: see
``nlp.first_person``); a pronoun that is a quote's speaker prefers the
speaker of the previous quote. ``the Leader``, ``the minister``: role nouns
(``nlp.coref_roles``). Quote speakers become entities in ``nlp.speakers``.
The cost is linear in the tokens times the entities in play.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from spacy.tokens import Doc, Token

from newsdesk.nlp.coref_groups import (
    Coordination,
    coordinations,
    describes_nobody,
    family_group,
    group_like,
    plural_candidate,
    singular_person,
)
from newsdesk.nlp.coref_roles import PREFIX_GLUE, by_role, definite_role, learn_roles
from newsdesk.nlp.coref_syntax import cataphor, clause_subject
from newsdesk.nlp.entities import Cluster, NameMention
from newsdesk.nlp.names import ORGANISATION_NOUNS, ROLE_GENDERS
from newsdesk.nlp.pronouns import PRONOUNS, PronounInfo

__all__ = ["QuoteLike", "Resolution", "resolve"]

_SUBJECT = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
_OBJECT = frozenset({"dobj", "attr", "oprd"})
_OBLIQUE = frozenset({"dative", "pobj"})
_EMBEDDED = frozenset({"poss", "compound", "nmod", "npadvmod", "amod"})
_MISREAD_TYPES = frozenset({"GPE", "LOC", "FAC"})
# Weights in the manner of Lappin & Leass, set by hand and checked on the GUM
# news development documents (`newsdesk bench speakers`).
_MIN_SALIENCE = 4.0
_QUOTED_WEIGHT = 0.3
_SPEAKER_BONUS = 120.0
_PARALLEL_BONUS = 35.0
_GENDER_BONUS = 25.0
_CLAUSE_SUBJECT_BONUS = 60.0
_TOPIC_WEIGHT = 15.0  # the article's protagonist stays in play: per log(1 + mentions)


class QuoteLike(Protocol):
    """What coreference needs of a quote (``nlp.quotes.QuoteCandidate`` has it)."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def kind(self) -> str: ...
    @property
    def speaker_span(self) -> tuple[int, int] | None: ...


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
        self.quotes = quotes
        self.name_at = {m.token_start: (i, assigned[i]) for i, m in enumerate(mentions)}
        self.in_name: dict[int, int] = {}  # token → the name mention it is part of
        for index, m in enumerate(mentions):
            for token_index in range(m.token_start, m.token_end):
                self.in_name[token_index] = index
        quoted = sorted((q.start, q.end, qi) for qi, q in enumerate(quotes) if q.kind != "indirect")
        self.quote_starts = [s for s, _, _ in quoted]
        self.quote_spans = quoted
        self.quote_speaker: dict[int, int] = {}  # quote → cluster of its speaker mention
        self.speaker_quote: dict[int, int] = {}
        for qi, quote in enumerate(quotes):
            if quote.speaker_span is None:
                continue
            span = doc.char_span(*quote.speaker_span, alignment_mode="expand")
            if span is not None:
                for token in span:
                    self.speaker_quote.setdefault(token.i, qi)
                    if token.i in self.name_at:
                        self.quote_speaker.setdefault(qi, self.name_at[token.i][1])
        text = doc.text  # Doc.text joins every token: read it once, not per mention
        self.text = text
        self.paragraph_starts = [0]
        at = text.find("\n\n")
        while at >= 0:
            self.paragraph_starts.append(at + 2)
            at = text.find("\n\n", at + 2)
        self.resolved: dict[int, int] = {}  # head token → cluster, for pronouns and nominals
        self.groups: dict[int, list[tuple[Coordination, Cluster]]] = {}  # by last name token
        self.members: dict[int, tuple[int, ...]] = {}  # group cluster → its people
        for group in coordinations(doc, self._person_cluster):
            cluster = Cluster(index=len(clusters), type="PERSON", plural=True)
            clusters.append(cluster)
            self.groups.setdefault(group.last_name_token, []).append((group, cluster))
            self.members[cluster.index] = group.members
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
        elif cluster.type == "NORP" and head.tag_ in {"NNPS", "NNS"}:
            cluster.plural = True  # ``Muslims``, ``Australians``: a people
        family = family_group(self.doc, mention, cluster, self.clusters, self.members)
        if family is not None:
            self.name_at[mention.token_start] = (self.name_at[mention.token_start][0], family.index)
            cluster = family
        self._add(cluster, head, mention.start)
        for group, group_cluster in self.groups.get(mention.token_start, ()):
            self._add(group_cluster, self.doc[group.head], group.start)
            group_cluster.mentions.append((group.start, group.end))

    def _on_plural_noun(self, token: Token) -> None:
        """A plural common noun as subject or object (``the researchers``) is a
        candidate for ``they`` that names nobody: when it is the most salient,
        ``they`` is left alone."""
        salience, stamp = self.plural_noun
        decayed = salience * 0.5 ** (self.sentence - stamp)
        self.plural_noun = (decayed + self._weight(token, token.idx), self.sentence)

    def _person_cluster(self, token_index: int) -> int | None:
        mention_index = self.in_name.get(token_index)
        if mention_index is None or self.mentions[mention_index].label != "PERSON":
            return None
        cluster = self.name_at[self.mentions[mention_index].token_start][1]
        return cluster if self.clusters[cluster].type == "PERSON" else None

    def _on_pronoun(self, token: Token, info: PronounInfo) -> None:
        if info.person != 3:
            return
        is_speaker = token.i in self.speaker_quote
        wanted: Callable[[Cluster], bool]
        if info.number == "pl":
            wanted = plural_candidate(is_speaker)
        elif info.gender in {"m", "f"}:
            wanted = singular_person
        elif is_speaker:
            wanted = group_like
        else:
            return
        if info.number == "pl" and describes_nobody(clause_subject(token), self.in_name):
            return  # ``the fans, who said their ...``: a plural that names nobody
        best, score = self._forward(token, info), 0.0
        if best is None:
            best, score = self._best(token, info, wanted, is_speaker)
        if best is not None and info.number == "pl":
            salience, stamp = self.plural_noun
            if salience * 0.5 ** (self.sentence - stamp) > score:
                return  # ``the researchers ... they``: a plural that names nobody
            if not best.names and not best.aliases:
                members = [self.clusters[m].fullest() for m in self.members.get(best.index, ())]
                best.aliases.append(" and ".join(members))
        if best is None and info.gender in {"m", "f"}:
            best = self._misread_person(token, info)
        if best is None:
            return
        if info.gender in {"m", "f"} and best.gender is None:
            best.gender = info.gender
        self.resolved[token.i] = best.index
        best.mentions.append((token.idx, token.idx + len(token.text)))
        self._add(best, token, token.idx)

    def _forward(self, token: Token, info: PronounInfo) -> Cluster | None:
        """The person a clause's syntax names outright: the subject an opening adjunct
        precedes (``In her speech, Ardern said``), or the subject of the verb whose
        complement the pronoun is the subject of (``Ardern said she would``)."""
        if info.gender not in {"m", "f"}:
            return None
        if token.dep_ in _SUBJECT and token.head.dep_ == "ccomp":
            subject = clause_subject(token)
        else:
            subject = cataphor(token)
        if subject is None:
            return None
        # ``Malaysia's Prime Minister, Najib Razak said``: the parser may split the subject
        others = [c for c in subject.head.children if c.dep_ in _SUBJECT and c.i != subject.i]
        for candidate in [subject, *others]:
            cluster = self._cluster_of(candidate)
            if cluster is not None and cluster.type == "PERSON" and not cluster.plural:
                return cluster if cluster.gender in (None, info.gender) else None
        return None

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
        inside = self._quote_at(token.idx)
        quoting = self.quote_speaker.get(inside, -1) if inside is not None else -1
        subject = clause_subject(token) if info.gender in {"m", "f"} else None
        preferred = self._cluster_of(subject) if subject is not None else None
        for cluster in self.clusters:
            if not wanted(cluster) or cluster.last_token < 0:
                continue
            if cluster.index == quoting:  # a speaker says "I", not "he"
                continue
            salience = cluster.salience * 0.5 ** (self.sentence - cluster.stamp)
            salience += _TOPIC_WEIGHT * math.log1p(len(cluster.mentions))
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

    def _misread_person(self, token: Token, info: PronounInfo) -> Cluster | None:
        """No person fits ``she``, but a name the model typed as a place was the
        subject just before (``Anna Paris claims she ...``): a person."""
        best: Cluster | None = None
        best_score = _MIN_SALIENCE * 10
        for cluster in self.clusters:
            if cluster.type not in _MISREAD_TYPES or cluster.last_token < 0 or not cluster.names:
                continue
            if self.doc[cluster.last_token].dep_ not in _SUBJECT or not _person_like(cluster):
                continue
            if self.sentence - cluster.stamp > 1 or self._bound(token, info, cluster):
                continue
            score = cluster.salience * 0.5 ** (self.sentence - cluster.stamp)
            if score > best_score:
                best, best_score = cluster, score
        if best is not None:
            best.type = "PERSON"
        return best

    def _bound(self, token: Token, info: PronounInfo, cluster: Cluster) -> bool:
        """A plain pronoun cannot be its own clause's subject (``Trump told him``)."""
        if info.possessive or info.reflexive:
            return False
        last = self.doc[cluster.last_token]
        same_sentence = last.sent.start == token.sent.start
        return same_sentence and last.dep_ in _SUBJECT and last.head.i == token.head.i

    def _on_nominal(self, token: Token) -> None:
        """``the minister``, ``the ministry``: a definite role or organisation noun."""
        phrase = definite_role(self.doc, token, self.in_name)
        if phrase is None:
            return
        start, is_role = phrase
        cluster = self._apposed_name(token)
        if cluster is None:
            types = {"PERSON"} if is_role else {"ORG", "GPE"}
            cluster = by_role(token.lower_, types, self.clusters, self.sentence)
        if cluster is None:
            return
        if is_role and cluster.type == "PERSON":
            cluster.roles.add(token.lower_)
            if cluster.gender is None and token.lower_ in ROLE_GENDERS:
                cluster.gender = ROLE_GENDERS[token.lower_]
        first = self.doc[start]
        span = (first.idx, token.idx + len(token.text))
        self.resolved[token.i] = cluster.index
        cluster.mentions.append(span)
        alias = self.text[span[0] : span[1]]
        if alias not in cluster.aliases:
            cluster.aliases.append(alias)
        self._add(cluster, token, first.idx)

    def _apposed_name(self, token: Token) -> Cluster | None:
        """``Hassan Rouhani, the president`` / ``the president, Hassan Rouhani``."""
        neighbours = [token.head] if token.dep_ == "appos" else []
        neighbours += [c for c in token.children if c.dep_ == "appos"]
        for other in neighbours:
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
        if head.i in self.speaker_quote:
            self.last_speaker = (cluster.index, self._paragraph(char))
            self.quote_speaker.setdefault(self.speaker_quote[head.i], cluster.index)

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
        if self._quoted(char):
            weight *= _QUOTED_WEIGHT
        return weight

    def _quoted(self, char: int) -> bool:
        return self._quote_at(char) is not None

    def _quote_at(self, char: int) -> int | None:
        at = bisect.bisect_right(self.quote_starts, char) - 1
        if at >= 0 and self.quote_spans[at][0] <= char < self.quote_spans[at][1]:
            return self.quote_spans[at][2]
        return None

    def _paragraph(self, char: int) -> int:
        return bisect.bisect_right(self.paragraph_starts, char) - 1


def _person_like(cluster: Cluster) -> bool:
    """One to three capitalised words, none an organisation noun or a connective."""
    key = cluster.key
    return 1 <= len(key) <= 3 and not any(
        w in ORGANISATION_NOUNS or w in PREFIX_GLUE or not w[:1].isalpha() for w in key
    )
