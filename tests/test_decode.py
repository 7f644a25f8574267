"""Decoding: bytes of every shape in, text or a clean InputError out."""

from __future__ import annotations

import codecs
import gzip

import pytest

from newsdesk.decode import decode, detect_kind
from newsdesk.errors import InputError
from newsdesk.page import RawPage

LIMIT = 1_000_000

FRENCH = (
    "Le président a déclaré mardi que la réforme des retraites serait présentée "
    "à l’Assemblée nationale avant l’été. « Nous irons jusqu’au bout », a-t-il ajouté."
)
SPANISH = "El Gobierno español anunció el miércoles una reducción del IVA. «Es necesaria», afirmó."
RUSSIAN = "Правительство России объявило во вторник о новых мерах поддержки экономики страны."
JAPANESE = "東京都は火曜日、新しい感染対策を発表しました。知事は記者会見で協力を求めました。"


def _decode(data: bytes, *, encoding: str | None = None, limit: int = LIMIT) -> str:
    return decode(RawPage(data=data, origin="page", encoding=encoding), max_bytes=limit).text


@pytest.mark.parametrize(
    ("data", "text"),
    [
        pytest.param(FRENCH.encode("utf-8"), FRENCH, id="utf-8"),
        pytest.param(codecs.BOM_UTF8 + FRENCH.encode("utf-8"), FRENCH, id="utf-8-bom"),
        pytest.param(FRENCH.encode("utf-16"), FRENCH, id="utf-16-bom"),
        pytest.param(FRENCH.encode("utf-32"), FRENCH, id="utf-32-bom"),
        pytest.param(FRENCH.encode("utf-16-le"), FRENCH, id="utf-16-le-no-bom"),
        pytest.param(FRENCH.encode("cp1252"), FRENCH, id="undeclared-cp1252-french"),
        pytest.param(SPANISH.encode("cp1252"), SPANISH, id="undeclared-cp1252-spanish"),
        pytest.param(RUSSIAN.encode("cp1251"), RUSSIAN, id="undeclared-cp1251"),
        pytest.param(JAPANESE.encode("shift_jis"), JAPANESE, id="undeclared-shift-jis"),
        pytest.param(gzip.compress(FRENCH.encode("utf-8")), FRENCH, id="gzip"),
        pytest.param(
            gzip.compress(b"first part ") + gzip.compress(b"second part"),
            "first part second part",
            id="multi-member-gzip",
        ),
    ],
)
def test_decodes_the_text(data: bytes, text: str) -> None:
    assert _decode(data) == text


@pytest.mark.parametrize(
    ("markup", "encoding"),
    [
        ('<html><head><meta charset="windows-1251"></head><body><p>{}</p></body></html>', "cp1251"),
        (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=koi8-r">'
            "</head><body><p>{}</p></body></html>",
            "koi8_r",
        ),
        (
            '<?xml version="1.0" encoding="ISO-8859-5"?><html><body><p>{}</p></body></html>',
            "iso8859_5",
        ),
    ],
)
def test_page_declared_charset(markup: str, encoding: str) -> None:
    page = markup.format(RUSSIAN)
    decoded = decode(RawPage(data=page.encode(encoding), origin="p"), max_bytes=LIMIT)
    assert RUSSIAN in decoded.text
    assert decoded.kind == "html"


def test_container_declared_charset_comes_before_detection() -> None:
    data = "Grüße aus Köln".encode("cp1252")
    page = RawPage(data=data, origin="p", encoding="iso-8859-15")
    assert decode(page, max_bytes=LIMIT).text == "Grüße aus Köln"


def test_valid_utf8_wins_over_a_wrong_declaration() -> None:
    page = f'<html><head><meta charset="iso-8859-1"></head><body><p>{FRENCH}</p></body></html>'
    assert FRENCH in _decode(page.encode("utf-8"))


