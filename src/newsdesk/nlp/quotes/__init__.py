"""Quotations: who said what, as ``QuoteCandidate`` records with a cue and a speaker mention.

``find.find_quotes(doc)`` is the entry point. Direct and partial quotes:
``marks`` (pairing quotation marks), ``direct``, ``cues`` (which words cue a
quote), ``lines`` (``NAME: ...`` lines), ``posts`` (embedded posts). Reported
speech: ``reported`` with ``clause`` and ``extent`` (where the content runs),
``actions`` (cues whose object is nothing said), ``nominal`` (cues without a
speech verb) and ``according`` (``according to X``). ``speaker`` goes from a
cue word to its speaker mention; ``candidate`` is the record handed on.
Speakers become entities in ``nlp.speakers``.
"""
