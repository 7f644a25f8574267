"""Walk a folder for page files: recursive, filtered by globs, in sorted order.

The order is the sorted order of names at every level, so two runs over the
same folder see the same files in the same order (and a resumed ingest skips
the same prefix). Hidden files and folders (names starting with ``.``) are
skipped: they are version-control or editor files, never pages.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from fnmatch import fnmatchcase
from pathlib import Path, PurePosixPath


def walk_folder(
    root: Path, *, include: Sequence[str] = (), exclude: Sequence[str] = ()
) -> Iterator[Path]:
    """Every file under ``root`` that ``include`` admits and ``exclude`` does not, sorted."""
    yield from _walk_below(root, root, include, exclude)


def _walk_below(
    root: Path, folder: Path, include: Sequence[str], exclude: Sequence[str]
) -> Iterator[Path]:
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        if entry.is_dir(follow_symlinks=False):
            yield from _walk_below(root, path, include, exclude)
        elif entry.is_file(follow_symlinks=True) and selected(
            relative_name(root, path), include, exclude
        ):
            yield path


def relative_name(root: Path, path: Path) -> str:
    """``path`` relative to ``root``, with forward slashes, for glob matching."""
    return PurePosixPath(*path.relative_to(root).parts).as_posix()


def selected(name: str, include: Sequence[str], exclude: Sequence[str]) -> bool:
    """Whether a file (its path relative to the folder) passes the globs.

    A glob matches the relative path or the file name alone, so ``*.html``
    matches at any depth and ``2024/*.html`` only in that sub-folder.
    """
    if include and not any(_match(name, glob) for glob in include):
        return False
    return not any(_match(name, glob) for glob in exclude)


def _match(name: str, glob: str) -> bool:
    base = name.rsplit("/", 1)[-1]
    return fnmatchcase(name, glob) or fnmatchcase(base, glob)
