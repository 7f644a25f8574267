"""Runners: the per-page task (``process``), the local process pool, and ingest into a store.

A Spark runner calls the same ``newsdesk.runners.process.process`` function.
"""
