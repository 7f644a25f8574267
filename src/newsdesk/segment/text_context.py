"""What stands around the article in flattened text: its title, tag line, comments, repeats.

Once the main run is known, the blocks around it are labelled by context:
the headline is a headline-shaped line shortly above the run that talks
about what the article says; the tag line is a keyword line shortly below
it about the same things; below a comment-section opener everything is a
comment; outside the run, a block repeating one of the article's is a
duplicate. Overlap is measured on crude stems of content words, which
works in any language written with spaces.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsdesk.lexicon.stopwords import STOPWORDS
from newsdesk.recognise.boilerplate import is_comment_start, is_end_marker, phrase_hits
from newsdesk.recognise.tags import keyword_words, tag_line
from newsdesk.segment.blocks import BODY_KINDS, BlockKind
from newsdesk.segment.lines import Line
from newsdesk.segment.text_run import MainRun, is_prose

#: Fewest words of an unlabelled tag line below the article.
MIN_TAG_LINE_WORDS = 3
#: Most function words per word a keyword line may have (headlines have more).
MAX_TAG_STOP_DENSITY = 0.15
#: How many blocks of the article a title line is compared with.
TITLE_CONTEXT = 5
#: Share of a title's content words the article's opening must have.
MIN_TITLE_OVERLAP = 0.25
#: Share of a tag line's content words the article must have (tags say what it is about).
MIN_TAG_OVERLAP = 0.34
#: How many blocks below the article an unlabelled tag line may stand (ticker rows between
#: them not counted).
TAG_REACH = 4
#: Fewest content words a title or tag line must share with the article.
MIN_SHARED_WORDS = 2
#: Letters of a word kept as its stem.
STEM_LETTERS = 5
#: Shortest word (characters) that counts as a content word.
MIN_CONTENT_WORD = 3
#: How many blocks above the article the title line may stand.
TITLE_REACH = 8

_WORDS = re.compile(r"\w+")


def mark_title(lines: Sequence[Line], kinds: list[BlockKind], run: MainRun) -> None:
    """The headline: a headline-shaped block shortly above the article, about what it says.

    Only a line that shares content words with the article's opening
    paragraphs counts, so a menu item or a promo line is never taken for one.
    """
    opening = " ".join(
        lines[i].text for i in range(run.start, min(run.end, run.start + TITLE_CONTEXT))
    )
    vocabulary = content_words(opening)
    for index in range(run.start - 1, max(-1, run.start - 1 - TITLE_REACH), -1):
        if kinds[index] not in ("nav", "boilerplate"):
            continue
        line = lines[index]
        if _headline_shaped(line) and _about(line.text, vocabulary, MIN_TITLE_OVERLAP):
            kinds[index] = "title"
            return


def _headline_shaped(line: Line) -> bool:
    ends_plain = not line.text.endswith((".", ":", ",", ";")) or line.text.endswith("...")
    plain = "@" not in line.text and not line.bullet
    return 3 <= line.words <= 30 and line.size <= 250 and ends_plain and plain


def content_words(text: str) -> set[str]:
    """The content words of a text (no function words), cut to a stem of a few letters.

    The crude stem (``rates``/``rate``, ``currencies``/``currency``) is enough to tell
    whether two lines talk about the same things, in any language written with spaces.
    """
    return {
        word[:STEM_LETTERS]
        for word in (w.lower() for w in _WORDS.findall(text))
        if len(word) >= MIN_CONTENT_WORD and word not in STOPWORDS and not word.isdigit()
    }


def _about(text: str, vocabulary: set[str], share: float) -> bool:
    """Whether ``share`` of a line's content words (two at least) are in ``vocabulary``."""
    words = content_words(text)
    shared = len(words & vocabulary)
    return shared >= MIN_SHARED_WORDS and shared >= share * len(words)


def mark_after(lines: Sequence[Line], kinds: list[BlockKind], run: MainRun) -> None:
    """Below the article: the tag line, the comment section, the footer."""
    comments = related = False
    vocabulary = content_words(" ".join(lines[i].text for i in range(run.start, run.end)))
    distance = -1  # blocks below the article, ticker rows not counted
    for index in range(run.end, len(lines)):
        line = lines[index]
        if kinds[index] != "market":
            distance += 1
        lowered = line.text.lower()
        if is_comment_start(line.text) or ("comment" in lowered and kinds[index] == "comment"):
            comments = True
        if is_end_marker(line.text):
            related = True
            continue
        if kinds[index] != "related":
            continue
        if comments:
            kinds[index] = "comment"
        elif (
            not related
            and distance < TAG_REACH
            and _tag_shaped(line)
            and _about(line.text, vocabulary, MIN_TAG_OVERLAP)
        ):
            kinds[index] = "tags"
        elif is_prose(line):
            kinds[index] = "boilerplate"


def _tag_shaped(line: Line) -> bool:
    """A keyword line below the article: no sentences, no label colon, a few words at least."""
    if line.sentence_end or line.text.endswith(":") or line.words < MIN_TAG_LINE_WORDS:
        return False
    if line.stop_density > MAX_TAG_STOP_DENSITY or phrase_hits(line.text) >= 2:
        return False  # "Advertise with Us Cookies Terms of Use Privacy": a footer
    return tag_line(line.text, after_article=True) is not None or is_plain_keywords(line.text)


def is_plain_keywords(text: str) -> bool:
    """A run of keywords in any case without a single function word (``china property loans``).

    Keyword lines print topics as the editors typed them, often in lower case;
    a headline or a sentence fragment of that length has a function word.
    """
    words = keyword_words(text)
    if len(words) < MIN_TAG_LINE_WORDS:
        return False
    return not any(word.lower() in STOPWORDS for word in text.split())


def mark_repeats(lines: Sequence[Line], kinds: list[BlockKind], run: MainRun) -> None:
    """Outside the article, a block repeating one of the article's is a duplicate."""
    body = {lines[i].text.lower() for i in range(run.start, run.end) if kinds[i] in BODY_KINDS}
    for index, line in enumerate(lines):
        outside = not run.start <= index < run.end
        if outside and line.text.lower() in body and kinds[index] not in ("title", "market"):
            kinds[index] = "duplicate"


__all__ = ["content_words", "is_plain_keywords", "mark_after", "mark_repeats", "mark_title"]
