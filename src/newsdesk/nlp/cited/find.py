"""Cited sources: the outlets, agencies, websites, documents and platforms an article cites.

They are kept apart from the people quoted: ``X said ..., Financial Tribune
reported`` cites the Tribune as a source of the report, it does not make it
anybody's speaker. One source per name and kind, at its first citing mention.

- outlet / agency: a known name or an outlet-shaped proper name ("... Times",
  "... Tribune") that reports, is quoted, is told, or stands after
  "according to", "(AFP)"-style credits; a title spoken or written to, known by
  the shape of the phrase ("told Le Temps", "in an interview with Der Spiegel",
  "wrote in The Atlantic", "told the daily Kathimerini");
- website: "his website", "the ministry's website", a domain name;
- social: "on Twitter", "a Facebook post";
- document: "in a statement", "according to a report", "the statement said", with no
  outlet named (a document that says something is cited, never a speaker).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from newsdesk.lexicon.cues import ATTITUDE_VERBS, CLAUSE_VERBS, LABEL_VERBS, SPEECH_VERBS
from newsdesk.lexicon.labels import OUTLET_NAME_LABELS, SUBJECT_DEPS
from newsdesk.lexicon.outlets import (
    AGENCIES,
    AMBIGUOUS_OUTLETS,
    AMBIGUOUS_PLATFORMS,
    CITED_DOCUMENT_NOUNS,
    CITING_HEADS,
    CITING_VERBS,
    MEDIA_NOUNS,
    NAME_JOINERS,
    OUTLETS,
    OWNED_DOCUMENT_NOUNS,
    PLATFORM_ITEM_NOUNS,
    POSTING_WORDS,
    QUOTING_VERBS,
    SOCIAL,
    STATE_MEDIA_LINKS,
    STATE_WORDS,
    WEBSITE_NOUNS,
    looks_like_outlet,
    outlet_kind,
)
from newsdesk.nlp.cited.relay import relays
from newsdesk.nlp.cited.spoken_to import hearer_cue, op_ed, titled
from newsdesk.nlp.parse import sentence_start
from newsdesk.record import CitedSource, CitedSourceKind

#: A bare domain name cited as a website: "nytimes.com", "www.leader.ir".
_DOMAIN = re.compile(
    r"\b(?:www\.)?[a-z0-9-]{2,63}\.(?:com|org|net|ir|ru|cn|co\.uk|gov|info|news)\b"
)
#: Most tokens looked back from a medium noun for "state" or "official".
_STATE_REACH = 7
#: Verbs whose document subject is cited: "the statement said", "the report urged".
_SAYING_VERBS = CITING_VERBS | SPEECH_VERBS | CLAUSE_VERBS | LABEL_VERBS | ATTITUDE_VERBS
#: Longest outlet or platform name looked up, in tokens.
_MAX_NAME_TOKENS = 6


def find_sources(doc: Doc) -> list[CitedSource]:
    """Every cited source of ``doc``, in text order, one per name and kind."""
    found: list[CitedSource] = []
    for span in _name_spans(doc):
        source = _outlet(span) or _social(span)
        if source is not None:
            found.append(source)
    for token in doc:
        lemma = token.lemma_.lower()
        if token.pos_ == "NOUN" and lemma in WEBSITE_NOUNS:
            source = _website(token)
        elif token.pos_ == "NOUN" and lemma in CITED_DOCUMENT_NOUNS:
            source = _document(token)
        elif (lemma in MEDIA_NOUNS or token.lower_ in MEDIA_NOUNS) and _state_start(token):
            source = _state_medium(token)
        else:
            continue
        if source is not None:
            found.append(source)
    for match in _DOMAIN.finditer(doc.text):
        found.append(CitedSource(match.group(), "website", None, match.start(), match.end()))
    seen: set[tuple[str, str]] = set()
    unique: list[CitedSource] = []
    for source in sorted(found, key=lambda s: s.start):
        key = (source.name.lower(), source.kind)
        if key not in seen:
            seen.add(key)
            unique.append(source)
    return unique


def _name_spans(doc: Doc) -> list[Span]:
    """Entities, and runs of proper nouns the entity recogniser missed."""
    spans: list[Span] = []
    for ent in doc.ents:
        if ent.label_ not in OUTLET_NAME_LABELS:
            continue
        start = ent.start
        for token in ent:
            if token.is_punct and token.text not in NAME_JOINERS:  # "Twitter, Financial Tribune"
                if token.i > start:
                    spans.append(doc[start : token.i])
                start = token.i + 1
        if start < ent.end:
            spans.append(doc[start : ent.end])
    covered = {t.i for e in spans for t in e}
    index = 0
    while index < len(doc):
        if doc[index].pos_ == "PROPN" and index not in covered:
            end = index
            while end < len(doc) and doc[end].pos_ == "PROPN" and end - index < _MAX_NAME_TOKENS:
                end += 1
            spans.append(doc[index:end])
            index = end
        else:
            index += 1
    return spans


def _bare(span: Span) -> Span:
    if span and span[0].lower_ == "the":
        return span[1:]
    return span


def _citing(token: Token) -> str | None:
    """The cue that makes the phrase headed by ``token`` cited ("" for a credit), or None."""
    head = token.head
    if token.dep_ in SUBJECT_DEPS and head.lemma_.lower() in CITING_VERBS:
        return head.text
    if token.dep_ == "pobj":
        prep = head
        governor = prep.head
        if prep.lower_ == "to" and governor.lower_ == "according":
            return "according to"
        if governor.lemma_.lower() in CITING_HEADS or prep.lower_ == "by" or op_ed(governor):
            return f"{governor.text} {prep.text}" if prep.lower_ != "to" else governor.text
        if governor.lower_ == "according" or governor.head.lower_ == "according":
            return "according to"
    if token.dep_ in {"dobj", "dative", "npadvmod"} and head.lemma_.lower() in {"tell", "say"}:
        return head.text
    if token.dep_ == "poss" and head.lemma_.lower() in OWNED_DOCUMENT_NOUNS:
        return head.text
    before = token.doc[token.i - 1] if token.i > 0 else None
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if before is not None and after is not None and before.text == "(" and after.text == ")":
        return ""  # a credit in parentheses: "PARIS (AFP) -", no cue word
    return None


def _outlet(span: Span) -> CitedSource | None:
    while len(span) > 1 and span[-1].is_lower and span[-1].lower_ in MEDIA_NOUNS:
        span = span[:-1]  # "Xinhua news agency": the name without its medium nouns
    bare = _bare(span)
    if not bare.text:
        return None
    if not looks_like_outlet(span.text):
        return _relaying(span) or _addressed(span)
    root = span.root
    if root.dep_ in {"compound", "nmod", "amod"} and root.head.lemma_.lower() in MEDIA_NOUNS:
        root = root.head  # "according to the PTI news agency"
    cue = _citing(root)
    known = bare.text in AGENCIES or bare.text in OUTLETS
    if cue is None and not (known and span.root.dep_ in {"nsubj", "pobj", "appos"}):
        return None
    if cue is None and bare.text in AMBIGUOUS_OUTLETS:
        return None  # short or common words: only when plainly cited
    kind: CitedSourceKind = "agency" if outlet_kind(bare.text) == "agency" else "outlet"
    return CitedSource(bare.text, kind, cue or None, bare.start_char, bare.end_char)


def _relaying(span: Span) -> CitedSource | None:
    """A name that says nothing of a newspaper, cited by what it does: 'X said ..., The
    Hindu reported' (``relay.relays``)."""
    root = span.root
    if root.dep_ != "nsubj" or not relays(root.head, _with_article(span)):
        return None
    named = _with_article(span)
    if named[0].text != "The" or named.start == sentence_start(named[0]):
        named = _bare(named)  # "the Hindu": the article is not part of the name
    return CitedSource(named.text, "outlet", root.head.text, named.start_char, named.end_char)


