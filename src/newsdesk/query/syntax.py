"""What a user types as a query or a date, turned into what the store runs.

A query is what search engines take:

- words, all of which must match (``oil prices``); ``"quoted phrases"``;
  ``prefix*``; punctuation inside a word splits it (``U.S.`` is the phrase
  ``U S``); Chinese, Japanese and Korean text is matched character by
  character (``東京`` finds the two characters together, ``newsdesk.cjk``);
- ``AND``, ``OR`` and ``NOT`` in capitals (``NOT`` binds tightest, then
  ``AND``, then ``OR``), and parentheses to group them: ``(oil OR gas) AND
  Iran``;
- ``-word``, ``-"a phrase"`` or ``-(a group)``: leave out pages that match,
  like ``NOT``;
- ``NEAR(word word ..., N)``: the words (or phrases) within N words of each
  other (N is 10 when not given).

This module parses a query itself and writes the FTS5 expression (SQLite) or
the ``tsquery`` (PostgreSQL, over the words ``index_words`` gives), each word
quoted, so any text a user types becomes a valid FTS5 expression or a
``ValueError`` saying what is wrong: a query with no words, or one that only
leaves pages out (``NOT police``, ``-police``: there is nothing to leave them
out of). A slip is forgiven rather than refused: an operator with nothing on
one side, a parenthesis without its partner or an empty group is ignored, and
an unclosed quote ends at the end of the query.

Dates are ISO dates (``YYYY-MM-DD``; a longer timestamp is cut to its date).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TypeVar

from newsdesk.cjk import has_cjk, spaced

__all__ = ["NEAR_DISTANCE", "cjk_phrases", "day_bound", "fts_query", "index_words", "tsquery"]

#: How many words apart NEAR's words may be when the query does not say.
NEAR_DISTANCE = 10
#: Deepest nesting of parentheses and negations read; deeper ones are refused.
MAX_DEPTH = 40

_OPERATORS = frozenset({"AND", "OR", "NOT"})
_WORDS = re.compile(r"\w+")
#: A word as an index holds it: letters and digits (``_`` splits words, as in FTS5).
_INDEX_WORD = re.compile(r"[^\W_]+")
_BARE = re.compile(r'[^\s()"]+')
_NEAR_OPEN = re.compile(r"NEAR\s*\(")
_NEAR_DISTANCE = re.compile(r",\s*(\d+)\s*$")
_T = TypeVar("_T")


@dataclass(frozen=True, slots=True)
class _Term:
    """A word or phrase: its words, and whether the last one is a prefix."""

    words: tuple[str, ...]
    prefix: bool = False


@dataclass(frozen=True, slots=True)
class _Near:
    terms: tuple[_Term, ...]
    distance: int


@dataclass(frozen=True, slots=True)
class _Not:
    operand: _Node


@dataclass(frozen=True, slots=True)
class _All:
    operands: tuple[_Node, ...]


@dataclass(frozen=True, slots=True)
class _Any:
    operands: tuple[_Node, ...]


_Node = _Term | _Near | _Not | _All | _Any
#: A token: an operator (``AND``, ``OR``, ``NOT``, ``-``, ``(``, ``)``) or a term.
_Token = str | _Term | _Near


def fts_query(text: str) -> str:
    """A user's query as an FTS5 expression; ``ValueError`` when it has nothing to find."""
    return _expression(_parse(text), text)


def tsquery(text: str) -> str:
    """A user's query as PostgreSQL ``tsquery`` text (for ``to_tsquery('simple', ...)``)
    over the words ``index_words`` indexes; ``ValueError`` as ``fts_query`` refuses."""
    node = _parse(text)
    _expression(node, text)  # the same refusals as FTS5 (a query that only leaves out)
    return _tsquery(node)


def index_words(text: str | None) -> str:
    """``text`` as the words a PostgreSQL index holds, one space apart: split where FTS5's
    ``unicode61`` splits (punctuation, ``_``, around each CJK character), lower-cased and,
    outside Chinese, Japanese and Korean, without accents, so both stores find the same
    words (``で`` stays apart from ``て``; ``Café`` is ``cafe``)."""
    found: list[str] = []
    for word in _INDEX_WORD.findall(spaced(unicodedata.normalize("NFC", text or ""))):
        if has_cjk(word):
            found.append(word.lower())
        else:
            bare = "".join(
                c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c)
            )
            found.extend(_INDEX_WORD.findall(bare.lower()))
    return " ".join(found)


