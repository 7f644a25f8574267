"""Where a reported clause lies: "X said (that) A", "A, X said", "A, X said, B".

Helpers of ``reported`` on spaCy's parse. ``reported_clause`` gives the
clause a speech or thought verb reports: its clausal complement (up to the
circumstances, a trailing setting or an outlet relaying it), the "that" clause
the parse hung from the cue's medium, the sentence before a postposed cue
("A, the minister said"), or the sentence around a cue set in it ("A, he said,
B"). ``circumstance`` tells a phrase of time, place or medium from a content.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsdesk.lexicon.cues import CONTENT_PREPOSITIONS, REPORTING_VERBS, SPEECH_NOUNS
from newsdesk.lexicon.labels import (
    CIRCUMSTANCE_LABELS,
    CLAUSE_DEPS,
    CONTENT_CLAUSE_DEPS,
    FINITE_TAGS,
    SUBJECT_DEPS,
    VERB_POS,
)
from newsdesk.nlp.cited.relay import before_relay
from newsdesk.nlp.parse import SENTENCE_REACH, across_lines, has_subject, sentence_start
from newsdesk.nlp.quotes.extent import (
    appended,
    before_setting,
    past_participle,
    second_clause,
    trim,
)

#: Dependencies of a cue that follows the clause it reports: "A, X said" (the parse may
#: coordinate the cue with the clause's verb).
_AFTER_DEPS = frozenset({"ccomp", "parataxis", "conj"})
#: Marks around a parenthetical attribution: ", he said,".
_ASIDE_MARKS = frozenset({",", "—", "–"})
#: Marks after which a quotation stands apart from the narration before it: "... once — "A"".
_BREAKS = frozenset({"—", "–", "--", ":"})
#: Most words of a content that is a bare phrase unless it has a finite verb or quoted
#: words: "Clinton", "the new plan", "higher taxes".
BARE_PHRASE_WORDS = 3
#: Dependents before a cue that are not part of its own phrase ("he often said"): a clause
#: the parse hung from it ("If A, he warned, B") and marks.
_NOT_OWN_PHRASE = frozenset({"advcl", "ccomp", "csubj", "parataxis", "punct"})


def bare_phrase(content: Span) -> bool:
    """Three words or fewer with neither a finite verb nor quoted words ("Clinton", "the
    plan"): what a cue noun or a verb of thought takes so is seldom anybody's words (on
    PolNeAR train 4 in 10 matched an attribution; "said prices would fall", 'called it
    "a disgrace"' are clauses or words)."""
    words = [t for t in content if not t.is_punct]
    if len(words) > BARE_PHRASE_WORDS:
        return False
    return not any(t.tag_ in FINITE_TAGS or t.is_quote for t in content)


def circumstance(token: Token) -> bool:
    """A prepositional phrase of time, place or medium: "on Monday", "in a statement"."""
    if token.dep_ != "prep":
        return False
    if token.lower_ not in CONTENT_PREPOSITIONS:
        return True
    objects = [c for c in token.children if c.dep_ == "pobj"]
    return any(
        o.ent_type_ in CIRCUMSTANCE_LABELS or o.lemma_.lower() in SPEECH_NOUNS for o in objects
    )


def reported_clause(cue: Token, speaker: Span) -> Span | None:
    """The reported clause of ``cue``: its clausal complement, or the clause it follows."""
    doc = cue.doc
    clauses = [past_participle(c) for c in cue.children if c.dep_ in CLAUSE_DEPS]
    clauses = [c for c in clauses if _is_clause(c)]
    clauses = clauses or _framed(cue)
    clauses.sort(key=lambda c: c.i < cue.i)  # a clause after the cue first
    for child in clauses:
        if child.i < cue.i and across_lines(child, cue):
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
                if child.dep_ in CONTENT_CLAUSE_DEPS and that and _is_clause(child):
                    return [child]
    return []


def _first_word(cue: Token) -> int:
    """Index of the first word of the cue as written: its auxiliaries, else the cue."""
    return min([cue.i, *(c.i for c in cue.lefts if c.dep_ in {"aux", "auxpass", "neg"})])


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
        if child.dep_ in _STOP_DEPS or child.text in _ASIDE_MARKS or circumstance(child):
            break
        if child.dep_ == "punct":
            continue
        end = child.right_edge.i + 1
    return end


def _postposed_subject(token: Token) -> Token | None:
    """The subject of a cue verb standing after its own clause ("A, X reported")."""
    if token.lemma_.lower() not in REPORTING_VERBS:
        return None
    for child in token.children:
        if child.dep_ in SUBJECT_DEPS and child.left_edge.i > token.left_edge.i + 2:
            return child
    return None


def _is_clause(token: Token) -> bool:
    return token.pos_ in VERB_POS or has_subject(token)


__all__ = ["circumstance", "reported_clause"]
