"""Bytes to text: gzip, size limits, binary detection, encodings, text or HTML.

The first stage of every page. It refuses what is not a page with an
``InputError`` whose reason code says why (empty, binary, too-large,
truncated, undecodable) and otherwise returns the page's text and whether it
is HTML or flattened text. Encodings are tried in this order:

1. a byte-order mark (UTF-8, UTF-16, UTF-32);
2. UTF-8, when every byte fits it (a page that is valid UTF-8 is UTF-8 in
   practice, whatever its header says: servers often declare ISO-8859-1 by
   default);
3. mostly UTF-8 with a few bytes that are not (a page pasted together from
   two sources): the stray bytes are read as windows-1252, with a warning;
4. the charset the container declared (HTTP header, JSONL field), then the
   page's own ``<meta charset>`` / ``http-equiv`` / XML declaration;
5. charset-normalizer's detection.

A page whose bytes fit none of them cleanly is decoded with replacement
characters and a warning, or refused as ``undecodable`` when more than
``MAX_REPLACED`` of it would be replaced. Line breaks come out as ``\\n``.
Control characters are dropped; a NUL byte among them with a warning (a page
is binary only when control characters are more than ``MAX_CONTROL`` of it).
"""

from __future__ import annotations

import codecs
import re
import zlib
from dataclasses import dataclass

from charset_normalizer import from_bytes

from newsdesk.errors import InputError
from newsdesk.lexicon.html import SELF_UNDECLARABLE_CHARSETS
from newsdesk.page import PageKind, RawPage

STAGE = "decode"

GZIP_MAGIC = b"\x1f\x8b"

