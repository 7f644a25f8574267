"""The bundled example pages: each gives a titled, dated record whose body is the article."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdesk import extract
from newsdesk.sources.files import read_file

EXAMPLES = Path(__file__).parent.parent / "examples"
WIKINEWS = sorted(EXAMPLES.glob("GUM_news_*.txt"))


@pytest.mark.parametrize("path", WIKINEWS, ids=lambda p: p.stem)
def test_wikinews_examples_keep_the_licence_line_out_of_the_body(path: Path) -> None:
    header, title = path.read_text(encoding="utf-8").splitlines()[:2]
    record = extract(read_file(path, max_bytes=10_000_000), nlp=False)
    assert record.title == title
    assert "Creative Commons" not in record.body
    assert any(item.text.startswith("# Source: Wikinews") for item in record.removed)
    assert record.published is not None and record.published[:4] in header
    assert record.language == "en"


def test_there_are_examples() -> None:
    assert len(WIKINEWS) == 5
    assert (EXAMPLES / "seed-eghtesadonline.txt").is_file()
