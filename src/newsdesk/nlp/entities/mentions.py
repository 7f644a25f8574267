"""Name mentions in the parse: spaCy's entity spans, cleaned, as ``NameMention`` records.

``name_mentions`` keeps the name-like labels (numeric types dropped), drops a
leading "the" and a trailing possessive, cuts a span with a comma between two
names in two (``Twitter, Financial Tribune``) and glues two adjacent names
the model tagged apart (``Anna`` + ``Paris``), see ``spans``; a person's name
loses a sentence's adverb or verb before it (``Telling Jeb Bush``), and a name ending
on a model word (``MacBook Pro``) is a product's. A name never holds a bracket:
``Full Name (ABBR)`` gives the full name and ABBR, marked as standing for it
(``NameMention.short_for``); a given name and family name before ``for``/``of``
and an organisation in one span are a person's and the organisation's names, unless
the would-be person's name holds an organisation noun (``Victoria University of
Wellington``). A one-word name the page also writes in lower case, capitalised only
where any word is (``Zinc levels fell ...``), is an ordinary word, not a name.
``name_key`` gives the words a name is matched on: lower case, honorifics,
titles and suffixes stripped.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from newsdesk.lexicon.given_names import GIVEN_NAMES
from newsdesk.lexicon.labels import KEPT_LABELS, MISREAD_PERSON_LABELS, PROPER_TAGS, SENTENCE_TAGS
from newsdesk.lexicon.names import (
    HONORIFICS,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    NOT_NAME_WORDS,
    ORGANISATION_NOUNS,
    PERSON_STYLES,
    PRODUCT_MODEL_WORDS,
    REGNAL_NUMBERS,
    ROLE_NOUNS,
    TITLES,
)
from newsdesk.lexicon.punctuation import CAPITALISING_OPENERS, NAME_STRIP_CHARS, POSSESSIVE_ENDINGS
from newsdesk.lexicon.words import ARTICLES, NOT_PERSON_TITLE_WORDS
from newsdesk.nlp.entities.spans import (
    merge_adjacent,
    outside_brackets,
    person_before_connective,
    split_at_commas,
)
from newsdesk.nlp.parse import per_doc

__all__ = ["NameMention", "lower_case_words", "name_key", "name_mentions"]

#: Key of the cached lower-case words of a doc in its user data.
_LOWER_CASE_WORDS = "newsdesk.lower_case_words"


@dataclass(frozen=True, slots=True)
class NameMention:
    """One name in the text: character span, token span and spaCy's label."""

    start: int
    end: int
    token_start: int
    token_end: int
    text: str
    label: str
    key: tuple[str, ...]
    #: The key of the full name an abbreviation in brackets stands for
    #: (``World Health Organization (WHO)``); empty for every other name.
    short_for: tuple[str, ...] = ()


def name_key(text: str) -> tuple[str, ...]:
    """The words of a name for matching: lower case, no honorifics, titles or suffixes."""
    raw = text.replace("’", "'").split()
    if len(raw) > 1 and raw[-1].strip(NAME_STRIP_CHARS) in REGNAL_NUMBERS:
        raw = raw[:-1]  # "Clement XV", not "Li Xi"
    words = [w.strip(NAME_STRIP_CHARS).lower() for w in raw]
    words = [w[:-2] if w.endswith("'s") else w for w in words]
    words = [w for w in words if w]
    while len(words) > 1 and (words[0] in HONORIFICS or words[0] in TITLES):
        words.pop(0)
    while len(words) > 1 and words[-1] in NAME_SUFFIXES:
        words.pop()
    return tuple(words)


def name_mentions(doc: Doc) -> list[NameMention]:
    """spaCy's named entities of ``doc``, cleaned, in text order."""
    found: list[NameMention] = []
    for ent in merge_adjacent(doc):
        if ent.label_ not in KEPT_LABELS:
            continue
        for part in split_at_commas(ent):
            for piece in outside_brackets(part):
                for named, label in person_before_connective(piece, ent.label_):
                    mention = _clean(named, label)
                    if mention is not None:
                        found.append(mention)
    found = _with_abbreviations(doc, found)
    ordinary = _ordinary_words(doc, found)
    return [m for i, m in enumerate(found) if i not in ordinary]


