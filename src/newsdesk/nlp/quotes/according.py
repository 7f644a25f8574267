"""Attributions by "according to X": "According to X, A", "A, according to X".

What the sentence says around the phrase is attributed to X, unless X is a
news medium relaying somebody who speaks in the sentence ("according to the X
news site, Y said A": Y's words, the site a cited source). The relaying tests
(``cites_medium``) also serves reported speech.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsdesk.lexicon.labels import EDGE_POS
from newsdesk.lexicon.outlets import MEDIA_NOUNS, looks_like_outlet
from newsdesk.nlp.parse import sentence_end, sentence_start
from newsdesk.nlp.quotes.candidate import QuoteCandidate
from newsdesk.nlp.quotes.extent import trim
from newsdesk.nlp.quotes.speaker import has_own_speaker


def according(doc: Doc, token: Token) -> QuoteCandidate | None:
    """The attribution around "according to X" (``token`` is "according"): what the
    sentence says around the phrase, with X as the speaker."""
    if token.i + 1 >= len(doc) or doc[token.i + 1].lower_ != "to":
        return None
    objects = [t for t in doc[token.i + 1].children if t.dep_ == "pobj"]
    if not objects:
        return None
    first, last = sentence_start(token), sentence_end(token)
    phrase_start, phrase_end = token.left_edge.i, token.right_edge.i + 1
    while last > phrase_end and doc[last - 1].pos_ in EDGE_POS:
        last -= 1
    if last <= phrase_end:  # "A, but B, according to X.": the whole sentence before it
        for index in range(phrase_start - 1, first, -1):
            if doc[index].text in {":", ";"}:
                first = index + 1  # "... firms: London was ..."
                break
        clause = trim(doc, first, phrase_start, token.i)
    elif phrase_start - first <= 1:  # "According to X, A."
        clause = trim(doc, phrase_end, last, token.i)
    else:  # "A, according to X, B.": the sentence around it
        clause = trim(doc, first, last, token.i)
    if clause is None:
        return None
    speaker = objects[0]
    mention = doc[speaker.left_edge.i : speaker.i + 1]
    quoting = _quoting(clause)
    if quoting is not None:  # "according to Yonhap, quoting KCNA, A": KCNA's words
        source, rest = quoting
        clause = trim(doc, rest, clause.end, token.i) or clause
        mention = source
    elif cites_medium(token) and has_own_speaker(clause):
        return None  # "according to the X news site, Y said ...": the site relays Y
    return QuoteCandidate(
        clause.text,
        clause.start_char,
        clause.end_char,
        "indirect",
        "according to",
        (mention.start_char, mention.end_char),
    )


def _quoting(clause: Span) -> tuple[Span, int] | None:
    """A clause opening "quoting Y, ...": Y as written, and where the rest starts."""
    first = clause[0]
    if first.lower_ != "quoting":
        return None
    objects = [c for c in first.children if c.dep_ == "dobj"]
    if not objects:
        return None
    source = clause.doc[objects[0].left_edge.i : objects[0].i + 1]
    return source, first.right_edge.i + 1


def cites_medium(according: Token) -> bool:
    """Whether "according to" cites an outlet or a news medium ("the Premium Times",
    "the X news site"), which relays the words of whoever speaks in its sentence."""
    doc = according.doc
    if according.i + 1 >= len(doc) or doc[according.i + 1].lower_ != "to":
        return False
    objects = [t for t in doc[according.i + 1].children if t.dep_ == "pobj"]
    if not objects:
        return False
    named = doc[objects[0].left_edge.i : objects[0].i + 1]
    return looks_like_outlet(named.text) or objects[0].lemma_.lower() in MEDIA_NOUNS
