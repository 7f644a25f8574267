"""The page side flows one way: decode → segment → furniture → body; no stage imports a later one.

The recognisers (``newsdesk.recognise``) sit below segmentation and the
furniture stage, which both use them; they import the lexicon and the record
types, never a stage.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "newsdesk"

#: The page side in flow order: a module may import its own part and earlier ones only.
FLOW = ("decode", "recognise", "segment", "furniture", "body")
#: Parts of the package any stage may import (types, data, helpers below every stage).
BELOW = ("newsdesk.lexicon", "newsdesk.record", "newsdesk.page", "newsdesk.errors", "newsdesk.cjk")


def _part(module: str) -> str | None:
    parts = module.split(".")
    if len(parts) < 2 or parts[0] != "newsdesk":
        return None
    return parts[1] if parts[1] in FLOW else None


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.append(node.module)
        elif isinstance(node, ast.Import):
            found.extend(alias.name for alias in node.names)
    return [name for name in found if name.startswith("newsdesk")]


def _modules() -> list[Path]:
    paths = [SRC / "decode.py", SRC / "body.py"]
    for package in ("recognise", "segment", "furniture"):
        paths.extend(sorted((SRC / package).glob("*.py")))
    return paths


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(SRC)))
def test_no_page_stage_imports_a_later_one(path: Path) -> None:
    own = path.relative_to(SRC).parts[0].removesuffix(".py")
    allowed = FLOW[: FLOW.index(own) + 1]
    later = [
        name
        for name in _imports(path)
        if not name.startswith(BELOW) and (_part(name) is None or _part(name) not in allowed)
    ]
    assert not later, f"{path.relative_to(SRC)} imports {later}"


def test_the_check_sees_an_upward_import(tmp_path: Path) -> None:
    module = tmp_path / "lines.py"
    module.write_text("from newsdesk.body import normalise\nfrom newsdesk.lexicon import html\n")
    assert _imports(module) == ["newsdesk.body", "newsdesk.lexicon"]
    assert _part("newsdesk.body") == "body"
    assert FLOW.index("body") > FLOW.index("segment")