def _addressed(span: Span) -> CitedSource | None:
    """A publication spoken or written to, known by the shape of its title: "told Le
    Temps", "in an interview with Der Spiegel", "wrote in The Atlantic"; or one that quotes
    or reports ("La Repubblica quoted him as saying")."""
    named = _with_article(span)
    if named[0].text != "The":
        named = _bare(named)
    if not named.text:
        return None
    cue = hearer_cue(named)
    root = named.root
    if cue is None and root.dep_ == "nsubj" and root.head.lemma_.lower() in QUOTING_VERBS:
        cue = root.head.text  # "Le Temps quoted the minister as saying"
    if cue is None or not titled(named):
        return None
    kind: CitedSourceKind = "agency" if outlet_kind(named.text) == "agency" else "outlet"
    return CitedSource(named.text, kind, cue, named.start_char, named.end_char)


def _with_article(span: Span) -> Span:
    """The span with the article before it: "The Hindu", as the subject is written."""
    if span.start > 0 and span.doc[span.start - 1].lower_ == "the":
        return span.doc[span.start - 1 : span.end]
    return span


def _social(span: Span) -> CitedSource | None:
    bare = _bare(span)
    if bare.text not in SOCIAL:
        return None
    before = bare.doc[bare.start - 1] if bare.start > 0 else None
    if bare.text in AMBIGUOUS_PLATFORMS and not _posted_on(bare):
        return None  # only "a post on X", "wrote on X"
    cue = before.text if before is not None and before.lower_ in {"on", "via", "to"} else None
    after = bare.doc[bare.end] if bare.end < len(bare.doc) else None
    if cue is None and after is not None and after.lemma_.lower() in PLATFORM_ITEM_NOUNS:
        cue = after.text
    if cue is None:
        return None
    return CitedSource(bare.text, "social", cue, bare.start_char, bare.end_char)


