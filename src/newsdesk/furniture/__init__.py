"""Page furniture read into data: market tickers, tag lines, credits, bylines, datelines.

``market`` (with the instruments of ``indices``), ``tags``, ``credit``,
``datelines``, ``bylines`` and ``boilerplate`` (by the phrases of ``phrases``;
``places`` for dateline places) recognise a line of furniture and read what it
holds, so the record carries it as data and the body goes without it.
"""
