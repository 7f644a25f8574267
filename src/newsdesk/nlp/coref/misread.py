"""Names the model typed as a place that ``she`` or ``he`` shows to be a person.

No person of the page fits ``she``, but a name typed GPE, LOC or FAC was the
subject of this or the previous sentence and looks like a person's name (one
to three capitalised words, none an organisation noun or a connective): it is
a person (``Anna Paris claims she ...``; the small model reads ``Paris`` as
the city). Used by the resolver of ``nlp.coref.resolve``; linear in the entities.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from newsdesk.lexicon.labels import ANY_SUBJECT_DEPS, PLACE_OR_FACILITY_LABELS
from newsdesk.lexicon.names import ORGANISATION_NOUNS
from newsdesk.lexicon.words import TITLE_GLUE
from newsdesk.nlp.entities.join import Cluster

__all__ = ["misread_person"]


def misread_person(
    doc: Doc,
    clusters: list[Cluster],
    sentence: int,
    floor: float,
    bound: Callable[[Cluster], bool],
) -> Cluster | None:
    """The place-typed name, subject of this or the previous sentence, with the most
    salience above ``floor`` and not ``bound`` to the pronoun, retyped PERSON; or None."""
    best: Cluster | None = None
    best_score = floor
    for cluster in clusters:
        if (
            cluster.type not in PLACE_OR_FACILITY_LABELS
            or cluster.last_token < 0
            or not cluster.names
        ):
            continue
        if doc[cluster.last_token].dep_ not in ANY_SUBJECT_DEPS or not _person_like(cluster):
            continue
        if sentence - cluster.stamp > 1 or bound(cluster):
            continue
        score = cluster.salience * 0.5 ** (sentence - cluster.stamp)
        if score > best_score:
            best, best_score = cluster, score
    if best is not None:
        best.type = "PERSON"
    return best


def _person_like(cluster: Cluster) -> bool:
    """One to three capitalised words, none an organisation noun or a connective."""
    key = cluster.key
    return 1 <= len(key) <= 3 and not any(
        w in ORGANISATION_NOUNS or w in TITLE_GLUE or not w[:1].isalpha() for w in key
    )
