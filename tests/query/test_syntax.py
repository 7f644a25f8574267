"""The query language: any text a user types is a valid FTS5 query or a clean refusal."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdesk.cjk import searchable_cjk
from newsdesk.query.syntax import cjk_phrases, day_bound, fts_query, index_words, tsquery


@pytest.mark.parametrize(
    ("query", "expression"),
    [
        ("oil prices", '"oil" AND "prices"'),
        ('"pressure campaign" Iran', '"pressure campaign" AND "Iran"'),
        ("U.S. sanctions", '"U S" AND "sanctions"'),
        ("tank* OR ship", '"tank"* OR "ship"'),
        ("OR oil NOT", '"oil"'),
        ('he said "', '"he" AND "said"'),
        ("oil AND NOT gas", '"oil" NOT "gas"'),
        ("(oil OR gas) AND Iran", '( "oil" OR "gas" ) AND "Iran"'),
        ("oil (gas OR coal)", '"oil" AND ( "gas" OR "coal" )'),
        ("oil AND (gas", '"oil" AND "gas"'),
        (")oil(", '"oil"'),
        ("(AND oil OR) () gas", '"oil" AND "gas"'),
        ("iran -police", '"iran" NOT "police"'),
        ('iran -police -"police station"', '"iran" NOT ( "police" OR "police station" )'),
        ("iran oil -(gas OR coal)", '( "iran" AND "oil" ) NOT ( "gas" OR "coal" )'),
        ("e-mail +leak", '"e mail" AND "leak"'),
        ("NOT (NOT oil)", '"oil"'),
        ("NEAR(police station)", 'NEAR("police" "station", 10)'),
        ('NEAR(police "fire station", 3) iran', 'NEAR("police" "fire station", 3) AND "iran"'),
        ("NEAR(police)", '"police"'),
        ("東京 警察", '"東 京" AND "警 察"'),
        ("東京タワー*", '"東 京 タ ワ ー"*'),
        ("iPhone発売", '"iPhone 発 売"'),
    ],
)
def test_any_text_is_a_valid_query(query: str, expression: str) -> None:
    assert fts_query(query) == expression


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("NOT police", "only leaves out pages"),
        ("-police", "only leaves out pages"),
        ("-police -fire", "only leaves out pages"),
        ("oil OR NOT gas", "only leaves out pages"),
        ("?!", "has no words to search for"),
        ("( ) AND", "has no words to search for"),
        ("NEAR()", "has no words to search for"),
        ("(" * 50 + "oil", "nests more than"),
    ],
)
def test_a_query_with_nothing_to_find_is_refused_with_the_reason(query: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        fts_query(query)


def fts_table(*rows: str) -> sqlite3.Connection:
    """An FTS5 table with the store's tokenizer and CJK column, holding ``rows``."""
    conn = sqlite3.connect(":memory:")
    conn.execute(
        "CREATE VIRTUAL TABLE t USING fts5(body, cjk, tokenize='unicode61 remove_diacritics 2')"
    )
    conn.executemany("INSERT INTO t VALUES (?, ?)", [(r, searchable_cjk(r)) for r in rows])
    return conn


def matching(query: str, rows: list[str]) -> list[str]:
    conn = fts_table(*rows)
    found = conn.execute("SELECT body FROM t WHERE t MATCH ?", (fts_query(query),)).fetchall()
    conn.close()
    return sorted(body for (body,) in found)


def runs_or_is_refused(text: str, *rows: str) -> None:
    """``text`` is refused with the reason, or its expression runs over ``rows``."""
    try:
        expression = fts_query(text)
    except ValueError as refused:
        assert str(refused).startswith("the query ")
        return
    conn = fts_table(*rows)
    conn.execute("SELECT * FROM t WHERE t MATCH ?", (expression,)).fetchall()
    conn.close()


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from("ab \"*():^-+.,NOTANDRE5'’é\u00a0東京タ경"),
        max_size=30,
    )
)
def test_every_query_is_refused_cleanly_or_runs(text: str) -> None:
    runs_or_is_refused(text, "a b ab NOT AND", "東京 タワー", "경찰서에서")


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_any_unicode_text_is_refused_cleanly_or_runs(text: str) -> None:
    runs_or_is_refused(text, "a b")


ROWS = [
    "oil Iran",
    "oil Iraq",
    "gas Iran",
    "coal",
    "police station closed",
    "police closed station",
]


