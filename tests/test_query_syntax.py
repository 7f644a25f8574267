"""The query language: any text a user types is a valid FTS5 query or a clean refusal."""

from __future__ import annotations

import re
import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdesk.query_syntax import day_bound, fts_query


@pytest.mark.parametrize(
    ("query", "expression"),
    [
        ("oil prices", '"oil" "prices"'),
        ('"pressure campaign" Iran', '"pressure campaign" "Iran"'),
        ("U.S. sanctions", '"U S" "sanctions"'),
        ("tank* OR ship", '"tank"* OR "ship"'),
        ("OR oil NOT", '"oil"'),
        ('he said "', '"he" "said"'),
        ("oil AND NOT gas", '"oil" NOT "gas"'),
        ("(oil OR gas) AND Iran", '( "oil" OR "gas" ) AND "Iran"'),
        ("oil (gas OR coal)", '"oil" AND ( "gas" OR "coal" )'),
        ("oil AND (gas", '"oil" AND "gas"'),
        (")oil(", '"oil"'),
        ("(AND oil OR) () gas", '( "oil" ) AND "gas"'),
    ],
)
def test_any_text_is_a_valid_query(query: str, expression: str) -> None:
    assert fts_query(query) == expression


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab \"*():^-+.,NOTANDR'’é\u00a0"), max_size=30))
def test_every_query_is_refused_cleanly_or_runs(text: str) -> None:
    try:
        expression = fts_query(text)
    except ValueError:
        assert set(re.findall(r"\w+", text)) <= {"AND", "OR", "NOT"}
        return
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(body)")
    conn.execute("INSERT INTO t VALUES ('a b ab NOT AND')")
    conn.execute("SELECT * FROM t WHERE t MATCH ?", (expression,)).fetchall()
    conn.close()


@pytest.mark.parametrize(
    ("query", "rows"),
    [
        ("(oil OR gas) AND Iran", ["oil Iran", "gas Iran"]),
        ("oil OR gas AND Iran", ["oil Iran", "oil Iraq", "gas Iran"]),
        ("(oil OR gas) NOT Iran", ["oil Iraq"]),
    ],
)
def test_parentheses_group_operators(query: str, rows: list[str]) -> None:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(body)")
    conn.executemany(
        "INSERT INTO t VALUES (?)", [(r,) for r in ("oil Iran", "oil Iraq", "gas Iran", "coal")]
    )
    found = conn.execute("SELECT body FROM t WHERE t MATCH ?", (fts_query(query),)).fetchall()
    conn.close()
    assert sorted(body for (body,) in found) == sorted(rows)


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(["a", "b", "(", ")", "AND", "OR", "NOT", '"', "*"]), max_size=12))
def test_every_mix_of_operators_and_parentheses_runs(tokens: list[str]) -> None:
    text = " ".join(tokens)
    try:
        expression = fts_query(text)
    except ValueError:
        assert "a" not in tokens and "b" not in tokens
        return
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(body)")
    conn.execute("SELECT * FROM t WHERE t MATCH ?", (expression,)).fetchall()
    conn.close()


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
