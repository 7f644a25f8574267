"""Quotations as coreference sees them: where they run, who speaks them, whom they name.

A pronoun inside a quotation is not its speaker (who says ``I``), and a
pronoun that speaks a quote is not a person the quote names by name
(``He said, "Andy Warhol was ..."``: not Warhol; binding condition C of
Chomsky 1981, the pronoun c-commands the quoted clause): only names that are
subjects or objects count (a vocative, ``Trump supporters`` or ``Trump's`` may
well be the speaker). Reported speech is paraphrase, and its span is a guess:
there only the subjects of a quote that follows its speaker count (``He said
Obama hopes``: not Obama). ``QuoteMap`` holds,
for the resolver of ``nlp.coref.resolve``: the spans of the direct and partial
quotes, the token of each quote's speaker mention, each quote's speaker
entity (known from its name, or once its pronoun is resolved) and the
entities named inside each quote, and the entity each quote is told to
(``Smith told Reuters: "..."``: a pronoun inside it is not Reuters, which the
speaker would call ``you``); a pull quote (``nlp.coref.pull``) counts as
a quote of the person who signs it. Built once per page: the mentions are
bisected per quote, so the cost is linear in the quotes and the mentions.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import Protocol

from spacy.tokens import Doc, Token

from newsdesk.lexicon.cues import TELLING_VERBS
from newsdesk.lexicon.labels import SUBJECT_DEPS
from newsdesk.nlp.entities.join import NameMention, PageNames

__all__ = ["QuoteLike", "QuoteMap"]

_ARGUMENTS = SUBJECT_DEPS | {"dobj", "pobj", "dative", "attr"}


class QuoteLike(Protocol):
    """What coreference needs of a quote (``nlp.quotes.candidate.QuoteCandidate`` has it)."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def kind(self) -> str: ...
    @property
    def speaker_span(self) -> tuple[int, int] | None: ...


class QuoteMap:
    """The page's quotes, indexed for the resolver (see the module's docstring)."""

    def __init__(
        self,
        doc: Doc,
        quotes: Sequence[QuoteLike],
        names: PageNames,
        voices: Sequence[tuple[int, int, int]] = (),
    ) -> None:
        """``voices``: more spans with their speaker, ``(start, end, cluster)`` (the pull
        quotes of ``nlp.coref.pull``), numbered after the quotes."""
        mentions, assigned = names.mentions, names.assigned
        quoted = [(q.start, q.end, qi) for qi, q in enumerate(quotes) if q.kind != "indirect"]
        quoted += [(start, end, len(quotes) + k) for k, (start, end, _) in enumerate(voices)]
        quoted.sort()
        self._starts = [s for s, _, _ in quoted]
        self._spans = quoted
        self.speaker: dict[int, int] = {  # quote → cluster of its speaker
            len(quotes) + k: speaker for k, (_, _, speaker) in enumerate(voices)
        }
        self.speaker_quote: dict[int, int] = {}  # token of a speaker mention → its quote
        self.named: dict[int, set[int]] = {}  # quote → clusters named inside it
        self.addressee: dict[int, set[int]] = {}  # quote → clusters it is told to
        starts = [m.start for m in mentions]
        name_at = {m.token_start: assigned[i] for i, m in enumerate(mentions)}
        in_name = {
            t: assigned[i]
            for i, m in enumerate(mentions)
            for t in range(m.token_start, m.token_end)
        }
        for qi, quote in enumerate(quotes):
            if quote.speaker_span is None:
                continue
            self.named[qi] = _named(doc, quote, quote.speaker_span, mentions, assigned, starts)
            span = doc.char_span(*quote.speaker_span, alignment_mode="expand")
            if span is not None:
                self.addressee[qi] = _addressees(span.root.head, in_name)
            for token in span or ():
                self.speaker_quote.setdefault(token.i, qi)
                if token.i in name_at:
                    self.speaker.setdefault(qi, name_at[token.i])

    def at(self, char: int) -> int | None:
        """The direct or partial quote holding the character ``char``, or None."""
        at = bisect.bisect_right(self._starts, char) - 1
        if at >= 0 and self._spans[at][0] <= char < self._spans[at][1]:
            return self._spans[at][2]
        return None

    def speaking(self, char: int) -> int:
        """The cluster that speaks the quote holding ``char`` (-1 if none or unknown)."""
        inside = self.at(char)
        return self.speaker.get(inside, -1) if inside is not None else -1

    def addressed(self, char: int) -> set[int]:
        """The clusters the quote holding ``char`` is told to (none if outside quotes)."""
        inside = self.at(char)
        return self.addressee.get(inside, set()) if inside is not None else set()

    def named_by_speaker(self, token: int) -> set[int]:
        """The clusters named inside the quote that the mention at ``token`` speaks."""
        quote = self.speaker_quote.get(token)
        return self.named[quote] if quote is not None else set()

    def spoke(self, token: int, cluster: int) -> None:
        """The mention at ``token`` is ``cluster``: if it speaks a quote, so does the cluster."""
        quote = self.speaker_quote.get(token)
        if quote is not None:
            self.speaker.setdefault(quote, cluster)


def _addressees(verb: Token, in_name: dict[int, int]) -> set[int]:
    """The clusters named as whom ``verb`` (a quote's reporting verb) addresses: the
    object of a verb of telling, an indirect object, or after ``to`` (``said to the BBC``)."""
    objects = [
        c
        for c in verb.children
        if c.dep_ == "dative" or (c.dep_ == "dobj" and verb.lemma_.lower() in TELLING_VERBS)
    ]
    objects += [
        o
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "to"
        for o in c.children
        if o.dep_ == "pobj"
    ]
    return {in_name[o.i] for o in objects if o.i in in_name}


def _named(
    doc: Doc,
    quote: QuoteLike,
    speaker: tuple[int, int],
    mentions: Sequence[NameMention],
    assigned: dict[int, int],
    starts: list[int],
) -> set[int]:
    """The clusters a quote names as an argument of its verbs, which its speaker cannot
    be: in a direct or partial quote a subject or an object (not ``Trump supporters``,
    ``Trump's``, nor a vocative); in reported speech that follows its speaker, a subject."""
    low = bisect.bisect_left(starts, quote.start)
    high = bisect.bisect_left(starts, quote.end)
    if quote.kind == "indirect":
        if speaker[1] > quote.start:
            return set()
        roles = SUBJECT_DEPS
    else:
        roles = _ARGUMENTS
    return {
        assigned[m]
        for m in range(low, high)
        if doc[mentions[m].token_start : mentions[m].token_end].root.dep_ in roles
    }
