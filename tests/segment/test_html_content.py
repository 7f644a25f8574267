"""The article's element and what joins it: its lead, prose set in headings; furniture stays out."""

from __future__ import annotations

import pytest

from newsdesk.body import assemble
from newsdesk.segment.blocks import BODY_KINDS
from newsdesk.segment.html import layout_html

LEAD = (
    "Nach zwei Jahren Bauzeit ist die neue Fußgängerbrücke über die Lahn fertig: Am Samstag "
    "wurde sie mit einem Fest für die ganze Stadt eröffnet."
)
BODY = [
    "Die Brücke verbindet die Altstadt mit dem Bahnhof und verkürzt den Weg für viele "
    "Pendlerinnen und Pendler um mehr als zehn Minuten, wie die Stadtverwaltung mitteilte.",
    "Die Kosten lagen mit rund vier Millionen Euro im geplanten Rahmen; das Land übernahm "
    "etwa die Hälfte davon aus seinem Programm für den Fuß- und Radverkehr.",
    "Für den Winter ist eine Beleuchtung geplant, die nachts nur dann heller wird, wenn "
    "jemand die Brücke betritt, um Insekten und Anwohner zu schonen.",
]
TEASERS = (
    '<aside class="sidebar"><h3>Mehr aus der Region</h3>'
    '<div class="teaser"><a href="/a">Stadtbücherei verlängert ihre Öffnungszeiten</a>'
    "<p>Ab März hat die Bücherei auch am Samstagnachmittag geöffnet, wie die Leitung "
    "mitteilte.</p></div></aside>"
)


def _page(lead: str) -> str:
    paragraphs = "".join(f"<p>{text}</p>" for text in BODY)
    return (
        "<html><head><title>Neue Brücke eröffnet</title></head><body>"
        '<nav class="menu"><a href="/">Start</a> <a href="/region">Region</a></nav>'
        "<main><article><header><h1>Neue Brücke über die Lahn eröffnet</h1>"
        f'<div class="byline">Von Jana Berger</div>{lead}</header>'
        f'<div class="article-body">{paragraphs}</div></article>{TEASERS}</main>'
        "</body></html>"
    )


def _body(markup: str) -> str:
    return assemble(layout_html(markup).blocks)[0]


@pytest.mark.parametrize(
    "lead",
    [
        f"<p>{LEAD}</p>",  # a lead paragraph the template sets apart from the body element
        f'<div class="teaser-text">{LEAD}</div>',  # a lead the CMS calls a teaser
        f'<p class="intro"><strong>{LEAD}</strong></p>',
    ],
)
def test_the_lead_before_the_body_element_is_part_of_the_article(lead: str) -> None:
    body = _body(_page(lead))
    assert body.startswith(LEAD)
    assert body.endswith(BODY[-1])


def test_a_teaser_for_another_page_stays_out() -> None:
    teaser = (
        '<div class="teaser"><a href="/b">Bauarbeiten am Bahnhof beginnen im Herbst</a> '
        "Die Bahn erneuert die Bahnsteige und baut zwei neue Aufzüge für alle Reisenden.</div>"
    )
    body = _body(_page(teaser))
    assert body.startswith(BODY[0])
    assert "Bahnsteige" not in body
    assert "Bücherei" not in body


def test_a_short_line_before_the_article_is_no_lead() -> None:
    body = _body(_page("<p>Ein Angebot der Stadtwerke, gefördert vom Land.</p>"))
    assert body.startswith(BODY[0])


