"""The language of a body, by py3langid (offline, 97 languages), as an ISO 639-1 code."""

from __future__ import annotations

from functools import cache
from typing import Any

#: Characters of the body the detector reads: enough to be sure, quick to score.
SAMPLE_CHARS = 800
#: Fewest letters a body needs before its language is told (fewer: None).
MIN_LETTERS = 40
#: Lowest normalised probability a guess needs to be reported.
MIN_CONFIDENCE = 0.5

#: py3langid labels that are not ISO 639-1 codes, mapped to the macro-language
#: code when there is one (py3langid's label list; ISO 639-3 macro-language tables).
#: Labels with no ISO 639-1 code at all (ace, bcl, crh, ...) give None.
_TO_ISO_639_1: dict[str, str] = {
    "ary": "ar",  # Moroccan Arabic
    "arz": "ar",  # Egyptian Arabic
    "uzs": "uz",  # Southern Uzbek
    "gug": "gn",  # Paraguayan Guaraní
    "fuv": "ff",  # Nigerian Fulfulde
    "yue": "zh",  # Cantonese, written in Chinese characters
    "wuu": "zh",  # Wu Chinese
}


def detect_language(body: str) -> str | None:
    """The ISO 639-1 code of the body's language, or None when it is too short to tell."""
    sample = body[:SAMPLE_CHARS]
    if sum(1 for ch in sample if ch.isalpha()) < MIN_LETTERS:
        return None
    label, probability = _identifier().classify(sample)
    if probability < MIN_CONFIDENCE:
        return None
    code = str(label)
    if len(code) == 2:
        return code
    return _TO_ISO_639_1.get(code)


@cache
def _identifier() -> Any:
    """The detector, loaded once per process (about half a second)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
