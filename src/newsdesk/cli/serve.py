"""Serve a store to a browser: search, articles with their quotes highlighted by
speaker, a page per person or organisation, a paste-a-page form, and a REST API
under /api (its OpenAPI description at /api/openapi.json).

The store is opened read-only. The server listens on 127.0.0.1 (this machine
only) unless --host says otherwise, and then answers only requests addressed
to 127.0.0.1 or localhost; Ctrl-C stops it.

examples:
  newsdesk serve                       # newsdesk.db, http://127.0.0.1:8000/
  newsdesk serve --db news.db --port 8080
"""

from __future__ import annotations

import argparse
import sys

from newsdesk.cli import options

NAME = "serve"
HELP = "serve a store as web pages and a REST API (read-only)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    options.add_db_argument(parser, "the store to serve")
    parser.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (127.0.0.1: this machine only)"
    )
    parser.add_argument("--port", type=_port, default=8000, help="port to listen on (8000)")
    options.add_settings_arguments(parser)


def _port(value: str) -> int:
    try:
        port = int(value)
    except ValueError:
        port = -1
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"not a port number: {value!r}")
    return port


def run(args: argparse.Namespace) -> int:
    import uvicorn

    from newsdesk.store import shown
    from newsdesk.web import create_app
    from newsdesk.web.security import LOOPBACK_HOSTS

    settings = options.settings_from(args)
    db: str = args.db or settings.db
    # Bound to this machine only, the server answers to its loopback names only.
    hosts = LOOPBACK_HOSTS if args.host in ("127.0.0.1", "localhost", "::1") else None
    app = create_app(db, settings, hosts=hosts)  # opens the store: a bad path fails here
    print(
        f"newsdesk: serving {shown(db)} (read-only) at http://{args.host}:{args.port}/"
        " (Ctrl-C stops)",
        file=sys.stderr,
    )
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0
