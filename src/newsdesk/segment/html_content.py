"""Find the article in a walked page and label every run of text.

The main content is the element whose subtree holds the most prose for the
least of everything else (``prose - OTHER_WEIGHT * other``, a maximum-subtree
choice), with a bonus for elements whose class, id or ``itemprop`` name the
article body and a penalty for elements inside announced furniture and for
the page root itself. Siblings that continue it (an article split by a
widget) join it, and so does its lead: prose before it under the same
enclosing elements (a standfirst or first paragraph that templates set
apart from the body element). Inside it, runs stay in the body unless markup
or wording marks them as furniture; outside it, every run is furniture,
labelled by the markup around it and joined into one block per furniture
element.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import get_args

from newsdesk.lexicon.html import FURNITURE_TAGS, HEADING_TAGS, RUN_LABELS
from newsdesk.recognise.bylines import is_byline, is_caption, is_date_line
from newsdesk.segment.blocks import BODY_KINDS, Block, BlockKind
from newsdesk.segment.html_dom import Node, Page, Run

#: How much a character of non-prose text costs against one of prose.
OTHER_WEIGHT = 0.3
#: Score multiplier for an element that calls itself the article body.
BODY_HINT_BONUS = 2.0
#: Score multiplier for an element inside (or being) announced furniture.
FURNITURE_FACTOR = 0.3
#: The page as a whole is the article only when nothing inside it stands out.
PAGE_TAGS = frozenset({"html", "body"})
PAGE_FACTOR = 0.7
#: A sibling of the container whose text is at least this share prose continues it.
SIBLING_PROSE_SHARE = 0.8
#: A hinted element holding more than this share of the container's prose is
#: part of the article, whatever its class says (``article-body has-sidebar``).
MAX_HINTED_SHARE = 0.5
#: A run inside the article whose link text is above this share is a link list.
MAX_BODY_LINK_SHARE = 0.5
#: Hints a standfirst wears (``teaser``, ``dek``, ``standfirst``, ``subtitle``:
#: CMS templates, German ones above all, call the article's lead a teaser). An
#: element of prose alone (no links, no labels) before the article and
#: carrying one of them is the article's lead, not a teaser for another page.
#: Semantic furniture tags (``<aside>``, ``<footer>``) are never a lead.
LEAD_HINTS = frozenset({"related", "boilerplate"})
#: A lead is a paragraph: shorter prose before the article is a label, a
#: credit or a notice.
MIN_LEAD_CHARS = 80
#: A heading longer than this is no section heading: prose set in a heading
#: tag (a standfirst, an article written in headings) is a paragraph, anything
#: else a teaser.
MAX_HEADING_CHARS = 120
#: A link-heavy run ending a sentence is still prose (a linked sentence).
#: (From the first word character of its line: searched from every one, ``.{40,}`` ran to the
#: end of the line each time, quadratic time in a long link text.)
_SENTENCE_END = re.compile(r"(?m:^)[^\w\n]*\w.{40,}[.!?。][\"'”’»)]?$")
#: Runs longer than this are never taken for a label, whatever they start with.
MAX_LABEL_CHARS = 200
#: Outside the article only runs up to this long are read for their wording
#: (the rest is labelled by markup alone: reading menus costs time for nothing).
MAX_OUTSIDE_LABEL_CHARS = 80
#: Removed text kept per furniture block (the rest is cut with an ellipsis).
MAX_REMOVED_CHARS = 1000

#: The furniture kind a hint or a label names, as a ``BlockKind`` (every kind but the body's).
_KINDS: dict[str, BlockKind] = {
    kind: kind for kind in get_args(BlockKind) if kind not in BODY_KINDS
}


@dataclass(frozen=True, slots=True)
class Labelled:
    """One run with its label and the element it is grouped under."""

    run: Run
    kind: BlockKind
    group: int  # node index: runs of one furniture element share it
    in_article: bool = False  # inside the article's element(s)


def choose_container(page: Page) -> int:
    """Index of the node that holds the article (0, the root, when nothing stands out)."""
    best, best_score = 0, float("-inf")
    for index, node in enumerate(page.nodes):
        if node.prose == 0:
            continue
        score = node.prose - OTHER_WEIGHT * node.other
        if node.body_hint:
            score *= BODY_HINT_BONUS
        if node.in_furniture:
            score *= FURNITURE_FACTOR
        if node.tag in PAGE_TAGS:
            score *= PAGE_FACTOR
        if score > best_score:
            best, best_score = index, score
    return best


def label_runs(page: Page, container: int) -> list[Labelled]:
    """Every run of the page with its label, in page order."""
    nodes = page.nodes
    limit = MAX_HINTED_SHARE * nodes[container].prose
    holders = _holders(nodes, container)
    parts = _article_parts(nodes, container)
    enclosing = _enclosing(nodes, container)
    labelled: list[Labelled] = []
    for at, run in enumerate(page.runs):
        path = run.path
        depth = _depth_in(path, parts)
        if depth < 0 and at < nodes[container].first_run and _is_lead(run, nodes, enclosing):
            kind = _inner_kind(run, nodes[run.owner])
            if kind in ("paragraph", "heading"):  # else furniture, labelled as outside it
                labelled.append(Labelled(run, kind, run.owner, in_article=True))
                continue
        if depth >= 0:
            hinted = _outer_hint(nodes, path[depth + 1 :], limit)
            if hinted is not None:
                kind = _KINDS[nodes[hinted].hint or "boilerplate"]
                labelled.append(Labelled(run, kind, hinted, in_article=True))
                continue
            kind = _inner_kind(run, nodes[run.owner])
            labelled.append(Labelled(run, kind, run.owner, in_article=True))
            continue
        hinted = _outer_hint(nodes, path, limit)
        tag = nodes[run.owner].tag
        if tag == "h1":
            labelled.append(Labelled(run, "title", run.owner))
        elif hinted is not None:
            labelled.append(Labelled(run, _KINDS[nodes[hinted].hint or "boilerplate"], hinted))
        else:
            short = len(run.text) <= MAX_OUTSIDE_LABEL_CHARS
            label = label_kind(run.text, in_article=False) if short else None
            labelled.append(Labelled(run, label or "boilerplate", _branch(path, holders)))
    return _settle_title(_drop_trailing_headings(labelled))


def to_blocks(labelled: list[Labelled]) -> list[Block]:
    """Body runs one block each; consecutive furniture runs of one element joined."""
    blocks: list[Block] = []
    pending: list[Labelled] = []

    def flush() -> None:
        if not pending:
            return
        text = " ".join(item.run.text for item in pending)
        if len(text) > MAX_REMOVED_CHARS:
            text = text[: MAX_REMOVED_CHARS - 1].rstrip() + "…"
        blocks.append(Block(text=text, kind=pending[0].kind, line=pending[0].run.line))
        pending.clear()

    for item in labelled:
        if item.kind in ("paragraph", "heading"):
            flush()
            blocks.append(Block(text=item.run.text, kind=item.kind, line=item.run.line))
            continue
        if pending and (pending[0].kind != item.kind or pending[0].group != item.group):
            flush()
        pending.append(item)
    flush()
    return blocks


def _outer_hint(nodes: list[Node], path: tuple[int, ...], limit: float) -> int | None:
    for index in path:
        node = nodes[index]
        if node.hint is not None and node.prose <= limit:
            return index
    return None


def _inner_kind(run: Run, owner: Node) -> BlockKind:
    if owner.tag == "h1":
        return "title"
    text = run.text
    if run.link_chars > MAX_BODY_LINK_SHARE * len(text) and not _SENTENCE_END.search(text):
        return "related"
    label = label_kind(text, in_article=True)
    if label is not None:
        return label
    if owner.tag in HEADING_TAGS and len(text) <= MAX_HEADING_CHARS:
        return "heading"
    if owner.tag in HEADING_TAGS and not run.prose:
        return "boilerplate"
    return "paragraph"


def label_kind(text: str, *, in_article: bool) -> BlockKind | None:
    """The furniture kind a short run announces by its wording, or ``None``.

    Inside the article a date alone is content (tweets, schedules): only
    publication stamps (``Published ...``) count there.
    """
    if len(text) > MAX_LABEL_CHARS:
        return None
    for pattern, kind in RUN_LABELS:
        if pattern.match(text):
            return _KINDS[kind]
    if is_byline(text):
        return "byline"
    if is_caption(text):
        return "caption"
    if not in_article and is_date_line(text):
        return "date"
    return None


def _depth_in(path: tuple[int, ...], parts: frozenset[int]) -> int:
    for depth, index in enumerate(path):
        if index in parts:
            return depth
    return -1


def _article_parts(nodes: list[Node], container: int) -> frozenset[int]:
    """The container and the siblings that continue it (an article split by a widget).

    A sibling continues the article when it is mostly prose and announces no
    furniture; the search stops at the first sibling that is neither empty
    nor such a continuation.
    """
    parent = nodes[container].parent
    if parent < 0:
        return frozenset({container})
    siblings = [i for i in range(parent + 1, len(nodes)) if nodes[i].parent == parent]
    at = siblings.index(container)
    parts = {container}
    for direction in (-1, 1):
        i = at + direction
        while 0 <= i < len(siblings):
            node = nodes[siblings[i]]
            if node.prose == 0 and node.other == 0:
                i += direction
                continue
            if node.hint is not None or node.prose < SIBLING_PROSE_SHARE * (
                node.prose + node.other
            ):
                break
            parts.add(siblings[i])
            i += direction
    return frozenset(parts)


def _branch(path: tuple[int, ...], holders: frozenset[int]) -> int:
    """The outermost ancestor of a run that does not hold the container."""
    for index in path:
        if index not in holders:
            return index
    return path[-1] if path else 0


def _enclosing(nodes: list[Node], container: int) -> frozenset[int]:
    """The container's ancestors below the page root and outside announced furniture."""
    found = []
    index = nodes[container].parent
    while index >= 0 and nodes[index].tag not in PAGE_TAGS and not nodes[index].in_furniture:
        found.append(index)
        index = nodes[index].parent
    return frozenset(found)


