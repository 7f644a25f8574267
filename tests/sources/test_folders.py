"""Folders: walked recursively in sorted order, filtered by globs, hidden files skipped."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdesk.sources.folders import selected, walk_folder


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
    return [path.relative_to(root).as_posix() for path in walk_folder(root, **globs)]


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
