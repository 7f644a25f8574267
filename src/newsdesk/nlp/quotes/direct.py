"""Direct and partial quotations: which quoted stretches are somebody's words, and whose.

A quoted stretch is a **direct** quote when it stands as a sentence of its
own (it opens a sentence or follows a colon or a cue) and is attributed by a
cue after it (``"...," he said``), before it (``He said: "..."``), by the
attribution of the quote just before it (``"A," he said. "B."``), or by
nothing at all when it is a full sentence (a paragraph of quotation
continuing the previous speaker). It is a **partial** quote when it sits
inside a sentence whose cue governs it (``to "impose its demands"``, ``as a
"trick"``). Anything else (``the "maximum pressure" policy``, titles of
works, nicknames) is a scare quote or a name, not a quotation.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from itertools import islice

from spacy.tokens import Doc, Span, Token

from newsdesk.lexicon.cues import (
    LABEL_VERBS,
    SCARE_MARKERS,
    SPEECH_VERBS,
    THOUGHT_VERBS,
)
from newsdesk.lexicon.labels import (
    AUX_DEPS,
    EMBEDDED_DEPS,
    NAME_OR_PRONOUN_POS,
    NOMINAL_POS,
    NOUN_ATTACHMENT_DEPS,
    NOUN_CLAUSE_DEPS,
    NOUN_POS,
    PHRASE_POS,
    VERB_POS,
)
from newsdesk.lexicon.outlets import looks_like_outlet
from newsdesk.nlp.cited.relay import news_medium, relays, reporting_name
from newsdesk.nlp.parse import sentence_end, sentence_root, sentence_start
from newsdesk.nlp.quotes.candidate import QuoteCandidate
from newsdesk.nlp.quotes.cues import is_cue, lost_subject, participle, reporting_verb
from newsdesk.nlp.quotes.marks import QUOTE_CHARS, QuotedSpan
from newsdesk.nlp.quotes.speaker import (
    adjacent_mention,
    cue_text,
    cue_tokens,
    speaker_of,
    speaker_span_of,
)

#: Dashes that attribute a quote to the name after them: '"..." ― Jane Doe'.
_DASHES = frozenset({"―", "—", "–", "-", "--"})
#: Characters after which a quote opens a sentence of its own.
_SENTENCE_BEFORE = frozenset(".?!:;—–-…") | QUOTE_CHARS
#: Characters that end a quoted sentence (inside or just outside the marks).
_SENTENCE_END = frozenset(".,?!…—–-:;")
#: How many tokens after a closing mark its cue may stand.
_AFTER_WINDOW = 30
#: How far back (characters) the attribution of the previous quote still carries.
_CARRY_CHARS = 200


@dataclass(frozen=True, slots=True)
class _Attribution:
    cue: str | None
    speaker: tuple[int, int] | None
    source: str  # "after", "before", "carried", "fragment" (words between), "none"
    cue_at: int | None = None  # the cue's token, when a verb attributes the quote


class DirectQuotes:
    """Classify the quoted stretches of one doc (call ``classify`` once per stretch, in order)."""

    def __init__(
        self, doc: Doc, paragraphs: list[tuple[int, int]], spans: list[QuotedSpan]
    ) -> None:
        self.quote_starts = [s.open_at for s in spans]
        self.quote_ends = [s.after for s in spans]
        self.doc = doc
        self.text = doc.text
        self.starts = [t.idx for t in doc]
        self.paragraphs = paragraphs
        self.para_starts = [lo for lo, _ in paragraphs]
        self.previous: tuple[QuotedSpan, _Attribution] | None = None

    def quoted(self, char: int) -> bool:
        """Whether ``char`` lies inside one of the quoted stretches (marks included)."""
        index = bisect_right(self.quote_starts, char) - 1
        return index >= 0 and char < self.quote_ends[index]

    def token_at(self, char: int) -> int:
        return max(0, bisect_right(self.starts, char) - 1)

    def paragraph_of(self, char: int) -> tuple[int, int]:
        index = max(0, bisect_right(self.para_starts, char) - 1)
        return self.paragraphs[index] if self.paragraphs else (0, len(self.text))

    def classify(self, span: QuotedSpan, next_open: int | None) -> QuoteCandidate | None:
        inner = self.text[span.start : span.end]
        if not any(c.isalnum() for c in inner):
            return None
        lo, hi = self.paragraph_of(span.open_at)
        before_text = self.text[lo : span.open_at].rstrip()
        prev_char = before_text[-1:] if before_text else ""
        ends_sentence = inner.rstrip()[-1:] in _SENTENCE_END or (
            self.text[span.after : span.after + 1] in {",", ".", "?", "!"}
        )
        hi = self.paragraph_of(span.close_at)[1]  # a quote may run over paragraphs
        limit = hi if next_open is None else min(hi, next_open)
        attribution = self._after(span, limit)
        if attribution is None:
            attribution = self._before(span, lo)
        if attribution is None:
            attribution = self._carried(span, lo)
        opens_sentence = (not prev_char) or prev_char in _SENTENCE_BEFORE
        if attribution is not None and attribution.source == "before":
            opens_sentence = opens_sentence or prev_char == ","
            mark = self.token_at(span.open_at)
            if prev_char.isalpha() and mark > 0 and is_cue(self.doc[mark - 1]):
                opens_sentence = True  # 'He said "We will win."', not 'called it "a disaster"'

        fragment = attribution is not None and attribution.source == "fragment"
        if fragment and attribution is not None:
            return QuoteCandidate(
                inner, span.start, span.end, "partial", attribution.cue, attribution.speaker
            )
        if opens_sentence and (ends_sentence or (span.single is False and len(inner) > 60)):
            if attribution is None and not _sentence_like(inner):
                return self._partial(span, inner)
            found = attribution or _Attribution(None, None, "none")
            self.previous = (span, found)
            return QuoteCandidate(inner, span.start, span.end, "direct", found.cue, found.speaker)
        partial = self._partial(span, inner)
        comma = inner.rstrip()[-1:] == "," or self.text[span.after : span.after + 1] == ","
        after = attribution is not None and attribution.source == "after" and comma
        words = self._words(span)
        if partial is None and after and not _scare(self.doc, words, span):
            # 'The council needs to "act now. Every week counts," Dr Hale said': the cue
            # after the comma that closes the fragment attributes it, in the same sentence,
            # unless the fragment is a noun's own ('The firm, known as "X," said') or the
            # cue's speaker only relays another's words
            assert attribution is not None
            if _in_noun_clause(words) or self._relayed(attribution):
                return None
            return QuoteCandidate(
                inner, span.start, span.end, "partial", attribution.cue, attribution.speaker
            )
        return partial

    def _after(self, quote: QuotedSpan, limit: int) -> _Attribution | None:
        """A cue in the words right after the closing mark: '"...," he said'."""
        start = quote.after
        if start >= limit:
            return None
        first = self.token_at(start)
        if self.doc[first].idx < start:
            first += 1
        window = [
            t for t in self.doc[first : min(len(self.doc), first + _AFTER_WINDOW)] if not t.is_space
        ]
        dash = self.text[start:limit].lstrip()[:1]
        names = [t for t in window[:2] if t.pos_ == "PROPN"]
        if dash in _DASHES and names:  # '"..." ― Jane Doe'
            name = names[0]
            while name.i + 1 < len(self.doc) and self.doc[name.i + 1].pos_ == "PROPN":
                name = self.doc[name.i + 1]
            return _Attribution(dash, (names[0].idx, name.idx + len(name)), "after")
        in_commas = False
        first_comma: int | None = None
        for position, token in enumerate(window):
            if token.idx >= limit or token.text in {".", "?", "!"}:
                return None
            if token.text in {",", "(", ")"} and position > 0:
                in_commas = not in_commas  # an apposition: "Jane Doe, a lawyer in Ohio, said"
                if first_comma is None:
                    first_comma = token.idx
                continue
            if is_cue(token):
                if participle(token):
                    return None  # '"...", highlighting the risk': no attribution of its own
                found = self._from_cue(token, "after", quote)
                if first_comma is not None and found.speaker and found.speaker[0] > first_comma:
                    # '"..." for criminal behavior, she said': the quote is part of a clause
                    if self._outlet(token, found.speaker):
                        return None  # "... with \"no conditions\" on Twitter, the Tribune reported"
                    return _Attribution(found.cue, found.speaker, "fragment")
                return found
            if token.lower_ == "according" and token.nbor(1).lower_ == "to":
                return self._according(token, "after")
            phrase = token.pos_ in PHRASE_POS or token.dep_ in AUX_DEPS
            named = phrase or in_commas or token.text[:1].isupper()
            if not named and not _in_apposition(token, start):
                return None
        return None

    def _outlet(self, cue: Token, speaker: tuple[int, int]) -> bool:
        """Whether the speaker of ``cue`` is an outlet, by its name or by what it does."""
        if looks_like_outlet(self.text[slice(*speaker)]):
            return True
        span = self.doc.char_span(*speaker, alignment_mode="expand")
        return span is not None and (news_medium(span) or reporting_name(cue, span))

    def _before(self, span: QuotedSpan, lo: int) -> _Attribution | None:
        """A cue closing the words before the opening mark: 'He said: "..."'."""
        floor = lo
        if not self.text[lo : span.open_at].strip() and lo > 0:
            # a quote opening its paragraph, introduced by the one before: 'He wrote:'
            upper = self.text[:lo].rstrip()
            if upper.endswith(":"):
                floor = self.paragraph_of(len(upper) - 1)[0]
        if self.previous is not None and self.previous[0].close_at >= floor:
            floor = self.previous[0].after
        region = self.text[floor : span.open_at]
        cut = max(region.rfind(". "), region.rfind("? "), region.rfind("! "))
        if cut >= 0:
            floor += cut + 2
        if floor >= span.open_at:
            return None
        first, last = self.token_at(floor), self.token_at(span.open_at - 1)
        if self.doc[first].idx < floor:
            first += 1
        tokens = [t for t in self.doc[first : last + 1] if t.idx < span.open_at]
        if not tokens:
            return None
        tail = tokens[-1]
        for token in reversed(tokens):
            if is_cue(token):
                if len([t for t in tokens if t.i > token.i and not t.is_punct]) > 6:
                    return None
                return self._from_cue(token, "before", span)
            after = self.doc[token.i + 1] if token.i + 1 < len(self.doc) else token
            if token.lower_ == "according" and after.lower_ == "to":
                return self._according(token, "before")
        named = tail.i > 0 and tail.nbor(-1).pos_ in NOMINAL_POS
        if tail.text == ":" and named and tail.i - tokens[0].i <= 6:  # 'Jane Doe: "..."'
            return _Attribution(":", _mention(tail.nbor(-1)), "before")
        if tail.text == ":":  # 'The committee issued a statement: "..."'
            root = sentence_root(tail)
            speaker = speaker_of(root) if root.i < tail.i else None
            if speaker is not None and speaker.end_char <= span.open_at:
                return _Attribution(":", (speaker.start_char, speaker.end_char), "before")
        return None

    def _carried(self, span: QuotedSpan, lo: int) -> _Attribution | None:
        """'"A," he said. "B."': B inherits the attribution of A when only it stands between."""
        if self.previous is None:
            return None
        previous, found = self.previous
        if found.speaker is None or span.open_at - previous.close_at > _CARRY_CHARS:
            return None
        gap = self.text[previous.after : span.open_at]
        if previous.close_at < lo and gap.count("\n") > 2:
            return None
        return _Attribution(
            found.cue if previous.close_at >= lo else None, found.speaker, "carried"
        )

    def _from_cue(self, token: Token, source: str, quote: QuotedSpan) -> _Attribution:
        words = cue_tokens(token)
        speaker = speaker_of(token, self.quoted)
        if speaker is not None and self.quoted(speaker.start_char):
            speaker = None  # the parse took words of a quote for the subject
        adjacent = adjacent_mention(token)
        if adjacent is not None and (
            adjacent.start_char < quote.open_at <= token.idx or self.quoted(adjacent.start_char)
        ):
            adjacent = None
        if speaker is None or (
            adjacent is not None and not _overlaps(adjacent, speaker) and _beside(adjacent, token)
        ):
            speaker = adjacent
        span = (speaker.start_char, speaker.end_char) if speaker is not None else None
        return _Attribution(cue_text(self.doc, words), span, source, token.i)

    def _relayed(self, attribution: _Attribution) -> bool:
        """Whether the speaker of ``attribution`` only relays another speaker's words."""
        if attribution.cue_at is None or attribution.speaker is None:
            return False
        speaker = self.doc.char_span(*attribution.speaker, alignment_mode="expand")
        return speaker is not None and relays(self.doc[attribution.cue_at], speaker)

    def _according(self, token: Token, source: str) -> _Attribution:
        objects = [t for t in token.nbor(1).children if t.dep_ == "pobj"]
        speaker = _mention(objects[0]) if objects else None
        return _Attribution("according to", speaker, source)

    def _words(self, span: QuotedSpan) -> Span:
        """The tokens inside the marks."""
        first, last = self.token_at(span.start), self.token_at(max(span.start, span.end - 1))
        return self.doc[first : last + 1]

    def _partial(self, span: QuotedSpan, inner: str) -> QuoteCandidate | None:
        doc = self.doc
        words = self._words(span)
        if _scare(doc, words, span):
            return None
        root = words.root
        for ancestor in _outer_ancestors(words):
            if ancestor.dep_ in NOUN_CLAUSE_DEPS:
                break  # the fragment belongs to a noun's own clause, not to a cue
            lemma = ancestor.lemma_.lower()
            if ancestor.pos_ in VERB_POS and lemma in _PARTIAL_CUES:
                ancestor = reporting_verb(ancestor)
                speaker = speaker_of(ancestor) or lost_subject(ancestor)
                if speaker is None or relays(ancestor, speaker):
                    continue  # "A said the timing was "not right", the Hindu reported": A's
                cue = cue_text(doc, cue_tokens(ancestor))
                where = (speaker.start_char, speaker.end_char)
                return QuoteCandidate(inner, span.start, span.end, "partial", cue, where)
        for token in doc[sentence_start(root) : sentence_end(root)]:
            if (
                token.lower_ == "according"
                and token.i + 1 < len(doc)
                and token.nbor(1).lower_ == "to"
            ):
                found = self._according(token, "inside")
                return QuoteCandidate(
                    inner, span.start, span.end, "partial", found.cue, found.speaker
                )
        return None


