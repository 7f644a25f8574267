"""Posts a page embeds, signed on the line after them: the post is its author's words.

An embedded tweet or social post, flattened to text, is its text followed
by a signature line: a dash, the author's name, maybe the handle and the
date (``— Governor Jane Doe``, ``— Jane Doe (@janedoe) November 18, 2019``).
The paragraph right above the signature is a direct quote of that author
with the dash as its cue, whether or not it is in quotation marks (a post
written in marks is the words inside them, as any direct quote);
quotations inside it are part of the post, and clauses inside it are the
author's own words, not reported speech of the narration.

A dash line without a handle or a date is a signature only when it names a
person: two words or more, not an outlet's or agency's credit
(``— Reuters``) nor a place, and not an item of a dash-led list.
"""

from __future__ import annotations

import re

from newsdesk.lexicon.dates import MONTHS
from newsdesk.lexicon.outlets import looks_like_outlet
from newsdesk.nlp.quotes.candidate import QuoteCandidate
from newsdesk.nlp.quotes.marks import scan_quotes
from newsdesk.recognise.places import is_place

#: Dashes that open a signature line (em dash, en dash, horizontal bar), as
#: embedded posts flattened to text print them.
SIGNATURE_DASHES = "—–―"
#: Month names a signature's date may spell (``March 3, 2024``, ``3 March 2024``):
#: the month names of ``lexicon.dates.MONTHS``, longest first.
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
#: A signature line: a dash, a name of capitalised words, an optional handle and date.
_SIGNATURE = re.compile(
    rf"^[{SIGNATURE_DASHES}]\s*(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,5}}?)"
    r"(?:\s*(?P<handle>\(@\w{1,30}\)))?"
    rf"(?:\s+(?P<date>(?i:{_MONTH_NAMES})\.?\s+\d{{1,2}},?\s+\d{{4}}"
    rf"|\d{{1,2}}\s+(?i:{_MONTH_NAMES})\.?,?\s+\d{{4}}))?\s*$"
)
#: Fewest words of a signature's name when no handle or date vouches for it: one
#: capitalised word under a story is a credit ("— Reuters"), not a person.
_MIN_BARE_NAME_WORDS = 2
#: Longest post, in characters (a tweet holds 280; other posts run longer, not pages).
MAX_POST_CHARS = 1500


def signed_posts(text: str, paragraphs: list[tuple[int, int]]) -> list[QuoteCandidate]:
    """The posts of ``text`` signed by their author on the next line (``paragraphs`` are
    its non-empty lines, as ``marks.paragraph_spans`` gives them)."""
    found: list[QuoteCandidate] = []
    for index, (lo, hi) in enumerate(paragraphs):
        if index == 0 or _in_list(text, paragraphs, index):
            continue
        match = _signature(text[lo:hi].strip())
        if match is None:
            continue
        start, end = paragraphs[index - 1]
        while end > start and text[end - 1].isspace():
            end -= 1
        if end - start > MAX_POST_CHARS or _SIGNATURE.match(text[start:end].strip()):
            continue
        start, end = _inside_marks(text, start, end)
        name_start = lo + text[lo:hi].index(match.group("name"))
        found.append(
            QuoteCandidate(
                text[start:end],
                start,
                end,
                "direct",
                text[lo:hi].strip()[:1],
                (name_start, name_start + len(match.group("name"))),
            )
        )
    return found


def _signature(line: str) -> re.Match[str] | None:
    """The signature ``line`` is, if it is one: a handle or a date vouches for any name;
    a bare name must be a person's (several words, no outlet, no place)."""
    match = _SIGNATURE.match(line)
    if match is None or match.group("handle") or match.group("date"):
        return match
    name = match.group("name")
    if len(name.split()) < _MIN_BARE_NAME_WORDS or looks_like_outlet(name) or is_place(name):
        return None
    return match


def _dash_led(text: str, span: tuple[int, int]) -> bool:
    return text[span[0] : span[1]].lstrip()[:1] in SIGNATURE_DASHES


def _in_list(text: str, paragraphs: list[tuple[int, int]], index: int) -> bool:
    """Whether the line at ``index`` and the one before or after it all open with a dash:
    items of a list ("– Paris", "– Berlin"), not a signature."""
    if not _dash_led(text, paragraphs[index]):
        return False
    neighbours = paragraphs[max(0, index - 1) : index] + paragraphs[index + 1 : index + 2]
    return any(_dash_led(text, span) for span in neighbours)


def _inside_marks(text: str, start: int, end: int) -> tuple[int, int]:
    """The words inside the quotation marks when the post is one quoted stretch
    ('“We did it.”'), else the post as it stands."""
    for span in scan_quotes(text[start:end])[0]:
        if span.open_at == 0 and span.after == end - start and span.end > span.start:
            return start + span.start, start + span.end
    return start, end


__all__ = ["MAX_POST_CHARS", "SIGNATURE_DASHES", "signed_posts"]
