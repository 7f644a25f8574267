"""The founding example page (examples/seed-eghtesadonline.txt) comes out as DESIGN.md says."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdesk import extract
from newsdesk.record import Record

SEED = Path(__file__).parent.parent / "examples" / "seed-eghtesadonline.txt"
TAG_LINE = (
    "Us Iran negotiations Ayatollah Ali Khamenei maximum pressure Leader Talks Talks With US "
    "Any Level"
)


@pytest.fixture(scope="module")
def record() -> Record:
    return extract(SEED.read_text(encoding="utf-8"), nlp=False)


def test_body_is_the_article(record: Record) -> None:
    assert record.body.startswith("Leader of Islamic Revolution")
    assert record.body.endswith("neither bilateral nor multilateral.")


def test_heading_paragraph(record: Record) -> None:
    headings = [record.body[p.start : p.end] for p in record.paragraphs if p.kind == "heading"]
    assert headings == ["Washington’s Objectives"]


@pytest.mark.parametrize(
    "furniture", ["HangSang", "NasDaq", "S&P500", "Dow17", "Samba", "Joga2002", "Bra52", TAG_LINE]
)
def test_no_ticker_or_tag_text_in_body(record: Record, furniture: str) -> None:
    assert furniture not in record.body


def test_seven_distinct_instruments(record: Record) -> None:
    assert len(record.market) == 7
    assert len({row.name for row in record.market}) == 7
    canonical = {row.canonical for row in record.market}
    assert {
        "Dow Jones Industrial Average",
        "Nasdaq Composite",
        "S&P 500",
        "Hang Seng Index",
    } <= canonical
    unknown = sorted(row.name for row in record.market if row.canonical is None)
    assert unknown == ["Bra", "Joga", "Samba"]


def test_garbled_ticker_numbers_are_doubted(record: Record) -> None:
    assert not any(row.confident for row in record.market)
    assert any(w.startswith("market:") for w in record.warnings)


def test_credit(record: Record) -> None:
    assert record.credit == "EghtesadOnline"
    assert "EghtesadOnline" not in record.body
    assert record.provenance["credit"] == "text:credit-prefix"


def test_tag_line_in_tags(record: Record) -> None:
    assert " ".join(record.tags) == TAG_LINE
    assert "Ayatollah Ali Khamenei" in record.tags


def test_every_dropped_block_in_removed(record: Record) -> None:
    kinds = [(r.kind, r.text) for r in record.removed]
    assert [text for kind, text in kinds if kind == "credit"] == ["EghtesadOnline:"]
    assert [text for kind, text in kinds if kind == "tags"] == [TAG_LINE]
    market = [text for kind, text in kinds if kind == "market"]
    assert len(market) == 9  # seven rows, two of them repeated
    assert {kind for kind, _ in kinds} == {"market", "credit", "tags"}


def _seed_variants() -> dict[str, str]:
    """The seed page laid out as other scrapers and sites would lay it out."""
    text = SEED.read_text(encoding="utf-8")
    lines = text.split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith("EghtesadOnline"))
    ticker, article = lines[:start], lines[start:]
    return {
        "windows-line-ends": text.replace("\n", "\r\n"),
        "ticker-at-bottom": "\n".join([*article, "", *ticker]),
        "ticker-after-first-paragraph": "\n".join([*article[:1], *ticker, *article[1:]]),
        "ticker-on-one-line": " ".join(line.strip() for line in ticker if line.strip())
        + "\n\n"
        + "\n".join(article),
        "no-blank-lines": "\n".join(line for line in lines if line.strip()),
    }


@pytest.mark.parametrize("variant", sorted(_seed_variants()))
def test_same_record_in_other_layouts(record: Record, variant: str) -> None:
    other = extract(_seed_variants()[variant], nlp=False)
    assert other.body == record.body
    assert other.credit == "EghtesadOnline"
    assert other.tags == record.tags
    assert sorted(row.name for row in other.market) == sorted(row.name for row in record.market)
    assert {row.canonical for row in other.market} == {row.canonical for row in record.market}
    headings = [other.body[p.start : p.end] for p in other.paragraphs if p.kind == "heading"]
    assert headings == ["Washington’s Objectives"]
