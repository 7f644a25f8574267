"""The spaCy pipeline the NLP tests parse with: the default model, loaded once."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsdesk.nlp.model import load_model
from newsdesk.settings import Settings


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_model(Settings().model)
