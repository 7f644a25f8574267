"""newsdesk's evaluation code: ``newsdesk bench ...`` and the helpers of ``bench/*.py``.

Installed with the library but run only with the ``bench`` extra
(``pip install 'newsdesk[bench]'``), which brings the peers it measures newsdesk
against (trafilatura; textacy and psutil where a benchmark uses them). The library
never imports this package; ``newsdesk.cli.bench`` loads it when the command runs.

- ``extraction``, ``dates``, ``quotes``, ``speakers``, ``ner``, ``people``: one
  benchmark each (NAME, HELP, add_arguments, run), listed in ``benchmarks.BENCHMARKS``;
- ``shingles``, ``snippets``, ``quote_scoring``, ``pronoun_scoring``: the metrics;
- ``flatten``: HTML flattened as a naive scraper does, for the text mode;
- ``bench_data``, ``holdout``, ``turns``: reading benchmark data, held-out halves,
  timing tools in turns.
"""
