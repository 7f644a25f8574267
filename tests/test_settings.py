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
        ({"NEWSDESK_WORKERS": "-1"}, "workers must be 0 or more"),
        ({"NEWSDESK_MAX_PAGE_BYTES": "-5"}, "max_page_bytes must be above 0"),
        ({"NEWSDESK_MAX_PAGE_BYTES": "0"}, "max_page_bytes must be above 0"),
        ({"NEWSDESK_MAX_PARAGRAPH_CHARS": "0"}, "max_paragraph_chars must be above 0"),
        ({"NEWSDESK_PAGE_TIMEOUT": "-1"}, "page_timeout must be 0 or more"),
        ({"NEWSDESK_FETCH_TIMEOUT": "0"}, "fetch_timeout must be above 0"),
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


@pytest.mark.parametrize(("name", "value"), [("workers", "0"), ("page_timeout", "0")])
def test_zero_means_default_or_no_limit_where_documented(name: str, value: str) -> None:
    settings = load_settings(env={f"NEWSDESK_{name.upper()}": value})
    assert getattr(settings, name) == 0
