"""The query layer: what the CLI, the REST API and the web pages ask of a store.

- ``syntax``: what a user may type (words, phrases, ``prefix*``, AND/OR/NOT,
  ``-word``, NEAR, CJK) and its FTS5 / ``tsquery`` forms;
- ``search``: search, quotes and entity lists;
- ``browse``: facets, one corpus entity, market rows;
- ``results``: the frozen dataclasses all of them return.

Every read goes through the store's reading half
(``newsdesk.store.protocol.StoreReader``), whatever the backend.
"""
