"""Quote speakers as entities: each quote's speaker mention mapped to the entity it names.

The quote finder gives the speaker mention as written (``Ayatollah
Khamenei``, ``the Leader``, ``he``, ``the ministry``). The entity is the one
coreference gave the mention's head word; else the person (or, failing that,
the last) entity named inside the mention when its head is a proper noun; a
mention that names nobody known (``a police spokesman``, ``the report``)
becomes an entity of its own, one per description. A direct quote that
names no speaker but follows on from the previous quote of the same or the
previous paragraph, with no other person named in between, is that quote's
speaker's (``"A," she said. "B."``). ``I``/``me``/``my`` inside a direct or
partial quote are its speaker's mentions.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from newsdesk.nlp.coref import QuoteLike, Resolution
from newsdesk.nlp.entities import Cluster
from newsdesk.nlp.first_person import join_first_person
from newsdesk.nlp.names import DOCUMENT_NOUNS, ORGANISATION_NOUNS, ROLE_NOUNS
from newsdesk.nlp.pronouns import PRONOUNS

__all__ = ["attribute"]

_ARTICLES = frozenset({"the", "a", "an"})


def attribute(doc: Doc, resolution: Resolution, quotes: Sequence[QuoteLike]) -> list[int | None]:
    """The speaker entity (cluster index) of each quote, or None; adds speaker entities
    and first-person mentions to ``resolution.clusters``."""
    text = doc.text  # Doc.text joins every token: read it once, not once per quote
    speakers = [_speaker(doc, text, resolution, quote) for quote in quotes]
    _follow_on(doc, resolution, quotes, speakers)
    join_first_person(doc, resolution, quotes, speakers)
    return speakers


def _speaker(doc: Doc, text: str, resolution: Resolution, quote: QuoteLike) -> int | None:
    if quote.speaker_span is None:
        return None
    span = doc.char_span(*quote.speaker_span, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    root = span.root
    if root.i in resolution.tokens:
        return resolution.tokens[root.i]
    named = [resolution.tokens[t.i] for t in span if t.i in resolution.tokens]
    if named and root.pos_ == "PROPN":
        people = [c for c in named if resolution.clusters[c].type == "PERSON"]
        return (people or named)[-1]
    return _described(text, resolution.clusters, root, quote.speaker_span)


def _described(
    text: str, clusters: list[Cluster], head: Token, span: tuple[int, int]
) -> int | None:
    """A speaker named by a description only (``a police spokesman``): its own entity."""
    if head.lower_ in PRONOUNS or head.pos_ == "PRON":
        return None
    end = min(span[1], head.idx + len(head.text))  # "the results of the study": results
    words = text[span[0] : end].split()
    if words and words[0].lower() in _ARTICLES:
        words = words[1:]
    name = " ".join(words)
    if not name:
        return None
    for cluster in clusters:
        if not cluster.names and cluster.aliases and cluster.aliases[0].lower() == name.lower():
            cluster.mentions.append(span)
            return cluster.index
    noun = head.lower_
    if noun in ORGANISATION_NOUNS:
        kind = "ORG"
    elif noun in DOCUMENT_NOUNS:
        kind = "WORK_OF_ART"
    else:
        kind = "PERSON"
    cluster = Cluster(index=len(clusters), type=kind, aliases=[name], mentions=[span])
    if noun in ROLE_NOUNS:
        cluster.roles.add(noun)
    clusters.append(cluster)
    return cluster.index


def _follow_on(
    doc: Doc, resolution: Resolution, quotes: Sequence[QuoteLike], speakers: list[int | None]
) -> None:
    """A frameless direct quote right after an attributed one is the same speaker's."""
    text = doc.text
    breaks = [i for i in range(len(text) - 1) if text[i] == "\n" and text[i + 1] == "\n"]
    order = sorted(range(len(quotes)), key=lambda i: quotes[i].start)
    people = sorted(
        (t, c) for t, c in resolution.tokens.items() if resolution.clusters[c].type == "PERSON"
    )
    person_tokens = [t for t, _ in people]
    previous: int | None = None
    for index in order:
        quote = quotes[index]
        if speakers[index] is None and quote.speaker_span is None and previous is not None:
            before = quotes[previous]
            between = text[before.end : quote.start]
            paragraphs = bisect.bisect_left(breaks, quote.start) - bisect.bisect_left(
                breaks, before.end
            )
            if quote.kind == "direct" and paragraphs <= 1 and len(between) < 400:
                span = doc.char_span(before.end, quote.start, alignment_mode="contract")
                low = span.start if span is not None else 0
                high = span.end if span is not None else 0
                lo = bisect.bisect_left(person_tokens, low)
                hi = bisect.bisect_left(person_tokens, high)
                others = {c for _, c in people[lo:hi]} - {speakers[previous]}
                if not others:
                    speakers[index] = speakers[previous]
        if speakers[index] is not None:
            previous = index
