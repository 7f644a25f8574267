"""Reported speech: "X said (that) ...", "..., X said", "according to X, ..." as indirect quotes.

The content is what the cue governs in spaCy's dependency parse:

- the clausal complement of a speech or thought verb that has a subject
  ("Pompeo said last week that ..."), also when the cue follows the clause
  ("..., a spokesman said") or interrupts it ("Climate change, he says, is");
- the object of a speech verb or of a label or attitude verb ("called them
  "deplorables"", "called for a ban", "urged Congress to act");
- for "according to X", the clause the phrase hangs from;
- for a transcript or headline line "PENCE: ...", the rest of the line.

A clause that is mostly a direct quotation is left to the direct quote; an
outlet that merely relays somebody else's words (``X said ..., the Tribune
reported``) is a cited source, not a speaker; an attitude nested in reported
speech ("X said the campaign planned to ...") is part of that speech.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Span, Token

from newsdesk.nlp.cues import (
    CLAUSE_DEPS,
    CONTENT_PREPOSITIONS,
    ATTITUDE_VERBS,
    LABEL_VERBS,
    LEMMA_FIXES,
    NOT_SPEAKER_LABELS,
    RAISING_VERBS,
    SPEECH_FORMS,
    SPEECH_NOUNS,
    SPEECH_VERBS,
    THOUGHT_VERBS,
)
from newsdesk.nlp.outlets import looks_like_outlet
from newsdesk.nlp.quote_candidate import QuoteCandidate
from newsdesk.nlp.quote_marks import QUOTE_CHARS, paragraph_spans
from newsdesk.nlp.quote_speakers import (
    SENTENCE_REACH,
    adjacent_mention,
    cue_text,
    cue_tokens,
    sentence_end,
    sentence_start,
    speaker_of,
)

_CUES = SPEECH_VERBS | THOUGHT_VERBS
_LABELS = (LABEL_VERBS | ATTITUDE_VERBS) - _CUES
#: Tokens trimmed from both ends of a reported clause.
_EDGE_POS = frozenset({"PUNCT", "SPACE", "CCONJ"})
#: Dependents of a label or attitude verb that make up what is attributed:
#: "called them "deplorables"", "urged Congress to act", "called for a ban".
_COMPLEMENT_DEPS = frozenset({"dobj", "xcomp", "ccomp", "oprd", "attr", "prep", "dative", "pcomp"})
#: Complements that make a speech verb's object what is attributed: "noted the risk",
#: "warned against hackers", "called for a ban".
_OBJECT_DEPS = frozenset({"dobj", "xcomp", "prep"})
#: Entity types of circumstances rather than contents.
_NOT_CONTENT_ENTS = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC", "CARDINAL"})
#: Marks around a parenthetical attribution: ", he said,".
_ASIDE_MARKS = frozenset({",", "—", "–"})
#: Dependencies of an aside that trails a reported clause and is not part of it.
_ASIDE_DEPS = frozenset({"advcl", "relcl", "acl", "npadvmod", "parataxis"})
#: Marks that end a reported clause: what follows is the writer's.
_CLAUSE_BREAKS = frozenset({"—", "–", "--", ";", "―"})
#: Words that open a non-restrictive relative clause after a comma.
_RELATIVES = frozenset({"who", "whom", "whose", "which"})
#: Words of the writer's before a quotation that make a clause mixed speech.
_OPENING = 3
#: Adjuncts that, after a comma at the end of a reported clause, are the writer's.
_TRAILING_DEPS = frozenset(
    {"advcl", "prep", "npadvmod", "appos", "relcl", "acl", "parataxis", "advmod"}
)
#: Longest speaker label before a colon that opens a transcript line, in characters.
_MAX_LABEL_CHARS = 40
#: Shortest reported clause kept, in tokens.
MIN_CLAUSE_TOKENS = 2


def find_reported(
    doc: Doc, direct: list[tuple[int, int]], partial: list[tuple[int, int]]
) -> list[QuoteCandidate]:
    """Indirect quotes of ``doc``; clauses mostly covered by a ``direct`` span are skipped.

    ``partial`` are the partial quotes found: "X called them "Z"" reports
    what follows the cue when it holds one.
    """
    found: dict[tuple[int, int], QuoteCandidate] = {}
    candidates: list[QuoteCandidate | None] = [*_colon_lines(doc)]
    for token in doc:
        if token.pos_ not in {"VERB", "AUX"}:
            continue
        if token.lower_ == "according":
            candidates.append(_according(doc, token))
        elif _lemma(token) in _CUES or _lemma(token) in _LABELS:
            candidates.append(_reported(doc, token, partial))
    candidates = _outermost(candidates)
    for quote in candidates:
        if quote is None or _covered(quote, direct) or (quote.start, quote.end) in found:
            continue
        found[(quote.start, quote.end)] = quote
    return sorted(found.values(), key=lambda q: q.start)


def _reported(doc: Doc, cue: Token, partial: list[tuple[int, int]]) -> QuoteCandidate | None:
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in cue.children)
    if infinitive and cue.head.lemma_.lower() not in RAISING_VERBS:
        return None  # "asked him to say ...", "declined to say": nothing was said
    bare = not any(c.dep_ in {"aux", "auxpass"} for c in cue.children)
    if cue.tag_ == "VBN" and bare and cue.dep_ in {"acl", "amod", "advcl"}:
        return None  # "formally known as ...", "the so-called ..."
    speaker = speaker_of(cue)
    if speaker is None:
        speaker = adjacent_mention(cue)  # a subject the parse lost: "... Post Trump said that"
        if speaker is None or speaker.end > cue.i:
            return None
    clause = _clause(cue, speaker) or _characterised(cue, partial)
    if clause is None:
        return None
    inside = clause.start < speaker.start and cue.i < clause.end - 1
    if not inside and (
        speaker.start <= clause.start < speaker.end or clause.start <= speaker.start < clause.end
    ):
        return None
    if _relayed(cue, speaker) or (looks_like_outlet(speaker.text) and _has_own_speaker(clause)):
        return None  # the outlet relays somebody else's words
    words = cue_tokens(cue)
    return QuoteCandidate(
        clause.text,
        clause.start_char,
        clause.end_char,
        "indirect",
        cue_text(doc, words),
        (speaker.start_char, speaker.end_char),
    )


def _characterised(cue: Token, partial: list[tuple[int, int]]) -> Span | None:
    """What follows a cue that takes no clause: 'called them "deplorables"', 'called for a ban'.

    Speech verbs take it when it is an object or a partial quote, label and
    attitude verbs always; circumstances ("said on Monday", "in a statement")
    are never what is attributed.
    """
    if cue.right_edge.i <= cue.i:
        return None
    parts = []
    for child in cue.rights:
        if child.dep_ not in _COMPLEMENT_DEPS or _circumstance(child):
            break
        parts.append(child)
    if not parts:
        return None
    start, end = parts[0].left_edge.i, _tail_cut(parts[-1])
    if parts[0].dep_ == "prep" and parts[0].i == start and start + 1 < end:
        start += 1  # "called for a ban": the ban is what is attributed
    if start < cue.i + 1:
        return None
    if _lemma(cue) not in _LABELS and not any(c.dep_ in _OBJECT_DEPS for c in parts):
        span = cue.doc[start:end]
        index = bisect_right(partial, (span.start_char, -1))
        if index >= len(partial) or partial[index][1] > span.end_char:
            return None  # a speech verb without a clause: only around a partial quote
    return _trim(cue.doc, start, end, cue.i, 1)


def _lemma(token: Token) -> str:
    """The lemma of a cue word, with the lemmatizer's known slips corrected."""
    return LEMMA_FIXES.get(token.lower_) or token.lemma_.lower()