def test_an_article_written_in_headings_keeps_its_text() -> None:
    markup = (
        "<html><head><title>Plakatwettbewerb</title></head><body>"
        '<nav class="menu"><a href="/">Start</a> <a href="/blog">Blog</a></nav>'
        "<article><h1>Plakatwettbewerb für Kinder</h1><blockquote>"
        "<h2>Der Wettbewerb für Kinder</h2>"
        "<h3>Er findet in diesem Jahr zum dritten Mal statt. Kinder zwischen sechs und zwölf "
        "Jahren sind aufgerufen, mit ihren bunten Ideen mitzumachen.</h3>"
        "<h4>Gestalte ein Plakat zum Motto unseres Sees und schicke es bis Ende April an die "
        "Stadtverwaltung, die alle Plakate im Rathaus ausstellt.</h4>"
        "</blockquote></article>"
        '<footer class="site-footer">Impressum Datenschutz Kontakt</footer></body></html>'
    )
    layout = layout_html(markup)
    body = assemble(layout.blocks)[0]
    assert "Kinder zwischen sechs und zwölf Jahren" in body
    assert "Plakate im Rathaus ausstellt." in body
    assert all("Impressum" not in b.text for b in layout.blocks if b.kind in BODY_KINDS)


@pytest.mark.parametrize(
    "notice",
    [
        "In this March 3, 2021, file photo, volunteers carry sandbags along the river bank.",
        "This website uses cookies to give you the best experience of our pages.",
        "Riverside Weekly is supported by its audience. When you buy through our links, we "
        "may earn a commission.",
    ],
)
def test_captions_and_notices_inside_the_article_stay_out(notice: str) -> None:
    paragraphs = "".join(f"<p>{text}</p>" for text in BODY)
    markup = (
        "<html><body><article><header><h1>Neue Brücke</h1></header>"
        f'<div class="article-body"><p>{notice}</p>{paragraphs}</div></article></body></html>'
    )
    body = _body(markup)
    assert notice not in body
    assert body.startswith(BODY[0])


@pytest.mark.parametrize(
    ("label", "kind"),
    [
        ("Mehr zum Thema: Neue Radwege für die Innenstadt", "related"),
        ("Lea también: El puerto amplía su horario de invierno", "related"),
        ("À lire aussi : la médiathèque rouvre ses portes", "related"),
        ("Czytaj też: Nowy most na Wiśle", "related"),
        ("Wie bewerten Sie diesen Artikel?", "boilerplate"),
        ("*Werbung. Dieser Beitrag enthält Affiliate-Links zu einem Fahrradhändler.", "ad"),
        ("Titelbild: Die neue Brücke im Abendlicht", "caption"),
        ("Síguenos en Telegram y en nuestro canal de noticias", "share"),
    ],
)
def test_labels_in_other_languages_leave_the_body(label: str, kind: str) -> None:
    paragraphs = "".join(f"<p>{text}</p>" for text in BODY)
    markup = (
        "<html><body><article><header><h1>Neue Brücke</h1></header>"
        f'<div class="article-body">{paragraphs}<p>{label}</p></div></article></body></html>'
    )
    blocks = layout_html(markup).blocks
    assert [b.kind for b in blocks if b.text == label] == [kind]
    assert label not in assemble(blocks)[0]


def test_wordpress_taxonomy_classes_are_no_furniture() -> None:
    paragraphs = "".join(f"<p>{text}</p>" for text in BODY)
    others = "".join(
        f'<div class="box"><p>{text}</p></div>'
        for text in (
            "Der Stadtrat berät am Donnerstag über den neuen Haushalt, der mehr Geld für Schulen "
            "und Kindergärten vorsieht, wie die Kämmerei am Montag bekannt gab.",
            "Die Stadtwerke erhöhen im Herbst die Preise für Fernwärme um durchschnittlich vier "
            "Prozent, teilte das Unternehmen in einer Pressemitteilung mit.",
        )
    )
    markup = (
        '<html><body class="single single-post postid-12">'
        '<nav class="menu"><a href="/">Start</a> <a href="/blog">Blog</a></nav>'
        '<article class="post type-post format-gallery category-social-media tag-sharing">'
        f"<h1>Neue Brücke</h1>{paragraphs}</article><div class='more'>{others}</div>"
        "</body></html>"
    )
    body = assemble(layout_html(markup).blocks)[0]
    assert body.startswith("\n\n".join(BODY))