def test_mixed_utf8_and_cp1252_reads_both_and_warns() -> None:
    data = FRENCH.encode("utf-8") + b"\n" + "Ça coûte très cher.".encode("cp1252")
    decoded = decode(RawPage(data=data, origin="p"), max_bytes=LIMIT)
    assert decoded.text == FRENCH + "\nÇa coûte très cher."
    assert decoded.encoding == "utf-8"
    assert any("mixes encodings" in w for w in decoded.warnings)


@pytest.mark.parametrize(
    ("data", "nuls"),
    [
        pytest.param(FRENCH.encode() + b"\x00" + FRENCH.encode(), 1, id="one-nul-at-the-start"),
        pytest.param(b"<p>" + FRENCH.encode() * 300 + b"\x00</p>\x00", 2, id="two-nuls-later"),
        pytest.param(b"\x00" + FRENCH.encode("cp1252"), 1, id="nul-then-cp1252"),
    ],
)
def test_a_stray_nul_byte_is_dropped_with_a_warning(data: bytes, nuls: int) -> None:
    decoded = decode(RawPage(data=data, origin="page"), max_bytes=LIMIT)
    assert "\x00" not in decoded.text
    assert FRENCH in decoded.text
    assert decoded.warnings == (f"decode: {nuls} NUL byte{'s' if nuls > 1 else ''} dropped",)


def test_line_breaks_and_control_characters_are_cleaned() -> None:
    assert _decode(b"one\r\ntwo\rthree\x07 four\x1b") == "one\ntwo\nthree four"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        pytest.param(b"", "empty", id="empty"),
        pytest.param(b" \n\t \r\n", "empty", id="white-space"),
        pytest.param(gzip.compress(b""), "empty", id="empty-gzip"),
        pytest.param(b"\x89PNG\r\n\x1a\n" + bytes(200), "binary", id="png"),
        pytest.param(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "binary", id="pdf"),
        pytest.param(b"PK\x03\x04\x14\x00\x00\x00", "binary", id="zip"),
        pytest.param(bytes(range(256)) * 40, "binary", id="all-bytes"),
        pytest.param(b"text with a NUL\x00 byte in the middle of it " * 20, "binary", id="nul"),
        pytest.param(gzip.compress(gzip.compress(b"<p>x</p>")), "binary", id="double-gzip"),
        pytest.param(gzip.compress(b"<p>hello</p>" * 500)[:60], "truncated", id="truncated-gzip"),
        pytest.param(b"\x1f\x8b\x08\x00garbage that is not deflate", "corrupt", id="corrupt-gzip"),
    ],
)
def test_refuses_what_is_not_a_page(data: bytes, reason: str) -> None:
    with pytest.raises(InputError) as caught:
        _decode(data)
    assert caught.value.reason == reason
    assert caught.value.stage == "decode"
    assert "\n" not in str(caught.value)


def test_refuses_pages_over_the_limit() -> None:
    with pytest.raises(InputError) as caught:
        _decode(b"<p>word</p>" * 1000, limit=5000)
    assert caught.value.reason == "too-large"
    assert "max_page_bytes" in caught.value.detail


def test_refuses_a_gzip_bomb_without_inflating_it() -> None:
    bomb = gzip.compress(b"\x00" * 50_000_000, compresslevel=9)
    assert len(bomb) < 100_000
    with pytest.raises(InputError) as caught:
        _decode(bomb, limit=LIMIT)
    assert caught.value.reason == "too-large"


def test_refuses_mostly_undecodable_bytes() -> None:
    # Every high byte in turn: no encoding reads it as text, UTF-8 least of all.
    with pytest.raises(InputError) as caught:
        _decode(bytes(range(128, 256)) * 20)
    assert caught.value.reason == "undecodable"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("<!DOCTYPE html><html><body><p>x</p></body></html>", "html"),
        ("<div class='a'><p>Paragraph one.</p><p>Two.</p></div>", "html"),
        ("Tehran said on Monday it would talk.\n\nThe talks <b>failed</b>.", "text"),
        ("Plain text with a < sign and a > sign.", "text"),
    ],
)
def test_detect_kind(text: str, kind: str) -> None:
    assert detect_kind(text) == kind
