"""The query layer over a store built from tests/data/store/corpus.jsonl."""

from __future__ import annotations

import dataclasses
import itertools
import json
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsdesk.query.search import (
    Filters,
    Hit,
    cluster_of,
    entities,
    entity_ids,
    get,
    quotes,
    records,
    search,
    stats,
)
from newsdesk.record import Quote, Record, Rejection
from newsdesk.store import SqliteStore

CORPUS = Path(__file__).parent.parent / "data" / "store" / "corpus.jsonl"


def corpus() -> list[Record]:
    return [Record.from_dict(json.loads(line)) for line in CORPUS.read_text("utf-8").splitlines()]


def by_url(fragment: str) -> Record:
    return next(r for r in corpus() if fragment in (r.source.url or ""))


@pytest.fixture(scope="module")
def store() -> Iterator[SqliteStore]:
    opened = SqliteStore(":memory:")
    run = opened.begin_run("newsdesk ingest tests/data/store/corpus.jsonl")
    for n, record in enumerate(corpus()):
        opened.put(record, origin=f"corpus.jsonl:{n + 1}", run_id=run)
    opened.reject(
        Rejection("0f0f", "corpus.jsonl:13", "decode", "binary", "a PNG image"), run_id=run
    )
    opened.reject(Rejection("0e0e", "corpus.jsonl:14", "segment", "no-content", "nav"), run_id=run)
    opened.reject(Rejection("0d0d", "corpus.jsonl:15", "segment", "no-content", "nav"), run_id=run)
    opened.finish_run(run, {"stored": 12, "rejected": 3})
    yield opened
    opened.close()


def ids(hits: Sequence[Hit]) -> list[str]:
    return [h.id for h in hits]


def test_the_best_match_comes_first_and_title_matches_weigh_more(store: SqliteStore) -> None:
    hits = search(store, "sanctions")
    assert ids(hits)[0] == by_url("pompeo-iran-sanctions").id
    assert all(a.score <= b.score for a, b in itertools.pairwise(hits))


def test_snippets_mark_the_matched_words(store: SqliteStore) -> None:
    (hit,) = search(store, "tankers Oman", limit=1)
    assert hit.highlights
    marked = {hit.snippet[s:e].casefold() for s, e in hit.highlights}
    assert marked == {"tankers", "oman"}
    assert "\x02" not in hit.snippet and "\x03" not in hit.snippet


def test_a_phrase_matches_only_those_words_in_that_order(store: SqliteStore) -> None:
    hits = search(store, '"pressure campaign"')
    assert ids(hits) == [by_url("pompeo-iran-sanctions").id]
    assert search(store, '"campaign pressure"') == []


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (Filters(since="2019-06-01"), {"leader-speech"}),
        (Filters(until="2019-05-10"), {"pompeo-iran-sanctions"}),
        (Filters(since="2019-05-10", until="2019-05-29"), {"pompeo-iran-sanctions", "khamenei"}),
        (Filters(outlet="Reuters"), {"pompeo-iran-sanctions"}),
        (Filters(outlet="aljazeera.com"), {"khamenei"}),
        (Filters(outlet="tehrantimes"), {"leader-speech"}),
        (Filters(tag="iran"), {"pompeo-iran-sanctions", "khamenei", "leader-speech"}),
        (Filters(tag="Oil"), set()),
        (Filters(entity="Khamenei"), {"khamenei", "leader-speech"}),
        (Filters(entity="Ayatollah Ali Khamenei"), {"khamenei", "leader-speech"}),
        (Filters(entity="Mike Pompeo"), {"pompeo-iran-sanctions", "khamenei", "leader-speech"}),
        (Filters(entity="Nobody Atall"), set()),
    ],
)
def test_filters_narrow_the_documents_searched(
    store: SqliteStore, filters: Filters, expected: set[str]
) -> None:
    hits = search(store, "Iran", filters=filters)
    assert set(ids(hits)) == {by_url(fragment).id for fragment in expected}


