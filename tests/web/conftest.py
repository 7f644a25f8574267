"""A small store for the web tests, the app over it, and a live server.

The store holds the hand-annotated corpus of tests/data/store (people quoted
under several names, a syndicated wire story), the example seed page (its
market rows) extracted without the NLP stages, and a hostile page: every
field a page shows holds a script tag, an event handler or a javascript:
link, as scraped pages do.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import uvicorn
from fastapi.testclient import TestClient

from newsdesk import extract
from newsdesk.page import RawPage, stable_id
from newsdesk.record import (
    CitedSource,
    Entity,
    MarketRow,
    PageSource,
    Paragraph,
    Quote,
    Record,
    Removed,
)
from newsdesk.store import open_store
from newsdesk.web import create_app

ROOT = Path(__file__).parent.parent.parent
CORPUS = ROOT / "tests" / "data" / "store" / "corpus.jsonl"
SEED = ROOT / "examples" / "seed-eghtesadonline.txt"

SCRIPT = "<script>alert(1)</script>"
IMAGE = "<img src=x onerror=\"document.title='pwned'\">"
LINK = "javascript:alert(document.cookie)"


@dataclass(frozen=True)
class Hostile:
    """The hostile page's record and the strings it carries."""

    record: Record
    script: str = SCRIPT
    image: str = IMAGE
    link: str = LINK


def hostile_record() -> Record:
    first = f"Harbour council votes on the pier {SCRIPT} after a long night."
    said = f"The pier stays open {IMAGE}, whatever the council says"
    second = f'"{said}," said Marta Quill, the harbour master, according to the Wire {SCRIPT}.'
    third = f'Read more at <a href="{LINK}">the council site</a>.'
    body = "\n\n".join((first, second, third))
    quote_start = body.index(said)
    name_start = body.index("Marta Quill")
    source_start = body.index(f"the Wire {SCRIPT}")
    paragraphs = []
    at = 0
    for text in (first, second, third):
        start = body.index(text, at)
        paragraphs.append(Paragraph(start, start + len(text)))
        at = start + len(text)
    return Record(
        id=stable_id("hostile harbour pier page"),
        source=PageSource(url=LINK, format="html"),
        body=body,
        title=f"Pier vote {SCRIPT}",
        authors=(f"Ann {IMAGE}",),
        published="2024-03-05",
        language="en",
        credit=f"Harbour <i>Gazette</i> {IMAGE}",
        paragraphs=tuple(paragraphs),
        tags=(f"pier {SCRIPT}",),
        market=(MarketRow(f"PIER {SCRIPT}", None, f"PIER {IMAGE} 10.5", (10.5,), True),),
        removed=(Removed("nav", f'<a href="{LINK}">Home</a> {SCRIPT}', 1),),
        entities=(
            Entity(
                "e1",
                "Marta Quill",
                "PERSON",
                ("Quill",),
                ((name_start, name_start + len("Marta Quill")),),
            ),
            Entity("e2", f"Pier Trust {SCRIPT}", "ORG", (), ()),
        ),
        quotes=(
            Quote(
                said, quote_start, quote_start + len(said), "direct", "e1", "Marta Quill", "said"
            ),
        ),
        sources=(
            CitedSource(
                f"the Wire {SCRIPT}",
                "agency",
                "according to",
                source_start,
                source_start + len(f"the Wire {SCRIPT}"),
            ),
        ),
    )


@pytest.fixture(scope="session")
def hostile() -> Hostile:
    return Hostile(hostile_record())


@pytest.fixture(scope="session")
def web_db(tmp_path_factory: pytest.TempPathFactory, hostile: Hostile) -> str:
    """The store file: written here, then only ever opened read-only by the app."""
    path = str(tmp_path_factory.mktemp("web") / "news.db")
    records = [
        Record.from_dict(json.loads(line)) for line in CORPUS.read_text("utf-8").split("\n") if line
    ]
    seed = extract(RawPage(SEED.read_bytes(), origin=str(SEED)), nlp=False)
    store = open_store(path)
    run = store.begin_run("newsdesk ingest (web tests)")
    for n, record in enumerate(records):
        store.put(record, origin=f"corpus.jsonl:{n + 1}", run_id=run)
    store.put(seed, origin=str(SEED), run_id=run, nlp=False)
    store.put(hostile.record, origin="hostile.html", run_id=run)
    store.finish_run(run, {"stored": len(records) + 2})
    store.close()
    return path


@pytest.fixture(scope="session")
def client(web_db: str) -> Iterator[TestClient]:
    with TestClient(create_app(web_db), raise_server_exceptions=False) as test_client:
        yield test_client


@pytest.fixture(scope="session")
def server(web_db: str) -> Iterator[str]:
    """The app served by uvicorn on 127.0.0.1, on a port the system picked."""
    listening = socket.socket()
    listening.bind(("127.0.0.1", 0))
    port = listening.getsockname()[1]
    config = uvicorn.Config(create_app(web_db), log_level="warning")
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, kwargs={"sockets": [listening]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not running.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the test server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    running.should_exit = True
    thread.join(10)
    listening.close()
