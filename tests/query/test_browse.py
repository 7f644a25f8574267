"""The query layer's reads for browsing: facets, one entity, an article's entities,
market rows; and the paging, language and date additions to search and quotes."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsdesk.query import browse
from newsdesk.query.search import Filters, entities, quotes, search
from newsdesk.record import MarketRow, PageSource, Record
from newsdesk.store import Store, open_store

CORPUS = Path(__file__).parent.parent / "data" / "store" / "corpus.jsonl"
TICKER = Record(
    id="00000000000000aa",
    source=PageSource(url="https://markets.example.com/close"),
    body="Stocks closed higher on Tuesday as oil prices steadied.",
    title="Markets close higher",
    published="2019-06-25",
    language="de",
    market=(
        MarketRow("Dow", "Dow Jones", "Dow 26,548 +0.3%", (26548.0, 0.3), True),
        MarketRow("Brent", None, "Brent 6 4.8", (6.0, 4.8), False),
    ),
)


@pytest.fixture(scope="module")
def store() -> Iterator[Store]:
    opened = open_store(":memory:")
    run = opened.begin_run("test")
    for n, line in enumerate(CORPUS.read_text("utf-8").splitlines()):
        opened.put(Record.from_dict(json.loads(line)), origin=f"corpus:{n}", run_id=run)
    opened.put(TICKER, origin="ticker", run_id=run)
    opened.finish_run(run, {})
    yield opened
    opened.close()


def test_facets_of_a_search_and_of_the_whole_store(store: Store) -> None:
    found = browse.facets(store, "Iran")
    assert found.total == len(search(store, "Iran", limit=100))
    assert found.tags[0].key == "Iran"
    everything = browse.facets(store, None, top=100)
    assert everything.total == 13
    assert sum(month.count for month in everything.months) == 13
    narrowed = browse.facets(store, None, filters=Filters(outlet="Reuters"))
    assert {outlet.key for outlet in narrowed.outlets} == {"Reuters"}


def test_one_entity_and_the_entities_of_an_article(store: Store) -> None:
    (listed,) = entities(store, name="Pompeo", entity_type="PERSON")
    assert browse.entity(store, listed.id) == listed
    assert browse.entity(store, "no such id") is None
    pompeo_article = search(store, "Pompeo sanctions", limit=1)[0].id
    assert listed.id in browse.doc_entities(store, pompeo_article).values()


def test_market_rows_by_instrument_and_page(store: Store) -> None:
    rows = browse.market(store)
    assert [row.name for row in rows] == ["Dow", "Brent"]
    (dow,) = browse.market(store, name="dow jones")
    assert dow.values == (26548.0, 0.3)
    assert dow.confident
    assert browse.market(store, doc="ffff") == []
    assert browse.market(store, until="2019-06-01") == []


def test_search_pages_and_language(store: Store) -> None:
    every = search(store, "Clinton", limit=100)
    assert search(store, "Clinton", limit=2, offset=1) == every[1:3]
    assert [hit.id for hit in search(store, "oil", filters=Filters(language="DE"))] == [TICKER.id]
    collapsed = search(store, "oil", collapse=True, limit=100)
    assert search(store, "oil", collapse=True, limit=1, offset=1) == collapsed[1:2]


def test_quotes_of_one_entity_in_a_date_range(store: Store) -> None:
    (khamenei,) = entities(store, name="Ali Khamenei")
    said = quotes(store, entity=khamenei.id)
    assert {quote.speaker for quote in said} == {"Ali Khamenei"}
    june = quotes(store, entity=khamenei.id, since="2019-06-01", until="2019-06-30")
    assert [quote.published[:7] for quote in june if quote.published] == ["2019-06"] * len(june)
    assert 0 < len(june) < len(said)
    assert quotes(store, entity=khamenei.id, limit=1, offset=1) == said[1:2]
