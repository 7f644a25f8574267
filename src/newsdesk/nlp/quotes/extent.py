"""Where a reported content starts and ends, and which contents are kept.

Helpers of ``reported`` on spaCy's parse and on character spans:

- ``trim`` drops edge punctuation, a leading "that" and anything over a
  paragraph break; ``tail_cut`` and ``second_clause`` end a phrase before a
  trailing aside or a coordinated speech verb ("A and said that B");
  ``before_setting`` ends it before a trailing phrase that says where or how
  the words were said (", in remarks broadcast by state TV", ", according to
  state media", ", speaking to reporters");
- ``run_on`` carries a clause on through a quotation it opens ('X said the
  economy had "turned a corner. Growth is back."'), ``carried_on`` through an
  unattributed quotation right after it ('X said A. "B."');
- ``covered`` tells a clause that is mostly a direct quotation, ``outermost``
  drops attitudes nested in reported speech.

Everything is bounded: phrase scans stop after SENTENCE_REACH tokens and
run-ons after a fixed number of characters.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from newsdesk.lexicon.cues import (
    SETTING_NOUNS,
    SETTING_PREPOSITIONS,
    SETTING_VERBS,
    SPEECH_FORMS,
    SPEECH_VERBS,
)
from newsdesk.lexicon.labels import (
    ADDRESSEE_DEPS,
    COORDINATION_DEPS,
    EDGE_POS,
    PARTICLE_POS,
    RELATIVE_TAGS,
    SUBJECT_DEPS,
    SUBJECT_OR_EXPLETIVE_DEPS,
    VERB_POS,
)
from newsdesk.lexicon.outlets import SOCIAL
from newsdesk.nlp.parse import SENTENCE_REACH, has_child_with, sentence_start
from newsdesk.nlp.quotes.candidate import QuoteCandidate
from newsdesk.nlp.quotes.speaker import has_own_speaker

#: Dependencies of an aside that trails a reported clause and is not part of it.
_ASIDE_DEPS = frozenset({"advcl", "relcl", "acl", "npadvmod", "parataxis"})
#: Marks that end a reported clause: what follows is the writer's.
_CLAUSE_BREAKS = frozenset({"—", "–", "--", ";", "―"})
#: Words that open a non-restrictive relative clause after a comma.
_RELATIVES = frozenset({"who", "whom", "whose", "which"})
#: Words of the writer's before a quotation that make a clause mixed speech.
_OPENING = 3
#: Longest run (characters) a clause is carried on through a quotation it opens.
_MAX_RUN_ON = 2000
#: Longest gap (characters: punctuation, marks, spaces) between a clause and a
#: quotation that carries it on.
_CARRY_GAP = 5
#: Longest stretch (characters) between a quotation's end and the speaker named after it
#: ('..., lives," Dr Hale said') for the clause to run back to the quotation's start.
_RUN_BACK_GAP = 12
#: Shortest reported clause kept, in tokens.
MIN_CLAUSE_TOKENS = 2


def trim(
    doc: Doc, start: int, end: int, anchor: int, shortest: int = MIN_CLAUSE_TOKENS
) -> Span | None:
    """The tokens ``start:end`` without edge punctuation, kept in the paragraph of ``anchor``."""
    for index in range(start, end):
        if "\n" in doc[index].text:
            if index < anchor:
                start = index + 1
            else:
                end = index
                break
    while start < end and (doc[start].pos_ in EDGE_POS or doc[start].lower_ == "that"):
        if doc[start].lower_ == "that" and not _opens_clause(doc[start]):
            break
        start += 1
    while end > start and doc[end - 1].pos_ in EDGE_POS:
        end -= 1
    if end - start < shortest or not any(_says_something(t) for t in doc[start:end]):
        return None
    return doc[start:end]


def past_participle(clause: Token) -> Token:
    """The "that" clause under a bare participle the parse took for the clause: "said in an
    interview with X [published on Sunday] that A" reports A, not the publishing."""
    if clause.tag_ not in {"VBN", "VBD"} or any(
        c.dep_ in {"nsubj", "nsubjpass", "aux"} for c in clause.children
    ):
        return clause
    for child in clause.rights:
        first = child.left_edge
        if child.dep_ == "ccomp" and first.lower_ == "that" and first.dep_ == "mark":
            return child
    return clause


