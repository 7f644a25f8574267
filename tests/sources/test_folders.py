"""Folders: walked recursively in sorted order, filtered by globs, hidden files skipped."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsdesk.errors import PageError
from newsdesk.sources.folders import is_page_file, selected, walk_folder


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    for name in [
        "b.html",
        "a.txt",
        "2024/03/story.html",
        "2024/03/story.txt.gz",
        "2024/notes.md",
        ".git/config",
        "drafts/.hidden.html",
        "drafts/wip.html",
    ]:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("page", encoding="utf-8")
    return tmp_path


def names(root: Path, **globs: tuple[str, ...]) -> list[str]:
    found = list(walk_folder(root, **globs))
    return [path.relative_to(root).as_posix() for path in found if isinstance(path, Path)]


def test_every_file_in_sorted_order_without_hidden_ones(tree: Path) -> None:
    assert names(tree) == [
        "2024/03/story.html",
        "2024/03/story.txt.gz",
        "2024/notes.md",
        "a.txt",
        "b.html",
        "drafts/wip.html",
    ]


@pytest.mark.parametrize(
    ("include", "exclude", "expected"),
    [
        (("*.html",), (), ["2024/03/story.html", "b.html", "drafts/wip.html"]),
        (
            ("*.html", "*.gz"),
            ("drafts/*",),
            ["2024/03/story.html", "2024/03/story.txt.gz", "b.html"],
        ),
        ((), ("*.md", "2024/*"), ["a.txt", "b.html", "drafts/wip.html"]),
    ],
)
def test_include_and_exclude_globs(
    tree: Path, include: tuple[str, ...], exclude: tuple[str, ...], expected: list[str]
) -> None:
    assert names(tree, include=include, exclude=exclude) == expected


@pytest.mark.parametrize(
    ("name", "include", "exclude", "expected"),
    [
        ("a/b/page.html", ["*.html"], [], True),
        ("a/b/page.html", ["a/*.html"], [], True),  # fnmatch's * crosses folders
        ("a/b/page.html", ["b/*.html"], [], False),
        ("a/b/page.html", [], ["page.*"], False),
        ("page.txt", [], [], True),
    ],
)
def test_selected(name: str, include: list[str], exclude: list[str], expected: bool) -> None:
    assert selected(name, include, exclude) is expected


def test_links_in_a_loop_or_to_nowhere_are_yielded_and_linked_folders_not_followed(
    tmp_path: Path,
) -> None:
    (tmp_path / "story.html").write_text("page", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "up").symlink_to("..")  # a folder link back up: never followed
    (tmp_path / "self").symlink_to("self")  # too many levels of symbolic links
    (tmp_path / "gone.html").symlink_to("deleted.html")
    assert names(tmp_path) == ["gone.html", "self", "story.html"]


@pytest.mark.parametrize(
    ("name", "page_like"),
    [
        ("story.html", True),
        ("story.HTM", True),
        ("index.php", True),
        ("notes.txt.gz", True),
        ("crawl.warc.gz", True),
        ("dump.jsonl", True),
        ("2024-03-story", True),  # a mirror's page saved without a suffix
        ("style.css", False),
        ("app.js", False),
        ("data.json", False),
        ("README.md", False),
        ("logo.png", False),
        ("feed.xml", False),
    ],
)
def test_is_page_file(name: str, page_like: bool) -> None:
    assert is_page_file(Path(name)) is page_like


def test_a_folder_that_cannot_be_listed_is_an_unreadable_error_not_a_silent_gap(
    tree: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scandir = os.scandir
    locked = tree / "2024"

    def refusing(path: Path) -> Iterator[os.DirEntry[str]]:
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied")
        return scandir(path)

    monkeypatch.setattr(os, "scandir", refusing)
    found = list(walk_folder(tree))
    errors = [item for item in found if isinstance(item, PageError)]
    assert [(e.origin, e.reason, e.detail) for e in errors] == [
        (str(locked), "unreadable", "cannot list the folder (Permission denied)")
    ]
    assert [p.relative_to(tree).as_posix() for p in found if isinstance(p, Path)] == [
        "a.txt",
        "b.html",
        "drafts/wip.html",
    ]
