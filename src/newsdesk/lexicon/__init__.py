"""The lexicon: every word list, pattern and label group the heuristics use, as data.

In the spirit of spaCy's ``lang/en/`` and trafilatura's ``xpaths.py``: the
stages hold the rules, this package holds the words they match, each list
defined once and imported where it is used (``tests/lexicon`` fails on a word
list of more than a handful of words anywhere else, and on two lists of one
name). Modules:

Pages:

- ``html``: tag sets (block, invisible, inline, heading), class and id words,
  hidden styles, the markup's furniture hints, charsets;
- ``furniture``: phrases of furniture lines (share bars, end markers, comment
  sections, captions, bylines, credits that are no credit), byline roles;
- ``market``: ticker instruments, currency codes and units of market rows;
- ``places``: place names and place nouns of datelines;
- ``stopwords``: the stopwords of text segmentation, per language;
- ``dates``: month and weekday names (``MONTHS``: name → number);
- ``meta``: what pages say about themselves: meta-tag names, JSON-LD types,
  byline and date class words, what in a byline is not a person.

Language:

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
