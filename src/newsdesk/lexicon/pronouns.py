"""Pronoun table as data: person, number, gender and case of each English pronoun.

Source: the closed class of English personal, possessive and reflexive
pronouns (any English grammar, e.g. Quirk et al. 1985, §6.2); written out by
hand. Gender ``"n"`` is neuter (``it``), ``None`` is unmarked (``they``, ``I``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Gender = Literal["m", "f", "n"]
Number = Literal["sg", "pl"]


@dataclass(frozen=True, slots=True)
class PronounInfo:
    person: int
    number: Number
    gender: Gender | None
    reflexive: bool = False
    possessive: bool = False


PRONOUNS: dict[str, PronounInfo] = {
    # third person singular, masculine
    "he": PronounInfo(3, "sg", "m"),
    "him": PronounInfo(3, "sg", "m"),
    "his": PronounInfo(3, "sg", "m", possessive=True),
    "himself": PronounInfo(3, "sg", "m", reflexive=True),
    # third person singular, feminine
    "she": PronounInfo(3, "sg", "f"),
    "her": PronounInfo(3, "sg", "f", possessive=True),
    "hers": PronounInfo(3, "sg", "f", possessive=True),
    "herself": PronounInfo(3, "sg", "f", reflexive=True),
    # third person singular, neuter (organisations, places, things)
    "it": PronounInfo(3, "sg", "n"),
    "its": PronounInfo(3, "sg", "n", possessive=True),
    "itself": PronounInfo(3, "sg", "n", reflexive=True),
    # third person plural
    "they": PronounInfo(3, "pl", None),
    "them": PronounInfo(3, "pl", None),
    "their": PronounInfo(3, "pl", None, possessive=True),
    "theirs": PronounInfo(3, "pl", None, possessive=True),
    "themselves": PronounInfo(3, "pl", None, reflexive=True),
    # first person singular: inside a quotation, the speaker
    "i": PronounInfo(1, "sg", None),
    "me": PronounInfo(1, "sg", None),
    "my": PronounInfo(1, "sg", None, possessive=True),
    "mine": PronounInfo(1, "sg", None, possessive=True),
    "myself": PronounInfo(1, "sg", None, reflexive=True),
}

#: The first person plural and the second person, which the table leaves out: "we" is
#: an organisation only through its speaker (``first_person``), "you" the reader or
#: the one spoken to.
FIRST_PERSON_PLURAL = frozenset({"we", "us", "our", "ours", "ourselves"})
SECOND_PERSON = frozenset({"you", "your", "yours", "yourself", "yourselves"})

#: Pronouns of the ones taking part in the speech ("I", "we", "you"): in the narration,
#: the writer and the reader, never a speaker the page names.
SPEECH_PARTICIPANTS = (
    frozenset(w for w, info in PRONOUNS.items() if info.person == 1)
    | FIRST_PERSON_PLURAL
    | SECOND_PERSON
)
