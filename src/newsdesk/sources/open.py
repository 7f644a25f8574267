"""Turn command-line sources (files, folders, globs, URLs, ``-``) into one stream of pages.

Each name is read by the source its form calls for: ``-`` is standard
input, ``http(s)://`` a URL, a folder is walked (sorted, filtered by the
include and exclude globs), a name with ``*?[`` that is not a path is a
glob. Each file is read by its suffix: ``.warc``/``.warc.gz`` as a WARC
archive, ``.jsonl``/``.ndjson``/``.csv`` (``.gz`` too) as a dump, anything
else as one page (``.gz`` pages are inflated by the decode stage).

The stream holds a ``RawPage`` per page, a ``PageError`` per input that
could not be read, and a ``NotAPage`` per input passed over on purpose (a
WARC request, a stylesheet in a folder: only page-like files of folders and
globs are read unless ``all_files``; a file named on its own always is).
Every item has a stable origin, the key a resumed ingest uses to skip what
is already stored: one spelling per file, its absolute path with symbolic
links resolved (``/data/a.html``, ``/data/crawl.warc.gz#<offset>``,
``/data/dump.jsonl:<line>``), a URL, or ``<stdin>#<content hash>``. Nothing
is read ahead: the stream holds one page at a time.
"""

from __future__ import annotations

import glob
import os
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from newsdesk.errors import InputError, PageError, SourceError
from newsdesk.page import NotAPage, RawPage
from newsdesk.settings import Settings
from newsdesk.sources.dumps import DumpFields, is_csv, is_jsonl, read_csv, read_jsonl
from newsdesk.sources.files import read_file, read_stdin
from newsdesk.sources.folders import file_kind, is_page_file, selected, walk_folder
from newsdesk.sources.url import Fetcher, is_url
from newsdesk.sources.warc import is_warc, read_warc

#: What a source yields: a page, the error of an input that cannot be read, or an input
#: that is no page.
SourceItem = RawPage | PageError | NotAPage

STDIN = "-"
_GLOB_CHARS = frozenset("*?[")
_DEFAULTS = Settings()


@dataclass(frozen=True, slots=True)
class SourceOptions:
    """How to read sources: globs for folders, dump field names, limits, fetching."""

    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    all_files: bool = False
    fields: DumpFields = field(default_factory=DumpFields)
    max_bytes: int = _DEFAULTS.max_page_bytes
    user_agent: str = _DEFAULTS.user_agent
    fetch_timeout: float = _DEFAULTS.fetch_timeout

    @classmethod
    def from_settings(
        cls,
        settings: Settings,
        *,
        include: Sequence[str] = (),
        exclude: Sequence[str] = (),
        all_files: bool = False,
        fields: DumpFields | None = None,
    ) -> SourceOptions:
        return cls(
            include=tuple(include),
            exclude=tuple(exclude),
            all_files=all_files,
            fields=fields or DumpFields(),
            max_bytes=settings.max_page_bytes,
            user_agent=settings.user_agent,
            fetch_timeout=settings.fetch_timeout,
        )


def check_sources(names: Sequence[str]) -> None:
    """Raise ``SourceError`` for a name that is no file, folder, glob match or URL."""
    for name in names:
        if name == STDIN or is_url(name) or Path(name).exists():
            continue
        if _is_glob(name) and next(_glob(name), None) is not None:
            continue
        raise SourceError(name, "not-found", "no such file, folder or matching glob")


def open_sources(names: Sequence[str], options: SourceOptions) -> Iterator[SourceItem]:
    """Every page of every source, in order; a bad input yields its error, never stops the rest."""
    fetcher: Fetcher | None = None
    for name in names:
        if name == STDIN:
            yield _named_by_content(_read_one(lambda: read_stdin(max_bytes=options.max_bytes)))
        elif is_url(name):
            if fetcher is None:
                fetcher = Fetcher(options.user_agent, options.fetch_timeout, options.max_bytes)
            yield fetcher.fetch(name)
        else:
            for found in expand(name, options):
                if isinstance(found, Path):
                    yield from read_path(found, options)
                else:
                    yield found


