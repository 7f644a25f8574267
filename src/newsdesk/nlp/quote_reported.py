"""Reported speech: "X said (that) ...", "..., X said", "according to X, ..." as indirect quotes.

The content is what the cue governs in spaCy's dependency parse:

- the clausal complement of a speech or thought verb that has a subject
  ("Pompeo said last week that ..."), also when the cue follows the clause
  ("..., a spokesman said") or interrupts it ("Climate change, he says, is");
- the object of a speech verb or of a label or attitude verb ("called them
  "deplorables"", "called for a ban", "urged Congress to act", "voted for
  Sanders");
- the subject of a passive attitude with an agent ("the plan was backed by
  most voters": the voters are the source);
- for "according to X", the sentence around the phrase;
- for a transcript or headline line "PENCE: ...", the rest of the line
  (``quote_lines``).

A clause that is mostly a direct quotation is left to the direct quote; an
outlet that merely relays somebody else's words (``X said ..., the Tribune
reported``) is a cited source, not a speaker; an attitude nested in reported
speech ("X said the campaign planned to ...") is part of that speech.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from newsdesk.nlp.cues import (
    ATTITUDE_VERBS,
    CLAUSE_DEPS,
    CLAUSE_VERBS,
    CONTENT_PREPOSITIONS,
    LABEL_VERBS,
    LEMMA_FIXES,
    NOT_REPORTING,
    SPEECH_NOUNS,
    SPEECH_VERBS,
    THOUGHT_OBJECT_VERBS,
    THOUGHT_VERBS,
)
from newsdesk.nlp.outlets import looks_like_outlet
from newsdesk.nlp.quote_according import according, has_own_speaker
from newsdesk.nlp.quote_actions import acted_on, heard, hearer, without_hearer
from newsdesk.nlp.quote_candidate import QuoteCandidate
from newsdesk.nlp.quote_extent import (
    appended,
    attributes,
    before_setting,
    carried_on,
    covered,
    inside,
    outermost,
    past_paragraph,
    past_participle,
    run_back,
    run_on,
    second_clause,
    tail_cut,
    trim,
)
from newsdesk.nlp.quote_lines import colon_lines
from newsdesk.nlp.quote_speakers import (
    SENTENCE_REACH,
    adjacent_mention,
    agent_of,
    cue_text,
    cue_tokens,
    sentence_start,
    speaker_of,
)
from newsdesk.nlp.relay import before_relay, relays

_CUES = (SPEECH_VERBS | THOUGHT_VERBS | CLAUSE_VERBS) - NOT_REPORTING
_LABELS = (LABEL_VERBS | ATTITUDE_VERBS) - _CUES - NOT_REPORTING
_CUES_OF_OBJECTS = LABEL_VERBS | ATTITUDE_VERBS | SPEECH_VERBS | CLAUSE_VERBS
#: Verbs of thought that report a clause only ("X believes that ..."), never an object.
_THOUGHT_ONLY = THOUGHT_VERBS - THOUGHT_OBJECT_VERBS - _CUES_OF_OBJECTS
#: Dependents of a label or attitude verb that make up what is attributed:
#: "called them "deplorables"", "urged Congress to act", "called for a ban".
_COMPLEMENT_DEPS = frozenset({"dobj", "xcomp", "ccomp", "oprd", "attr", "prep", "dative", "pcomp"})
#: Complements that make a speech verb's object what is attributed: "noted the risk",
#: "warned against hackers", "called for a ban".
_OBJECT_DEPS = frozenset({"dobj", "xcomp", "prep"})
#: Entity types of circumstances rather than contents.
_NOT_CONTENT_ENTS = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC", "CARDINAL"})
#: Dependencies of a cue that follows the clause it reports: "A, X said" (the parse may
#: coordinate the cue with the clause's verb).
_AFTER_DEPS = frozenset({"ccomp", "parataxis", "conj"})
#: Marks around a parenthetical attribution: ", he said,".
_ASIDE_MARKS = frozenset({",", "—", "–"})
#: Marks after which a quotation stands apart from the narration before it: "... once — "A"".
_BREAKS = frozenset({"—", "–", "--", ":"})
#: Dependents before a cue that are not part of its own phrase ("he often said"): a clause
#: the parse hung from it ("If A, he warned, B") and marks.
_NOT_OWN_PHRASE = frozenset({"advcl", "ccomp", "csubj", "parataxis", "punct"})
#: Longest noun phrase (tokens) taken as the speaker of "a statement saying ...".
_MAX_NAME = 8


def find_reported(
    doc: Doc,
    direct: list[tuple[int, int]],
    partial: list[tuple[int, int]],
    more: Sequence[QuoteCandidate] = (),
    loose: Sequence[tuple[int, int]] = (),
    quoted: Sequence[tuple[int, int]] = (),
) -> list[QuoteCandidate]:
    """Indirect quotes of ``doc``; clauses mostly covered by a ``direct`` span are skipped.

    ``partial`` are the partial quotes found: "X called them "Z"" reports
    what follows the cue when it holds one. ``more`` are attributions found
    otherwise (cue nouns), filtered the same way; ``loose`` the direct quotes
    without an attribution of their own, which carry on a clause they follow
    ('X said A. "B."'); ``quoted`` all quoted stretches, through which a clause
    that opens one runs on ('X said A "B. C."').
    """
    found: dict[tuple[int, int], QuoteCandidate] = {}
    candidates: list[QuoteCandidate | None] = [*colon_lines(doc), *more]
    for token in doc:
        if token.pos_ not in {"VERB", "AUX"}:
            continue
        if token.lower_ == "according":
            candidates.append(according(doc, token))
        elif (_lemma(token) in _CUES or _lemma(token) in _LABELS) and not attributes(token, direct):
            candidates.append(_reported(doc, token, partial))
    candidates = outermost(candidates)
    marked = sorted({*direct, *partial, *quoted})
    text = doc.text  # Doc.text joins every token: read it once, not per candidate
    for quote in candidates:
        if quote is not None:
            quote = without_hearer(doc, quote)
        if quote is not None:
            quote = run_back(doc, quote, marked)  # 'X needs to "A. B," Y said': A too
        if quote is None or covered(quote, direct):
            continue
        speaking = quote.speaker_span is not None and inside(quote.speaker_span[0], direct)
        if speaking and not inside(quote.start, direct):
            continue  # a quotation's "we" never speaks the narration around it
        quote = run_on(text, quote, marked)
        quote = carried_on(text, quote, loose)
        known = found.get((quote.start, quote.end))
        if known is None or (known.speaker_span is None and quote.speaker_span is not None):
            found[(quote.start, quote.end)] = quote  # "X says A appears to B": X's, not nobody's
    return sorted(found.values(), key=lambda q: q.start)


def _reported(doc: Doc, cue: Token, partial: list[tuple[int, int]]) -> QuoteCandidate | None:
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in cue.children)
    if infinitive and _lemma(cue.head) in _CUES | _LABELS and cue.dep_ == "xcomp":
        return None  # "asked him to say ...", "declined to say": the outer verb reports
    bare = not any(c.dep_ in {"aux", "auxpass"} for c in cue.children)
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
    clause = _clause(cue, speaker)
    if clause is None and _lemma(cue) not in _THOUGHT_ONLY:
        clause = _characterised(cue, partial)  # "learned more", "knows the way": no thought
    if clause is None or past_paragraph(cue, clause):
        return None
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
    if not bare and heard(_lemma(cue), speaker.root):  # "he was told (by X) that A": X said A
        agent = agent_of(cue)
        mention = (agent.start_char, agent.end_char) if agent is not None else None
    return QuoteCandidate(
        clause.text, clause.start_char, clause.end_char, "indirect", cue_text(doc, words), mention
    )


def _described_thing(cue: Token, speaker: Span) -> bool:
    """The subject of a passive cue with no agent, which the parse reached through a
    relative pronoun ("a remedy that has been described as ..."): what is described,
    never who describes it."""
    passive = any(c.dep_ == "auxpass" for c in cue.children)
    relative = any(c.dep_ == "nsubjpass" and c.tag_ in {"WDT", "WP"} for c in cue.children)
    return passive and relative and agent_of(cue) is None and speaker.end <= cue.i


def _passive(doc: Doc, cue: Token) -> QuoteCandidate | None:
    """'The plan was backed by most voters': the subject is what the agent holds."""
    agent = agent_of(cue)
    subjects = [c for c in cue.children if c.dep_ == "nsubjpass"]
    if not subjects or subjects[0].tag_ in {"WDT", "WP"}:
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
        if child.dep_ not in _COMPLEMENT_DEPS or _circumstance(child):
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
    objects = any(c.dep_ in _OBJECT_DEPS or _for_clause(c) for c in parts)
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
    clauses = [past_participle(c) for c in cue.children if c.dep_ in CLAUSE_DEPS]
    clauses = [c for c in clauses if _is_clause(c)]
    clauses = clauses or _framed(cue)
    clauses.sort(key=lambda c: c.i < cue.i)  # a clause after the cue first
    for child in clauses:
        if child.i < cue.i and _across_paragraphs(child, cue):
            continue  # a sentence split that ran over a paragraph break
        if child.i < cue.i and child.right_edge.i < speaker.start:
            # "A, but B, the source added": the whole sentence before the speaker (and
            # before the cue: "A, said several observers")
            end = min(speaker.start, _first_word(cue))
            start = _after_break(doc, max(sentence_start(cue), child.left_edge.i - 40), end)
            return trim(doc, start, end, cue.i)
        end = appended(doc, child.i, min(_extent(cue, child), second_clause(child)))
        relay = _postposed_subject(child)
        if relay is not None and child.i > cue.i:
            end = relay.left_edge.i  # "... that A, the Tribune reported": cut the relay off
        start = child.left_edge.i
        return trim(doc, start, before_setting(doc, start, before_relay(doc, start, end)), cue.i)
    head = cue.head
    after_comma = _after_mark(doc, cue.left_edge.i)
    # the cue's own phrase ("he often said"), without a clause the parse hung from it
    own = min([cue.i, *(c.left_edge.i for c in cue.lefts if c.dep_ not in _NOT_OWN_PHRASE)])
    aside = (after_comma or _after_mark(doc, own)) and _closes_aside(cue)
    if cue.dep_ in {"ccomp", "parataxis"} and aside and _is_clause(head) and head.i != cue.i:
        # "Climate change, Mr. Obama says, is the greatest threat": the clause around the cue
        start = max(head.left_edge.i, sentence_start(cue))
        return trim(doc, start, min(head.right_edge.i + 1, cue.i + SENTENCE_REACH), cue.i)
    if cue.dep_ in _AFTER_DEPS and head.i < cue.i and after_comma and _is_clause(head):
        # "A, X said": also when the parse coordinated the cue with A ("A, X told a panel")
        end = cue.left_edge.i
        if cue.right_edge.i + 2 < head.right_edge.i:
            return None  # the cue sits in the middle of the sentence, not after the clause
        start = max(min(head.left_edge.i, sentence_start(cue)), cue.i - SENTENCE_REACH)
        return trim(doc, start, min(end, speaker.start), cue.i)
    return None


def _framed(cue: Token) -> list[Token]:
    """The "that" clause the parse hung from the medium of a cue: "said in a statement
    [carried by Xinhua] that A" reports A."""
    for prep in cue.rights:
        if prep.dep_ != "prep":
            continue
        for medium in prep.children:
            if medium.dep_ != "pobj":
                continue
            for child in medium.rights:
                first = child.left_edge
                that = first.dep_ == "mark" and first.lower_ == "that"
                if child.dep_ in {"acl", "ccomp"} and that and _is_clause(child):
                    return [child]
    return []