def _circumstance(token: Token) -> bool:
    """A prepositional phrase of time, place or medium: "on Monday", "in a statement"."""
    if token.dep_ != "prep":
        return False
    if token.lower_ not in CONTENT_PREPOSITIONS:
        return True
    objects = [c for c in token.children if c.dep_ == "pobj"]
    return any(
        o.ent_type_ in _NOT_CONTENT_ENTS or o.lemma_.lower() in SPEECH_NOUNS for o in objects
    )


def _clause(cue: Token, speaker: Span) -> Span | None:
    """The reported clause of ``cue``: its clausal complement, or the clause it follows."""
    doc = cue.doc
    clauses = [c for c in cue.children if c.dep_ in CLAUSE_DEPS and _is_clause(c)]
    clauses.sort(key=lambda c: c.i < cue.i)  # a clause after the cue first
    for child in clauses:
        if child.i < cue.i and _across_paragraphs(child, cue):
            continue  # a sentence split that ran over a paragraph break
        if child.i < cue.i and child.right_edge.i < speaker.start:
            # "A, but B, the source added": the whole sentence before the speaker
            return _trim(
                doc, max(sentence_start(cue), child.left_edge.i - 40), speaker.start, cue.i
            )
        end = max(_tail_cut(child), _extent(cue, child))
        relay = _postposed_subject(child)
        if relay is not None and child.i > cue.i:
            end = relay.left_edge.i  # "... that A, the Tribune reported": cut the relay off
        return _trim(doc, child.left_edge.i, end, cue.i)
    head = cue.head
    left = cue.left_edge.i
    after_comma = doc[left].text in _ASIDE_MARKS or (
        left > 0 and doc[left - 1].text in _ASIDE_MARKS
    )
    aside = after_comma and _closes_aside(cue)
    if cue.dep_ in {"ccomp", "parataxis"} and aside and _is_clause(head) and head.i != cue.i:
        # "Climate change, Mr. Obama says, is the greatest threat": the clause around the cue
        start = max(head.left_edge.i, sentence_start(cue))
        return _trim(doc, start, min(head.right_edge.i + 1, cue.i + SENTENCE_REACH), cue.i)
    if cue.dep_ in {"ccomp", "parataxis"} and head.i < cue.i and after_comma and _is_clause(head):
        end = cue.left_edge.i
        if cue.right_edge.i + 2 < head.right_edge.i:
            return None  # the cue sits in the middle of the sentence, not after the clause
        start = max(min(head.left_edge.i, sentence_start(cue)), cue.i - SENTENCE_REACH)
        return _trim(doc, start, min(end, speaker.start), cue.i)
    return None


