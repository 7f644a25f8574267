"""Lines that name their speaker before a colon: transcripts and news headlines.

"PENCE: Well, ...", "JAKE TAPPER: ...", "Poll: Senator Gains Ground In Swing
States", "Former Governor at Convention: the deal was a mistake": the
rest of the line is what the label's speaker said (an indirect quote with the
cue ":"). A label counts when it is upper case or a name the tagger knows
(transcripts), or when it is capitalised and the line is a headline: the
page's first line or a title-cased one. Furniture labels ("Update:", "The
Latest:") never count. One pass over the paragraphs, each looked at once.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from newsdesk.lexicon.cues import HEADLINE_LABEL_LINKS, NOT_SPEAKER_LABELS
from newsdesk.lexicon.given_names import GIVEN_NAMES
from newsdesk.lexicon.labels import (
    LABEL_POS,
    PLACE_LABELS,
    SPEAKING_LABELS,
    SUBJECT_OR_EXPLETIVE_DEPS,
)
from newsdesk.lexicon.outlets import looks_like_outlet
from newsdesk.nlp.quotes.candidate import QuoteCandidate
from newsdesk.nlp.quotes.marks import QUOTE_CHARS, paragraph_spans

#: Longest speaker label before a colon that opens a transcript line, in characters.
_MAX_LABEL_CHARS = 40
#: Most words in the label of a transcript line ("JAKE TAPPER:") and of a
#: headline ("Former Governor at Convention: ..."), where news titles name the speaker.
_MAX_LINE_LABEL_WORDS = 4
_MAX_LABEL_WORDS = 5
#: Most words of a headline after a colon; a longer first line is a story's lead
#: after its credit ("Tasnim: President X on Monday said ...", 40-60 words in news).
_MAX_HEADLINE_WORDS = 25
#: Share (in tenths) of capitalised words that makes a line a title-cased headline.
_TITLE_SHARE = 6
#: A web address in a line: "https://...", "www.example.org", "example.com/page".
_LINK = re.compile(r"https?://|www\.|\.(?:com|org|net)/")
#: The instruction test (Penn Treebank tags and spaCy dependency labels, as the
#: English pipeline assigns them): a line opening with a base-form verb
#: ("Host the Lakers on Friday."), or with a word the tagger called a noun that
#: takes an object, and with no subject of its own, is an imperative.
_IMPERATIVE_TAGS = frozenset({"VB"})
_OBJECT_DEPS = frozenset({"dobj"})
#: Entity types of a label that names a person, whose line is speech even when it
#: opens with an imperative ("Warren: Give me a break."); a team's or a venue's is not.
_PERSON_TYPES = frozenset({"PERSON"})


def colon_lines(doc: Doc) -> list[QuoteCandidate]:
    """Transcript and headline lines of ``doc``: 'PENCE: Well, ...', 'Poll: Voters Abandon ...'."""
    found = []
    text = doc.text
    for number, (lo, hi) in enumerate(paragraph_spans(text)):
        colon = text.find(":", lo, min(hi, lo + _MAX_LABEL_CHARS))
        if colon < 0:
            continue
        label = text[lo:colon].strip()
        words = label.split()
        rest_start = colon + 1
        while rest_start < hi and text[rest_start].isspace():
            rest_start += 1
        rest = text[rest_start:hi].rstrip()
        if not (1 <= len(words) <= _MAX_LABEL_WORDS) or len(rest.split()) < 3:
            continue
        if rest[:1] in QUOTE_CHARS or label.lower() in NOT_SPEAKER_LABELS:
            continue
        if len(words) == 1 and not _noun(doc, lo, colon):
            continue  # "Revealed:", "Wow:": a teaser, no speaker
        if _credit(doc, lo, colon, label) or (number == 0 and _lead(rest)):
            continue  # 'Al Jazeera: ...', 'NEW DELHI: President X on Monday said ...'
        headline = (number == 0 or _headline(rest)) and _title_label(words)
        if not headline and not _speaker_label(doc, lo, colon, words):
            continue  # a headline before a colon, not a speaker
        if any(c.isdigit() for c in label):
            continue  # times and dates: "12:25 p.m."
        if _links(rest) or (
            not label.isupper()
            and not _person(doc, lo, colon, words)
            and _instruction(doc, rest_start)
        ):
            continue  # "More NBA: https://...", "Thunder: Host the Lakers on Friday."
        start = lo + text[lo:colon].index(words[0])
        found.append(
            QuoteCandidate(
                rest,
                rest_start,
                rest_start + len(rest),
                "indirect",
                ":",
                (start, start + len(label)),
            )
        )
    return found


def _noun(doc: Doc, start: int, colon: int) -> bool:
    """A label word the tagger calls a noun or a name ("PENCE", "Poll"), not a verb or an
    interjection ("Revealed", "Wow")."""
    word = doc.char_span(start, colon, alignment_mode="expand")
    return word is not None and any(t.pos_ in LABEL_POS for t in word)


def _links(rest: str) -> bool:
    """A line of web addresses ("https://apnews.com/NBA and https://twitter.com/AP"): a
    pointer to more, never what somebody said."""
    words = rest.split()
    return sum(_LINK.search(w) is not None for w in words) * 2 >= len(words)


def _instruction(doc: Doc, start: int) -> bool:
    """A line opening with a bare verb ("Host the Lakers on Friday."): a schedule or an
    instruction under a label, not a transcript's speech."""
    first = doc.char_span(start, start + 1, alignment_mode="expand")
    if first is None or not first[0].text[:1].isupper():
        return False
    verb = first[0]  # the tagger may call a capitalised "Host" a noun: it has an object
    children = {c.dep_ for c in verb.children}
    bare = verb.tag_ in _IMPERATIVE_TAGS or bool(children & _OBJECT_DEPS)
    return bare and not children & SUBJECT_OR_EXPLETIVE_DEPS


