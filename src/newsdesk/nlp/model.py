"""Load the spaCy pipeline once per process.

The pipeline is named by ``Settings.model`` (a package name or a path). It is
loaded on first use and kept for the life of the process, so a batch worker
pays the loading cost once. A missing model is a ``ModelError`` that says how
to install it; nothing is ever downloaded.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.language import Language

from newsdesk.errors import ModelError

__all__ = ["load_model"]


@lru_cache(maxsize=4)
def load_model(name: str) -> Language:
    """The spaCy pipeline ``name``, loaded once per process and cached."""
    import spacy

    try:
        nlp = spacy.load(name)
    except (OSError, ImportError, ValueError) as exc:
        raise ModelError(
            f"cannot load the spaCy model {name!r}: {exc}. Install it into this environment "
            "(see requirements-model.txt) or set the `model` setting to an installed "
            "pipeline name or path; newsdesk never downloads models."
        ) from exc
    if not nlp.has_pipe("parser") and not nlp.has_pipe("senter"):
        raise ModelError(f"the spaCy model {name!r} has no parser or sentence splitter")
    return nlp