@pytest.mark.parametrize(
    ("query", "rows"),
    [
        ("(oil OR gas) AND Iran", ["gas Iran", "oil Iran"]),
        ("oil OR gas AND Iran", ["gas Iran", "oil Iran", "oil Iraq"]),
        ("(oil OR gas) NOT Iran", ["oil Iraq"]),
        ("oil -Iran", ["oil Iraq"]),
        ("Iran -oil", ["gas Iran"]),
        ("closed -(police station)", []),
        ('closed -"police station"', ["police closed station"]),
        ("NEAR(police station, 0)", ["police station closed"]),
        ("NEAR(police station)", ["police closed station", "police station closed"]),
    ],
)
def test_operators_find_what_a_search_engine_would(query: str, rows: list[str]) -> None:
    assert matching(query, ROWS) == rows


CJK_ROWS = [
    "東京都の警察は月曜日に発表した。",
    "京都の祭りは七月に始まる。",
    "北京市政府周一宣布了新的交通规定。",
    "서울 경찰서에서 발표했다.",
    "Apple unveiled the iPhone発売 plans.",
]


@pytest.mark.parametrize(
    ("query", "rows"),
    [
        ("東京", [CJK_ROWS[0]]),
        ("京都", sorted([CJK_ROWS[0], CJK_ROWS[1]])),  # 東京都 holds 京都 too
        ("警察 発表", [CJK_ROWS[0]]),
        ('"東京都の警察"', [CJK_ROWS[0]]),
        ("京都 -東京", [CJK_ROWS[1]]),
        ("交通规定", [CJK_ROWS[2]]),
        ("北京 OR 京都", sorted([CJK_ROWS[0], CJK_ROWS[1], CJK_ROWS[2]])),
        ("경찰서", [CJK_ROWS[3]]),
        ("iPhone", [CJK_ROWS[4]]),
        ("東京 京都 北京", []),
    ],
)
def test_text_without_spaces_is_found_by_its_words(query: str, rows: list[str]) -> None:
    assert matching(query, CJK_ROWS) == rows


@pytest.mark.parametrize(
    ("value", "after", "bound"),
    [
        ("2019-06-10", False, "2019-06-10"),
        ("2019-06-10", True, "2019-06-11"),
        ("2019-12-31T23:59:00+00:00", True, "2020-01-01"),
    ],
)
def test_dates_bound_a_range_by_whole_days(value: str, after: bool, bound: str) -> None:
    assert day_bound(value, after=after) == bound


def test_a_date_that_is_not_one_is_refused() -> None:
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        day_bound("last week", after=False)


@settings(max_examples=2000, deadline=None)
@given(
    st.lists(
        st.sampled_from(["a", "b", "(", ")", "AND", "OR", "NOT", '"', "*", "-", "-a", "NEAR("]),
        max_size=12,
    )
)
def test_every_mix_of_operators_and_parentheses_runs(tokens: list[str]) -> None:
    runs_or_is_refused(" ".join(tokens), "a b")


@pytest.mark.parametrize(
    ("query", "phrases"),
    [
        ("東京 -大阪 police", [("東", "京")]),
        ('"iPhone発売" OR NEAR(北京 上海)', [("上", "海"), ("北", "京"), ("iPhone", "発", "売")]),
        ("police station", []),
        ("NOT 東京", []),
    ],
)
def test_the_cjk_phrases_a_query_looks_for(query: str, phrases: list[tuple[str, ...]]) -> None:
    assert cjk_phrases(query) == phrases


@pytest.mark.parametrize(
    ("query", "tsquery_text"),
    [
        ("oil prices", "('oil' & 'prices')"),
        ('"pressure campaign" Iran', "(('pressure' <-> 'campaign') & 'iran')"),
        ("U.S. sanctions", "(('u' <-> 's') & 'sanctions')"),
        ("tank* OR ship", "('tank':* | 'ship')"),
        ("iran -police", "('iran' & !('police'))"),
        ("Café_Crème", "('cafe' <-> 'creme')"),
        (
            "NEAR(police station, 1)",
            "('police' <1> 'station' | 'station' <1> 'police' | "
            "'police' <2> 'station' | 'station' <2> 'police')",
        ),
        ("東京 警察", "(('東' <-> '京') & ('警' <-> '察'))"),
        ("_", "'_'"),
    ],
)
def test_a_query_becomes_the_same_tsquery_for_postgresql(query: str, tsquery_text: str) -> None:
    assert tsquery(query) == tsquery_text


@pytest.mark.parametrize("query", ["NOT police", "-police", "", "()", '""'])
def test_a_tsquery_is_refused_as_the_fts5_query_is(query: str) -> None:
    with pytest.raises(ValueError, match="the query"):
        tsquery(query)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Café au lait, U.S.-made", "cafe au lait u s made"),
        ("snake_case 3.5%", "snake case 3 5"),
        ("東京タワーで", "東 京 タ ワ ー で"),
        ("경찰서에서 Straße", "경 찰 서 에 서 straße"),
        (None, ""),
    ],
)
def test_index_words_split_and_fold_as_fts5_does(text: str | None, words: str) -> None:
    assert index_words(text) == words