@pytest.mark.parametrize(
    ("name", "articles"),
    [
        ("Hillary Clinton", {"clinton-rally-ohio"}),
        ("Bill Clinton", {"bill-clinton-foundation"}),
        ("President Bill Clinton", {"bill-clinton-foundation"}),
        # A surname gives every person of that name, and the pages that say only "Mrs. Clinton".
        ("Clinton", {"clinton-rally-ohio", "bill-clinton-foundation", "clinton-debate-preview"}),
        ("George Bush", {"george-bush-obituary"}),
        ("George W. Bush", {"bush-library-visit"}),
    ],
)
def test_entity_filter_tells_people_with_one_surname_apart(
    store: SqliteStore, name: str, articles: set[str]
) -> None:
    hits = search(store, "the", filters=Filters(entity=name))
    assert set(ids(hits)) == {by_url(fragment).id for fragment in articles}


def test_bad_dates_and_empty_queries_are_value_errors(store: SqliteStore) -> None:
    with pytest.raises(ValueError, match="not a date"):
        search(store, "oil", filters=Filters(since="last week"))
    with pytest.raises(ValueError, match="no words"):
        search(store, " ?! ")


def test_collapse_shows_one_hit_per_cluster_of_syndicated_copies(store: SqliteStore) -> None:
    wire = [by_url(u) for u in ("oil-tanker-attacks", "oil-jumps", "businessdaily")]
    other = by_url("oil-slips-demand")
    full = search(store, "oil prices")
    assert set(ids(full)) == {r.id for r in [*wire, other]}
    collapsed = search(store, "oil prices", collapse=True)
    assert len(collapsed) == 2
    copy = next(h for h in collapsed if h.id != other.id)
    assert copy.id in {r.id for r in wire}
    assert copy.duplicates == 2
    assert copy.cluster == min(r.id for r in wire)
    assert cluster_of(store, copy.id) == sorted(r.id for r in wire)


@pytest.mark.parametrize(
    "name", ["Mike Pompeo", "Pompeo", "Secretary of State Mike Pompeo", "mike pompeo"]
)
def test_quotes_by_a_speaker_under_any_of_their_names(store: SqliteStore, name: str) -> None:
    found = quotes(store, speaker=name)
    assert [q.text for q in found] == [
        "the United States would keep tightening sanctions on Iran until its leaders changed "
        "course",
        "The pressure campaign is working, and it will continue,",
        "Washington was ready to talk",
    ]
    assert {q.speaker for q in found} == {"Mike Pompeo"}
    assert {q.speaker_text for q in found} == {"Secretary of State Mike Pompeo", "Pompeo"}


@pytest.mark.parametrize(
    ("name", "count"),
    [("Hillary Clinton", 1), ("Bill Clinton", 2), ("Clinton", 3), ("Khamenei", 2), ("Nobody", 0)],
)
def test_quotes_keep_people_sharing_a_surname_apart(
    store: SqliteStore, name: str, count: int
) -> None:
    assert len(quotes(store, speaker=name)) == count


def test_quotes_about_a_subject(store: SqliteStore) -> None:
    about = quotes(store, about="sanctions")
    assert [q.speaker for q in about] == ["Mike Pompeo"]
    assert quotes(store, speaker="Khamenei", about="sanctions") == []
    (found,) = quotes(store, speaker="Khamenei", about="negotiation")
    assert found.text.startswith("Negotiation with America")


def test_entities_are_the_corpus_entities_by_type(store: SqliteStore) -> None:
    people = entities(store, entity_type="PERSON")
    names = [e.name for e in people]
    assert names[0] == "Mike Pompeo"
    assert set(names) == {
        "Mike Pompeo",
        "Ali Khamenei",
        "Hillary Clinton",
        "Bill Clinton",
        "Mrs. Clinton",
        "George Bush",
        "George W. Bush",
    }
    pompeo = people[0]
    assert (pompeo.documents, pompeo.quotes) == (3, 3)
    assert set(pompeo.aliases) == {"Pompeo", "Secretary of State Mike Pompeo"}
    places = {e.name: e for e in entities(store, entity_type="GPE")}
    assert places["United States"].aliases == ("U.S.",)
    assert entity_ids(store, "US", "GPE") == [places["United States"].id]


