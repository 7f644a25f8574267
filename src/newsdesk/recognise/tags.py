"""Tag and keyword lines: the list of topics a page prints after its article.

``tag_line`` reads a line into its tags when the line is shaped like a tag
list: a ``Tags:`` label, items between delimiters, or (for a line the
caller found after the article) a run of capitalised keywords without
sentence punctuation. Tags are split on the delimiters the page used; a line
without delimiters is split where the case of the words changes, so joining
the tags with spaces gives the line back. Pure functions over text.
"""

from __future__ import annotations

import re

from newsdesk.lexicon.furniture import BARE_TAG_LABEL, TAG_LABELS

#: Characters a page puts between tags.
DELIMITERS = ",|•·;#▪"

_LABEL = re.compile(
    r"^(?:" + "|".join(re.escape(label) for label in TAG_LABELS) + r")\s*[:：]\s*", re.IGNORECASE
)
_SPLIT = re.compile(r"\s*[" + re.escape(DELIMITERS) + r"]\s*|\s{3,}|\t+")
_SENTENCE = re.compile(r"[.!?。！？](?:\s|$)")
_WORD = re.compile(r"\w[\w'’&.-]*")
_HASHTAG = re.compile(r"#\w*[^\W\d_]\w*")
#: The longest a single tag may be (words) for a delimited line to count as tags.
MAX_TAG_WORDS = 6


def tag_line(text: str, *, after_article: bool = False) -> tuple[str, ...] | None:
    """The tags a line holds, or None when it is not a tag line.

    ``after_article`` allows an undelimited run of keywords (the trailing
    line of a page); elsewhere only labelled or delimited lists count.
    """
    stripped = text.strip()
    labelled = _LABEL.match(stripped) or BARE_TAG_LABEL.match(stripped)
    body = stripped[labelled.end() :] if labelled else stripped
    if not body or (_SENTENCE.search(body.rstrip(".") + " ") and not labelled):
        return None
    items = [item.strip(" #") for item in _SPLIT.split(body) if item.strip(" #")]
    short_items = all(len(_WORD.findall(item)) <= MAX_TAG_WORDS for item in items)
    if len(items) >= 2 and short_items and (labelled or len(items) >= 3 or after_article):
        return tuple(items)
    if labelled:
        return split_keywords(body)
    if after_article and _keyword_run(body):
        return split_keywords(body)
    return None


def has_tag_label(text: str) -> bool:
    """Whether a line starts with a tag-list label (``Tags:``, ``Themen:``)."""
    stripped = text.strip()
    return _LABEL.match(stripped) is not None or BARE_TAG_LABEL.match(stripped) is not None


def is_tag_label(text: str) -> bool:
    """Whether a line is nothing but a tag-list label (``Tags:``), the list on the next line."""
    match = _LABEL.match(text.strip())
    return match is not None and match.end() == len(text.strip())


def is_hashtag_line(text: str) -> bool:
    """A line of two or more hashtags and nothing else (``#Nigeria #oil``)."""
    words = text.split()
    return len(words) >= 2 and all(_HASHTAG.fullmatch(word.rstrip(",;")) for word in words)


def split_keywords(text: str) -> tuple[str, ...]:
    """Split an undelimited keyword run where the case of the words changes.

    A capitalised word after a lower-case one starts a tag; so does a run of
    two or more lower-case words after a capitalised one, and a word that
    repeats the word before it. Joined with spaces, the tags give the text back.
    """
    words = text.split()
    tags: list[list[str]] = []
    for index, word in enumerate(words):
        if not tags:
            tags.append([word])
            continue
        previous = words[index - 1]
        upper, previous_upper = _capitalised(word), _capitalised(previous)
        lower_run = not upper and index + 1 < len(words) and not _capitalised(words[index + 1])
        if (
            (upper and not previous_upper)
            or (not upper and previous_upper and lower_run and len(tags[-1]) > 1)
            or word.lower() == previous.lower()
        ):
            tags.append([word])
        else:
            tags[-1].append(word)
    return tuple(" ".join(tag) for tag in tags)


def keyword_words(text: str) -> list[str]:
    """The words of a keyword line (``al-Harbi`` and ``S&P`` are one word each)."""
    return _WORD.findall(text)


def _capitalised(word: str) -> bool:
    return word[:1].isupper() or word[:1].isdigit()


def _keyword_run(text: str) -> bool:
    words = _WORD.findall(text)
    if not 2 <= len(words) <= 40:
        return False
    capitalised = sum(_capitalised(w) for w in words)
    return capitalised >= 0.5 * len(words) and not any(c in text for c in '"“”«»')