def _across_paragraphs(a: Token, b: Token) -> bool:
    low, high = sorted((a.i, b.i))
    return any("\n" in t.text for t in a.doc[low:high])


def _closes_aside(cue: Token) -> bool:
    """Whether the cue's phrase ends in a comma with the sentence going on after it."""
    doc = cue.doc
    last = cue.right_edge.i
    if doc[last].text not in _ASIDE_MARKS:
        last += 1
    return last + 1 < len(doc) and doc[last].text in _ASIDE_MARKS and doc[last + 1].is_alpha


_STOP_DEPS = frozenset({"cc", "conj", "nsubj", "nsubjpass", "parataxis"})


def _extent(cue: Token, first: Token) -> int:
    """End of what ``cue`` reports from its complement ``first`` on: later objects and
    complements count ("told reporters that A about B"), not a new clause, an aside after a
    comma, or the circumstances ("on Twitter", "in an interview")."""
    end = first.right_edge.i + 1
    for child in cue.rights:
        if child.i <= first.i:
            continue
        if child.dep_ in _STOP_DEPS or child.text in _ASIDE_MARKS or _circumstance(child):
            break
        if child.dep_ == "punct":
            continue
        end = child.right_edge.i + 1
    return end


def _tail_cut(head: Token) -> int:
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
            return any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in conj.children)
    return False


def _postposed_subject(token: Token) -> Token | None:
    """The subject of a cue verb standing after its own clause ("A, X reported")."""
    if token.lemma_.lower() not in _CUES:
        return None
    for child in token.children:
        if child.dep_ in {"nsubj", "nsubjpass"} and child.left_edge.i > token.left_edge.i + 2:
            return child
    return None


def _relayed(cue: Token, speaker: Span) -> bool:
    """An outlet cue in a sentence where somebody else speaks: the outlet only relays."""
    if not looks_like_outlet(speaker.text):
        return False
    for token in cue.doc[sentence_start(cue) : sentence_end(cue)]:
        if token.i == cue.i or token.lemma_.lower() not in SPEECH_VERBS:
            continue
        other = speaker_of(token)
        if other is not None and not looks_like_outlet(other.text):
            return True
    return False