#: Magic numbers of common binary formats a page source may hold by mistake
#: (from the formats' specifications; the list of `file(1)` magic is the model).
BINARY_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"\x7fELF", "an executable"),
    (b"MZ\x90\x00", "a Windows executable"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ", "an xz archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"\x28\xb5\x2f\xfd", "a zstd archive"),
    (b"RIFF", "a RIFF media file"),
    (b"\x00\x00\x01\x00", "an icon"),
    (b"OggS", "an Ogg media file"),
    (b"ID3", "an MP3 file"),
    (b"wOFF", "a web font"),
    (b"wOF2", "a web font"),
    (b"\xd0\xcf\x11\xe0", "an Office document"),
    (b"SQLite format 3", "an SQLite database"),
    (GZIP_MAGIC, "gzip data compressed twice"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

#: ``<meta charset=x>`` and ``<meta http-equiv=content-type content="...; charset=x">``.
_META_CHARSET = re.compile(
    rb"""<meta[^>]{1,500}?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE
)
_XML_DECLARATION = re.compile(
    rb"""^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)""", re.IGNORECASE
)
#: How far into a page its charset declaration is looked for (the HTML
#: standard says 1024 bytes; real pages put long scripts before it).
DECLARATION_WINDOW = 16_384

_HTML_SIGNS = re.compile(
    r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<(?:p|div|article|span|a|meta|title)[\s>]",
    re.IGNORECASE,
)
_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>")

#: Control characters a page never means to show (tab and line feed stay),
#: and lone surrogates, which cannot be written as UTF-8.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
#: Bytes that are not control characters, deleted to count the ones that are.
_NOT_CONTROL = bytes(b for b in range(256) if not (b < 32 and b not in (9, 10, 12, 13, 27)))

#: Share of replacement characters above which a page counts as undecodable.
MAX_REPLACED = 0.05
#: Share of control characters (besides tab, newline, CR, FF, ESC) marking binary data.
MAX_CONTROL = 0.02
#: A text may hold a few stray control characters and still be a text.
MIN_CONTROLS = 8
#: Bytes given to charset-normalizer: enough to decide, quick to scan.
DETECTION_SAMPLE = 200_000
#: Single-byte charsets whose stray bytes in a mostly-UTF-8 page are read as windows-1252.
_WESTERN = frozenset({"cp1252", "latin-1", "iso8859-1", "iso8859-15", "ascii"})
_FALLBACK = "newsdesk-cp1252-fallback"
#: Latin-1 letters (no × ÷) and the typography Western pages use beyond ASCII.
_WESTERN_LETTERS = re.compile(
    "[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff\u0152\u0153\u0160\u0161\u017d\u017e]"
)
_WESTERN_CHARS = re.compile(
    "[\x00-\x7f\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff\u0152\u0153\u0160\u0161\u017d"
    "\u017e\u00a0\u00ab\u00bb\u00b0\u00a9\u00ae\u00a7\u00a3\u00b7\u00bd\u00bc\u2018"
    "\u2019\u201a\u201c\u201d\u201e\u2013\u2014\u2026\u2022\u20ac\u2122]+"
)


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    kind: PageKind
    encoding: str
    warnings: tuple[str, ...] = ()


def decode(page: RawPage, *, max_bytes: int) -> Decoded:
    """The text of a page, or an ``InputError`` saying why it has none."""
    data = page.data
    if data[:2] == GZIP_MAGIC:
        data = _gunzip(data, max_bytes=max_bytes)
    if len(data) > max_bytes:
        raise InputError(
            f"page is {len(data):,} bytes, over the limit of {max_bytes:,} (max_page_bytes)",
            reason="too-large",
            stage=STAGE,
        )
    if not data.strip():
        raise InputError("page is empty", reason="empty", stage=STAGE)
    for magic, what in BINARY_MAGIC:
        if data.startswith(magic):
            raise InputError(f"input is {what}, not a page", reason="binary", stage=STAGE)
    text, encoding, warnings = _to_text(data, page.encoding)
    nuls = text.count("\x00")
    if nuls:  # a stray NUL in a text (a damaged copy) is dropped, not taken for binary data
        warnings.append(f"decode: {nuls} NUL byte{'s' if nuls > 1 else ''} dropped")
    text = _CONTROLS.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    if not text.strip():
        raise InputError("page is empty", reason="empty", stage=STAGE)
    kind = page.kind or detect_kind(text)
    return Decoded(text=text, kind=kind, encoding=encoding, warnings=tuple(warnings))


def detect_kind(text: str) -> PageKind:
    """``html`` when the text is markup, ``text`` when it is flattened prose."""
    head = text[:4096].lstrip()
    if _HTML_SIGNS.search(head):
        return "html"
    sample = text[:20000]
    tags = len(_TAG.findall(sample))
    return "html" if tags >= 5 and tags * 40 > len(sample.split()) else "text"


def _gunzip(data: bytes, *, max_bytes: int) -> bytes:
    """Inflate every gzip member, never more than ``max_bytes + 1`` bytes in all."""
    out = bytearray()
    rest = data
    while rest[:2] == GZIP_MAGIC:
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            out += inflater.decompress(rest, max_bytes + 1 - len(out))
        except zlib.error as exc:
            raise InputError(
                f"gzip data is corrupt ({exc})", reason="corrupt", stage=STAGE
            ) from exc
        if len(out) > max_bytes:
            raise InputError(
                f"page inflates to over {max_bytes:,} bytes (max_page_bytes)",
                reason="too-large",
                stage=STAGE,
            )
        if not inflater.eof:
            raise InputError(
                "gzip data ends early: the file is truncated", reason="truncated", stage=STAGE
            )
        rest = inflater.unused_data  # another member, or trailing bytes gzip(1) ignores too
    return bytes(out)


def _to_text(data: bytes, declared: str | None) -> tuple[str, str, list[str]]:
    """The text, the encoding it was read in, and warnings about the reading."""
    for bom, bom_encoding in _BOMS:
        if data.startswith(bom):
            text = data.decode(bom_encoding, errors="replace")
            return text, bom_encoding.replace("-sig", ""), _replaced_warning(text)
    utf16 = _sniff_utf16(data[:8192]) if b"\x00" in data[:8192] else None
    if utf16 is not None:
        text = data.decode(utf16, errors="replace")
        return text, utf16, _replaced_warning(text)
    if _looks_binary(data):  # NUL bytes count as control characters there, no more
        raise InputError("input is binary data, not a page", reason="binary", stage=STAGE)
    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError:
        pass
    declarations = _declared(data, declared)
    mixed = _mixed_utf8(data, western=bool(declarations) and declarations[0] in _WESTERN)
    if mixed is not None:
        text, stray = mixed
        note = f"decode: page mixes encodings: {stray} bytes not UTF-8, read as windows-1252"
        return text, "utf-8", [note]
    for encoding in declarations:
        try:
            return data.decode(encoding), encoding, []
        except (UnicodeDecodeError, LookupError):
            continue
    western_text = _plausible_western(data)
    if western_text is not None:
        return western_text, "cp1252", []
    best = from_bytes(data[:DETECTION_SAMPLE]).best()
    detected = _codec_name(best.encoding) if best is not None and best.encoding else None
    # Failing detection, the page's own word, read with replacements; else UTF-8.
    encoding = detected or (declarations[0] if declarations else "utf-8")
    text = data.decode(encoding, errors="replace")
    return text, encoding, _replaced_warning(text)


def _declared(data: bytes, container: str | None) -> list[str]:
    """Codec names the container and the page itself declare, in that order, UTF-8 left out."""
    names: list[str] = []
    if container:
        names.append(container)
    head = data[:DECLARATION_WINDOW]
    for pattern in (_XML_DECLARATION, _META_CHARSET):
        match = pattern.search(head)
        if match:
            name = _codec_name(match.group(1).decode("ascii", "replace"))
            if name and name not in SELF_UNDECLARABLE_CHARSETS:
                names.append(name)
    codecs_: list[str] = []
    for name in names:
        codec = _codec_name(name)
        if codec and codec != "utf-8" and codec not in codecs_:
            codecs_.append(codec)
    return codecs_


def _mixed_utf8(data: bytes, *, western: bool) -> tuple[str, int] | None:
    """Text and stray-byte count of a page that is UTF-8 but for some windows-1252 bytes.

    Decided by counting characters UTF-8 read well (beyond ASCII) against the
    spots it could not read: a page in another single-byte charset has hardly
    any valid multi-byte sequences, so it goes on to its declaration or detection.
    """
    loose = data.decode("utf-8", errors="replace")
    invalid = loose.count("\ufffd") - data.count("\ufffd".encode())
    valid = len(loose) - len(loose.encode("ascii", errors="ignore")) - invalid
    if valid < 1 or (invalid > valid and not western):
        return None
    return data.decode("utf-8", errors=_FALLBACK), invalid


def _read_as_cp1252(exc: UnicodeError) -> tuple[str, int]:
    """Codec error handler: bytes UTF-8 cannot read are read as windows-1252."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    stray = exc.object[exc.start : exc.end]
    return stray.decode("cp1252", errors="replace"), exc.end


codecs.register_error(_FALLBACK, _read_as_cp1252)


def _plausible_western(data: bytes) -> str | None:
    """The windows-1252 reading of an undeclared page when it reads as Western text.

    Browsers in Western locales read undeclared pages as windows-1252, and
    charset-normalizer often takes short French, German or Spanish text for
    windows-1250. The reading counts as Western when every character beyond
    ASCII is a Latin-1 letter or common typography, and such letters are a
    minority of all letters (a Cyrillic page read this way is nearly all of them).
    """
    text = data.decode("cp1252", errors="replace")
    foreign = _WESTERN_CHARS.sub("", text)
    if foreign:
        return None
    letters = sum(1 for ch in text if ch.isalpha())
    accented = len(_WESTERN_LETTERS.findall(text))
    return text if accented * 4 <= letters else None


def _sniff_utf16(sample: bytes) -> str | None:
    """``utf-16-le``/``-be`` for BOM-less UTF-16 text (NUL in every other byte), else None."""
    even, odd = sample[0::2], sample[1::2]
    if not odd:
        return None
    if odd.count(0) > 0.7 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.7 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def _replaced_warning(text: str) -> list[str]:
    bad = text.count("\ufffd")
    if bad > MAX_REPLACED * max(len(text), 1):
        raise InputError(
            f"{bad:,} characters could not be decoded in any encoding",
            reason="undecodable",
            stage=STAGE,
        )
    return [f"decode: {bad} undecodable characters replaced"] if bad else []


def _codec_name(name: str) -> str | None:
    try:
        info = codecs.lookup(name.strip().lower())
    except LookupError:
        return None
    # Pages that declare latin-1 or ascii are in practice windows-1252 (as browsers read them).
    if info.name in {"latin-1", "iso8859-1", "ascii"}:
        return "cp1252"
    return info.name


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    controls = len(sample.translate(None, _NOT_CONTROL))
    return controls > MAX_CONTROL * len(sample) and controls > MIN_CONTROLS
