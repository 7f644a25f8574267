"""The spaCy pipeline the NLP tests parse with (the default model, loaded once), and the
quotes it gives for a text."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from newsdesk.nlp.model import load_model
from newsdesk.nlp.quotes.find import QuoteCandidate, find_quotes
from newsdesk.settings import Settings


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_model(Settings().model)


@pytest.fixture(scope="session")
def quotes_in(nlp: Language) -> Callable[[str], list[QuoteCandidate]]:
    """The quotes ``find_quotes`` gives for a text, each checked to be its exact span."""

    def find(text: str) -> list[QuoteCandidate]:
        quotes, _ = find_quotes(nlp(text))
        for quote in quotes:
            assert text[quote.start : quote.end] == quote.text
        return quotes

    return find


@pytest.fixture(scope="session")
def reinhardt_page() -> str:
    """A page where the tagger takes the family name for an adverb ("Reinhardt said") and
    a quote's attribution names its hearer ("told the Bundestag")."""
    return (
        "Chancellor Tobias Reinhardt on Wednesday ruled out tax increases.\n\n"
        '"We will not ask working families to pay for this," Reinhardt told the Bundestag.'
        "\n\nReinhardt said the savings would come from cutting subsidies and from "
        '"a leaner state".'
    )