def _parse(text: str) -> _Node:
    tokens = _tokens(text)
    if not any(isinstance(token, _Term | _Near) for token in tokens):
        raise ValueError(f"the query {text!r} has no words to search for")
    node = _Parser(tokens).query()
    if node is None:
        raise ValueError(f"the query {text!r} has no words to search for")
    return node


def _lexemes(term: _Term) -> str:
    """A word or phrase as tsquery: its index words in order (``<->``), quoted."""
    words = index_words(" ".join(term.words)).split()
    if not words:  # only characters an index drops (``_``): no lexeme, so it matches nothing
        words = ["_"]
    quoted = [f"'{word}'" for word in words]
    if term.prefix:
        quoted[-1] += ":*"
    return quoted[0] if len(quoted) == 1 else "(" + " <-> ".join(quoted) + ")"


def _tsquery(node: _Node) -> str:
    if isinstance(node, _Term):
        return _lexemes(node)
    if isinstance(node, _Near):
        # FTS5's NEAR(a b, N): at most N words between them, in either order; tsquery's
        # <d> is an exact distance, so each pair is an alternative of every distance.
        terms = [_lexemes(term) for term in node.terms]
        pairs = [
            "("
            + " | ".join(
                f"{x} <{d}> {y}" for d in range(1, node.distance + 2) for x, y in ((a, b), (b, a))
            )
            + ")"
            for i, a in enumerate(terms)
            for b in terms[i + 1 :]
        ]
        return " & ".join(pairs or terms)
    if isinstance(node, _Not):
        return f"!({_tsquery(node.operand)})"
    joiner = " | " if isinstance(node, _Any) else " & "
    return "(" + joiner.join(_tsquery(part) for part in node.operands) + ")"


def cjk_phrases(text: str) -> list[tuple[str, ...]]:
    """The words of each phrase a query looks for (not those it leaves out) that holds
    Chinese, Japanese or Korean characters; none for a query that is refused."""
    try:
        node = _Parser(_tokens(text)).query()
    except ValueError:
        return []
    phrases: list[tuple[str, ...]] = []
    wanted = [] if node is None else [node]
    while wanted:
        part = wanted.pop()
        if isinstance(part, _Term):
            if has_cjk("".join(part.words)):
                phrases.append(part.words)
        elif isinstance(part, _Near):
            wanted.extend(part.terms)
        elif isinstance(part, _All | _Any):
            wanted.extend(part.operands)
    return phrases


def _term(text: str, *, phrase: bool) -> _Term | None:
    """A word or phrase as its words (``None`` when it has none); a bare word ending in
    ``*`` is a prefix."""
    words = tuple(_WORDS.findall(spaced(text)))
    if not words:
        return None
    return _Term(words, prefix=not phrase and text.endswith("*"))


def _tokens(text: str) -> list[_Token]:
    tokens: list[_Token] = []
    at = 0
    while at < len(text):
        char = text[at]
        if char.isspace():
            at += 1
        elif char in "()":
            tokens.append(char)
            at += 1
        elif char == '"':
            end = text.find('"', at + 1)
            end = len(text) if end < 0 else end
            tokens.extend(_some(_term(text[at + 1 : end], phrase=True)))
            at = end + 1
        elif char in "-+" and at + 1 < len(text) and not text[at + 1].isspace():
            if char == "-":  # a leading + ("must match") is what a word means anyway
                tokens.append("-")
            at += 1
        elif near := _NEAR_OPEN.match(text, at):
            end = text.find(")", near.end())
            end = len(text) if end < 0 else end
            tokens.extend(_some(_near(text[near.end() : end])))
            at = end + 1
        else:
            bare = _BARE.match(text, at)
            assert bare is not None  # any other character starts a bare word
            word = bare.group()
            tokens.extend([word] if word in _OPERATORS else _some(_term(word, phrase=False)))
            at = bare.end()
    return tokens


def _near(inside: str) -> _Near | None:
    """``NEAR(a b "c d", 5)``: its terms and distance (``None`` when it has no words)."""
    distance = NEAR_DISTANCE
    if found := _NEAR_DISTANCE.search(inside):
        distance = int(found.group(1))
        inside = inside[: found.start()]
    terms = tuple(token for token in _tokens(inside) if isinstance(token, _Term))
    return _Near(terms, distance) if terms else None


