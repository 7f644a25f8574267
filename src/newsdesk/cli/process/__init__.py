"""Commands that process pages: ``extract``, ``ingest``, ``spark``, ``load``, ``rebuild``."""
