"""The founding page's NLP properties on invented pages like it (tests/data/nlp/seedlike).

Per page (``expected.json``): one entity for the leader whose mentions hold its
short title and pronouns; the direct quotes and the partial quotes attributed to
the leader (or the named speakers); scare-quoted terms in no quote; another
official's reported speech as an indirect quote with that speaker; the cited
outlets, media and platforms in ``sources`` and never anybody's speaker (a website
only for what it says itself).
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from newsdesk import extract
from newsdesk.record import Entity, Record

PAGES = Path(__file__).resolve().parents[1] / "data" / "nlp" / "seedlike"
EXPECTED: dict[str, dict[str, Any]] = json.loads(
    (PAGES / "expected.json").read_text(encoding="utf-8")
)


@pytest.fixture(scope="module", params=sorted(EXPECTED))
def page(request: pytest.FixtureRequest) -> tuple[Record, dict[str, Any]]:
    name: str = request.param
    return extract((PAGES / name).read_text(encoding="utf-8")), EXPECTED[name]


def _person(record: Record, name: str) -> Entity:
    found = [e for e in record.entities if e.type == "PERSON" and name in e.name]
    assert len(found) == 1, [e.name for e in record.entities if e.type == "PERSON"]
    return found[0]


def _names(record: Record) -> dict[str | None, str]:
    return {e.id: e.name for e in record.entities}


def test_one_entity_for_the_leader_with_title_and_pronouns(
    page: tuple[Record, dict[str, Any]],
) -> None:
    record, expected = page
    leader = _person(record, expected["leader"])
    texts = [record.body[s:e] for s, e in leader.mentions]
    for mention in expected["mentions"]:
        assert mention in texts, (mention, texts)


def test_officials_with_overlapping_titles_keep_their_own(
    page: tuple[Record, dict[str, Any]],
) -> None:
    """A Vice President's "the vice president", never the President's "the President"."""
    record, expected = page
    leader = _person(record, expected["leader"])
    for name, mentions in expected.get("other_mentions", {}).items():
        other = _person(record, name)
        texts = [record.body[s:e] for s, e in other.mentions]
        assert all(m in texts for m in mentions), (name, texts)
        for mention in expected["mentions"]:
            assert mention not in texts or mention in mentions, (name, mention, texts)
        assert other.id != leader.id


def test_direct_quotes_go_to_their_speakers(page: tuple[Record, dict[str, Any]]) -> None:
    record, expected = page
    names = _names(record)
    wanted: dict[str, int] = expected["direct"]
    direct = [q for q in record.quotes if q.kind == "direct"]
    owners = Counter(
        next((w for w in wanted if w in names.get(q.speaker, "")), None) for q in direct
    )
    assert None not in owners, [(q.text, q.speaker_text) for q in direct]
    for speaker, count in wanted.items():
        assert owners[speaker] >= count, (speaker, owners)


def test_partial_quotes_are_the_leaders(page: tuple[Record, dict[str, Any]]) -> None:
    record, expected = page
    leader = _person(record, expected["leader"])
    partial = {q.text: q.speaker for q in record.quotes if q.kind == "partial"}
    for fragment in expected["partial"]:
        assert partial.get(fragment) == leader.id, (fragment, partial)


def test_scare_quotes_are_nobodys_quote(page: tuple[Record, dict[str, Any]]) -> None:
    record, expected = page
    for term in expected["scare"]:
        assert all(q.text.strip(" .,") != term for q in record.quotes), term


def test_other_officials_reported_speech_is_indirect_and_theirs(
    page: tuple[Record, dict[str, Any]],
) -> None:
    record, expected = page
    for speaker, opening in expected["indirect"]:
        official = _person(record, speaker)
        theirs = [q for q in record.quotes if q.speaker == official.id and opening in q.text]
        assert theirs, (speaker, [(q.text, q.speaker_text) for q in record.quotes])
        assert all(q.kind == "indirect" for q in theirs)


def test_cited_media_are_sources_not_speakers(page: tuple[Record, dict[str, Any]]) -> None:
    record, expected = page
    sources = {s.name for s in record.sources}
    for name in expected["sources"]:
        assert name in sources, (name, sources)
    names = _names(record)
    media = {s.name for s in record.sources if s.kind in {"outlet", "agency", "social"}}
    for quote in record.quotes:
        # a website may stand for what it says ("according to the ministry's website, A"),
        # never for whom it quotes
        cited = media if quote.cue == "according to" else sources
        assert quote.speaker_text not in cited, quote
        assert names.get(quote.speaker) not in cited, quote
    for entity in record.entities:
        assert not (entity.type == "PERSON" and entity.name in media), entity


@pytest.mark.parametrize("name", sorted(n for n, e in EXPECTED.items() if "one_quote" in e))
def test_a_quote_running_over_paragraphs_is_one_quote(name: str) -> None:
    record = extract((PAGES / name).read_text(encoding="utf-8"))
    pieces = EXPECTED[name]["one_quote"]
    direct = [q.text for q in record.quotes if q.kind == "direct"]
    assert any(all(p in text for p in pieces) for text in direct), direct
