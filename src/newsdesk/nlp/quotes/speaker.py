"""From a cue word to its speaker mention and the cue as written, on spaCy's parse.

``cue_of`` spreads a cue token over the words that belong to it ("was
quoted as saying", "said in a statement", "pointed out"); ``speaker_of``
finds the subject of the cue, climbing from a participle to the verb that
carries it ("..., saying ...", "was quoted as saying"), and returns the
noun phrase as written without its appositions and relative clauses.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from newsdesk.lexicon.cues import OBJECT_PRONOUNS, SPEECH_NOUNS, SPEECH_VERBS
from newsdesk.lexicon.given_names import GIVEN_NAMES
from newsdesk.lexicon.labels import (
    CLIMB_DEPS,
    EDGE_POS,
    KEEP_RIGHT_DEPS,
    NAME_OR_PRONOUN_POS,
    NOMINAL_POS,
    NOUN_ATTACHMENT_DEPS,
    NUMERIC_LABELS,
    RELATIVE_TAGS,
    SUBJECT_DEPS,
    SUBJECT_POS,
    TIME_LABELS,
)
from newsdesk.lexicon.punctuation import QUOTE_MARK_TOKENS
from newsdesk.nlp.parse import SENTENCE_REACH, across_lines, per_doc

#: Longest phrase (tokens) kept after a speaker's head noun.
_MAX_NAME = 12
#: Key of the cached person-name words in a doc's user data.
_PERSON_WORDS = "newsdesk.person_words"


def _noun_phrase(head: Token) -> tuple[int, int]:
    """Token range [start, end) of the phrase headed by ``head``, appositions cut off."""
    start = head.left_edge.i
    for child in head.lefts:
        if child.dep_ in NOUN_ATTACHMENT_DEPS or child.text in {",", "—", "("}:
            start = max(start, child.right_edge.i + 1)
    end = head.i + 1
    for child in head.rights:
        if child.dep_ == "appos" and child.i == end and child.pos_ == "PROPN":
            end = child.i + 1  # "the economist Jane Doe": a name right after its title
            continue
        if child.dep_ not in KEEP_RIGHT_DEPS or child.right_edge.i - child.left_edge.i > _MAX_NAME:
            break
        if child.dep_ == "prep" and any(t.ent_type_ in TIME_LABELS for t in child.subtree):
            break  # "President X on Sunday": when, not who
        if any(t.text in {",", "("} for t in child.subtree):
            break
        end = child.right_edge.i + 1
    doc = head.doc
    for index in range(start, head.i):
        if "\n" in doc[index].text:
            start = index + 1  # a phrase never runs over a paragraph break
    while start < end and doc[start].pos_ in EDGE_POS:
        start += 1
    while end > start and doc[end - 1].pos_ in EDGE_POS:
        end -= 1
    if start >= end:
        return head.i, head.i + 1
    return start, end


def subject_of(cue: Token, quoted: Callable[[int], bool] | None = None) -> Token | None:
    """The subject of ``cue``, or of the verb it hangs from ("X ..., saying", "was quoted as").

    ``quoted(char)`` tells whether a character offset lies inside quotation
    marks: words of a quotation are never its speaker.
    """
    if _hearer(cue):
        return None
    token = cue
    for _ in range(4):
        for child in token.children:
            if child.dep_ in SUBJECT_DEPS and not (quoted and quoted(child.idx)):
                if _label(child):
                    continue  # "Kayhan: President X on Monday rejected ...": a credit
                if child.tag_ in RELATIVE_TAGS and token.dep_ == "relcl":
                    return token.head  # "Smith, who said ..."
                return child
        if token.dep_ == "relcl" and token.head.pos_ in NOMINAL_POS:
            return token.head
        if token.dep_ not in CLIMB_DEPS or token.head is token:
            return None
        if _added(token):
            token = token.head  # "X said A and added B": A's verb is not the speaker's
        participle = token.tag_ == "VBG" and token.dep_ == "advcl"
        token = token.head
        if participle and _reported_clause(token):
            token = token.head  # "X said A would B, saying C": X says C, not A
    return None


def _reported_clause(verb: Token) -> bool:
    """A verb heading what a speech verb reports in the writer's words: "said [the
    company would cut jobs]" (not a quotation: '"...," Smith said' is another turn)."""
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in SPEECH_VERBS:
        return False
    lo, hi = sorted((verb.i, verb.head.i))
    return not any(t.text in QUOTE_MARK_TOKENS for t in verb.doc[lo:hi])


