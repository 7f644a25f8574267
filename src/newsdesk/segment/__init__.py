"""Segmentation: a page's text or HTML → labelled blocks (article, heading, furniture).

``html`` segments HTML (one parse and one walk: ``html_dom``, ``html_content``,
``html_depth``, with the markup's hints in ``html_hints`` and ``html_phrases``);
``text`` segments flattened text (``lines``, ``text_classify``, ``text_context``,
``text_run``, ``text_stopwords``); ``blocks`` holds the ``Block`` and ``Layout``
values both give the stages after them.
"""
