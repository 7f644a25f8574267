"""Segmentation: a page's text or HTML → labelled blocks (article, heading, furniture).

``html`` segments HTML (one parse and one walk: ``html_dom``, ``html_content``,
``html_depth``; the markup's hints, tag sets and phrases are in
``lexicon.html``); ``text`` segments flattened text (``lines``, ``text_classify``,
``text_context``, ``text_run``; stopwords in ``lexicon.stopwords``); ``blocks``
holds the ``Block`` and ``Layout`` values both give the stages after them.
Furniture is labelled here with the recognisers of ``newsdesk.recognise`` and
read into data by the next stage, ``newsdesk.furniture``.
"""