def _label(subject: Token) -> bool:
    """A subject before a colon, with another subject of the same verb after it: the
    parse of a credit or dateline ("Kayhan: President X said ...")."""
    doc = subject.doc
    after = subject.right_edge.i if doc[subject.right_edge.i].text == ":" else subject.i + 1
    if after >= len(doc) or doc[after].text != ":":
        return False
    return any(
        c.dep_ in SUBJECT_DEPS and c.i > after for c in subject.head.children if c is not subject
    )


def _hearer(cue: Token) -> bool:
    """A passive cue whose subject the parse shares with another verb ("X was put on alert
    and has been told to ..."): that subject was told, asked or urged; it did not speak."""
    deps = {c.dep_ for c in cue.children}
    return "auxpass" in deps and not deps & {"nsubjpass", "expl", "agent"}


def _added(token: Token) -> bool:
    """A speech verb the parse coordinated into the clause of another one."""
    head = token.head
    return (
        token.dep_ == "conj"
        and token.lemma_.lower() in SPEECH_VERBS
        and head.dep_ == "ccomp"
        and head.head.lemma_.lower() in SPEECH_VERBS
    )


def speaker_of(cue: Token, quoted: Callable[[int], bool] | None = None) -> Span | None:
    """The speaker mention of ``cue`` as a span of its doc, or None when none is written."""
    relayed = quoted_as(cue)
    if relayed is not None:
        return relayed
    subject = subject_of(cue, quoted)
    if subject is None:
        return None
    if across_lines(subject, cue):
        # a heading parsed as the subject: take its apposition in the cue's paragraph
        inside = [t for t in subject.subtree if t.dep_ == "appos" and not across_lines(t, cue)]
        if not inside:
            return None
        subject = inside[0]
    if subject.pos_ not in SUBJECT_POS and subject.dep_ != "nsubjpass":
        return None
    subject = named_apposition(subject) or subject
    start, end = _noun_phrase(subject)
    return subject.doc[start:end]


def named_apposition(head: Token) -> Token | None:
    """The person a description names in apposition: "A spokeswoman for the operator,
    Jane Doe, said" -> Doe (the head of "Jane Doe"). The description says what the person
    is; the name says who speaks."""
    if head.pos_ != "NOUN":
        return None
    for child in head.rights:
        if child.dep_ != "appos" or child.pos_ != "PROPN":
            continue
        before = child.left_edge.i - 1
        if before <= head.i or head.doc[before].text != ",":
            continue  # "the economist Jane Doe" is kept whole by _noun_phrase
        if _person_name(head.doc[child.left_edge.i : child.i + 1]):
            return child
    return None


def _person_name(words: Span) -> bool:
    """A person's name: typed a person by the tagger, or opening with a given name."""
    return any(t.ent_type_ == "PERSON" for t in words) or words[0].lower_ in GIVEN_NAMES


def quoted_as(cue: Token) -> Span | None:
    """'The ministry's website quoted him as saying ...': the one quoted speaks, not the
    website. Read off the words, as the parse of this turn is often broken."""
    doc = cue.doc
    if cue.lemma_.lower() == "quote" and cue.lower_ != "quote":
        for index in range(cue.i + 2, min(len(doc) - 1, cue.i + _MAX_NAME)):
            if doc[index].lower_ == "as" and doc[index + 1].lemma_.lower() in SPEECH_VERBS:
                return quoted_as(doc[index + 1])  # the cue as written: "quoted X as saying"
    if cue.i < 3 or doc[cue.i - 1].lower_ != "as" or cue.lemma_.lower() not in SPEECH_VERBS:
        return None
    for index in range(cue.i - 2, max(0, cue.i - _MAX_NAME) - 1, -1):
        token = doc[index]
        if token.lemma_.lower() == "quote" and token.lower_ != "quote":
            start, end = index + 1, cue.i - 1
            while start < end and doc[start].pos_ in EDGE_POS:
                start += 1
            words = doc[start:end]
            if words and all(t.pos_ in SUBJECT_POS or t.is_punct for t in words):
                return words
            return None
        if token.is_punct and token.text not in {".", "'s"}:
            return None
    return None


def agent_of(cue: Token) -> Span | None:
    """The agent of a passive cue: "..., was quoted as saying by his website" -> his website."""
    for child in cue.children:
        if child.dep_ == "agent":
            for grand in child.children:
                if grand.dep_ == "pobj":
                    start, end = _noun_phrase(grand)
                    return cue.doc[start:end]
    return None


