"""The language model is unpacked once into the user's cache, then read from there."""

from __future__ import annotations

import lzma
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from newsdesk.metadata import language
from newsdesk.metadata.language import detect_language, unpacked_model

SAMPLES = [
    ("The council voted on Monday to close the old bridge for repairs until spring.", "en"),
    ("Le conseil municipal a voté lundi la fermeture du vieux pont pour des travaux.", "fr"),
    ("Der Stadtrat hat am Montag beschlossen, die alte Brücke für Reparaturen zu sperren.", "de"),
    ("El ayuntamiento votó el lunes cerrar el viejo puente para hacer reparaciones.", "es"),
]


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An empty cache folder, and a detector loaded afresh."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    language._identifier.cache_clear()
    yield tmp_path / "cache" / "newsdesk"
    language._identifier.cache_clear()


def packed() -> Path:
    from py3langid.langid import MODEL_DIR, MODEL_FILE

    return Path(MODEL_DIR / MODEL_FILE)


@pytest.mark.slow
def test_the_second_start_reads_the_unpacked_model(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = [detect_language(text) for text, _ in SAMPLES]
    assert first == [code for _, code in SAMPLES]
    assert [p.suffix for p in cache.iterdir()] == [".npz"]
    language._identifier.cache_clear()

    def no_unpacking(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("the packed model was unpacked again")

    monkeypatch.setattr(lzma, "open", no_unpacking)
    assert [detect_language(text) for text, _ in SAMPLES] == first


@pytest.mark.slow
def test_the_unpacked_model_scores_as_the_packed_one(cache: Path) -> None:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    unpacked_model(packed())
    ours = language._identifier()
    theirs = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    for text, _ in SAMPLES:
        assert ours.classify(text) == theirs.classify(text)


@pytest.mark.slow
def test_without_a_writable_cache_the_packed_model_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    language._identifier.cache_clear()
    try:
        assert unpacked_model(packed()) is None
        assert detect_language(SAMPLES[1][0]) == "fr"
    finally:
        language._identifier.cache_clear()


@pytest.mark.slow
def test_a_damaged_unpacked_model_is_replaced(cache: Path) -> None:
    target = unpacked_model(packed())
    assert target is not None
    target.write_bytes(b"PK\x03\x04 cut short")
    language._identifier.cache_clear()
    assert detect_language(SAMPLES[2][0]) == "de"
    assert not target.exists()  # unpacked again on the next start
    assert unpacked_model(packed()) == target and target.stat().st_size > 1_000_000
