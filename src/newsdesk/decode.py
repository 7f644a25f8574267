"""Bytes to text: gzip, size limits, binary detection, encodings, text or HTML.

The first stage of every page. It refuses what is not a page with an
``InputError`` whose reason code says why (empty, binary, too-large,
truncated, undecodable) and otherwise returns the page's text and whether it
is HTML or flattened text. Encodings are tried in this order: a BOM, the
encoding the container declared, a ``<meta charset>`` declaration, UTF-8,
then charset-normalizer's detection; a page whose bytes fit none of them
cleanly is decoded with replacement characters and a warning, or refused
when most of it would be replaced.
"""

from __future__ import annotations

import codecs
import gzip
import re
import unicodedata
import zlib
from dataclasses import dataclass

from charset_normalizer import from_bytes

from newsdesk.errors import InputError
from newsdesk.page import PageKind, RawPage

STAGE = "decode"

GZIP_MAGIC = b"\x1f\x8b"

#: Magic numbers of common binary formats a page source may hold by mistake.
BINARY_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"\x7fELF", "an executable"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ", "an xz archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"RIFF", "a RIFF media file"),
    (b"\x00\x00\x01\x00", "an icon"),
    (b"OggS", "an Ogg media file"),
    (b"ID3", "an MP3 file"),
    (b"wOFF", "a web font"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE
)
_HTML_SIGNS = re.compile(
    r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<(?:p|div|article|span|a|meta|title)[\s>]",
    re.IGNORECASE,
)
_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>")

#: Share of replacement characters above which a page counts as undecodable.
MAX_REPLACED = 0.05
#: Share of control characters (besides tab, newline, CR, FF) marking binary data.
MAX_CONTROL = 0.02


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
    text = _clean_controls(text)
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
    """Decompress at most ``max_bytes + 1`` bytes; a cut-off stream is an error."""
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(data, max_bytes + 1)
    except zlib.error as exc:
        raise InputError(
            f"gzip data is corrupt ({exc})", reason="truncated", stage=STAGE
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
    rest = inflater.unused_data
    if rest.startswith(GZIP_MAGIC):  # a multi-member gzip file
        try:
            out += gzip.decompress(rest)
        except (OSError, EOFError, zlib.error) as exc:
            raise InputError(
                f"gzip member is corrupt or truncated ({exc})", reason="truncated", stage=STAGE
            ) from exc
    return out


def _to_text(data: bytes, declared: str | None) -> tuple[str, str, list[str]]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace"), encoding.replace("-sig", ""), []
    if _looks_binary(data):
        raise InputError("input is binary data, not a page", reason="binary", stage=STAGE)
    candidates: list[str] = []
    if declared:
        candidates.append(declared)
    meta = _META_CHARSET.search(data[:4096])
    if meta:
        candidates.append(meta.group(1).decode("ascii", "replace"))
    candidates.append("utf-8")
    for name in candidates:
        codec = _codec_name(name)
        if codec is None:
            continue
        try:
            return data.decode(codec), codec, []
        except UnicodeDecodeError:
            continue
    best = from_bytes(data[:200_000]).best()
    if best is not None and best.encoding:
        encoding = _codec_name(best.encoding) or "utf-8"
        text = data.decode(encoding, errors="replace")
        return text, encoding, _replaced_warning(text)
    text = data.decode("utf-8", errors="replace")
    warnings = _replaced_warning(text)
    if text.count("\ufffd") > MAX_REPLACED * max(len(text), 1):
        raise InputError(
            "bytes are not text in any known encoding", reason="undecodable", stage=STAGE
        )
    return text, "utf-8", warnings


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
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > MAX_CONTROL * len(sample)


def _clean_controls(text: str) -> str:
    """Drop control and format characters a page never means to show (keep line breaks)."""
    if text.isprintable():
        return text
    return "".join(
        ch
        for ch in text
        if ch in "\n\t\r" or unicodedata.category(ch) not in ("Cc", "Cs")
    )