_PARTIAL_CUES = SPEECH_VERBS | LABEL_VERBS | THOUGHT_VERBS
#: How many heads above a fragment's root the walk to its cue looks.
_ANCESTOR_STEPS = 5


def _outer_ancestors(words: Span) -> list[Token]:
    """The root of the quoted ``words`` and its nearest heads, without the words inside."""
    root = words.root
    chain = [root, *islice(root.ancestors, _ANCESTOR_STEPS)]
    return [t for t in chain if not words.start <= t.i < words.end]


def _in_noun_clause(words: Span) -> bool:
    """Whether the quoted ``words`` sit in a clause modifying a noun, as ``_partial``'s
    walk finds it: 'The firm, known as "X," said ...'."""
    return any(t.dep_ in NOUN_CLAUSE_DEPS for t in _outer_ancestors(words))


#: Tokens before an opening mark searched for a scare marker ("so - called").
_MARKER_TOKENS = 3


def _mention(token: Token) -> tuple[int, int]:
    speaker = speaker_span_of(token)
    return (speaker.start_char, speaker.end_char)


def _overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def _beside(mention: Span, cue: Token) -> bool:
    """A name or pronoun right before the cue ("Smith said") or right after it ("said Smith")."""
    return mention.end <= cue.i and mention.root.pos_ in NAME_OR_PRONOUN_POS


