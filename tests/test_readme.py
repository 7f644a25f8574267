"""The README documents what the code has: every setting, reason code and command."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsdesk.cli.main import COMMANDS
from newsdesk.errors import REASONS
from newsdesk.settings import HELP, Settings

README = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(HELP))
def test_every_setting_is_documented_with_its_default(name: str) -> None:
    default = getattr(Settings(), name)
    assert f"| `{name}` (`NEWSDESK_{name.upper()}`) | `{default!r}` | {HELP[name]} |" in README


@pytest.mark.parametrize("code", sorted(REASONS))
def test_every_reason_code_is_documented(code: str) -> None:
    assert f"| `{code}` | {REASONS[code]} |" in README


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_is_shown(command: str) -> None:
    assert f"newsdesk {command}" in README


def test_the_two_commands_come_first() -> None:
    first_block = README.split("```")[1]
    assert "make run" in first_block and "make test" in first_block


def test_it_says_how_to_reach_the_command_after_make_run() -> None:
    setup = README.split("## Usage")[0]
    assert "source .venv/bin/activate" in setup and ".venv/bin/newsdesk" in setup


@pytest.mark.parametrize(
    "query", ["Iran -police", "Iran NOT police", "NEAR(police station)", "東京", "sanction*"]
)
def test_the_search_syntax_is_documented(query: str) -> None:
    assert f"`{query}`" in README


ROOT = Path(__file__).parent.parent
#: The README's map of the tree: the code block of its Layout section.
LAYOUT = README.split("\n## Layout\n")[1].split("```")[1]
#: A line of the map that names a file or folder: its indent, then the name.
_ENTRY = re.compile(r"^(?P<indent> *)(?P<name>[\w.]+(?:/[\w.]+)*(?:/|\.py))(?:\s|$)")


def layout_paths() -> list[str]:
    """Every path the Layout section names, folders joined to what is listed under them."""
    paths: list[str] = []
    parents: list[tuple[int, str]] = []  # (indent, folder) of the folders open above a line
    for line in LAYOUT.splitlines():
        entry = _ENTRY.match(line)
        if entry is None:  # a description running on from the line above
            continue
        indent, name = len(entry["indent"]), entry["name"]
        while parents and parents[-1][0] >= indent:
            parents.pop()
        path = (parents[-1][1] if parents else "") + name
        paths.append(path)
        if name.endswith("/"):
            parents.append((indent, path))
    return paths


def test_the_layout_names_the_source_folders() -> None:
    assert {"src/newsdesk/", "src/newsdesk/nlp/coref/", "src/newsdesk_bench/"} <= set(
        layout_paths()
    )


@pytest.mark.parametrize("path", layout_paths())
def test_every_path_the_layout_names_exists(path: str) -> None:
    assert (ROOT / path).exists(), f"the README's Layout names {path}, which does not exist"


def _code_units() -> list[Path]:
    """Each package under src/, and each module at the top of newsdesk."""
    packages = [init.parent for init in sorted((ROOT / "src").rglob("__init__.py"))]
    modules = sorted((ROOT / "src" / "newsdesk").glob("*.py"))
    return [*packages, *modules]


@pytest.mark.parametrize("unit", _code_units(), ids=lambda unit: unit.name)
def test_the_layout_names_every_package_and_top_module(unit: Path) -> None:
    name = f"{unit.name}/" if unit.is_dir() else unit.name
    assert re.search(rf"(?<!\w){re.escape(name)}", LAYOUT), f"the README's Layout lacks {name}"
