"""The NLP stage: entities, coreference, quotes with their speakers, cited sources, summary.

``stage`` runs it on one parse of the body (``model`` loads the spaCy pipeline,
``parse`` works out per-doc facts once); one package per concept: ``entities``,
``coref``, ``quotes``, ``speakers``, ``cited``; and ``summary``. The words its
rules match are in ``newsdesk.lexicon``.
"""