def test_stats_count_documents_rejections_runs_and_speakers(store: SqliteStore) -> None:
    found = stats(store)
    assert (found.documents, found.clusters, found.quotes, found.rejections) == (12, 10, 9, 3)
    assert [(r.stage, r.reason, r.count) for r in found.rejections_by_reason] == [
        ("segment", "no-content", 2),
        ("decode", "binary", 1),
    ]
    (run,) = found.runs
    assert run.counts == {"stored": 12, "rejected": 3}
    assert run.finished is not None
    assert found.top_speakers[0].name == "Mike Pompeo"
    assert found.top_speakers[0].quotes == 3
    assert found.entities_by_type == {"GPE": 6, "PERSON": 7}


def test_stored_records_read_back_unchanged(store: SqliteStore) -> None:
    assert list(records(store)) == sorted(corpus(), key=lambda r: r.id)
    record = corpus()[3]
    assert get(store, record.id) == record
    assert get(store, "no-such-id") is None


def test_a_new_namesake_splits_a_surname_that_was_unambiguous(tmp_path: Path) -> None:
    store = SqliteStore(str(tmp_path / "news.db"))
    run = store.begin_run("test")
    for fragment in ("clinton-rally-ohio", "clinton-debate-preview"):
        store.put(by_url(fragment), origin=fragment, run_id=run)
    store.finish_run(run, {})
    assert {e.name for e in entities(store)} >= {"Hillary Clinton"}
    hillary = next(e for e in entities(store) if e.name == "Hillary Clinton")
    assert "Mrs. Clinton" in hillary.aliases  # the only Clinton so far
    run = store.begin_run("test")
    store.put(by_url("bill-clinton-foundation"), origin="bill", run_id=run)
    store.finish_run(run, {})  # the end of the run brings corpus entities up to date
    hillary = next(e for e in entities(store) if e.name == "Hillary Clinton")
    assert "Mrs. Clinton" not in hillary.aliases
    assert len(quotes(store, speaker="Hillary Clinton")) == 1
    store.close()


def test_quotes_whose_speaker_was_not_linked_are_found_by_a_full_name(tmp_path: Path) -> None:
    store = SqliteStore(str(tmp_path / "news.db"))
    run = store.begin_run("test")
    store.put(by_url("pompeo-iran-sanctions"), origin="pompeo", run_id=run)
    store.put(by_url("clinton-rally-ohio"), origin="hillary", run_id=run)
    store.put(by_url("bill-clinton-foundation"), origin="bill", run_id=run)
    unlinked = dataclasses.replace(
        by_url("leader-speech"),
        quotes=(
            Quote("Washington was ready to talk", 0, 0, "indirect", None, "Mike Pompeo", "said"),
            Quote("They want to take away", 0, 0, "direct", None, "Clinton", "said"),
        ),
    )
    store.put(unlinked, origin="unlinked", run_id=run)
    store.finish_run(run, {})
    pompeo = [q.text for q in quotes(store, speaker="Pompeo")]
    assert "Washington was ready to talk" in pompeo
    # A surname as written is not enough: this "Clinton" may be either of them.
    assert "They want to take away" not in [q.text for q in quotes(store, speaker="Clinton")]
    store.close()


def test_the_public_surface_of_the_store_modules_exists() -> None:
    from newsdesk.corpus import entities, near_duplicates
    from newsdesk.query import results, search, syntax
    from newsdesk.store import derived, export, schema, sqlite

    modules = (search, results, syntax, entities, near_duplicates, export, schema, sqlite, derived)
    for module in modules:
        for name in module.__all__:
            assert hasattr(module, name), f"{module.__name__}.{name}"


@pytest.mark.parametrize("limit", [1, 2, 3])
def test_collapse_equals_grouping_the_full_ranking(tmp_path: Path, limit: int) -> None:
    wire = by_url("oil-tanker-attacks")
    store = SqliteStore(str(tmp_path / "copies.db"))
    run = store.begin_run("test")
    for n in range(12):  # a wire story run by twelve sites: one cluster
        copy = dataclasses.replace(
            wire,
            id=f"copy{n:02d}",
            body=wire.body + f"\n\nReporting by desk number {n}.",
            source=dataclasses.replace(wire.source, url=f"https://site{n}.example/oil"),
        )
        store.put(copy, origin=copy.id, run_id=run)
    for record in corpus():
        store.put(record, origin=record.id, run_id=run)
    store.finish_run(run, {})
    full = search(store, "oil", limit=100)
    expected: dict[str, tuple[str, int]] = {}
    for hit in full:
        first, count = expected.get(hit.cluster, (hit.id, 0))
        expected[hit.cluster] = (first, count + 1)
    collapsed = search(store, "oil", collapse=True, limit=limit)
    assert [(h.id, h.duplicates) for h in collapsed] == [
        (first, count - 1) for first, count in list(expected.values())[:limit]
    ]
    assert max(count for _, count in expected.values()) == 15
    store.close()


