"""Closed-class words the rules read around names and titles: articles and connectives.

English function words, by hand; the connectives of organisation names add
the French and Spanish ones that English copy keeps (``Banque de France``).
"""

from __future__ import annotations

#: The English articles, dropped before a name or a description is compared.
ARTICLES: frozenset[str] = frozenset({"the", "a", "an"})
#: Determiners of a definite description that points back ("the minister", "this man").
DEFINITE_DETERMINERS: frozenset[str] = frozenset({"the", "this", "that"})
#: Words that glue a title together (``Minister of Foreign Affairs``, ``the state's``).
TITLE_GLUE: frozenset[str] = frozenset({"of", "the", "for", "'s", "’s", "-"})
#: Lower-case words of an organisation's name, skipped when its initials are read
#: (``Bank of England``: BoE; ``Banque de France``).
ORG_NAME_CONNECTIVES: frozenset[str] = frozenset({"of", "the", "and", "for", "&", "de", "la", "du"})
#: Title words that also open names of things: "State Street", "Former Yugoslavia".
NOT_PERSON_TITLE_WORDS: frozenset[str] = frozenset(
    {"state", "former", "late", "foreign", "interior", "finance"}
)
