"""The language of a body, by py3langid (offline, 97 languages), as an ISO 639-1 code."""

from __future__ import annotations

import lzma
import os
import shutil
import tempfile
import zipfile
from array import array
from functools import cache
from pathlib import Path
from typing import Any

from newsdesk.lexicon.meta import LANGID_TO_ISO_639_1

#: Characters of the body the detector reads: enough to be sure, quick to score.
SAMPLE_CHARS = 800
#: Fewest letters a body needs before its language is told (fewer: None).
MIN_LETTERS = 40
#: Lowest normalised probability a guess needs to be reported.
MIN_CONFIDENCE = 0.5


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
    return LANGID_TO_ISO_639_1.get(code)


@cache
def _identifier() -> Any:
    """The detector, loaded once per process, on the first body long enough to need it.

    py3langid ships its model LZMA-packed; unpacking it takes about half a
    second, at every start. The unpacked model is therefore kept in the user's
    cache folder (``unpacked_model``) the first time, and read from there after
    that (a fifth of the time); where no cache can be written, the packed
    model is read as before.
    """
    import numpy as np
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    unpacked = unpacked_model(MODEL_DIR / MODEL_FILE)
    if unpacked is not None:
        try:
            with np.load(unpacked, allow_pickle=False) as model:
                return LanguageIdentifier(
                    np.asarray(model["ptc"]),
                    np.asarray(model["pc"]),
                    model["classes"].tolist(),
                    _stdlib_array(model["nextmove"]),
                    model["out_feat"].tolist(),
                    norm_probs=True,
                    tk_row=_stdlib_array(model["nextmove_row"]),
                )
        except (OSError, ValueError, KeyError, zipfile.BadZipFile):
            unpacked.unlink(missing_ok=True)  # damaged: unpacked again next time
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def unpacked_model(packed: Path) -> Path | None:
    """The LZMA-packed model ``packed``, unpacked once into the cache folder
    (``$XDG_CACHE_HOME/newsdesk``, else ``~/.cache/newsdesk``) and named for the packed
    file's size and time, so a new py3langid gets a new copy; ``None`` when it cannot be
    written there. Written under a temporary name and renamed, so processes starting
    together never read half a file."""
    try:
        stat = packed.stat()
        folder = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "newsdesk"
        target = folder / f"py3langid-{stat.st_size}-{stat.st_mtime_ns}.npz"
        if target.is_file():
            return target
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, suffix=".part", delete=False) as out:
            try:
                with lzma.open(packed) as source:
                    shutil.copyfileobj(source, out, length=1 << 20)
            except BaseException:
                Path(out.name).unlink(missing_ok=True)
                raise
        Path(out.name).replace(target)
    except (OSError, lzma.LZMAError, RuntimeError):
        return None
    return target


def _stdlib_array(values: Any) -> array[int]:
    """A NumPy array of unsigned integers as the ``array`` py3langid's tables are."""
    out: array[int] = array({2: "H", 4: "I", 8: "L"}[values.dtype.itemsize])
    out.frombytes(values.tobytes())
    return out
