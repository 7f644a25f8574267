"""Sources: where raw pages come from, each yielding ``RawPage``s or the errors of bad inputs.

``files`` (one file, stdin), ``folders`` (walks with globs), ``warc``
(WARC archives), ``dumps`` (JSONL and CSV), ``url`` (polite HTTP fetching),
and ``open``, which turns command-line names into one stream of pages.
"""
