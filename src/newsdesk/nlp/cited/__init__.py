"""Cited sources: the outlets, agencies, websites, documents and platforms an article cites.

``find`` is the entry point (``sources``); ``relay`` finds outlets that relay
somebody else's words (``..., the Tribune reported``); ``spoken_to`` finds
publications spoken or written to (``told Le Temps``). Their word lists are in
``lexicon.outlets``, the entity labels they accept in ``lexicon.labels``.
"""
