"""The ``newsdesk`` command, a thin layer over the library: ``main`` and one module per command.

``process`` holds the commands that process pages, ``read`` those that read a
store; ``bench`` (``newsdesk bench``, with the ``bench`` extra) and ``serve`` stand
apart. Flags shared by several commands are in ``options`` and ``query_options``.
"""
