"""The lexicon: every word list, pattern and label group the heuristics use, as data.

In the spirit of spaCy's ``lang/en/`` and trafilatura's ``xpaths.py``: the
stages hold the rules, this package holds the words they match, each list
defined once and imported where it is used. Modules:

- ``names``: honorifics, titles, role nouns and name particles (``Mr``,
  ``President``, ``the minister``, ``van``), stripped or matched when names join;
- ``given_names``: given names that mark a person's gender (pronoun agreement);
- ``pronouns``: person, number, gender and case of each English pronoun;
- ``cues``: the verbs, nouns and phrases that say who said what;
- ``outlets``: news agencies, outlets, social platforms and document words;
- ``dates``: month and weekday names (``MONTHS``: name → number);
- ``meta``: what pages say about themselves: meta-tag names, JSON-LD types,
  byline and date class words, what in a byline is not a person.

Only data and trivial lookups live here; nothing in it imports a stage.
"""
