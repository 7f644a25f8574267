"""flatten_html: all visible text, one block per line, no content selection."""

from __future__ import annotations

from newsdesk_bench.flatten import decode_markup, flatten_html


def test_blocks_on_their_own_lines_and_inline_runs_on() -> None:
    html = (
        "<html><body><nav><a>Home</a> <a>World</a></nav><h1>Title</h1>"
        "<p>One <b>bold</b> word.</p></body></html>"
    )
    assert flatten_html(html).split("\n") == ["Home World", "Title", "One bold word."]


def test_invisible_text_is_dropped_but_furniture_kept() -> None:
    html = (
        "<html><head><title>T</title><style>p{}</style></head><body><script>var x;</script>"
        "<p hidden>secret</p><div style='display: none'>also secret</div>"
        "<footer>All rights reserved.</footer></body></html>"
    )
    assert flatten_html(html) == "All rights reserved."


def test_bytes_are_decoded_as_utf8_without_a_declaration() -> None:
    html = "<html><body><p>We’d buy a game — ä</p></body></html>".encode()
    assert flatten_html(html) == "We’d buy a game — ä"


def test_declared_charset_wins() -> None:
    html = '<html><head><meta charset="windows-1252"></head><body><p>caf\xe9</p></body></html>'
    assert decode_markup(html.encode("cp1252")).endswith("<p>café</p></body></html>")


def test_xml_declaration_and_empty_input() -> None:
    assert (
        flatten_html('<?xml version="1.0" encoding="utf-8"?><html><body><p>x</p></body></html>')
        == "x"
    )
    assert flatten_html(b"") == ""


def test_bytes_are_read_as_the_library_reads_a_page() -> None:
    """A page mixing UTF-8 with a few Windows-1252 quotes keeps both, as ``extract`` reads it."""
    html = "<html><body><p>Caf\u00e9 owners in Z\u00fcrich met on Tuesday.</p>".encode() + (
        b"<p>The album \x84Brave New Woman\x93 comes out in May.</p></body></html>"
    )
    assert flatten_html(html).split("\n") == [
        "Caf\u00e9 owners in Z\u00fcrich met on Tuesday.",
        "The album \u201eBrave New Woman\u201c comes out in May.",
    ]


def test_what_is_not_a_page_flattens_to_nothing() -> None:
    assert flatten_html(b"\x89PNG\r\n\x1a\n" + bytes(200)) == ""
