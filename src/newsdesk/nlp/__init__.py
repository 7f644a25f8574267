"""The NLP stage: entities, quotes with their speakers, cited sources and a summary.

One spaCy parse of the body feeds every concept below; each package's own
docstring maps its modules.

- ``stage``: ``annotate``, the stage itself: parses the body once and fills
  the record's NLP fields from the packages below;
- ``model``: loads the spaCy pipeline once per process;
- ``parse``: facts about a parse that several rules ask for, worked out once
  per doc (``per_doc``), and small readings of the parse tree shared by them;
- ``entities``: name mentions read off the parse, joined into entities;
- ``coref``: pronouns, role nouns and descriptions joined to those entities;
- ``quotes``: direct, partial and reported quotations with cue and speaker mention;
- ``speakers``: each quote's speaker mention mapped to an entity;
- ``cited``: the outlets, agencies, documents and platforms an article cites;
- ``summary``: a short extractive summary.

The words, patterns and label groups these rules match are data in
``newsdesk.lexicon``; nothing here defines a word list of its own.
"""
