"""Role nouns for coreference: ``the Leader``, ``the minister``, ``the ministry``.

A person's roles are learnt where the page writes them: in a title before
the name (``Foreign Minister Mohammad Javad Zarif``: minister) or in an
apposition (``Hassan Rouhani, the president``). A later definite role noun
(``the minister``) goes to the most salient person who carried that role;
a definite organisation noun (``the ministry``) to the most salient
organisation or place whose name holds the noun. Role and organisation
nouns are data in ``nlp.names``; a gendered noun in apposition (``his wife
Manju Sam``, ``his father X``) gives the person's gender.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from newsdesk.nlp.entities import Cluster, NameMention
from newsdesk.nlp.names import ORGANISATION_NOUNS, ROLE_GENDERS, ROLE_NOUNS, TITLES

__all__ = ["PREFIX_GLUE", "by_role", "definite_role", "learn_roles", "role_phrase"]

#: Words that glue a title together (``Minister of Foreign Affairs``).
PREFIX_GLUE = frozenset({"of", "the", "for", "'s", "’s", "-"})
_DEFINITE = frozenset({"the", "this", "that"})


def definite_role(doc: Doc, token: Token, in_name: dict[int, int]) -> tuple[int, bool] | None:
    """For ``the minister`` / ``the ministry`` headed by ``token``: the index of the
    determiner and whether the noun is a role (else an organisation noun)."""
    noun = token.lower_
    if token.tag_ not in {"NN", "NNP"} or token.dep_ == "compound":
        return None
    is_role = noun in ROLE_NOUNS
    if not is_role and noun not in ORGANISATION_NOUNS:
        return None
    determiner = next(
        (c for c in token.children if c.dep_ == "det" and c.lower_ in _DEFINITE), None
    )
    if determiner is None:
        return None
    if any(t.i in in_name for t in doc[determiner.i : token.i]):
        return None
    return determiner.i, is_role


def role_phrase(doc: Doc, start: int, token: Token) -> str:
    """The role as written between the determiner at ``start`` and its noun ``token``:
    ``prime minister`` for ``the prime minister``, ``minister`` for ``the minister``."""
    words = [t.lower_ for t in doc[start + 1 : token.i + 1] if t.is_alpha]
    return " ".join(words[-2:]) if len(words) > 1 else token.lower_


def by_role(noun: str, types: set[str], clusters: list[Cluster], sentence: int) -> Cluster | None:
    """The most salient entity of ``types`` that carried the role ``noun`` (a person) or
    whose name holds it (an organisation or place).

    A qualified role (``prime minister``) goes to a person who carried it as
    written when there is one, before one who carried only its noun (``Commerce
    Minister X`` is a minister, not the prime minister).
    """
    if " " in noun:
        exact = [c for c in clusters if c.type == "PERSON" and noun in c.roles]
        clusters = exact or clusters
        noun = noun.rsplit(" ", 1)[1]
    best: Cluster | None = None
    best_score = -1.0
    for cluster in clusters:
        if cluster.type not in types or cluster.last_token < 0:
            continue
        if cluster.type == "PERSON":
            if noun not in cluster.roles:
                continue
        elif noun not in cluster.key:
            continue
        score = 1.0 + cluster.salience * 0.5 ** (sentence - cluster.stamp)
        if score > best_score:
            best, best_score = cluster, score
    return best


def learn_roles(
    doc: Doc,
    mention: NameMention,
    cluster: Cluster,
    head: Token,
    person_at: Callable[[int], bool],
    in_name: dict[int, int],
) -> None:
    """Roles written before the name (``Foreign Minister X``) or in apposition."""
    i = mention.token_start - 1
    sent_start = head.sent.start
    words: list[Token] = []
    while i >= sent_start:
        token = doc[i]
        if token.is_space or (token.is_punct and token.text not in {"-"}):
            break
        titled = token.text[:1].isupper() or token.lower_ in ROLE_NOUNS
        glue = token.lower_ in PREFIX_GLUE and bool(words)
        if not (titled or glue or token.lower_ in TITLES):
            break
        if person_at(i):
            break
        words.append(token)
        i -= 1
    for position, token in enumerate(words):  # ``words`` runs backwards from the name
        if token.lower_ in ROLE_NOUNS:
            cluster.roles.add(token.lower_)
            before = words[position + 1] if position + 1 < len(words) else None
            if before is not None and before.is_alpha and before.lower_ not in PREFIX_GLUE:
                cluster.roles.add(f"{before.lower_} {token.lower_}")  # ``Prime Minister``
    written = mention.text.lower().split()[:-1]
    for position, word in enumerate(written):
        if word in ROLE_NOUNS:
            cluster.roles.add(word)
            if position > 0 and written[position - 1].isalpha():
                cluster.roles.add(f"{written[position - 1]} {word}")
    while words and words[-1].lower_ in PREFIX_GLUE:
        words.pop()
    if len(words) > 1 and any(t.lower_ in ROLE_NOUNS for t in words):
        alias = doc[words[-1].i : words[0].i + 1].text
        if alias not in cluster.aliases:
            cluster.aliases.append(alias)
    appos = [c for c in head.children if c.dep_ == "appos"]
    if head.dep_ == "appos":
        appos.append(head.head)
    for other in appos:
        if other.i in in_name:
            continue
        if other.lower_ in ROLE_NOUNS:
            cluster.roles.add(other.lower_)
        if cluster.gender is None and other.lower_ in ROLE_GENDERS:  # ``his wife Manju Sam``
            cluster.gender = ROLE_GENDERS[other.lower_]
