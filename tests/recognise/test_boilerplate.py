"""Boilerplate phrases, bylines, date lines and captions recognised by their shape."""

from __future__ import annotations

import pytest

from newsdesk.recognise.boilerplate import (
    is_comment_start,
    is_end_marker,
    list_kind,
    phrase_kind,
)
from newsdesk.recognise.bylines import is_byline, is_caption, is_date_line


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Share", "share"),
        ("Share on Facebook", "share"),
        ("Skip to main content", "nav"),
        ("Read more: Oil prices fall as talks stall", "related"),
        ("You may also like", "related"),
        ("© 2019 Example Media. All rights reserved.", "footer"),
        ("Alle Rechte vorbehalten", "footer"),
        (
            "Text is available under the Creative Commons Attribution-ShareAlike License;"
            " additional terms may apply.",
            "footer",
        ),
        ("This work is licensed under a Creative Commons Attribution 4.0 License.", "footer"),
        ("Advertisement", "ad"),
        ("Werbung", "ad"),
        ("We use cookies to improve your experience on our site.", "boilerplate"),
        ("Sign up for our newsletter", "boilerplate"),
        ("Subscribe to our newsletter", "boilerplate"),
        ("Get our daily newsletter", "boilerplate"),
        ("ALSO READ: Fuel queues return as subsidy row deepens", "related"),
        ("Subscribe now", "nav"),
        ("Residents can sign up for the scheme at any library.", None),
        ("Leave a Reply", "comment"),
        ("The minister said the talks would share the costs.", None),
        ("Shares fell sharply on Monday", None),
    ],
)
def test_phrase_kind(line: str, kind: str | None) -> None:
    assert phrase_kind(line) == kind


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("About us | Contact us | Privacy policy | Terms of use", "footer"),
        ("Home • World • Sport • Business", "nav"),
        ("Iran | Sanctions | Oil", None),
    ],
)
def test_list_kind(line: str, kind: str | None) -> None:
    assert list_kind(line) == kind


def test_markers() -> None:
    assert is_end_marker("Related articles")
    assert is_end_marker("Mehr zum Thema")
    assert not is_end_marker("Related diseases are on the rise in the region")
    assert is_comment_start("34 responses to “Anthony Lynn: we needed to win”")
    assert is_comment_start("Margaret P says:")
    assert not is_comment_start("Comments")  # share bars print it above articles too


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("By Jane Doe", True),
        ("By JERUSALEM POST STAFF", True),
        ("Von Petra Sommer", True),
        ("Reporting by Jan Novak; Editing by Maria Costa", True),
        ("By the end of the year, prices had doubled again.", False),
        ("Byzantine art", False),
    ],
)
def test_byline(line: str, byline: bool) -> None:
    assert is_byline(line) is byline


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("November 20, 2019", True),
        ("Published 10:02 AM EST Nov 19, 2019", True),
        ("20.11.2019, 14:32 Uhr", True),
        ("Friday, August 21, 2015", True),
        ("2 hours ago", True),
        ("The vote on May 3 will decide the future of the coalition.", False),
    ],
)
def test_date_line(line: str, date: bool) -> None:
    assert is_date_line(line) is date


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("An example of severe eczema. Image: Jambula.", True),
        ("The minister arrives in Brussels. (AP Photo/Virginia Mayo)", True),
        ("Protesters gather outside parliament. Getty Images", True),
        ("Photo: Jane Doe", True),
        ("The minister arrives in Brussels on Monday for talks.", False),
        ("A farmer checks his crop near Kano, May 2, 2023. REUTERS/Jane Roe", True),
        ("Voters queue in Lima. AP Photo/John Doe", True),
        ("The poll was run by ABC/Washington Post.", False),
        ("Output rose at Tesla/SpaceX", False),
        ("Rescue workers search the rubble in Latakia on Tuesday (AFP)", True),
        # an article sentence citing its agency at the end is not a caption
        ("The talks will not resume before the sanctions are lifted, the minister said (AFP).",
         False),
        ("The ministry told reporters the border would stay closed (Reuters).", False),
        ("Officials had hinted at the move for weeks (AFP).", False),
        ("Officials had hinted at the move for weeks (Reuters)", False),
        ("Prices rose for a sixth month in a row (Reuters).", False),
        ("The ministry confirmed the figures. Prices had risen for six months. (AFP)", False),
        ("Exporters have been among the hardest hit since the walkout began (AP)", False),
        ("Protesters gather in the square on Monday. (AFP)", True),
        ("Crowds wait outside the court in Lima, May 4, 2023. (Reuters)", True),
        ("The new party leader, Jane Roe (AFP)", True),
        ("The harbour at dawn. Photo: AFP", True),
        # a caption's credit after a full stop: a relative clause or a capitalised name is
        # no narration ("who was hurt", "Will Smith")
        ("A woman who was hurt in the flood is helped into a boat on Monday. (AFP)", True),
        ("Workers clear a road that was blocked by a landslide. (Reuters)", True),
        ("Firefighters stand by a barn which had burned overnight. (AP)", True),
        ("Singer Will Carter waves to fans outside the theatre on Friday. (AFP)", True),
        ("Coach Will Ortiz watches training on Thursday (Reuters)", True),
        # narration outside a relative clause still makes an article sentence
        ("The mayor said the bridge was closed. (AFP)", False),
        ("The bridge will reopen in the spring. (Reuters)", False),
        ("Officials who met on Monday had hinted at the move for weeks (AFP).", False),
    ],
)  # fmt: skip
def test_caption(line: str, caption: bool) -> None:
    assert is_caption(line) is caption