def _person(doc: Doc, start: int, colon: int, words: list[str]) -> bool:
    """A label naming a person ("Biden:", "Elena Ruiz:"): typed a person by the tagger, or
    opening with a given name (``lexicon.given_names``)."""
    if words[0].lower() in GIVEN_NAMES:
        return True
    named = doc.char_span(start, colon, alignment_mode="expand")
    return named is not None and any(t.ent_type_ in _PERSON_TYPES for t in named)


def _credit(doc: Doc, start: int, colon: int, label: str) -> bool:
    """An outlet ("Kayhan:", "Al Jazeera:") or a place ("NEW DELHI:") before the colon:
    the credit or dateline that opens a story, not a speaker."""
    if looks_like_outlet(label) or looks_like_outlet(label.title()):
        return True
    named = doc.char_span(start, colon, alignment_mode="expand")
    return named is not None and all(t.ent_type_ in PLACE_LABELS for t in named)


def _lead(rest: str) -> bool:
    """A story's first sentence after its credit or dateline: longer than any headline."""
    return len(rest.split()) > _MAX_HEADLINE_WORDS


def _speaker_label(doc: Doc, start: int, colon: int, words: list[str]) -> bool:
    """A transcript label ("PENCE:") or a capitalised name the tagger knows ("Mike Pence:")."""
    if len(words) > _MAX_LINE_LABEL_WORDS or not all(w[:1].isupper() for w in words):
        return False
    if "".join(words).isupper():
        return True
    named = doc.char_span(start, colon, alignment_mode="expand")
    return named is not None and any(t.ent_type_ in SPEAKING_LABELS for t in named)


def _title_label(words: list[str]) -> bool:
    """A speaker named in a headline: capitalised words ("Former Governor at Convention")."""
    return words[0][:1].isupper() and all(
        w[:1].isupper() or w in HEADLINE_LABEL_LINKS for w in words
    )


def _headline(rest: str) -> bool:
    """A title-cased line after the colon: 'Poll: Senator Gains Ground In Swing States'."""
    words = [w for w in rest.split() if w[:1].isalpha()]
    capitals = sum(w[:1].isupper() for w in words)
    return len(words) >= 3 and capitals * 10 >= len(words) * _TITLE_SHARE
