"""Posts a page embeds, signed on the line after them: the post is its author's words.

An embedded tweet or social post, flattened to text, is its text followed
by a signature line: a dash, the author's name, maybe the handle and the
date (``— Governor Jane Doe``, ``— Jane Doe (@janedoe) November 18, 2019``).
The paragraph right above the signature is a direct quote of that author
with the dash as its cue, whether or not it is in quotation marks;
quotations inside it are part of the post, and clauses inside it are the
author's own words, not reported speech of the narration.
"""

from __future__ import annotations

import re

from newsdesk.nlp.quote_candidate import QuoteCandidate

#: A signature line: a dash, a name of capitalised words, an optional handle and date.
_SIGNATURE = re.compile(
    r"^[—–―]\s*(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,5})"
    r"(?:\s*\(@\w{1,30}\))?"
    r"(?:\s+(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\s+\d{1,2},\s+\d{4})?\s*$"
)
#: Longest post, in characters (a tweet holds 280; other posts run longer, not pages).
MAX_POST_CHARS = 1500


def signed_posts(text: str, paragraphs: list[tuple[int, int]]) -> list[QuoteCandidate]:
    """The posts of ``text`` signed by their author on the next line (``paragraphs`` are
    its non-empty lines, as ``quote_marks.paragraph_spans`` gives them)."""
    found: list[QuoteCandidate] = []
    for index, (lo, hi) in enumerate(paragraphs):
        match = _SIGNATURE.match(text[lo:hi].strip())
        if match is None or index == 0:
            continue
        start, end = paragraphs[index - 1]
        while end > start and text[end - 1].isspace():
            end -= 1
        if end - start > MAX_POST_CHARS or _SIGNATURE.match(text[start:end].strip()):
            continue
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


__all__ = ["MAX_POST_CHARS", "signed_posts"]
