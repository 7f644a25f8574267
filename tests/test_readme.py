"""The README documents what the code has: every setting, reason code and command."""

from __future__ import annotations

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