def _is_lead(run: Run, nodes: list[Node], enclosing: frozenset[int]) -> bool:
    """A prose run inside an element that encloses the article, under no furniture hint
    but a standfirst's."""
    return (
        run.prose
        and len(run.text) >= MIN_LEAD_CHARS
        and any(index in enclosing for index in run.path)
        and all(_lead_hint_ok(nodes[index], run) for index in run.path)
    )


def _lead_hint_ok(node: Node, run: Run) -> bool:
    """No furniture hint, or one a standfirst wears on an element of prose alone, no links."""
    if node.hint is None:
        return True
    return (
        node.hint in LEAD_HINTS
        and node.other == 0
        and run.link_chars == 0
        and node.tag not in FURNITURE_TAGS
    )


def _holders(nodes: list[Node], container: int) -> frozenset[int]:
    """The container and every ancestor of it."""
    found = []
    index = container
    while index >= 0:
        found.append(index)
        index = nodes[index].parent
    return frozenset(found)


def _settle_title(labelled: list[Labelled]) -> list[Labelled]:
    """One headline: the last ``<h1>`` before the article starts (else the first).

    Other ``<h1>`` runs are section headings inside the article, and a logo
    or site name outside it.
    """
    first_body = next((i for i, item in enumerate(labelled) if item.kind == "paragraph"), None)
    titles = [i for i, item in enumerate(labelled) if item.kind == "title"]
    if len(titles) <= 1:
        return labelled
    before = [i for i in titles if first_body is None or i < first_body]
    keep = before[-1] if before else titles[0]
    for i in titles:
        if i != keep:
            item = labelled[i]
            inside = item.in_article and first_body is not None and i > first_body
            kind: BlockKind = "heading" if inside else "boilerplate"
            labelled[i] = Labelled(item.run, kind, item.group, item.in_article)
    return labelled


def _drop_trailing_headings(labelled: list[Labelled]) -> list[Labelled]:
    """A heading with no paragraph after it heads furniture, not the article."""
    seen_paragraph = False
    for i in range(len(labelled) - 1, -1, -1):
        item = labelled[i]
        if item.kind == "paragraph":
            seen_paragraph = True
        elif item.kind == "heading" and not seen_paragraph:
            labelled[i] = Labelled(item.run, "boilerplate", item.group, item.in_article)
    return labelled
