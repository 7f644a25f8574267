"""Salience weights of the pronoun resolver (``nlp.coref.resolve``), as data, and their arithmetic.

Source: the salience factors of Lappin & Leass (1994, "An Algorithm for
Pronominal Anaphora Resolution", Computational Linguistics 20(4)): a mention
weighs more as a subject than as an object or an oblique, more as a head
than embedded in another noun phrase, and every weight halves with each
sentence. The values were set by hand and checked on the GUM news
development documents (``newsdesk bench speakers``); the bonuses are added
to a candidate's decayed salience when it is scored for one pronoun.
"""

from __future__ import annotations

import math

from spacy.tokens import Token

from newsdesk.lexicon.labels import ANY_SUBJECT_DEPS, EMBEDDED_DEPS, OBJECT_DEPS
from newsdesk.nlp.entities.join import Cluster

__all__ = [
    "CLAUSE_SUBJECT_BONUS",
    "GENDER_BONUS",
    "MIN_SALIENCE",
    "PARALLEL_BONUS",
    "SPEAKER_BONUS",
    "decayed",
    "mention_weight",
    "presence",
]

_OBLIQUE = frozenset({"dative", "pobj"})

#: Every mention; and what its role adds (Lappin & Leass's sentence recency,
#: subject, object, indirect object/oblique and head-noun emphasis).
_BASE_WEIGHT = 100.0
_SUBJECT_WEIGHT = 80.0
_OBJECT_WEIGHT = 50.0
_OBLIQUE_WEIGHT = 40.0
_HEAD_WEIGHT = 80.0
#: A mention inside a quotation counts this share (the quote's speaker is not its topic).
_QUOTED_WEIGHT = 0.3
#: Halving of salience per sentence.
_DECAY = 0.5
#: The article's protagonist stays in play: this much per log(1 + mentions).
_TOPIC_WEIGHT = 15.0

#: Below this decayed salience an entity is out of play.
MIN_SALIENCE = 4.0
#: A pronoun speaking a quote, for the previous quote's speaker (two paragraphs on).
SPEAKER_BONUS = 120.0
#: A subject pronoun, for an entity last mentioned as a subject.
PARALLEL_BONUS = 35.0
#: A gendered pronoun, for an entity of that gender already known.
GENDER_BONUS = 25.0
#: ``Smith said he``: for the subject of the verb governing the pronoun's clause.
CLAUSE_SUBJECT_BONUS = 60.0


def mention_weight(head: Token, quoted: bool) -> float:
    """What a mention headed by ``head`` adds to its entity's salience."""
    weight = _BASE_WEIGHT
    if head.dep_ in ANY_SUBJECT_DEPS:
        weight += _SUBJECT_WEIGHT
    elif head.dep_ in OBJECT_DEPS:
        weight += _OBJECT_WEIGHT
    elif head.dep_ in _OBLIQUE:
        weight += _OBLIQUE_WEIGHT
    if head.dep_ not in EMBEDDED_DEPS:
        weight += _HEAD_WEIGHT
    if quoted:
        weight *= _QUOTED_WEIGHT
    return weight


def decayed(salience: float, stamp: int, sentence: int) -> float:
    """``salience`` set at sentence ``stamp``, as it stands at sentence ``sentence``."""
    return salience * _DECAY ** (sentence - stamp)


def presence(cluster: Cluster, sentence: int) -> float:
    """The entity's salience decayed to ``sentence``, with the protagonist's floor."""
    salience = decayed(cluster.salience, cluster.stamp, sentence)
    return salience + _TOPIC_WEIGHT * math.log1p(len(cluster.mentions))
