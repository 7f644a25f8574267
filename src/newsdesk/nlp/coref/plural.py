"""Which entities ``they``/``them``/``their`` may take up, and at what cost.

Number agreement in the manner of Lappin & Leass (1994) and of the number
and animacy constraints of Stanford's multi-sieve resolver (Lee et al.
2013), with what news writing does to it:

- a group of people (coordinated people, a family, a people named by a plural
  nationality or religion, ``Muslims``: ``Cluster.plural``) is plural;
- so is an organisation with a plural name (``the Democrats``, ``the Giants``)
  or speaking a quote (``they said``);
- news also writes ``they`` for any organisation, a company, a team or an
  agency (``Google invited him to their fair``), but less often than ``it``:
  such an organisation is taken at a cost, so that a group of people or a
  plural noun phrase in play (``the protesters``) is preferred;
- a country or a city acting (the subject of its last mention: ``China
  imposed tariffs``) stands for its government or its team, at a higher cost;
  mentioned as a place (``in China``) it is nobody;
- never a single person, never a thing;
- a plural common noun in play (``the researchers``) names nobody the page
  names: when it is likelier than the best entity, the pronoun is left alone.
  A pronoun that says (``they said``, ``they warned``) only counts the nouns
  that name people (``the protesters``, not ``the tariffs``).

The costs are subtracted from the entity's salience (``nlp.coref.salience``);
set by hand against the salience of one mention (a subject mention weighs
260, halving with every sentence).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from newsdesk.lexicon.cues import SPEECH_VERBS
from newsdesk.lexicon.labels import ANY_SUBJECT_DEPS, PLURAL_TAGS
from newsdesk.lexicon.names import GROUP_NOUNS, PEOPLE_NOUNS, PERSON_NOUNS, ROLE_NOUNS
from newsdesk.nlp.coref.salience import decayed
from newsdesk.nlp.entities.join import Cluster

__all__ = [
    "ORGANISATION_COST",
    "STATE_COST",
    "PluralNouns",
    "acting",
    "names_people",
    "plural_fit",
    "plural_name",
    "speaks",
]

#: An organisation with a singular name, for ``they``: news prefers ``it``.
ORGANISATION_COST = 80.0
#: A country or city for ``they``: only as the government or team that acted.
STATE_COST = 100.0
_STATES = frozenset({"GPE"})
_PEOPLE = PEOPLE_NOUNS | PERSON_NOUNS | ROLE_NOUNS | GROUP_NOUNS
#: Sentences back a country may act for ``they``: the one before the pronoun's, at most.
_STATE_REACH = 1


def plural_fit(
    doc: Doc, is_speaker: bool, sentence: int, plural_names: dict[int, bool]
) -> Callable[[Cluster], float | None]:
    """For a plural pronoun of ``doc`` in sentence number ``sentence`` (the speaker of a
    quote when ``is_speaker``): the cost of each entity as its antecedent, None when it
    cannot be one. ``plural_names`` keeps, by entity index, whether a name of the entity
    is plural, so each entity's names are read once per page, not once per pronoun."""

    def fit(cluster: Cluster) -> float | None:
        if cluster.plural:
            return 0.0
        if cluster.type == "ORG":
            named = plural_names.get(cluster.index)
            if named is None:
                named = plural_names[cluster.index] = plural_name(doc, cluster)
            return 0.0 if is_speaker or named else ORGANISATION_COST
        recent = sentence - cluster.stamp <= _STATE_REACH
        return STATE_COST if cluster.type in _STATES and recent and acting(doc, cluster) else None

    return fit


def plural_name(doc: Doc, cluster: Cluster) -> bool:
    """Whether a name of the entity ends on a plural noun (``the Democrats``)."""
    return any(doc[name.token_end - 1].tag_ in PLURAL_TAGS for name in cluster.names)


def acting(doc: Doc, cluster: Cluster) -> bool:
    """Whether the entity's last mention is a subject (``China imposed``)."""
    return cluster.last_token >= 0 and doc[cluster.last_token].dep_ in ANY_SUBJECT_DEPS


def names_people(noun: Token) -> bool:
    """Whether a plural common noun names people (``the protesters``, ``officials``)."""
    return noun.lemma_.lower() in _PEOPLE or noun.lower_ in _PEOPLE


def speaks(pronoun: Token) -> bool:
    """Whether the pronoun is the active subject of a verb of saying (``they said``)."""
    return pronoun.dep_ == "nsubj" and pronoun.head.lemma_.lower() in SPEECH_VERBS


@dataclass(slots=True)
class PluralNouns:
    """The salience of the plural common nouns in play, each kept as (salience, sentence):
    of all of them, and of those that name people."""

    every: tuple[float, int] = (0.0, 0)
    people: tuple[float, int] = (0.0, 0)

    def add(self, noun: Token, weight: float, sentence: int) -> None:
        """A plural common noun of sentence ``sentence`` (as subject or object) weighs in."""
        self.every = (decayed(*self.every, sentence) + weight, sentence)
        if names_people(noun):
            self.people = (decayed(*self.people, sentence) + weight, sentence)

    def rival(self, pronoun: Token, sentence: int) -> float:
        """How likely a plural noun is the pronoun's antecedent: their salience."""
        salience, stamp = self.people if speaks(pronoun) else self.every
        return decayed(salience, stamp, sentence)