def _posted_on(name: Span) -> bool:
    """'a post on X', 'wrote on X': the words before a platform's name cite it."""
    doc = name.doc
    if name.start < 2 or doc[name.start - 1].lower_ != "on":
        return False
    return doc[name.start - 2].lemma_.lower() in POSTING_WORDS


def _website(token: Token) -> CitedSource | None:
    owners = [c for c in token.children if c.dep_ in {"poss", "compound"}]
    end = token.i + 1
    cited = token.dep_ == "pobj" and token.head.lower_ == "by"
    if not owners and cited:  # "quoted as saying by the presidential website"
        owners = [c for c in token.children if c.dep_ == "amod"]
    if not owners:  # "the official website of the Supreme Leader" (not "the site of X")
        of = [c for c in token.rights if c.dep_ == "prep" and c.lower_ == "of"]
        if token.lemma_.lower() == "site":
            return None
        if not of or not any(t.pos_ == "PROPN" for t in of[0].subtree):
            return None
        owners, end = [token], of[0].right_edge.i + 1
    start = min(c.left_edge.i for c in owners)
    phrase = token.doc[start:end]
    head = token.head
    cue = head.text if token.dep_ in {"pobj", "nsubj", "agent"} else None
    if token.dep_ == "pobj" and head.head is not head:
        cue = head.text
    return CitedSource(phrase.text, "website", cue, phrase.start_char, phrase.end_char)


def _state_medium(token: Token) -> CitedSource | None:
    """'was quoted as saying by state TV', 'told state radio', 'state broadcaster ZDF':
    the broadcaster's name when written, else the phrase."""
    doc = token.doc
    if token.dep_ == "compound" and token.head.pos_ == "PROPN":
        token = token.head  # "state broadcaster ZDF": the name heads the phrase
    cue = _citing(token)
    if cue is None:
        return None
    if token.dep_ == "pobj" and token.head.lower_ == "by":
        cue = "by"  # "was quoted as saying by state TV"
    if token.pos_ == "PROPN" and token.lower_ not in MEDIA_NOUNS:
        start = end = token.i
        while (
            start > 0
            and doc[start - 1].pos_ == "PROPN"
            and doc[start - 1].lower_ not in MEDIA_NOUNS
        ):
            start -= 1
        phrase = doc[start : end + 1]
        return CitedSource(phrase.text, "outlet", cue or None, phrase.start_char, phrase.end_char)
    start, end = _state_start(token) or token.i, token.i + 1
    inside = [t for t in doc[start : token.i] if t.pos_ == "PROPN"]
    if inside:  # "the official IRNA news agency"
        start, end = inside[0].i, inside[-1].i + 1
    name = [c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    if name or (end < len(doc) and doc[end].pos_ == "PROPN"):
        start = name[0].left_edge.i if name else end
        end = name[0].i + 1 if name else end + 1
        while end < len(doc) and doc[end].pos_ == "PROPN":
            end += 1
    phrase = doc[start:end]
    kind: CitedSourceKind = "agency" if outlet_kind(phrase.text) == "agency" else "outlet"
    return CitedSource(phrase.text, kind, cue or None, phrase.start_char, phrase.end_char)


def _state_start(token: Token) -> int | None:
    """Where "state" or "official" opens the phrase of the medium noun ``token``:
    "state TV", "state-run television", "the official news agency"."""
    doc = token.doc
    for index in range(token.i - 1, max(-1, token.i - _STATE_REACH), -1):
        word = doc[index]
        if word.lower_ in STATE_WORDS:
            return index
        if word.lower_ not in STATE_MEDIA_LINKS and word.dep_ not in {"compound", "amod"}:
            return None
    return None


def _document(token: Token) -> CitedSource | None:
    """'said in a statement', 'according to a report', 'the statement said' (when no outlet
    is named in it)."""
    if token.dep_ == "nsubj" and token.head.lemma_.lower() in _SAYING_VERBS:
        return _cited_document(token, token.head.text)
    if token.dep_ != "pobj":
        return None
    prep = token.head
    governor = prep.head
    if prep.lower_ == "in" and governor.lemma_.lower() in CITING_VERBS:
        cue = f"{governor.text} {prep.text}"
    elif prep.lower_ == "to" and governor.lower_ == "according":
        cue = "according to"
    else:
        return None
    return _cited_document(token, cue)


def _cited_document(token: Token, cue: str) -> CitedSource | None:
    """The document headed by ``token`` as written up to its head ("a statement", "the
    ministry's report"), unless an outlet is named in it."""
    for child in token.subtree:
        if child is not token and looks_like_outlet(child.text):
            return None
    start = token.left_edge.i
    phrase = token.doc[start : token.i + 1]
    return CitedSource(phrase.text, "document", cue, phrase.start_char, phrase.end_char)
