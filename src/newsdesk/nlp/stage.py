"""The NLP stage: fills entities, quotes, sources and summary of a record."""

from __future__ import annotations

from newsdesk.record import Record
from newsdesk.settings import Settings


def annotate(record: Record, settings: Settings) -> Record:
    return record