def cjk_record(doc: str, title: str, body: str, said: str | None = None) -> Record:
    from newsdesk.record import PageSource

    found = (
        ()
        if said is None
        else (
            Quote(said, body.index(said), body.index(said) + len(said), "direct", None, None, None),
        )
    )
    return Record(
        id=doc, source=PageSource(path=f"{doc}.html"), title=title, body=body, quotes=found
    )


def test_chinese_and_japanese_pages_are_found_by_their_words(tmp_path: Path) -> None:
    store = SqliteStore(str(tmp_path / "cjk.db"))
    run = store.begin_run("test")
    store.put(
        cjk_record(
            "ja01",
            "大阪で地震",
            "大阪府で震度五の地震があり、鉄道が止まった。\n\n「鉄道は明日再開する」と会社は述べた。",
            said="鉄道は明日再開する",
        ),
        origin="ja01.html",
        run_id=run,
    )
    store.put(
        cjk_record("zh01", "北京新规", "北京市政府周一宣布了新的交通规定。"),
        origin="zh01.html",
        run_id=run,
    )
    store.put(
        cjk_record("en01", "Quake in Osaka", "Trains stopped after the earthquake in Osaka."),
        origin="en01.html",
        run_id=run,
    )
    store.finish_run(run, {})
    assert ids(search(store, "地震")) == ["ja01"]
    assert ids(search(store, "交通规定")) == ["zh01"]
    assert ids(search(store, "Osaka")) == ["en01"]
    assert sorted(ids(search(store, "大阪 OR 北京"))) == ["ja01", "zh01"]
    (hit,) = search(store, "鉄道")
    assert hit.snippet.startswith("大阪府で震度五の地震")  # the body as written, not spaced
    assert [q.text for q in quotes(store, about="再開")] == ["鉄道は明日再開する"]
    # A changed page replaces its words in the index; a later rejection of a stored
    # page is refused, so its words stay findable.
    store.put(
        cjk_record("zh01", "北京新规", "北京市政府周一宣布了新的停车规定。"),
        origin="zh01.html",
        run_id=run,
    )
    assert ids(search(store, "交通")) == []
    assert ids(search(store, "停车")) == ["zh01"]
    assert not store.reject(Rejection("ja01", "ja01.html", "decode", "empty", "gone"), run_id=run)
    store.commit()
    assert ids(search(store, "地震")) == ["ja01"]
    for index in ("documents_fts", "quotes_fts"):
        store.connection.execute(f"INSERT INTO {index}({index}) VALUES ('integrity-check')")
    store.close()


def test_a_cjk_hit_marks_the_words_found_in_its_snippet(tmp_path: Path) -> None:
    body = "東京都の警察は月曜日に記者会見を開いた。" * 9 + "大阪では地震の被害はなかった。"
    store = SqliteStore(str(tmp_path / "cjk.db"))
    run = store.begin_run("test")
    store.put(cjk_record("ja02", "会見", body), origin="ja02.html", run_id=run)
    store.finish_run(run, {})
    (hit,) = search(store, "地震 OR 地震計")
    assert [hit.snippet[s:e] for s, e in hit.highlights] == ["地震"]
    assert len(hit.snippet) < len(body)
    store.close()


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.text(alphabet=st.sampled_from('oil Iran "*()-+:^,.NOTANDRE5東京ー'), max_size=25))
def test_any_query_gives_hits_or_one_clear_refusal(store: SqliteStore, text: str) -> None:
    try:
        hits = search(store, text, limit=3)
    except ValueError as refused:
        assert str(refused).startswith("the query ") and "\n" not in str(refused)
        return
    assert all(0 <= s <= e <= len(h.snippet) for h in hits for s, e in h.highlights)