def cue_tokens(cue: Token) -> list[Token]:
    """The words of the cue: auxiliaries, particles, "as saying", "in a statement"."""
    words = [cue]
    for child in cue.children:
        if child.dep_ in {"aux", "auxpass", "neg", "prt"} and abs(child.i - cue.i) <= 3:
            words.append(child)
        elif child.dep_ == "prep" and child.i == cue.i + 1 and child.lower_ in {"in", "on"}:
            objects = [t for t in child.children if t.dep_ == "pobj"]
            if objects and objects[0].lemma_.lower() in SPEECH_NOUNS:
                words.extend(t for t in child.subtree if t.i <= objects[0].i)
    if cue.lemma_ == "say" and cue.head.lemma_ == "quote" and cue.head.i < cue.i:
        words.extend(cue_tokens(cue.head))
        words.extend(t for t in cue.doc[cue.head.i + 1 : cue.i] if t.lower_ == "as")
    if cue.lemma_ == "quote":  # "was quoted as saying"
        for child in cue.children:
            if child.lower_ == "as":
                words.append(child)
                words.extend(t for t in child.children if t.lemma_ == "say")
    return sorted({t.i: t for t in words}.values(), key=lambda t: t.i)


def cue_text(doc: Doc, words: list[Token]) -> str:
    """The cue as written: one slice of the text when its words are adjacent, else joined."""
    if not words:
        return ""
    if words[-1].i - words[0].i + 1 == len(words):
        return doc[words[0].i : words[-1].i + 1].text
    return " ".join(t.text for t in words)


def speaker_span_of(token: Token) -> Span:
    """The noun phrase around ``token`` as a span (compounds and titles before it kept)."""
    start = token.i
    while start > 0 and token.doc[start - 1].dep_ in {"compound", "amod", "det", "poss", "nmod"}:
        start -= 1
    while start < token.i and token.doc[start].is_punct:
        start += 1
    return token.doc[start : token.i + 1]


def misread_name(token: Token) -> bool:
    """A person's family name the tagger took for an adverb or an adjective ("Reinhardt
    told", tagged ADV): capitalised, and part of a person's name elsewhere on the page."""
    if token.pos_ not in {"ADV", "ADJ"} or not token.is_title or not token.is_alpha:
        return False
    return token.text in per_doc(token.doc, _PERSON_WORDS, _person_words)


def _person_words(doc: Doc) -> frozenset[str]:
    """The words of the page's person names."""
    return frozenset(w for e in doc.ents if e.label_ == "PERSON" for w in e.text.split())


def _namelike(token: Token) -> bool:
    return token.pos_ in NAME_OR_PRONOUN_POS and token.ent_type_ not in NUMERIC_LABELS


def adjacent_mention(cue: Token) -> Span | None:
    """The name or pronoun next to the cue: 'Smith said', 'said the economist Jane Doe'."""
    doc = cue.doc
    index = cue.i - 1
    while (
        index >= 0
        and not misread_name(doc[index])
        and (doc[index].dep_ in {"aux", "auxpass", "advmod", "neg"} or doc[index].text == ")")
    ):
        if doc[index].text == ")":  # "Rep. Jane Doe (D-Md.) said"
            opening = doc[max(0, index - 8) : index].text.rfind("(")
            if opening < 0:
                break
            while index >= 0 and doc[index].text != "(":
                index -= 1
        index -= 1
    if index >= 0 and misread_name(doc[index]):
        return doc[index : index + 1]  # '"...," Reinhardt told', the name tagged an adverb
    if index >= 0 and _namelike(doc[index]) and doc[index].lower_ not in OBJECT_PRONOUNS:
        return speaker_span_of(doc[index])
    index = cue.i + 1
    while index < len(doc) and index <= cue.i + 4:
        token = doc[index]
        if token.lower_ in OBJECT_PRONOUNS or token.ent_type_ in NUMERIC_LABELS:
            break
        if token.pos_ in NOMINAL_POS:
            while index + 1 < len(doc) and doc[index + 1].pos_ == "PROPN":
                index += 1
            head = doc[index]
            return (
                doc[cue.i + 1 : head.i + 1]
                if doc[cue.i + 1].pos_ == "DET"
                else speaker_span_of(head)
            )
        if token.pos_ not in {"DET", "ADJ"} and token.dep_ not in {"amod", "compound"}:
            break
        index += 1
    return None


def speech_verb(token: Token) -> bool:
    """A verb of speech, not a noun of the same word ("in order to")."""
    return token.pos_ == "VERB" and token.lemma_.lower() in SPEECH_VERBS


def has_own_speaker(clause: Span) -> bool:
    """Whether a clause holds its own attribution ("X said ...") inside."""
    for token in clause[:SENTENCE_REACH]:
        if speech_verb(token) and speaker_of(token) is not None:
            return True
        if token.lower_ == "according":
            return True
    return False
