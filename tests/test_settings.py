"""Settings: defaults < file < environment < flags; unknown keys are errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdesk.errors import ConfigError
from newsdesk.settings import HELP, Settings, load_settings


def test_every_setting_has_help() -> None:
    assert set(HELP) == set(Settings.__dataclass_fields__)


def test_layers_apply_in_order(tmp_path: Path) -> None:
    file = tmp_path / "newsdesk.toml"
    file.write_text('[newsdesk]\nworkers = 3\ndb = "file.db"\nnlp = false\n', encoding="utf-8")
    settings = load_settings(
        file=file, env={"NEWSDESK_DB": "env.db", "HOME": "/root"}, flags={"workers": 5}
    )
    assert (settings.workers, settings.db, settings.nlp) == (5, "env.db", False)


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"NEWSDESK_COLOUR": "red"}, "unknown setting 'COLOUR'"),
        ({"NEWSDESK_WORKERS": "many"}, "wants a int"),
        ({"NEWSDESK_NLP": "perhaps"}, "wants a bool"),
    ],
)
def test_bad_values_are_errors(env: dict[str, str], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        load_settings(env=env)


def test_unreadable_file_is_a_config_error(tmp_path: Path) -> None:
    file = tmp_path / "bad.toml"
    file.write_text("workers = = 3", encoding="utf-8")
    with pytest.raises(ConfigError, match="cannot read settings"):
        load_settings(file=file, env={})
