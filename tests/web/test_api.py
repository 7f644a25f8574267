"""The REST API over a small store: answers, pagination, filters, limits, and the
one error shape with a fitting status."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from newsdesk.cli.main import main
from newsdesk.web.limits import MAX_BODY_BYTES, MAX_QUERY_CHARS
from newsdesk.web.reader import ReadOnlyStore

SEED = Path(__file__).parent.parent.parent / "examples" / "seed-eghtesadonline.txt"


def error_of(response: Any, status: int) -> dict[str, Any]:
    """The error body, checked to have the one shape every error has."""
    assert response.status_code == status, response.text
    body: dict[str, Any] = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"status", "code", "message"}
    assert body["error"]["status"] == status
    assert body["error"]["message"]
    error: dict[str, Any] = body["error"]
    return error


def test_health_counts_what_the_store_holds(client: TestClient) -> None:
    body = client.get("/api/health").json()
    assert body["status"] == "ok"
    assert body["documents"] == 14
    assert body["quotes"] >= 8


def test_search_collapses_near_duplicates_unless_asked_not_to(client: TestClient) -> None:
    collapsed = client.get("/api/search", params={"q": "tanker attacks"}).json()["hits"]
    every = client.get("/api/search", params={"q": "tanker attacks", "collapse": "false"})
    titles = [hit["title"] for hit in every.json()["hits"]]
    assert titles.count("Oil jumps after tanker attacks") == 3
    jumps = [hit for hit in collapsed if hit["title"] == "Oil jumps after tanker attacks"]
    assert len(jumps) == 1
    assert jumps[0]["duplicates"] == 2


def test_search_pages_do_not_overlap(client: TestClient) -> None:
    params: dict[str, Any] = {"q": "Clinton", "collapse": "false", "limit": 2}
    first = [h["id"] for h in client.get("/api/search", params=params).json()["hits"]]
    second = [
        h["id"] for h in client.get("/api/search", params={**params, "offset": 2}).json()["hits"]
    ]
    everything = client.get("/api/search", params={"q": "Clinton", "collapse": "false"})
    assert first + second == [h["id"] for h in everything.json()["hits"]][:4]
    assert not set(first) & set(second)


@pytest.mark.parametrize(
    ("params", "title", "holds"),
    [
        (
            {"outlet": "reuters.com"},
            "Pompeo says sanctions on Iran will tighten",
            lambda r: "reuters.com" in r["source"]["url"],
        ),
        (
            {"tag": "sanctions"},
            "Pompeo says sanctions on Iran will tighten",
            lambda r: "sanctions" in [t.lower() for t in r["tags"]],
        ),
        (
            {"entity": "Khamenei"},
            "Khamenei rejects talks with Washington",
            lambda r: any("Khamenei" in e["name"] for e in r["entities"]),
        ),
        (
            {"since": "2019-05-20", "until": "2019-05-31"},
            "Khamenei rejects talks with Washington",
            lambda r: "2019-05-20" <= r["published"] <= "2019-05-31",
        ),
        ({"language": "xx"}, None, lambda r: False),
    ],
)
def test_search_filters(
    client: TestClient,
    params: dict[str, str],
    title: str | None,
    holds: Callable[[dict[str, Any]], bool],
) -> None:
    hits = client.get("/api/search", params={"q": "Iran OR sanctions", **params}).json()["hits"]
    assert (title in {hit["title"] for hit in hits}) if title else not hits
    for hit in hits:
        assert holds(client.get(f"/api/documents/{hit['id']}").json()), hit["title"]


def test_search_facets_count_outlets_tags_entities_months(client: TestClient) -> None:
    body = client.get("/api/search", params={"q": "Iran", "facets": "true"}).json()
    facets = body["facets"]
    assert facets["total"] >= 3
    assert {"key": "Iran", "label": "Iran", "count": 3} in facets["tags"]
    assert any(row["key"] == "Ali Khamenei" for row in facets["entities"])
    assert any(row["key"] == "2019-05" for row in facets["months"])


def test_one_document_by_id_or_prefix_and_as_a_download(client: TestClient) -> None:
    hit = client.get("/api/search", params={"q": "Pompeo sanctions"}).json()["hits"][0]
    record = client.get(f"/api/documents/{hit['id']}").json()
    assert record["title"] == "Pompeo says sanctions on Iran will tighten"
    assert record["quotes"][0]["speaker"] == "e1"
    assert client.get(f"/api/documents/{hit['id'][:8]}").json()["id"] == hit["id"]
    download = client.get(f"/api/documents/{hit['id']}", params={"download": "true"})
    assert download.headers["content-disposition"] == f'attachment; filename="{hit["id"]}.json"'


def test_entities_list_and_one_entity_with_its_names(client: TestClient) -> None:
    people = client.get("/api/entities", params={"type": "PERSON", "name": "Khamenei"}).json()
    (khamenei,) = people
    one = client.get(f"/api/entities/{khamenei['id']}").json()
    assert one["name"] == "Ali Khamenei"
    assert "Ayatollah Ali Khamenei" in one["aliases"] or one["aliases"]
    assert one["quotes"] == khamenei["quotes"] >= 2


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"speaker": "Khamenei"}, "Negotiation with America has no benefit"),
        ({"about": "foundation"}, "The foundation has helped millions"),
        ({"since": "2019-05-01", "until": "2019-05-15"}, "the United States would keep tightening"),
    ],
)
def test_quotes_by_speaker_subject_and_date(
    client: TestClient, params: dict[str, str], expected: str
) -> None:
    found = client.get("/api/quotes", params=params).json()
    assert found
    assert any(quote["text"].startswith(expected) for quote in found)


def test_quotes_of_one_entity_come_in_time_order(client: TestClient) -> None:
    (khamenei,) = client.get("/api/entities", params={"name": "Ali Khamenei"}).json()
    found = client.get("/api/quotes", params={"entity": khamenei["id"]}).json()
    dates = [quote["published"] for quote in found]
    assert len(found) >= 2
    assert dates == sorted(dates)
    assert {quote["speaker"] for quote in found} == {"Ali Khamenei"}


def test_market_rows_of_a_stored_page(client: TestClient) -> None:
    rows = client.get("/api/market", params={"limit": 100}).json()
    assert {row["name"] for row in rows} >= {"Samba", "PIER <script>alert(1)</script>"}
    assert any(row["values"] and row["confident"] for row in rows)
    doc = rows[0]["doc"]
    assert {row["doc"] for row in client.get("/api/market", params={"doc": doc}).json()} == {doc}


def test_extract_gives_the_record_of_a_posted_page(client: TestClient) -> None:
    response = client.post(
        "/api/extract",
        params={"nlp": "false"},
        content=SEED.read_bytes(),
        headers={"content-type": "text/plain"},
    )
    assert response.status_code == 200
    record = response.json()
    assert record["credit"] == "EghtesadOnline"
    assert record["market"]
    assert record["body"].startswith("Leader of Islamic Revolution")


@pytest.mark.parametrize(
    ("method", "url", "kwargs", "status", "code"),
    [
        ("get", "/api/search", {"params": {"q": '"'}}, 400, "bad-request"),
        ("get", "/api/search", {"params": {"q": "x", "since": "2024-13-45"}}, 400, "bad-request"),
        ("get", "/api/search", {}, 422, "invalid"),
        ("get", "/api/search", {"params": {"q": "x" * (MAX_QUERY_CHARS + 1)}}, 422, "invalid"),
        ("get", "/api/search", {"params": {"q": "x", "limit": 1000}}, 422, "invalid"),
        ("get", "/api/documents/ffffffffffffffff", {}, 404, "not-found"),
        ("get", "/api/entities/no-such-entity", {}, 404, "not-found"),
        ("get", "/api/no-such-thing", {}, 404, "not-found"),
        ("delete", "/api/health", {}, 405, "method-not-allowed"),
        ("post", "/api/extract", {"content": b"   "}, 422, "invalid"),
        ("post", "/api/extract", {"content": b"\x89PNG\r\n\x1a\n" + bytes(300)}, 422, "invalid"),
        ("post", "/api/extract", {"content": b"x" * (MAX_BODY_BYTES + 1)}, 413, "too-large"),
    ],
)
def test_every_error_has_one_shape_and_a_fitting_status(
    client: TestClient, method: str, url: str, kwargs: dict[str, Any], status: int, code: str
) -> None:
    error = error_of(client.request(method.upper(), url, **kwargs), status)
    assert error["code"] == code


def test_a_page_that_cannot_be_read_is_answered_with_its_rejection(client: TestClient) -> None:
    error = error_of(client.post("/api/extract", content=b"\x89PNG\r\n\x1a\n" + bytes(300)), 422)
    assert error["message"].startswith("the page cannot be read: <posted>: ")
    assert error["message"].endswith("[binary, stage decode]")


def test_a_streamed_body_over_the_limit_is_refused(client: TestClient) -> None:
    def chunks() -> Any:
        for _ in range(MAX_BODY_BYTES // 100_000 + 2):
            yield b"y" * 100_000

    error_of(client.post("/api/extract", content=chunks()), 413)


def test_every_response_carries_the_security_headers(client: TestClient) -> None:
    for url in ("/api/health", "/", "/api/nothing", "/static/style.css"):
        headers = client.get(url).headers
        assert "script-src 'none'" in headers["content-security-policy"]
        assert headers["x-content-type-options"] == "nosniff"


def test_the_server_never_writes_to_the_store(client: TestClient, web_db: str) -> None:
    before = hashlib.sha256(Path(web_db).read_bytes()).hexdigest()
    for url in ("/api/health", "/api/search?q=Iran&facets=true", "/api/quotes", "/"):
        assert client.get(url).status_code == 200
    assert hashlib.sha256(Path(web_db).read_bytes()).hexdigest() == before
    reader = ReadOnlyStore(web_db)
    with pytest.raises(sqlite3.OperationalError, match=r"readonly|read-only|query_only"):
        reader.connection.execute("DELETE FROM documents")
    reader.close()


def test_static_files_do_not_reach_outside_their_folder(client: TestClient) -> None:
    for path in ("/static/../app.py", "/static/%2e%2e/app.py", "/static/..%2f..%2fpyproject.toml"):
        response = client.get(path)
        assert response.status_code == 404
        assert "import" not in response.text


@pytest.mark.parametrize(
    ("db", "message"),
    [
        ("missing.db", "no store here"),
        ("postgresql://localhost/news", "PostgreSQL"),
        ("", "no database given"),
    ],
)
def test_serve_refuses_a_store_it_cannot_read_in_one_line(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    db: str,
    message: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["serve", "--db", db or " "]) == 3
    err = capsys.readouterr().err
    assert message in err
    assert err.count("\n") == 1
    assert "Traceback" not in err
    assert not (tmp_path / "missing.db").exists()


def test_serve_listens_on_this_machine_only_by_default() -> None:
    from newsdesk.cli.main import build_parser

    args = build_parser(["serve"]).parse_args(["serve"])
    assert args.host == "127.0.0.1"
    assert args.port == 8000


def test_a_server_for_this_machine_refuses_other_host_names(web_db: str) -> None:
    from newsdesk.web import create_app
    from newsdesk.web.security import LOOPBACK_HOSTS

    app = create_app(web_db, hosts=LOOPBACK_HOSTS)
    with TestClient(app, base_url="http://127.0.0.1:8000") as local:
        assert local.get("/api/health").status_code == 200
    with TestClient(app, base_url="http://localhost") as local:
        assert local.get("/").status_code == 200
    with TestClient(app, base_url="http://rebound.example.com:8000") as other:
        error = error_of(other.get("/api/health"), 400)
        assert "rebound.example.com" in error["message"]
