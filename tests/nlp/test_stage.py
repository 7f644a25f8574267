"""The NLP stage: spans stay inside the body, quotes equal their spans, any text works."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language

from newsdesk.errors import ModelError
from newsdesk.nlp.entities.join import join_names
from newsdesk.nlp.entities.mentions import NameMention
from newsdesk.nlp.model import load_model
from newsdesk.nlp.stage import (
    MAX_ANALYSED_CHARS,
    _outlet_mentions,
    analyse,
    annotate,
    parse,
)
from newsdesk.pipeline import extract
from newsdesk.record import CitedSource, PageSource, Paragraph, Record
from newsdesk.settings import Settings

#: Pieces of news-like text, quote marks, names and pronouns, and hostile
#: characters, for generated bodies.
_PIECES = [
    "Ayatollah Ali Khamenei said",
    "Mary Jones",
    "the minister",
    "the Leader said.",
    " he said, ",
    " she told reporters. ",
    '"We will not negotiate," ',
    "“No deal,” ",
    "‘fine’",
    "'quoted'",
    " according to Reuters, ",
    "Financial Tribune reported.",
    "\n\n",
    "\n",
    " ",
    ". ",
    "I think my",
    "Mr. Smith",
    "\u200b",
    "\x00",
    "\ufeff",
    "🙂",
    "[",
    "]",
    "…",
    "—",
    "حسن روحانی",
    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
]
_bodies = st.lists(
    st.one_of(st.sampled_from(_PIECES), st.text(max_size=12)), min_size=1, max_size=40
).map("".join)


def _record(body: str) -> Record:
    return Record(id="t", source=PageSource(), body=body, paragraphs=(Paragraph(0, len(body)),))


def _check(record: Record) -> None:
    body = record.body
    ids = [e.id for e in record.entities]
    assert ids == [f"e{n}" for n in range(1, len(ids) + 1)]
    for entity in record.entities:
        assert entity.mentions
        for start, end in entity.mentions:
            assert 0 <= start < end <= len(body)
    for quote in record.quotes:
        assert 0 <= quote.start <= quote.end <= len(body)
        assert body[quote.start : quote.end] == quote.text
        assert quote.speaker is None or quote.speaker in ids
    for source in record.sources:
        assert 0 <= source.start <= source.end <= len(body)


@pytest.mark.slow
@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(body=_bodies)
def test_any_body_gives_spans_inside_it_and_quotes_equal_to_their_spans(
    nlp: Language, body: str
) -> None:
    _check(analyse(_record(body), nlp, 200_000))


@pytest.mark.slow
@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(body=_bodies)
def test_cutting_the_body_into_small_pieces_keeps_every_invariant(nlp: Language, body: str) -> None:
    _check(analyse(_record(body), nlp, 37))


_BLANK = spacy.blank("en")


@settings(deadline=None)
@given(text=st.text(max_size=400), size=st.integers(min_value=1, max_value=120))
def test_pieces_tile_the_text_exactly(text: str, size: int) -> None:
    assert parse(_BLANK, text, size).text == text


@pytest.mark.slow
def test_a_one_megabyte_paragraph_without_spaces_is_cut_and_analysed(nlp: Language) -> None:
    body = "Mary" + "a" * 1_000_000 + ' said "it is over," she said.'
    record = analyse(_record(body), nlp, 200_000)
    _check(record)


@pytest.mark.slow
def test_a_long_paragraph_parsed_in_pieces_keeps_its_entities(nlp: Language) -> None:
    sentence = "Mary Jones said the plan would fail on Monday, and she left Paris. "
    body = (sentence * (120_000 // len(sentence))).strip()
    record = analyse(_record(body), nlp, 20_000)
    _check(record)
    mary = next(e for e in record.entities if e.name == "Mary Jones")
    assert len(mary.mentions) > 2 * (120_000 // len(sentence)) - 10


@pytest.mark.slow
def test_a_body_past_the_model_limit_is_cut_with_a_warning(nlp: Language) -> None:
    body = "x" * (nlp.max_length + 10)
    record = analyse(_record(body), nlp, 200_000)
    assert any("analysed the first" in w for w in record.warnings)
    _check(record)


@pytest.mark.slow
def test_a_body_past_the_analysed_limit_is_cut_with_a_warning(nlp: Language) -> None:
    # Below spaCy's max_length, above what one page's memory allows (MAX_ANALYSED_CHARS).
    sentence = "Mary Jones said the plan would fail. "
    body = (sentence * (MAX_ANALYSED_CHARS // len(sentence) + 100)).strip()
    assert len(body) < nlp.max_length
    record = analyse(_record(body), nlp, 20_000)
    assert f"nlp: body has {len(body)} characters; analysed the first {MAX_ANALYSED_CHARS}" in (
        record.warnings
    )
    mary = next(e for e in record.entities if e.name == "Mary Jones")
    assert max(end for _, end in mary.mentions) <= MAX_ANALYSED_CHARS
    _check(record)


def test_missing_model_is_a_clear_model_error() -> None:
    with pytest.raises(ModelError, match="no_such_pipeline_xyz"):
        load_model("no_such_pipeline_xyz")


def test_empty_body_is_left_alone() -> None:
    record = _record("   ")
    assert annotate(record, Settings(model="no_such_pipeline_xyz")) is record


@pytest.mark.slow
def test_model_is_loaded_once_per_process() -> None:
    assert load_model(Settings().model) is load_model(Settings().model)


@pytest.mark.slow
def test_summary_is_made_of_body_sentences(nlp: Language) -> None:
    body = (
        "The central bank raised interest rates by half a point on Wednesday, its third "
        "increase this year.\n\nThe bank said inflation remained far above its target and "
        "that further increases were likely.\n\nMarkets fell after the announcement, with "
        "bank shares leading the decline.\n\nAnalysts had expected a smaller increase."
    )
    record = analyse(_record(body), nlp, 200_000)
    assert record.summary is not None
    assert record.summary.startswith("The central bank raised interest rates")
    for sentence in record.summary.split(". "):
        assert sentence.rstrip(".") in body


@pytest.mark.slow
def test_a_page_in_another_language_than_the_model_is_skipped_with_a_warning() -> None:
    body = "Президент Владимир Путин заявил, что переговоры продолжатся."
    record = Record(id="t", source=PageSource(), body=body, language="ru")
    annotated = annotate(record, Settings())
    assert annotated.entities == ()
    assert annotated.quotes == ()
    assert any("skipped" in w for w in annotated.warnings)


@pytest.mark.parametrize(
    ("body", "person", "outlet"),
    [
        (
            "Interior Minister Sofia Lind defended the new border rules on Sunday.\n\n"
            '"We have no choice," she told Der Spiegel.\n\n'
            "She also said the measures were temporary, Der Spiegel reported.",
            "Sofia Lind",
            "Der Spiegel",
        ),
        (
            "Finance Minister Tomas Berg said on Monday that taxes would not rise.\n\n"
            "He told the daily Aftenbladet the budget was balanced.\n\n"
            "He added that spending would be cut, Aftenbladet reported.",
            "Tomas Berg",
            "Aftenbladet",
        ),
    ],
)
def test_a_cited_outlet_is_an_organisation_no_pronoun_joins(
    nlp: Language, body: str, person: str, outlet: str
) -> None:
    record = analyse(_record(body), nlp, 200_000)
    _check(record)
    by_name = {e.name: e for e in record.entities}
    assert by_name[outlet].type == "ORG"
    outlet_words = {body[s:e] for s, e in by_name[outlet].mentions}
    assert outlet_words == {outlet}  # no "he" or "she" among its mentions
    speakers = {q.speaker for q in record.quotes}
    assert speakers == {by_name[person].id}


@pytest.mark.parametrize(
    "page", sorted(p.name for p in (Path(__file__).parents[2] / "examples").glob("*.txt"))
)
def test_no_sentence_runs_over_a_paragraph_break(nlp: Language, page: str) -> None:
    """Parsed whole, these pages had 20 sentences running from one paragraph into the next
    (after a closing quotation mark, before a speaker's name)."""
    path = Path(__file__).parents[2] / "examples" / page
    body = extract(path.read_bytes(), nlp=False).body
    doc = parse(nlp, body, 200_000)
    assert doc.text == body
    assert not [s.text for s in doc.sents if "\n\n" in s.text.strip()]


@pytest.mark.parametrize("label", ["PERSON", "EVENT", "GPE", "WORK_OF_ART"])
def test_an_entity_named_only_as_a_cited_outlet_is_an_organisation(label: str) -> None:
    """Whatever the tagger called it ("Sydney Morning Herald" an EVENT, "The Hindu" NORP)."""
    name = "Morning Courier"
    mention = NameMention(10, 25, 2, 4, name, label, ("morning", "courier"))
    later = NameMention(90, 105, 20, 22, name, label, ("morning", "courier"))
    ann = NameMention(40, 48, 8, 10, "Ann Weir", "PERSON", ("ann", "weir"))
    cited = CitedSource(name=name, kind="outlet", cue="reported", start=10, end=25)
    names = join_names(_outlet_mentions([mention, ann, later], [cited]))
    cluster, person = names.clusters[names.assigned[0]], names.clusters[names.assigned[1]]
    assert (cluster.type, person.type) == ("ORG", "PERSON")


def test_a_short_name_of_a_cited_outlet_joins_its_full_name() -> None:
    """The "Chronicle" tagged a person is the "San Francisco Chronicle" the page cites."""
    full = NameMention(4, 27, 1, 4, "San Francisco Chronicle", "ORG",
                       ("san", "francisco", "chronicle"))  # fmt: skip
    short = NameMention(80, 89, 18, 19, "Chronicle", "PERSON", ("chronicle",))
    cited = [
        CitedSource(name="San Francisco Chronicle", kind="outlet", cue="reported", start=4, end=27),
        CitedSource(name="Chronicle", kind="outlet", cue="reported", start=80, end=89),
    ]
    clusters = join_names(_outlet_mentions([full, short], cited)).clusters
    assert [(c.type, [m.text for m in c.names]) for c in clusters] == [
        ("ORG", ["San Francisco Chronicle", "Chronicle"])
    ]
