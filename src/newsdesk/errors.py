"""The one exception tree of newsdesk, and the rejection reason codes.

::

    NewsdeskError                 anything newsdesk raises on purpose
    ├── ConfigError               a bad setting, flag or settings file
    ├── SourceError               a page could not be read (file, WARC, URL)
    ├── PageError                 one page failed in one stage; becomes a rejection
    │   ├── InputError            the bytes are not a page (empty, binary, too large,
    │   │                         truncated gzip, undecodable)
    │   └── StageError            a stage failed on a page it accepted
    ├── ModelError                the NLP model is missing or cannot load
    └── StoreError                the database refused an operation

Every ``PageError`` carries the page id, the stage and a reason code from
``REASONS``; batch runs turn it into a ``Rejection`` record, the CLI into one
line on stderr and a non-zero exit.
"""

from __future__ import annotations

from newsdesk.record import Rejection

#: Reason codes of rejections, with what they mean. Documented in the README.
REASONS: dict[str, str] = {
    "empty": "the input has no bytes, or only white space",
    "binary": "the input is binary data (an image, an archive, an executable), not a page",
    "too-large": "the input is larger than the max_page_bytes setting",
    "truncated": "a compressed input ends before its end marker",
    "corrupt": "a compressed input is damaged (bad header, data or checksum)",
    "undecodable": "the bytes could not be decoded as text in any encoding",
    "no-content": "the page holds no article text after furniture is removed",
    "parse-error": "the HTML could not be parsed",
    "corrupt-record": "a WARC, JSONL or CSV record is malformed or fails its checksum",
    "fetch-failed": "a URL could not be fetched",
    "unreadable": "a file could not be read (gone, permission denied, an I/O error)",
    "timeout": "the page took longer than the page_timeout setting",
    "internal": "an unexpected error in newsdesk: please report it with the page",
}


class NewsdeskError(Exception):
    """Base of every error newsdesk raises on purpose."""


class ConfigError(NewsdeskError):
    """A setting, flag or settings file is wrong."""


class ModelError(NewsdeskError):
    """The NLP model is missing or cannot be loaded."""


class StoreError(NewsdeskError):
    """The store refused an operation."""


class SourceError(NewsdeskError):
    """A source (file, folder, WARC, dump, URL) could not be read at all."""

    def __init__(self, origin: str, reason: str, detail: str) -> None:
        self.origin = origin
        self.reason = reason
        self.detail = detail
        super().__init__(f"{origin}: {detail}")


class PageError(NewsdeskError):
    """One page failed in one stage."""

    def __init__(
        self, detail: str, *, reason: str, stage: str, page_id: str = "", origin: str = ""
    ) -> None:
        if reason not in REASONS:
            raise ValueError(f"unknown rejection reason {reason!r}")
        self.detail = detail
        self.reason = reason
        self.stage = stage
        self.page_id = page_id
        self.origin = origin
        super().__init__(detail)

    def __str__(self) -> str:
        where = self.origin or self.page_id or "<page>"
        return f"{where}: {self.detail} [{self.reason}, stage {self.stage}]"

    def located(self, *, page_id: str, origin: str) -> PageError:
        """The same error, told which page it belongs to."""
        err = type(self)(
            self.detail,
            reason=self.reason,
            stage=self.stage,
            page_id=self.page_id or page_id,
            origin=self.origin or origin,
        )
        err.__cause__ = self.__cause__
        return err

    def rejection(self) -> Rejection:
        return Rejection(
            page_id=self.page_id,
            origin=self.origin,
            stage=self.stage,
            reason=self.reason,
            detail=self.detail,
        )


class InputError(PageError):
    """The bytes are not a readable page."""


class StageError(PageError):
    """A stage failed on a page it had accepted."""