def expand(name: str, options: SourceOptions) -> Iterator[Path | NotAPage | PageError]:
    """The files a path, folder or glob names, in sorted order, each by its canonical path.

    Files found in a folder or by a glob that are not page-like come out as
    ``NotAPage`` unless ``options.all_files``; a folder that cannot be
    listed, as its error.
    """
    path = Path(os.path.normpath(name))
    if path.is_dir():
        yield from _walked(path, options)
    elif path.exists() or path.is_symlink() or not _is_glob(name):
        yield canonical(path)
    else:
        for match in sorted(_glob(name)):
            found = Path(os.path.normpath(match))
            if found.is_dir():
                yield from _walked(found, options)
            elif not found.name.startswith(".") and selected(
                found.name, options.include, options.exclude
            ):
                yield _page_file(found, options)


def canonical(path: Path) -> Path:
    """The one spelling of a file's path: absolute, with symbolic links resolved (as far as
    they resolve: a link in a loop keeps its name)."""
    return Path(os.path.realpath(path))


def _walked(folder: Path, options: SourceOptions) -> Iterator[Path | NotAPage | PageError]:
    for path in walk_folder(folder, include=options.include, exclude=options.exclude):
        yield _page_file(path, options) if isinstance(path, Path) else path


def _page_file(path: Path, options: SourceOptions) -> Path | NotAPage:
    if options.all_files or is_page_file(path):
        return canonical(path)
    return NotAPage(str(canonical(path)), f"{file_kind(path)} file")


def read_path(path: Path, options: SourceOptions) -> Iterator[SourceItem]:
    """The pages of one file, read as its suffix says."""
    try:
        if is_warc(path):
            yield from read_warc(path, max_bytes=options.max_bytes)
        elif is_jsonl(path):
            yield from read_jsonl(path, fields=options.fields, max_bytes=options.max_bytes)
        elif is_csv(path):
            yield from read_csv(path, fields=options.fields, max_bytes=options.max_bytes)
        else:
            yield _read_one(lambda: read_file(path, max_bytes=options.max_bytes))
    except SourceError as err:
        yield _unreadable(err)


def is_collection(path: Path) -> bool:
    """A WARC archive or a JSONL/CSV dump: a file of many pages, read by its own reader
    (``read_path``), never taken whole as one page."""
    return is_warc(path) or is_jsonl(path) or is_csv(path)


def count_pages(names: Sequence[str], options: SourceOptions) -> int | None:
    """How many pages the sources hold, when that is known without reading them.

    Archives and dumps are counted only by reading them, so any of them
    makes the total unknown (``None``).
    """
    total = 0
    for name in names:
        if name == STDIN or is_url(name):
            total += 1
            continue
        for path in expand(name, options):
            if isinstance(path, NotAPage):
                continue
            if not isinstance(path, Path):  # a folder that cannot be listed: one rejection
                total += 1
                continue
            if is_collection(path):
                return None
            total += 1
    return total


def empty_sources(names: Sequence[str], options: SourceOptions) -> dict[str, Counter[str]]:
    """The folders and globs among ``names`` that hold no page file to read, each with the
    kinds of the files it holds that are not pages (none: it holds no file at all)."""
    empty: dict[str, Counter[str]] = {}
    for name in names:
        if name == STDIN or is_url(name) or Path(name).is_file():
            continue
        others: Counter[str] = Counter()
        for found in expand(name, options):
            if not isinstance(found, NotAPage):
                break
            others[found.kind] += 1
        else:
            empty[name] = others
    return empty


def _read_one(read: Callable[[], RawPage]) -> SourceItem:
    try:
        return read()
    except PageError as err:
        return err
    except SourceError as err:
        return _unreadable(err)


def _named_by_content(item: SourceItem) -> SourceItem:
    """Standard input holds a different page each time: its origin names the content."""
    if isinstance(item, RawPage):
        return replace(item, origin=f"{item.origin}#{item.provisional_id}")
    return item


def _unreadable(err: SourceError) -> PageError:
    return InputError(
        f"cannot read the input ({err.detail})",
        reason="unreadable",
        stage="read",
        origin=err.origin,
    )


def _glob(pattern: str) -> Iterator[str]:
    # Path.glob takes no absolute patterns, and a command-line glob may be one.
    return glob.iglob(pattern, recursive=True)  # noqa: PTH207


def _is_glob(name: str) -> bool:
    return any(ch in _GLOB_CHARS for ch in name)
