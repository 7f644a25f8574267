"""Settings: defaults < file < environment < flags; unknown keys are errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdesk.errors import ConfigError
from newsdesk.settings import HELP, Settings, env_warnings, load_settings


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
        ({"NEWSDESK_WORKERS": "many"}, "workers must be a whole number, got 'many'"),
        ({"NEWSDESK_PAGE_TIMEOUT": "soon"}, "page_timeout must be a number, got 'soon'"),
        ({"NEWSDESK_NLP": "perhaps"}, "nlp must be true or false, got 'perhaps'"),
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


def test_an_unknown_key_in_a_settings_file_is_an_error(tmp_path: Path) -> None:
    file = tmp_path / "newsdesk.toml"
    file.write_text("colour = 'red'\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="unknown setting 'colour'"):
        load_settings(file=file, env={})


def test_an_unknown_environment_variable_is_ignored() -> None:
    """The environment is shared: NEWSDESK_* variables of other tools break nothing."""
    settings = load_settings(env={"NEWSDESK_COLOUR": "red", "NEWSDESK_WORKER": "3"})
    assert settings == Settings()


@pytest.mark.parametrize(
    ("env", "warnings"),
    [
        ({"NEWSDESK_COLOUR": "red", "NEWSDESK_HOME": "/srv"}, []),
        ({"NEWSDESK_WORKERS": "2"}, []),
        (
            {"NEWSDESK_WORKER": "2"},
            ["NEWSDESK_WORKER is not a setting (ignored); did you mean NEWSDESK_WORKERS?"],
        ),
        (
            {"NEWSDESK_PAGETIMEOUT": "5", "NEWSDESK_COLOUR": "red"},
            [
                "NEWSDESK_PAGETIMEOUT is not a setting (ignored); "
                "did you mean NEWSDESK_PAGE_TIMEOUT?"
            ],
        ),
    ],
)
def test_a_misspelled_setting_in_the_environment_is_named(
    env: dict[str, str], warnings: list[str]
) -> None:
    assert env_warnings(env) == warnings
