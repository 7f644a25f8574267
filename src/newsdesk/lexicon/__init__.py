"""The lexicon: every word list, pattern and label group the heuristics use, as data.

In the spirit of spaCy's ``lang/en/`` and trafilatura's ``xpaths.py``: the
stages hold the rules, this package holds the words they match, each list
defined once and imported where it is used. Modules:

- ``names``: honorifics, titles, role nouns and name particles (``Mr``,
  ``President``, ``the minister``, ``van``), stripped or matched when names join;
- ``given_names``: given names that mark a person's gender (pronoun agreement);
- ``pronouns``: person, number, gender and case of each English pronoun;
- ``cues``: the verbs, nouns and phrases that say who said what;
- ``outlets``: news agencies, outlets, social platforms and document words, and
  the outlet words and agencies of credit lines and datelines;
- ``labels``: the groups of spaCy's entity labels, dependency labels, parts of
  speech and Penn tags the rules match (``SUBJECT_DEPS``, ``PLACE_LABELS``);
- ``punctuation``: quotation marks, dashes and other marks as tokens;
- ``words``: closed-class words around names and titles (articles, connectives).

Only data and trivial lookups live here; nothing in it imports a stage.
"""
