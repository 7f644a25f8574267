"""Outlets that relay somebody else's words: "X said ..., the Tribune reported".

The outlet at the end of such a sentence is a cited source, not a speaker.
It is known by its name (``outlets.looks_like_outlet``: "Financial
Tribune", "Reuters") or, when the name says nothing of a newspaper ("The
Hindu", "Kayhan International"), by what it does: a proper name that is not a
person's, as the subject of a reporting verb (``RELAY_VERBS``), in a sentence
where somebody else speaks. A foreign newspaper's name the tagger takes for a
person's or a place's ("Aftenbladet", "Asharq Al-Awsat") counts when it closes
the sentence (", Aftenbladet reported.") and is neither led by a given name nor
the name of somebody named before. ``before_relay`` ends a reported clause before
such a relay (", The Hindu reported", ", according to the Premium Times").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsdesk.lexicon.given_names import GIVEN_NAMES
from newsdesk.lexicon.labels import NEWSPAPER_NAME_LABELS, NOUN_POS
from newsdesk.lexicon.outlets import (
    MEDIA_NOUNS,
    NAME_JOINERS,
    RELAY_VERBS,
    STATE_WORDS,
    looks_like_outlet,
)
from newsdesk.nlp.parse import SENTENCE_REACH, per_doc, sentence_end, sentence_start
from newsdesk.nlp.quotes.according import cites_medium
from newsdesk.nlp.quotes.speaker import speaker_of, speech_verb

#: Longest name (words, joining marks aside) taken after a medium noun: "the daily
#: Asharq Al-Awsat".
_MAX_MEDIUM_NAME = 4

#: Key of the cached first occurrence of each word in a doc's user data.
_FIRST_SEEN = "newsdesk.first_seen"
#: Key of the cached names the page gives a medium noun ("the daily Aftenbladet").
_MEDIUM_NAMES = "newsdesk.medium_names"


def relays(cue: Token, speaker: Span) -> bool:
    """Whether ``speaker``, the subject of ``cue``, only relays another speaker's words."""
    if not (
        looks_like_outlet(speaker.text)
        or news_medium(speaker)
        or reporting_name(cue, speaker)
        or _named_medium(speaker)
    ):
        return False
    for token in cue.doc[sentence_start(cue) : sentence_end(cue)]:
        if token.i == cue.i or not speech_verb(token):
            continue
        other = speaker_of(token)
        if other is not None and not looks_like_outlet(other.text) and other != speaker:
            return True
    return False


def news_medium(speaker: Span) -> bool:
    """A phrase headed by a medium noun, with a name or "state" before it: "the RIA news
    agency", "the Kathimerini daily", "state television"."""
    if speaker.root.lemma_.lower() not in MEDIA_NOUNS:
        return False
    before = speaker.doc[speaker.start : speaker.root.i]
    return any(t.pos_ == "PROPN" or t.lower_ in STATE_WORDS for t in before)


def _named_medium(speaker: Span) -> bool:
    """A name the page elsewhere gives a medium: "Aftenbladet" after "the daily
    Aftenbladet", "Kathimerini" after "the newspaper Kathimerini"."""
    name = speaker[1:] if len(speaker) and speaker[0].lower_ == "the" else speaker
    return bool(name.text) and name.text in per_doc(speaker.doc, _MEDIUM_NAMES, _medium_names)


def _medium_names(doc: Doc) -> frozenset[str]:
    """The proper names written right after a medium noun on the page ("daily" is an ADJ),
    joined across their marks ("Asharq Al-Awsat"), when they end the noun phrase: "the
    daily Aftenbladet", not "the daily Biden briefing"."""
    names: set[str] = set()
    for token in doc:
        if token.lemma_.lower() not in MEDIA_NOUNS or token.pos_ not in {"NOUN", "ADJ"}:
            continue
        end = _name_end(doc, token.i + 1)
        if end == token.i + 1:
            continue
        name = doc[token.i + 1 : end]
        if end < len(doc) and doc[end].pos_ in NOUN_POS and any(t.head.i >= end for t in name):
            continue  # the name modifies the noun after it
        names.add(name.text)
    return frozenset(names)


def _name_end(doc: Doc, start: int) -> int:
    """Where the run of proper nouns from ``start`` ends, through marks inside the name."""
    end, words = start, 0
    while end < len(doc) and words < _MAX_MEDIUM_NAME:
        token = doc[end]
        if token.pos_ == "PROPN":
            words += 1
        elif not (
            token.text in NAME_JOINERS
            and end > start
            and end + 1 < len(doc)
            and doc[end + 1].pos_ == "PROPN"
            and (token.text == "&" or not (doc[end - 1].whitespace_ or token.whitespace_))
        ):
            break  # a dash between spaces parts two phrases: "the daily X - a rival"
        end += 1
    return end


def reporting_name(cue: Token, speaker: Span) -> bool:
    """A proper name, not a person's, as the subject of a reporting verb ("The Hindu reported")."""
    if cue.lemma_.lower() not in RELAY_VERBS:
        return False
    words = [t for t in speaker if t.lower_ != "the" and t.text not in NAME_JOINERS]
    if not words or not all(t.pos_ == "PROPN" for t in words):
        return False
    return all(t.ent_type_ in NEWSPAPER_NAME_LABELS for t in words) or _closing_tail(cue, speaker)


def _closing_tail(cue: Token, speaker: Span) -> bool:
    """', Aftenbladet reported.' closing its sentence, by a name that is no person's
    (no given name first, nobody of that name before)."""
    doc = cue.doc
    if speaker.start == 0 or doc[speaker.start - 1].text != "," or speaker.end != cue.i:
        return False
    after = doc[cue.i + 1] if cue.i + 1 < len(doc) else None
    if not (after is None or after.text in {".", "!", "?"} or after.is_sent_start is True):
        return False
    if speaker[0].lower_ in GIVEN_NAMES:
        return False  # "Maria Lopez reported": a reporter, a person
    first = per_doc(doc, _FIRST_SEEN, _first_seen).get(speaker[-1].text, speaker.start)
    return first >= speaker.start  # not the name of somebody named before


def before_relay(doc: Doc, start: int, end: int) -> int:
    """``end``, or the start of an outlet's relay inside ``doc[start:end]``: "... that A,
    The Hindu reported" reports A."""
    for token in doc[start + 2 : min(end, start + SENTENCE_REACH)]:
        if token.lower_ == "according" and doc[token.i - 1].text == "," and cites_medium(token):
            return token.i - 1  # "... that A, according to the Premium Times"
        if token.lemma_.lower() not in RELAY_VERBS:
            continue
        subject = speaker_of(token)
        if subject is None or subject.start <= start or doc[subject.start - 1].text != ",":
            continue
        if relays(token, subject):
            return subject.start - 1
    return end


def _first_seen(doc: Doc) -> dict[str, int]:
    """Where each word of the page first occurs."""
    first: dict[str, int] = {}
    for token in doc:
        first.setdefault(token.text, token.i)
    return first