def _is_clause(token: Token) -> bool:
    return token.pos_ in {"VERB", "AUX"} or any(
        c.dep_ in {"nsubj", "nsubjpass"} for c in token.children
    )


def _according(doc: Doc, token: Token) -> QuoteCandidate | None:
    if token.i + 1 >= len(doc) or doc[token.i + 1].lower_ != "to":
        return None
    objects = [t for t in doc[token.i + 1].children if t.dep_ == "pobj"]
    if not objects:
        return None
    first, last = sentence_start(token), sentence_end(token)
    phrase_start, phrase_end = token.left_edge.i, token.right_edge.i + 1
    while last > phrase_end and doc[last - 1].pos_ in _EDGE_POS:
        last -= 1
    if last <= phrase_end:  # "A, but B, according to X.": the whole sentence before it
        for index in range(phrase_start - 1, first, -1):
            if doc[index].text in {":", ";"}:
                first = index + 1  # "... firms: London was ..."
                break
        clause = _trim(doc, first, phrase_start, token.i)
    elif phrase_start - first <= 1:  # "According to X, A."
        clause = _trim(doc, phrase_end, last, token.i)
    else:  # "A, according to X, B.": the sentence around it
        clause = _trim(doc, first, last, token.i)
    if clause is None:
        return None
    speaker = objects[0]
    left = speaker.left_edge.i
    right = speaker.i + 1
    mention = doc[left:right]
    return QuoteCandidate(
        clause.text,
        clause.start_char,
        clause.end_char,
        "indirect",
        "according to",
        (mention.start_char, mention.end_char),
    )


def _trim(doc: Doc, start: int, end: int, anchor: int, shortest: int = MIN_CLAUSE_TOKENS) -> Span | None:
    """The tokens ``start:end`` without edge punctuation, kept in the paragraph of ``anchor``."""
    for index in range(start, end):
        if "\n" in doc[index].text:
            if index < anchor:
                start = index + 1
            else:
                end = index
                break
    while start < end and (doc[start].pos_ in _EDGE_POS or doc[start].lower_ == "that"):
        if doc[start].lower_ == "that" and doc[start].dep_ != "mark":
            break
        start += 1
    while end > start and doc[end - 1].pos_ in _EDGE_POS:
        end -= 1
    if end - start < shortest:
        return None
    return doc[start:end]


def _outermost(quotes: list[QuoteCandidate | None]) -> list[QuoteCandidate | None]:
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


def _colon_lines(doc: Doc) -> list[QuoteCandidate]:
    """Transcript and headline lines: 'PENCE: Well, ...', 'Pollster: Voters abandon ...'."""
    found = []
    text = doc.text
    for lo, hi in paragraph_spans(text):
        colon = text.find(":", lo, min(hi, lo + _MAX_LABEL_CHARS))
        if colon < 0:
            continue
        label = text[lo:colon].strip()
        words = label.split()
        rest_start = colon + 1
        while rest_start < hi and text[rest_start].isspace():
            rest_start += 1
        rest = text[rest_start:hi].rstrip()
        if not (1 <= len(words) <= 4) or len(rest.split()) < 3 or rest[:1] in QUOTE_CHARS:
            continue
        if not all(w[:1].isupper() for w in words) or label.lower() in NOT_SPEAKER_LABELS:
            continue
        named = doc.char_span(lo, colon, alignment_mode="expand")
        people = named is not None and any(t.ent_type_ in {"PERSON", "ORG", "NORP"} for t in named)
        if not (label.isupper() or people):
            continue  # a headline before a colon, not a speaker
        if any(c.isdigit() for c in label):
            continue  # times and dates: "12:25 p.m."
        start = lo + text[lo:colon].index(words[0])
        found.append(
            QuoteCandidate(
                rest,
                rest_start,
                rest_start + len(rest),
                "indirect",
                ":",
                (start, start + len(label)),
            )
        )
    return found


def _has_own_speaker(clause: Span) -> bool:
    """Whether a clause holds its own attribution ("X said ...") inside."""
    for token in clause[:SENTENCE_REACH]:
        if token.lemma_.lower() in SPEECH_VERBS and speaker_of(token) is not None:
            return True
        if token.lower_ == "according":
            return True
    return False


def _covered(quote: QuoteCandidate, direct: list[tuple[int, int]]) -> bool:
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
