"""Role nouns for coreference: ``the Leader``, ``the minister``, ``the ministry``.

A person's roles are learnt where the page writes them: in a title before
the name (``Foreign Minister Mohammad Javad Zarif``: minister) or in an
apposition (``Hassan Rouhani, the president``). A later definite role noun
(``the minister``) goes to the most salient person who carried that role;
a definite organisation noun (``the ministry``) to the most salient
organisation or place whose name holds the noun. Role and organisation
nouns are data in ``lexicon.names``; a gendered noun in apposition (``his wife
Manju Sam``, ``his father X``) gives the person's gender.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from collections.abc import Set as AbstractSet

from spacy.tokens import Doc, Token

from newsdesk.lexicon.labels import NATION_LABELS, NOT_TITLE_TAG_PREFIXES, VERB_POS
from newsdesk.lexicon.names import (
    NOT_NAME_WORDS,
    ORGANISATION_NOUNS,
    ROLE_GENDERS,
    ROLE_NOUNS,
    ROLE_SYNONYMS,
    SUBORDINATE_RANKS,
    TITLES,
)
from newsdesk.lexicon.words import DEFINITE_DETERMINERS, TITLE_GLUE
from newsdesk.nlp.entities.join import Cluster, NameMention
from newsdesk.nlp.parse import sentence_start

__all__ = [
    "by_role",
    "counterpart_roles",
    "definite_role",
    "join_described_holders",
    "learn_roles",
    "role_nation",
    "role_phrase",
]

#: Mark of a role a person carries by synonym only (a queen is "the monarch"): it counts
#: when nobody carries the role as written ("the Leader" is the Leader's, not a king's).
_SYNONYM = "~"


def definite_role(
    doc: Doc, token: Token, in_name: dict[int, int], person_at: Callable[[int], bool]
) -> tuple[int, bool] | None:
    """For ``the minister`` / ``the ministry`` headed by ``token``: the index of the
    determiner and whether the noun is a role (else an organisation noun). A place or
    body naming the role's country stays part of it (``the Kremlin leader``); a person's
    name does not (``the Trump adviser`` is nobody's title)."""
    noun = token.lower_
    if token.tag_ not in {"NN", "NNP"} or token.dep_ == "compound":
        return None
    is_role = noun in ROLE_NOUNS
    if not is_role and noun not in ORGANISATION_NOUNS:
        return None
    determiner = next(
        (c for c in token.children if c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS), None
    )
    if determiner is None:
        return None
    if any(t.i in in_name and (not is_role or person_at(t.i)) for t in doc[determiner.i : token.i]):
        return None
    return determiner.i, is_role


def role_phrase(doc: Doc, start: int, token: Token) -> str:
    """The role as written between the determiner at ``start`` and its noun ``token``:
    ``prime minister`` for ``the prime minister``, ``minister`` for ``the minister``."""
    words = [t.lower_ for t in doc[start + 1 : token.i + 1] if t.is_alpha]
    return " ".join(words[-2:]) if len(words) > 1 else token.lower_


def role_nation(token: Token) -> str | None:
    """The country a role noun is qualified by, as written: "the Iranian president", or
    "Iranian officials, including the president and ..."."""
    nations = [c for c in token.children if c.ent_type_ in NATION_LABELS and c.i < token.i]
    if nations:
        return nations[0].lower_
    first = token
    while first.dep_ == "conj" and first.head is not first:
        first = first.head
    prep = first.head
    if first.dep_ == "pobj" and prep.lower_ == "including" and prep.head.pos_ == "NOUN":
        group = [c for c in prep.head.children if c.ent_type_ in NATION_LABELS]
        return group[0].lower_ if group else None
    return None


def by_role(
    noun: str,
    types: AbstractSet[str],
    clusters: list[Cluster],
    sentence: int,
    nation: str | None = None,
) -> Cluster | None:
    """The most salient entity of ``types`` that carried the role ``noun`` (a person) or
    whose name holds it (an organisation or place).

    A qualified role (``prime minister``) goes to a person who carried it as
    written when there is one, before one who carried only its noun (``Commerce
    Minister X`` is a minister, not the prime minister); a role carried as written
    before one carried by synonym only (``ROLE_SYNONYMS``). A role qualified by a
    country (``nation``) never goes to a person written with another one.
    """
    qualified = noun
    if " " in noun:
        exact = [c for c in clusters if c.type == "PERSON" and noun in c.roles]
        clusters = exact or clusters
        noun = noun.rsplit(" ", 1)[1]
    wanted = {noun, qualified}  # a "vice president" carries only the ranked role
    if not any(c.type == "PERSON" and wanted & c.roles for c in clusters):
        wanted = {_SYNONYM + noun, _SYNONYM + qualified}  # "the monarch": no monarch named
    best: Cluster | None = None
    best_score = -1.0
    for cluster in clusters:
        if cluster.type not in types or cluster.last_token < 0:
            continue
        if cluster.type == "PERSON":
            if not wanted & cluster.roles:
                continue
            if nation is not None and cluster.nations and nation not in cluster.nations:
                continue  # "the Iranian president" is not the US president
        elif noun not in cluster.key:
            continue
        score = 1.0 + cluster.salience * 0.5 ** (sentence - cluster.stamp)
        if score > best_score:
            best, best_score = cluster, score
    return best


def _add_roles(cluster: Cluster, title: list[str]) -> None:
    """The roles of a title as written, in order ("prime", "minister"): each role noun,
    and with the word before it (``prime minister``). A lesser rank before the noun
    (``Vice President``, ``Under-Secretary-General``) keeps only the ranked role."""
    for position, word in enumerate(title):
        if word not in ROLE_NOUNS:
            continue
        rank = next((w for w in title[:position] if w in SUBORDINATE_RANKS), None)
        if rank is not None:
            cluster.roles.add(f"{rank} {word}")  # ``vice president``
            continue
        cluster.roles.add(word)
        cluster.roles.update(_SYNONYM + w for w in ROLE_SYNONYMS.get(word, ()))  # "monarch"
        before = title[position - 1] if position > 0 else None
        if before is not None and before.isalpha() and before not in TITLE_GLUE:
            cluster.roles.add(f"{before} {word}")  # ``Prime Minister``
            synonyms = ROLE_SYNONYMS.get(f"{before} {word}", ())
            cluster.roles.update(_SYNONYM + w for w in synonyms)


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
    sent_start = sentence_start(head)
    words: list[Token] = []
    while i >= sent_start:
        token = doc[i]
        if token.is_space or (token.is_punct and token.text not in {"-"}):
            break
        titled = token.text[:1].isupper() or token.lower_ in ROLE_NOUNS
        glue = token.lower_ in TITLE_GLUE and bool(words)
        if not (titled or glue or token.lower_ in TITLES) or _not_title(token):
            break
        if person_at(i):
            break
        words.append(token)
        i -= 1
    title = [t.lower_ for t in reversed(words) if t.is_alpha or t.lower_ in TITLE_GLUE]
    _add_roles(cluster, title)  # ``words`` runs backwards from the name
    cluster.nations.update(t.lower_ for t in words if t.ent_type_ in NATION_LABELS)
    _add_roles(cluster, [w for w in re.split(r"[\s-]+", mention.text.lower())[:-1] if w])
    while words and words[-1].lower_ in TITLE_GLUE:
        words.pop()
    if len(words) > 1 and any(t.lower_ in ROLE_NOUNS for t in words):
        alias = doc[words[-1].i : words[0].i + 1].text
        if alias not in cluster.aliases:
            cluster.aliases.append(alias)
    appos = [c for c in head.children if c.dep_ == "appos"]
    if head.dep_ == "appos":
        appos.append(head.head)
    for other in appos:
        cluster.nations.update(  # "his Iranian counterpart, X"
            c.lower_ for c in other.children if c.ent_type_ in NATION_LABELS
        )
        if other.i in in_name:
            continue
        if other.lower_ in ROLE_NOUNS:
            cluster.roles.add(other.lower_)
        if cluster.gender is None and other.lower_ in ROLE_GENDERS:  # ``his wife Manju Sam``
            cluster.gender = ROLE_GENDERS[other.lower_]


def _not_title(token: Token) -> bool:
    """A word no title holds, capitalised in a headline or at a sentence's start: a
    function word or a verb (``Hollywood Actor Who Endorsed``, ``When President``)."""
    return token.lower_ in NOT_NAME_WORDS or token.tag_.startswith(NOT_TITLE_TAG_PREFIXES)


def counterpart_roles(
    head: Token, cluster: Cluster, cluster_of: Callable[[Token], Cluster | None]
) -> None:
    """ "X and his Iranian counterpart, Y": Y holds the office X holds (its plain role
    nouns, not X's country: ``president``, not ``us president``)."""
    noun = head.head if head.dep_ == "appos" else None
    if noun is None or noun.lower_ != "counterpart":
        return
    owner = _counterpart_of(noun)
    other = cluster_of(owner) if owner is not None else None
    if other is None or other is cluster or other.type != "PERSON":
        return
    cluster.roles.update(role for role in other.roles if " " not in role)


def _counterpart_of(noun: Token) -> Token | None:
    """Whose counterpart ``noun`` is: "Trump's counterpart", "X and his counterpart",
    "X met (with) his counterpart"."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    if owners and owners[0].pos_ == "PROPN":
        return owners[0]
    if not owners:
        return None
    if noun.dep_ == "conj":
        return noun.head
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    if noun.dep_ in {"dobj", "pobj"} and verb.pos_ in VERB_POS:
        return next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return None


def join_described_holders(clusters: list[Cluster], speakers: list[int | None]) -> None:
    """A speaker described only by a qualified role (``Austria's interior minister
    said``) is the one person of the page written with that role before their name
    (``Interior Minister Karl Brandt``), earlier or later: the description joins
    that person, and so do its quotes (``speakers``, cluster indexes, updated). Not when
    no person or several carry the role, nor against the country the description names.
    """
    for cluster in clusters:
        if cluster.type != "PERSON" or cluster.names or cluster.plural:
            continue
        if len(cluster.aliases) != 1:
            continue
        described = _qualified_role(cluster.aliases[0])
        if described is None:
            continue
        role, nation = described
        holders = [
            c
            for c in clusters
            if c.type == "PERSON" and c.names and not c.plural and role in c.roles
            if nation is None or not c.nations or any(n[:4] == nation[:4] for n in c.nations)
        ]
        if len(holders) != 1:
            continue
        holder = holders[0]
        holder.mentions.extend(cluster.mentions)
        holder.aliases.extend(cluster.aliases)
        cluster.mentions.clear()
        cluster.aliases.clear()
        speakers[:] = [holder.index if s == cluster.index else s for s in speakers]


def _qualified_role(description: str) -> tuple[str, str | None] | None:
    """The two-word role a description ends on and the country it names: ``Austria's
    interior minister`` → (``interior minister``, ``austria``); None for a description
    that is no qualified role (``the minister``, ``a police spokesman``'s one word)."""
    words = description.replace("’", "'").split()
    nation = None
    if words and words[0].endswith("'s"):
        nation, words = words[0][:-2].lower(), words[1:]
    words = [w.lower() for w in words if w.lower() not in DEFINITE_DETERMINERS]
    if len(words) != 2 or words[1] not in ROLE_NOUNS or not words[0].isalpha():
        return None
    return " ".join(words), nation
