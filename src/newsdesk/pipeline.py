"""Compose the stages: ``extract(page) -> Record``.

decode → segment (text or HTML) → furniture → body → metadata → nlp. Every
stage is a pure function of what came before; nothing here touches files,
the network or a database. A failure becomes a ``PageError`` that names the
page and the stage. An HTML page is parsed once: what metadata needs is read
from the tree (``read_html``) before segmentation walks it and strips what
no reader sees.
"""

from __future__ import annotations

import threading
from dataclasses import replace

from newsdesk.body import assemble
from newsdesk.decode import decode
from newsdesk.errors import ConfigError, InputError, ModelError, PageError, StageError
from newsdesk.furniture.stage import Furniture, read_furniture
from newsdesk.metadata import Metadata, extract_metadata
from newsdesk.metadata.html import HtmlFacts, read_html
from newsdesk.page import RawPage, stable_id
from newsdesk.record import PageSource, Record
from newsdesk.segment.blocks import Layout
from newsdesk.segment.html import layout_html
from newsdesk.segment.html_dom import parse
from newsdesk.segment.text import layout_text
from newsdesk.settings import Settings

DEFAULT_SETTINGS = Settings()


def extract(
    page: RawPage | str | bytes,
    *,
    settings: Settings | None = None,
    nlp: bool | None = None,
) -> Record:
    """One raw page in, one record out; raises ``PageError`` for a page it cannot read.

    ``page`` may be a ``RawPage`` or the page itself as text or bytes (its
    kind, text or HTML, is detected). ``nlp=False`` skips the NLP stages.
    """
    raw = _as_page(page)
    config = settings or DEFAULT_SETTINGS
    run_nlp = config.nlp if nlp is None else nlp
    progress = _Progress()
    try:
        return _extract(raw, config, run_nlp, progress)
    except PageError as err:
        raise err.located(page_id=raw.provisional_id, origin=raw.origin) from err.__cause__
    except (ModelError, ConfigError):
        raise  # not the page's fault: the caller stops rather than rejecting every page
    except Exception as exc:  # every other failure becomes a typed error naming the stage
        if isinstance(exc, RecursionError):
            detail, reason = "page is nested too deeply to process", "parse-error"
        elif isinstance(exc, MemoryError):
            detail, reason = "out of memory on this page", "too-large"
        else:
            detail, reason = f"unexpected {type(exc).__name__}: {exc}", "internal"
        raise StageError(
            detail,
            reason=reason,
            stage=progress.stage,
            page_id=raw.provisional_id,
            origin=raw.origin,
        ) from exc
    finally:
        progress.done()


#: The stage of the page each thread is extracting (thread id -> stage), for the time
#: limits that interrupt a page from a signal handler or a watchdog thread.
_STAGES: dict[int, str] = {}


def current_stage(thread: int | None = None) -> str | None:
    """The stage of the page ``thread`` (this thread by default) is extracting, if any."""
    return _STAGES.get(threading.get_ident() if thread is None else thread)


class _Progress:
    """Which stage a page is in, so an unexpected failure or a time limit can name it."""

    __slots__ = ("_stage", "_thread")

    def __init__(self) -> None:
        self._thread = threading.get_ident()
        self.stage = "decode"

    @property
    def stage(self) -> str:
        return self._stage

    @stage.setter
    def stage(self, value: str) -> None:
        self._stage = value
        _STAGES[self._thread] = value

    def done(self) -> None:
        _STAGES.pop(self._thread, None)


def _extract(raw: RawPage, config: Settings, run_nlp: bool, progress: _Progress) -> Record:
    decoded = decode(raw, max_bytes=config.max_page_bytes)
    progress.stage = "segment"
    layout: Layout
    page: HtmlFacts | str = decoded.text
    if decoded.kind == "html":
        root = parse(decoded.text)
        if root is None:
            layout = Layout(kind="html", blocks=())
        else:
            progress.stage = "metadata"
            page = read_html(root, decoded.text, url=raw.source.url)
            progress.stage = "segment"
            layout = layout_html(root, titles=page.head_titles)
    else:
        layout = layout_text(decoded.text)
    progress.stage = "furniture"
    furniture = read_furniture(layout)
    progress.stage = "body"
    body, paragraphs, removed = assemble(furniture.blocks)
    if not body:
        raise InputError("no article text found on the page", reason="no-content", stage="segment")
    progress.stage = "metadata"
    # metadata reads the blocks as furniture left them (the credit set apart)
    read = replace(layout, blocks=furniture.blocks)
    meta = extract_metadata(page, read, body, url=raw.source.url)
    source_format = raw.source.format
    if source_format in ("text", "html"):
        source_format = decoded.kind
    record = Record(
        id=stable_id(raw.source.url or body),
        source=PageSource(
            path=raw.source.path,
            url=raw.source.url,
            format=source_format,
            warc_record_id=raw.source.warc_record_id,
            fetched_at=raw.source.fetched_at,
        ),
        body=body,
        title=meta.title,
        authors=meta.authors,
        published=meta.published,
        language=meta.language,
        credit=furniture.credit,
        paragraphs=paragraphs,
        tags=furniture.tags,
        market=furniture.market,
        removed=removed,
        warnings=decoded.warnings + furniture.warnings,
        provenance=_provenance(furniture, meta),
    )
    if run_nlp:
        progress.stage = "nlp"
        from newsdesk.nlp.stage import annotate

        record = annotate(record, config)
    return record


def _provenance(furniture: Furniture, meta: Metadata) -> dict[str, str]:
    """Which rule gave each field: the title's first (where records have always had it),
    then the furniture's (credit, tags, market), then the other metadata fields'."""
    title = {"title": meta.provenance["title"]} if "title" in meta.provenance else {}
    return {**title, **furniture.provenance, **meta.provenance}


def _as_page(page: RawPage | str | bytes) -> RawPage:
    if isinstance(page, RawPage):
        return page
    if isinstance(page, str):
        return RawPage.from_text(page)
    return RawPage(data=page, origin="<bytes>")