def lower_case_words(doc: Doc) -> frozenset[str]:
    """The words the page writes in lower case (read once per page)."""
    return per_doc(doc, _LOWER_CASE_WORDS, _lower_case_words)


def _lower_case_words(doc: Doc) -> frozenset[str]:
    return frozenset(t.text for t in doc if t.text.islower())


def _ordinary_words(doc: Doc, mentions: list[NameMention]) -> set[int]:
    """The one-word names that are the page's ordinary words (``Zinc levels fell ...``
    and ``zinc`` elsewhere), as indices into ``mentions``: the page writes the word in
    lower case, and every time it writes it capitalised outside a longer name, the
    capital is the position's (a sentence's or a heading's first word, after an opening
    quote or a bracket) or the tagger reads a common word there. Never after a title
    (``Mr Rose``) nor when a longer name of any type holds the word (``Rose Tremain``,
    and ``Cook`` typed an organisation beside ``Helen Cook``), never an acronym
    (``US``)."""
    lower = lower_case_words(doc)
    single = [
        i
        for i, m in enumerate(mentions)
        if m.token_end - m.token_start == 1
        and len(m.text) > 1
        and m.text[1:].islower()
        and m.text.lower() in lower
    ]
    if not single:
        return set()
    candidates = {mentions[i].key[0] for i in single}
    text = doc.text  # read once: Doc.text joins every token
    named: set[str] = set()
    inside: set[int] = set()
    for mention in mentions:
        if mention.token_end - mention.token_start > 1:
            named.update(mention.key)
            inside.update(range(mention.token_start, mention.token_end))
    for token in doc:
        if token.i in inside or token.lower_ not in candidates or not token.text[:1].isupper():
            continue
        if token.tag_ in PROPER_TAGS and not _capital_by_position(token, text):
            candidates.discard(token.lower_)  # "said Rose", mid-sentence: a name here
    ordinary = candidates - named
    return {i for i in single if mentions[i].key[0] in ordinary}


def _capital_by_position(token: Token, text: str) -> bool:
    """Whether the word stands where any word is capitalised: a sentence's or a line's
    first word, after an opening quote, bracket, dash or colon, or in a heading."""
    if token.is_sent_start or token.i == 0:
        return True
    doc = token.doc
    before = doc[token.i - 1]
    if before.is_space or "\n" in before.whitespace_:
        return True
    if before.text in CAPITALISING_OPENERS:
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        return after is None or not after.is_quote  # 'labelled "Anonymous"': a name
    return _in_heading(token, text)


def _in_heading(token: Token, text: str) -> bool:
    """A line without a full stop whose longer words are mostly capitalised."""
    start = text.rfind("\n", 0, token.idx) + 1
    end = text.find("\n", token.idx)
    line = text[start : end if end >= 0 else len(text)].strip()
    if not line or line[-1] in '.!?"”':
        return False
    words = [w for w in line.split() if len(w) > 3 and w[:1].isalpha()]
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _with_abbreviations(doc: Doc, mentions: list[NameMention]) -> list[NameMention]:
    """``Full Name (ABBR)``: ABBR, tagged or not, is a name of the full name's entity
    (``NameMention.short_for``) when its letters are the name's, in order."""
    at = {m.token_start: i for i, m in enumerate(mentions)}
    covered = {t for m in mentions for t in range(m.token_start, m.token_end)}
    found = list(mentions)
    for mention in mentions:
        after = mention.token_end
        if mention.label == "PERSON" or len(mention.key) < 2 or after + 2 >= len(doc):
            continue
        opening, short, closing = doc[after], doc[after + 1], doc[after + 2]
        if opening.text != "(" or closing.text != ")" or not _abbreviates(short.text, mention):
            continue
        defined = NameMention(
            start=short.idx,
            end=short.idx + len(short.text),
            token_start=short.i,
            token_end=short.i + 1,
            text=short.text,
            label=mention.label,
            key=name_key(short.text),
            short_for=mention.key,
        )
        index = at.get(short.i)
        if index is not None and found[index].token_end == short.i + 1:
            found[index] = defined
        elif short.i not in covered:
            found.append(defined)
    return sorted(found, key=lambda m: m.start)


