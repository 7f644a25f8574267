"""`newsdesk bench people`: the most quoted people of a store, each one entity under a full
name, and no entity carrying two people's full names."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdesk.cli.main import main
from newsdesk.corpus.entities import CorpusEntity
from newsdesk.record import Entity, PageSource, Quote, Record
from newsdesk.store import open_store
from newsdesk_bench.people import two_people


def _page(doc: str, body: str, name: str, *aliases: str, quotes: int = 1) -> Record:
    """A page whose one person says ``quotes`` things (the first words of the body)."""
    said = body.split(".")[0]
    return Record(
        id=doc,
        source=PageSource(url=f"https://news.example.org/{doc}"),
        body=body,
        entities=(Entity("e1", name, "PERSON", aliases, ((0, 5),)),),
        quotes=tuple(Quote(said, 0, len(said), "indirect", speaker="e1") for _ in range(quotes)),
    )


def _store(path: Path, pages: list[Record]) -> Path:
    store = open_store(str(path))
    run = store.begin_run("test")
    for page in pages:
        store.put(page, origin=page.id, run_id=run)
    store.finish_run(run, {"stored": len(pages)})
    store.close()
    return path


_PAGES = [
    _page("a1", "Donald Trump said he would win. Trump spoke in Ohio.", "Donald Trump", "Trump"),
    _page(
        "a2",
        "Hillary Clinton Slams Donald Trump. Donald Trump said the polls were wrong.",
        "Hillary Clinton Slams Donald Trump",
        "Donald Trump",
        "Trump",
    ),
    _page("a3", "Hillary Clinton said she would win in Iowa.", "Hillary Clinton"),
]


@pytest.mark.parametrize(
    ("extra", "code", "lines"),
    [
        # The headline read as a name does not split Donald Trump nor join Hillary Clinton.
        (
            [],
            0,
            [
                "ok   Donald Trump: 2 quotes, 2 articles",
                "ok   Hillary Clinton: 1 quotes, 1 articles",
                "entities carrying the full names of two people: 0",
            ],
        ),
        # A most quoted person known by one word only fails the check.
        (
            [_page("a4", "Obama said the bill would pass.", "Obama", quotes=5)],
            1,
            ["FAIL Obama: 5 quotes", "not shown under a full name"],
        ),
    ],
)
def test_the_most_quoted_people_are_checked(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    extra: list[Record],
    code: int,
    lines: list[str],
) -> None:
    db = _store(tmp_path / "people.db", [*_PAGES, *extra])
    assert main(["bench", "people", "--db", str(db), "--top", "2"]) == code
    out = capsys.readouterr().out
    for line in lines:
        assert line in out


@pytest.mark.parametrize(
    ("forms", "pair"),
    [
        (("Barack Obama", "Michelle Obama", "Obama"), ("Barack Obama", "Michelle Obama")),
        (("Donald Trump", "Donald Trump Jr."), ("Donald Trump", "Donald Trump Jr.")),
        (("Hillary Rodham Clinton", "Hillary Clinton", "Clinton"), None),
    ],
)
def test_two_people_are_full_names_no_one_person_has_both(
    forms: tuple[str, ...], pair: tuple[str, str] | None
) -> None:
    entity = CorpusEntity("x", forms[0], "PERSON", forms[1:], (), 1, 1)
    assert two_people(entity) == pair


def test_a_file_that_is_no_store_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "page.txt"
    page.write_text("The mayor said so.\n", encoding="utf-8")
    code = main(["bench", "people", "--db", str(page)])
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith(f"newsdesk: error: {page}: not a newsdesk store")
    assert err.count("\n") == 1