def _opens_clause(that: Token) -> bool:
    """A "that" that opens a clause: marked so, or taken for the object of a verb whose
    subject follows it ("said that Europe must act" parsed "that" as the object of "act")."""
    if that.dep_ == "mark":
        return True
    head = that.head
    if that.dep_ != "dobj" or head.i <= that.i + 1:
        return False
    return any(c.dep_ in SUBJECT_DEPS and that.i < c.i < head.i for c in head.children)


def _says_something(token: Token) -> bool:
    """A word that can carry what somebody said: not a bare preposition or particle."""
    return token.pos_ not in PARTICLE_POS


def tail_cut(head: Token) -> int:
    """End of ``head``'s phrase before a trailing aside or a clause of its own.

    Cut at a dash or semicolon, before ", focusing on ...", ", who is 70", and
    before a coordinated clause with its own subject (", and he railed ...").
    """
    doc = head.doc
    end = head.right_edge.i + 1
    for index in range(head.i + 1, min(end, head.i + SENTENCE_REACH)):
        token = doc[index]
        if token.text in _CLAUSE_BREAKS and index > head.left_edge.i + 1:
            return index
        if token.dep_ == "conj" and token.head is head and token.lemma_.lower() in SPEECH_VERBS:
            return token.left_edge.i  # "A promised X and said Y": A's own words start there
        if index + 1 >= end:
            break
        after = doc[index + 1]
        if token.text == "," and (_aside_start(after) or _own_clause(after)):
            return index
        if token.pos_ == "CCONJ" and _own_clause(token):
            return index
    return end


def before_setting(doc: Doc, start: int, end: int) -> int:
    """``end``, or the comma before a trailing phrase of the setting of the words in
    ``doc[start:end]``: "A, in an interview on Sunday" reports A, and so does "A, adding
    that B". A tail that goes on past the phrase ("..., in a speech, and that B") or holds
    a clause of its own ("..., in a speech where he said B") is kept whole."""
    for index in range(start + 1, min(end - 1, start + SENTENCE_REACH)):
        if doc[index].text != "," or not _setting(doc[index + 1]):
            continue
        phrase = doc[index + 1]
        rest = doc[phrase.right_edge.i + 1 : end]  # what follows the phrase
        if any(t.pos_ in VERB_POS or t.dep_ in COORDINATION_DEPS for t in rest):
            continue  # a clause, or a coordination ("on radio and on television alike")
        if any(t.dep_ in COORDINATION_DEPS for t in phrase.subtree):
            continue
        if phrase.tag_ == "VBG" or _no_clause(doc, index, end):
            return index  # ", adding that B": B is said apart, in an attribution of its own
    return end


def _setting(token: Token) -> bool:
    """Whether ``token`` opens a phrase of the occasion or medium of speech: "according
    to ...", "in remarks ...", "speaking to ...", "saying that ..."."""
    doc = token.doc
    if token.lower_ == "according":
        return token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to"
    if token.tag_ == "VBG":
        lemma = token.lemma_.lower()
        clause = any(c.dep_ == "ccomp" for c in token.children)
        return lemma in SETTING_VERBS or (lemma in SPEECH_VERBS and clause)
    if token.lower_ not in SETTING_PREPOSITIONS or token.dep_ != "prep":
        return False
    for child in token.children:
        if child.dep_ != "pobj":
            continue
        name = doc[child.left_edge.i : child.i + 1].text
        return (
            child.lower_ in SETTING_NOUNS
            or child.lemma_.lower() in SETTING_NOUNS
            or (name.removeprefix("the ") in SOCIAL)
        )
    return False


def _no_clause(doc: Doc, comma: int, end: int) -> bool:
    """No clause with a subject of its own (a relative pronoun aside) after ``comma``."""
    return not any(
        t.dep_ in SUBJECT_OR_EXPLETIVE_DEPS and t.tag_ not in RELATIVE_TAGS
        for t in doc[comma + 1 : end]
    )


def _aside_start(token: Token) -> bool:
    """A non-restrictive relative or participial phrase: ', who ...', ', reflecting ...'."""
    if token.lower_ in _RELATIVES:
        return True
    return token.tag_ == "VBG" and token.dep_ in _ASIDE_DEPS | {"xcomp", "conj"}