def _first_word(cue: Token) -> int:
    """Index of the first word of the cue as written: its auxiliaries, else the cue."""
    return min([cue.i, *(c.i for c in cue.lefts if c.dep_ in {"aux", "auxpass", "neg"})])


def _across_paragraphs(a: Token, b: Token) -> bool:
    low, high = sorted((a.i, b.i))
    return any("\n" in t.text for t in a.doc[low:high])


def _after_break(doc: Doc, start: int, end: int) -> int:
    """``start``, or the quotation that closes ``doc[start:end]`` when a dash or colon
    sets it apart from the narration before it: "Yet X amended his testimony once — "I now
    recall," he said" reports the quotation, not the narration."""
    opening = None
    for index in range(end - 1, start, -1):
        if doc[index].is_quote and index + 1 < end and not doc[index + 1].is_punct:
            opening = index
            break
    if opening is None:
        return start
    before = opening - 1
    while before > start and doc[before].is_space:
        before -= 1
    return opening if doc[before].text in _BREAKS else start


def _after_mark(doc: Doc, left: int) -> bool:
    """Whether the phrase starting at ``left`` opens with or follows a comma or dash."""
    return doc[left].text in _ASIDE_MARKS or (left > 0 and doc[left - 1].text in _ASIDE_MARKS)


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


def _postposed_subject(token: Token) -> Token | None:
    """The subject of a cue verb standing after its own clause ("A, X reported")."""
    if token.lemma_.lower() not in _CUES:
        return None
    for child in token.children:
        if child.dep_ in {"nsubj", "nsubjpass"} and child.left_edge.i > token.left_edge.i + 2:
            return child
    return None


def _is_clause(token: Token) -> bool:
    return token.pos_ in {"VERB", "AUX"} or any(
        c.dep_ in {"nsubj", "nsubjpass"} for c in token.children
    )