def _in_apposition(token: Token, start: int) -> bool:
    """Whether ``token`` sits in an apposition or relative clause of the speaker phrase."""
    for ancestor in islice(token.ancestors, _AFTER_WINDOW):
        if ancestor.idx < start:
            return False
        if ancestor.dep_ in NOUN_ATTACHMENT_DEPS:
            return True
    return False


def _scare(doc: Doc, words: Span, span: QuotedSpan) -> bool:
    """A quoted term rather than a quotation: a modifier, a so-called name, a title."""
    root = words.root
    if span.open_at > 0:
        previous = doc[max(0, words.start - 2)]
        if previous.lower_ in SCARE_MARKERS:
            return True
        opening = words.start > 0 and doc[words.start - 1].text in QUOTE_CHARS
        mark = words.start - 1 if opening else words.start
        before = doc[max(0, mark - _MARKER_TOKENS) : mark].text.split()
        if before and before[-1].lower() in SCARE_MARKERS:
            return True  # "so-called „debt brake“", however the hyphen was tokenised
    modifier = root.dep_ in EMBEDDED_DEPS
    if modifier and root.head.i >= words.end and root.head.text not in QUOTE_CHARS:
        return True  # the "maximum pressure" policy; not 'as «necessary»' parsed on its mark
    nxt = (
        words.end + 1 if words.end < len(doc) and doc[words.end].text in QUOTE_CHARS else words.end
    )
    if nxt < len(doc) and root.head.i == nxt and doc[nxt].pos_ in NOUN_POS:
        return True
    alpha = [t for t in words if t.is_alpha]
    return len(alpha) >= 2 and all(t.text[0].isupper() for t in alpha if len(t) > 3)


def _sentence_like(inner: str) -> bool:
    """A quoted stretch that reads as a sentence: several words ending in punctuation."""
    stripped = inner.strip()
    return len(stripped.split()) >= 4 and stripped[-1:] in _SENTENCE_END