def _own_clause(token: Token) -> bool:
    """A conjunction (or the comma before it) that opens a clause with its own subject."""
    if token.pos_ != "CCONJ":
        return False
    for conj in token.head.children:
        if conj.dep_ == "conj" and conj.i > token.i:
            return has_child_with(conj, SUBJECT_OR_EXPLETIVE_DEPS)
    return False


def second_clause(head: Token) -> int:
    """Start of a speech verb coordinated with ``head``: "A and said that B" (B is
    said by the subject of A); past the phrase when there is none."""
    for child in head.rights:
        if child.dep_ != "conj" or child.pos_ not in VERB_POS:
            continue
        if child.lemma_.lower() in SPEECH_VERBS:
            start = child.left_edge.i
            doc = head.doc
            while start > head.i + 1 and doc[start - 1].pos_ in {"CCONJ", "PUNCT"}:
                start -= 1
            return start
    return head.right_edge.i + 1 + SENTENCE_REACH


def appended(doc: Doc, head: int, end: int) -> int:
    """``end`` before a noun phrase the writer appends after a comma: '..., a move that
    survived court challenges', '..., a clear message about ...'."""
    for index in range(head + 1, min(end, head + SENTENCE_REACH)):
        if doc[index].text != "," or index + 2 >= end:
            continue
        first = doc[index + 1]
        top = first.head
        appos = first.dep_ == "det" and top.dep_ in {"appos", "npadvmod"}
        if appos and top.head.i < index and top.right_edge.i + 1 >= end:
            return index
    return end


def outermost(quotes: list[QuoteCandidate | None]) -> list[QuoteCandidate | None]:
    """Drop attitudes nested in reported speech: 'X said the campaign planned to ...'."""
    speech = sorted({(q.start, q.end) for q in quotes if q is not None and _is_speech(q.cue)})
    starts = [s for s, _ in speech]
    reach: list[int] = []  # reach[i]: the furthest end of speech spans 0..i
    for _, end in speech:
        reach.append(max(end, reach[-1]) if reach else end)

    def nested(quote: QuoteCandidate) -> bool:
        """Inside a longer speech span (one starting at or before it and ending at or after)."""
        index = bisect_right(starts, quote.start) - 1
        if index < 0 or reach[index] < quote.end:
            return False
        return (quote.start, quote.end) not in speech or reach[index] > quote.end

    return [q for q in quotes if q is None or _is_speech(q.cue) or not nested(q)]


def _is_speech(cue: str | None) -> bool:
    if cue is None or cue in {":", "according to"}:
        return True
    return any(word in SPEECH_FORMS for word in cue.lower().split())


def run_on(text: str, quote: QuoteCandidate, marked: list[tuple[int, int]]) -> QuoteCandidate:
    """The clause carried on to the end of a quotation it opens: 'X said A "B. C."'."""
    index = bisect_right(marked, (quote.end, quote.end)) - 1
    if index < 0:
        return quote
    start, end = marked[index]
    if not quote.start < start < quote.end < end <= quote.end + _MAX_RUN_ON:
        return quote
    if "\n" in text[quote.end : end]:
        return quote
    return QuoteCandidate(
        text[quote.start : end], quote.start, end, quote.kind, quote.cue, quote.speaker_span
    )


def run_back(
    doc: Doc, text: str, quote: QuoteCandidate, marked: list[tuple[int, int]]
) -> QuoteCandidate:
    """The clause carried back to the sentence a quotation it ends in opens in: 'X needs to
    "A. B," Y said' reports all of it, not only the sentence B the parse split off.

    ``text`` is ``doc.text``, read once by the caller. Not over an attribution of its own
    before the quotation ('He said it was "A. B," she added' is his, then hers).
    """
    index = bisect_right(marked, (quote.start, quote.start)) - 1
    if index < 0:
        return quote
    start, end = marked[index]
    if not (start < quote.start < end and quote.end <= end + 1):
        return quote
    speaker = quote.speaker_span
    if speaker is None or not end <= speaker[0] <= end + _RUN_BACK_GAP:
        return quote  # only for the speaker named right after the quotation
    if quote.start - start > _MAX_RUN_ON or "\n" in text[start : quote.start]:
        return quote
    opening = doc.char_span(start, start + 1, alignment_mode="expand")
    if opening is None or not len(opening):
        return quote
    first = doc[sentence_start(opening[0])]
    for token in doc[first.i : opening[0].i]:
        if token.text in {":", ";"}:
            first = token  # "Here's one example: The agency "...": the example's clause
    while first.i < opening[0].i and (first.is_space or first.is_punct):
        first = doc[first.i + 1]
    if first.idx >= quote.start or "\n" in text[first.idx : start]:
        return quote
    if has_own_speaker(doc[first.i : opening[0].i]):
        return quote
    return QuoteCandidate(
        text[first.idx : quote.end], first.idx, quote.end, quote.kind, quote.cue, speaker
    )


