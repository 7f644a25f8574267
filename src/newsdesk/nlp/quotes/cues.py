"""Which words cue a direct or partial quotation, and which speech verb reports it.

Helpers of ``direct``: ``is_cue`` (a speech verb, also one the tagger
took for a plural noun: "The Department notes, "...""), ``participle`` (a
participle after a quote says how, not who: '"...", highlighting the risk'),
``reporting_verb`` (the speech verb over a thought or label verb: in 'X said
the rebels wanted to "divide the nation"' the words are X's) and
``lost_subject`` (a subject the parse lost right before the cue).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsdesk.lexicon.cues import SPEECH_FORMS, SPEECH_VERBS
from newsdesk.lexicon.labels import VERB_POS
from newsdesk.nlp.parse import has_subject
from newsdesk.nlp.quotes.speaker import adjacent_mention


def verb_tagged_noun(token: Token) -> bool:
    """A speech verb the tagger took for a plural noun but the parse gave a subject: "The
    Department of Agriculture notes, "..."" ("notes" a NOUN, the sentence's root)."""
    return (
        token.pos_ == "NOUN"
        and token.lower_ in SPEECH_FORMS
        and any(c.dep_ == "nsubj" for c in token.children)
    )


def participle(token: Token) -> bool:
    """A participle without a subject of its own, hung from the clause before it
    ("X notes, "...", highlighting the risk"): it says how, not who."""
    return token.tag_ == "VBG" and not has_subject(token)


def lost_subject(cue: Token) -> Span | None:
    """A subject the parse lost right before the cue ("Reinhardt said", with the name
    tagged an adverb)."""
    found = adjacent_mention(cue)
    return found if found is not None and found.end <= cue.i else None


def reporting_verb(cue: Token) -> Token:
    """The speech verb that reports the clause of ``cue`` when ``cue`` is a thought or
    label verb, a speech yet to come ("would respond"), or has no subject of its own:
    in "X said the rebels wanted to "divide the nation"" (or "... and called it a
    "trap""), the quoted words are X's."""
    own = has_subject(cue)
    modal = any(c.tag_ == "MD" for c in cue.children)  # "would respond": no speech yet
    if own and not modal and cue.lemma_.lower() in SPEECH_VERBS:
        return cue  # "X said the court found "no evidence"": the court's finding
    token = cue
    while token.dep_ in {"ccomp", "xcomp", "conj"} and token.head is not token:
        token = token.head
        if token.pos_ in VERB_POS and token.lemma_.lower() in SPEECH_VERBS:
            return token if token.dep_ != "xcomp" else cue
    return cue


def is_cue(token: Token) -> bool:
    if token.pos_ not in VERB_POS and not verb_tagged_noun(token):
        return False
    if token.lemma_.lower() == "put":  # "as Tom Ridge put it: ..."
        return token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "it"
    return token.lemma_.lower() in SPEECH_VERBS


__all__ = ["is_cue", "lost_subject", "participle", "reporting_verb", "verb_tagged_noun"]
