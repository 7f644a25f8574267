"""Walk a folder for page files: recursive, filtered by globs, in sorted order.

The order is the sorted order of names at every level, so two runs over the
same folder see the same files in the same order (and a resumed ingest skips
the same prefix). Hidden files and folders (names starting with ``.``) are
skipped: they are version-control or editor files, never pages. Symbolic
links to folders are not followed (a link back up the tree would never end);
a link to a file is a file, and a link that leads nowhere or in a loop is
still yielded, so reading it gives a rejection rather than a lost input; a
folder that cannot be listed gives an ``unreadable`` error.

``is_page_file`` tells page-like files (HTML, text, archives and dumps of
pages, names without a suffix as a site mirror saves them) from the rest of
a site (stylesheets, scripts, data, images), which ingest counts but does
not read unless asked.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from fnmatch import fnmatchcase
from pathlib import Path, PurePosixPath

from newsdesk.errors import InputError, PageError

#: Suffixes of files that hold one page: HTML and plain text, and the server-side page
#: names (PHP, ASP, JSP, ColdFusion) a site mirror (wget, HTTrack) saves HTML under.
PAGE_SUFFIXES = frozenset(
    {".html", ".htm", ".xhtml", ".shtml", ".txt", ".text", ".php", ".asp", ".aspx", ".jsp", ".cfm"}
)
#: Suffixes of files that hold many pages (read by ``newsdesk.sources.warc`` and ``.dumps``).
COLLECTION_SUFFIXES = frozenset({".warc", ".jsonl", ".ndjson", ".csv"})


def walk_folder(
    root: Path, *, include: Sequence[str] = (), exclude: Sequence[str] = ()
) -> Iterator[Path | PageError]:
    """Every file under ``root`` that ``include`` admits and ``exclude`` does not, sorted;
    an ``unreadable`` error for a folder that cannot be listed (its files would be lost)."""
    yield from _walk_below(root, root, include, exclude)


def _walk_below(
    root: Path, folder: Path, include: Sequence[str], exclude: Sequence[str]
) -> Iterator[Path | PageError]:
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError as exc:
        detail = f"cannot list the folder ({exc.strerror or exc})"
        yield InputError(detail, reason="unreadable", stage="read", origin=str(folder))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        if entry.is_dir(follow_symlinks=False):
            yield from _walk_below(root, path, include, exclude)
        elif _is_file(entry) and selected(relative_name(root, path), include, exclude):
            yield path


def _is_file(entry: os.DirEntry[str]) -> bool:
    """A file, a link to one, or a link that cannot be followed (reading it says why)."""
    try:
        return entry.is_file(follow_symlinks=True) or (
            entry.is_symlink() and not entry.is_dir(follow_symlinks=True)
        )
    except OSError:  # a link in a loop: too many levels of symbolic links
        return True


def file_kind(path: Path) -> str:
    """A file's type by its suffix (lower case, without ``.gz`` and any ``?query``): ``.css``."""
    name = path.name.lower().split("?", 1)[0].removesuffix(".gz")
    return PurePosixPath(name).suffix


def is_page_file(path: Path) -> bool:
    """Whether a file is page-like: a page, a collection of pages, or a name without a suffix."""
    kind = file_kind(path)
    return kind == "" or kind in PAGE_SUFFIXES or kind in COLLECTION_SUFFIXES


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