def _abbreviates(short: str, mention: NameMention) -> bool:
    """Whether ``short`` looks like an abbreviation of the name: two capitals or more,
    its first letter a word's first, its letters the name's in order (``WHO``, ``ECB``;
    not ``US`` for ``Fox News``)."""
    if not (2 <= len(short) <= 10 and short.isalpha() and short[0].isupper()):
        return False
    if sum(c.isupper() for c in short) < 2:
        return False
    letters = iter("".join(mention.key))
    words = mention.key
    first = short[0].lower()
    return any(w.startswith(first) for w in words) and all(c in letters for c in short.lower())


def _clean(span: Span, label: str) -> NameMention | None:
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ in ARTICLES or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].text in POSSESSIVE_ENDINGS or doc[end - 1].is_punct):
        end -= 1
    while label == "PERSON" and end - start > 1 and _not_in_name(doc[start]):
        start += 1  # "Certainly Donald Trump", "Telling Jeb Bush": the sentence's words
    if start >= end:
        return None
    tokens = doc[start:end]
    if label == "ORG":
        titled = _titled_tail(tokens)
        if titled is not None:  # "the Revolution Ayatollah Reza Moradi": the person's name
            tokens, start, label = titled, titled.start, "PERSON"
    if not any(t.text[:1].isupper() and any(c.isalpha() for c in t.text) for t in tokens):
        return None
    if any(t.is_space for t in tokens):
        return None
    text = tokens.text
    key = name_key(text)
    if not key:
        return None
    definite = start > 0 and doc[start - 1].lower_ == "the"
    titles_only = all(w in TITLES or w in ROLE_NOUNS for w in key)
    if titles_only and (label != "PERSON" or definite):
        return None  # "the Crown Prince": a role, resolved as one (coref.roles)
    if definite and label == "PERSON" and key[-1] in ROLE_NOUNS:
        return None  # "the Kremlin leader": a role too, never a person's name
    if label in MISREAD_PERSON_LABELS and _titled_name(tokens, key):
        label = "PERSON"  # "Queen Margrethe Sørensen", tagged as a work of art
    if label == "PERSON" and _product(tokens, key):
        label = "PRODUCT"  # "MacBook Pro", "iPhone"
    return NameMention(
        start=tokens.start_char,
        end=tokens.end_char,
        token_start=start,
        token_end=end,
        text=text,
        label=label,
        key=key,
    )


def _not_in_name(token: Token) -> bool:
    """A word of the sentence the tagger put at the start of a person's name: a function
    word, or an adverb or verb that is no given name."""
    if token.lower_ in NOT_NAME_WORDS:
        return True
    given = token.lower_ in GIVEN_NAMES
    return token.tag_ in SENTENCE_TAGS and not given


def _product(tokens: Span, key: tuple[str, ...]) -> bool:
    """A product the tagger took for a person: a name ending on a model word
    (``MacBook Pro``) or opening in lower case (``iPhone``, not ``de Blasio``), but for
    a name opening on a given name (``Max``)."""
    first = tokens[0].text
    if key[0] in GIVEN_NAMES:
        return False
    lower_start = first[:1].islower() and first.lower() not in NAME_PARTICLES
    return lower_start or (len(key) > 1 and key[-1] in PRODUCT_MODEL_WORDS)


def _titled_name(tokens: Span, key: tuple[str, ...]) -> bool:
    """A person's title before a given and a family name, all capitalised: "King Omar
    Rashidi". Not an institution named after somebody ("Queen Mary Hospital")."""
    first = tokens[0].lower_
    if first not in TITLES or first in NOT_PERSON_TITLE_WORDS or len(key) < 2:
        return False
    words = [t for t in tokens[1:] if t.is_alpha]
    return all(t.text[:1].isupper() for t in words) and key[-1] not in ORGANISATION_NOUNS


def _titled_tail(tokens: Span) -> Span | None:
    """The end of an organisation's span that is a person's style and name: "the
    Revolution Ayatollah Reza Moradi" → "Ayatollah Reza Moradi" (``PERSON_STYLES``)."""
    for index, token in enumerate(tokens[:-2]):
        if token.lower_ not in PERSON_STYLES:
            continue
        tail = tokens[index:]
        words = [t for t in tail[1:] if t.is_alpha]
        if not 2 <= len(words) <= 4 or not all(t.text[:1].isupper() for t in words):
            return None
        if words[-1].lower_ in ORGANISATION_NOUNS:
            return None  # "King Fahd University"
        return tail
    return None
