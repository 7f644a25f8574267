"""Reported speech: "X said (that) ...", "..., X said", "according to X, ..." as indirect quotes.

The content is what the cue governs in spaCy's dependency parse:

- the clausal complement of a speech or thought verb that has a subject
  ("Pompeo said last week that ..."), also when the cue follows the clause
  ("..., a spokesman said") or interrupts it ("Climate change, he says, is"):
  ``clause``;
- the object of a speech verb or of a label or attitude verb ("called them
  "deplorables"", "called for a ban", "urged Congress to act", "voted for
  Sanders");
- the subject of a passive attitude with an agent ("the plan was backed by
  most voters": the voters are the source);
- for "according to X", the sentence around the phrase;
- for a transcript or headline line "PENCE: ...", the rest of the line
  (``lines``).

A clause that is mostly a direct quotation is left to the direct quote; an
outlet that merely relays somebody else's words (``X said ..., the Tribune
reported``) is a cited source, not a speaker; an attitude nested in reported
speech ("X said the campaign planned to ...") is part of that speech.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from newsdesk.lexicon.cues import (
    ATTITUDE_VERBS,
    CLAUSE_VERBS,
    CUE_NOUNS,
    LABEL_VERBS,
    LEMMA_FIXES,
    LIGHT_VERBS,
    NOT_REPORTING,
    OPINION_VERBS,
    REPORTING_VERBS,
    SPEECH_VERBS,
    THOUGHT_OBJECT_VERBS,
    THOUGHT_VERBS,
)
from newsdesk.lexicon.labels import (
    AUX_DEPS,
    COMPLEMENT_DEPS,
    FINITE_TAGS,
    RELATIVE_TAGS,
    SPEECH_OBJECT_DEPS,
    VERB_POS,
)
from newsdesk.lexicon.outlets import looks_like_outlet
from newsdesk.lexicon.pronouns import SPEECH_PARTICIPANTS
from newsdesk.nlp.cited.relay import relays
from newsdesk.nlp.parse import has_child_with
from newsdesk.nlp.quotes.according import according
from newsdesk.nlp.quotes.actions import acted_on, heard, hearer, without_hearer
from newsdesk.nlp.quotes.candidate import QuoteCandidate, QuotedSpans
from newsdesk.nlp.quotes.clause import bare_phrase, circumstance, reported_clause
from newsdesk.nlp.quotes.extent import (
    attributes,
    before_setting,
    carried_on,
    covered,
    inside,
    outermost,
    past_paragraph,
    run_back,
    run_on,
    tail_cut,
    trim,
)
from newsdesk.nlp.quotes.lines import colon_lines
from newsdesk.nlp.quotes.speaker import (
    adjacent_mention,
    agent_of,
    cue_text,
    cue_tokens,
    has_own_speaker,
    speaker_of,
)

_LABELS = (LABEL_VERBS | ATTITUDE_VERBS) - REPORTING_VERBS - NOT_REPORTING
_ANY_CUE = REPORTING_VERBS | _LABELS
_CUES_OF_OBJECTS = LABEL_VERBS | ATTITUDE_VERBS | SPEECH_VERBS | CLAUSE_VERBS
#: Verbs of thought that report a clause only ("X believes that ..."), never an object.
_THOUGHT_ONLY = THOUGHT_VERBS - THOUGHT_OBJECT_VERBS - _CUES_OF_OBJECTS
#: Longest noun phrase (tokens) taken as the speaker of "a statement saying ...".
_MAX_NAME = 8
#: Verbs of thought that are no verbs of saying ("expects", "knows", "decided").
_THOUGHT = THOUGHT_VERBS - SPEECH_VERBS - CLAUSE_VERBS


def find_reported(
    doc: Doc, *, spans: QuotedSpans, nominal: Sequence[QuoteCandidate] = ()
) -> list[QuoteCandidate]:
    """Indirect quotes of ``doc``; clauses mostly covered by a direct quote are skipped.

    ``spans`` are the quotes the marks gave: "X called them "Z"" reports what
    follows the cue when it holds a partial quote. ``nominal`` are attributions
    found otherwise (cue nouns, ``quotes.nominal``), filtered the same way.
    """
    direct, partial = spans.direct, spans.partial
    found: dict[tuple[int, int], QuoteCandidate] = {}
    candidates: list[QuoteCandidate | None] = [*colon_lines(doc), *nominal]
    for token in doc:
        if token.pos_ not in VERB_POS:
            continue
        if token.lower_ == "according":
            candidates.append(according(doc, token))
        elif _lemma(token) in _ANY_CUE and not attributes(token, direct) and not _voices(token):
            candidates.append(_reported(doc, token, partial))
    candidates = outermost(candidates)
    marked = sorted({*direct, *partial, *spans.marked})
    text = doc.text  # Doc.text joins every token: read it once, not per candidate
    for quote in candidates:
        if quote is not None:
            quote = without_hearer(doc, quote)
        if quote is None or covered(quote, direct):
            continue
        quote = run_back(doc, text, quote, marked)  # 'X needs to "A. B," Y said': A too
        if covered(quote, direct):
            continue
        speaking = quote.speaker_span is not None and inside(quote.speaker_span[0], direct)
        if speaking and not inside(quote.start, direct):
            continue  # a quotation's "we" never speaks the narration around it
        quote = run_on(text, quote, marked)
        quote = carried_on(text, quote, spans.uncued)
        known = found.get((quote.start, quote.end))
        if known is None or (known.speaker_span is None and quote.speaker_span is not None):
            found[(quote.start, quote.end)] = quote  # "X says A appears to B": X's, not nobody's
    return _outside_others(sorted(found.values(), key=lambda q: (q.start, -q.end)))


def _voices(verb: Token) -> bool:
    """A light verb whose object is a cue noun ("voiced support for X", "repeated its
    opposition to Y"): the noun reports what is held (``nominal``), the verb only
    who holds it."""
    if _lemma(verb) not in LIGHT_VERBS:
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in CUE_NOUNS for c in verb.children)


def _outside_others(quotes: list[QuoteCandidate]) -> list[QuoteCandidate]:
    """``quotes`` (sorted by start, the longest first) without those that lie inside a longer
    one: in "X said the council, which Y described as "broken", would resign" what Y
    described is part of what X said. On the PolNeAR train split a reported clause inside
    another matched an attribution of its own 1 time in 4."""
    kept: list[QuoteCandidate] = []
    reach = -1  # the furthest end of the quotes before
    for quote in quotes:
        if quote.end <= reach:
            continue
        kept.append(quote)
        reach = quote.end
    return kept


def _reported(doc: Doc, cue: Token, partial: list[tuple[int, int]]) -> QuoteCandidate | None:
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in cue.children)
    if infinitive and _lemma(cue.head) in _ANY_CUE and cue.dep_ == "xcomp":
        return None  # "asked him to say ...", "declined to say": the outer verb reports
    bare = not has_child_with(cue, AUX_DEPS)
    if cue.tag_ == "VBN" and bare and cue.dep_ in {"acl", "amod", "advcl"}:
        return None  # "formally known as ...", "the so-called ..."
    if not bare:
        passive = _passive(doc, cue)
        if passive is not None:
            return passive
    speaker = speaker_of(cue)
    if speaker is None and cue.dep_ == "acl" and cue.tag_ == "VBG" and cue.head.i < cue.i:
        # "a statement saying that ...": the document speaks
        speaker = doc[max(cue.head.left_edge.i, cue.head.i - _MAX_NAME) : cue.head.i + 1]
    if speaker is None:
        speaker = adjacent_mention(cue)  # a subject the parse lost: "... Post Trump said that"
        if speaker is None or speaker.end > cue.i:
            return None
    clause = reported_clause(cue, speaker)
    if _lemma(cue) in OPINION_VERBS and not _held_opinion(clause, speaker):
        return None  # "hopes to win", "feels good", the narration's "I think"
    if clause is None and _lemma(cue) not in _THOUGHT_ONLY:
        clause = _characterised(cue, partial)  # "learned more", "knows the way": no thought
    if clause is None or past_paragraph(cue, clause):
        return None
    if bare_phrase(clause) and (_lemma(cue) in _THOUGHT or clause.root.pos_ == "PRON"):
        return None  # "expects a win", "knew the risks", "praised him": nothing reported
    inside = clause.start < speaker.start and cue.i < clause.end - 1
    if not inside and (
        speaker.start <= clause.start < speaker.end or clause.start <= speaker.start < clause.end
    ):
        return None
    if relays(cue, speaker) or (looks_like_outlet(speaker.text) and has_own_speaker(clause)):
        return None  # the outlet relays somebody else's words
    words = cue_tokens(cue)
    mention: tuple[int, int] | None = (speaker.start_char, speaker.end_char)
    if not bare and speaker.text.lower() == "it":
        mention = None  # "it was reported that ...": nobody is named
    if _described_thing(cue, speaker):
        mention = None  # "medicine that has been described as quackery": by nobody named
    told = any(c.dep_ == "auxpass" for c in cue.children)  # passive: "he was told"
    if told and heard(_lemma(cue), speaker.root):  # "he was told (by X) that A": X said A
        agent = agent_of(cue)
        mention = (agent.start_char, agent.end_char) if agent is not None else None
    return QuoteCandidate(
        clause.text, clause.start_char, clause.end_char, "indirect", cue_text(doc, words), mention
    )


def _held_opinion(clause: Span | None, holder: Span) -> bool:
    """An opinion the page reports: a finite clause ("X thinks (that) A will") held by
    somebody the page names, not the writer or the reader ("I think", "you feel")."""
    if clause is None or not any(t.tag_ in FINITE_TAGS for t in clause):
        return False
    return holder.root.lower_ not in SPEECH_PARTICIPANTS


def _described_thing(cue: Token, speaker: Span) -> bool:
    """The subject of a passive cue with no agent, which the parse reached through a
    relative pronoun ("a remedy that has been described as ..."): what is described,
    never who describes it."""
    passive = any(c.dep_ == "auxpass" for c in cue.children)
    relative = any(c.dep_ == "nsubjpass" and c.tag_ in RELATIVE_TAGS for c in cue.children)
    return passive and relative and agent_of(cue) is None and speaker.end <= cue.i


def _passive(doc: Doc, cue: Token) -> QuoteCandidate | None:
    """'The plan was backed by most voters': the subject is what the agent holds."""
    agent = agent_of(cue)
    subjects = [c for c in cue.children if c.dep_ == "nsubjpass"]
    if not subjects or subjects[0].tag_ in RELATIVE_TAGS:
        return None
    subject = subjects[0]
    if heard(_lemma(cue), subject):
        return None  # "he was told by officials that A": he heard A, officials said it
    if agent is None:
        return _raised(doc, cue, subject)
    content = trim(doc, subject.left_edge.i, subject.right_edge.i + 1, cue.i, 1)
    if content is None:
        return None
    return QuoteCandidate(
        content.text,
        content.start_char,
        content.end_char,
        "indirect",
        cue_text(doc, cue_tokens(cue)),
        (agent.start_char, agent.end_char),
    )


def _raised(doc: Doc, cue: Token, subject: Token) -> QuoteCandidate | None:
    """'Trump is expected to win': whoever expects is not written; the subject and
    the infinitive are what is expected. 'It is believed that A' reports A."""
    if subject.lower_ == "it":
        return None  # left to the clause: "it was reported that ..."
    complements = [c for c in cue.rights if c.dep_ == "xcomp"]
    if not complements:
        return None
    content = trim(doc, subject.left_edge.i, complements[0].right_edge.i + 1, cue.i, 1)
    if content is None:
        return None
    words = cue_tokens(cue)
    return QuoteCandidate(
        content.text, content.start_char, content.end_char, "indirect", cue_text(doc, words)
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
        if _for_clause(child):
            parts.append(child)  # "called for the city to act": a for-to clause
            continue
        if child.dep_ not in COMPLEMENT_DEPS or circumstance(child):
            break
        parts.append(child)
    if not parts:
        return None
    start = parts[0].left_edge.i
    end = before_setting(cue.doc, start, tail_cut(parts[-1]))
    if _misparsed_clause(parts[0]):
        end = max(end, cue.right_edge.i + 1)  # "observed that the date ..., coincided with"
    if parts[0].dep_ == "prep" and parts[0].i == start and start + 1 < end:
        start += 1  # "called for a ban": the ban is what is attributed
    elif _for_clause(parts[0]):
        start += 1  # "called for the city to act": the city acting is
    if start < cue.i + 1 or start >= end:
        return None
    objects = any(c.dep_ in SPEECH_OBJECT_DEPS or _for_clause(c) for c in parts)
    plain = acted_on(_lemma(cue), cue, parts) or hearer(_lemma(cue), parts)
    if plain or (_lemma(cue) not in _LABELS and not objects):
        span = cue.doc[start:end]
        index = bisect_right(partial, (span.start_char, -1))
        if index >= len(partial) or partial[index][0] >= span.end_char:
            return None  # a speech verb without a clause: only around a partial quote
    return trim(cue.doc, start, end, cue.i, 1)


def _misparsed_clause(token: Token) -> bool:
    """An object that opens with "that" or "whether": the parse took a clause's subject for
    the object, and the clause runs on after it."""
    return token.dep_ == "dobj" and any(
        c.dep_ == "mark" and c.lower_ in {"that", "whether", "if"} for c in token.children
    )


def _for_clause(token: Token) -> bool:
    """An infinitive clause opened by "for" with its own subject: "for the city to act"."""
    if token.dep_ != "advcl" or token.left_edge.lower_ != "for":
        return False
    return token.left_edge.dep_ == "mark" and any(c.dep_ == "aux" for c in token.children)


def _lemma(token: Token) -> str:
    """The lemma of a cue word, with the lemmatizer's known slips corrected."""
    return LEMMA_FIXES.get(token.lower_) or token.lemma_.lower()