def carried_on(
    text: str, quote: QuoteCandidate, loose: Sequence[tuple[int, int]]
) -> QuoteCandidate:
    """The clause with the unattributed quotation right after it: 'X said A. "B."'."""
    index = bisect_right(loose, (quote.end, quote.end))
    if index >= len(loose):
        return quote
    start, end = loose[index]
    gap = text[quote.end : start]
    if len(gap) > _CARRY_GAP or "\n" in gap or any(c.isalnum() for c in gap):
        return quote
    return QuoteCandidate(
        text[quote.start : end], quote.start, end, quote.kind, quote.cue, quote.speaker_span
    )


def covered(quote: QuoteCandidate, direct: list[tuple[int, int]]) -> bool:
    """Whether direct quotes (sorted, not overlapping) cover half the clause or more.

    A clause that opens with words of the writer's before the quotation
    ("X says no matter what ..., "his word ..."") is mixed speech: not covered.
    """
    size = max(1, quote.end - quote.start)
    index = max(0, bisect_right(direct, (quote.start, quote.start)) - 1)
    inside = 0
    first = None
    while index < len(direct) and direct[index][0] < quote.end:
        start, end = direct[index]
        share = max(0, min(end, quote.end) - max(start, quote.start))
        if share and first is None:
            first = start
        inside += share
        index += 1
    if first is not None and len(quote.text[: max(0, first - quote.start)].split()) >= _OPENING:
        return False
    return inside * 2 >= size


def past_paragraph(cue: Token, clause: Span) -> bool:
    """A clause the parse hung from a cue in another paragraph ('Y told ORF.' then a
    paragraph 'X said A.'): what a cue reports never starts past a paragraph break."""
    lo, hi = sorted((cue.i, clause.start))
    return any("\n" in t.text_with_ws for t in cue.doc[lo:hi])


#: Longest stretch (characters) between a quote's end and the cue attributing it.
_ATTRIBUTION_CHARS = 30
#: Dependents after an attribution cue that say whom and when, never what.
_HEARER_DEPS = frozenset({"dobj", "dative", "punct", "npadvmod", "advmod"})
#: An end past every character offset, to look a start up among (start, end) spans.
_AFTER_ANY = 1 << 62


def attributes(cue: Token, direct: list[tuple[int, int]]) -> bool:
    """A cue right after a direct quote that the parse hung under the quotation's verb
    ('"We will ...," Reinhardt told the Bundestag'): that quote's attribution, no more."""
    if not inside(cue.head.idx, direct):
        return False
    index = bisect_right(direct, (cue.head.idx, _AFTER_ANY)) - 1
    if not 0 <= cue.idx - direct[index][1] <= _ATTRIBUTION_CHARS:
        return False
    if any("\n" in t.text_with_ws for t in cue.doc[max(0, cue.i - 4) : cue.i]):
        return False  # a new paragraph the parse hung under the quote
    rights = list(cue.rights)  # "told the Bundestag.": a hearer, and nothing said
    return any(c.dep_ in ADDRESSEE_DEPS for c in rights) and all(
        c.dep_ in _HEARER_DEPS for c in rights
    )


def inside(char: int, spans: list[tuple[int, int]]) -> bool:
    """Whether the character offset ``char`` lies in one of ``spans`` (sorted, disjoint)."""
    index = bisect_right(spans, (char, _AFTER_ANY)) - 1
    return index >= 0 and spans[index][0] <= char < spans[index][1]
