"""Speaker attribution (``nlp.speakers``) and coreference (``nlp.coref``) on long bodies.

``Doc.text`` rebuilds the whole text from its tokens on every read, so reading it once
per quote or per mention made a long one-paragraph page take minutes (a 200 KB page:
about a minute; a 2 MB one: never finished). These tests count the reads.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, cast

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Token

from newsdesk.nlp.coref.resolve import resolve
from newsdesk.nlp.entities.join import Cluster, join_names, name_mentions, propagate
from newsdesk.nlp.model import load_model
from newsdesk.nlp.paragraphs import Paragraphs
from newsdesk.nlp.quotes import find as nlp_quotes
from newsdesk.nlp.quotes.candidate import QuoteCandidate
from newsdesk.nlp.speakers.entities import attribute
from newsdesk.nlp.stage import analyse
from newsdesk.record import PageSource, Paragraph, Record
from newsdesk.settings import Settings


class _CountingDoc:
    """A Doc that counts how often its ``text`` is read, and is the Doc otherwise."""

    def __init__(self, doc: Doc) -> None:
        self._doc = doc
        self.text_reads = 0

    @property
    def text(self) -> str:
        self.text_reads += 1
        return self._doc.text

    def __getattr__(self, name: str) -> Any:
        return getattr(self._doc, name)

    def __getitem__(self, key: Any) -> Any:
        return self._doc[key]

    def __iter__(self) -> Iterator[Token]:
        return iter(self._doc)

    def __len__(self) -> int:
        return len(self._doc)


_SENTENCES = [
    "A police spokesman said the road would reopen on Monday.",
    "Maria Lopez, the mayor of the town, said the council would meet again.",
    "She said the bridge was safe.",
    "A fire department official said crews had worked through the night.",
]


@pytest.mark.parametrize("repeats", [3, 12])
def test_long_body_reads_doc_text_a_bounded_number_of_times(repeats: int) -> None:
    nlp = load_model(Settings().model)
    doc = nlp(" ".join(_SENTENCES * repeats))
    quotes, _ = nlp_quotes.find_quotes(doc)
    assert len(quotes) >= repeats  # the page has speakers to attribute
    names = propagate(doc, join_names(name_mentions(doc)))
    paragraphs = Paragraphs.of_text(doc.text)
    counting = _CountingDoc(doc)
    resolution = resolve(cast(Doc, counting), names, quotes, paragraphs=paragraphs)
    speakers = attribute(cast(Doc, counting), resolution, quotes)
    assert any(s is not None for s in speakers)
    assert counting.text_reads <= 4  # not one read per quote or mention


@pytest.mark.parametrize("repeats", [3, 12])
def test_finding_quotes_reads_doc_text_a_bounded_number_of_times(repeats: int) -> None:
    nlp = load_model(Settings().model)
    doc = nlp(" ".join(_SENTENCES * repeats))
    counting = _CountingDoc(doc)
    quotes, _ = nlp_quotes.find_quotes(cast(Doc, counting))
    assert len(quotes) >= repeats
    assert counting.text_reads <= 6  # not one read per reported clause


def _speakers(nlp: Language, body: str, speaker: str) -> list[Cluster]:
    """The entity of the speaker ``speaker`` of an indirect quote running from after its
    cue to the end of the first sentence, as a one-item list."""
    doc = nlp(body)
    at = body.index(speaker)
    start = body.index(" ", at + len(speaker) + 1) + 1  # past the speaker and its verb
    end = body.index(".")
    quote = QuoteCandidate(body[start:end], start, end, "indirect", "said", (at, at + len(speaker)))
    mentions = name_mentions(doc)
    names = propagate(doc, join_names(mentions))
    resolution = resolve(doc, names, [quote], paragraphs=Paragraphs.of_text(body))
    speakers = attribute(doc, resolution, [quote])
    assert speakers[0] is not None
    return [resolution.clusters[speakers[0]]]


@pytest.mark.parametrize(
    ("body", "speaker", "name", "kind"),
    [
        # a misparse must not cut the name inside the description's modifier
        (
            "A recent study examining sleep patterns warned that teenagers go to bed too late.",
            "A recent study examining sleep patterns",
            "recent study",
            "WORK_OF_ART",
        ),
        (
            "An independent audit covering waiting lists in rural clinics warned that "
            "patients wait too long.",
            "An independent audit covering waiting lists in rural clinics",
            "independent audit",
            "WORK_OF_ART",
        ),
        (
            "A leaked memo outlining the merger plans suggested that hundreds of jobs would go.",
            "A leaked memo outlining the merger plans",
            "leaked memo",
            "WORK_OF_ART",
        ),
        (
            "The latest figures from the transport office show that fewer people drive.",
            "The latest figures from the transport office",
            "latest figures",
            "WORK_OF_ART",
        ),
        (
            "The findings of the national inquiry suggest that hospitals are short of staff.",
            "The findings of the national inquiry",
            "findings",
            "WORK_OF_ART",
        ),
        (
            "A police spokesman in the northern town said the road had reopened.",
            "A police spokesman in the northern town",
            "police spokesman",
            "PERSON",
        ),
    ],
)
def test_a_described_speaker_is_named_by_its_description_up_to_the_head_noun(
    nlp: Language, body: str, speaker: str, name: str, kind: str
) -> None:
    [cluster] = _speakers(nlp, body, speaker)
    assert (cluster.aliases, cluster.type) == ([name], kind)
    assert not cluster.plural


@pytest.mark.parametrize(
    ("body", "speaker", "name"),
    [
        (
            "Researchers at the university say the new drug works well.",
            "Researchers at the university",
            "Researchers",
        ),
        (
            "The paper's authors say the new drug is safe for children.",
            "The paper's authors",
            "paper's authors",
        ),
        # the organisation before the head noun is a modifier, not the speaker
        (
            "Bank of Canada officials said interest rates would stay high.",
            "Bank of Canada officials",
            "Bank of Canada officials",
        ),
        (
            "Department of Transport officials say the bridge will reopen in spring.",
            "Department of Transport officials",
            "Department of Transport officials",
        ),
    ],
)
def test_a_described_group_of_people_is_a_plural_person(
    nlp: Language, body: str, speaker: str, name: str
) -> None:
    [cluster] = _speakers(nlp, body, speaker)
    assert (cluster.aliases, cluster.type, cluster.plural) == ([name], "PERSON", True)


@pytest.mark.parametrize(
    ("body", "first", "then", "joined"),
    [
        (
            "The study's authors say most adults sleep too little. The report has "
            "prompted calls for shorter shifts. They say a later start would help.",
            "The study's authors",
            "They",
            True,
        ),
        # a person quoted in between: ``they`` is not taken for the group
        (
            "The study's authors say most adults sleep too little. Maria Lopez said "
            "shifts were already short. They say a later start would help.",
            "The study's authors",
            "They",
            False,
        ),
    ],
)
def test_they_as_a_speaker_joins_the_group_described_before(
    nlp: Language, body: str, first: str, then: str, joined: bool
) -> None:
    doc = nlp(body)
    quotes = []
    for sentence in doc.sents:  # "<speaker> say(s) <what>." is an indirect quote
        verb = next((t for t in sentence if t.lemma_ == "say"), None)
        if verb is None:
            continue
        start, end = doc[verb.i + 1].idx, sentence[-1].idx
        speaker = (sentence.start_char, verb.idx - 1)
        quotes.append(QuoteCandidate(body[start:end], start, end, "indirect", verb.text, speaker))
    spoken = [body[s:e] for s, e in (q.speaker_span for q in quotes if q.speaker_span)]
    assert (spoken[0], spoken[-1]) == (first, then)
    mentions = name_mentions(doc)
    names = propagate(doc, join_names(mentions))
    resolution = resolve(doc, names, quotes, paragraphs=Paragraphs.of_text(body))
    speakers = attribute(doc, resolution, quotes)
    assert speakers[0] is not None
    assert (speakers[-1] == speakers[0]) is joined


def _analysed(nlp: Language, body: str) -> Record:
    record = Record(id="t", source=PageSource(), body=body, paragraphs=(Paragraph(0, len(body)),))
    return analyse(record, nlp, Settings().max_paragraph_chars)


@pytest.mark.parametrize(
    ("body", "content"),
    [
        # the narration's first and second person: the writer's, the reader's
        ("I said the council had made a serious mistake when it approved the new budget.",
         "the council had made a serious mistake"),
        ("You said the plan would never pass the senate, but it did.",
         "the plan would never pass the senate"),
        ("We told the board that the figures would not add up this year.",
         "the figures would not add up"),
        # relative and interrogative words
        ("Who said the vote would be delayed? Nobody on the committee would answer.",
         "the vote would be delayed"),
        # documents: cited sources, not speakers
        ("The statement said the company would cut 300 jobs by the end of the year.",
         "the company would cut 300 jobs"),
        ("The report says unemployment rose by two percent in the third quarter.",
         "unemployment rose by two percent"),
        # a quote that follows on from a document's
        ('"Sales fell by a third," the statement said. "The board will meet on Friday."',
         "The board will meet"),
        # a product
        ("Windows 11 told users that their files had been moved to the cloud.",
         "their files had been moved"),
    ],
)  # fmt: skip
def test_a_mention_that_names_nobody_who_speaks_is_not_shown(
    nlp: Language, body: str, content: str
) -> None:
    record = _analysed(nlp, body)
    (quote,) = [q for q in record.quotes if q.text.startswith(content)]
    assert (quote.speaker, quote.speaker_text) == (None, None)


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ('"I told the mayor that the bridge was unsafe," said Anna Berg, a local engineer.',
         "Anna Berg"),
        ("A police spokesman said the road would reopen on Monday.", "A police spokesman"),
        ("She said the bridge was safe.", "She"),
        # a study described as the speaker, not a document the page cites
        ("A recent analysis of the traffic figures found that most visitors use phones.",
         "A recent analysis of the traffic figures"),
    ],
)  # fmt: skip
def test_a_mention_that_names_a_speaker_is_shown(nlp: Language, body: str, speaker: str) -> None:
    record = _analysed(nlp, body)
    assert all(q.speaker_text == speaker for q in record.quotes)
    assert record.quotes
