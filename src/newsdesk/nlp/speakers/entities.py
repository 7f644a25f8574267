"""Quote speakers as entities: each quote's speaker mention mapped to the entity it names.

The quote finder gives the speaker mention as written (``Ayatollah
Khamenei``, ``the Leader``, ``he``, ``the ministry``). The entity is the one
coreference gave the mention's head word; else the person (or, failing that,
the last) entity named inside the mention when its head is a proper noun; a
mention that names nobody known (``a police spokesman``, ``the report``)
becomes an entity of its own, one per description, named by the description
up to its head noun (``leaked memo``, typed WORK_OF_ART as a document:
``names.DOCUMENT_SUBJECT_NOUNS``; ``researchers``, a plural person). An unresolved
``they`` speaker is the group of people last described as a speaker. A direct
quote that names no speaker but follows on from the previous quote of the same or the
previous paragraph, with no other person named in between, is that quote's
speaker's (``"A," she said. "B."``). ``I``/``me``/``my`` inside a direct or
partial quote are its speaker's mentions.

``unnamed`` tells which speaker mentions name nobody who speaks, to be left
out rather than shown: a first or second person pronoun nothing resolved
(the narration's ``I``, ``we``, ``you``), a relative or interrogative word
(``which``, ``who``), a document (``the statement``: a cited source, see
``nlp.cited.find``), or an entity that is a product, a work or an event.

``settle`` is what the NLP stage runs: ``attribute``, then ``unnamed`` speakers
left out, then a speaker described only by a qualified role joined to the one person
who holds it (``coref.roles.join_described_holders``).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from newsdesk.lexicon.labels import NOUN_POS, OPENING_POS, PLURAL_TAGS, THING_LABELS, WH_TAGS
from newsdesk.lexicon.names import (
    DOCUMENT_SUBJECT_NOUNS,
    ORGANISATION_NOUNS,
    ROLE_NOUNS,
)
from newsdesk.lexicon.outlets import CITED_DOCUMENT_NOUNS as CITED_DOCUMENTS
from newsdesk.lexicon.pronouns import PRONOUNS, SPEECH_PARTICIPANTS
from newsdesk.lexicon.punctuation import POSSESSIVE_ENDINGS
from newsdesk.lexicon.words import ARTICLES
from newsdesk.nlp.coref.resolve import QuoteLike, Resolution
from newsdesk.nlp.coref.roles import join_described_holders
from newsdesk.nlp.entities.join import Cluster, person_named
from newsdesk.nlp.quotes.candidate import QuoteCandidate
from newsdesk.nlp.speakers.first_person import join_first_person

__all__ = ["attribute", "settle", "unnamed"]

#: Dependencies of a word that modifies a later noun (``Bank`` of ``Bank of England
#: officials``, ``police`` of ``police spokesman``): never the description's head.
_MODIFIER_DEPS = frozenset({"nmod", "compound", "poss", "amod"})


def settle(
    doc: Doc, resolution: Resolution, quotes: Sequence[QuoteCandidate]
) -> tuple[list[QuoteCandidate], list[int | None]]:
    """The quotes and the speaker entity (cluster index) of each, or None: a speaker
    mention that names nobody who speaks (``unnamed``) left out with its entity; adds to
    ``resolution.clusters`` as ``attribute`` does and joins described role holders."""
    speakers = attribute(doc, resolution, quotes)
    hidden = unnamed(doc, resolution, quotes, speakers)
    settled = [
        replace(q, speaker_span=None) if h else q for q, h in zip(quotes, hidden, strict=True)
    ]
    speakers = [None if h else s for s, h in zip(speakers, hidden, strict=True)]
    join_described_holders(resolution.clusters, speakers)
    return settled, speakers


def attribute(doc: Doc, resolution: Resolution, quotes: Sequence[QuoteLike]) -> list[int | None]:
    """The speaker entity (cluster index) of each quote, or None; adds speaker entities
    and first-person mentions to ``resolution.clusters``."""
    text = doc.text  # Doc.text joins every token: read it once, not once per quote
    speakers = [_speaker(doc, text, resolution, quote) for quote in quotes]
    _they_group(text, resolution, quotes, speakers)
    _follow_on(doc, resolution, quotes, speakers)
    join_first_person(doc, resolution, quotes, speakers)
    return speakers


def unnamed(
    doc: Doc, resolution: Resolution, quotes: Sequence[QuoteLike], speakers: Sequence[int | None]
) -> list[bool]:
    """For each quote, whether its speaker mention names nobody who speaks (see the module
    docstring): then neither the mention nor its entity is shown."""
    return [_unnamed(doc, resolution, q, s) for q, s in zip(quotes, speakers, strict=True)]


def _unnamed(doc: Doc, resolution: Resolution, quote: QuoteLike, speaker: int | None) -> bool:
    if speaker is not None and _thing(resolution.clusters[speaker]):
        return True  # also a quote that follows on from one of theirs
    if quote.speaker_span is None:
        return False
    span = doc.char_span(*quote.speaker_span, alignment_mode="expand")
    if span is None or len(span) == 0:
        return speaker is None
    root = span.root
    if root.tag_ in WH_TAGS:
        return True
    if root.pos_ == "NOUN" and root.lemma_.lower() in CITED_DOCUMENTS:
        return True  # "the statement said": a document, cited as such
    return speaker is None and root.lower_ in SPEECH_PARTICIPANTS  # resolved: a quotation's I


def _thing(cluster: Cluster) -> bool:
    """A product, a work or an event named as such ("Windows 11"), or a document the page
    cites ("the statement"); not a study or an analysis described as a speaker."""
    if cluster.names:
        return cluster.type in THING_LABELS
    return bool(cluster.aliases) and cluster.aliases[0].split()[-1].lower() in CITED_DOCUMENTS


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
    if all(t.text[:1].isupper() for t in span if t.is_alpha) and root.pos_ != "PRON":
        person = person_named(span.text, resolution.clusters)  # a name the tagger missed
        if person is not None:
            person.mentions.append(quote.speaker_span)
            return person.index
    return _described(text, resolution.clusters, root, quote.speaker_span)


def _described(
    text: str, clusters: list[Cluster], head: Token, span: tuple[int, int]
) -> int | None:
    """A speaker named by a description only (``a police spokesman``): its own entity,
    named by the description up to its head noun, the plural a group of people."""
    if head.lower_ in PRONOUNS or head.pos_ == "PRON":
        return None
    head = _head_noun(head.doc, span, head)
    end = min(span[1], head.idx + len(head.text))  # "the findings of the inquiry": findings
    words = text[span[0] : end].split()
    definite = bool(words) and words[0].lower() == "the"
    if words and words[0].lower() in ARTICLES:
        words = words[1:]
    name = " ".join(words)
    if not name:
        return None
    found = _known_description(clusters, name, definite)
    if found is not None:
        found.mentions.append(span)
        return found.index
    noun, lemma = head.lower_, head.lemma_.lower()
    if noun in ORGANISATION_NOUNS or lemma in ORGANISATION_NOUNS:
        kind = "ORG"
    elif noun in DOCUMENT_SUBJECT_NOUNS or lemma in DOCUMENT_SUBJECT_NOUNS:
        kind = "WORK_OF_ART"
    else:
        kind = "PERSON"
    cluster = Cluster(index=len(clusters), type=kind, aliases=[name], mentions=[span])
    cluster.plural = kind == "PERSON" and (
        head.tag_ in PLURAL_TAGS or "Plur" in head.morph.get("Number", [])
    )
    if noun in ROLE_NOUNS:
        cluster.roles.add(noun)
    clusters.append(cluster)
    return cluster.index


def _head_noun(doc: Doc, span: tuple[int, int], root: Token) -> Token:
    """The noun heading the description's opening noun phrase: ``memo`` of ``a leaked
    memo outlining X`` even when the parse hangs the phrase on a later word; not a noun
    the parse makes a modifier of a later noun of the description (``Bank`` of ``Bank of
    England officials``)."""
    for token in doc[root.sent.start : root.i + 1]:
        if token.idx < span[0]:
            continue
        if token.pos_ not in OPENING_POS:
            break
        if token.pos_ not in NOUN_POS:
            continue
        if token.dep_ in _MODIFIER_DEPS and token.i < token.head.i and token.head.idx < span[1]:
            continue  # "Department of Health officials": officials
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if after is not None and after.idx < span[1]:
            if after.tag_ == "POS" or after.lower_ in POSSESSIVE_ENDINGS:
                continue  # "the paper's authors"
            if token.dep_ == "compound" and after.pos_ in NOUN_POS:
                continue  # "a police spokesman"
        return token
    return root


def _known_description(clusters: list[Cluster], name: str, definite: bool) -> Cluster | None:
    """The described entity ``name`` names again: the same description, or, for a
    definite one-word description (``the spokesman``), the last ending on that noun."""
    lowered = name.lower()
    for cluster in reversed(clusters):
        if cluster.names or not cluster.aliases:
            continue
        alias = cluster.aliases[0].lower()
        if alias == lowered:
            return cluster
    if not definite or " " in lowered:
        return None
    for cluster in reversed(clusters):
        if cluster.names or not cluster.aliases:
            continue
        if cluster.aliases[0].lower().split()[-1] == lowered:
            return cluster
    return None


def _they_group(
    text: str, resolution: Resolution, quotes: Sequence[QuoteLike], speakers: list[int | None]
) -> None:
    """``The panel's members say A. [...] They warn B.``: a ``they`` speaker nobody was
    found for is the last group of people described as a speaker (``Cluster.plural``),
    in the same or the previous paragraph, with no single person quoted in between."""
    clusters = resolution.clusters
    group: int | None = None
    group_end = 0
    paragraph_breaks = resolution.paragraphs.breaks
    for index in sorted(range(len(quotes)), key=lambda i: quotes[i].start):
        quote, speaker = quotes[index], speakers[index]
        if speaker is None and quote.speaker_span is not None and group is not None:
            start, end = quote.speaker_span
            info = PRONOUNS.get(text[start:end].lower())
            breaks = bisect.bisect_left(paragraph_breaks, start) - bisect.bisect_left(
                paragraph_breaks, group_end
            )
            if info is not None and info.person == 3 and info.number == "pl" and breaks <= 1:
                speakers[index] = group
                clusters[group].mentions.append((start, end))
                speaker = group
        if speaker is None:
            continue
        cluster = clusters[speaker]
        if cluster.type == "PERSON" and cluster.plural and not cluster.names:
            group, group_end = speaker, quote.end
        elif cluster.type == "PERSON":
            group = None  # a single person quoted since: "they" is not sure to be the group


def _follow_on(
    doc: Doc, resolution: Resolution, quotes: Sequence[QuoteLike], speakers: list[int | None]
) -> None:
    """A frameless direct quote right after an attributed one is the same speaker's."""
    text = doc.text
    breaks = resolution.paragraphs.breaks
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
