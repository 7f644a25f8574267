"""A record as a person reads it: credit, title, body with headings, market table, tags, removed."""

from __future__ import annotations

import textwrap

from newsdesk.record import Record

WIDTH = 78


def render_text(record: Record) -> str:
    out: list[str] = []
    head = [
        ("Title", record.title),
        ("Credit", record.credit),
        ("Authors", ", ".join(record.authors) or None),
        ("Published", record.published),
        ("Language", record.language),
        ("Source", record.source.url or record.source.path),
        ("Id", record.id),
    ]
    for label, value in head:
        if value:
            out.append(f"{label + ':':<11}{value}")
    out.append("")
    for para in record.paragraphs:
        text = record.body[para.start : para.end]
        if para.kind == "heading":
            out.extend([f"## {text}", ""])
        else:
            out.append(textwrap.fill(text, WIDTH))
            out.append("")
    if record.market:
        out.append("Market")
        name_width = max(len(row.name) for row in record.market)
        for row in record.market:
            values = "  ".join(f"{v:.10g}" for v in row.values)
            flag = "" if row.confident else "   (garbled: values doubtful)"
            canonical = row.canonical or "?"
            out.append(f"  {row.name:<{name_width}}  {canonical:<32} {values}{flag}")
        out.append("")
    if record.tags:
        out.append("Tags: " + "; ".join(record.tags))
        out.append("")
    if record.entities:
        out.append("Entities")
        for ent in record.entities:
            aliases = f" (also: {', '.join(ent.aliases)})" if ent.aliases else ""
            out.append(f"  {ent.type:<7} {ent.name}{aliases}  x{len(ent.mentions)}")
        out.append("")
    if record.quotes:
        names = {ent.id: ent.name for ent in record.entities}
        out.append("Quotes")
        for quote in record.quotes:
            who = names.get(quote.speaker or "", quote.speaker_text or "(unknown)")
            text = textwrap.shorten(quote.text, 90)
            out.append(f"  [{quote.kind}] {who}: {text}")
        out.append("")
    if record.sources:
        out.append("Cited: " + "; ".join(f"{s.name} ({s.kind})" for s in record.sources))
        out.append("")
    if record.removed:
        out.append("Removed")
        for item in record.removed:
            line = f"line {item.line:<4}" if item.line is not None else " " * 9
            out.append(f"  {item.kind:<10} {line} {textwrap.shorten(item.text, 56)}")
        out.append("")
    if record.warnings:
        out.append("Warnings")
        out.extend(f"  {w}" for w in record.warnings)
        out.append("")
    return "\n".join(out).rstrip() + "\n"
