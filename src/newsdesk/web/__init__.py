"""The newsroom view: a REST API under ``/api`` and HTML pages over a store, read-only.

``create_app(db)`` gives the ASGI application ``newsdesk serve`` runs. The
API (``api.py``) and the pages (``pages.py``) read through the query layer
(``newsdesk.query.search``, ``newsdesk.query.browse``), as the CLI does.
"""

from __future__ import annotations

from newsdesk.web.app import create_app

__all__ = ["create_app"]