def _some(item: _T | None) -> list[_T]:
    """``item`` as a list of it, or none when it is ``None``."""
    return [] if item is None else [item]


class _Parser:
    """Recursive descent over the tokens; ``None`` stands for "nothing here" (an empty
    group, an operator without operand), which the caller drops."""

    def __init__(self, tokens: list[_Token]) -> None:
        self._tokens = tokens
        self._at = 0
        self._depth = 0

    def _peek(self) -> _Token | None:
        return self._tokens[self._at] if self._at < len(self._tokens) else None

    def query(self) -> _Node | None:
        """The whole query; a ``)`` without its ``(`` is skipped."""
        parts: list[_Node] = []
        while self._peek() is not None:
            if self._peek() == ")":
                self._at += 1
                continue
            parts.extend(_some(self._any()))
        return _joined(parts, _All)

    def _any(self) -> _Node | None:
        parts: list[_Node] = _some(self._all())
        while self._peek() == "OR":
            self._at += 1
            parts.extend(_some(self._all()))
        return _joined(parts, _Any)

    def _all(self) -> _Node | None:
        parts: list[_Node] = []
        while (token := self._peek()) is not None and token not in ("OR", ")"):
            if token == "AND":
                self._at += 1
                continue
            parts.extend(_some(self._unary()))
        return _joined(parts, _All)

    def _unary(self) -> _Node | None:
        negated = False
        while self._peek() in ("NOT", "-"):
            self._at += 1
            negated = not negated
        token = self._peek()
        if token is None or token in ("AND", "OR", ")"):
            return None  # an operator with nothing after it
        self._at += 1
        node: _Node | None
        if token == "(":
            self._depth += 1
            if self._depth > MAX_DEPTH:
                raise ValueError(f"the query nests more than {MAX_DEPTH} groups deep")
            node = self._any()
            self._depth -= 1
            if self._peek() == ")":
                self._at += 1
        else:
            assert isinstance(token, _Term | _Near)
            node = token
        if node is None or not negated:
            return node
        return node.operand if isinstance(node, _Not) else _Not(node)


def _joined(parts: list[_Node], kind: type[_All] | type[_Any]) -> _Node | None:
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else kind(tuple(parts))


def _expression(node: _Node, text: str) -> str:
    """The FTS5 expression of a parsed query. FTS5's NOT is binary (``a NOT b``), so the
    words a group leaves out are taken from the other words of that group."""
    if isinstance(node, _Term):
        return '"' + " ".join(node.words) + '"' + ("*" if node.prefix else "")
    if isinstance(node, _Near):
        phrases = " ".join(_expression(term, text) for term in node.terms)
        return f"NEAR({phrases}, {node.distance})" if len(node.terms) > 1 else phrases
    if isinstance(node, _Any):
        return " OR ".join(_grouped(part, text) for part in node.operands)
    parts = node.operands if isinstance(node, _All) else (node,)
    kept = [part for part in parts if not isinstance(part, _Not)]
    left_out = [part.operand for part in parts if isinstance(part, _Not)]
    if not kept:
        excluded = " ".join(_expression(part, text) for part in left_out)
        raise ValueError(
            f"the query {text!r} only leaves out pages (NOT or -word: {excluded}); "
            "add words to find, such as 'iran NOT police'"
        )
    found = " AND ".join(_grouped(part, text) for part in kept)
    if not left_out:
        return found
    if len(kept) > 1:
        found = f"( {found} )"
    return f"{found} NOT {_grouped(_joined(left_out, _Any), text)}"


def _grouped(node: _Node | None, text: str) -> str:
    """A part of a larger expression, in parentheses when it is made of parts itself."""
    assert node is not None
    inner = _expression(node, text)
    return f"( {inner} )" if isinstance(node, _All | _Any | _Not) else inner


def day_bound(value: str, *, after: bool) -> str:
    """The ISO date bounding a range: the day itself, or with ``after`` the day after it
    (so ``published < bound`` takes in the whole last day)."""
    try:
        day = date.fromisoformat(value[:10])
    except ValueError:
        raise ValueError(f"not a date: {value!r} (use YYYY-MM-DD)") from None
    return (day + timedelta(days=1)).isoformat() if after else day.isoformat()
