"""Outlets that relay somebody else's words: "X said ..., the Tribune reported".

The outlet at the end of such a sentence is a cited source, not a speaker.
It is known by its name (``outlets.looks_like_outlet``: "Financial
Tribune", "Reuters") or, when the name says nothing of a newspaper ("The
Hindu", "Kayhan International"), by what it does: a proper name that is not a
person's, as the subject of a reporting verb (``RELAY_VERBS``), in a sentence
where somebody else speaks.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsdesk.nlp.cues import SPEECH_VERBS
from newsdesk.nlp.outlets import RELAY_VERBS, looks_like_outlet
from newsdesk.nlp.quote_speakers import sentence_end, sentence_start, speaker_of

#: Entity labels of a name that may be a newspaper's (spaCy gives "The Hindu" NORP).
_NAME_LABELS = frozenset({"ORG", "NORP", "WORK_OF_ART", "PRODUCT", "FAC", "GPE", ""})


def relays(cue: Token, speaker: Span) -> bool:
    """Whether ``speaker``, the subject of ``cue``, only relays another speaker's words."""
    if not (looks_like_outlet(speaker.text) or reporting_name(cue, speaker)):
        return False
    for token in cue.doc[sentence_start(cue) : sentence_end(cue)]:
        if token.i == cue.i or token.lemma_.lower() not in SPEECH_VERBS:
            continue
        other = speaker_of(token)
        if other is not None and not looks_like_outlet(other.text) and other != speaker:
            return True
    return False


def reporting_name(cue: Token, speaker: Span) -> bool:
    """A proper name, not a person's, as the subject of a reporting verb ("The Hindu reported")."""
    if cue.lemma_.lower() not in RELAY_VERBS:
        return False
    words = [t for t in speaker if t.lower_ != "the"]
    if not words or not all(t.pos_ == "PROPN" for t in words):
        return False
    return all(t.ent_type_ in _NAME_LABELS for t in words)
