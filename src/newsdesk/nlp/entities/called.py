"""Names a person goes by: ``a cosplayer going by the name "Red Fox"`` is a person.

The small model types a name it does not know by its look (a nickname in
quotation marks is often a WORK_OF_ART or an ORG), or misses it. A name
written right after a naming phrase (``named``, ``called``, ``known as``,
``going by the name``: ``names.NAMING_CUES``) that follows a noun for a person
(``a man``, ``a cosplayer``: ``names.ROLE_NOUNS`` and ``names.PERSON_NOUNS``),
or after ``calls himself`` / ``calls herself``, names a person: its entity is
retyped PERSON, or, when the model tagged nothing there, the capitalised words
become a person's name of their own. The person takes the gender the noun or
the reflexive marks (``a woman named``). One pass over the tokens.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from newsdesk.lexicon.labels import NOUN_CLAUSE_DEPS, NOUN_POS
from newsdesk.lexicon.names import (
    NAMING_CUES,
    NAMING_REFLEXIVES,
    PERSON_NOUNS,
    ROLE_GENDERS,
    ROLE_NOUNS,
)
from newsdesk.lexicon.pronouns import Gender
from newsdesk.lexicon.punctuation import OPENING_QUOTE_TOKENS
from newsdesk.nlp.entities.join import Cluster, NameMention, PageNames
from newsdesk.nlp.entities.mentions import name_key

__all__ = ["called_names"]

#: What may stand between a naming phrase and the name: the article, opening quotes.
_SKIPPED = OPENING_QUOTE_TOKENS | {"the"}
_VERBS = frozenset({"calls", "call", "called", "calling"})
_CUES_BY_END: dict[str, list[tuple[str, ...]]] = {}
for _cue in NAMING_CUES:
    _CUES_BY_END.setdefault(_cue[-1], []).append(_cue)
_CUE_ENDS = frozenset(_CUES_BY_END) | NAMING_REFLEXIVES.keys()
_REACH = 3  # tokens between the person noun and the naming phrase (``who goes by``)
_MAX_WORDS = 4  # capitalised words of an untagged name


@dataclass(frozen=True, slots=True)
class _Called:
    """A naming phrase for a person: where the name starts, the gender it marks."""

    start: int
    gender: Gender | None


def called_names(doc: Doc, names: PageNames) -> PageNames:
    """The names with those of people introduced by a naming phrase: their entities
    retyped PERSON, untagged ones added (in text order, with their clusters)."""
    mentions, clusters, assigned = names.mentions, names.clusters, names.assigned
    starts = {m.token_start: i for i, m in enumerate(mentions)}
    ends = {doc.vocab.strings[word] for word in _CUE_ENDS}  # hashes: no string per token
    covered: set[int] | None = None
    pairs = [(m, assigned[i]) for i, m in enumerate(mentions)]
    for token in doc:
        called = _naming_phrase(doc, token) if token.lower in ends else None
        if called is None:
            continue
        if called.start in starts:
            cluster = clusters[assigned[starts[called.start]]]
            if cluster.type != "PERSON":
                cluster.type = "PERSON"
                cluster.gender = cluster.gender or called.gender
            continue
        if covered is None:
            covered = {t for m in mentions for t in range(m.token_start, m.token_end)}
        mention = _untagged(doc, called.start, covered)
        if mention is None:
            continue
        cluster = Cluster(index=len(clusters), type="PERSON", key=mention.key)
        cluster.gender = called.gender
        cluster.names.append(mention)
        cluster.mentions.append((mention.start, mention.end))
        clusters.append(cluster)
        pairs.append((mention, cluster.index))
        covered.update(range(mention.token_start, mention.token_end))
    if len(pairs) == len(mentions):
        return PageNames(list(mentions), clusters, dict(assigned))
    pairs.sort(key=lambda pair: pair[0].start)
    return PageNames([m for m, _ in pairs], clusters, {i: c for i, (_, c) in enumerate(pairs)})


def _naming_phrase(doc: Doc, last: Token) -> _Called | None:
    """The naming phrase for a person ending at ``last``, if one does."""
    at = last.i
    start = at + 1
    while start < len(doc) and doc[start].lower_ in _SKIPPED:
        start += 1
    if start >= len(doc) or at < 1:
        return None
    if last.lower_ in NAMING_REFLEXIVES:
        if doc[at - 1].lower_ in _VERBS:
            return _Called(start, NAMING_REFLEXIVES[last.lower_])
        return None
    for cue in _CUES_BY_END.get(last.lower_, ()):
        first = at - len(cue) + 1
        if first < 1 or any(doc[first + k].lower_ != word for k, word in enumerate(cue)):
            continue
        noun = _noun_before(doc, first)
        return _Called(start, ROLE_GENDERS.get(noun.lower_)) if noun is not None else None
    return None


def _noun_before(doc: Doc, end: int) -> Token | None:
    """The person noun that the naming phrase starting at token ``end`` describes: just
    before it, with the phrase's verb hanging on it (``a man named``, ``a fan who goes
    by``; not ``the leader called X to the stage``)."""
    for at in range(end - 1, max(-1, end - 1 - _REACH), -1):
        token = doc[at]
        if token.pos_ in NOUN_POS:
            word = token.lower_
            if word not in ROLE_NOUNS and word not in PERSON_NOUNS:
                return None
            described = any(
                t.head.i == at and t.dep_ in NOUN_CLAUSE_DEPS for t in doc[at + 1 : end + 1]
            )
            return token if described else None
    return None


def _untagged(doc: Doc, start: int, covered: set[int]) -> NameMention | None:
    """The capitalised words from ``start`` that no mention covers, as a person's name."""
    end = start
    while (
        end < len(doc)
        and end - start < _MAX_WORDS
        and end not in covered
        and doc[end].is_alpha
        and doc[end].text[:1].isupper()
    ):
        end += 1
    if end == start:
        return None
    span = doc[start:end]
    return NameMention(
        start=span.start_char,
        end=span.end_char,
        token_start=start,
        token_end=end,
        text=span.text,
        label="PERSON",
        key=name_key(span.text),
    )
