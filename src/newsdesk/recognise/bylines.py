"""Byline, date and caption lines: short furniture lines recognised by their shape.

Pure functions over one block's text, shared by text and HTML segmentation.
The cue words are data in ``newsdesk.lexicon.furniture`` (month and day names
in ``newsdesk.lexicon.dates``), each list with where it came from.
"""

from __future__ import annotations

import re

from newsdesk.lexicon.dates import DAYS, MONTHS, RUSSIAN_MONTHS
from newsdesk.lexicon.furniture import (
    BYLINE_CUES,
    CAPTION_CREDIT,
    CAPTION_ENDS,
    CAPTION_STARTS,
    CONTRIBUTOR_CUES,
    DATE_CUES,
    DATE_ENDS,
    NARRATING_WORDS,
    RELATIVE_AUXILIARIES,
    REPORTING_WORDS,
)

#: The agencies a bare bracketed credit names (``(AFP)``, ``(Reuters)``): those whose photo
#: credit ``CAPTION_ENDS`` knows after a slash (``/afp``, ``/reuters``).
CAPTION_AGENCIES = tuple(
    end.removeprefix("/") for end in CAPTION_ENDS if end.startswith("/") and end[1:].isalpha()
)
#: A bare agency credit closing a block, ``(AFP)`` or ``(Reuters).``: a caption's credit, or
#: the source an article sentence cites.
_AGENCY_CREDIT = re.compile(
    r"(?P<stop>[.!?][\"'”’]?\s*)?\((?:" + "|".join(map(re.escape, CAPTION_AGENCIES)) + r")\)"
    r"(?P<end>\.?)$",
    re.IGNORECASE,
)
#: Most words of a caption credited to an agency alone (one or two sentences on a picture).
MAX_AGENCY_CAPTION_WORDS = 40
#: A wire photo credit closing a caption: ``REUTERS/Ahmed Said``, ``AP Photo/Jane Doe``,
#: ``EPA-EFE/JOHN ROE`` (agency in capitals, a slash, the photographer's name).
_AGENCY_PHOTO_CREDIT = re.compile(
    r"(?:^|[.!?)]\s+)[A-Z][A-Z-]+(?: Photo)?/[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}\.?$"
)
_DAY_MONTH_YEAR = re.compile(
    r"\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}:\d{2}\b|"
    r"\b\d{4}年\d{1,2}月|\d{4}\.\s?\d{1,2}\.\s?\d{1,2}"
)
_WORD = re.compile(r"\w+")
#: A sentence boundary inside a line: a byline has none (``a.m.`` and initials aside).
#: Three letters before the stop are enough to say so: ``[a-z]{3,}`` finds the same lines
#: but tries every letter of a long word as a start (quadratic time on a run of letters).
_SENTENCE_INSIDE = re.compile(r"[a-z]{3}[.!?] [A-Z]")
#: Most words of a byline with its date (``By Jane Doe and John Roe on Monday, ...``).
MAX_BYLINE_WORDS = 20
#: Most words of a date line (``PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, ...``).
MAX_DATE_WORDS = 16
_MONTHS = frozenset(MONTHS) | frozenset(RUSSIAN_MONTHS)
#: A cue opens the line or one of its ``|``/``·``-separated parts; or a relative date ends it.
_DATE_CUE = re.compile(
    r"(?:^|[|·•]\s*)(?:" + "|".join(re.escape(c) for c in DATE_CUES) + r")\b"
    r"|\b(?:" + "|".join(re.escape(c) for c in DATE_ENDS) + r")\W*$"
)
_DAYS = frozenset(DAYS)
_BYLINE = re.compile(
    r"^(?:" + "|".join(re.escape(c) for c in BYLINE_CUES) + r")\s*:?\s+\w", re.IGNORECASE
)


def is_byline(text: str) -> bool:
    """``By Jane Doe``, ``Von Max Muster`` and the like: a cue word and a short name."""
    stripped = text.strip()
    words = _WORD.findall(stripped)
    if stripped.lower().startswith(CONTRIBUTOR_CUES) and len(words) <= 30:
        return True
    if not words or len(words) > MAX_BYLINE_WORDS or _SENTENCE_INSIDE.search(stripped):
        return False
    return bool(_BYLINE.match(stripped)) and any(w[:1].isupper() for w in words[1:])


def is_date_line(text: str) -> bool:
    """A short line that is mostly a date or a time, with a publication cue at most."""
    lowered = text.lower()
    words = _WORD.findall(lowered)
    if not words or len(words) > MAX_DATE_WORDS or not any(w.isdigit() for w in words):
        return False
    has_date = bool(_DAY_MONTH_YEAR.search(text)) or (
        any(w in _MONTHS for w in words) and any(w.isdigit() for w in words)
    )
    cue = bool(_DATE_CUE.search(lowered))
    if has_date:
        dateish = sum(w in _MONTHS or w in _DAYS or w.isdigit() or len(w) <= 3 for w in words)
        return cue or dateish >= len(words) - 1
    return cue and len(words) <= 5


def is_caption(text: str) -> bool:
    """An image caption or photo credit, by its conventional start or end."""
    lowered = text.strip().lower()
    if not lowered or len(lowered) > 400:
        return False
    if lowered.startswith(CAPTION_STARTS) or bool(_AGENCY_PHOTO_CREDIT.search(text.strip())):
        return True
    agency = _AGENCY_CREDIT.search(text.strip())
    if agency is not None:
        return _agency_caption(text.strip()[: agency.start()], agency)
    ends = lowered.rstrip(" .").endswith(CAPTION_ENDS) or bool(CAPTION_CREDIT.search(lowered))
    # "..., the minister said (AFP).": an article sentence citing its agency, not a caption
    return ends and not REPORTING_WORDS.search(lowered)


def _agency_caption(text: str, credit: re.Match[str]) -> bool:
    """Whether a block closed by a bare agency credit (``(AFP)``) is a caption.

    Never when it reports (``... the minister said (AFP).``) or runs longer
    than a caption. A credit inside the closing sentence (``... for weeks
    (AFP).``) cites the agency of an article sentence. A credit standing
    after the full stop (``... on Monday. (AFP)``) or closing the text with
    no stop at all (``... on Tuesday (AFP)``) makes a caption unless the text
    narrates: an auxiliary of ``NARRATING_WORDS`` in lower case (``had``, ``was``,
    ``will``; not ``Will Smith``), other than the ``had``/``was``/``been``...
    right after a relative ``who``/``that``/``which`` (``a man who was hurt``).
    """
    if credit.group("end") and not credit.group("stop"):
        return False
    lowered = text.lower()
    return (
        len(_WORD.findall(text)) <= MAX_AGENCY_CAPTION_WORDS
        and not REPORTING_WORDS.search(lowered)
        and not NARRATING_WORDS.search(RELATIVE_AUXILIARIES.sub(" ", text))
    )
